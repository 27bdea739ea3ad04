"""`faqbot report` output: plain text for a terminal, CSV for a spreadsheet, JSON for tools."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable

from faqbot.report import KINDS, EntryLine, Report

EXAMPLES_SHOWN = 3


def as_text(report: Report) -> str:
    """Short lines, aligned columns, no colour: readable in any terminal and when printed."""
    lines = [f"faqbot report: {len(report.files)} file(s)"
             + (f", from {report.since}" if report.since else ", all days")]
    lines += [f"  {name}" for name in report.files]
    lines += ["", "Questions per day"]
    header = ("day", "questions", *KINDS, "fallback rate")
    rows = [
        (d.day, str(d.questions), *(str(d.counts[k]) for k in KINDS), f"{d.fallback_rate:.0%}")
        for d in (*report.days, report.total)
    ]
    widths = [max(len(r[i]) for r in (header, *rows)) for i in range(len(header))]
    for row in (header, *rows):
        cells = [row[0].ljust(widths[0]), *(c.rjust(w) for c, w in zip(row[1:], widths[1:]))]
        lines.append("  " + "  ".join(cells))
    if not report.days:
        lines.append("  (no questions recorded in this period)")
    lines += ["", "Top answered entries"]
    lines += _entries(report.top_answered, lambda e: e.answered) or ["  (none)"]
    lines += ["", 'Most "not helpful"']
    lines += _entries(report.not_helpful, lambda e: e.not_helpful) or ["  (none)"]
    lines += ["", "Unanswered questions, grouped by similarity"]
    if not report.groups:
        lines.append("  (none stored: the kiosk keeps question text only with --log-unanswered)")
    for group in report.groups:
        lines.append(f"  {group.size:>4} asked: {group.suggestion}")
        for text, count in group.examples[:EXAMPLES_SHOWN]:
            lines.append(f"        {count:>5}  {text}")
        if len(group.examples) > EXAMPLES_SHOWN:
            lines.append(f"               (+{len(group.examples) - EXAMPLES_SHOWN} more alike)")
    return "\n".join(lines) + "\n"


def _entries(items: tuple[EntryLine, ...], key: Callable[[EntryLine], int]) -> list[str]:
    width = max((len(e.entry) for e in items), default=0)
    return [
        f"  {key(e):>5}  {e.entry.ljust(width)}  "
        f"(answered {e.answered}, helpful {e.helpful}, not helpful {e.not_helpful})"
        for e in items
    ]


def as_csv(report: Report) -> str:
    """One table per section, separated by a blank line; column 1 names the section."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(("section", "day", "questions", *KINDS, "fallback_rate"))
    for d in (*report.days, report.total):
        writer.writerow(("per_day", d.day, d.questions, *(d.counts[k] for k in KINDS),
                         f"{d.fallback_rate:.3f}"))
    for section, items in (("top_answered", report.top_answered),
                           ("not_helpful", report.not_helpful)):
        writer.writerow(())
        writer.writerow(("section", "entry", "answered", "helpful", "not_helpful"))
        for e in items:
            writer.writerow((section, e.entry, e.answered, e.helpful, e.not_helpful))
    writer.writerow(())
    writer.writerow(("section", "group", "group_size", "text", "count", "closest_entry",
                     "score", "suggestion"))
    for number, g in enumerate(report.groups, start=1):
        for text, count in g.examples:
            writer.writerow(("unanswered", number, g.size, _cell(text), count, g.closest or "",
                             f"{g.score:.1f}", g.suggestion))
    return out.getvalue()


def _cell(text: str) -> str:
    """Stored text cannot start a spreadsheet formula (`=`, `+`, `-`, `@`): quote it."""
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def as_json(report: Report) -> str:
    return json.dumps(report.as_dict(), indent=2, ensure_ascii=False) + "\n"


FORMATS = {"text": as_text, "csv": as_csv, "json": as_json}
