"""Provides the kiosk's two dialogs: "Are you still there?" and the staff PIN prompt."""

from __future__ import annotations

import math
import time

from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input

from faqbot.kiosk.guard import guarded
from faqbot.kiosk.staff import PinGate
from faqbot.kiosk.widgets import Text, literal


class IdleScreen(ModalScreen[bool]):
    """Counts down, then dismisses with False (start over); any key or the button means stay."""

    def __init__(self, countdown: float) -> None:
        super().__init__(id="idle")
        self.deadline = time.monotonic() + countdown

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Text("Are you still there?", classes="dialog-title")
            yield Text(self.message(), id="countdown")
            yield Button(literal("I'm still here"), id="stay", variant="primary")

    def message(self) -> str:
        seconds = max(0, math.ceil(self.deadline - time.monotonic()))
        return f"Starting over in {seconds} second{'s' if seconds != 1 else ''}."

    @guarded
    def on_mount(self) -> None:
        self.query_one("#stay", Button).focus()
        self.set_interval(0.25, self.tick)

    @guarded
    def tick(self) -> None:
        if time.monotonic() >= self.deadline:
            self.dismiss(False)
        else:
            self.query_one("#countdown", Text).update(literal(self.message()))

    @on(Button.Pressed, "#stay")
    @guarded
    def stay(self) -> None:
        self.dismiss(True)

    @guarded
    def on_key(self, event: events.Key) -> None:
        event.stop()
        self.dismiss(True)


class PinScreen(ModalScreen[bool | None]):
    """Asks for the staff PIN: True for the right PIN, False for a wrong one, None if cancelled."""

    BINDINGS = [Binding("escape", "cancel", "Back to the kiosk", priority=True)]

    def __init__(self, gate: PinGate) -> None:
        super().__init__(id="pin-screen")
        self.gate = gate

    def compose(self) -> ComposeResult:
        wait = math.ceil(self.gate.wait_seconds())
        with Vertical(classes="dialog"):
            yield Text("Staff exit", classes="dialog-title")
            if wait:
                yield Text(f"Too many wrong PINs. Try again in {wait} seconds.", id="pin-wait")
            else:
                yield Text("Enter the staff PIN and press Enter.")
                yield Input(password=True, id="pin", max_length=64)
            with Horizontal(classes="dialog-buttons"):
                yield Button(literal("Back to the kiosk"), id="cancel")

    @guarded
    def on_mount(self) -> None:
        for box in self.query("#pin").results(Input):
            box.focus()

    @on(Input.Submitted, "#pin")
    @guarded
    def submit(self, event: Input.Submitted) -> None:
        self.dismiss(self.gate.check(event.value))

    @on(Button.Pressed, "#cancel")
    @guarded
    def action_cancel(self) -> None:
        self.dismiss(None)
