"""The `faqbot` command line: `ask` (one question, --json, --explain, batch stdin), `check`,
content-file selection, and errors that are short staff messages with exit 2, never tracebacks.

Most tests run `python -m faqbot` in a subprocess, as staff and scripts do; a few call
`faqbot.cli.main` in-process where the process boundary does not matter.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import subprocess
import sys
import threading
from importlib import metadata
from pathlib import Path

import pytest

from faqbot.cli import main
from faqbot.content.loader import load_faq

HERE = Path(__file__).parent
ROOT = HERE.parent
FIXTURE = HERE / "data" / "faq.yaml"
CLEAN = HERE / "data" / "clean.yaml"
BUNDLED = ROOT / "content" / "faq.yaml"
JSON_KEYS = ["question", "kind", "id", "score", "candidates", "text"]
HEADER = "version: 1\nfallback: Please ask your healthcare provider.\n"


def faqbot(
    *args: str | Path, stdin: bytes | str = b"", env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run `python -m faqbot ARGS` from the tree (or installed), output decoded as UTF-8."""
    full_env = {k: v for k, v in os.environ.items() if k != "FAQBOT_FAQ"}
    full_env["PYTHONPATH"] = str(ROOT)
    full_env["PYTHONIOENCODING"] = "utf-8"
    full_env.update(env or {})
    data = stdin.encode("utf-8") if isinstance(stdin, str) else stdin
    done = subprocess.run(
        [sys.executable, "-m", "faqbot", *map(str, args)],
        input=data, env=full_env, capture_output=True, timeout=120, cwd=ROOT,
    )
    return subprocess.CompletedProcess(
        done.args, done.returncode, done.stdout.decode("utf-8"), done.stderr.decode("utf-8")
    )


def assert_no_traceback(done: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in done.stderr and "Traceback" not in done.stdout


@pytest.fixture(scope="module")
def faq_answers() -> dict[str, str]:
    return {e.id: e.answer for e in load_faq(FIXTURE).faqs}


# --- ask: one question ----------------------------------------------------------------------


def test_ask_prints_the_answer_word_for_word(faq_answers: dict[str, str]) -> None:
    done = faqbot("ask", "--faq", FIXTURE, "how", "long", "does", "botox", "last")
    assert done.returncode == 0, done.stderr
    assert done.stdout == faq_answers["how-long-it-lasts"] + "\n"
    assert done.stderr == ""


def test_ask_explain_shows_phrasing_score_runner_up_and_typo_fixes(
    faq_answers: dict[str, str],
) -> None:
    done = faqbot("ask", "--faq", FIXTURE, "--explain", "how long does botox lasst")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == faq_answers["how-long-it-lasts"]
    assert re.search(r"^kind: answer +id: how-long-it-lasts +score: \d+\.\d$", done.stdout, re.M)
    assert re.search(r"^best: how-long-it-lasts [\d.]+ \(phrasing 'How long does Botox last\?'",
                     done.stdout, re.M)
    runner_up = re.search(r"^runner-up: ([a-z-]+) ", done.stdout, re.M)
    assert runner_up and runner_up.group(1) != "how-long-it-lasts"
    assert "typo fixes: lasst -> last" in lines


def test_ask_explain_names_the_urgent_trigger() -> None:
    done = faqbot("ask", "--faq", FIXTURE, "--explain", "i have truoble breathing")
    assert done.returncode == 0
    assert "trigger: 'trouble breathing'" in done.stdout.splitlines()


# --- ask --json: the stable interface ------------------------------------------------------

KIND_QUESTIONS = [
    ("how long does botox last", "answer", "how-long-it-lasts"),
    ("how long does it work for", "clarify", None),
    ("who invented botox", "fallback", None),
    ("can i change my dose", "fallback", "medicine-changes"),  # refer rule: id is the rule's
    ("i have trouble breathing", "urgent", "breathing-or-swallowing"),
]


@pytest.mark.parametrize(("question", "kind", "entry_id"), KIND_QUESTIONS)
def test_ask_json_has_exactly_the_documented_keys(
    question: str, kind: str, entry_id: str | None
) -> None:
    done = faqbot("ask", "--faq", FIXTURE, "--json", question)
    assert done.returncode == 0, done.stderr
    assert done.stdout.endswith("\n") and done.stdout.count("\n") == 1
    record = json.loads(done.stdout)
    assert list(record) == JSON_KEYS
    assert record["question"] == question
    assert record["kind"] == kind
    assert record["id"] == entry_id
    assert isinstance(record["score"], int | float) and not isinstance(record["score"], bool)
    assert 0 <= record["score"] <= 100
    assert isinstance(record["candidates"], list)
    assert all(isinstance(c, str) for c in record["candidates"])
    assert isinstance(record["text"], str) and record["text"]
    if kind == "clarify":
        assert 2 <= len(record["candidates"]) <= 3
        assert set(record["candidates"]) == {"how-long-it-lasts", "when-it-starts-working"}
    else:
        assert record["candidates"] == []


def test_ask_json_text_is_what_the_kiosk_shows(faq_answers: dict[str, str]) -> None:
    faq = load_faq(FIXTURE)
    lines = "\n".join(q for q, _, _ in KIND_QUESTIONS)
    done = faqbot("ask", "--faq", FIXTURE, "--json", stdin=lines + "\n")
    records = [json.loads(line) for line in done.stdout.splitlines()]
    answer, clarify, fallback, refer, urgent = records
    assert answer["text"] == faq_answers["how-long-it-lasts"]
    assert clarify["text"].splitlines()[1:] == [
        f"{i}. {faq.entry(c).question}" for i, c in enumerate(clarify["candidates"], 1)
    ]
    assert fallback["text"] == faq.fallback
    assert refer["text"] == faq.refer[0].answer
    assert urgent["text"] == faq.urgent[0].answer


def test_ask_json_explain_adds_only_the_explain_key() -> None:
    done = faqbot("ask", "--faq", FIXTURE, "--json", "--explain", "does the injectoin hurt")
    record = json.loads(done.stdout)
    assert list(record) == [*JSON_KEYS, "explain"]
    assert record["explain"]["ranked"][0]["id"] == "does-it-hurt"
    assert record["explain"]["corrections"] == [["injectoin", "injection"]]


# --- ask: batch from standard input ---------------------------------------------------------


def test_batch_one_line_out_per_line_in_including_empty_lines() -> None:
    questions = ["how long does botox last", "", "i cant breathe", "   ", "who invented botox",
                 "how long does it work for", "", "can i drive afterwards"]
    done = faqbot("ask", "--faq", FIXTURE, "--json", stdin="\n".join(questions) + "\n")
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.split("\n")[:-1]]
    assert [r["question"] for r in records] == questions
    assert [r["kind"] for r in records] == [
        "answer", "fallback", "urgent", "fallback", "fallback", "clarify", "fallback", "answer",
    ]


def test_batch_plain_output_is_one_tab_separated_line_per_question() -> None:
    questions = ["how long does botox last", "", "how long does it work for", "i cant swallow"]
    done = faqbot("ask", "--faq", FIXTURE, stdin="\n".join(questions))  # no final newline
    lines = done.stdout.split("\n")
    assert lines[-1] == "" and len(lines) - 1 == len(questions)
    fields = [line.split("\t") for line in lines[:-1]]
    assert [f[:2] for f in fields] == [
        ["answer", "how-long-it-lasts"], ["fallback", "-"], ["clarify", "-"],
        ["urgent", "breathing-or-swallowing"],
    ]
    assert all(len(f) == 3 for f in fields)
    # the clarify list, on one line: both look-alike entries offered, numbered
    assert "How long does Botox last?" in fields[2][2]
    assert fields[2][2].startswith("Did you mean one of these? / 1. ")
    assert " / 2. " in fields[2][2]


def test_batch_of_thousands_of_lines_keeps_order() -> None:
    base = ["how long does botox last", "who invented botox", "", "does the shot hurt",
            "i have trouble breathing", "can i drive afterwards"]
    questions = [f"{q} {i}" if q and i % 7 == 0 else q for i, q in
                 enumerate(base * 500)]  # 3,000 lines, some made unique
    done = faqbot("ask", "--faq", FIXTURE, "--json", stdin="\n".join(questions) + "\n")
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["question"] for r in records] == questions


def test_batch_carriage_return_inside_a_line_does_not_split_it() -> None:
    text = "hello\rhow long does botox last\r\nhi\n"
    done = faqbot("ask", "--faq", FIXTURE, "--json", stdin=text)
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["question"] for r in records] == ["hello\rhow long does botox last", "hi"]


def test_batch_invalid_utf8_is_replaced_not_fatal() -> None:
    stdin = b"how long does botox last\n\xff\xfe\xc3 broken \x80 bytes\ncan i drive afterwards\n"
    done = faqbot("ask", "--faq", FIXTURE, "--json", stdin=stdin)
    assert done.returncode == 0, done.stderr
    assert_no_traceback(done)
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["kind"] for r in records] == ["answer", "fallback", "answer"]
    assert "\ufffd" in records[1]["question"] and "broken" in records[1]["question"]


def test_batch_with_control_characters_and_crlf() -> None:
    stdin = b"how long does botox last\r\n\x1b[2J\x00\r\ncan i drive afterwards\r\n"
    done = faqbot("ask", "--faq", FIXTURE, "--json", stdin=stdin)
    assert done.returncode == 0
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert [r["kind"] for r in records] == ["answer", "fallback", "answer"]
    assert records[0]["question"] == "how long does botox last"  # no stray \r


def test_batch_from_empty_stdin_prints_nothing() -> None:
    done = faqbot("ask", "--faq", FIXTURE)
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")


# --- choosing the content file --------------------------------------------------------------


def test_faqbot_faq_environment_variable_selects_the_content(faq_answers: dict[str, str]) -> None:
    done = faqbot("ask", "what is botox", env={"FAQBOT_FAQ": str(FIXTURE)})
    assert done.returncode == 0, done.stderr
    assert done.stdout == faq_answers["what-is-botox"] + "\n"


def test_faq_option_wins_over_the_environment(faq_answers: dict[str, str], tmp_path: Path) -> None:
    missing = tmp_path / "missing.yaml"
    done = faqbot("ask", "--faq", FIXTURE, "what is botox", env={"FAQBOT_FAQ": str(missing)})
    assert done.returncode == 0, done.stderr
    assert done.stdout == faq_answers["what-is-botox"] + "\n"
    # and the environment is really read when --faq is absent
    done = faqbot("ask", "what is botox", env={"FAQBOT_FAQ": str(missing)})
    assert done.returncode == 2 and str(missing) in done.stderr


def test_empty_faqbot_faq_counts_as_unset() -> None:
    bundled = faqbot("ask", "--json", "how long does botox last")
    empty = faqbot("ask", "--json", "how long does botox last", env={"FAQBOT_FAQ": "  "})
    assert empty.returncode == 0, empty.stderr
    assert empty.stdout == bundled.stdout


def test_bundled_content_answers_by_default() -> None:
    """Smoke test on the real content: loads, and a question gets some valid outcome."""
    done = faqbot("ask", "--json", "how long does botox last")
    assert done.returncode == 0, done.stderr
    record = json.loads(done.stdout)
    assert record["kind"] in {"answer", "clarify", "fallback", "urgent"}
    if record["kind"] == "answer":
        assert record["text"] in {e.answer for e in load_faq(BUNDLED).faqs}


def test_bundled_content_validates() -> None:
    faq = load_faq(BUNDLED)
    assert faq.faqs and faq.urgent
    done = faqbot("check", "--faq", BUNDLED)
    assert done.returncode == 0, done.stdout
    assert re.search(r": 0 errors, \d+ warnings?\.$|: OK, no problems found\.$", done.stdout)


# --- errors: short, located, exit 2, no traceback --------------------------------------------

BAD_FILES = {
    "syntax": (HEADER + 'faqs:\n  - id: a\n    question: "Q?\n    answer: A.\n', 5),
    "wrong-type": (HEADER + "faqs:\n  - id: a\n    question: Q?\n    answer: no\n", 6),
    "duplicate-id": (HEADER + "faqs:\n  - id: a\n    question: Q?\n    answer: A.\n"
                     "  - id: a\n    question: R?\n    answer: B.\n", 7),
    "unknown-topic": (HEADER + "topics:\n  - id: t\n    title: T\nfaqs:\n"
                      "  - id: a\n    topic: nope\n    question: Q?\n    answer: A.\n", 8),
}
EXPECTED_WORDS = {
    "syntax": "quote",
    "wrong-type": "put it in quotes",
    "duplicate-id": "already used",
    "unknown-topic": "'nope'",
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
@pytest.mark.parametrize("command", ["ask", "check"])
def test_bad_content_is_a_located_message_and_exit_2(
    tmp_path: Path, case: str, command: str
) -> None:
    text, line = BAD_FILES[case]
    path = tmp_path / f"{case}.yaml"
    path.write_text(text, encoding="utf-8")
    args = ["ask", "--faq", path, "hello"] if command == "ask" else ["check", "--faq", path]
    done = faqbot(*args)
    assert done.returncode == 2
    assert_no_traceback(done)
    report = done.stderr if command == "ask" else done.stdout
    first = report.splitlines()[0]
    assert first.startswith(f"{path}:{line}:"), report
    assert re.match(rf"^{re.escape(str(path))}:\d+:\d+: ", first)
    assert EXPECTED_WORDS[case] in first
    if command == "ask":
        assert done.stdout == ""  # nothing that looks like an answer


@pytest.mark.parametrize("command", ["ask", "check"])
def test_missing_file_is_a_located_message_and_exit_2(tmp_path: Path, command: str) -> None:
    path = tmp_path / "nope.yaml"
    done = faqbot(command, "--faq", path, *(["hello"] if command == "ask" else []))
    assert done.returncode == 2
    assert_no_traceback(done)
    report = done.stderr if command == "ask" else done.stdout
    assert report.startswith(f"{path}:1:1: file not found")


@pytest.mark.parametrize("path", ["/", "/dev/null"])
def test_not_a_regular_file_is_a_message_not_a_crash(path: str) -> None:
    done = faqbot("ask", "--faq", path, "hello")
    assert done.returncode == 2
    assert_no_traceback(done)
    assert done.stderr.startswith(f"{path}:1:1: ")


@pytest.mark.parametrize(
    "args",
    [
        ["ask", "--bogus"],  # unknown option
        ["ask", "--faq"],  # option without its value
        ["check", "--strict", "--nope"],
        ["check", "extra-argument"],
        ["--no-such-flag"],
    ],
)
def test_bad_arguments_exit_2_with_a_usage_hint(args: list[str]) -> None:
    done = faqbot(*args)
    assert done.returncode == 2
    assert_no_traceback(done)
    assert done.stderr.startswith("usage: faqbot")
    assert "error:" in done.stderr and "--help" in done.stderr
    assert done.stdout == ""


def test_version() -> None:
    done = faqbot("--version")
    assert done.returncode == 0
    assert re.fullmatch(r"faqbot \S+\n", done.stdout)
    try:
        installed = metadata.version("faqbot")
    except metadata.PackageNotFoundError:
        return  # from a source tree the version is "unknown"
    assert done.stdout == f"faqbot {installed}\n"


# --- check ----------------------------------------------------------------------------------

PROBLEM_LINE = r"^{path}:\d+:\d+: "


def test_check_clean_file_exits_0_even_when_strict() -> None:
    for extra in ([], ["--strict"]):
        done = faqbot("check", "--faq", CLEAN, *extra)
        assert done.returncode == 0, done.stdout
        assert done.stdout == f"{CLEAN}: OK, no problems found.\n"


def test_check_warnings_exit_0_and_1_when_strict() -> None:
    done = faqbot("check", "--faq", FIXTURE)
    assert done.returncode == 0
    *problems, summary = done.stdout.splitlines()
    assert problems, "the fixture has unreviewed entries"
    pattern = PROBLEM_LINE.format(path=re.escape(str(FIXTURE)))
    assert all(re.match(pattern + "warning: ", line) for line in problems), problems
    unreviewed = [e.id for e in load_faq(FIXTURE).faqs if e.reviewed is None]
    not_reviewed = [line for line in problems if "not reviewed yet" in line]
    assert [re.search(r"faq '([a-z-]+)'", line).group(1) for line in not_reviewed] == unreviewed
    assert summary == f"{FIXTURE}: 0 errors, {len(problems)} warnings."
    assert faqbot("check", "--faq", FIXTURE, "--strict").returncode == 1


def test_check_reports_every_error_then_a_summary(tmp_path: Path) -> None:
    path = tmp_path / "many.yaml"
    path.write_text(
        HEADER + "faqs:\n"
        "  - id: a\n    question: Q?\n    answer: no\n"  # line 6: yes/no value
        "  - id: a\n    question: R?\n    answer: B.\n"  # line 7: duplicate id
        "  - id: c\n    question: S?\n    answr: C.\n",  # line 10-12: missing answer, typo key
        encoding="utf-8",
    )
    done = faqbot("check", "--faq", path, "--strict")
    assert done.returncode == 2
    *problems, summary = done.stdout.splitlines()
    pattern = PROBLEM_LINE.format(path=re.escape(str(path)))
    assert len(problems) >= 3
    assert all(re.match(pattern, line) for line in problems), problems
    lines = [int(line.split(":")[1]) for line in problems]
    assert lines == sorted(lines) and {6, 7} <= set(lines)
    assert any("did you mean" in line and "answer" in line for line in problems)
    assert summary == f"{path}: {len(problems)} errors, 0 warnings."


# --- in-process (fast) ----------------------------------------------------------------------


def test_main_ask_json_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ask", "--faq", str(FIXTURE), "--json", "does", "the", "shot", "hurt"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert list(record) == JSON_KEYS
    assert (record["kind"], record["id"]) == ("answer", "does-it-hurt")


def test_main_batch_in_process(capsys: pytest.CaptureFixture[str],
                               monkeypatch: pytest.MonkeyPatch) -> None:
    questions = [f"how long does botox last {i}" if i % 2 else "" for i in range(200)]
    data = ("\n".join(questions) + "\n").encode("utf-8")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data), encoding="utf-8"))
    assert main(["ask", "--faq", str(FIXTURE), "--json"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [r["question"] for r in records] == questions


def test_main_check_in_process(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--faq", str(CLEAN)]) == 0
    assert capsys.readouterr().out == f"{CLEAN}: OK, no problems found.\n"
    assert main(["check", "--faq", str(FIXTURE), "--strict"]) == 1


def test_main_bad_argument_raises_system_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as excinfo:
        main(["ask", "--bogus"])
    assert excinfo.value.code == 2
    assert "usage: faqbot" in capsys.readouterr().err


def test_main_missing_content_returns_2(capsys: pytest.CaptureFixture[str],
                                        tmp_path: Path) -> None:
    path = tmp_path / "gone.yaml"
    assert main(["ask", "--faq", str(path), "hello"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"{path}:1:1: file not found")


def _raise(exc: BaseException) -> object:
    def run(args: object) -> int:
        raise exc

    return run


@pytest.mark.parametrize(
    ("command", "exc", "shown"),
    [
        (["check", "--faq", str(CLEAN)], RuntimeError("disk\x1b[2J on fire\nsecond line"),
         "RuntimeError: disk\\x1b[2J on fire\\nsecond line"),
        (["ask", "--faq", str(FIXTURE), "hi"], KeyError("entry"), "KeyError: 'entry'"),
        (["report", "--db", "/nonexistent"], AssertionError(), "AssertionError"),
    ],
)
def test_an_unexpected_error_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch,
    command: list[str], exc: Exception, shown: str,
) -> None:
    monkeypatch.setattr(f"faqbot.commands.{command[0]}.run", _raise(exc))
    assert main(command) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"faqbot: unexpected error: {shown} (please report this)\n"


def test_the_kiosk_keeps_its_own_crash_handling(monkeypatch: pytest.MonkeyPatch) -> None:
    """`faqbot.commands.kiosk` restarts a crashed UI itself; the last-resort handler must not
    turn what escapes it into an exit code."""
    monkeypatch.setattr("faqbot.commands.kiosk.run", _raise(RuntimeError("boom")))
    with pytest.raises(RuntimeError, match="boom"):
        main(["--no-kiosk"])


def test_interrupt_still_exits_130(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("faqbot.commands.check.run", _raise(KeyboardInterrupt()))
    assert main(["check"]) == 130


# --- output that cannot be encoded ----------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        [b"ask", b"--faq", str(FIXTURE).encode(), b"--json", b"how long \xff does botox last"],
        [b"ask", b"--faq", str(FIXTURE).encode(), b"--explain", b"how long does botox l\xffast"],
        [b"check", b"--faq", b"/tmp/no-such-\xff.yaml"],
    ],
)
def test_invalid_utf8_in_arguments_never_crashes_a_strict_utf8_terminal(args: list[bytes]) -> None:
    """A strict UTF-8 stdout (as under LANG=en_US.UTF-8) must not choke on undecodable argv."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONIOENCODING": "utf-8:strict"}
    env.pop("FAQBOT_FAQ", None)
    done = subprocess.run([sys.executable, "-m", "faqbot", *args], env=env,
                          capture_output=True, timeout=60)
    assert b"Traceback" not in done.stderr, done.stderr.decode("utf-8", "replace")
    assert done.returncode == (2 if args[0] == b"check" else 0)
    done.stdout.decode("utf-8")  # whatever was printed is valid UTF-8
    if b"--json" in args:
        record = json.loads(done.stdout)
        assert record["kind"] == "answer" and record["id"] == "how-long-it-lasts"


def test_reader_leaving_early_is_not_an_error() -> None:
    """`faqbot ask < questions | head -1`: a closed pipe ends the batch quietly."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("FAQBOT_FAQ", None)
    with subprocess.Popen(
        [sys.executable, "-m", "faqbot", "ask", "--faq", str(FIXTURE), "--json"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
        bufsize=0,  # nothing left to flush into the closed pipe on exit
    ) as proc:
        assert proc.stdin and proc.stdout and proc.stderr
        stdin = proc.stdin

        def feed() -> None:
            with contextlib.suppress(BrokenPipeError):
                stdin.write(b"how long does botox last\n" * 20_000)
                stdin.close()

        writer = threading.Thread(target=feed, daemon=True)
        writer.start()
        first = proc.stdout.readline()
        proc.stdout.close()
        err = proc.stderr.read()  # until the child exits
        code = proc.wait(timeout=60)
        writer.join(timeout=60)
    assert json.loads(first)["id"] == "how-long-it-lasts"
    assert b"Traceback" not in err
    assert code == 0
