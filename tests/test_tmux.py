"""The kiosk in a real terminal (tmux): typed keys, the kiosk lock and staff exit, end to end.

Pilot tests send key events straight to Textual; only a real terminal shows whether ctrl+c,
ctrl+z and ctrl+\\ reach the app as keys instead of signals that stop or suspend it.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from faqbot.content.loader import load_faq
from faqbot.kiosk.widgets import UrgentAlert

ROOT = Path(__file__).resolve().parent.parent
FAQ = Path(__file__).parent / "data" / "faq.yaml"
PIN = "8642"

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


SOCKET = f"faqbot-test-{uuid.uuid4().hex[:8]}"
"""A private tmux server for these tests: no interference with anyone's sessions."""


def tmux(*args: str) -> str:
    done = subprocess.run(
        ["tmux", "-L", SOCKET, "-f", "/dev/null", *args], capture_output=True, text=True, timeout=10
    )
    return done.stdout


@pytest.fixture(scope="module", autouse=True)
def tmux_server() -> Iterator[None]:
    # A placeholder session keeps the private server alive between tests.
    tmux("new-session", "-d", "-s", "keepalive", "-x", "80", "-y", "24", "sleep 600")
    yield
    tmux("kill-server")


def wait_for(condition: Callable[[], bool], timeout: float = 15.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


class Kiosk:
    def __init__(self, session: str, log: Path) -> None:
        self.session = session
        self.log = log

    def screen(self) -> str:
        # Join wrapped lines so phrases split across lines still match.
        return " ".join(tmux("capture-pane", "-p", "-J", "-t", self.session).split())

    def keys(self, *keys: str, literal: bool = False) -> None:
        tmux("send-keys", "-t", self.session, *(["-l"] if literal else []), *keys)

    def exit_status(self) -> str:
        """The process's exit status once it has ended, else ""."""
        return tmux("display-message", "-p", "-t", self.session, "#{pane_dead_status}").strip()

    def alive(self) -> bool:
        return tmux("display-message", "-p", "-t", self.session, "#{pane_dead}").strip() == "0"


@pytest.fixture
def kiosk(tmp_path: Path) -> Iterator[Kiosk]:
    with run_kiosk(tmp_path, FAQ) as running:
        yield running


@pytest.fixture
def quick_idle_kiosk(tmp_path: Path) -> Iterator[Kiosk]:
    """A kiosk whose idle reset comes after 3 s of no keys and a 2 s countdown."""
    with run_kiosk(tmp_path, FAQ, "--idle-timeout 3 --idle-countdown 2") as running:
        yield running


@contextlib.contextmanager
def run_kiosk(tmp_path: Path, faq: Path, options: str = "") -> Iterator[Kiosk]:
    """Start `faqbot` on `faq` in a fresh tmux session; yield it once its screen is up."""
    session = f"faqbot-test-{uuid.uuid4().hex[:8]}"
    env = {
        "PYTHONPATH": str(ROOT),
        "FAQBOT_STAFF_PIN": PIN,
        "FAQBOT_LOG": str(tmp_path / "kiosk.log"),
        "XDG_STATE_HOME": str(tmp_path / "state"),  # statistics stay out of the real home
        "TERM": "xterm-256color",
    }
    exports = " ".join(f"{k}='{v}'" for k, v in env.items())
    command = f"cd '{ROOT}' && env {exports} '{sys.executable}' -m faqbot --faq '{faq}' {options}"
    tmux("new-session", "-d", "-s", session, "-x", "80", "-y", "24", command)
    tmux("set-option", "-t", session, "remain-on-exit", "on")
    kiosk = Kiosk(session, tmp_path / "kiosk.log")
    try:
        assert wait_for(lambda: "Type your question" in kiosk.screen()), kiosk.screen()
        yield kiosk
    finally:
        tmux("kill-session", "-t", session)


def test_question_with_typos_shows_the_answer(kiosk: Kiosk) -> None:
    answer = load_faq(FAQ).entry("can-i-drive").answer
    kiosk.keys("can i drvie afterwards", literal=True)
    kiosk.keys("Enter")
    assert wait_for(lambda: "You asked: Can I drive afterwards?" in kiosk.screen()), kiosk.screen()
    assert " ".join(answer.split()[:8]) in kiosk.screen()


def test_urgent_alert_idle_reset_leaves_no_words_and_the_next_patient_is_answered(
    quick_idle_kiosk: Kiosk,
) -> None:
    """Issue 9: after the idle reset the urgent alert's screen holds none of the question's
    words, typing works, and staff find in the log that nobody acknowledged the alert."""
    kiosk = quick_idle_kiosk
    question = "my husband cant breathe properly tonight"
    words = question.split()[1:]  # ("my" is on the start screen anyway)
    start = kiosk.screen().lower()
    assert not [w for w in words if w in start], start
    kiosk.keys(question, literal=True)
    kiosk.keys("Enter")
    assert wait_for(lambda: "Please read this now" in kiosk.screen()), kiosk.screen()
    assert f"You asked: {question}" in kiosk.screen()
    kiosk.keys("Enter")  # a stray Enter does not dismiss it
    time.sleep(0.5)
    assert "Please read this now" in kiosk.screen()
    assert wait_for(lambda: "Are you still there?" in kiosk.screen()), kiosk.screen()
    assert wait_for(lambda: "An urgent message was showing here" in kiosk.screen(), 20)
    shown = kiosk.screen().lower()
    assert "Please read this now".lower() not in shown
    assert [w for w in words if w in shown] == [], shown
    assert "type your question" in shown
    answer = load_faq(FAQ).entry("can-i-drive").answer
    kiosk.keys("can i drvie afterwards", literal=True)
    kiosk.keys("Enter")
    assert wait_for(lambda: "You asked: Can I drive afterwards?" in kiosk.screen()), kiosk.screen()
    assert " ".join(answer.split()[:8]) in kiosk.screen()
    log = kiosk.log.read_text()
    assert "urgent alert shown (rule breathing-or-swallowing)" in log
    assert "urgent alert reset unacknowledged (rule breathing-or-swallowing)" in log
    assert "husband" not in log


def test_kiosk_keys_leave_it_running_and_staff_exit_needs_the_pin(kiosk: Kiosk) -> None:
    kiosk.keys("hwo long wil it last", literal=True)
    kiosk.keys("Enter")
    assert wait_for(lambda: "You asked: How long does Botox last?" in kiosk.screen())
    for key in ("C-c", "C-q", "C-z", "C-\\", "C-p", "F1", "F10"):
        kiosk.keys(key)
        time.sleep(0.4)
        assert kiosk.alive(), key
        assert "You asked: How long does Botox last?" in kiosk.screen(), key
    kiosk.keys("C-]")
    assert wait_for(lambda: "Staff exit" in kiosk.screen())
    kiosk.keys("0000", literal=True)
    kiosk.keys("Enter")
    assert wait_for(lambda: "Staff exit" not in kiosk.screen())
    assert kiosk.alive() and "Type your question" in kiosk.screen()
    kiosk.keys("C-]")
    assert wait_for(lambda: "Staff exit" in kiosk.screen())
    kiosk.keys(PIN, literal=True)
    kiosk.keys("Enter")
    # tmux may mark the pane dead before it has reaped the process (and knows its status).
    assert wait_for(lambda: not kiosk.alive()), kiosk.screen()
    assert wait_for(lambda: "staff exit with the right PIN" in kiosk.log.read_text())
    status = kiosk.exit_status()
    assert status in ("", "0"), status


def test_without_a_pin_the_kiosk_warns_and_still_starts(tmp_path: Path) -> None:
    session = f"faqbot-test-{uuid.uuid4().hex[:8]}"
    err = tmp_path / "stderr.txt"
    command = f"'{sys.executable}' -m faqbot --faq '{FAQ}' 2>'{err}'"
    tmux(
        "new-session",
        "-d",
        "-s",
        session,
        "-x",
        "80",
        "-y",
        "24",
        "-e",
        f"PYTHONPATH={ROOT}",
        "-e",
        f"FAQBOT_LOG={tmp_path / 'kiosk.log'}",
        "-e",
        f"XDG_CONFIG_HOME={tmp_path / 'config'}",
        "-e",
        f"XDG_STATE_HOME={tmp_path / 'state'}",
        "-e",
        "FAQBOT_STAFF_PIN=",
        f"cd '{ROOT}' && {command}",
    )
    try:
        assert wait_for(
            lambda: "no staff PIN is configured" in err.read_text() if err.exists() else False
        )
        assert "FAQBOT_STAFF_PIN" in err.read_text()
        assert wait_for(
            lambda: (
                "no staff PIN configured" in (tmp_path / "kiosk.log").read_text()
                if (tmp_path / "kiosk.log").exists()
                else False
            )
        )
    finally:
        tmux("kill-session", "-t", session)


def test_bad_content_written_while_the_kiosk_runs_is_refused_with_its_reason(
    tmp_path: Path,
) -> None:
    """A truncated file, one without urgent rules and a half-deleted one replace the live file
    while the kiosk runs: patients keep the old answers whole; the log names each reason."""
    import re

    live = tmp_path / "faq.yaml"
    text = FAQ.read_text(encoding="utf-8")
    live.write_text(text, encoding="utf-8")
    head, _, body = text.partition("faqs:\n")
    bad_files = [
        (text[: text.index("from hours to") + len("from hours to")] + "\n",
         "the answer of 'can-i-drive' now stops mid-sentence"),
        (text[: text.index("urgent:\n")] + text[text.index("refer:\n"):],
         "the file has no `urgent` rules"),
        (head + "faqs:\n" + "\n".join(re.split(r"\n(?=  - id: )", body)[::2]) + "\n",
         "4 of 8 entries would disappear"),
    ]
    answer_end = " ".join(load_faq(FAQ).entry("can-i-drive").answer.split()[-8:])
    with run_kiosk(tmp_path, live) as kiosk:
        for bad, reason in bad_files:
            live.write_text(bad, encoding="utf-8")
            assert wait_for(lambda r=reason: r in kiosk.log.read_text()), reason
            kiosk.keys("can i drive afterwards", literal=True)
            kiosk.keys("Enter")
            assert wait_for(lambda: "You asked: Can I drive afterwards?" in kiosk.screen())
            shown = " ".join(kiosk.screen().replace("\u2588", " ").split())  # no scrollbar
            assert answer_end in shown, shown  # the old answer, whole
            kiosk.keys("Escape")
            assert wait_for(lambda: "Type your question" in kiosk.screen())
            kiosk.keys("i cant breathe", literal=True)
            kiosk.keys("Enter")
            assert wait_for(lambda: "Please tell a staff member right now" in kiosk.screen())
            time.sleep(UrgentAlert.ACK_DELAY + 0.5)  # "I understand" works only after a moment
            kiosk.keys("Tab")  # to "I understand"
            time.sleep(0.3)
            kiosk.keys("Enter")
            assert wait_for(lambda: "I understand" not in kiosk.screen()), kiosk.screen()
        log = kiosk.log.read_text()
        assert log.count("content file changed but was refused") == 3, log
        assert "content reloaded" not in log
        live.write_text(text.replace("title: Botox for stiff muscles", "title: Fresh title"),
                        encoding="utf-8")
        assert wait_for(lambda: "Fresh title" in kiosk.screen()), kiosk.screen()
        assert kiosk.alive()


def test_keys_typed_before_the_first_frame_keep_their_order_and_their_enter(
    tmp_path: Path,
) -> None:
    """A patient typing while the kiosk (re)starts: the keys reach the terminal before Textual
    has set raw mode, so Enter arrives as a line feed; the question must still be asked."""
    session = f"faqbot-test-{uuid.uuid4().hex[:8]}"
    env = (f"FAQBOT_STAFF_PIN={PIN} FAQBOT_LOG='{tmp_path / 'kiosk.log'}' "
           f"XDG_STATE_HOME='{tmp_path / 'state'}' PYTHONPATH='{ROOT}' TERM=xterm-256color")
    command = f"cd '{ROOT}' && env {env} '{sys.executable}' -m faqbot --faq '{FAQ}'"
    tmux("new-session", "-d", "-s", session, "-x", "80", "-y", "24", command)
    kiosk = Kiosk(session, tmp_path / "kiosk.log")
    try:
        kiosk.keys("can i drvie afterwards", literal=True)  # before the first frame
        kiosk.keys("Enter")
        assert wait_for(lambda: "You asked: Can I drive afterwards?" in kiosk.screen()), (
            kiosk.screen())
        assert "Type your question" in kiosk.screen()  # the box is empty again
    finally:
        tmux("kill-session", "-t", session)
