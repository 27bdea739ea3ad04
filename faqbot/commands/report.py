"""`faqbot report`: what patients asked, merged from one or more kiosks' statistics files."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from faqbot.commands._common import add_faq_argument

if TYPE_CHECKING:
    from faqbot.stats.report import Closest


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        action="append",
        help="a kiosk's statistics file; repeat to merge several kiosks "
        "(default: $FAQBOT_STATS_DB, else $XDG_STATE_HOME/faqbot/stats.sqlite3)",
    )
    parser.add_argument(
        "--since", metavar="DAYS", type=_days, help="only the last DAYS days, today included"
    )
    parser.add_argument(
        "--format",
        choices=("text", "csv", "json"),
        default="text",
        help="text for a terminal (default), csv for a spreadsheet, json for other tools",
    )
    parser.add_argument(
        "--purge",
        action="store_true",
        help="delete every stored question text from the files (counts stay) and say how many",
    )
    add_faq_argument(parser)


MAX_DAYS = 36500
"""A century: more than any file holds, and far from where date arithmetic overflows."""


def _days(value: str) -> int:
    try:
        days = int(value)
    except ValueError:
        days = 0
    if not 1 <= days <= MAX_DAYS:
        raise argparse.ArgumentTypeError(
            f"expected a whole number of days, 1 or more and at most {MAX_DAYS}: {value!r}"
        )
    return days


def run(args: argparse.Namespace) -> int:
    from faqbot.stats import statsdb

    paths = [Path(p) for p in args.db] if args.db else [statsdb.default_db_path()]
    if args.purge:
        return _purge(paths)
    since = None
    if args.since:
        since = dt.date.today() - dt.timedelta(days=args.since - 1)
    try:
        snapshots = [statsdb.read_snapshot(path, since) for path in paths]
    except statsdb.StatsFileError as exc:
        print(f"faqbot report: {exc}", file=sys.stderr)
        return 2
    closest = None
    if any(s.unanswered for s in snapshots):
        ok, closest = _closest(args.faq)
        if not ok:
            return 2
    from faqbot.stats.report import build_report
    from faqbot.stats.reportformat import FORMATS

    report = build_report(snapshots, since.isoformat() if since else None, closest)
    sys.stdout.write(FORMATS[args.format](report))
    return 0


def _closest(faq_option: str | None) -> tuple[bool, Closest | None]:
    """The engine's closest-entry function for the groups of unanswered questions.

    (False, None) when the content given with --faq has errors (they are printed); (True, None)
    when the default content or the engine cannot be had: the report then goes without.
    """
    from faqbot.commands._common import load_or_report

    try:
        faq = load_or_report(faq_option)
        if faq is None:
            return (faq_option is None), None
        from faqbot.stats.report import closest_by_engine

        return True, closest_by_engine(faq)
    except ImportError as exc:
        print(f"faqbot report: no closest entries ({exc}).", file=sys.stderr)
        return True, None


def _purge(paths: list[Path]) -> int:
    from faqbot.stats import statsdb

    status = 0
    for path in paths:
        try:
            deleted = statsdb.purge_text(path)
        except statsdb.StatsFileError as exc:
            print(f"faqbot report: {exc}", file=sys.stderr)
            status = 2
            continue
        print(f"{path}: deleted {deleted} stored question{'s' if deleted != 1 else ''}; "
              "counts kept")
    return status
