"""The statistics file: where it lives, its versioned schema, and the few statements on it.

One SQLite file per kiosk. It holds daily counts (no times, no sessions) and, only when the clinic
opts in, redacted unanswered questions with the day they were asked. Rows are keyed by their
content (`WITHOUT ROWID`), so not even the order in which questions were asked is kept.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import cast

ENV_STATS_DB = "FAQBOT_STATS_DB"
SCHEMA_VERSION = 1
"""`PRAGMA user_version` of a current file; 0 means "not a faqbot file yet"."""

_MIGRATIONS: tuple[tuple[str, ...], ...] = (
    # 0 -> 1: the first schema.
    (
        """CREATE TABLE outcomes (
            day TEXT NOT NULL,            -- YYYY-MM-DD, local time
            kind TEXT NOT NULL,           -- answer | clarify | fallback | refer | urgent
            ref TEXT NOT NULL,            -- entry id (answer), rule id (urgent/refer), else ''
            count INTEGER NOT NULL,
            PRIMARY KEY (day, kind, ref)) WITHOUT ROWID""",
        """CREATE TABLE feedback (
            day TEXT NOT NULL,
            entry TEXT NOT NULL,
            helpful INTEGER NOT NULL,     -- 1 yes, 0 no
            count INTEGER NOT NULL,
            PRIMARY KEY (day, entry, helpful)) WITHOUT ROWID""",
        """CREATE TABLE unanswered (
            day TEXT NOT NULL,
            kind TEXT NOT NULL,           -- fallback | clarify
            text TEXT NOT NULL,           -- redacted before it is written
            count INTEGER NOT NULL,
            PRIMARY KEY (day, kind, text)) WITHOUT ROWID""",
    ),
)
"""`_MIGRATIONS[v]` takes a file from version v to v + 1; append, never edit."""
assert len(_MIGRATIONS) == SCHEMA_VERSION

_SQLITE_MAGIC = b"SQLite format 3\x00"


class StatsFileError(Exception):
    """A statistics file that cannot be used; the message is written for staff."""


@dataclass(frozen=True, slots=True)
class Snapshot:
    """Everything the report reads from one file, from `since` (a YYYY-MM-DD day) on."""

    path: Path
    outcomes: tuple[tuple[str, str, str, int], ...]
    """(day, kind, ref, count)"""
    feedback: tuple[tuple[str, str, bool, int], ...]
    """(day, entry id, helpful, count)"""
    unanswered: tuple[tuple[str, str, str, int], ...]
    """(day, kind, redacted text, count)"""


def default_db_path() -> Path:
    """`$FAQBOT_STATS_DB`, else `$XDG_STATE_HOME/faqbot/stats.sqlite3`, else
    `~/.local/state/faqbot/stats.sqlite3` (the XDG default for state that survives restarts)."""
    from_env = os.environ.get(ENV_STATS_DB, "").strip()
    if from_env:
        return Path(from_env)
    state = os.environ.get("XDG_STATE_HOME", "").strip()
    base = Path(state) if state else Path.home() / ".local" / "state"
    return base / "faqbot" / "stats.sqlite3"


def open_for_writing(path: Path, busy_timeout_s: float) -> sqlite3.Connection:
    """Open (creating it and its folder) and migrate a file for the kiosk.

    WAL lets the report read while the kiosk writes. synchronous=FULL makes every commit durable
    when it returns, so a power cut loses at most the question being written; the fsync it costs
    happens on the recorder's thread, never the UI's. secure_delete overwrites purged text instead
    of leaving it in free pages.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(path, timeout=busy_timeout_s, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA secure_delete=ON")
        _migrate(conn, path)
    except BaseException:
        conn.close()
        raise
    return conn


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    version = _version(conn, path)
    for step in range(version, SCHEMA_VERSION):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _MIGRATIONS[step]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {step + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def _version(conn: sqlite3.Connection, path: Path) -> int:
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise StatsFileError(
            f"{path}: written by a newer faqbot (schema {version}, this one reads up to "
            f"{SCHEMA_VERSION}); upgrade faqbot or use another file"
        )
    if version == 0 and conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]:
        raise StatsFileError(f"{path}: an SQLite file, but not a faqbot statistics file")
    return version


def open_for_reading(path: Path) -> sqlite3.Connection:
    """Open a file read-only for the report; StatsFileError says what is wrong with it."""
    if not path.is_file():
        raise StatsFileError(f"{path}: no such statistics file (see 'faqbot report --help')")
    try:
        with path.open("rb") as handle:
            magic = handle.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        raise StatsFileError(f"{path}: cannot read it ({exc.strerror})") from exc
    if magic != _SQLITE_MAGIC:
        raise StatsFileError(f"{path}: not a statistics file (empty or damaged)")
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        if _version(conn, path) < SCHEMA_VERSION:
            conn.close()
            raise StatsFileError(f"{path}: not a faqbot statistics file (no tables)")
    except sqlite3.Error as exc:
        raise StatsFileError(f"{path}: cannot read it ({exc}); the file may be damaged") from exc
    return conn


def read_snapshot(path: Path, since: dt.date | None) -> Snapshot:
    """Read one file's rows from `since` on (all rows when None).

    Every row read is checked against what the kiosk writes (see `_COLUMNS`): a file edited by
    hand or damaged is refused with StatsFileError naming the bad value, instead of crashing the
    report or adding up to wrong totals.
    """
    conn = open_for_reading(path)
    day = since.isoformat() if since else None
    tables: dict[str, list[tuple[object, ...]]] = {}
    try:
        for table, columns in _COLUMNS.items():
            names = ", ".join(name for name, _ in columns)
            tables[table] = conn.execute(
                f"SELECT {names} FROM {table} WHERE ?1 IS NULL OR day >= ?1 ORDER BY 1, 2, 3",
                (day,),
            ).fetchall()
    except sqlite3.Error as exc:
        raise StatsFileError(f"{path}: cannot read it ({exc}); the file may be damaged") from exc
    finally:
        conn.close()
    for table, rows in tables.items():
        _check_rows(path, table, rows)
    feedback = cast("list[tuple[str, str, int, int]]", tables["feedback"])
    return Snapshot(
        path=path,
        outcomes=tuple(cast("list[tuple[str, str, str, int]]", tables["outcomes"])),
        feedback=tuple((d, e, bool(h), c) for d, e, h, c in feedback),
        unanswered=tuple(cast("list[tuple[str, str, str, int]]", tables["unanswered"])),
    )


def _is_day(value: object) -> bool:
    return isinstance(value, str) and _DAY.fullmatch(value) is not None


def _is_text(value: object) -> bool:
    return isinstance(value, str)


def _is_flag(value: object) -> bool:
    return value in (0, 1) and isinstance(value, int)


def _is_count(value: object) -> bool:
    return isinstance(value, int) and value >= 0


_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_COLUMNS: dict[str, tuple[tuple[str, Callable[[object], bool]], ...]] = {
    "outcomes": (("day", _is_day), ("kind", _is_text), ("ref", _is_text), ("count", _is_count)),
    "feedback": (("day", _is_day), ("entry", _is_text), ("helpful", _is_flag),
                 ("count", _is_count)),
    "unanswered": (("day", _is_day), ("kind", _is_text), ("text", _is_text),
                   ("count", _is_count)),
}
"""Table -> its columns as the report reads them, each with the check its values must pass.
SQLite keeps whatever type a value had when written (a TEXT column holds a BLOB, an INTEGER
column holds 'abc'), so the declared types alone promise nothing."""


def _check_rows(path: Path, table: str, rows: list[tuple[object, ...]]) -> None:
    columns = _COLUMNS[table]
    for row in rows:
        for (name, valid), value in zip(columns, row, strict=True):
            if not valid(value):
                shown = repr(value)
                shown = shown if len(shown) <= 60 else shown[:57] + "..."
                raise StatsFileError(
                    f"{path}: table {table} has a row faqbot never writes ({name} = {shown}); "
                    "the file was edited by hand or is damaged"
                )


def add_outcome(conn: sqlite3.Connection, day: str, kind: str, ref: str, count: int = 1) -> None:
    conn.execute(
        "INSERT INTO outcomes VALUES (?, ?, ?, ?) "
        "ON CONFLICT (day, kind, ref) DO UPDATE SET count = count + excluded.count",
        (day, kind, ref, count),
    )


def add_feedback(
    conn: sqlite3.Connection, day: str, entry: str, helpful: bool, count: int = 1
) -> None:
    conn.execute(
        "INSERT INTO feedback VALUES (?, ?, ?, ?) "
        "ON CONFLICT (day, entry, helpful) DO UPDATE SET count = count + excluded.count",
        (day, entry, int(helpful), count),
    )


def add_unanswered(
    conn: sqlite3.Connection, day: str, kind: str, text: str, count: int = 1
) -> None:
    conn.execute(
        "INSERT INTO unanswered VALUES (?, ?, ?, ?) "
        "ON CONFLICT (day, kind, text) DO UPDATE SET count = count + excluded.count",
        (day, kind, text, count),
    )


def delete_text_before(conn: sqlite3.Connection, day: str) -> int:
    """Delete stored questions older than `day`; returns how many rows went.

    secure_delete overwrites them in the file, but earlier copies stay in the write-ahead log:
    follow a delete that removed rows with `truncate_wal`.
    """
    return conn.execute("DELETE FROM unanswered WHERE day < ?", (day,)).rowcount


def truncate_wal(conn: sqlite3.Connection) -> bool:
    """Copy the write-ahead log into the file and empty it, so no older copy of a page (with
    deleted text) stays in `<file>-wal`. False when a reader (a report running right then) kept
    it from finishing: try again later."""
    busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return not busy


def purge_text(path: Path) -> int:
    """Delete every stored question in one file (counts stay); returns how many questions went.

    Overwrites the deleted text (secure_delete) and truncates the write-ahead log so no copy of
    it stays on disk.
    """
    open_for_reading(path).close()  # refuse anything that is not a faqbot file
    try:
        conn = open_for_writing(path, busy_timeout_s=5.0)
    except sqlite3.Error as exc:
        raise StatsFileError(f"{path}: cannot open it ({exc})") from exc
    try:
        conn.execute("BEGIN IMMEDIATE")
        deleted: int = conn.execute("SELECT coalesce(sum(count), 0) FROM unanswered").fetchone()[0]
        conn.execute("DELETE FROM unanswered")
        conn.execute("COMMIT")
        truncate_wal(conn)
    except sqlite3.Error as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise StatsFileError(f"{path}: cannot delete the stored text ({exc})") from exc
    finally:
        conn.close()
    return deleted
