"""Provides `FaqApp`, the kiosk, and `build_app`, the one place that assembles it.

The app owns kiosk policy: which keys do nothing, the staff exit, the idle reset, reloading
changed content and recovering from errors. What a patient sees lives in `faqbot.kiosk.screens`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events
from textual.app import App
from textual.binding import Binding
from textual.reactive import reactive

from faqbot.content.model import Faq
from faqbot.content.problems import ContentError
from faqbot.kiosk.dialogs import IdleScreen, PinScreen
from faqbot.kiosk.guard import guarded
from faqbot.kiosk.screens import KioskScreen
from faqbot.kiosk.staff import STAFF_EXIT_KEY, PinGate
from faqbot.matching.results import Result
from faqbot.stats.recording import NullRecorder, OutcomeRecorder

if TYPE_CHECKING:
    from faqbot.kiosk.host import KioskHost
    from faqbot.matching.engine import Engine

LOCKED_KEYS = (
    "ctrl+c",
    "ctrl+q",
    "ctrl+z",
    "ctrl+backslash",
    "ctrl+p",
    "ctrl+s",
    *(f"f{n}" for n in range(1, 25)),
)
"""Keys that quit, suspend, open the palette or reach a shell in terminal apps: swallowed."""

SORRY = "Sorry, something went wrong — starting over."
TYPING_BURST_SECONDS = 0.25
"""A digit this soon after a letter belongs to the text being typed, not to a numbered choice."""


class FaqApp(App[None], inherit_bindings=False):
    """The waiting-room kiosk: one patient session at a time, never a way out but the PIN."""

    CSS_PATH = "app.tcss"
    ENABLE_COMMAND_PALETTE = False
    TITLE = "faqbot"

    BINDINGS = [
        Binding(",".join(LOCKED_KEYS), "ignore_key", show=False, priority=True),
        Binding("ctrl+q,ctrl+c", "quit", "Quit (development only)", show=False, priority=True),
        Binding(STAFF_EXIT_KEY, "staff_exit", "Staff exit", show=False, priority=True),
    ]
    """Kiosk mode swallows LOCKED_KEYS; `--no-kiosk` lets ctrl+q/ctrl+c quit (see check_action).
    The staff exit chord asks for the PIN (or quits at once with `--no-kiosk`)."""

    current: reactive[Result | None] = reactive(None, init=False)
    """The result on screen (answer, clarify, fallback or urgent); None on start or browse."""
    view_kind: reactive[str] = reactive("start", init=False)
    """start, answer, clarify, fallback, urgent or topic."""

    def __init__(
        self,
        engine: Engine,
        *,
        load: Callable[[], Faq] | None = None,
        content_path: Path | None = None,
        recorder: OutcomeRecorder | None = None,
        kiosk: bool = True,
        idle_timeout: float = 90.0,
        idle_countdown: float = 15.0,
        pin_gate: PinGate | None = None,
        log: logging.Logger | None = None,
        phone: tuple[str, str] | None = None,
    ) -> None:
        super().__init__()
        self.phone = phone
        """(address, QR code as text) of the web page, shown on the start view when set."""
        self.engine = engine
        self.load = load
        self.content_path = content_path
        self.recorder: OutcomeRecorder = recorder or NullRecorder()
        self.kiosk = kiosk
        self.idle_timeout = idle_timeout
        self.idle_countdown = idle_countdown
        self.pin_gate = pin_gate or PinGate(None)
        self.log_staff = log or _null_logger()
        self.last_activity = time.monotonic()
        self.content_mtime = self._mtime()
        self.resets = 0
        self.last_letter = 0.0
        """When the last printable key other than a digit arrived (see `typing_burst`)."""

    # -- lifecycle -----------------------------------------------------------------------------

    @guarded
    def on_mount(self) -> None:
        self.push_screen(KioskScreen())
        self.set_interval(min(1.0, max(0.05, self.idle_timeout / 4)), self.idle_tick)
        if not self.pin_gate.available:
            self.log_staff.warning("no staff PIN configured: staff exit is unavailable")
        self.log_staff.info("kiosk started (%d entries)", len(self.engine.faq.faqs))

    async def on_event(self, event: events.Event) -> None:
        """Every key, click or scroll from the terminal counts as someone being there, and as
        the patient having seen an error notice."""
        if isinstance(
            event, events.Key | events.MouseDown | events.MouseScrollUp | events.MouseScrollDown
        ):
            self.last_activity = time.monotonic()
            if isinstance(event, events.Key):
                if event.is_printable and not event.key.isdigit():
                    self.last_letter = self.last_activity
                elif event.key in ("enter", "escape"):
                    self.last_letter = 0.0  # text sent or cleared: a digit now picks a choice
            screen = self.kiosk_screen
            if screen is not None and not event.is_forwarded:
                # (A forwarded event comes back up from a widget: maybe after an error that
                # started over, so it must not clear the new screen's notice.)
                screen.patient_acted()
        await super().on_event(event)

    def typing_burst(self) -> bool:
        """True when a letter arrived a moment ago. The app sees keys before the question box
        has taken them in, so in a burst (word prediction, dictation, a paste, a fast typist)
        the box can still look empty when a digit of the same text arrives."""
        return time.monotonic() - self.last_letter < TYPING_BURST_SECONDS

    # -- sessions --------------------------------------------------------------------------------

    @property
    def kiosk_screen(self) -> KioskScreen | None:
        for screen in reversed(self.screen_stack):
            if isinstance(screen, KioskScreen):
                return screen
        return None

    def start_over(self, notice: str | None = None) -> None:
        """Forget the session: a new screen, empty engine caches, newest valid content."""
        while len(self.screen_stack) > 1 and not isinstance(self.screen, KioskScreen):
            self.pop_screen()
        self.engine.forget()
        if self.clipboard:
            self.copy_to_clipboard("")  # text cut with ctrl+x must not reach the next patient
        self.clear_notifications()
        self.reload_if_changed()
        self.switch_screen(KioskScreen(notice))
        self.current = None
        self.view_kind = "start"
        self.resets += 1
        self.last_activity = time.monotonic()

    def record(self, result: Result) -> None:
        try:
            self.recorder.record_result(result)
        except Exception:
            self.log_staff.exception("the outcome recorder failed")

    def recorder_feedback(self, entry_id: str, helpful: bool) -> None:
        try:
            self.recorder.record_feedback(entry_id, helpful)
        except Exception:
            self.log_staff.exception("the outcome recorder failed")

    def recover(self, error: BaseException) -> None:
        """Called by `guarded` handlers: log for staff, apologise, start over."""
        self.log_staff.error("unexpected error; starting over", exc_info=error)
        try:
            self.start_over(notice=SORRY)
        except Exception as again:
            self.log_staff.critical("could not start over; restarting the UI", exc_info=again)
            self.exit(return_code=3)

    # -- idle reset and content reload ----------------------------------------------------------

    def at_rest(self) -> bool:
        """True when the start screen shows with nothing typed and nothing to go back to."""
        screen = self.screen
        return isinstance(screen, KioskScreen) and screen.at_rest()

    @guarded
    def idle_tick(self) -> None:
        idle = time.monotonic() - self.last_activity
        screen = self.screen
        if isinstance(screen, IdleScreen):
            return
        if self.at_rest():
            if self.reload_if_changed():
                self.start_over()
            return
        if idle < self.idle_timeout:
            return
        if isinstance(screen, KioskScreen):
            if screen.view.kind == "urgent":
                return  # stays until acknowledged
            self.push_screen(IdleScreen(self.idle_countdown), self._idle_answered)
        else:
            self.start_over()  # e.g. the PIN dialog left open

    @guarded
    def _idle_answered(self, stay: bool | None) -> None:
        self.last_activity = time.monotonic()
        if not stay:
            self.log_staff.info("idle reset")
            self.start_over()

    def _mtime(self) -> int | None:
        if self.content_path is None:
            return None
        try:
            return self.content_path.stat().st_mtime_ns
        except OSError:
            return None

    def reload_if_changed(self) -> bool:
        """Load the content again if its file changed; keep the old content if it is invalid."""
        mtime = self._mtime()
        if self.load is None or mtime is None or mtime == self.content_mtime:
            return False
        self.content_mtime = mtime  # retry only after the next change
        try:
            faq = self.load()
        except ContentError as exc:
            self.log_staff.error(
                "content file changed but is invalid; keeping the old content:\n%s", exc
            )
            return False
        except OSError as exc:
            self.log_staff.error(
                "cannot read the changed content file (%s); keeping the old one", exc
            )
            return False
        self.engine = type(self.engine)(faq)
        self.log_staff.info("content reloaded from %s (%d entries)", faq.source, len(faq.faqs))
        return True

    # -- keys --------------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "quit":
            return not self.kiosk
        if action == "ignore_key":
            return self.kiosk
        return True

    def action_ignore_key(self) -> None:
        """Kiosk lock: quit, suspend, palette and function keys do nothing."""

    @guarded
    def action_staff_exit(self) -> None:
        if not self.kiosk:
            self.exit()
            return
        if not self.pin_gate.available:
            self.log_staff.warning("staff exit pressed, but no staff PIN is configured")
            return
        if isinstance(self.screen, PinScreen):
            return
        self.push_screen(PinScreen(self.pin_gate), self._pin_answered)

    @guarded
    def _pin_answered(self, right: bool | None) -> None:
        if right:
            self.log_staff.info("staff exit with the right PIN")
            self.exit(return_code=0)
        elif right is False:
            self.log_staff.warning("wrong staff PIN (%d in a row)", self.pin_gate.failures)
            self.notify("Wrong PIN.", severity="error", timeout=4, markup=False)


def _null_logger() -> logging.Logger:
    logger = logging.Logger("faqbot.kiosk.null")
    logger.addHandler(logging.NullHandler())
    return logger


def build_app(
    faq: Faq,
    *,
    load: Callable[[], Faq] | None = None,
    content_path: Path | None = None,
    recorder: OutcomeRecorder | None = None,
    kiosk: bool = True,
    idle_timeout: float = 90.0,
    idle_countdown: float = 15.0,
    pin: str | None = None,
    log: logging.Logger | None = None,
    phone: tuple[str, str] | None = None,
) -> FaqApp:
    """The kiosk for already-validated content; `load` re-reads `content_path` when it changes."""
    from faqbot.matching.engine import Engine

    return FaqApp(
        Engine(faq),
        load=load,
        content_path=content_path,
        recorder=recorder,
        kiosk=kiosk,
        idle_timeout=idle_timeout,
        idle_countdown=idle_countdown,
        pin_gate=PinGate(pin),
        log=log,
        phone=phone,
    )


if TYPE_CHECKING:

    def _fits_the_screen(app: FaqApp) -> KioskHost:
        """Never called: mypy checks here that `FaqApp` is what `KioskScreen` expects."""
        return app
