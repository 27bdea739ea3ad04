"""`StatsRecorder`: the kiosk's outcome recorder, writing daily counts to SQLite off the UI thread.

The kiosk calls `record_result` / `record_feedback` from its event loop. They only put a small
tuple on a bounded queue (a full queue drops the item and counts it) and return; a daemon thread
owns the SQLite connection and does every write, one commit each. Every error on that thread
(SQLite, OS, or a bug such as a redactor that raises) is caught: staff get one warning on the
`faqbot` logger per outage, and the kiosk never notices.

A file locked by another program (a backup, `faqbot report --purge`) loses nothing: the writer
keeps what arrives as counts in memory (`_Pending`: one number per day, outcome and entry, so
its size does not grow with the lock's length), keeps emptying the queue, and retries with
backoff until the lock is gone, then writes it all in one transaction. Other write errors drop
the item. A damaged or foreign file found at start-up turns the recorder into a no-op (it may be
the wrong path); a file that breaks while the kiosk runs is moved aside (`<name>.damaged-<time>`,
with its `-wal`/`-shm`) and counting goes on in a fresh file, with one warning.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import logging
import os
import queue
import sqlite3
import threading
import time
from collections import Counter
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
RETRY_FIRST_S: Final = 0.05
RETRY_MAX_S: Final = 2.0
"""A locked file is tried again after 0.05 s, then twice as long each time, at most 2 s apart."""
MAX_PENDING_TEXTS: Final = 1000
"""Distinct question texts kept in memory while the file is locked; beyond, only counts."""


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


class _Pending:
    """Items taken from the queue but not yet written, added up: the same outcome on the same
    day is one counter however often it comes, so a long lock cannot make this grow without
    bound (question texts are capped at MAX_PENDING_TEXTS)."""

    def __init__(self) -> None:
        self.outcomes: Counter[tuple[str, str, str]] = Counter()
        self.feedback: Counter[tuple[str, str, bool]] = Counter()
        self.texts: Counter[tuple[str, str, str]] = Counter()
        self.items = 0
        self.texts_dropped = 0

    def __bool__(self) -> bool:
        return self.items > 0

    def clear(self) -> None:
        self.outcomes.clear()
        self.feedback.clear()
        self.texts.clear()
        self.items = self.texts_dropped = 0

    def add(self, day: str, kind: str, ref: str, text: str | None) -> None:
        self.items += 1
        if kind == "feedback":
            self.feedback[(day, ref, text == "1")] += 1
            return
        self.outcomes[(day, kind, ref)] += 1
        if text:
            key = (day, kind, text)
            if key in self.texts or len(self.texts) < MAX_PENDING_TEXTS:
                self.texts[key] += 1
            else:
                self.texts_dropped += 1

    def write(self, conn: sqlite3.Connection) -> None:
        """Everything in one transaction: all of it is written, or none."""
        conn.execute("BEGIN IMMEDIATE")
        try:
            for (day, kind, ref), count in self.outcomes.items():
                statsdb.add_outcome(conn, day, kind, ref, count)
            for (day, entry, helpful), count in self.feedback.items():
                statsdb.add_feedback(conn, day, entry, helpful, count)
            for (day, kind, text), count in self.texts.items():
                statsdb.add_unanswered(conn, day, kind, text, count)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


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
        self._today = today
        self._busy_timeout_s = busy_timeout_s
        self._on_connect = on_connect
        self._log = logger or log
        self._sleep = sleep
        """How the writer waits between tries on a locked file (tests pass a fake clock's)."""
        self._clock = clock
        """Names a damaged file moved aside (`<name>.damaged-<time>`)."""
        self._opened = False
        """True once the file was opened and migrated: damage found later is mid-run damage."""
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
        self.retries = 0
        """Tries on a locked file that had to wait (nothing is lost by them)."""
        self.moved_aside: list[Path] = []
        """Damaged files moved aside while running (counting went on in a fresh file)."""
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
        pending = _Pending()
        held: list[Callable[[], object]] = []  # flush markers waiting for `pending` to be written
        delay = 0.0  # > 0 while the file is locked: wait this long before the next try
        stopping = False
        item: _Queued | None = None  # the first round opens the file and purges old text at once
        while True:
            lost_one = False
            if item is _STOP:
                stopping = True
            elif callable(item):  # a flush marker
                if pending and not self._disabled:
                    held.append(item)
                else:
                    item()
            elif item is not None and not self._disabled:
                try:
                    day, kind, ref, text = item
                    if text is not None and kind != "feedback":
                        redactor = redactor or Redactor(self._vocabulary)
                        text = redactor(text)
                    pending.add(day, kind, ref, text)
                except Exception as exc:  # a bug: this item is lost, not the others
                    conn = self._fail(conn, exc, counted=True)
                    lost_one = True  # this round failed: no "writing again" until one works
            if delay and not stopping:
                item = self._next_nowait()
                if item is not None:
                    continue  # take in everything queued before trying the file again
            if not self._disabled and not lost_one and (pending or not stopping):
                conn, delay = self._try_write(conn, pending, delay, stopping)
            if lost_one and pending:
                item = None
                continue  # still write what was pending before the lost item
            if not delay:
                for marker in held:
                    marker()
                held.clear()
            if stopping:
                break
            if delay:
                self._sleep(delay)
                item = None
                continue
            try:
                item = self._queue.get(timeout=WAKE_S)
            except queue.Empty:
                item = None
        for marker in held:
            marker()
        if conn is not None:
            self._shutdown(conn)

    def _next_nowait(self) -> _Queued | None:
        try:
            return self._queue.get_nowait()
        except queue.Empty:
            return None

    def _try_write(
        self, conn: sqlite3.Connection | None, pending: _Pending, delay: float, stopping: bool
    ) -> tuple[sqlite3.Connection | None, float]:
        """One round: open if needed, daily purge, write what is pending. Returns the
        connection and the wait before the next try (0: written, or given up)."""
        try:
            if conn is None:
                conn = self._connect()
                self._opened = True
            self._purge_daily(conn)
            if pending:
                pending.write(conn)
                if pending.texts_dropped:
                    self._log.warning(
                        "statistics file %s: %d question texts were not kept while the file "
                        "was locked (their counts were).", self.path, pending.texts_dropped)
                pending.clear()
            if self._warned & _OUTAGES:
                self._warned -= _OUTAGES
                self._log.info("statistics file %s: writing again.", self.path)
            return conn, 0.0
        except Exception as exc:
            if _locked(exc) and not stopping:
                self.retries += 1
                self._warn("write", f"cannot write ({exc}); trying again, nothing is lost "
                           "while it waits")
                if conn is not None and conn.in_transaction:
                    conn = self._fail(conn, exc, counted=False, quiet=True)
                return conn, min(RETRY_MAX_S, delay * 2 or RETRY_FIRST_S)
            if self._opened and _damaged(exc) and self._move_aside(conn, exc):
                return self._try_write(None, pending, 0.0, stopping)
            lost = pending.items
            pending.clear()
            self.failed += lost
            return self._fail(conn, exc, counted=False), 0.0

    def _move_aside(self, conn: sqlite3.Connection | None, exc: Exception) -> bool:
        """The file broke while the kiosk runs: move it (and its -wal/-shm, which must never be
        replayed onto a new file) aside for staff, so counting goes on in a fresh file."""
        if conn is not None:
            _close_quietly(conn)
        stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(self._clock()))
        target = self.path.with_name(f"{self.path.name}.damaged-{stamp}")
        try:
            for suffix in ("-wal", "-shm", ""):
                side = Path(f"{self.path}{suffix}")
                if side.exists():
                    os.replace(side, Path(f"{target}{suffix}"))
        except OSError as move_error:
            self._disabled = True
            self._warn("damaged", f"{exc}; it cannot be moved aside ({move_error.strerror}), so "
                       "statistics are off until the file is moved away")
            return False
        self.moved_aside.append(target)
        self._opened = False
        self._log.warning("statistics file %s: damaged while running (%s); moved to %s, "
                          "counting goes on in a fresh file; the kiosk keeps working.",
                          self.path, exc, target.name)
        return True

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
        self, conn: sqlite3.Connection | None, exc: Exception, *, counted: bool,
        quiet: bool = False,
    ) -> sqlite3.Connection | None:
        if counted:
            self.failed += 1
        damaged = _damaged(exc)
        if quiet:
            pass
        elif damaged:
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


def _damaged(exc: Exception) -> bool:
    """A file that is not (or no longer) a usable faqbot statistics file."""
    return isinstance(exc, statsdb.StatsFileError) or (
        isinstance(exc, sqlite3.DatabaseError) and not isinstance(exc, sqlite3.OperationalError)
    )


def _locked(exc: Exception) -> bool:
    """Another connection holds the file (SQLITE_BUSY / SQLITE_LOCKED): wait, do not drop."""
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED)
    return isinstance(exc, sqlite3.OperationalError) and "locked" in str(exc)


def _close_quietly(conn: sqlite3.Connection) -> None:
    with contextlib.suppress(sqlite3.Error):
        conn.close()
