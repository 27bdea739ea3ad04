"""The staff PIN gate, PIN sources and the staff log (no UI)."""

from __future__ import annotations

from pathlib import Path

import pytest

from faqbot.kiosk import staff
from faqbot.kiosk.staff import PinGate


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_right_pin_opens_and_clears_failures():
    gate = PinGate("2468", clock=Clock())
    assert not gate.check("1111")
    assert gate.check("2468")
    assert gate.failures == 0 and gate.wait_seconds() == 0


def test_repeated_wrong_pins_wait_longer_each_time():
    clock = Clock()
    gate = PinGate("2468", clock=clock, max_delay=8)
    assert not gate.check("0000")
    assert gate.wait_seconds() == 0  # one slip is free
    waits = []
    for _ in range(5):
        assert not gate.check("0000")
        waits.append(gate.wait_seconds())
        clock.now += waits[-1]
    assert waits == [1, 2, 4, 8, 8]


def test_even_the_right_pin_is_refused_during_the_wait():
    clock = Clock()
    gate = PinGate("2468", clock=clock)
    gate.check("0")
    gate.check("0")
    assert not gate.check("2468")
    clock.now += gate.wait_seconds()
    assert gate.check("2468")


def test_no_pin_never_opens():
    gate = PinGate(None)
    assert not gate.available
    assert not gate.check("")


def test_pin_from_environment_beats_the_file(tmp_path, monkeypatch):
    pin_file = tmp_path / "staff-pin"
    pin_file.write_text("1357\nsecond line\n")
    monkeypatch.delenv(staff.ENV_PIN, raising=False)
    assert staff.read_pin(pin_file) == "1357"
    monkeypatch.setenv(staff.ENV_PIN, " 9999 ")
    assert staff.read_pin(pin_file) == "9999"


@pytest.mark.parametrize("content", [None, "", "\n  \n"])
def test_missing_or_empty_pin_file_means_no_pin(tmp_path, monkeypatch, content):
    monkeypatch.delenv(staff.ENV_PIN, raising=False)
    pin_file = tmp_path / "staff-pin"
    if content is not None:
        pin_file.write_text(content)
    assert staff.read_pin(pin_file) is None


def test_default_paths_follow_xdg(monkeypatch, tmp_path):
    monkeypatch.delenv(staff.ENV_LOG, raising=False)
    monkeypatch.delenv(staff.ENV_PIN_FILE, raising=False)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert staff.default_log_path() == tmp_path / "state" / "faqbot" / "kiosk.log"
    assert staff.default_pin_file() == tmp_path / "config" / "faqbot" / "staff-pin"
    monkeypatch.setenv(staff.ENV_LOG, str(tmp_path / "elsewhere.log"))
    assert staff.default_log_path() == tmp_path / "elsewhere.log"


def test_unwritable_log_reports_a_problem_but_still_logs(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    logger, problem = staff.open_staff_log(blocker / "sub" / "kiosk.log")
    assert problem is not None and "cannot write the staff log" in problem
    logger.error("still fine")  # must not raise


def test_log_is_written(tmp_path):
    path: Path = tmp_path / "deep" / "kiosk.log"
    logger, problem = staff.open_staff_log(path)
    logger.warning("hello staff")
    staff.close_staff_log(logger)
    assert problem is None and "hello staff" in path.read_text()
