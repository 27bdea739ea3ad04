"""The port between a front end (the kiosk) and outcome recording (counts, opt-in redacted
questions): front ends depend on this protocol, not on the SQLite recorder behind it."""

from __future__ import annotations

from typing import Protocol

from faqbot.matching.results import Result


class OutcomeRecorder(Protocol):
    """What the kiosk calls after each question and each helpful/not-helpful tap.

    Implementations never raise and never block the UI: a full disk or a locked database is
    logged for staff and otherwise ignored.
    """

    def record_result(self, result: Result) -> None: ...

    def record_feedback(self, entry_id: str, helpful: bool) -> None: ...

    def close(self) -> None: ...


class NullRecorder:
    """Records nothing: the default when no statistics database is configured."""

    def record_result(self, result: Result) -> None:
        return None

    def record_feedback(self, entry_id: str, helpful: bool) -> None:
        return None

    def close(self) -> None:
        return None
