"""`faqbot report` output: plain text for a terminal, CSV for a spreadsheet, JSON for tools."""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Callable

from faqbot.stats.report import KINDS, EntryLine, Report

EXAMPLES_SHOWN = 3
_HIDDEN = frozenset({"Cc", "Cf", "Zl", "Zp"})
"""Unicode categories a terminal may act on instead of showing: controls (escape sequences,
bell, newline), format characters (bidi overrides, zero-width ones) and line/paragraph breaks."""


def _visible(text: str) -> str:
    """`text` as one safe line for a terminal: each hidden character is shown as its Python
    escape (`\\x1b`, `\\u202e`, `\\n`), so a stored question cannot retitle the window, clear
    the screen, reorder what follows or forge a report line, and staff still see it was there."""
    if text.isprintable():
        return text
    return "".join(
        ch.encode("unicode_escape").decode("ascii") if unicodedata.category(ch) in _HIDDEN else ch
        for ch in text
    )


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
        right = (c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True))
        cells = [row[0].ljust(widths[0]), *right]
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
    return "\n".join(_visible(line) for line in lines) + "\n"


def _entries(items: tuple[EntryLine, ...], key: Callable[[EntryLine], int]) -> list[str]:
    names = [_visible(e.entry) for e in items]  # before measuring, so columns stay aligned
    width = max(map(len, names), default=0)
    return [
        f"  {key(e):>5}  {name.ljust(width)}  "
        f"(answered {e.answered}, helpful {e.helpful}, not helpful {e.not_helpful})"
        for e, name in zip(items, names, strict=True)
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
    """UTF-8 JSON; hidden characters inside strings are written as `\\uXXXX` escapes (json
    leaves DEL, C1 controls and format characters raw), so the same data parses back and the
    document is safe to read in a terminal."""
    text = json.dumps(report.as_dict(), indent=2, ensure_ascii=False)
    return "".join(
        json.dumps(ch)[1:-1] if ch != "\n" and unicodedata.category(ch) in _HIDDEN else ch
        for ch in text
    ) + "\n"


FORMATS = {"text": as_text, "csv": as_csv, "json": as_json}
