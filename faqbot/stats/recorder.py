"""`StatsRecorder`: the kiosk's outcome recorder, writing daily counts to SQLite off the UI thread.

The kiosk calls `record_result` / `record_feedback` from its event loop. This module decides what
each one is counted as (`outcome_of`), and whether its question text is kept (only with the
clinic's opt-in, only for unanswered questions, always redacted), and hands a small tuple to a
`faqbot.stats.writer.StatsWriter`, which owns the file: its bounded queue, retries on a locked
file and the handling of a damaged one are described there. Nothing here raises or blocks.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Final

from faqbot.matching.results import Kind, Result
from faqbot.stats.redact import Redactor
from faqbot.stats.writer import BUSY_TIMEOUT_S, QUEUE_SIZE, StatsWriter

log = logging.getLogger("faqbot.stats")

DEFAULT_RETENTION_DAYS: Final = 30


class StatsRecorder:
    """An `OutcomeRecorder` backed by one SQLite file (see `faqbot.stats.statsdb` for its contents).

    Counts are always recorded. Question text is recorded only with `log_unanswered=True`, only
    for fallback and clarify results (not urgent, not personal-advice referrals), redacted
    against `vocabulary` (the kiosk passes `faqbot.stats.redact.content_vocabulary(faq)`: every word
    of the content, answers and rule triggers included) on the writer thread, and deleted after
    `retention_days` days, at start-up and then daily. Warnings go to `logger` (the kiosk's
    staff log), else to the `faqbot.stats` logger.
    """

    def __init__(
        self,
        path: Path,
        *,
        log_unanswered: bool = False,
        retention_days: int = DEFAULT_RETENTION_DAYS,
        vocabulary: Iterable[str] = (),
        today: Callable[[], dt.date] = dt.date.today,
        queue_size: int = QUEUE_SIZE,
        busy_timeout_s: float = BUSY_TIMEOUT_S,
        on_connect: Callable[[sqlite3.Connection], None] | None = None,
        logger: logging.Logger | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.time,
    ) -> None:
        if retention_days < 1:
            raise ValueError("retention_days must be at least 1")
        self.path = path
        self.log_unanswered = log_unanswered
        self.retention_days = retention_days
        self._vocabulary = frozenset(vocabulary)
        self._redactor: Redactor | None = None
        self._today = today
        self._writer = StatsWriter(
            path,
            redact=self._redact,
            retention_days=retention_days,
            today=today,
            logger=logger or log,
            queue_size=queue_size,
            busy_timeout_s=busy_timeout_s,
            on_connect=on_connect,
            sleep=sleep,
            clock=clock,
        )

    @property
    def dropped(self) -> int:
        """Items lost because the queue was full."""
        return self._writer.dropped

    @property
    def failed(self) -> int:
        """Items lost to a database error."""
        return self._writer.failed

    @property
    def retries(self) -> int:
        """Tries on a locked file that had to wait (nothing is lost by them)."""
        return self._writer.retries

    @property
    def moved_aside(self) -> list[Path]:
        """Damaged files moved aside while running (counting went on in a fresh file)."""
        return self._writer.moved_aside

    # -- the kiosk's side: never raises, never blocks ------------------------------------------

    def record_result(self, result: Result) -> None:
        try:
            kind, ref = outcome_of(result)
            unanswered = kind in ("fallback", "clarify")
            text = result.question if self.log_unanswered and unanswered else None
            self._writer.put((self._today().isoformat(), kind, ref, text))
        except Exception as exc:  # a recorder must never take the kiosk down
            self._writer.warn("record", f"could not record an outcome ({exc!r})")

    def record_feedback(self, entry_id: str, helpful: bool) -> None:
        try:
            vote = "1" if helpful else "0"
            self._writer.put((self._today().isoformat(), "feedback", str(entry_id)[:200], vote))
        except Exception as exc:
            self._writer.warn("record", f"could not record feedback ({exc!r})")

    def flush(self, timeout: float = 5.0) -> bool:
        """Wait until everything queued so far is written (or dropped); False on timeout."""
        return self._writer.flush(timeout)

    def close(self, timeout: float = 2.0) -> None:
        """Finish pending writes (waiting at most `timeout`) and close the file."""
        self._writer.close(timeout)

    def _redact(self, text: str) -> str:
        """Runs on the writer thread, so the redactor is built there, on first use, and a
        question is never redacted while the kiosk waits."""
        if self._redactor is None:
            self._redactor = Redactor(self._vocabulary)
        return self._redactor(text)


def outcome_of(result: Result) -> tuple[str, str]:
    """The (kind, ref) a result is counted under; a referral is its own kind, "refer"."""
    if result.kind is Kind.FALLBACK and result.referred:
        return "refer", result.id or ""
    if result.kind in (Kind.ANSWER, Kind.URGENT):
        return result.kind.value, result.id or ""
    return result.kind.value, ""
