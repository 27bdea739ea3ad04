"""Provides the kiosk's building blocks: choice buttons, live suggestions and literal text.

Every piece of patient or content text goes through `literal()` so that `[bold]` or
`[@click=app.quit]` typed by a patient (or written by staff) is shown as typed and never run.
"""

from __future__ import annotations

from collections.abc import Sequence

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.reactive import reactive
from textual.widgets import Button, Input, Static

from faqbot.content.model import Entry, Rule

MAX_SUGGESTIONS = 5


def literal(text: str) -> Content:
    """Text shown exactly as written: no markup, no emoji codes, no actions."""
    return Content(text)


class Text(Static):
    """A paragraph of literal text (markup is off even if a `str` is passed later)."""

    def __init__(
        self, text: str | Content = "", *, id: str | None = None, classes: str | None = None
    ) -> None:
        body = literal(text) if isinstance(text, str) else text
        super().__init__(body, markup=False, id=id, classes=classes)


class QuestionBox(Input):
    """The question input. Digits may pick a numbered choice; arrows move through suggestions.

    These bindings live on the input itself because Textual does not let an ancestor's
    bindings see printable keys an `Input` would type. The screen's actions raise `SkipAction`
    when a digit should simply be typed.

    Made with `select_on_focus=False`: typing while a button has focus moves the focus back
    here, and a box that selected all on focus would let the next key replace the question.
    """

    BINDINGS = [
        # Keys typed before Textual puts the terminal in raw mode (the first second after a
        # start or restart) were read by the terminal in cooked mode, which turns Enter's
        # carriage return into a line feed: Textual then sees ctrl+j, and the question typed
        # was never asked. Ctrl+J is the line-feed key in any case: it asks too.
        Binding("ctrl+j", "submit", show=False),
        Binding("up", "screen.move(-1)", show=False),
        Binding("down", "screen.move(1)", show=False),
        *(Binding(str(n), f"screen.number({n})", show=False, priority=True) for n in range(1, 10)),
    ]


class Choice(Button):
    """A big button that chooses something: an entry, a topic, or a kiosk action.

    `kind` says what `value` is (`entry`, `topic`, `none-of-these`, `helpful`, ...); numbered
    choices can also be picked with the number keys.
    """

    def __init__(
        self,
        label: str,
        *,
        kind: str,
        value: str = "",
        number: int | None = None,
        focusable: bool = True,
        id: str | None = None,
        classes: str = "",
    ) -> None:
        super().__init__(self.make_label(label, number), id=id, classes=f"choice {classes}")
        self.text = label
        self.kind = kind
        self.value = value
        self.number = number
        self.can_focus = focusable

    def renumber(self, number: int | None) -> None:
        self.number = number
        self.label = self.make_label(self.text, number)

    @staticmethod
    def make_label(label: str, number: int | None) -> Content:
        if number is None:
            return literal(label)
        return Content.assemble((f"{number}  ", "bold"), label)


class ViewArea(VerticalScroll, can_focus=False, inherit_bindings=False):
    """The main area under the question box. It scrolls (with the mouse wheel, the screen's
    PageUp/PageDown, or to show a focused button) but never takes focus or keys: focused, it
    would show no highlight, and its arrow-key bindings would scroll instead of moving from
    button to button."""

    rows_below: reactive[int] = reactive(0)
    """How many rows of content are below the visible part (the screen shows a cue then)."""

    def update_rows_below(self) -> None:
        self.rows_below = max(0, self.max_scroll_y - round(self.scroll_y))

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self.update_rows_below()

    def watch_virtual_size(self) -> None:
        self.update_rows_below()  # new content

    def on_resize(self) -> None:
        self.update_rows_below()  # a resized terminal, or the space around the view changed


class UrgentAlert(Vertical):
    """The urgent rule's text, full width, with an "I understand" button.

    The button only works after `ACK_DELAY` seconds, and it never takes the focus by itself:
    dismissing the alert is a deliberate act (a tap, or Tab to it and Enter), never an Enter
    that was typed as part of a question, nor one pressed before the alert has been read.
    """

    ACK_DELAY = 5.0

    def __init__(self, text: str) -> None:
        super().__init__(id="urgent")
        self.text = text

    def compose(self) -> ComposeResult:
        yield Text("Please read this now", classes="urgent-title")
        yield Text(self.text, classes="urgent-text")
        yield Choice("I understand", kind="acknowledge", id="acknowledge")

    def on_mount(self) -> None:
        self.query_one("#acknowledge", Choice).disabled = True
        self.set_timer(max(self.ACK_DELAY, 0.01), self.allow_acknowledge)

    def allow_acknowledge(self) -> None:
        self.query_one("#acknowledge", Choice).disabled = False
        for start_over in self.screen.query("#start-over").results(Choice):
            start_over.disabled = False


class Suggestions(Vertical):
    """Up to five live suggestions under the question box, updated on every keystroke.

    The buttons are made once and relabelled, so a keystroke costs no mounting. They never take
    focus: the patient keeps typing while up/down move the highlight and Enter picks it.
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.entries: list[Entry] = []
        self.highlighted: int | None = None
        self.urgent: Rule | None = None

    def compose(self) -> ComposeResult:
        yield Text("", id="urgent-hint", classes="urgent-hint")
        for number in range(1, MAX_SUGGESTIONS + 1):
            yield Choice(
                "", kind="suggestion", number=number, focusable=False, classes="suggestion question"
            )

    def show(self, entries: Sequence[Entry], urgent: Rule | None = None) -> None:
        """Replace the suggestions (an empty list hides the box). While the text names an
        urgent symptom only the urgent hint shows: "i cant brea" must not also offer "Can I
        have Botox if I am pregnant or breastfeeding?" beside "Press Enter now"."""
        hints = list(self.query("#urgent-hint").results(Text))
        if not hints:
            # Being removed: a keystroke queued before the screen was replaced (an idle reset
            # on a busy machine) arrives after its children are gone. Nothing to show.
            return
        hint = hints[0]
        self.entries = [] if urgent is not None else list(entries[:MAX_SUGGESTIONS])
        self.urgent = urgent
        self.highlighted = None
        hint.update(
            literal(
                "This may be urgent. Press Enter now, or tell the front desk." if urgent else ""
            )
        )
        hint.display = urgent is not None
        for index, button in enumerate(self.query(".suggestion").results(Choice)):
            if index < len(self.entries):
                item = self.entries[index]
                button.text = item.question
                button.renumber(index + 1)
                button.value = item.id
                button.display = True
            else:
                button.text = ""
                button.renumber(None)
                button.value = ""
                button.display = False
            button.set_class(False, "-highlighted")
        self.display = bool(self.entries) or urgent is not None
        self.screen.set_class(self.display, "-typing")  # the view hides while suggestions show

    def on_mount(self) -> None:
        self.show(self.entries, self.urgent)

    def clear(self) -> None:
        self.show([])

    def move(self, step: int) -> None:
        """Move the highlight up or down (wrapping); no-op when nothing is shown."""
        if not self.entries:
            return
        if self.highlighted is None:
            self.highlighted = 0 if step > 0 else len(self.entries) - 1
        else:
            self.highlighted = (self.highlighted + step) % len(self.entries)
        for index, button in enumerate(self.query(".suggestion").results(Choice)):
            button.set_class(index == self.highlighted, "-highlighted")

    def highlighted_entry(self) -> Entry | None:
        if self.highlighted is None or self.highlighted >= len(self.entries):
            return None
        return self.entries[self.highlighted]

    def entry_at(self, number: int) -> Entry | None:
        """The entry shown with this number (1-based), if any."""
        if 1 <= number <= len(self.entries):
            return self.entries[number - 1]
        return None
