"""What the kiosk's screen needs from the app that runs it.

`KioskScreen` talks to its app through this protocol rather than through `FaqApp` itself, so the
screen module does not import the app module that imports it (no cycle, even for type checking).
`faqbot.kiosk.app` has a type-checking-only function that makes mypy prove `FaqApp` fits.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    import logging

    from faqbot.kiosk.views import View
    from faqbot.matching.engine import Engine
    from faqbot.matching.results import Result


class KioskHost(Protocol):
    """The app, as seen from the kiosk's screen."""

    engine: Engine
    current: Result | None
    """What the main area shows now (None on the start view)."""
    view_kind: str
    log_staff: logging.Logger
    """The staff log: outcomes' rule ids and times, never what a patient typed."""
    phone: tuple[str, str] | None
    """The web page's address and its QR code as text, for the start view (`--web-url`)."""

    def typing_burst(self) -> bool:
        """True when a letter arrived a moment ago (see `FaqApp.typing_burst`)."""
        ...

    def start_over(self, notice: str | None = None) -> None:
        """Forget the session and show a new start screen."""
        ...

    def record(self, result: Result) -> None:
        """Count an outcome (never raises)."""
        ...

    def recorder_feedback(self, entry_id: str, helpful: bool) -> None:
        """Count a "Was this helpful?" answer (never raises)."""
        ...

    def urgent_shown(self, view: View) -> None:
        """Staff log: an urgent alert is on screen."""
        ...

    def urgent_closed(self, view: View, how: str) -> None:
        """Staff log: how the alert went (acknowledged, Start over, reset unacknowledged)."""
        ...
