"""Trigger phrases (urgent symptoms, personal-advice questions) found inside free text.

A trigger fires when each of its key words appears in the question, in any order, close
together, allowing typing slips and other word forms: "trouble breathing" fires on
"im having truoble with my breathing". Stop words are dropped from triggers (negations kept:
"can't swallow" needs the "not"), so staff write the words that matter.

A false alarm is acceptable; a missed emergency is not. The matcher therefore errs toward firing.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import OSA

from faqbot.fuzzy import allowed_edits
from faqbot.normalize import STOP_STEMS

EXTRA_WORDS = 3
"""Words allowed between or around a trigger's key words ("trouble with my breathing")."""


@dataclass(frozen=True, slots=True)
class Word:
    """One word as typed (after cleaning) and its stem (or synonym key)."""

    surface: str
    stem: str


@dataclass(frozen=True, slots=True)
class Trigger:
    """A compiled trigger phrase."""

    text: str
    words: tuple[Word, ...]
    ordered: bool = False
    """Cues such as "should i stop" must appear in order, stop words kept, at most one word
    between each."""

    @classmethod
    def compile(cls, text: str, words: Sequence[Word], *, keep_stop_words: bool = False) -> Trigger:
        key = tuple(w for w in words if keep_stop_words or w.stem not in STOP_STEMS)
        return cls(text, key or tuple(words), ordered=keep_stop_words)


class TriggerIndex:
    """Many triggers, matched against one text at a time with one fuzzy lookup per word."""

    def __init__(self, triggers: Sequence[Trigger]) -> None:
        self.triggers = tuple(triggers)
        forms: set[str] = set()
        for trigger in self.triggers:
            for word in trigger.words:
                forms.update((word.surface, word.stem))
        self._forms = sorted(forms)

    def _matching_forms(self, word: Word) -> set[str]:
        """Trigger words (surface or stem forms) that this typed word may stand for."""
        found = {word.surface, word.stem}
        for typed in {word.surface, word.stem}:
            limit = allowed_edits(typed)
            if limit == 0:
                continue
            for form, edits, _ in process.extract(
                typed, self._forms, scorer=OSA.distance, score_cutoff=limit, limit=None
            ):
                if edits <= allowed_edits(form):
                    found.add(form)
        return found

    def first(self, text: Sequence[Word]) -> int | None:
        """The position of the first trigger (in content order) that fires on `text`."""
        if not self.triggers or not text:
            return None
        forms = [self._matching_forms(word) for word in text]
        for position, trigger in enumerate(self.triggers):
            if _fires(trigger, forms):
                return position
        return None


def _fires(trigger: Trigger, forms: list[set[str]]) -> bool:
    wanted = trigger.words
    if len(forms) < len(wanted):
        return False
    hits = [
        [i for i, found in enumerate(forms) if w.surface in found or w.stem in found]
        for w in wanted
    ]
    if any(not positions for positions in hits):
        return False
    if trigger.ordered:
        return _in_order(hits, max_gap=1)
    return _within_window(hits, len(wanted) + EXTRA_WORDS)


def _within_window(hits: list[list[int]], span_limit: int) -> bool:
    """Smallest window holding one position of each trigger word fits in `span_limit`."""
    events = sorted((pos, idx) for idx, positions in enumerate(hits) for pos in positions)
    count: dict[int, int] = {}
    left = 0
    for right_pos, idx in events:
        count[idx] = count.get(idx, 0) + 1
        while len(count) == len(hits):
            left_pos, left_idx = events[left]
            if right_pos - left_pos + 1 <= span_limit:
                return True
            count[left_idx] -= 1
            if count[left_idx] == 0:
                del count[left_idx]
            left += 1
    return False


def _in_order(hits: list[list[int]], max_gap: int) -> bool:
    """Each word follows the previous one with at most `max_gap` words between."""
    frontier = set(hits[0])
    for positions in hits[1:]:
        frontier = {p for p in positions if any(0 < p - q <= max_gap + 1 for q in frontier)}
        if not frontier:
            return False
    return True
