"""Group stored unanswered questions that ask the same thing, so staff see one line per need.

Method (deterministic: the same questions always give the same groups, in any order):

1. Each question becomes a set of word stems: placeholders (`[name]`), everyday function words
   and words nearly every question here shares (`botox`, `injection`, ...) are left out; the
   rest are Snowball-stemmed (`parking` -> `park`).
2. Stems that are typos or forms of each other are merged: two stems of five or more letters
   are the same when rapidfuzz's `fuzz.ratio` is at least `SAME_STEM` (`pregnant`/`pregnanc`).
   Each stem goes to the first earlier stem it matches, in (most frequent, alphabetical) order.
3. Two questions are similar when their stem sets overlap with a Dice coefficient of at least
   `SIMILAR` (2 * shared / (size1 + size2)): "where can I park my car" and "is there parking"
   share `park` of {car, park} and {park}: 2/3.
4. Groups are the connected components of that similarity (single linkage). A question with no
   stems left (only generic words) forms a group of its own.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import fuzz

from faqbot.matching.normalize import english_stemmer

SAME_STEM = 80.0
SIMILAR = 0.6
MIN_FUZZY_LEN = 5

_STOP = frozenset(
    """a about after again all also am an and any are as at be been before can could did do
    does doing for from get got had has have how i if in is it its just me my near nearby need
    of on or our please should so some than that the their them then there these they this to
    too up us was we were what whats when where which who why will with would you your yours
    im i'm it's can't cant dont don't much many really still come bring allow allowed take go
    ok okay tell know want like""".split()
)
_GENERIC = frozenset(
    """botox botulinum toxin injection injections injected inject jab jabs shot shots treatment
    treatments clinic hospital doctor nurse question""".split()
)
_PLACEHOLDER = re.compile(r"\[(?:email|url|date|phone|number|name|word)\]")
_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")


@dataclass(frozen=True, slots=True)
class Group:
    """Similar questions: `texts` as stored with their counts, most asked first."""

    texts: tuple[tuple[str, int], ...]

    @property
    def size(self) -> int:
        """How many times a question of this group was asked."""
        return sum(count for _, count in self.texts)

    @property
    def example(self) -> str:
        return self.texts[0][0]


class _Stems:
    def __init__(self) -> None:
        self._stemmer = english_stemmer()
        self._generic = frozenset(self._stemmer.stemWords(sorted(_GENERIC)))

    def of(self, text: str) -> frozenset[str]:
        words = [
            w.replace("-", "").replace("'", "")
            for w in _WORD.findall(_PLACEHOLDER.sub(" ", text.lower()))
            if w not in _STOP
        ]
        return frozenset(self._stemmer.stemWords(words)) - self._generic


def _canonical(stem_sets: Iterable[frozenset[str]]) -> dict[str, str]:
    frequency = Counter(stem for stems in stem_sets for stem in stems)
    heads: list[str] = []
    mapping: dict[str, str] = {}
    for stem in sorted(frequency, key=lambda s: (-frequency[s], s)):
        head = next(
            (
                h
                for h in heads
                if len(h) >= MIN_FUZZY_LEN
                and len(stem) >= MIN_FUZZY_LEN
                and fuzz.ratio(h, stem) >= SAME_STEM
            ),
            None,
        )
        if head is None:
            heads.append(stem)
            head = stem
        mapping[stem] = head
    return mapping


def question_keys(texts: Sequence[str]) -> list[frozenset[str]]:
    """Each text's set of canonical stems (steps 1 and 2 of the method)."""
    stems = _Stems()
    raw = [stems.of(text) for text in texts]
    mapping = _canonical(raw)
    return [frozenset(mapping[s] for s in key) for key in raw]


def similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """Dice coefficient of two stem sets; 0 when either is empty."""
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def group_questions(counted: dict[str, int]) -> list[Group]:
    """Group texts (text -> times asked); largest group first, then alphabetical."""
    texts = sorted(counted)
    keys = question_keys(texts)
    parent = list(range(len(texts)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_stem: dict[str, list[int]] = defaultdict(list)
    for index, key in enumerate(keys):
        for stem in key:
            by_stem[stem].append(index)
    for index, key in enumerate(keys):
        neighbours = {other for stem in key for other in by_stem[stem] if other > index}
        for other in neighbours:
            if similarity(key, keys[other]) >= SIMILAR:
                parent[find(other)] = find(index)

    members: dict[int, list[tuple[str, int]]] = defaultdict(list)
    for index, text in enumerate(texts):
        members[find(index)].append((text, counted[text]))
    groups = [
        Group(tuple(sorted(items, key=lambda item: (-item[1], item[0]))))
        for items in members.values()
    ]
    return sorted(groups, key=lambda g: (-g.size, g.example))
