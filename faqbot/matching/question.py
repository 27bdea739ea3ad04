"""One typed question, read once per `Engine.ask`: every reading the checks need, made once.

Why: the urgent rules, the refer rules, the personal-advice cues and the ranking each read the
typed text their own way (trigger words, the urgent readings however it was typed, the text
without its chat, the words the advice checks read). Before, each check read the text again
from the string it was handed; now `Engine.ask` makes one `Question` and every check takes
its reading from it. The costly readings are made on first use, so a question stopped by an
urgent rule never has its chat taken away.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from faqbot.matching import chatter, contrasts, instructions, normalize
from faqbot.matching.triggers import Word
from faqbot.matching.urgentread import Reading


@dataclass(frozen=True, slots=True)
class Readers:
    """How the engine reads text; `read` makes a `Question` with them."""

    typed_words: Callable[[str], list[Word]]
    """Typed text as trigger words (stems with synonym keys, contraction slips repaired)."""
    urgent: Callable[[str], list[Reading]]
    """Every reading the urgent rules look at (`faqbot.matching.urgentread`)."""
    chat_free: Callable[[str], chatter.Reading]
    """The text without greetings, frames, names and reported speech (`chatter`)."""

    def read(self, text: str) -> Question:
        """The question as typed, its words read now (every check needs them)."""
        return Question(text, tuple(self.typed_words(text)), self)


@dataclass(frozen=True)
class Question:
    """A typed question and its readings, each made at most once (lazily where costly)."""

    text: str
    """Exactly what was typed: urgent rules always read all of it."""
    words: tuple[Word, ...]
    """The typed words as the trigger matcher reads them; none for an empty question."""
    readers: Readers = field(repr=False, compare=False)

    @cached_property
    def seen(self) -> str:
        """The words' stems, for explanations ("how the question was understood")."""
        return " ".join(w.stem for w in self.words)

    @cached_property
    def urgent_readings(self) -> tuple[Reading, ...]:
        """The readings the urgent rules and the urgent check look at."""
        return tuple(self.readers.urgent(self.text))

    @cached_property
    def instruction(self) -> str | None:
        """What the text tells the kiosk to be or do, when it does (`instructions`)."""
        return instructions.find(self.text)

    @cached_property
    def chat_free(self) -> chatter.Reading:
        """The question without its chat: what the refer rules, cues and FAQ read."""
        return self.readers.chat_free(self.text)

    @cached_property
    def advice_words(self) -> tuple[Word, ...]:
        """The words the refer rules and the personal-advice cues look for triggers in."""
        return tuple(self.readers.typed_words(self.chat_free.advice))

    @cached_property
    def compared(self) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
        """The two things "what's the difference between A and B?" sets side by side, read
        from the question without its chat (`contrasts`); None when it compares nothing so."""
        return contrasts.compared(normalize.words(self.asked))

    @property
    def asked(self) -> str:
        """What the FAQ is asked: the question without its chat, or all of it when it was
        only chat ("hello", "thanks": the content itself may answer it)."""
        return self.chat_free.question or self.text
