"""`faqbot check`: validate a content file and report every problem, for staff and CI."""

from __future__ import annotations

import argparse

from faqbot.commands._common import add_faq_argument
from faqbot.content.paths import resolve_faq_path
from faqbot.content.problems import ContentError, Problem, Severity

REACHABILITY_SECONDS = 3.0
"""`check` asks the matcher every phrasing; on a file near the 5 MB cap that alone would take
many minutes (it grows with the square of the file), so by default it stops after this long and
says so -- only for files with more than LARGE_PHRASINGS phrasings, so the result on a normal
file never depends on the machine's speed."""
LARGE_PHRASINGS = 5_000
"""The bundled content has about 600 phrasings; CLINC150 15,000."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_faq_argument(parser)
    parser.add_argument("--strict", action="store_true",
                        help="exit 1 when there are warnings (errors always exit 2)")
    parser.add_argument("--full", action="store_true",
                        help="check every phrasing against the matcher however long it takes "
                        f"(default: on a file of over {LARGE_PHRASINGS:,} phrasings, stop that "
                        f"check after {REACHABILITY_SECONDS:g} s)")


def _summary(path: str, errors: int, warnings: int) -> str:
    def plural(n: int, word: str) -> str:
        return f"{n} {word}{'' if n == 1 else 's'}"

    if not errors and not warnings:
        return f"{path}: OK, no problems found."
    return f"{path}: {plural(errors, 'error')}, {plural(warnings, 'warning')}."


def run(args: argparse.Namespace) -> int:
    from faqbot.content.loader import load_faq
    from faqbot.evaluation.lint import lint

    path = resolve_faq_path(args.faq)
    problems: list[Problem]
    try:
        faq = load_faq(path)
    except ContentError as exc:
        problems = list(exc.problems)
    else:
        large = sum(len(entry.phrasings) for entry in faq.faqs) > LARGE_PHRASINGS
        problems = lint(faq, budget=REACHABILITY_SECONDS if large and not args.full else None)
    for problem in problems:
        print(problem)
    errors = sum(p.severity is Severity.ERROR for p in problems)
    warnings = len(problems) - errors
    print(_summary(str(path), errors, warnings))
    if errors:
        return 2
    return 1 if warnings and args.strict else 0
