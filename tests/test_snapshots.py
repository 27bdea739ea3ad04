"""How the kiosk looks at its real terminal size (80x24); update only after reading the report."""

from __future__ import annotations

from kiosk_helpers import CLARIFY_Q, kiosk, script_clarify, wait_until
from textual.widgets import Input

from faqbot.kiosk.widgets import UrgentAlert

SIZE = (80, 24)


async def _steady(pilot) -> None:  # type: ignore[no-untyped-def]
    """No blinking cursor, so every run renders the same frame."""
    for box in kiosk(pilot.app).query(Input):
        box.cursor_blink = False
    await pilot.pause()


async def _ask(pilot, question: str) -> None:  # type: ignore[no-untyped-def]
    await _steady(pilot)
    await pilot.press(*question, "enter")
    await _steady(pilot)  # the answer view re-focuses the box


def test_start_screen(make_app, snap_compare):
    """Start: title, disclaimer, sample note, question box, topics, common questions."""
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=_steady)


def test_answer_screen(make_app, snap_compare):
    """Answer: "You asked", the answer word for word, helpful buttons, related questions."""

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await _ask(pilot, "how long will it last")

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)


def test_clarify_screen(make_app, snap_compare):
    """Clarify: "Did you mean…?" with the candidates and "None of these"."""

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await _ask(pilot, CLARIFY_Q)

    app = make_app()
    script_clarify(app)
    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_one_candidate_clarify_screen(make_app, snap_compare):
    """Issue 10: one plausible entry is "Did you mean: ...?" with Yes / No side by side."""

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await _ask(pilot, CLARIFY_Q)

    app = make_app()
    script_clarify(app, "how-long-it-lasts", None)
    assert snap_compare(app, terminal_size=SIZE, run_before=run_before)


def test_fallback_screen(make_app, snap_compare):
    """Fallback: the file's fallback text, set apart, and the topics to browse."""

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await _ask(pilot, "where can I buy a zebra")

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)


def test_urgent_check_screen(make_app, snap_compare):
    """The urgent check: the question, the red flags in plain words, Yes and No."""

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await _ask(pilot, "my words come out mushy")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)


def test_urgent_screen(make_app, snap_compare, monkeypatch):
    """Urgent: a full-width alert with one button to acknowledge it (once it is enabled)."""
    monkeypatch.setattr(UrgentAlert, "ACK_DELAY", 0.0)

    async def run_before(pilot) -> None:  # type: ignore[no-untyped-def]
        await _ask(pilot, "I have trouble breathing")
        button = kiosk(pilot.app).query_one("#acknowledge")
        assert await wait_until(pilot, lambda: not button.disabled)
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=run_before)
