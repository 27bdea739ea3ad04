"""The clinic's content, validated: frozen dataclasses that the engine and the UI read.

These classes are the documentation of the YAML format (version 1); `faqbot.content.loader`
builds them from a file and is the only module that parses YAML.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

FORMAT_VERSION = 1
"""The only content-format version this faqbot reads."""


@dataclass(frozen=True, slots=True)
class Location:
    """Where something came from in a content file, for messages aimed at staff (1-based)."""

    path: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.column}"


@dataclass(frozen=True, slots=True)
class Topic:
    """A browsable group of entries, shown as a big button on the kiosk."""

    id: str
    """Unique, lowercase-kebab (`after-the-injection`)."""
    title: str
    """Short, friendly text for the button."""


@dataclass(frozen=True, slots=True)
class Review:
    """Who signed an entry off and when (the clinic's clinician)."""

    by: str
    on: dt.date


@dataclass(frozen=True, slots=True)
class Entry:
    """One vetted question and its answer."""

    id: str
    """Unique, lowercase-kebab, stable: tests, statistics and reports refer to it."""
    question: str
    """The canonical question, shown as "You asked: ..." and in suggestions."""
    answer: str
    """Shown word for word; never altered by faqbot."""
    alternates: tuple[str, ...] = ()
    """Other ways patients ask the same thing; matched like the question, never shown."""
    topic: str | None = None
    """A `Topic.id`; required when the file has topics."""
    sources: tuple[str, ...] = ()
    """Source keys (for reviewers, never shown to patients)."""
    reviewed: Review | None = None
    """Absent until a clinician signs the entry off; the kiosk says so."""
    location: Location | None = field(default=None, compare=False)
    """Where the entry starts in its file."""
    phrasing_locations: tuple[Location, ...] = field(default=(), compare=False)
    """Where each of `phrasings` is in the file (same order), for precise warnings."""

    @property
    def phrasings(self) -> tuple[str, ...]:
        """The question first, then the alternates: everything the matcher indexes."""
        return (self.question, *self.alternates)


@dataclass(frozen=True, slots=True)
class Rule:
    """An `urgent` or `refer` rule: when a trigger is present its answer replaces any match."""

    id: str
    triggers: tuple[str, ...]
    """Short phrases (`can't swallow`); matched robustly to typos, word order and word forms."""
    answer: str
    location: Location | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class UrgentCheckWords:
    """The content's additions to the urgent check's built-in red-flag words
    (`faqbot.matching.redflags`): a question with a `body` word and a `problem` word close together
    gets "Is this happening now?"; a `self_harm` phrase gets the alert. Additions only: the
    built-in words always apply."""

    body: tuple[str, ...] = ()
    problem: tuple[str, ...] = ()
    self_harm: tuple[str, ...] = ()
    location: Location | None = field(default=None, compare=False)


@dataclass(frozen=True, slots=True)
class Faq:
    """A whole validated content file."""

    version: int
    fallback: str
    """Shown when nothing matches well enough: sends the patient to their provider."""
    faqs: tuple[Entry, ...]
    title: str = "Questions and answers"
    disclaimer: str | None = None
    topics: tuple[Topic, ...] = ()
    synonyms: tuple[tuple[str, ...], ...] = ()
    """Each group means the same thing to the matcher (`[shot, injection, jab]`)."""
    urgent: tuple[Rule, ...] = ()
    """Checked before anything else."""
    refer: tuple[Rule, ...] = ()
    """Personal-advice questions the kiosk must not answer; their text replaces the fallback."""
    urgent_check: UrgentCheckWords = UrgentCheckWords()
    """Words the content adds to the urgent check (`urgent_check:`)."""
    source: str = "<memory>"
    """The file this came from, for messages."""

    def entry(self, entry_id: str) -> Entry:
        """The entry with this id; KeyError if there is none."""
        for item in self.faqs:
            if item.id == entry_id:
                return item
        raise KeyError(entry_id)

    def topic_entries(self, topic_id: str) -> tuple[Entry, ...]:
        """The entries of one topic, in file order."""
        return tuple(item for item in self.faqs if item.topic == topic_id)

    @property
    def fully_reviewed(self) -> bool:
        """True when every entry has a clinician's sign-off."""
        return all(item.reviewed is not None for item in self.faqs)
