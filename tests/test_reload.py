"""`ContentReloader` without a running app: when a changed file is judged, what is kept, what
the staff log says. (The Pilot tests in test_publish_kiosk.py check the same through the kiosk.)"""

from __future__ import annotations

import gc
import logging
from pathlib import Path

import pytest
from content_files import FIXTURE as DATA
from content_files import copy_of_fixture, write

from faqbot.content.model import Faq
from faqbot.evaluation.publish import vet_file
from faqbot.evaluation.vetting import Vetting
from faqbot.kiosk.reload import ContentReloader, Vetted, file_stamp
from faqbot.matching.engine import Engine

TEXT = DATA.read_text(encoding="utf-8")


class Lines(logging.Handler):
    """Keeps every staff-log message."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


@pytest.fixture
def log() -> tuple[logging.Logger, Lines]:
    logger = logging.Logger("test-reload")
    lines = Lines()
    logger.addHandler(lines)
    return logger, lines


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return copy_of_fixture(tmp_path)



def reloader(path: Path, log: tuple[logging.Logger, Lines], settle: float = 0.0) -> ContentReloader:
    return ContentReloader(lambda running: vet_file(path, running), path, settle, log[0])


def test_nothing_is_due_until_the_file_changes_and_then_keeps_still(path, log, faq) -> None:
    watch = reloader(path, log)
    assert watch.due() is None  # unchanged since start
    write(path, TEXT.replace("title: Botox for stiff muscles", "title: New"), 7)
    assert watch.due() is None  # first seen changed: wait for it to keep still
    stamp = watch.due()
    assert stamp == file_stamp(path) and watch.vetting
    assert watch.due() is None  # one judging at a time


def test_a_file_that_keeps_changing_is_never_due(path, log) -> None:
    watch = reloader(path, log, settle=60.0)
    for n in range(3):
        write(path, TEXT + f"# edit {n}\n", 10 + n)
        assert watch.due() is None
        assert watch.due() is None  # still, but not for 60 s
    assert not watch.vetting


def test_no_vet_means_no_watching(path, log) -> None:
    watch = ContentReloader(None, path, 0.0, log[0])
    write(path, TEXT + "# edit\n", 5)
    assert watch.due() is None and watch.due() is None


def test_accepted_content_waits_and_is_published_once(path, log, faq: Faq) -> None:
    watch, running = reloader(path, log), Engine(faq)
    write(path, TEXT.replace("title: Botox for stiff muscles", "title: New"), 7)
    watch.due()
    stamp = watch.due()
    assert stamp is not None
    assert watch.judged(watch.judge(stamp, running), running) is True
    assert not watch.vetting and watch.pending is not None
    engine = watch.publish()
    assert engine is not None and engine.faq.title == "New" and isinstance(engine, Engine)
    assert watch.publish() is None and watch.pending is None
    assert log[1].lines[-1].startswith(f"content reloaded from {path} (")
    assert watch.due() is None  # the judged file is not judged again


def test_a_refused_file_keeps_nothing_and_logs_every_reason(path, log, faq: Faq) -> None:
    watch, running = reloader(path, log), Engine(faq)
    write(path, TEXT[: TEXT.index("urgent:\n")] + TEXT[TEXT.index("refer:\n"):], 9)
    watch.due()
    stamp = watch.due()
    assert stamp is not None
    assert watch.judged(watch.judge(stamp, running), running) is False
    assert watch.pending is None and not watch.vetting
    (line,) = log[1].lines
    assert line.startswith(
        f"content file changed but was refused; keeping the old content ({len(faq.faqs)} entries)"
    )
    assert "  - the file has no `urgent` rules" in line


def test_a_file_written_again_while_judged_waits_to_be_judged_again(path, log, faq) -> None:
    watch, running = reloader(path, log), Engine(faq)
    write(path, TEXT + "# one\n", 3)
    watch.due()
    stamp = watch.due()
    assert stamp is not None
    verdict = watch.judge(stamp, running)
    write(path, TEXT + "# two\n", 4)
    assert watch.judged(verdict, running) is False and watch.pending is None
    assert log[1].lines == ["content file changed again while being checked; waiting"]
    assert watch.due() is None  # the newer file gets its own turn once it keeps still
    assert watch.due() == file_stamp(path)


def test_a_crash_while_judging_is_a_refusal_with_its_reason(path, log, faq) -> None:
    def broken(running: Faq) -> Vetting:
        raise RuntimeError("gate exploded")

    watch, running = ContentReloader(broken, path, 0.0, log[0]), Engine(faq)
    write(path, TEXT + "# edit\n", 5)
    watch.due()
    stamp = watch.due()
    assert stamp is not None
    verdict = watch.judge(stamp, running)
    assert gc.isenabled()  # paused only while judging
    assert verdict == Vetted(
        stamp, Vetting(None, ("it could not be checked: RuntimeError: gate exploded",)), None
    )
    assert watch.judged(verdict, running) is False
    assert log[1].lines[0] == "checking the changed content file failed"


def test_a_cancelled_worker_ends_the_judging(path, log, faq) -> None:
    watch = reloader(path, log)
    write(path, TEXT + "# edit\n", 5)
    watch.due()
    assert watch.due() is not None and watch.vetting
    assert watch.judged(None, Engine(faq)) is False
    assert not watch.vetting and log[1].lines == []
