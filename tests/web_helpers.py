"""Shared pieces of the web page tests: the bundled content, a client, a recorder that keeps
what it is told, and one question per outcome (checked against the engine, not assumed)."""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from typing import Any

from faqbot.content.loader import load_faq
from faqbot.content.model import Faq
from faqbot.content.paths import resolve_faq_path
from faqbot.matching.results import Result

QUESTIONS = {
    "answer": "how lnog does botox last",  # misspelled on purpose
    "clarify": "how long",
    "fallback": "who invented the telephone",
    "refer": "should i stop my warfarin",
    "urgent": "i cant breathe",
}
"""A question for each kind of page on the bundled content."""


def bundled() -> Faq:
    return load_faq(resolve_faq_path(None))


@dataclass
class KeepingRecorder:
    """An OutcomeRecorder that keeps what it is given."""

    results: list[Result] = field(default_factory=list)
    feedback: list[tuple[str, bool]] = field(default_factory=list)
    closed: bool = False

    def record_result(self, result: Result) -> None:
        self.results.append(result)

    def record_feedback(self, entry_id: str, helpful: bool) -> None:
        self.feedback.append((entry_id, helpful))

    def close(self) -> None:
        self.closed = True


def client(app: Any) -> Any:
    with warnings.catch_warnings():  # Starlette 1.x asks for httpx2; httpx works the same
        warnings.simplefilter("ignore")
        from starlette.testclient import TestClient

    return TestClient(app, follow_redirects=False, raise_server_exceptions=False)
