"""`StatsRecorder`: the kiosk's outcome recorder, writing daily counts to SQLite off the UI thread.

The kiosk calls `record_result` / `record_feedback` from its event loop. They only put a small
tuple on a bounded queue (a full queue drops the item and counts it) and return; a daemon thread
owns the SQLite connection and does every write, one commit each. Every error on that thread
(SQLite, OS, or a bug such as a redactor that raises) is caught: staff get one warning on the
`faqbot` logger per outage, the item is dropped, the thread goes on with the next one, and the
kiosk never notices. A damaged or foreign file turns the recorder into a no-op.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import logging
import queue
import sqlite3
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Final

from faqbot.matching.results import Kind, Result
from faqbot.stats import statsdb
from faqbot.stats.redact import Redactor

log = logging.getLogger("faqbot.stats")

DEFAULT_RETENTION_DAYS: Final = 30
QUEUE_SIZE: Final = 256
"""Far more than a waiting room types while one write (a few milliseconds) is under way."""
BUSY_TIMEOUT_S: Final = 0.25
"""How long one write waits for a lock (the report's purge) before it is dropped."""
WAKE_S: Final = 600.0
"""The idle writer wakes this often, so the daily purge also runs on a quiet day."""


class _Stop(enum.Enum):
    """The writer thread's stop signal (an enum member, so `item is _STOP` narrows the type)."""

    STOP = enum.auto()


_STOP: Final = _Stop.STOP
_OUTAGES: Final = frozenset({"write", "unexpected"})
"""Warnings given again once writing has recovered and then fails anew."""
Item = tuple[str, str, str, str | None]
"""(day, kind, ref, question) for a result; (day, "feedback", entry, "1"/"0") for a tap."""
_Queued = Item | Callable[[], object] | _Stop
"""What the writer thread takes from the queue: an item, a flush marker to call, or _STOP."""


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
    ) -> None:
        if retention_days < 1:
            raise ValueError("retention_days must be at least 1")
        self.path = path
        self.log_unanswered = log_unanswered
        self.retention_days = retention_days
        self._vocabulary = frozenset(vocabulary)
        self._today = today
        self._busy_timeout_s = busy_timeout_s
        self._on_connect = on_connect
        self._log = logger or log
        self._queue: queue.Queue[_Queued] = queue.Queue(maxsize=queue_size)
        self._closed = False
        self._warned: set[str] = set()
        self._disabled = False
        self._purged_on: dt.date | None = None
        self._wal_has_deleted_text = False
        self.dropped = 0
        """Items lost because the queue was full."""
        self.failed = 0
        """Items lost to a database error."""
        self._thread = threading.Thread(target=self._run, name="faqbot-stats", daemon=True)
        self._thread.start()

    # -- the kiosk's side: never raises, never blocks ------------------------------------------

    def record_result(self, result: Result) -> None:
        try:
            kind, ref = outcome_of(result)
            unanswered = kind in ("fallback", "clarify")
            text = result.question if self.log_unanswered and unanswered else None
            self._put((self._today().isoformat(), kind, ref, text))
        except Exception as exc:  # a recorder must never take the kiosk down
            self._warn("record", f"could not record an outcome ({exc!r})")

    def record_feedback(self, entry_id: str, helpful: bool) -> None:
        try:
            vote = "1" if helpful else "0"
            self._put((self._today().isoformat(), "feedback", str(entry_id)[:200], vote))
        except Exception as exc:
            self._warn("record", f"could not record feedback ({exc!r})")

    def flush(self, timeout: float = 5.0) -> bool:
        """Wait until everything queued so far is written (or dropped); False on timeout."""
        done = threading.Event()
        if self._closed:
            return False
        try:
            self._queue.put(done.set, timeout=timeout)
        except queue.Full:
            return False
        return done.wait(timeout)

    def close(self, timeout: float = 2.0) -> None:
        """Finish pending writes (waiting at most `timeout`) and close the file."""
        if self._closed:
            return
        self._closed = True
        try:
            self._queue.put(_STOP, timeout=timeout)
        except queue.Full:
            return
        self._thread.join(timeout)

    def _put(self, item: Item) -> bool:
        if self._closed:
            return False
        try:
            self._queue.put_nowait(item)
        except queue.Full:
            self.dropped += 1
            self._warn("queue", "the statistics queue is full; outcomes are being dropped")
            return False
        return True

    def _warn(self, problem: str, what: str) -> None:
        """One warning per kind of problem (those in `_OUTAGES` again after writing recovers)."""
        if problem not in self._warned:
            self._warned.add(problem)
            self._log.warning("statistics file %s: %s; the kiosk keeps working.", self.path, what)

    # -- the writer thread ----------------------------------------------------------------------

    def _run(self) -> None:
        conn: sqlite3.Connection | None = None
        redactor: Redactor | None = None
        item: _Queued | None = None  # the first round opens the file and purges old text at once
        while True:
            if item is _STOP:
                break
            if callable(item):  # a flush marker
                item()
                item = None
            if self._disabled:
                item = self._queue.get()
                continue
            try:
                if conn is None:
                    conn = self._connect()
                self._purge_daily(conn)
                if item is not None:
                    day, kind, ref, text = item
                    if text is not None and kind != "feedback":
                        redactor = redactor or Redactor(self._vocabulary)
                        text = redactor(text)
                    self._write(conn, day, kind, ref, text)
                if self._warned & _OUTAGES:
                    self._warned -= _OUTAGES
                    self._log.info("statistics file %s: writing again.", self.path)
            except Exception as exc:  # one lost item, never a silently dead writer thread
                conn = self._fail(conn, exc, counted=item is not None)
            try:
                item = self._queue.get(timeout=WAKE_S)
            except queue.Empty:
                item = None
        if conn is not None:
            self._shutdown(conn)

    def _connect(self) -> sqlite3.Connection:
        conn = statsdb.open_for_writing(self.path, self._busy_timeout_s)
        if self._on_connect is not None:
            try:
                self._on_connect(conn)
            except BaseException:
                _close_quietly(conn)
                raise
        return conn

    def _write(
        self, conn: sqlite3.Connection, day: str, kind: str, ref: str, text: str | None
    ) -> None:
        if kind == "feedback":
            statsdb.add_feedback(conn, day, ref, text == "1")
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            statsdb.add_outcome(conn, day, kind, ref)
            if text:
                statsdb.add_unanswered(conn, day, kind, text)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise

    def _purge_daily(self, conn: sqlite3.Connection) -> None:
        """Once a day, delete text past retention; then truncate the write-ahead log, which
        still holds copies of it, retrying on later rounds while a running report holds it up."""
        today = self._today()
        if self._purged_on != today:
            cutoff = (today - dt.timedelta(days=self.retention_days)).isoformat()
            deleted = statsdb.delete_text_before(conn, cutoff)
            self._purged_on = today
            if deleted:
                self._wal_has_deleted_text = True
                self._log.info("statistics file %s: deleted %d stored questions older than %s.",
                               self.path, deleted, cutoff)
        if self._wal_has_deleted_text:
            self._wal_has_deleted_text = not statsdb.truncate_wal(conn)

    def _fail(
        self, conn: sqlite3.Connection | None, exc: Exception, *, counted: bool
    ) -> sqlite3.Connection | None:
        if counted:
            self.failed += 1
        damaged = isinstance(exc, statsdb.StatsFileError) or (
            isinstance(exc, sqlite3.DatabaseError)
            and not isinstance(exc, sqlite3.OperationalError)
        )
        if damaged:
            self._disabled = True
            self._warn("damaged", f"{exc}; statistics are off until the file is moved away")
        elif isinstance(exc, (sqlite3.Error, OSError)):
            self._warn("write", f"cannot write ({exc})")
        else:  # a bug: name its type only, as its message may quote what a patient typed
            self._warn("unexpected", f"could not record an item ({type(exc).__name__})")
        if conn is not None and (damaged or conn.in_transaction):
            _close_quietly(conn)  # a fresh connection next time: no half-open transaction
            return None
        return conn

    def _shutdown(self, conn: sqlite3.Connection) -> None:
        with contextlib.suppress(sqlite3.Error):  # a WAL left behind is replayed at next open
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        _close_quietly(conn)


def outcome_of(result: Result) -> tuple[str, str]:
    """The (kind, ref) a result is counted under; a referral is its own kind, "refer"."""
    if result.kind is Kind.FALLBACK and result.referred:
        return "refer", result.id or ""
    if result.kind in (Kind.ANSWER, Kind.URGENT):
        return result.kind.value, result.id or ""
    return result.kind.value, ""


def _close_quietly(conn: sqlite3.Connection) -> None:
    with contextlib.suppress(sqlite3.Error):
        conn.close()
