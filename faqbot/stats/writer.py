"""`StatsWriter`: the thread that owns the statistics file, so the kiosk never waits for it.

It exists so that nothing a patient does can be slowed or stopped by the file. `put` only puts a
small tuple on a bounded queue (a full queue drops the item and counts it) and returns; a daemon
thread owns the SQLite connection and does every write. Every error on that thread (SQLite, OS,
or a bug such as a redactor that raises) is caught: staff get one warning per outage, and the
kiosk never notices.

A file locked by another program (a backup, `faqbot report --purge`) loses nothing: the writer
keeps what arrives as counts in memory (`PendingCounts`, whose size does not grow with the
lock's length), keeps emptying the queue, and retries with backoff until the lock is gone, then
writes it all in one transaction. Other write errors drop the item. A damaged or foreign file
found at start-up turns the writer into a no-op (it may be the wrong path); a file that breaks
while the kiosk runs is moved aside (`<name>.damaged-<time>`, with its `-wal`/`-shm`) and
counting goes on in a fresh file, with one warning.
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
from collections.abc import Callable
from pathlib import Path
from typing import Final

from faqbot.stats import statsdb
from faqbot.stats.pending import PendingCounts

QUEUE_SIZE: Final = 256
"""Far more than a waiting room types while one write (a few milliseconds) is under way."""
BUSY_TIMEOUT_S: Final = 0.25
"""How long one write waits for a lock (the report's purge) before it is dropped."""
WAKE_S: Final = 600.0
"""The idle writer wakes this often, so the daily purge also runs on a quiet day."""
RETRY_FIRST_S: Final = 0.05
RETRY_MAX_S: Final = 2.0
"""A locked file is tried again after 0.05 s, then twice as long each time, at most 2 s apart."""


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


class StatsWriter:
    """Writes `Item`s to one statistics file on its own thread (see the module's docstring).

    `redact` is applied, on the writer thread, to the question text of every item that has one
    (not to feedback). Question text older than `retention_days` days is deleted at start-up and
    then daily. Warnings go to `logger`.
    """

    def __init__(
        self,
        path: Path,
        *,
        redact: Callable[[str], str],
        retention_days: int,
        today: Callable[[], dt.date],
        logger: logging.Logger,
        queue_size: int = QUEUE_SIZE,
        busy_timeout_s: float = BUSY_TIMEOUT_S,
        on_connect: Callable[[sqlite3.Connection], None] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.path = path
        self.retention_days = retention_days
        self._redact = redact
        self._today = today
        self._busy_timeout_s = busy_timeout_s
        self._on_connect = on_connect
        self._log = logger
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

    # -- the caller's side: never raises, never blocks -----------------------------------------

    def put(self, item: Item) -> bool:
        """Queue one item for writing; False (and counted in `dropped`) when it is not taken."""
        if self._closed:
            return False
        try:
            self._queue.put_nowait(item)
        except queue.Full:
            self.dropped += 1
            self.warn("queue", "the statistics queue is full; outcomes are being dropped")
            return False
        return True

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

    def warn(self, problem: str, what: str) -> None:
        """One warning per kind of problem (those in `_OUTAGES` again after writing recovers)."""
        if problem not in self._warned:
            self._warned.add(problem)
            self._log.warning("statistics file %s: %s; the kiosk keeps working.", self.path, what)

    # -- the writer thread ----------------------------------------------------------------------

    def _run(self) -> None:
        conn: sqlite3.Connection | None = None
        pending = PendingCounts()
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
                        text = self._redact(text)
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
        self, conn: sqlite3.Connection | None, pending: PendingCounts, delay: float,
        stopping: bool,
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
                self.warn("write", f"cannot write ({exc}); trying again, nothing is lost "
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
            self.warn("damaged", f"{exc}; it cannot be moved aside ({move_error.strerror}), so "
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
            self.warn("damaged", f"{exc}; statistics are off until the file is moved away")
        elif isinstance(exc, (sqlite3.Error, OSError)):
            self.warn("write", f"cannot write ({exc})")
        else:  # a bug: name its type only, as its message may quote what a patient typed
            self.warn("unexpected", f"could not record an item ({type(exc).__name__})")
        if conn is not None and (damaged or conn.in_transaction):
            _close_quietly(conn)  # a fresh connection next time: no half-open transaction
            return None
        return conn

    def _shutdown(self, conn: sqlite3.Connection) -> None:
        with contextlib.suppress(sqlite3.Error):  # a WAL left behind is replayed at next open
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        _close_quietly(conn)


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
