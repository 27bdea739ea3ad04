"""`faqbot ask`: answer one question, or each line of standard input (for scripts and staff)."""

from __future__ import annotations

import argparse
import io
import json
import sys
from collections.abc import Iterator

from faqbot.commands._common import add_faq_argument, load_or_report
from faqbot.matching.results import Result


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_faq_argument(parser)
    parser.add_argument("--json", action="store_true",
                        help="one JSON object per line: question, kind, id, score, candidates, "
                        "text")
    parser.add_argument("--explain", action="store_true",
                        help="show why: matched phrasing, score, runner-up (JSON: key 'explain')")
    parser.add_argument("question", nargs="*",
                        help="the question (several words are joined); none: read standard input")


def _stdin_lines() -> Iterator[str]:
    """Lines of standard input; invalid UTF-8 is replaced, never fatal."""
    stream = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace", newline="\n")
    for line in stream:  # a lone carriage return inside a line does not start a new one
        yield line.removesuffix("\n").removesuffix("\r")


def _one_line(text: str) -> str:
    return " / ".join(part.strip() for part in text.splitlines() if part.strip())


def format_plain(result: Result, *, explain: bool, batch: bool) -> str:
    """Batch mode: one line per question (`kind<TAB>id<TAB>text`); otherwise readable text."""
    if batch:
        line = f"{result.kind.value}\t{result.id or '-'}\t{_one_line(result.text)}"
        if explain and result.explanation:
            line += f"\t{json.dumps(result.explanation.as_dict(), ensure_ascii=False)}"
        return line
    lines = [result.text]
    if explain:
        lines += ["", *describe(result)]
    return "\n".join(lines)


def describe(result: Result) -> list[str]:
    """The staff explanation, one fact per line."""
    lines = [f"kind: {result.kind.value}   id: {result.id or '-'}   score: {result.score:.1f}"]
    why = result.explanation
    if why is None:
        return lines
    lines.append(f"reason: {why.reason}")
    lines.append(f"as understood: {why.normalized or '(no words)'}")
    if why.trigger:
        lines.append(f"trigger: {why.trigger!r}")
    if why.corrections:
        lines.append("typo fixes: " + ", ".join(f"{a} -> {b}" for a, b in why.corrections))
    chances = [f"; {p:.0%} likely the one meant" for p in why.chances]
    chances += [""] * (len(why.ranked) - len(chances))
    for place, cand, chance in zip(
        ("best", "runner-up", "third"), why.ranked, chances, strict=False
    ):
        lines.append(f"{place}: {cand.entry.id} {cand.score:.1f} "
                     f"(phrasing {cand.phrasing!r} {cand.phrasing_score:.1f}; "
                     f"{cand.coverage:.0%} of the question's words known, "
                     f"{cand.precision:.0%} of the phrasing used{chance})")
    if why.evidence:
        lines.append("evidence for the best (value, effect on the log-odds): "
                     + ", ".join(why.evidence))
    return lines


def run(args: argparse.Namespace) -> int:
    faq = load_or_report(args.faq)
    if faq is None:
        return 2
    from faqbot.matching.engine import Engine

    engine = Engine(faq)
    batch = not args.question
    questions = _stdin_lines() if batch else iter([" ".join(args.question)])
    out = sys.stdout
    for question in questions:
        result = engine.ask(question)
        if args.json:
            record = result.as_json()
            if args.explain and result.explanation:
                record["explain"] = result.explanation.as_dict()
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            out.write(format_plain(result, explain=args.explain, batch=batch) + "\n")
        if batch:
            out.flush()
    return 0
