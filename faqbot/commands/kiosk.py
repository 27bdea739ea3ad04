"""`faqbot` with no subcommand: the kiosk.

Content is loaded and validated before the UI starts, so a broken file prints the staff message
on a normal terminal and exits 2. In kiosk mode the app is restarted if it ever stops without
the staff PIN (a crash inside Textual), and Textual's crash report goes to the staff log only.
"""

from __future__ import annotations

import argparse
import io
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from faqbot.commands._common import add_faq_argument, load_or_report

if TYPE_CHECKING:
    import logging

    from textual.app import App

    from faqbot.content.model import Faq
    from faqbot.kiosk.app import FaqApp
    from faqbot.matching.results import Result
    from faqbot.stats.recording import OutcomeRecorder

MAX_RESTARTS = 5
"""More crashes than this within RESTART_WINDOW seconds: give up (exit 1) instead of looping."""
RESTART_WINDOW = 60.0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_faq_argument(parser)
    parser.add_argument(
        "--no-kiosk",
        dest="kiosk",
        action="store_false",
        help="development mode: ctrl+q / ctrl+c quit, no PIN needed, crashes are not restarted",
    )
    parser.add_argument(
        "--idle-timeout",
        type=float,
        default=90.0,
        metavar="SECONDS",
        help="ask 'Are you still there?' after this much inactivity (default: 90)",
    )
    parser.add_argument(
        "--idle-countdown",
        type=float,
        default=15.0,
        metavar="SECONDS",
        help="then start over after this many more seconds (default: 15)",
    )
    parser.add_argument(
        "--log-file",
        metavar="PATH",
        help="staff log (default: $FAQBOT_LOG, else $XDG_STATE_HOME/faqbot/kiosk.log, "
        "i.e. ~/.local/state/faqbot/kiosk.log)",
    )
    parser.add_argument(
        "--pin-file",
        metavar="PATH",
        help="file whose first line is the staff exit PIN, used when $FAQBOT_STAFF_PIN is unset "
        "(default: $FAQBOT_STAFF_PIN_FILE, else $XDG_CONFIG_HOME/faqbot/staff-pin)",
    )
    parser.add_argument(
        "--web-url",
        default=os.environ.get(ENV_WEB_URL) or None,
        metavar="URL",
        help="the address of this clinic's `faqbot web` page: the start screen shows it with "
        f"its QR code (default: ${ENV_WEB_URL}; needs the web extra)",
    )
    add_stats_arguments(parser)


ENV_WEB_URL = "FAQBOT_WEB_URL"
ENV_LOG_UNANSWERED = "FAQBOT_LOG_UNANSWERED"
ENV_RETENTION_DAYS = "FAQBOT_RETENTION_DAYS"
_YES = frozenset({"1", "yes", "true", "on"})


def add_stats_arguments(parser: argparse.ArgumentParser) -> None:
    """Statistics options; each has an environment variable for kiosks started by a service."""
    stats = parser.add_argument_group("statistics (see the README's privacy section)")
    stats.add_argument(
        "--stats-db",
        metavar="PATH",
        help="daily outcome counts go here (default: $FAQBOT_STATS_DB, else "
        "$XDG_STATE_HOME/faqbot/stats.sqlite3, i.e. ~/.local/state/faqbot/stats.sqlite3)",
    )
    stats.add_argument(
        "--no-stats", dest="stats", action="store_false", help="record nothing at all"
    )
    stats.add_argument(
        "--log-unanswered",
        action="store_true",
        default=os.environ.get(ENV_LOG_UNANSWERED, "").strip().lower() in _YES,
        help="also store the redacted text of questions the kiosk could not answer "
        f"(off by default; ${ENV_LOG_UNANSWERED}=1 does the same)",
    )
    stats.add_argument(
        "--retention-days",
        type=_retention_days,
        default=os.environ.get(ENV_RETENTION_DAYS, "").strip() or "30",
        metavar="N",
        help=f"delete stored question text after N days (default: ${ENV_RETENTION_DAYS}, else 30)",
    )


def _retention_days(value: str) -> int:
    try:
        days = int(value)
    except ValueError:
        days = 0
    if days < 1:
        raise argparse.ArgumentTypeError(
            f"expected a whole number of days, 1 or more: {value!r} "
            f"(from --retention-days or ${ENV_RETENTION_DAYS})"
        )
    return days


def make_recorder(args: argparse.Namespace, log: logging.Logger, faq: Faq) -> OutcomeRecorder:
    """Daily counts in the statistics file (unless --no-stats); question text, redacted against
    the content's words, only with --log-unanswered. Problems with the file go to the staff log
    and never stop the kiosk."""
    from faqbot.stats.recording import NullRecorder

    if not args.stats:
        return NullRecorder()
    from faqbot.stats.recorder import StatsRecorder
    from faqbot.stats.redact import content_vocabulary
    from faqbot.stats.statsdb import default_db_path

    path = Path(args.stats_db) if args.stats_db else default_db_path()
    if args.log_unanswered:
        log.info("statistics: storing redacted unanswered questions in %s for %d days",
                 path, args.retention_days)
    return StatsRecorder(
        path,
        log_unanswered=args.log_unanswered,
        retention_days=args.retention_days,
        vocabulary=content_vocabulary(faq),
        logger=log,
    )


class _LentRecorder:
    """The run's recorder as one app sees it: the app closes its recorder when it unmounts, but
    a restarted app must keep recording, so only `run` closes the real one, once, at exit."""

    def __init__(self, recorder: OutcomeRecorder) -> None:
        self._recorder = recorder

    def record_result(self, result: Result) -> None:
        self._recorder.record_result(result)

    def record_feedback(self, entry_id: str, helpful: bool) -> None:
        self._recorder.record_feedback(entry_id, helpful)

    def close(self) -> None:
        return None


def run(args: argparse.Namespace) -> int:
    from faqbot.content.paths import resolve_faq_path
    from faqbot.kiosk import staff

    if args.idle_timeout <= 0 or args.idle_countdown < 0:
        print("faqbot: --idle-timeout must be > 0 and --idle-countdown >= 0", file=sys.stderr)
        return 2
    faq = load_or_report(args.faq)
    if faq is None:
        return 2
    path = resolve_faq_path(args.faq)
    log_path = Path(args.log_file) if args.log_file else staff.default_log_path()
    log, problem = staff.open_staff_log(log_path)
    if problem:
        print(problem, file=sys.stderr)
    pin = staff.read_pin(Path(args.pin_file) if args.pin_file else staff.default_pin_file())
    if pin is None and args.kiosk:
        print(staff.NO_PIN_WARNING, file=sys.stderr)
    if args.kiosk:
        lock_process_signals()
    recorder = make_recorder(args, log, faq)
    phone = phone_link(args.web_url, log)

    last_good, restarting = faq, False

    def make_app() -> FaqApp:
        """A fresh kiosk; after a crash it reads the file again (the last good content if not)."""
        from faqbot.evaluation.publish import vet_file
        from faqbot.kiosk.app import build_app

        nonlocal last_good, restarting
        if restarting:
            # the same gate as a reload: a restart must not publish what a reload refused
            vetting = vet_file(path, last_good)
            if vetting.faq is not None and vetting.accepted:
                last_good = vetting.faq
            else:
                log.error("content file refused on restart; keeping the last good one:\n%s",
                          "\n".join(f"  - {reason}" for reason in vetting.reasons))
        restarting = True
        return build_app(
            last_good,
            vet=lambda running: vet_file(path, running),
            content_path=path,
            recorder=_LentRecorder(recorder),
            kiosk=args.kiosk,
            idle_timeout=args.idle_timeout,
            idle_countdown=args.idle_countdown,
            pin=pin,
            log=log,
            phone=phone,
        )

    try:
        return supervise(make_app, log, kiosk=args.kiosk)
    finally:
        recorder.close()
        staff.close_staff_log(log)


def phone_link(url: str | None, log: logging.Logger) -> tuple[str, str] | None:
    """(url, its QR code as text) for the start screen; None without a URL, or (with a warning
    for staff) when the web extra that draws QR codes is not installed."""
    if not url:
        return None
    try:
        from faqbot.web.qr import terminal_qr
    except ImportError:
        message = "--web-url needs the web extra (pip install 'faqbot[web]'); no QR code shown"
        print(f"faqbot: {message}", file=sys.stderr)
        log.warning(message)
        return None
    return url, terminal_qr(url)


def lock_process_signals() -> None:
    """Belt and braces for the kiosk lock.

    Textual already turns the terminal's signal keys into plain key events (it clears ISIG),
    unless TEXTUAL_ALLOW_SIGNALS is set, so that variable is removed; and should a SIGINT or
    SIGQUIT still arrive, it is ignored rather than ending the kiosk.
    """
    os.environ.pop("TEXTUAL_ALLOW_SIGNALS", None)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGQUIT, signal.SIG_IGN)


def supervise(make_app: Callable[[], App[None]], log: logging.Logger, *, kiosk: bool) -> int:
    """Run the app; in kiosk mode start a fresh one whenever it stops without the staff PIN."""
    from rich.console import Console

    crashes: deque[float] = deque()
    while True:
        report = io.StringIO()
        try:
            app = make_app()
            # Textual prints its crash report (with local variables, which may hold what a
            # patient typed) to `error_console` after leaving the screen: keep it off the screen
            # and out of the log, and log only its last line (the exception type and message).
            if kiosk:
                app.error_console = Console(file=report, width=100, markup=False, highlight=False)
            app.run()
            code = app.return_code
        except Exception as exc:  # outside Textual's own handling: still never a traceback
            code, report = 1, io.StringIO(f"{type(exc).__name__}: {exc}")
        if code == 0:
            return 0
        summary = next((ln for ln in reversed(report.getvalue().splitlines()) if ln.strip()), "")
        log.error("the kiosk UI stopped unexpectedly (exit %s): %s", code,
                  summary.strip() or "no details")
        if not kiosk:
            print("faqbot: the kiosk stopped after an unexpected error; see the staff log.",
                  file=sys.stderr)
            return 1
        now = time.monotonic()
        crashes.append(now)
        while crashes and now - crashes[0] > RESTART_WINDOW:
            crashes.popleft()
        if len(crashes) > MAX_RESTARTS:
            log.critical("the kiosk crashed %d times in a minute; giving up", len(crashes))
            print("faqbot: the kiosk keeps failing; see the staff log.", file=sys.stderr)
            return 1
        log.info("restarting the kiosk UI")
