"""The kiosk's statistics options, and a kiosk session ending up in the statistics file."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

import pytest

from faqbot.cli import build_parser, main
from faqbot.commands.kiosk import _LentRecorder, make_recorder
from faqbot.content.model import Faq
from faqbot.stats.recorder import StatsRecorder
from faqbot.stats.recording import NullRecorder

SIZE = (80, 24)


def kiosk_args(*argv: str):  # type: ignore[no-untyped-def]
    return build_parser().parse_args(["kiosk", *argv])


def test_flags_configure_the_recorder(tmp_path: Path, faq: Faq) -> None:
    args = kiosk_args("--stats-db", str(tmp_path / "s.sqlite3"), "--log-unanswered",
                      "--retention-days", "7")
    recorder = make_recorder(args, logging.getLogger("test"), faq)
    try:
        assert isinstance(recorder, StatsRecorder)
        assert recorder.path == tmp_path / "s.sqlite3"
        assert recorder.log_unanswered and recorder.retention_days == 7
    finally:
        recorder.close()


def test_defaults_count_only_at_the_documented_path(
    tmp_path: Path, faq: Faq, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("FAQBOT_STATS_DB", "FAQBOT_LOG_UNANSWERED", "FAQBOT_RETENTION_DAYS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    recorder = make_recorder(kiosk_args(), logging.getLogger("test"), faq)
    try:
        assert isinstance(recorder, StatsRecorder)
        assert recorder.path == tmp_path / "faqbot" / "stats.sqlite3"
        assert not recorder.log_unanswered and recorder.retention_days == 30
    finally:
        recorder.close()


def test_environment_equivalents(
    tmp_path: Path, faq: Faq, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("FAQBOT_STATS_DB", str(tmp_path / "env.sqlite3"))
    monkeypatch.setenv("FAQBOT_LOG_UNANSWERED", "yes")
    monkeypatch.setenv("FAQBOT_RETENTION_DAYS", "3")
    recorder = make_recorder(kiosk_args(), logging.getLogger("test"), faq)
    try:
        assert isinstance(recorder, StatsRecorder)
        assert recorder.path == tmp_path / "env.sqlite3"
        assert recorder.log_unanswered and recorder.retention_days == 3
    finally:
        recorder.close()


def test_no_stats_records_nothing(faq: Faq) -> None:
    assert isinstance(make_recorder(kiosk_args("--no-stats"), logging.getLogger("t"), faq),
                      NullRecorder)


@pytest.mark.parametrize("days", ["0", "-1", "soon"])
def test_bad_retention_is_refused_before_the_ui(
    days: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--retention-days", days])
    assert exited.value.code == 2
    assert "--retention-days" in capsys.readouterr().err
    monkeypatch.setenv("FAQBOT_RETENTION_DAYS", days)
    with pytest.raises(SystemExit) as exited:
        main([])
    assert exited.value.code == 2
    assert "FAQBOT_RETENTION_DAYS" in capsys.readouterr().err


def test_an_app_closing_its_recorder_does_not_stop_the_next_app(tmp_path: Path) -> None:
    real = StatsRecorder(tmp_path / "s.sqlite3")
    _LentRecorder(real).close()  # what FaqApp.on_unmount does
    _LentRecorder(real).record_feedback("how-long-it-lasts", True)
    assert real.flush()
    real.close()
    with sqlite3.connect(tmp_path / "s.sqlite3") as conn:
        assert conn.execute("SELECT entry, helpful, count FROM feedback").fetchall() == [
            ("how-long-it-lasts", 1, 1)]


async def test_a_kiosk_session_lands_in_the_file(  # type: ignore[no-untyped-def]
    make_app, faq: Faq, tmp_path: Path
) -> None:
    from faqbot.stats.redact import content_vocabulary

    db = tmp_path / "s.sqlite3"
    recorder = StatsRecorder(db, log_unanswered=True, vocabulary=content_vocabulary(faq))
    app = make_app(recorder=recorder)
    async with app.run_test(size=SIZE) as pilot:
        for text in ("how long will it last", "where can I buy a zebra, Sarah 07700 900123"):
            await pilot.click("#question")
            await pilot.press(*text, "enter")
            await pilot.pause()
    recorder.close()  # idempotent: the app closed it on unmount already
    with sqlite3.connect(db) as conn:
        kinds = dict(conn.execute("SELECT kind, sum(count) FROM outcomes GROUP BY kind"))
        texts = [t for (t,) in conn.execute("SELECT text FROM unanswered")]
    assert kinds == {"answer": 1, "fallback": 1}
    assert texts == ["where can I buy a [word], [name] [phone]"]
