"""StatsRecorder: what is counted, what is never stored, retention, and surviving a bad file."""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from faqbot.content.model import Entry, Rule
from faqbot.matching.results import Candidate, Kind, Result
from faqbot.stats import statsdb
from faqbot.stats.recorder import StatsRecorder
from faqbot.stats.redact import Redactor

LASTS = Entry("how-long-it-lasts", "How long does it last?", "About three months.")
DRIVING = Entry("driving", "Can I drive afterwards?", "Usually yes.")
BREATHING = Rule("breathing", ("can't breathe",), "Call 999.")
STOP_MEDS = Rule("stop-medicines", ("stop my",), "Ask your provider.")
TODAY = dt.date(2026, 11, 23)

PERSONAL = [
    "Hi I'm Sarah Jones, my number is 07700 900123, will it hurt?",
    "email sarah.jones@example.com the results from 12/03/2024",
    "My husband Tom Baker can't breathe properly since Tuesday",
    "should I stop my warfarin before Dr Okafor sees me on 3rd March?",
    "I live at 42 Acacia Avenue SW1A 1AA is there parking",
]
SECRETS = ["Sarah", "Jones", "07700", "900123", "sarah.jones", "example.com", "12/03/2024",
           "Tom", "Baker", "warfarin", "Okafor", "Acacia", "SW1A", "42"]


def answer(question: str, entry: Entry = LASTS) -> Result:
    return Result(question, Kind.ANSWER, entry.answer, 91.0, entry=entry)


def fallback(question: str) -> Result:
    return Result(question, Kind.FALLBACK, "Please ask your healthcare provider.", 20.0)


def clarify(question: str) -> Result:
    options = (Candidate(LASTS, 60.0, LASTS.question), Candidate(DRIVING, 58.0, DRIVING.question))
    return Result(question, Kind.CLARIFY, "Did you mean...?", 60.0, candidates=options)


def urgent(question: str) -> Result:
    return Result(question, Kind.URGENT, BREATHING.answer, 100.0, rule=BREATHING)


def refer(question: str, rule: Rule | None = STOP_MEDS) -> Result:
    return Result(question, Kind.FALLBACK, "Ask your provider.", 100.0, rule=rule, referred=True)


def rows(path: Path, table: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2, 3").fetchall()


def every_byte(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file())


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "kiosk" / "stats.sqlite3"


@pytest.fixture
def recorder(db: Path) -> Iterator[StatsRecorder]:
    rec = StatsRecorder(db, today=lambda: TODAY)
    yield rec
    rec.close()


def test_counts_each_outcome_per_day(recorder: StatsRecorder, db: Path) -> None:
    recorder.record_result(answer("how long does it last"))
    recorder.record_result(answer("how long does botox work"))
    recorder.record_result(answer("can i drive", DRIVING))
    recorder.record_result(clarify("how long"))
    recorder.record_result(fallback("where is the car park"))
    recorder.record_result(refer("should i stop my pills"))
    recorder.record_result(refer("is it right for me", rule=None))  # the engine's own cue
    recorder.record_result(urgent("i can't breathe"))
    recorder.record_feedback("how-long-it-lasts", True)
    recorder.record_feedback("how-long-it-lasts", False)
    recorder.record_feedback("how-long-it-lasts", False)
    assert recorder.flush()
    day = TODAY.isoformat()
    assert rows(db, "outcomes") == [
        (day, "answer", "driving", 1),
        (day, "answer", "how-long-it-lasts", 2),
        (day, "clarify", "", 1),
        (day, "fallback", "", 1),
        (day, "refer", "", 1),
        (day, "refer", "stop-medicines", 1),
        (day, "urgent", "breathing", 1),
    ]
    assert rows(db, "feedback") == [
        (day, "how-long-it-lasts", 0, 2),
        (day, "how-long-it-lasts", 1, 1),
    ]
    assert rows(db, "unanswered") == []


def session(rec: StatsRecorder) -> None:
    for text in PERSONAL:
        rec.record_result(fallback(text))
        rec.record_result(clarify(text))
        rec.record_result(refer(text))
        rec.record_result(urgent(text))
        rec.record_result(answer(text))
    rec.record_feedback("how-long-it-lasts", True)


def test_by_default_nothing_but_counts_is_stored(db: Path) -> None:
    rec = StatsRecorder(db, today=lambda: TODAY)
    session(rec)
    rec.close()
    with sqlite3.connect(db) as conn:
        dump = "\n".join(conn.iterdump())
    assert rows(db, "unanswered") == []
    assert sum(count for *_, count in rows(db, "outcomes")) == 5 * len(PERSONAL)
    inserted = [line for line in dump.splitlines() if line.startswith("INSERT")]
    assert all(line.startswith(('INSERT INTO "outcomes"', 'INSERT INTO "feedback"'))
               for line in inserted)
    raw = every_byte(db.parent)  # the file, and any journal or WAL left beside it
    for secret in SECRETS:
        assert secret.encode() not in raw, secret
        assert secret not in dump, secret


def test_opt_in_stores_only_redacted_unanswered_questions(db: Path) -> None:
    rec = StatsRecorder(db, log_unanswered=True, today=lambda: TODAY,
                        vocabulary={"hurt", "parking", "results"})
    session(rec)
    rec.close()
    stored = rows(db, "unanswered")
    assert {kind for _, kind, _, _ in stored} == {"fallback", "clarify"}  # never urgent/refer
    assert sum(count for *_, count in stored) == 2 * len(PERSONAL)
    texts = [text for _, _, text, _ in stored]
    assert "Hi I'm [name], my number is [phone], will it hurt?" in texts
    raw = every_byte(db.parent)
    for secret in SECRETS:
        assert secret.encode() not in raw, secret


def test_retention_deletes_old_text_at_start_up(db: Path) -> None:
    for days_ago in (2, 30, 31, 40):  # newest first: each start-up purges relative to its day
        day = TODAY - dt.timedelta(days_ago)
        rec = StatsRecorder(db, log_unanswered=True, today=lambda d=day: d)
        rec.record_result(fallback(f"where is the toilet {days_ago}"))
        rec.close()
    assert len(rows(db, "unanswered")) == 4
    rec = StatsRecorder(db, log_unanswered=True, today=lambda: TODAY)
    assert rec.flush()
    rec.close()
    days = sorted(day for day, *_ in rows(db, "unanswered"))
    assert days == [(TODAY - dt.timedelta(30)).isoformat(), (TODAY - dt.timedelta(2)).isoformat()]
    assert len(rows(db, "outcomes")) == 4  # counts are kept


def test_retention_also_runs_daily_while_the_kiosk_stays_up(db: Path) -> None:
    clock = [TODAY]
    rec = StatsRecorder(db, log_unanswered=True, retention_days=7, today=lambda: clock[0])
    rec.record_result(fallback("where is the toilet"))
    assert rec.flush()
    clock[0] = TODAY + dt.timedelta(days=8)
    rec.record_result(answer("how long does it last"))
    assert rec.flush()
    rec.close()
    assert rows(db, "unanswered") == []


def test_retention_leaves_no_copy_of_expired_text_in_the_write_ahead_log(db: Path) -> None:
    clock = [TODAY]
    rec = StatsRecorder(db, log_unanswered=True, retention_days=7, today=lambda: clock[0])
    try:
        rec.record_result(fallback("where is the toilet"))
        assert rec.flush()
        assert b"toilet" in every_byte(db.parent)  # stored (in the log) while it is recent
        clock[0] = TODAY + dt.timedelta(days=8)
        rec.record_result(answer("how long does it last"))
        assert rec.flush()
        # Read while the kiosk is still running: closing it would truncate the log anyway.
        assert b"toilet" not in every_byte(db.parent)
    finally:
        rec.close()
    assert rows(db, "unanswered") == []


def test_a_report_reading_during_retention_only_delays_emptying_the_log(db: Path) -> None:
    clock = [TODAY]
    rec = StatsRecorder(db, log_unanswered=True, retention_days=7, today=lambda: clock[0],
                        busy_timeout_s=0.01)
    try:
        rec.record_result(fallback("where is the toilet"))
        assert rec.flush()
        report = sqlite3.connect(db, isolation_level=None)
        report.execute("BEGIN")
        report.execute("SELECT count(*) FROM unanswered").fetchone()  # holds a read snapshot
        clock[0] = TODAY + dt.timedelta(days=8)
        rec.record_result(answer("how long does it last"))
        assert rec.flush()
        assert b"toilet" in every_byte(db.parent)  # the reader still needs the old pages
        report.execute("COMMIT")
        report.close()
        rec.record_result(answer("how long does it last"))
        assert rec.flush()
        assert b"toilet" not in every_byte(db.parent)
    finally:
        rec.close()


def warnings_in(caplog: pytest.LogCaptureFixture) -> list[logging.LogRecord]:
    return [r for r in caplog.records
            if r.levelno >= logging.WARNING and r.name.startswith("faqbot")]


def hammer(rec: StatsRecorder) -> None:
    for i in range(20):
        rec.record_result(fallback(f"question {i}"))
        rec.record_feedback("driving", i % 2 == 0)
    rec.flush()


class FakeClock:
    """The recorder's wait between tries on a locked file, in pretend seconds: a minute-long
    lock is tried the same number of times as in real life, in well under a second."""

    def __init__(self) -> None:
        self.now = 0.0
        self.waits: list[float] = []

    def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds
        time.sleep(0.002)


def hold_exclusive_lock(
    db: Path, clock: FakeClock, seconds: float, sent: threading.Event | None = None
) -> threading.Thread:
    """Another connection (a backup, `report --purge`) holds the file exclusively until the
    clock has moved `seconds` on (and the test has `sent` everything it records meanwhile)."""
    locked = threading.Event()

    def hold() -> None:
        holder = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
        holder.execute("BEGIN EXCLUSIVE")
        locked.set()
        while clock.now < seconds or (sent is not None and not sent.is_set()):
            time.sleep(0.005)
        holder.execute("ROLLBACK")
        holder.close()

    thread = threading.Thread(target=hold, daemon=True)
    thread.start()
    assert locked.wait(5)
    return thread


def test_a_minute_long_exclusive_lock_loses_no_count(
    db: Path, caplog: pytest.LogCaptureFixture
) -> None:
    statsdb.open_for_writing(db, 1.0).close()
    clock = FakeClock()
    rec = StatsRecorder(db, busy_timeout_s=0.01, today=lambda: TODAY, log_unanswered=True,
                        sleep=clock.sleep, queue_size=64)
    assert rec.flush()
    sent = threading.Event()
    holder = hold_exclusive_lock(db, clock, seconds=60.0, sent=sent)
    for i in range(300):  # 900 items, far more than the queue holds: the writer empties it
        rec.record_result(fallback(f"question {i % 7}"))
        rec.record_feedback("driving", i % 2 == 0)
        rec.record_result(answer("how long"))
        # 600 outcomes a second, far beyond any waiting room (at 1,500 a second, a CI machine
        # busy with other work starved the writer thread and the queue overflowed)
        time.sleep(0.005)
    assert holder.is_alive()  # all of them came while the file was locked
    sent.set()
    holder.join(10)
    assert not holder.is_alive()
    assert rec.flush(timeout=10)
    rec.close()
    assert clock.now >= 60.0 and max(clock.waits) <= 2.0  # a minute of backoff, capped at 2 s
    assert rec.dropped == 0 and rec.failed == 0 and rec.retries >= 30
    day = TODAY.isoformat()
    assert rows(db, "outcomes") == [(day, "answer", "how-long-it-lasts", 300),
                                    (day, "fallback", "", 300)]
    assert rows(db, "feedback") == [(day, "driving", 0, 150), (day, "driving", 1, 150)]
    assert sum(count for *_, count in rows(db, "unanswered")) == 300
    found = warnings_in(caplog)
    assert len(found) == 1 and "locked" in found[0].getMessage()
    assert "nothing is lost" in found[0].getMessage()


def test_closing_while_locked_gives_up_and_counts_what_was_lost(db: Path) -> None:
    statsdb.open_for_writing(db, 1.0).close()
    clock = FakeClock()
    rec = StatsRecorder(db, busy_timeout_s=0.01, today=lambda: TODAY, sleep=clock.sleep)
    assert rec.flush()
    holder = hold_exclusive_lock(db, clock, seconds=1e9)
    for _ in range(5):
        rec.record_result(answer("how long"))
    assert not rec.flush(timeout=0.3)  # not written while the lock lasts
    rec.close(timeout=5)
    assert rec.failed == 5  # given up at exit, and said so
    clock.now = 2e9
    holder.join(5)


def read_only(conn: sqlite3.Connection) -> None:
    conn.execute("PRAGMA query_only = ON")  # chmod would not stop root, who runs the tests


def disk_full(conn: sqlite3.Connection) -> None:
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}").fetchall()


@pytest.mark.parametrize(("on_connect", "words"), [(read_only, "readonly"), (disk_full, "full")])
def test_read_only_or_full_is_survived_with_one_warning(
    db: Path, caplog: pytest.LogCaptureFixture, on_connect: object, words: str
) -> None:
    rec = StatsRecorder(db, log_unanswered=True, today=lambda: TODAY,
                        on_connect=on_connect)  # type: ignore[arg-type]
    for i in range(40):  # distinct rows, so the file has to grow
        rec.record_feedback(f"entry-{i}-" + "x" * 400, True)
    assert rec.flush()
    rec.close()
    found = warnings_in(caplog)
    assert len(found) == 1
    assert words in found[0].getMessage().replace("-", "")
    assert rec.failed > 0


def test_a_corrupt_file_turns_recording_off_with_one_warning(
    db: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db.parent.mkdir()
    db.write_bytes(b"this is not a database, it was overwritten by something else" * 100)
    rec = StatsRecorder(db, today=lambda: TODAY)
    hammer(rec)
    rec.close()
    found = warnings_in(caplog)
    assert len(found) == 1 and "not a database" in found[0].getMessage()
    assert db.read_bytes().startswith(b"this is not")  # left alone for staff to look at


def test_a_file_from_a_newer_faqbot_is_left_alone(
    db: Path, caplog: pytest.LogCaptureFixture
) -> None:
    db.parent.mkdir()
    with sqlite3.connect(db) as conn:
        conn.execute(f"PRAGMA user_version = {statsdb.SCHEMA_VERSION + 1}")
    rec = StatsRecorder(db, today=lambda: TODAY)
    hammer(rec)
    rec.close()
    found = warnings_in(caplog)
    assert len(found) == 1 and "newer faqbot" in found[0].getMessage()


def test_an_impossible_path_is_survived(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / "a-file").write_text("x")
    rec = StatsRecorder(tmp_path / "a-file" / "stats.sqlite3", today=lambda: TODAY)
    hammer(rec)
    rec.close()
    assert len(warnings_in(caplog)) == 1


def test_a_failing_redactor_loses_its_item_not_the_writer(
    db: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []

    class FlakyRedactor(Redactor):
        def __call__(self, text: str) -> str:
            calls.append(text)
            if len(calls) in (1, 2, 4):  # one outage of two items, a success, a second outage
                raise RuntimeError(f"bug while redacting {text!r}")
            return super().__call__(text)

    monkeypatch.setattr("faqbot.stats.recorder.Redactor", FlakyRedactor)
    rec = StatsRecorder(db, log_unanswered=True, today=lambda: TODAY)
    for question in ("where is the toilet", "toilet where", "is there parking", "toilet again",
                     "can I drive"):
        rec.record_result(fallback(question))
    assert rec.flush(timeout=2)
    rec.close()
    assert rec.failed == 3
    assert [text for _, _, text, _ in rows(db, "unanswered")] == ["can I drive", "is there parking"]
    assert rows(db, "outcomes") == [(TODAY.isoformat(), "fallback", "", 2)]
    found = [r.getMessage() for r in warnings_in(caplog)]
    assert len(found) == 2 and all("RuntimeError" in m for m in found)
    assert not any("toilet" in m for m in found)  # the type only: a message may quote a patient


def test_a_failing_on_connect_hook_is_retried_on_the_next_item(
    db: Path, caplog: pytest.LogCaptureFixture
) -> None:
    attempts = []

    def flaky(conn: sqlite3.Connection) -> None:
        attempts.append(conn)
        if len(attempts) == 1:
            raise ValueError("hook")

    rec = StatsRecorder(db, today=lambda: TODAY, on_connect=flaky)
    rec.record_result(answer("how long"))
    assert rec.flush(timeout=2)
    rec.close()
    assert rows(db, "outcomes") == [(TODAY.isoformat(), "answer", "how-long-it-lasts", 1)]
    found = warnings_in(caplog)
    assert len(found) == 1 and "ValueError" in found[0].getMessage()
    with pytest.raises(sqlite3.ProgrammingError):  # the failed connection was closed, not leaked
        attempts[0].execute("SELECT 1")


def test_a_full_queue_drops_instead_of_blocking(db: Path, caplog: pytest.LogCaptureFixture) -> None:
    release = threading.Event()
    rec = StatsRecorder(db, queue_size=3, today=lambda: TODAY,
                        on_connect=lambda conn: release.wait(10))
    for _ in range(10):  # the writer is stuck opening the file: only 3 fit in the queue
        rec.record_result(fallback("x"))
    assert rec.dropped == 7
    release.set()
    assert rec.flush()
    rec.close()
    assert rows(db, "outcomes") == [(TODAY.isoformat(), "fallback", "", 3)]
    assert len(warnings_in(caplog)) == 1


def test_close_is_idempotent_and_later_calls_do_nothing(recorder: StatsRecorder, db: Path) -> None:
    recorder.record_result(answer("x"))
    recorder.close()
    recorder.close()
    recorder.record_result(answer("y"))
    recorder.record_feedback("x", True)
    assert rows(db, "outcomes") == [(TODAY.isoformat(), "answer", "how-long-it-lasts", 1)]
    wal = db.parent / "stats.sqlite3-wal"
    assert not wal.exists() or wal.stat().st_size == 0  # folded into the file on close


def test_a_broken_result_does_not_raise(
    recorder: StatsRecorder, caplog: pytest.LogCaptureFixture
) -> None:
    recorder.record_result(None)  # type: ignore[arg-type]
    assert len(warnings_in(caplog)) == 1


def test_schema_version_is_set(recorder: StatsRecorder, db: Path) -> None:
    assert recorder.flush()
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == statsdb.SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


CRASHING_KIOSK = """
import os, signal, sys, time
from pathlib import Path
from faqbot.content.model import Entry
from faqbot.stats.recorder import StatsRecorder
from faqbot.stats.redact import Redactor
from faqbot.matching.results import Kind, Result
rec = StatsRecorder(Path(sys.argv[1]), log_unanswered=True)
entry = Entry("how-long-it-lasts", "q", "a")
for i in range(5):
    rec.record_result(Result("q", Kind.ANSWER, "a", entry=entry))
rec.flush()
for i in range(5000):  # still being written when the process is killed
    rec.record_result(Result(f"where is the toilet {i}", Kind.FALLBACK, "x"))
time.sleep(0.05)
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_a_killed_kiosk_keeps_everything_already_written(db: Path) -> None:
    import os
    import subprocess
    import sys

    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(root)}
    done = subprocess.run([sys.executable, "-c", CRASHING_KIOSK, str(db)], env=env, timeout=60)
    assert done.returncode != 0  # killed, no close(), no checkpoint
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        counts = dict(conn.execute("SELECT kind, sum(count) FROM outcomes GROUP BY kind"))
        texts = conn.execute("SELECT sum(count) FROM unanswered").fetchone()[0] or 0
    assert counts["answer"] == 5
    assert counts.get("fallback", 0) == texts  # each count was committed with its text


def test_warnings_go_to_the_given_staff_log(db: Path) -> None:
    staff = logging.Logger("staff-log-under-test", logging.INFO)
    seen: list[str] = []
    handler = logging.Handler()
    handler.emit = lambda record: seen.append(record.getMessage())  # type: ignore[method-assign]
    staff.addHandler(handler)
    db.parent.mkdir()
    db.write_bytes(b"not a database " * 200)
    rec = StatsRecorder(db, today=lambda: TODAY, logger=staff)
    rec.record_result(answer("x"))
    rec.close()
    assert len(seen) == 1 and "not a database" in seen[0]


def test_a_file_damaged_while_running_is_moved_aside_and_counting_goes_on(
    db: Path, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    """SQLite reports damage when it next reads a damaged page, which its cache may put off;
    the test says so at once, with the error SQLite gives ("database disk image is malformed")."""
    real_add = statsdb.add_outcome
    reads: list[str] = []

    def add_outcome(conn: sqlite3.Connection, *args: object) -> None:
        if not reads:
            reads.append("damaged")
            raise sqlite3.DatabaseError("database disk image is malformed")
        real_add(conn, *args)  # type: ignore[arg-type]

    rec = StatsRecorder(db, today=lambda: TODAY, clock=lambda: 1_700_000_000.0)
    rec.record_result(answer("how long"))
    assert rec.flush()
    with db.open("r+b") as handle:  # something scribbles over the file while the kiosk runs
        handle.write(b"\x00garbage" * 2000)
    monkeypatch.setattr(statsdb, "add_outcome", add_outcome)
    for _ in range(3):
        rec.record_result(answer("how long"))
        rec.record_feedback("driving", True)
    assert rec.flush()
    rec.record_result(answer("again"))
    assert rec.flush()
    rec.close()
    assert len(rec.moved_aside) == 1
    aside = rec.moved_aside[0]
    assert aside.name.startswith("stats.sqlite3.damaged-") and aside.exists()
    assert aside.stat().st_size > 0  # kept for staff to look at
    day = TODAY.isoformat()
    # the fresh file has every count taken since the damage; the one before it stays aside
    assert rows(db, "outcomes") == [(day, "answer", "how-long-it-lasts", 4)]
    assert rows(db, "feedback") == [(day, "driving", 1, 3)]
    found = warnings_in(caplog)
    assert len(found) == 1 and "damaged while running" in found[0].getMessage()
    assert rec.failed == 0
