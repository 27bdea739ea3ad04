"""Provides `UrgentLog`: what the staff log says about each urgent alert's lifecycle.

Staff need to know that an alert showed and how it went away (acknowledged, closed with Start
over, or reset by the idle timer with nobody acknowledging it), with its rule id and how long it
showed, and never the patient's words. Kept apart from the app, which only says when each step
happens, so the wording and the timing are in one place.
"""

from __future__ import annotations

import logging
import time

from faqbot.kiosk.views import View


class UrgentLog:
    """Writes the urgent alert's steps to the staff log: rule id and seconds, never the text."""

    def __init__(self, log: logging.Logger) -> None:
        self.log = log
        self.since = 0.0
        """When the urgent alert on screen was shown."""

    def shown(self, view: View) -> None:
        """An urgent alert is on screen."""
        self.since = time.monotonic()
        self.log.warning("urgent alert shown (rule %s)", _rule_id(view))

    def closed(self, view: View, how: str) -> None:
        """The alert was acknowledged ("acknowledge"), closed with Start over ("start-over"),
        or reset by the idle timer without anyone acknowledging it (anything else)."""
        seconds = time.monotonic() - self.since
        rule = _rule_id(view)
        if how == "acknowledge":
            self.log.info("urgent alert acknowledged (rule %s) after %.0f s", rule, seconds)
        elif how == "start-over":
            self.log.info(
                "urgent alert closed with Start over (rule %s) after %.0f s", rule, seconds
            )
        else:
            self.log.warning(
                "urgent alert reset unacknowledged (rule %s) after %.0f s", rule, seconds
            )


def _rule_id(view: View) -> str:
    result = view.result
    return (result.id if result is not None else None) or "-"
