"""Helpers for the kiosk's Pilot tests: find what the app shows, by state rather than pixels."""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.widget import Widget
from textual.widgets import Button, Input

from faqbot.kiosk.app import FaqApp
from faqbot.kiosk.screens import KioskScreen
from faqbot.matching.results import Candidate, Kind, Result


def widget_text(widget: Widget) -> str:
    """Everything a widget could show: its rendered text, a button label, an input's value."""
    parts: list[str] = []
    if isinstance(widget, Input):
        parts.append(widget.value)
    if isinstance(widget, Button):
        parts.append(widget.label.plain)
    rendered = widget.render()
    if isinstance(rendered, str):
        parts.append(rendered)
    elif hasattr(rendered, "plain"):
        parts.append(rendered.plain)
    return "\n".join(parts)


def all_text(app: App[object]) -> str:
    """The text of every widget on every screen in the stack, shown or hidden."""
    chunks = []
    for screen in app.screen_stack:
        for widget in screen.walk_children(with_self=True):
            chunks.append(widget_text(widget))
    return "\n".join(chunks)


def kiosk(app: App[object]) -> KioskScreen:
    screen = app.screen
    assert isinstance(screen, KioskScreen), f"expected the kiosk screen, got {screen!r}"
    return screen


def view_text(app: App[object], selector: str) -> str:
    return widget_text(kiosk(app).query_one(selector))


class ListRecorder:
    """Remembers what the kiosk recorded."""

    def __init__(self) -> None:
        self.results: list[Any] = []
        self.feedback: list[tuple[str, bool]] = []
        self.closed = False

    def record_result(self, result: Any) -> None:
        self.results.append(result)

    def record_feedback(self, entry_id: str, helpful: bool) -> None:
        self.feedback.append((entry_id, helpful))

    def close(self) -> None:
        self.closed = True


CLARIFY_Q = "how long"
"""The question `script_clarify` turns into a "Did you mean...?"."""


def script_clarify(
    app: FaqApp,
    first: str = "how-long-it-lasts",
    second: str | None = "when-it-starts-working",
) -> Result:
    """Make `app.engine` answer CLARIFY_Q with a clarify between two fixture entries (one
    when `second` is None: "Did you mean...?" Yes / No).

    Which real question the engine finds ambiguous shifts as matching is tuned; the kiosk's
    job is to show whatever clarify result it gets, so its tests script one.
    """
    faq = app.engine.faq
    entries = [faq.entry(first)] + ([faq.entry(second)] if second is not None else [])
    candidates = tuple(Candidate(entry, 60.0, entry.question) for entry in entries)
    result = Result(
        question=CLARIFY_Q,
        kind=Kind.CLARIFY,
        text="Did you mean...?",
        score=60.0,
        candidates=candidates,
    )
    real_ask = app.engine.ask

    def ask(question: str) -> Result:
        return result if question == CLARIFY_Q else real_ask(question)

    app.engine.ask = ask  # type: ignore[method-assign]
    return result


async def wait_until(pilot: Any, condition: Any, timeout: float = 5.0) -> bool:
    """Pause in small steps until `condition()` holds (timers run meanwhile); False on timeout."""
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        await pilot.pause(0.05)
    return bool(condition())


def contrast(first: Any, second: Any) -> float:
    """WCAG contrast ratio of two `textual.color.Color`s (1 to 21)."""

    def luminance(color: Any) -> float:
        def channel(value: int) -> float:
            c = value / 255
            return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

        return 0.2126 * channel(color.r) + 0.7152 * channel(color.g) + 0.0722 * channel(color.b)

    high, low = sorted((luminance(first), luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def in_16_colours(color: Any) -> int:
    """The colour number (0-15) a 16-colour terminal shows for a `textual.color.Color`."""
    from rich.color import ColorSystem

    number = color.rich_color.downgrade(ColorSystem.STANDARD).number
    assert number is not None
    return int(number)
