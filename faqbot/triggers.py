"""Trigger phrases (urgent symptoms, personal-advice questions) found inside free text.

A trigger fires when each of its words appears in the question, in any order, close
together, allowing typing slips and other word forms: "trouble breathing" fires on
"im having truoble with my breathing", "can't swallow" on "i cannot swallow".

Only filler words (articles, possessives, forms of "be") are dropped from a trigger, so
"how much botox will i get" still needs all its words, and "kill myself" is not "kill".

A false alarm is acceptable; a missed emergency is not. The matcher therefore errs toward firing.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import OSA

from faqbot.fuzzy import allowed_edits
from faqbot.normalize import STOPWORDS

FILLERS: frozenset[str] = frozenset("a an the is am are was were be been being to of".split())
"""Words a trigger does not need ("short of breath" fires on "short breath")."""


PREFIX_LETTERS = 8
"""A typed stem and a trigger stem of at least this many letters, one the start of the other,
are the same word ("difficult", "difficulti")."""

EXTRA_WORDS = 3
"""Words allowed between or around a trigger's key words ("trouble with my breathing")."""


@dataclass(frozen=True, slots=True)
class Word:
    """One word as typed (after cleaning) and its stem (or synonym key)."""

    surface: str
    stem: str


POSSESSIVES: frozenset[str] = frozenset("my his her their your our".split())
"""Any one stands for all: "lost my voice" fires on "he lost his voice", and "my dose" needs
someone's dose, not "the dose"."""
_POSS = Word("<possessive>", "<possessive>")


@dataclass(frozen=True, slots=True)
class Trigger:
    """A compiled trigger phrase."""

    text: str
    words: tuple[Word, ...]
    ordered: bool = False
    """Cues such as "should i stop" must appear in order, stop words kept, at most one word
    between each."""

    @classmethod
    def compile(cls, text: str, words: Sequence[Word], *, ordered: bool = False) -> Trigger:
        words = [_POSS if w.surface in POSSESSIVES else w for w in words]
        key = tuple(w for w in words if ordered or w.surface not in FILLERS)
        return cls(text, key or tuple(words), ordered=ordered)


class TriggerIndex:
    """Many triggers, matched against one text at a time with one fuzzy lookup per word."""

    def __init__(
        self,
        triggers: Sequence[Trigger],
        known: Collection[str] = (),
        is_known: Callable[[str], bool] = lambda word: False,
    ) -> None:
        self.triggers = tuple(triggers)
        forms: set[str] = set()
        self._stem_of: dict[str, str] = {}
        for trigger in self.triggers:
            for word in trigger.words:
                forms.update((word.surface, word.stem))
                self._stem_of[word.surface] = word.stem
        self._forms = sorted(forms)
        self._using: dict[str, list[int]] = {}
        """Trigger word form -> the triggers (positions) that have it: a trigger can fire only
        when at least one of its words is in the text, so `first` tries only those."""
        for position, trigger in enumerate(self.triggers):
            for form in {f for word in trigger.words for f in (word.surface, word.stem)}:
                self._using.setdefault(form, []).append(position)
        self._stems = sorted({w.stem for t in self.triggers for w in t.words})
        self._known = frozenset(known) | forms | STOPWORDS
        self._is_known = is_known

    def _matching_forms(self, word: Word) -> tuple[set[str], set[str]]:
        """Trigger words (surface or stem forms) this typed word may stand for: those within
        its slip tolerance, and those one slip further ("trubble" for "trouble").

        Only a word we do not know can be a slip: "does" is never read as "dose", nor
        "have" as "hives"."""
        if word.surface in POSSESSIVES:
            return {_POSS.surface}, set()
        found = {word.surface, word.stem}
        if len(word.stem) >= PREFIX_LETTERS:
            # "difficult" / "difficulty": stems of one word family that Snowball keeps apart.
            found.update(
                f
                for f in self._stems
                if f[:PREFIX_LETTERS] == word.stem[:PREFIX_LETTERS]
                and (f.startswith(word.stem) or word.stem.startswith(f))
            )
        loose: set[str] = set()
        if word.surface in self._known or self._is_known(word.surface):
            return found, loose
        for typed in {word.surface, word.stem}:
            limit = allowed_edits(typed)
            if limit == 0:
                continue
            for form, edits, _ in process.extract(
                typed, self._forms, scorer=OSA.distance, score_cutoff=limit + 1, limit=None
            ):
                # "swalowing" is "swallowing", so it is also its stem "swallow".
                forms = (form, self._stem_of.get(form, form))
                if edits <= min(limit, allowed_edits(form)):
                    found.update(forms)
                elif len(form) >= 5:
                    loose.update(forms)
        return found, loose - found

    def first(self, text: Sequence[Word]) -> int | None:
        """The position of the first trigger (in content order) that fires on `text`."""
        if not self.triggers or not text:
            return None
        # Cost bounded by the text: each distinct word is looked up once (a pasted text repeats
        # its words), and each trigger word finds its positions in a form -> positions map
        # instead of scanning the whole text once per trigger word.
        seen: dict[tuple[str, str], tuple[set[str], set[str]]] = {}
        strict: dict[str, list[int]] = {}
        loose: dict[str, list[int]] = {}
        for index, word in enumerate(text):
            key = (word.surface, word.stem)
            found = seen.get(key)
            if found is None:
                found = seen[key] = self._matching_forms(word)
            for form in found[0]:
                strict.setdefault(form, []).append(index)
            for form in found[1]:
                loose.setdefault(form, []).append(index)
        candidates = sorted({p for form in strict for p in self._using.get(form, ())})
        for position in candidates:
            if _fires(self.triggers[position], len(text), strict, loose):
                return position
        return None


def _at(where: dict[str, list[int]], word: Word) -> list[int]:
    """The positions (ascending) where the typed word stands for `word`, surface or stem."""
    if word.surface == word.stem:
        return where.get(word.surface, [])
    return sorted({*where.get(word.surface, ()), *where.get(word.stem, ())})


def _fires(
    trigger: Trigger, length: int, strict: dict[str, list[int]], loose: dict[str, list[int]]
) -> bool:
    """All trigger words present close together. One word of a longer trigger may be a
    bigger slip when the others are exact: "i have trubble breathing" is "trouble breathing"
    (a false alarm is acceptable, a missed emergency is not)."""
    wanted = trigger.words
    if length < len(wanted):
        return False
    hits = [_at(strict, w) for w in wanted]
    missing = [n for n, positions in enumerate(hits) if not positions]
    if len(missing) == 1 and len(wanted) >= 2 and not trigger.ordered:
        hits[missing[0]] = _at(loose, wanted[missing[0]])
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
