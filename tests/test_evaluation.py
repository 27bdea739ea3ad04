"""Content tests machinery: case files, verdicts, figures and bars (`faqbot eval`).

The engine is replaced by a table of canned results so these tests pin evaluation's own rules;
`test_content_eval.py` runs the real engine on the real content.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from faqbot.content.model import Entry, Faq, Rule
from faqbot.content.problems import ContentError
from faqbot.evaluation.cases import Case, Expect, check_cases, load_cases, parse_expect
from faqbot.evaluation.scoring import Bars, Verdict, evaluate, failures, judge
from faqbot.matching.results import Candidate, Kind, Result

LASTS = Entry("how-long-it-lasts", "How long does Botox last?", "About 3 to 4 months.")
WORKS = Entry("when-it-starts-working", "When does it start working?", "Within 2 weeks.")
HURT = Entry("does-it-hurt", "Does it hurt?", "A sharp scratch.")
BREATHING = Rule("breathing", ("can't breathe",), "Tell a staff member now.")
DOSE = Rule("my-dose", ("my dose",), "Ask your care team.")
FAQ = Faq(1, "Please ask your provider.", (LASTS, WORKS, HURT), urgent=(BREATHING,),
          refer=(DOSE,), source="faq.yaml")


def answer(entry: Entry, score: float = 90.0) -> Result:
    return Result("q", Kind.ANSWER, entry.answer, score, entry=entry)


def clarify(*entries: Entry, score: float = 60.0) -> Result:
    cands = tuple(Candidate(e, score, e.question) for e in entries)
    return Result("q", Kind.CLARIFY, "Did you mean...", score, candidates=cands)


def fallback(score: float = 10.0, rule: Rule | None = None, referred: bool = False) -> Result:
    return Result("q", Kind.FALLBACK, "Please ask.", score, rule=rule, referred=referred)


def urgent(rule: Rule = BREATHING) -> Result:
    return Result("q", Kind.URGENT, rule.answer, 100.0, rule=rule)


def case(expect: str, question: str = "q") -> Case:
    parsed = parse_expect(expect)
    assert parsed is not None
    return Case(question, *parsed)


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def messages(exc: pytest.ExceptionInfo[ContentError]) -> list[str]:
    return [str(p) for p in exc.value.problems]


# ---------------------------------------------------------------- expectations


@pytest.mark.parametrize(
    ("text", "parsed"),
    [
        ("how-long-it-lasts", (Expect.ANSWER, "how-long-it-lasts")),
        ("fallback", (Expect.FALLBACK, None)),
        ("refer", (Expect.REFER, None)),
        ("refer:my-dose", (Expect.REFER, "my-dose")),
        ("urgent", (Expect.URGENT, None)),
        ("urgent:self-harm", (Expect.URGENT, "self-harm")),
        ("urgent:", None),
        ("fallback:x", None),
        ("two words", None),
        ("", None),
    ],
)
def test_parse_expect(text: str, parsed: tuple[Expect, str | None] | None) -> None:
    assert parse_expect(text) == parsed


# ---------------------------------------------------------------- case files


def test_yaml_cases_keep_their_line_numbers(tmp_path: Path) -> None:
    path = write(tmp_path, "cases.yaml", (
        "# comment\n"
        '- {q: "how lnog does it last", expect: how-long-it-lasts}\n'
        "- q: I can't breathe\n"
        "  expect: urgent:breathing\n"
        "  note: red flag\n"
    ))
    cases = load_cases(path)
    assert [(c.question, c.label, c.location.line if c.location else 0) for c in cases] == [
        ("how lnog does it last", "how-long-it-lasts", 2),
        ("I can't breathe", "urgent:breathing", 3),
    ]
    assert cases[1].note == "red flag"


def test_yaml_case_problems_are_all_reported_with_positions(tmp_path: Path) -> None:
    path = write(tmp_path, "cases.yaml", (
        "- {q: hi, expcet: fallback}\n"
        "- {q: no, expect: fallback}\n"
        "- {q: hello}\n"
        "- {q: hello, expect: \"urgent:\"}\n"
        "- just a string\n"
        "- {q: a, q: b, expect: fallback}\n"
    ))
    with pytest.raises(ContentError) as exc:
        load_cases(path)
    assert messages(exc) == [
        f"{path}:1:11: unknown key 'expcet'; did you mean 'expect'?",
        f"{path}:2:7: 'q' must be text; put it in quotes",
        f"{path}:3:3: this case has no 'expect'",
        f"{path}:4:3: 'expect' is 'urgent:'; write an entry id, 'fallback', 'refer', "
        "'refer:RULE', 'urgent' or 'urgent:RULE'",
        f'{path}:5:3: each case must be a mapping like {{q: "...", expect: ENTRY-ID}}',
        f"{path}:6:10: 'q' appears twice in this case",
    ]


def test_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    text = '- {q: "ok", expect: fallback}\n- {q: "broken, expect: x}\n'
    path = write(tmp_path, "cases.yaml", text)
    with pytest.raises(ContentError) as exc:
        load_cases(path)
    (message,) = messages(exc)
    # The same reader as the content file: it points at the quote that is never closed.
    assert message == f"{path}:2:7: this quote is never closed -- add the closing quote"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # PyYAML's own composer recursed and crashed with RecursionError on this.
        ("[" * 5000, "1:21: lists and mappings are nested more than 20 levels deep here"),
        ('- &a {q: "x", expect: fallback}\n- *a\n', "1:3: anchors (&) and aliases (*) are not"),
        ('- {q: "x", expect: fallback}\n- !!python/object {q: y}\n', "2:3: the tag"),
    ],
    ids=["deep-nesting", "anchors", "tags"],
)
def test_case_files_are_read_as_safely_as_the_content(
    tmp_path: Path, text: str, expected: str
) -> None:
    path = write(tmp_path, "cases.yaml", text)
    with pytest.raises(ContentError) as exc:
        load_cases(path)
    assert messages(exc)[0].startswith(f"{path}:{expected}")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "1:1: the case file is empty"),
        ("q: hello\n", "1:1: the case file must be a list of cases"),
    ],
)
def test_yaml_file_of_the_wrong_shape(tmp_path: Path, text: str, expected: str) -> None:
    path = write(tmp_path, "cases.yaml", text)
    with pytest.raises(ContentError) as exc:
        load_cases(path)
    assert messages(exc)[0].startswith(f"{path}:{expected}")


def test_missing_file_is_a_problem_not_a_crash(tmp_path: Path) -> None:
    with pytest.raises(ContentError) as exc:
        load_cases(tmp_path / "nope.yaml")
    assert messages(exc) == [f"{tmp_path / 'nope.yaml'}:1:1: cannot read the case file: "
                             "No such file or directory"]


def test_invalid_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "cases.yaml"
    path.write_bytes(b'- {q: "ok", expect: fallback}\n- {q: "caf\xe9", expect: fallback}\n')
    with pytest.raises(ContentError) as exc:
        load_cases(path)
    assert messages(exc) == [f"{path}:2:1: this line is not valid UTF-8; save the file as UTF-8"]


def test_jsonl_cases_accept_expect_or_benchmark_ids(tmp_path: Path) -> None:
    path = write(tmp_path, "cases.jsonl", (
        '{"q": "how long does it last", "expect": "how-long-it-lasts"}\n'
        "\n"
        '{"q": "what is the wifi", "id": null}\n'
        '{"q": "does it hurt", "id": "does-it-hurt"}\n'
    ))
    assert [(c.label, c.location.line if c.location else 0) for c in load_cases(path)] == [
        ("how-long-it-lasts", 1), ("fallback", 3), ("does-it-hurt", 4),
    ]


def test_jsonl_problems_are_all_reported(tmp_path: Path) -> None:
    path = write(tmp_path, "cases.jsonl", (
        '{"q": "ok", "expect": "fallback"}\n'
        '{"q": "broken", "expect": }\n'
        '["not", "an", "object"]\n'
        '{"q": "x", "expected": "fallback"}\n'
        '{"q": 3, "expect": "fallback"}\n'
    ))
    with pytest.raises(ContentError) as exc:
        load_cases(path)
    assert messages(exc) == [
        f"{path}:2:27: invalid JSON: Expecting value",
        f'{path}:3:1: each line must be a JSON object like {{"q": ..., "expect": ...}}',
        f"{path}:4:1: unknown key 'expected'; did you mean 'expect'?",
        f"{path}:4:1: missing \"expect\"; write an entry id, 'fallback', 'refer', "
        "'refer:RULE', 'urgent' or 'urgent:RULE'",
        f'{path}:5:1: "q" must be the question as text',
    ]


def test_cases_naming_unknown_ids_are_reported(tmp_path: Path) -> None:
    path = write(tmp_path, "cases.yaml", (
        "- {q: a, expect: how-long-it-last}\n"
        "- {q: b, expect: refer:my-doze}\n"
        "- {q: c, expect: urgent:breathing}\n"
        "- {q: d, expect: no-such-thing-at-all}\n"
    ))
    problems = [str(p) for p in check_cases(load_cases(path), FAQ)]
    assert problems == [
        f"{path}:1:3: no entry has id 'how-long-it-last' in faq.yaml; "
        "did you mean 'how-long-it-lasts'?",
        f"{path}:2:3: no refer rule has id 'my-doze'; did you mean 'my-dose'?",
        f"{path}:4:3: no entry has id 'no-such-thing-at-all' in faq.yaml",
    ]


# ---------------------------------------------------------------- verdicts


@pytest.mark.parametrize(
    ("expect", "result", "verdict"),
    [
        ("how-long-it-lasts", answer(LASTS), Verdict.CORRECT),
        ("how-long-it-lasts", answer(WORKS), Verdict.WRONG),
        ("how-long-it-lasts", clarify(WORKS, LASTS), Verdict.HALF),
        ("how-long-it-lasts", clarify(WORKS, HURT), Verdict.MISS),
        ("how-long-it-lasts", fallback(), Verdict.MISS),
        ("how-long-it-lasts", urgent(), Verdict.FALSE_ALARM),
        ("fallback", fallback(), Verdict.CORRECT),
        ("fallback", fallback(rule=DOSE, referred=True), Verdict.CORRECT),
        ("fallback", answer(HURT), Verdict.WRONG),
        ("fallback", clarify(HURT, LASTS), Verdict.MISS),
        ("refer", fallback(rule=DOSE, referred=True), Verdict.CORRECT),
        ("refer", fallback(referred=True), Verdict.CORRECT),
        ("refer:my-dose", fallback(referred=True), Verdict.MISS),
        ("refer", fallback(), Verdict.MISS),
        ("refer", answer(HURT), Verdict.WRONG),
        ("urgent", urgent(), Verdict.CORRECT),
        ("urgent:breathing", urgent(), Verdict.CORRECT),
        ("urgent:self-harm", urgent(), Verdict.MISSED_URGENT),
        ("urgent", answer(HURT), Verdict.MISSED_URGENT),
        ("urgent", fallback(), Verdict.MISSED_URGENT),
    ],
)
def test_judge(expect: str, result: Result, verdict: Verdict) -> None:
    assert judge(case(expect), result) is verdict


# ---------------------------------------------------------------- figures and bars


class CannedEngine:
    """Answers from a table: question -> Result."""

    def __init__(self, table: dict[str, Result]) -> None:
        self.table = table

    def ask(self, question: str) -> Result:
        return self.table[question]


def run(pairs: list[tuple[str, Result]]) -> tuple[list[Case], CannedEngine]:
    cases = [case(expect, f"q{i}") for i, (expect, _) in enumerate(pairs)]
    engine = CannedEngine({c.question: r for c, (_, r) in zip(cases, pairs, strict=True)})
    return cases, engine


def test_figures_count_a_right_clarify_half_and_sort_wrong_answers_worst_first() -> None:
    cases, engine = run([
        ("how-long-it-lasts", answer(LASTS)),
        ("how-long-it-lasts", clarify(LASTS, WORKS)),
        ("how-long-it-lasts", answer(WORKS, score=70)),
        ("when-it-starts-working", answer(LASTS, score=95)),
        ("fallback", fallback()),
        ("fallback", answer(HURT, score=80)),
        ("refer", fallback(rule=DOSE, referred=True)),
        ("refer", fallback()),
        ("urgent", urgent()),
        ("urgent", answer(HURT, score=50)),
    ])
    report = evaluate(engine, cases)
    assert report.accuracy == pytest.approx(100 * 4.5 / 10)
    assert report.entry_accuracy == pytest.approx(100 * 1.5 / 4)
    assert report.answered_right == pytest.approx(100 * 1 / 4)  # q0
    assert report.one_tap == pytest.approx(100 * 2 / 4)  # q0, and q1's clarify
    assert report.wrong_rate == pytest.approx(100 * 3 / 8)  # q2, q3, q5 of 8 non-urgent
    assert report.clarify_rate == pytest.approx(10.0)
    assert report.fallback_accuracy == pytest.approx(50.0)
    assert report.refer_accuracy == pytest.approx(50.0)
    assert report.urgent_recall == pytest.approx(50.0)
    assert [(o.case.question, o.result.score) for o in report.wrong] == [
        ("q3", 95), ("q5", 80), ("q2", 70), ("q9", 50),
    ]
    assert report.counts() == {"answer": 4, "fallback": 2, "refer": 2, "urgent": 2}
    assert report.confusions == (("how-long-it-lasts", "when-it-starts-working", 1, 1),)


def test_confusions_count_clarify_lists_that_leave_out_the_right_entry() -> None:
    cases, engine = run([
        ("does-it-hurt", clarify(LASTS, WORKS)),
        ("does-it-hurt", answer(LASTS)),
        ("does-it-hurt", clarify(WORKS, HURT)),
    ])
    report = evaluate(engine, cases)
    assert report.confusions == (("does-it-hurt", "how-long-it-lasts", 2, 0),)


def test_bars() -> None:
    cases, engine = run([
        ("how-long-it-lasts", answer(LASTS)),
        ("fallback", answer(HURT)),
        ("urgent", fallback()),
        ("urgent", urgent()),
    ])
    report = evaluate(engine, cases)
    assert failures(report, Bars()) == [
        "1 wrong answer(s); at most 0 allowed",
        "urgent recall 50.0% is below 100%",
        "accuracy 50.0% is below 90%",
    ]
    assert failures(report, Bars(max_wrong=1, min_urgent_recall=50, min_accuracy=50)) == []


def test_an_empty_run_has_no_figures_and_passes() -> None:
    report = evaluate(CannedEngine({}), [])
    assert report.accuracy is None and report.urgent_recall is None
    assert report.one_tap is None and report.answered_right is None
    assert report.wrong_rate is None
    assert failures(report, Bars()) == []
    assert report.as_dict()["cases"] == 0
