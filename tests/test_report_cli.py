"""`faqbot report` end to end, by subprocess: merging kiosks, formats, purge and bad files."""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from faqbot.content.model import Entry
from faqbot.matching.results import Kind, Result
from faqbot.stats.recorder import StatsRecorder
from faqbot.stats.report import build_report
from faqbot.stats.statsdb import read_snapshot

ROOT = Path(__file__).resolve().parent.parent
LASTS = Entry("how-long-it-lasts", "How long does it last?", "About three months.")
DRIVING = Entry("driving", "Can I drive afterwards?", "Usually yes.")
TODAY = dt.date.today()
EARLIER = TODAY - dt.timedelta(days=5)
"""Far enough back that `--since 3` excludes it even if the suite runs across midnight."""


def kiosk_file(path: Path, day: dt.date, answers: list[Entry], unanswered: list[str],
               not_helpful: list[str] = ()) -> Path:  # type: ignore[assignment]
    rec = StatsRecorder(path, log_unanswered=True, today=lambda: day)
    for entry in answers:
        rec.record_result(Result(entry.question, Kind.ANSWER, entry.answer, 90.0, entry=entry))
    for text in unanswered:
        rec.record_result(Result(text, Kind.FALLBACK, "Please ask.", 10.0))
    for entry_id in not_helpful:
        rec.record_feedback(entry_id, False)
    rec.close()
    return path


@pytest.fixture
def two_kiosks(tmp_path: Path) -> tuple[Path, Path]:
    a = kiosk_file(tmp_path / "a.sqlite3", TODAY, [LASTS, LASTS, DRIVING],
                   ["where can I park my car", "is there wifi"], ["driving"])
    b = kiosk_file(tmp_path / "b.sqlite3", EARLIER, [LASTS],
                   ["is there parking near the clinic", "car park?"], ["driving", "driving"])
    return a, b


def faqbot(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "faqbot", *args], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=60)


def test_two_kiosk_files_merge_in_json(two_kiosks: tuple[Path, Path]) -> None:
    a, b = two_kiosks
    done = faqbot("report", "--db", str(a), "--db", str(b), "--format", "json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert [d["day"] for d in report["days"]] == [EARLIER.isoformat(), TODAY.isoformat()]
    assert report["total"]["questions"] == 8 and report["total"]["fallback"] == 4
    assert report["total"]["fallback_rate"] == 0.5
    assert report["top_answered"][0] == {"entry": "how-long-it-lasts", "answered": 3,
                                         "helpful": 0, "not_helpful": 0}
    assert report["not_helpful"] == [{"entry": "driving", "answered": 1, "helpful": 0,
                                      "not_helpful": 3}]
    parking = report["unanswered_groups"][0]
    assert parking["size"] == 3  # from both kiosks
    assert {e["text"] for e in parking["examples"]} == {
        "where can I park my car", "is there parking near the clinic", "car park?"}


def test_since_keeps_only_recent_days(two_kiosks: tuple[Path, Path]) -> None:
    done = faqbot("report", "--db", str(two_kiosks[0]), "--db", str(two_kiosks[1]),
                  "--since", "3", "--format", "json")
    # `--since` counts back from the clock at run time, TODAY from the clock at import: a
    # margin of days (not `--since 1`) keeps this true when the suite crosses midnight.
    report = json.loads(done.stdout)
    assert [d["day"] for d in report["days"]] == [TODAY.isoformat()]
    assert report["total"]["questions"] == 5


def test_text_is_readable_in_a_terminal(two_kiosks: tuple[Path, Path]) -> None:
    done = faqbot("report", "--db", str(two_kiosks[0]), "--db", str(two_kiosks[1]))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "Questions per day" in lines and "Top answered entries" in lines
    assert any(line.split()[:2] == ["total", "8"] for line in lines)
    assert any("3 asked" in line for line in lines)
    assert max(len(line) for line in lines) <= 100


def test_csv_has_a_table_per_section(two_kiosks: tuple[Path, Path]) -> None:
    done = faqbot("report", "--db", str(two_kiosks[0]), "--db", str(two_kiosks[1]),
                  "--format", "csv")
    rows = list(csv.reader(io.StringIO(done.stdout)))
    assert ["per_day", "total", "8", "4", "0", "4", "0", "0", "0.500"] in rows
    unanswered = [r for r in rows if r and r[0] == "unanswered"]
    assert len(unanswered) == 4 and {r[2] for r in unanswered} == {"3", "1"}


def test_purge_wipes_stored_text_and_keeps_counts(two_kiosks: tuple[Path, Path]) -> None:
    a, b = two_kiosks
    done = faqbot("report", "--purge", "--db", str(a), "--db", str(b))
    assert done.returncode == 0, done.stderr
    assert f"{a}: deleted 2 stored questions" in done.stdout
    for path in (a, b):
        with sqlite3.connect(path) as conn:
            assert conn.execute("SELECT count(*) FROM unanswered").fetchone() == (0,)
            assert conn.execute("SELECT sum(count) FROM outcomes").fetchone()[0] > 0
        assert b"park" not in path.read_bytes()  # overwritten, not just unlinked from the tree


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "no such statistics file"),
        (b"", "not a statistics file"),
        (b"garbage" * 1000, "not a statistics file"),
        (b"SQLite format 3\x00" + b"\xff" * 5000, "damaged"),
    ],
)
def test_missing_or_corrupt_file_exits_2_with_a_clear_message(
    tmp_path: Path, content: bytes | None, message: str
) -> None:
    path = tmp_path / "stats.sqlite3"
    if content is not None:
        path.write_bytes(content)
    for args in (("report", "--db", str(path)), ("report", "--purge", "--db", str(path))):
        done = faqbot(*args)
        assert done.returncode == 2
        assert message in done.stderr and str(path) in done.stderr
        assert "Traceback" not in done.stderr


def test_another_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE t (x)")
    done = faqbot("report", "--db", str(path))
    assert done.returncode == 2 and "not a faqbot statistics file" in done.stderr


def test_report_never_writes(two_kiosks: tuple[Path, Path]) -> None:
    a, _ = two_kiosks
    before = a.read_bytes()
    faqbot("report", "--db", str(a))
    assert a.read_bytes() == before


def test_bad_since_is_a_usage_error(two_kiosks: tuple[Path, Path]) -> None:
    done = faqbot("report", "--db", str(two_kiosks[0]), "--since", "-3")
    assert done.returncode == 2 and "1 or more" in done.stderr


@pytest.mark.parametrize("days", ["99999999", "36501", "1e9"])
def test_since_beyond_a_century_is_a_usage_error_not_a_crash(
    two_kiosks: tuple[Path, Path], days: str
) -> None:
    done = faqbot("report", "--db", str(two_kiosks[0]), "--since", days)
    assert done.returncode == 2 and "36500" in done.stderr and "Traceback" not in done.stderr


def test_since_a_century_is_allowed(two_kiosks: tuple[Path, Path]) -> None:
    done = faqbot("report", "--db", str(two_kiosks[0]), "--since", "36500", "--format", "json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["total"]["questions"] == 5


def test_suggestions_come_from_the_closest_entry(two_kiosks: tuple[Path, Path]) -> None:
    snapshots = [read_snapshot(p, None) for p in two_kiosks]
    scores = {"car park": ("fallback", "driving", 70.0), "is there wifi": ("fallback", None, 0.0)}

    def closest(question: str) -> tuple[str, str | None, float]:
        return scores["car park" if "park" in question else "is there wifi"]

    report = build_report(snapshots, None, closest)
    assert [g.suggestion for g in report.groups] == [
        "add as an alternate to `driving`?", "new entry needed"]


def test_suggestions_use_the_engine_on_the_given_content(tmp_path: Path) -> None:
    db = kiosk_file(tmp_path / "k.sqlite3", TODAY, [],
                    ["how long does it last", "where can i park", "is there parking"])
    done = faqbot("report", "--db", str(db), "--faq", str(ROOT / "tests/data/faq.yaml"),
                  "--format", "json")
    assert done.returncode == 0, done.stderr
    suggestions = {g["examples"][0]["text"]: g["suggestion"]
                   for g in json.loads(done.stdout)["unanswered_groups"]}
    assert suggestions == {
        "how long does it last": "now answered by `how-long-it-lasts`: check that answer fits",
        "is there parking": "new entry needed",
    }


def test_broken_content_given_with_faq_exits_2(
    tmp_path: Path, two_kiosks: tuple[Path, Path]
) -> None:
    bad = tmp_path / "faq.yaml"
    bad.write_text("version: 1\nfaqs: [\n", encoding="utf-8")
    done = faqbot("report", "--db", str(two_kiosks[0]), "--faq", str(bad))
    assert done.returncode == 2 and str(bad) in done.stderr and "Traceback" not in done.stderr


def test_report_reads_a_file_the_kiosk_is_writing(tmp_path: Path) -> None:
    db = tmp_path / "live.sqlite3"
    rec = StatsRecorder(db, today=lambda: TODAY)
    try:
        rec.record_result(Result("q", Kind.ANSWER, LASTS.answer, 90.0, entry=LASTS))
        assert rec.flush()
        done = faqbot("report", "--db", str(db), "--format", "json")
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout)["total"]["answer"] == 1
    finally:
        rec.close()


def test_csv_cells_cannot_start_a_formula(tmp_path: Path) -> None:
    db = kiosk_file(tmp_path / "k.sqlite3", TODAY, [], ["=1+1 @where -is +it"])
    done = faqbot("report", "--db", str(db), "--format", "csv")
    texts = [r[3] for r in csv.reader(io.StringIO(done.stdout)) if r and r[0] == "unanswered"]
    assert texts == ["'=[number]+[number] [email] -is +it"]


@pytest.mark.parametrize(
    ("edit", "shown"),
    [
        ("UPDATE outcomes SET count = 'abc'", "count = 'abc'"),
        ("UPDATE outcomes SET count = 1.5", "count = 1.5"),
        ("UPDATE outcomes SET count = -4", "count = -4"),
        ("UPDATE outcomes SET day = X'00ff'", "day = b'\\x00\\xff'"),
        ("UPDATE outcomes SET day = 'yesterday'", "day = 'yesterday'"),
        ("UPDATE outcomes SET ref = X'41' WHERE kind = 'answer'", "ref = b'A'"),
        ("UPDATE feedback SET count = 'zz'", "count = 'zz'"),
        ("UPDATE feedback SET helpful = 2", "helpful = 2"),
        ("UPDATE feedback SET entry = X'41'", "entry = b'A'"),
        ("UPDATE unanswered SET text = CAST(text AS BLOB)", "text = b'"),
    ],
)
def test_a_hand_edited_or_damaged_row_is_a_one_line_error(
    tmp_path: Path, edit: str, shown: str
) -> None:
    db = kiosk_file(tmp_path / "k.sqlite3", TODAY, [LASTS], ["where can I park"], ["driving"])
    with sqlite3.connect(db) as conn:
        assert conn.execute(edit).rowcount > 0
    conn.close()
    for since in ((), ("--since", "7")):
        for form in ("text", "csv", "json"):
            done = faqbot("report", "--db", str(db), "--format", form, *since)
            assert done.returncode == 2 and done.stdout == ""
            assert "Traceback" not in done.stderr and len(done.stderr.splitlines()) == 1
            assert str(db) in done.stderr and shown in done.stderr


HOSTILE_TEXT = "\x1b]0;pwned\x07where can I park\u202e\nfake line\x9b2J\u2028end"
HOSTILE_ENTRY = "lasts\x1b[2J\x1b[31m"


@pytest.fixture
def hostile_db(tmp_path: Path) -> Path:
    """A file with terminal escapes in stored text and in an entry id (written by hand: the
    kiosk's redactor never stores control characters)."""
    db = kiosk_file(tmp_path / "k.sqlite3", TODAY, [LASTS], ["where can I park"], ["driving"])
    with sqlite3.connect(db) as conn:
        conn.execute("UPDATE unanswered SET text = ?", (HOSTILE_TEXT,))
        conn.execute("UPDATE outcomes SET ref = ? WHERE kind = 'answer'", (HOSTILE_ENTRY,))
        conn.execute("UPDATE feedback SET entry = ?", (HOSTILE_ENTRY,))
    conn.close()
    return db


def test_text_format_never_sends_control_characters_to_the_terminal(hostile_db: Path) -> None:
    done = faqbot("report", "--db", str(hostile_db))
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert all(line.isprintable() for line in lines), [ln for ln in lines if not ln.isprintable()]
    assert not any(line.strip() == "fake line" for line in lines)  # no line forged by a newline
    assert any("\\x1b]0;pwned\\x07where can I park\\u202e\\nfake line" in line for line in lines)
    assert sum("lasts\\x1b[2J\\x1b[31m" in line for line in lines) == 2  # top and not helpful


def test_json_escapes_control_characters_losslessly(hostile_db: Path) -> None:
    done = faqbot("report", "--db", str(hostile_db), "--format", "json")
    assert done.returncode == 0, done.stderr
    assert all(line.isprintable() for line in done.stdout.splitlines())
    report = json.loads(done.stdout)  # still the stored data, character for character
    assert report["unanswered_groups"][0]["examples"][0]["text"] == HOSTILE_TEXT
    assert report["top_answered"][0]["entry"] == HOSTILE_ENTRY


def test_csv_keeps_stored_text_as_data(hostile_db: Path) -> None:
    done = faqbot("report", "--db", str(hostile_db), "--format", "csv")
    assert done.returncode == 0, done.stderr
    rows = list(csv.reader(io.StringIO(done.stdout)))
    assert [r[3] for r in rows if r and r[0] == "unanswered"] == [HOSTILE_TEXT]
