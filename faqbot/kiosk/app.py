"""Provides `FaqApp`, the kiosk, and `build_app`, the one place that assembles it.

The app owns kiosk policy: which keys do nothing, the staff exit, the idle reset, when changed
content goes live (`faqbot.kiosk.reload` judges it) and recovering from errors. What a patient
sees lives in `faqbot.kiosk.screens`; the urgent alert's staff log in `faqbot.kiosk.urgentlog`.
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
from textual.worker import Worker

from faqbot.content.model import Faq
from faqbot.kiosk.dialogs import IdleScreen, PinScreen
from faqbot.kiosk.guard import guarded
from faqbot.kiosk.hints import URGENT_RESET_NOTICE
from faqbot.kiosk.reload import SETTLE_SECONDS, ContentReloader
from faqbot.kiosk.screens import KioskScreen
from faqbot.kiosk.staff import STAFF_EXIT_KEY, PinGate
from faqbot.kiosk.urgentlog import UrgentLog
from faqbot.kiosk.views import View
from faqbot.matching.results import Result
from faqbot.stats.recording import NullRecorder, OutcomeRecorder

if TYPE_CHECKING:
    from faqbot.evaluation.vetting import Vetting
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
        vet: Callable[[Faq], Vetting] | None = None,
        content_path: Path | None = None,
        settle_seconds: float = SETTLE_SECONDS,
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
        self.recorder: OutcomeRecorder = recorder or NullRecorder()
        self.kiosk = kiosk
        self.idle_timeout = idle_timeout
        self.idle_countdown = idle_countdown
        self.pin_gate = pin_gate or PinGate(None)
        self.log_staff = log or _null_logger()
        self.last_activity = time.monotonic()
        self.reloader = ContentReloader(vet, content_path, settle_seconds, self.log_staff)
        """Judges a changed content file (`vet`) and keeps what passed for the next start over."""
        self.urgent_log = UrgentLog(self.log_staff)
        self.resets = 0
        self.asking_idle = False
        """True from pushing "Are you still there?" until it is answered or cleared away."""
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
        self.asking_idle = False  # an "Are you still there?" popped above goes unanswered
        self.apply_pending()
        self.switch_screen(KioskScreen(notice))
        self.current = None
        self.view_kind = "start"
        self.resets += 1
        self.last_activity = time.monotonic()

    def urgent_shown(self, view: View) -> None:
        """Staff log: an urgent alert is on screen (rule id and time, never the text)."""
        self.urgent_log.shown(view)

    def urgent_closed(self, view: View, how: str) -> None:
        """Staff log: the alert was acknowledged ("I understand"), closed with Start over, or
        reset by the idle timer without anyone acknowledging it."""
        self.urgent_log.closed(view, how)

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
        if isinstance(screen, IdleScreen) or self.asking_idle:
            return  # (the flag: a pushed screen shows only later, and ticks come every 75 ms)
        self.watch_content()
        if self.at_rest():
            if self.reloader.pending is not None:
                self.start_over()
            return
        if idle < self.idle_timeout:
            return
        if isinstance(screen, KioskScreen):
            # The urgent alert too: the next patient must not read the last one's words, nor
            # find a screen that ignores them. The log tells staff it was not acknowledged.
            self.asking_idle = True
            self.push_screen(IdleScreen(self.idle_countdown), self._idle_answered)
        else:
            self.start_over()  # e.g. the PIN dialog left open

    @guarded
    def _idle_answered(self, stay: bool | None) -> None:
        self.asking_idle = False
        self.last_activity = time.monotonic()
        if not stay:
            self.log_staff.info("idle reset")
            screen = self.kiosk_screen
            view = screen.view if screen is not None else None
            if view is not None and view.kind == "urgent":
                self.urgent_closed(view, "idle reset")
                self.start_over(notice=URGENT_RESET_NOTICE)
                return
            if view is not None and view.kind == "check":
                self.log_staff.info("urgent check reset unanswered")
            self.start_over()

    def watch_content(self) -> None:
        """Judge the content file in a worker once it has changed and then kept still (only
        `stat` runs here, on the UI's thread, so keys stay responsive)."""
        stamp = self.reloader.due()
        if stamp is None:
            return
        self.run_worker(lambda: self.reloader.judge(stamp, self.engine), thread=True,
                        group="content", exit_on_error=False)

    @guarded
    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        """The content worker is done: new content goes live now if the screen is at rest,
        else at the next start over."""
        if event.worker.group != "content" or not event.worker.is_finished:
            return
        if self.reloader.judged(event.worker.result, self.engine) and self.at_rest():
            self.start_over()

    def apply_pending(self) -> bool:
        """Put accepted new content live (at a start over, so no patient's view changes)."""
        engine = self.reloader.publish()
        if engine is None:
            return False
        self.engine = engine
        return True

    @property
    def vetting(self) -> bool:
        """True while a worker judges a changed content file."""
        return self.reloader.vetting

    @property
    def pending(self) -> Engine | None:
        """Accepted new content, waiting for the screen to be at rest or the next start over."""
        return self.reloader.pending

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
    vet: Callable[[Faq], Vetting] | None = None,
    content_path: Path | None = None,
    recorder: OutcomeRecorder | None = None,
    kiosk: bool = True,
    idle_timeout: float = 90.0,
    idle_countdown: float = 15.0,
    pin: str | None = None,
    log: logging.Logger | None = None,
    phone: tuple[str, str] | None = None,
) -> FaqApp:
    """The kiosk for already-validated content; `vet` judges `content_path` when it changes."""
    from faqbot.matching.engine import Engine

    return FaqApp(
        Engine(faq),
        vet=vet,
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
