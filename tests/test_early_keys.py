"""Keys typed before the kiosk's first frame (a restart while a patient types) keep their order,
Enter included: the question typed is asked, not left in the box.

Before Textual switches the terminal to raw mode, the terminal reads keys in cooked mode and
turns Enter (carriage return) into a line feed, which Textual reports as ctrl+j."""

from __future__ import annotations

from kiosk_helpers import kiosk, wait_until
from textual.widgets import Input

SIZE = (80, 24)


async def test_enter_read_as_a_line_feed_asks_the_question(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press(*"how long wil it lastx", "backspace", "ctrl+j")
        assert await wait_until(pilot, lambda: app.view_kind == "answer")
        assert app.current is not None and app.current.question == "how long wil it last"
        assert kiosk(app).query_one("#question", Input).value == ""


async def test_a_line_feed_with_nothing_typed_does_nothing(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+j")
        await pilot.pause(0.1)
        assert app.view_kind == "start"
