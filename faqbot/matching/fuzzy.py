"""Typo tolerance for single words: our patients type with spastic hands.

A typed word that is not in the content's vocabulary is mapped to the closest vocabulary word
within a small number of edits (insert, delete, substitute, or swap two neighbours: rapidfuzz's
OSA distance). Short words get no tolerance: "shot"/"shop", "arm"/"art" are different words.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from itertools import product

from rapidfuzz import process
from rapidfuzz.distance import OSA

_RUNS = re.compile(r"(.)\1*", re.DOTALL)
"""A letter and its repeats."""
MAX_REPEATED_RUNS = 6
"""Repeated letters read two ways each (once, twice) in at most this many places: 64 words to
look up at most."""


KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
"""A QWERTY keyboard's letter rows, for the keys around a key (here and in `triggers`)."""


def _neighbours() -> dict[str, frozenset[str]]:
    """Each letter's neighbours on a QWERTY keyboard: the keys either side, and the two keys
    it touches in the rows above and below (each row sits half a key to the right of the
    one above it: "g" touches "t", "y", "v" and "b")."""
    out: dict[str, frozenset[str]] = {}
    for row, line in enumerate(KEY_ROWS):
        for col, key in enumerate(line):
            touching = [(row, col - 1), (row, col + 1)]
            touching += [(row - 1, col), (row - 1, col + 1), (row + 1, col - 1), (row + 1, col)]
            out[key] = frozenset(
                KEY_ROWS[r][c]
                for r, c in touching
                if 0 <= r < len(KEY_ROWS) and 0 <= c < len(KEY_ROWS[r])
            )
    return out


_NEIGHBOURS = _neighbours()


_VOWELS = frozenset("aeiou")


def keyboard_slip(typed: str, meant: str) -> bool:
    """Whether `typed` may be a slip of `meant`, by the keyboard or by the ear: a letter put
    in, left out or swapped with its neighbour is always one; a letter typed for another only
    when the two keys are neighbours ("sqallow") or both are vowels, spelt as said ("feint"
    for "faint"). A real word one other letter from a red-flag word is that word: "slugs" is
    no "slurs", "wives" no "hives", "shallow" no "swallow" (blind sets BM and BN); nor one two
    letters away, each of them another key: "string" is no "seeing", "thread" no "throat"
    (blind set CO's first run: "I cannot hold the kite string" had the eyesight alert)."""
    if len(typed) != len(meant):
        return True
    differ = [(a, b) for a, b in zip(typed, meant, strict=True) if a != b]
    if len(differ) == 2 and differ[0] == differ[1][::-1]:
        return True  # two letters swapped ("breaht")
    return all(b in _NEIGHBOURS.get(a, frozenset()) or {a, b} <= _VOWELS for a, b in differ)


_SOUNDS = (
    ("tion", "shun"), ("sion", "shun"), ("ph", "f"), ("ck", "k"), ("qu", "kw"), ("x", "ks"),
    ("q", "k"), ("z", "s"), ("wh", "w"),
)  # fmt: skip
"""Spellings of one sound, written the plainer way, in this order."""
_SOFT_C = re.compile(r"c(?=[eiy])")
_VOWELS_AND_Y = re.compile(r"[aeiouy]+")
_DOUBLED = re.compile(r"(.)\1+")
SOUND_LETTERS = 6
"""A typed word this long or longer may be read by its sound (`sound_key`); a shorter one has
too few consonants to tell words apart ("duz" and "days" sound alike)."""
SOUND_CONSONANTS = 4
"""...and only when its sound key has this many consonants or more, its first letter counted
as one whatever it is."""


def sound_key(word: str) -> str:
    """How `word` sounds, roughly: its first letter, then its consonants as they sound, each
    run of vowels one mark. Patients spell by ear: "distonya" and "dystonia", "spastisity" and
    "spasticity", "injekshun" and "injection", "botoks" and "botox" sound the same, while a
    typing slip needs more edits than a word of their length is allowed."""
    text = word.lower()
    for spelt, said in _SOUNDS:
        text = text.replace(spelt, said)
    text = _SOFT_C.sub("s", text).replace("c", "k")
    head, rest = text[:1], text[1:]
    rest = _VOWELS_AND_Y.sub("a", rest)
    return _DOUBLED.sub(r"\1", head + rest)


SKELETON_LETTERS = 5
"""Shorter words without their vowels say too little ("hrt" may be "hurt" or "heart")."""
_VOWELS_OR_Y = re.compile(r"[aeiouy]")


def skeleton(word: str) -> str:
    """`word`'s first letter and then its consonants: what is left when vowels are dropped."""
    return word[:1] + _VOWELS_OR_Y.sub("", word[1:])


def _keeps_in_order(typed: str, word: str) -> bool:
    """Whether every letter of `typed` is in `word`, in order (only letters left out)."""
    letters = iter(word)
    return all(ch in letters for ch in typed)


def allowed_edits(word: str) -> int:
    """How many typing slips a word of this length may carry and still be recognised."""
    n = len(word)
    if n <= 3:
        return 0
    if n <= 8:  # "invented" is 2 slips from "injected": too far for an 8-letter word
        return 1
    return 2


def similarity(edits: int) -> float:
    """How much a corrected word counts, compared with a word typed exactly (1.0)."""
    return (1.0, 0.85, 0.7)[min(edits, 2)]


@dataclass(frozen=True, slots=True)
class Correction:
    typed: str
    word: str
    edits: int


class Vocabulary:
    """The content's words, searchable for typos, merged or split words, and prefixes."""

    def __init__(self, frequency: Mapping[str, int]) -> None:
        self._frequency = dict(frequency)
        self._sorted = sorted(self._frequency)
        self._windows: dict[tuple[int, int], list[str]] = {}
        self._by_length: dict[int, list[str]] = {}
        self._sounds: dict[str, list[str]] | None = None
        """Known words by `sound_key`, built on first use."""
        self._skeletons: dict[str, list[str]] | None = None
        """Known words by `skeleton`, built on first use."""
        for word in self._sorted:
            self._by_length.setdefault(len(word), []).append(word)

    def __contains__(self, word: object) -> bool:
        return word in self._frequency

    def uses(self, word: str) -> int:
        """How often the content uses `word` (0 for a word it never uses)."""
        return self._frequency.get(word, 0)

    def correct(self, typed: str, *, other: bool = False) -> Correction | None:
        """The closest known word within tolerance; ties go to the more frequent word. With
        `other`, never `typed` itself (the word a known word may be a slip of)."""
        limit = allowed_edits(typed)
        if limit == 0 or not typed.isalpha():
            return None
        choices = self._window(len(typed), limit)
        found = process.extract(typed, choices, scorer=OSA.distance, score_cutoff=limit, limit=8)
        best: tuple[int, int, str] | None = None
        for word, edits, _ in found:
            if allowed_edits(word) < edits or (other and word == typed):
                continue
            key = (int(edits), -self._frequency[word], word)
            if best is None or key < best:
                best = key
        return None if best is None else Correction(typed, best[2], best[0])

    def sounds_like(self, typed: str) -> str | None:
        """The known word `typed` sounds like (`sound_key`), when it is long enough to tell:
        for a patient who spells by ear, once a slip-by-slip correction found nothing. Of
        several known words that sound alike, the most frequent."""
        if len(typed) < SOUND_LETTERS or not typed.isalpha():
            return None
        key = sound_key(typed)
        if sum(1 for ch in key[1:] if ch != "a") < SOUND_CONSONANTS - 1:
            return None
        if self._sounds is None:
            sounds: dict[str, list[str]] = {}
            for word in self._sorted:
                if len(word) >= SOUND_LETTERS - 1 and word.isalpha():
                    sounds.setdefault(sound_key(word), []).append(word)
            self._sounds = sounds
        found = self._sounds.get(key, [])
        return max(found, key=lambda w: (self._frequency[w], w), default=None)

    def without_vowels(self, typed: str) -> str | None:
        """The known word `typed` is with vowels left out ("spastcty": "spasticity",
        "injctn": "injection"), when a slip-by-slip correction found nothing: a weak finger
        or text-speak drops vowels, more of them than a word's slips allow. Only a word of
        `SKELETON_LETTERS` or more whose consonants (`skeleton`) are those of a known word,
        in order, every typed letter kept; of several such words, the most frequent."""
        if len(typed) < SKELETON_LETTERS or not typed.isalpha():
            return None
        if self._skeletons is None:
            skeletons: dict[str, list[str]] = {}
            for word in self._sorted:
                if len(word) > SKELETON_LETTERS and word.isalpha():
                    skeletons.setdefault(skeleton(word), []).append(word)
            self._skeletons = skeletons
        found = [
            word
            for word in self._skeletons.get(skeleton(typed), [])
            if len(word) >= len(typed) + 2 and _keeps_in_order(typed, word)
        ]
        return max(found, key=lambda w: (self._frequency[w], w), default=None)

    def near(self, typed: str, edits: int = 1) -> list[str]:
        """The known words other than `typed` within `edits` slips of it."""
        window = self._window(len(typed), edits)
        found = process.extract(typed, window, scorer=OSA.distance, score_cutoff=edits, limit=None)
        return [word for word, _, _ in found if word != typed]

    def undoubled(self, typed: str, also: Callable[[str], bool] = lambda _: False) -> str | None:
        """`typed` with its held or repeated keys typed once, when that is a known word (or
        one that `also` accepts): a key held down or pressed twice is the commonest slip of a
        hand with a tremor or spasticity ("itt", "forr", "lastt", "botoxx", "hhurrt",
        "hurrrrrt", "mmmany"), and words of two or three letters get no other tolerance. Each
        run of one letter may stand for the letter once or twice ("weeeak": "weak"; "bloood":
        "blood"). The most frequent such word, else None."""
        runs = [(m.group()[0], len(m.group())) for m in _RUNS.finditer(typed)]
        repeated = [i for i, (letter, length) in enumerate(runs) if length > 1 and letter.isalpha()]
        if not repeated or len(repeated) > MAX_REPEATED_RUNS:
            return None
        found: list[str] = []
        for lengths in product((1, 2), repeat=len(repeated)):
            chosen = dict(zip(repeated, lengths, strict=True))
            once = "".join(
                letter * min(length, chosen.get(i, length))
                for i, (letter, length) in enumerate(runs)
            )
            if once != typed and len(once) >= 2 and (once in self._frequency or also(once)):
                found.append(once)
        return max(found, key=lambda w: (self._frequency.get(w, 0), w), default=None)

    def _window(self, length: int, limit: int) -> list[str]:
        """Known words whose length is within `limit` of `length` (built once per window)."""
        key = (length, limit)
        if key not in self._windows:
            self._windows[key] = [
                word
                for size in range(length - limit, length + limit + 1)
                for word in self._by_length.get(size, ())
            ]
        return self._windows[key]

    def split(self, typed: str) -> tuple[str, str] | None:
        """`sideeffects` -> (`side`, `effects`) when both halves are known words."""
        for cut in range(2, len(typed) - 1):
            left, right = typed[:cut], typed[cut:]
            if left in self._frequency and right in self._frequency and len(right) > 1:
                return left, right
        return None

    def completions(self, prefix: str, limit: int = 12) -> list[str]:
        """Known words starting with `prefix`, most frequent first (for as-you-type)."""
        start = bisect_left(self._sorted, prefix)
        found: list[str] = []
        for word in self._sorted[start:]:
            if not word.startswith(prefix):
                break
            found.append(word)
        found.sort(key=lambda w: (-self._frequency[w], w))
        return found[:limit]
