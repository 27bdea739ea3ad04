"""`faqbot eval CASES`: run content tests and say whether the content is safe to ship."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING

from faqbot.commands._common import add_faq_argument

if TYPE_CHECKING:
    from collections.abc import Iterable

    from faqbot.content.problems import Problem
    from faqbot.evaluation.scoring import Outcome, Report

EXIT_OK, EXIT_FAILED, EXIT_ERROR = 0, 1, 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("cases", metavar="CASES", help="case file: YAML list or JSON lines")
    add_faq_argument(parser)
    parser.add_argument("--max-wrong", type=int, default=0, metavar="N",
                        help="fail when more than N wrong answers (default 0)")
    parser.add_argument("--min-urgent-recall", type=float, default=100.0, metavar="PCT",
                        help="fail when fewer urgent cases are caught (default 100)")
    parser.add_argument("--min-accuracy", type=float, default=90.0, metavar="PCT",
                        help="fail below this accuracy; a right clarify counts half (default 90)")
    parser.add_argument("--json", action="store_true", help="print one JSON object")


def run(args: argparse.Namespace) -> int:
    from faqbot.commands._common import load_or_report
    from faqbot.content.problems import ContentError
    from faqbot.evaluation.cases import check_cases, load_cases
    from faqbot.evaluation.scoring import Bars, evaluate, failures
    from faqbot.matching.engine import Engine

    faq = load_or_report(args.faq)
    if faq is None:
        return EXIT_ERROR
    try:
        cases = load_cases(args.cases)
    except ContentError as exc:
        return _report_problems(exc.problems, args.cases)
    problems = check_cases(cases, faq)
    if problems:
        return _report_problems(problems, args.cases)
    report = evaluate(Engine(faq), cases)
    bars = Bars(args.max_wrong, args.min_urgent_recall, args.min_accuracy)
    failed = failures(report, bars)
    if args.json:
        print(json.dumps({**report.as_dict(), "passed": not failed, "failures": failed},
                         ensure_ascii=False))
    else:
        print(render(report, failed))
    return EXIT_FAILED if failed else EXIT_OK


def _report_problems(problems: Iterable[Problem], path: str) -> int:
    items = list(problems)
    for problem in items:
        print(problem, file=sys.stderr)
    print(f"{path}: {len(items)} error{'s' if len(items) != 1 else ''} in the case file",
          file=sys.stderr)
    return EXIT_ERROR


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.1f}%"


def _line(o: Outcome) -> str:
    where = f"{o.case.location.line}: " if o.case.location else ""
    return (f"  {where}{o.case.question!r}\n"
            f"      expected {o.case.label}, got {o.got} (score {o.result.score:.0f})")


def render(report: Report, failed: list[str]) -> str:
    """The human-readable report: figures first, then every case that needs attention."""
    from faqbot.evaluation.scoring import Verdict

    counts = report.counts()
    out = [
        f"{len(report.outcomes)} cases: {counts['answer']} answers, "
        f"{counts['fallback']} fallbacks, {counts['refer']} refers, {counts['urgent']} urgent",
        f"accuracy           {_pct(report.accuracy)}  (entries only: {_pct(report.entry_accuracy)};"
        " a clarify offering the right entry counts half)",
        f"answered right     {_pct(report.answered_right)}  (of the questions that expect an"
        " entry: its answer shown outright)",
        f"one-tap reach      {_pct(report.one_tap)}  (answered right, or the right entry offered"
        " in \"Did you mean...?\")",
        f"clarify rate       {_pct(report.clarify_rate)}",
        f"fallback accuracy  {_pct(report.fallback_accuracy)}",
        f"refer accuracy     {_pct(report.refer_accuracy)}",
        f"urgent recall      {_pct(report.urgent_recall)}",
        f"wrong answers      {len(report.wrong)}  ({_pct(report.wrong_rate)} of the non-urgent"
        " questions)",
    ]
    sections: list[tuple[str, list[Outcome]]] = [
        ("Wrong answers (worst first)", report.wrong),
        ("Missed urgent", report.with_verdict(Verdict.MISSED_URGENT)),
        ("False alarms (urgent message for a non-urgent question)",
         report.with_verdict(Verdict.FALSE_ALARM)),
        ("Not answered as expected (fallback or clarify)",
         [o for o in report.outcomes if o.verdict in (Verdict.MISS, Verdict.HALF)]),
    ]
    for title, items in sections:
        if items:
            out += ["", f"{title}: {len(items)}", *(_line(o) for o in items)]
    if report.confusions:
        out += ["", "Confusions (entries taking each other's questions):"]
        for a, b, ab, ba in report.confusions:
            out.append(f"  {a} <-> {b}: {ab + ba}  ({a} -> {b}: {ab}, {b} -> {a}: {ba})")
    out += ["", "FAILED: " + "; ".join(failed) if failed else "PASSED"]
    return "\n".join(out)
