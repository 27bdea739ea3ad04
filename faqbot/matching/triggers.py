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

from faqbot.matching.fuzzy import KEY_ROWS, allowed_edits, keyboard_slip
from faqbot.matching.normalize import STOPWORDS

FILLERS: frozenset[str] = frozenset("a an the is am are was were be been being to of".split())
"""Words a trigger does not need ("short of breath" fires on "short breath")."""


PREFIX_LETTERS = 8
"""A typed stem and a trigger stem of at least this many letters, one the start of the other,
are the same word ("difficult", "difficulti")."""

INFLECTIONS = ("s", "es", "ed", "ing")
"""Endings added to trigger stems for the slip lookup (after a final e: "choked", "choking")."""

CACHE_WORDS = 20_000
"""At most this many typed words are remembered between resets (see `TriggerIndex.forget`)."""

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

REFLEXIVES: frozenset[str] = frozenset("myself himself herself themselves yourself".split())
"""Any one stands for all: "cut myself" fires on "she wants to cut herself". A reflexive after
another word of a trigger is that word's object, so it must follow it in the text too:
"asking for myself, I'm twelve weeks pregnant and my neck is killing me" is no "kill myself"
(blind set CM's first run: the self-harm alert)."""
_SELF = Word("<self>", "<self>")


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
        words = [
            _POSS if w.surface in POSSESSIVES else _SELF if w.surface in REFLEXIVES else w
            for w in words
        ]
        key = tuple(w for w in words if ordered or w.surface not in FILLERS)
        return cls(text, key or tuple(words), ordered=ordered)


class TriggerIndex:
    """Many triggers, matched against one text at a time with one fuzzy lookup per word."""

    def __init__(
        self,
        triggers: Sequence[Trigger],
        known: Collection[str] = (),
        is_known: Callable[[str], bool] = lambda word: False,
        *,
        loose_known: bool = False,
        is_word: Callable[[str], bool] = lambda word: False,
        keyboard_only: Callable[[str], bool] = lambda word: False,
    ) -> None:
        self.triggers = tuple(triggers)
        self._keyboard_only = keyboard_only
        """A typed word this accepts (a real word, for the urgent rules) is read as a slip of
        a trigger word only by a slip of the keyboard (`fuzzy.keyboard_slip`)."""
        self._loose_known = loose_known
        """Urgent rules: a known or short word may still be the one bigger slip of a longer
        trigger ("i have chest pan", "i feel wek all over")."""
        self._is_word = is_word
        """A typed word this says is a real word is read as a trigger word within its slip
        tolerance only, never as a bigger slip ("thumping" is no "jumping", "trek" no
        "tired")."""
        forms: set[str] = set()
        self._stem_of: dict[str, str] = {}
        for trigger in self.triggers:
            for word in trigger.words:
                forms.update((word.surface, word.stem))
                self._stem_of[word.surface] = word.stem
        # Word forms of each trigger word for the slip lookup: "chkoed" is one slip from
        # "choked", two from "choke".
        self._inflected: set[str] = set()
        """Forms added here: used only within the ordinary slip tolerance, never for the
        bigger slips ("leasing" is two slips from "legging", not a leg)."""
        for stem in {w.stem for t in self.triggers for w in t.words}:
            if len(stem) >= 4 and stem.isalpha():
                endings = ("s", "d", "ing") if stem.endswith("e") else INFLECTIONS
                made = [
                    stem[:-1] + ending if ending == "ing" and stem.endswith("e") else stem + ending
                    for ending in endings
                ]
            elif len(stem) == 3 and stem.isalpha() and stem[-1] not in "aeiouwy":
                # "cut": "cutting", and "cuting" with the consonant not doubled (which
                # Snowball reads as "cute", an everyday word)
                made = [stem + "s", stem + "ing", stem + stem[-1] + "ing", stem + stem[-1] + "ed"]
            else:
                made = []
            for form in made:
                if form not in forms:
                    forms.add(form)
                    self._inflected.add(form)
                    self._stem_of[form] = stem
        self._forms = sorted(forms)
        self._triggers_with: dict[str, set[int]] = {}
        """Form -> the triggers that have a word with it: only those can fire (every trigger
        needs at least one of its words found exactly or within slips)."""
        for position, trigger in enumerate(self.triggers):
            for word in trigger.words:
                for form in (word.surface, word.stem):
                    self._triggers_with.setdefault(form, set()).add(position)
        self._stems = sorted({w.stem for t in self.triggers for w in t.words})
        self._known = frozenset(known) | forms | STOPWORDS
        self._is_known = is_known
        self._cache: dict[Word, tuple[frozenset[str], frozenset[str], frozenset[str]]] = {}
        """Typed word -> its matching forms: the urgent check reads a question several ways
        and runs on every keystroke, so the same words recur. Emptied by `forget`."""

    def forget(self) -> None:
        """Drop cached typed words (privacy: called at every kiosk reset)."""
        self._cache.clear()

    def _cached_forms(self, word: Word) -> tuple[set[str], set[str], set[str]]:
        """`_matching_forms`, cached; the sets are new each time (callers add to them)."""
        known = self._cache.get(word)
        if known is None:
            if len(self._cache) >= CACHE_WORDS:
                self._cache.clear()
            strict, loose, near = self._matching_forms(word)
            known = (frozenset(strict), frozenset(loose), frozenset(near))
            self._cache[word] = known
        return set(known[0]), set(known[1]), set(known[2])

    def _matching_forms(self, word: Word) -> tuple[set[str], set[str], set[str]]:
        """Trigger words (surface or stem forms) this typed word may stand for: those within
        its slip tolerance, those one slip further ("trubble" for "trouble"), and (urgent
        rules only) those one slip from a known or short word ("pan" for "pain").

        Only a word we do not know can be a slip: "does" is never read as "dose", nor
        "have" as "hives". (The third set is only used for one word of a longer trigger whose
        other words are exact: "i have chest pan".)"""
        if word.surface in POSSESSIVES:
            return {_POSS.surface}, set(), set()
        if word.surface in REFLEXIVES or (
            len(word.surface) >= 5
            and any(OSA.distance(word.surface, r, score_cutoff=1) <= 1 for r in REFLEXIVES)
        ):
            return {_SELF.surface}, set(), set()  # (also "myslef", "herslf")
        found = {word.surface, word.stem}
        found.update(self._stem_of[f] for f in (word.surface, word.stem) if f in self._stem_of)
        if len(word.stem) >= PREFIX_LETTERS:
            # "difficult" / "difficulty": stems of one word family that Snowball keeps apart.
            found.update(
                f
                for f in self._stems
                if f[:PREFIX_LETTERS] == word.stem[:PREFIX_LETTERS]
                and (f.startswith(word.stem) or word.stem.startswith(f))
            )
        loose: set[str] = set()
        near: set[str] = set()
        if word.surface in self._known or self._is_known(word.surface):
            if self._loose_known:
                near = self._one_slip(word.surface) - found
            return found, loose, near
        keyboard_only = self._keyboard_only(word.surface)
        for typed in {word.surface, word.stem}:
            if typed[:3] != word.surface[:3]:
                # A synonym's key ("injections" -> "shot") was never typed: no slips of it
                # ("injections themselves" is not "shoot myself").
                continue
            limit = allowed_edits(typed)
            if limit == 0:
                if self._loose_known:
                    near |= self._one_slip(typed)
                continue
            for form, edits, _ in process.extract(
                typed, self._forms, scorer=OSA.distance, score_cutoff=limit + 1, limit=None
            ):
                # "swalowing" is "swallowing", so it is also its stem "swallow".
                forms = (form, self._stem_of.get(form, form))
                typable = not keyboard_only or keyboard_slip(typed, form)
                if edits <= min(limit, allowed_edits(form)):
                    if edits == 1 and not typable:
                        continue
                    found.update(forms)
                elif (
                    typable
                    and len(form) >= 5
                    and form not in self._inflected
                    and same_start(typed, form)
                ):
                    loose.update(forms)
        if loose and self._is_word(word.surface):
            loose.clear()
        return found, loose - found, near - found

    def _one_slip(self, typed: str) -> set[str]:
        """Trigger forms of four letters or more one slip from `typed`, a three-letter word
        (too short for the ordinary slip tolerance: "pan" for "pain", "wek" for "weak"),
        starting with the same letter (slips rarely hit the first one: "bill" is not "kill";
        longer known words are not read as slips at all: "rating" is not "racing")."""
        if len(typed) != 3 or not typed.isalpha():
            return set()
        out: set[str] = set()
        for form, _, _ in process.extract(
            typed, self._forms, scorer=OSA.distance, score_cutoff=1, limit=None
        ):
            if (
                len(form) >= 4
                and form != typed
                and form[0] == typed[0]
                and form not in self._inflected
            ):
                out.update((form, self._stem_of.get(form, form)))
        return out

    def _forms_of(
        self, text: Sequence[Word], joined: Sequence[tuple[int, Word]]
    ) -> list[tuple[set[str], set[str], set[str]]]:
        forms = [self._cached_forms(word) for word in text]
        for index, word in joined:
            # Only within the ordinary slip tolerance, and with the first letter as typed: two
            # words read as one are already a guess ("farewell" is not "face swelling", "i
            # hve" is not "hive").
            forms[index][0].update(
                form for form in self._cached_forms(word)[0] if form[:1] == word.surface[:1]
            )
        return forms

    def strict_forms(
        self, text: Sequence[Word], joined: Sequence[tuple[int, Word]] = ()
    ) -> list[set[str]]:
        """For each typed word, the trigger forms it stands for within its slip tolerance
        (for the red-flag concepts, which are single words looked for in pairs)."""
        return [found for found, _, _ in self._forms_of(text, joined)]

    def first(
        self,
        text: Sequence[Word],
        *,
        places: Sequence[int] | None = None,
        joined: Sequence[tuple[int, Word]] = (),
        no_big_slips: frozenset[str] = frozenset(),
    ) -> int | None:
        """The index of the first trigger (in content order) that fires on `text`.

        `places` gives each word's place for the closeness window (default: its index; the
        urgent reading does not count small words, so "my throat feels like it is closing"
        keeps "throat" and "closing" close). `joined` adds readings of split words: (index,
        word) makes `text[index]` also stand for `word` ("brea the" -> "breathe"), within
        the ordinary slip tolerance only. A word in `no_big_slips` is read within the
        ordinary slip tolerance only, never as a bigger slip: a name typed mid-sentence
        (`urgentread.proper_names`; "the train from Inverness": "inver", two slips from
        "under", is no "under a train", blind set BL) or a piece left unknown when a run of
        letters was split ("trazodone" -> "trazo done": "trazo" is no "razor", blind set
        CD)."""
        if not self.triggers or not text:
            return None
        forms = self._forms_of(text, joined)
        if no_big_slips:
            forms = [
                (found, set(), near) if word.surface in no_big_slips else (found, loose, near)
                for word, (found, loose, near) in zip(text, forms, strict=True)
            ]
        where = list(places) if places is not None else list(range(len(text)))
        # Where each form occurs: exactly or within slips, as a bigger slip (or, for urgent
        # rules, one slip from a known or short word), and (urgent rules) as a long unknown
        # word two slips from a one-word trigger with the same first letter ("swalwing").
        strict: dict[str, list[int]] = {}
        slack: dict[str, list[int]] = {}
        long_slip: dict[str, list[int]] = {}
        for i, (found, loose, near) in enumerate(forms):
            place = where[i]
            for form in found:
                strict.setdefault(form, []).append(place)
            for form in loose | near:
                slack.setdefault(form, []).append(place)
            surface = text[i].surface
            if self._loose_known and len(surface) >= LONG_SLIP_LETTERS:
                for form in loose:
                    edits = LONG_SLIP_EDITS + (len(form) >= LONG_FORM_LETTERS)
                    if (
                        form[:3] == surface[:3]
                        and OSA.distance(surface, form, score_cutoff=edits) <= edits
                    ):
                        long_slip.setdefault(form, []).append(place)
        candidates: set[int] = set()
        for form in (*strict, *long_slip):
            candidates |= self._triggers_with.get(form, set())
        for position in sorted(candidates):
            if _fires(self.triggers[position], strict, slack, long_slip):
                return position
        return None


def _around(key: str) -> frozenset[str]:
    """`key` and the letters on the keys around it (same row, and the rows above and below)."""
    out = {key}
    for row, letters in enumerate(KEY_ROWS):
        if key in letters:
            column = letters.index(key)
            for near in KEY_ROWS[max(0, row - 1) : row + 2]:
                out.update(near[max(0, column - 1) : column + 2])
    return frozenset(out)


_AROUND = {key: _around(key) for key in "".join(KEY_ROWS)}


def same_start(typed: str, form: str) -> bool:
    """Whether `typed` may start as `form` does, for a slip beyond the ordinary tolerance:
    the same first letter, a key next to it ("dwolen" for "swollen", "vrwath" for "breath",
    "rhoat" for "throat"), the first letter left out ("hroat") or one more letter typed before
    it ("sthroat"). A word that starts otherwise is another word: "plucking ... out" is no
    "blacked out", "Hell's Mouth" no swelling mouth (blind set BA)."""
    if not typed or not form:
        return False
    first = typed[0]
    return (
        first == form[0]
        or first in _AROUND.get(form[0], ())
        or first == form[1:2]
        or typed[1:2] == form[0]
    )


LONG_SLIP_LETTERS = 7
"""An unknown word this long may be two slips from a one-word urgent trigger that starts with
the same three letters ("swalwing" is "swallowing"; "wroking" and "checking" are not
"choking")."""
LONG_SLIP_EDITS = 2
LONG_FORM_LETTERS = 10
"""...two slips, or three from a trigger word of `LONG_FORM_LETTERS` or more ("anafalactic"
is "anaphylactic": "ph" typed "f" is two): for a word long enough to be allowed two slips
already, the bigger slip was three whatever the trigger, and "Blackpool" (blind set AT's
first run) got the fainting alert as "blackout"."""


def _fires(
    trigger: Trigger,
    strict: dict[str, list[int]],
    slack: dict[str, list[int]],
    long_slip: dict[str, list[int]],
) -> bool:
    """All trigger words present close together. One word of a longer trigger may be a
    bigger slip when the others are exact: "i have trubble breathing" is "trouble breathing"
    (a false alarm is acceptable, a missed emergency is not)."""
    wanted = trigger.words

    def found(w: Word, where: dict[str, list[int]]) -> list[int]:
        return where.get(w.surface, []) + (where.get(w.stem, []) if w.stem != w.surface else [])

    hits = [found(w, strict) for w in wanted]
    missing = [n for n, positions in enumerate(hits) if not positions]
    if len(missing) == 1 and len(wanted) >= 2 and not trigger.ordered:
        hits[missing[0]] = found(wanted[missing[0]], slack)
    elif missing and len(wanted) == 1 and not trigger.ordered:
        hits[0] = found(wanted[0], long_slip)
    for at in range(1, len(wanted)):
        if wanted[at] is _SELF and hits[at - 1]:
            first = min(hits[at - 1])
            hits[at] = [p for p in hits[at] if p > first]
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
