"""Provides the kiosk's views: what the main area shows for each outcome, as widgets.

Every text goes through `Text`/`Choice`, which never interpret markup.
"""

from __future__ import annotations

import itertools
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from textual.containers import Grid, Horizontal
from textual.widget import Widget

from faqbot.content.model import Entry, Faq
from faqbot.kiosk.hints import THANKS
from faqbot.kiosk.widgets import Choice, Text, UrgentAlert
from faqbot.matching.redflags import CHECK_QUESTION
from faqbot.matching.results import Result

if TYPE_CHECKING:
    from faqbot.matching.engine import Engine

COMMON_QUESTIONS = 4


@dataclass(frozen=True, slots=True)
class View:
    """What the main area shows; Esc walks back through a stack of these."""

    kind: str
    """start, answer, clarify, fallback, check ("Is this happening now?"), urgent or topic."""
    result: Result | None = None
    topic_id: str | None = None


START = View("start")


def common_questions(faq: Faq) -> tuple[Entry, ...]:
    """A few questions to pick without typing: each topic's first entry, else the first ones."""
    firsts = [faq.topic_entries(topic.id)[:1] for topic in faq.topics]
    picked = tuple(entries[0] for entries in firsts if entries)
    return (picked or faq.faqs)[:COMMON_QUESTIONS]


class ViewBuilder:
    """Builds one view's widgets from the engine's content."""

    def __init__(
        self, engine: Engine, voted: Collection[str] = (), phone: tuple[str, str] | None = None
    ) -> None:
        self.engine = engine
        self.voted = voted
        """Entries this session already said were (not) helpful: asked once, not again."""
        self.phone = phone
        """The web page's address and QR code: the start view offers the patient's own phone
        (its dictation, screen reader and large text) instead of this keyboard."""
        self.numbers = itertools.count(1)

    def build(self, view: View) -> list[Widget]:
        """The view's widgets; numbered choices count 1, 2, ... in reading order."""
        self.numbers = itertools.count(1)
        faq = self.engine.faq
        result = view.result
        if view.kind == "answer" and result is not None and result.entry is not None:
            return self.build_answer(result.entry)
        if view.kind == "clarify" and result is not None and len(result.candidates) == 1:
            return self.build_did_you_mean(result)
        if view.kind == "clarify" and result is not None:
            return [
                *self.build_asked(result),
                Text("Did you mean…?", classes="prompt"),
                *self.entry_choices([c.entry for c in result.candidates]),
                Choice(
                    "None of these",
                    kind="none-of-these",
                    number=self.next_number(),
                    id="none-of-these",
                    classes="question",
                ),
            ]
        if view.kind == "urgent" and result is not None:
            return [*self.build_asked(result), UrgentAlert(result.text)]
        if view.kind == "check" and result is not None:
            details = result.text.removeprefix(CHECK_QUESTION).strip()
            return [
                *self.build_asked(result),
                Text(CHECK_QUESTION, id="check-question", classes="urgent-title"),
                Text(details, id="check-text", classes="check-text"),
                Horizontal(
                    Choice("Yes, now", kind="check-yes", number=self.next_number(),
                           id="check-yes"),
                    Choice("No", kind="check-no", number=self.next_number(), id="check-no"),
                    id="check-answers",
                ),
            ]  # fmt: skip
        if view.kind == "fallback" and result is not None:
            return [
                *self.build_asked(result),
                Text(result.text, id="fallback", classes="referred" if result.referred else ""),
                *self.build_topics("You can also browse a topic:"),
            ]
        if view.kind == "topic" and view.topic_id is not None:
            title = next((t.title for t in faq.topics if t.id == view.topic_id), view.topic_id)
            return [
                Text(title, classes="heading"),
                *self.entry_choices(faq.topic_entries(view.topic_id)),
            ]
        return [
            *self.build_topics("Browse by topic:"),
            Text("Common questions:", classes="heading"),
            *self.entry_choices(common_questions(faq), classes="question common"),
            *self.build_phone(),
        ]

    def build_phone(self) -> list[Widget]:
        if self.phone is None:
            return []
        url, qr = self.phone
        return [
            Text(f"Or ask on your own phone: scan this code, or open {url}", classes="heading"),
            Text(qr.rstrip("\n"), id="phone-qr"),
        ]

    def build_topics(self, heading: str) -> list[Widget]:
        topics = self.engine.faq.topics
        if not topics:
            return []
        buttons = [
            Choice(t.title, kind="topic", value=t.id, number=self.next_number(), classes="topic")
            for t in topics
        ]
        return [Text(heading, classes="heading"), Grid(*buttons, classes="topics")]

    def build_did_you_mean(self, result: Result) -> list[Widget]:
        """One plausible entry: "Did you mean: How long does Botox last?" Yes / No. Yes shows
        its answer, No the fallback (the same as "None of these")."""
        entry = result.candidates[0].entry
        return [
            *self.build_asked(result),
            Text(f"Did you mean: {entry.question}", classes="prompt", id="did-you-mean"),
            Horizontal(
                Choice(
                    "Yes",
                    kind="entry",
                    value=entry.id,
                    number=self.next_number(),
                    id="did-you-mean-yes",
                    classes="question",
                ),
                Choice(
                    "No",
                    kind="none-of-these",
                    number=self.next_number(),
                    id="none-of-these",
                    classes="question",
                ),
                id="yes-no",
            ),
        ]

    def build_asked(self, result: Result) -> list[Widget]:
        """What the patient typed, word for word (a fallback, clarify or urgent text refers to
        it); nothing when nothing was typed ("None of these")."""
        if not result.question.strip():
            return []
        return [Text(f"You asked: {result.question}", id="asked")]

    def build_answer(self, entry: Entry) -> list[Widget]:
        related = self.engine.related(entry.id, 3)
        widgets: list[Widget] = [
            Text(f"You asked: {entry.question}", id="asked"),
            Text(entry.answer, id="answer"),
            Horizontal(
                *(
                    [Text(THANKS, classes="thanks")]
                    if entry.id in self.voted
                    else [
                        Text("Was this helpful?", classes="helpful-label"),
                        Choice("Yes", kind="helpful", value="yes", id="helpful-yes"),
                        Choice("No", kind="helpful", value="no", id="helpful-no"),
                    ]
                ),
                id="helpful",
            ),
        ]
        if related:
            widgets += [Text("Related questions:", classes="heading"), *self.entry_choices(related)]
        return widgets

    def next_number(self) -> int | None:
        """The next number key for a choice in this view; None past 9 (no key picks it)."""
        number = next(self.numbers)
        return number if number <= 9 else None

    def entry_choices(self, entries: Iterable[Entry], *, classes: str = "question") -> list[Choice]:
        """Numbered buttons, one per entry, showing each entry's canonical question."""
        return [
            Choice(
                item.question,
                kind="entry",
                value=item.id,
                number=self.next_number(),
                classes=classes,
            )
            for item in entries
        ]
