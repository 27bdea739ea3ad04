"""Helpers for the kiosk's Pilot tests: find what the app shows, by state rather than pixels."""

from __future__ import annotations

from textual.app import App
from textual.widget import Widget
from textual.widgets import Button, Input

from faqbot.screens import KioskScreen


def widget_text(widget: Widget) -> str:
    """Everything a widget could show: its rendered text, a button label, an input's value."""
    parts: list[str] = []
    if isinstance(widget, Input):
        parts.append(widget.value)
    if isinstance(widget, Button):
        parts.append(widget.label.plain)
    rendered = widget.render()
    parts.append(getattr(rendered, "plain", None) or str(rendered))
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
