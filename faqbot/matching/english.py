"""Everyday English words, by how often they are used: a word a patient typed that is itself a
common English word is not a slip of another word.

The fuzzy corrector knows only the content's words. Without this, "reset" was read as "rest",
"king" as "kind", "band" as "hand" and "president" as "resident", and a far question ("how do I
reset my iPhone?", "how old is the king") was offered an entry it had nothing to do with.
The counts are pyspellchecker's English word-frequency list (MIT licence), read once per
process from the data file in its wheel."""

from __future__ import annotations

import gzip
import json
from functools import lru_cache
from importlib import resources

from faqbot.matching.commonwords import is_common
from faqbot.matching.fuzzy import Vocabulary

COMMON_COUNT = 4000
"""A word counted at least this often in the list is common English. Chosen on the blind sets'
corrections: "stinking", "reset", "band", "king" (4,000-130,000) were misread, while the slips
that must still be corrected ("stoke" for stroke, 828; "wile", 256; "teem", 127) are rarer."""
MIN_LENGTH = 4
"""Shorter words ("wat", "hw", "u") are left to the engine's rules for small words."""
_PACKAGE = "spellchecker.resources"
"""Where the list is: pyspellchecker's data, `en.json.gz` (word -> count)."""


LISTED_COUNT = 51
"""A word counted at least this often is a word of the list: the rarest hundred thousand
words all have the list's floor count of 50, and they hold typing slips ("weka", "redd")
beside real rare words. Above the floor: "seizing", "jags", "jumpy", "knackered"."""


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    """(common English words, listed words), read once per process. Both empty if the list
    cannot be read (a broken install): typed words are then read as before, which is a worse
    reading, never a crash."""
    try:
        data = resources.files(_PACKAGE).joinpath("en.json.gz").read_bytes()
        counts = json.loads(gzip.decompress(data))
    except (OSError, ValueError, ModuleNotFoundError):
        return frozenset(), frozenset()
    if not isinstance(counts, dict):
        return frozenset(), frozenset()
    listed = {w: n for w, n in counts.items() if isinstance(n, int) and n >= LISTED_COUNT}
    common = frozenset(w for w, n in listed.items() if n >= COMMON_COUNT and len(w) >= MIN_LENGTH)
    return common, frozenset(listed)


def common_english() -> frozenset[str]:
    """The common English words of `MIN_LENGTH` letters or more (about 8,400)."""
    return _lists()[0]


def is_listed(word: str) -> bool:
    """Whether `word` (lower case) is an English word of the list, however rare (above the
    list's floor count): a real word, not a slip ("seizing" is, "swolen" is not)."""
    return word in _lists()[1]


def is_english(word: str) -> bool:
    """Whether `word` (lower case) is an everyday word (`commonwords`) or common English: a
    word a patient meant as typed, never a slip of a content or trigger word."""
    return is_common(word) or word in common_english()


SLIP_LETTERS = 6
"""A typed word this long or longer may be a slip of a common English word as long."""


@lru_cache(maxsize=1)
def _long_common_words() -> Vocabulary:
    """The common English words of `SLIP_LETTERS` letters or more, searchable for slips."""
    return Vocabulary(dict.fromkeys((w for w in common_english() if len(w) >= SLIP_LETTERS), 1))


def slip_of_english(word: str) -> str | None:
    """The common English word of `SLIP_LETTERS` letters or more that `word` (lower case,
    letters only, itself no word of the list) is one typing slip from, if any: two letters
    swapped, one left out, one doubled or added ("exaclty" for exactly, "realy"); not one
    mistyped, which names are too often ("lyrica" is no slip of lyrics). Such a word is a
    slip, not a name the content does not know."""
    if len(word) < SLIP_LETTERS or not word.isalpha() or is_listed(word):
        return None
    return min(
        (w for w in _long_common_words().near(word) if not _one_letter_mistyped(word, w)),
        default=None,
    )


def _one_letter_mistyped(typed: str, word: str) -> bool:
    return len(typed) == len(word) and sum(a != b for a, b in zip(typed, word, strict=True)) == 1
