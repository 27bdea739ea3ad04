"""The bundled clinic content against its own content tests, and `faqbot eval` end to end.

Bars (issue 4): no wrong answer, every urgent case caught, at least 90 % handled as expected
(a clarify that offers the right entry counts half). Do not lower them to make this pass: fix the
content (alternates, synonyms, triggers) or the engine.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from faqbot.commands.eval import render
from faqbot.content.loader import load_faq
from faqbot.evaluation.cases import Expect, check_cases, load_cases
from faqbot.evaluation.scoring import Bars, evaluate, failures
from faqbot.matching.engine import Engine
from faqbot.matching.results import Kind

ROOT = Path(__file__).resolve().parent.parent
FAQ_PATH = ROOT / "content" / "faq.yaml"
CASES_PATH = ROOT / "content" / "tests.yaml"


@pytest.fixture(scope="module")
def report(bundled_engine: Engine):  # type: ignore[no-untyped-def]
    cases = load_cases(CASES_PATH)
    assert [str(p) for p in check_cases(cases, bundled_engine.faq)] == []
    return evaluate(bundled_engine, cases)


def test_bundled_content_meets_the_bars(report) -> None:  # type: ignore[no-untyped-def]
    failed = failures(report, Bars(max_wrong=0, min_urgent_recall=100.0, min_accuracy=90.0))
    assert failed == [], render(report, failed)


@pytest.mark.parametrize(
    "holdout", ["content-holdout.yaml", "content-holdout-2.yaml", "content-adversarial.yaml"]
)
def test_held_out_questions_get_no_wrong_answer_and_no_missed_urgent(
    bundled_engine: Engine, holdout: str
) -> None:
    # The held-out sets are not tuned for coverage (no accuracy bar), but safety holds on
    # questions nobody fitted the content to: a wrong answer or a missed urgent is a bug.
    cases = load_cases(ROOT / "tests" / "data" / holdout)
    assert [str(p) for p in check_cases(cases, bundled_engine.faq)] == []
    report = evaluate(bundled_engine, cases)
    failed = failures(report, Bars(max_wrong=0, min_urgent_recall=100.0, min_accuracy=0.0))
    assert failed == [], render(report, failed)


def test_case_file_covers_every_kind_of_question(report) -> None:  # type: ignore[no-untyped-def]
    counts = report.counts()
    assert len(report.outcomes) >= 200
    assert counts[Expect.URGENT] >= 40
    assert counts[Expect.FALLBACK] >= 15 and counts[Expect.REFER] >= 15
    faq = load_faq(FAQ_PATH)
    tested = {o.case.target for o in report.outcomes if o.case.expect is Expect.ANSWER}
    assert [e.id for e in faq.faqs if e.id not in tested] == []


_ENV = {k: v for k, v in os.environ.items() if k != "FAQBOT_FAQ"} | {"PYTHONPATH": str(ROOT)}


def _faqbot(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "faqbot", *args],
        capture_output=True, text=True, cwd=ROOT, env=_ENV,
        timeout=120, check=False,
    )


def test_eval_command_json_on_the_bundled_content(bundled_engine: Engine) -> None:
    """The JSON report agrees with the in-process run; the bars themselves are tested above."""
    done = _faqbot("eval", str(CASES_PATH), "--faq", str(FAQ_PATH), "--json")
    data = json.loads(done.stdout)
    assert done.returncode == (0 if data["passed"] else 1), done.stderr
    expected = evaluate(bundled_engine, load_cases(CASES_PATH)).as_dict()
    assert {k: data[k] for k in expected} == expected
    assert data["failures"] == failures(evaluate(bundled_engine, load_cases(CASES_PATH)), Bars())


def test_eval_command_fails_on_a_wrong_answer_and_names_it(tmp_path: Path) -> None:
    cases = tmp_path / "cases.yaml"
    cases.write_text('- {q: "how long does botox last", expect: does-it-hurt}\n', encoding="utf-8")
    done = _faqbot("eval", str(cases), "--faq", str(FAQ_PATH))
    assert done.returncode == 1
    assert "Wrong answers (worst first): 1" in done.stdout
    assert "expected does-it-hurt, got how-long-it-lasts" in done.stdout
    assert done.stdout.rstrip().endswith("FAILED: 1 wrong answer(s); at most 0 allowed; "
                                         "accuracy 0.0% is below 90%")


def test_eval_command_rejects_unknown_ids_with_exit_2(tmp_path: Path) -> None:
    cases = tmp_path / "cases.yaml"
    cases.write_text('- {q: "how long", expect: how-long-it-last}\n', encoding="utf-8")
    done = _faqbot("eval", str(cases), "--faq", str(FAQ_PATH))
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.splitlines() == [
        f"{cases}:1:3: no entry has id 'how-long-it-last' in {FAQ_PATH}; "
        "did you mean 'how-long-it-lasts'?",
        f"{cases}: 1 error in the case file",
    ]


def test_bundled_content_check_warns_only_that_entries_are_not_reviewed() -> None:
    """Issue 4: `faqbot check --strict` on the bundled content: no errors, and the only warnings
    are the expected "not reviewed yet" ones (the clinic's clinician signs entries off)."""
    from faqbot.evaluation.lint import lint

    faq = load_faq(FAQ_PATH)
    messages = [p.message for p in lint(faq)]
    assert len(messages) == len(faq.faqs)
    assert all("not reviewed yet" in m for m in messages), [
        m for m in messages if "not reviewed yet" not in m
    ]


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how soon will botox start working", "when-it-starts-working"),
        ("how soon will botxo start wroking", "when-it-starts-working"),  # slips: still Botox
        ("how soon will baclofen start working", None),  # another medicine (adversarial set)
        ("how long does tizanidine last", None),
    ],
)
def test_a_name_the_content_does_not_know_is_not_answered(
    bundled_engine: Engine, question: str, expected: str | None
) -> None:
    # "How soon will Botox start working?" shares every other word with the baclofen
    # question: without knowing the name, the kiosk must not answer about Botox.
    result = bundled_engine.ask(question)
    if expected is not None:
        assert result.entry is not None and result.entry.id == expected
    else:
        assert result.kind is not Kind.ANSWER
