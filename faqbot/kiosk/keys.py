"""Provides `KioskKeys`: what each key does on the kiosk's screen, wherever the focus is.

The keys need their own place because their rules are subtle and depend on one another: a digit
is typed, picks a suggestion or presses a numbered button depending on what moved last; Esc steps
back but never closes the urgent alert; typing always reaches the question box. `KioskScreen`
(`faqbot.kiosk.screens`) inherits these bindings and actions and supplies what the keys act on:
the view, its history and the patient's actions.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual import events
from textual.actions import SkipAction
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Input

from faqbot.kiosk.guard import guarded
from faqbot.kiosk.widgets import Choice, Suggestions

if TYPE_CHECKING:
    from faqbot.kiosk.host import KioskHost
    from faqbot.kiosk.views import View


class KioskKeys(Screen[None]):
    """The kiosk screen's key bindings and actions (the screen itself is `KioskScreen`)."""

    BINDINGS = [
        Binding("escape", "back", "Back", priority=True),
        Binding("up", "move(-1)", "Previous", show=False),
        Binding("down", "move(1)", "Next", show=False),
        Binding("pageup", "page(-1)", "Scroll up", show=False, priority=True),
        Binding("pagedown", "page(1)", "Scroll down", show=False, priority=True),
        *(Binding(str(n), f"number({n})", show=False, priority=True) for n in range(1, 10)),
    ]
    """Esc goes one step back; arrows move through suggestions or buttons; 1-9 pick choices;
    PageUp/PageDown scroll the view wherever the focus is."""

    view: View
    """What the main area shows now."""
    history: list[View]
    """The views Esc goes back to, oldest first."""

    if TYPE_CHECKING:  # supplied by KioskScreen: what the keys act on

        async def pick_entry(self, entry_id: str) -> None: ...
        async def activate(self, choice: Choice) -> None: ...
        async def show(self, view: View, *, remember: bool = True) -> None: ...
        def refresh_hints(self) -> None: ...

    @property
    def kiosk(self) -> KioskHost:
        # Textual types `self.app` as App[object]; this screen only runs inside FaqApp, which
        # fits `KioskHost` (checked by mypy in faqbot.kiosk.app; importing FaqApp here would
        # make the two modules import each other).
        return cast("KioskHost", self.app)

    @guarded
    def on_key(self, event: events.Key) -> None:
        """Typing while a button has focus goes to the question box (no need to click it).
        Typing during the urgent alert takes the focus off "I understand": a patient who types
        a question there and presses Enter must not dismiss the alert without meaning to."""
        box = self.query_one("#question", Input)
        if not (event.is_printable and event.character) or self.focused is box:
            return
        event.stop()
        if box.disabled:
            self.set_focus(None)
            return
        box.focus()
        box.insert_text_at_cursor(event.character)

    @guarded
    async def action_back(self) -> None:
        """One step back toward the start: clear typing first, then previous views."""
        box = self.query_one("#question", Input)
        if self.view.kind == "urgent":
            return  # the alert stays until someone presses "I understand"
        if box.value:
            box.value = ""
        elif self.history:
            await self.show(self.history.pop(), remember=False)
        box.focus()

    @guarded
    def action_move(self, step: int) -> None:
        suggestions = self.query_one(Suggestions)
        if self.focused is self.query_one("#question") and suggestions.entries:
            suggestions.move(step)
            self.refresh_hints()
        elif step > 0:
            self.focus_next()
        else:
            self.focus_previous()

    @guarded
    def action_page(self, step: int) -> None:
        """Scroll the view a page (less two lines, to keep the reader's place) up or down."""
        if self.has_class("-typing"):
            return  # the suggestions cover the view
        area = self.query_one("#view", VerticalScroll)
        page = max(1, area.scrollable_content_region.height - 2)
        area.scroll_relative(y=step * page, animate=False)

    @guarded
    async def action_number(self, number: int) -> None:
        """Pick suggestion N once the patient has moved into the suggestions with up/down, else
        numbered choice N when not typing. Until then a digit is typed: questions have numbers
        in them ("is it normal after 3 days")."""
        suggestions = self.query_one(Suggestions)
        box = self.query_one("#question", Input)
        if suggestions.entries:
            if suggestions.highlighted is None:
                raise SkipAction()
            picked = suggestions.entry_at(number)
            if picked is None:
                raise SkipAction()
            await self.pick_entry(picked.id)
            return
        if self.focused is box and (box.value or self.kiosk.typing_burst()):
            raise SkipAction()
        for choice in self.query_one("#view").query(Choice):
            if choice.number == number:
                await self.activate(choice)
                return
        raise SkipAction()
