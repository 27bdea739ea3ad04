"""The two things a "what's the difference between A and B?" question sets side by side.

Far questions ask it about anything: "What's the difference between a loch and a lake?",
"...between a hare and a rabbit?", "...between a crumpet and a pikelet?" (blind sets BO, BV,
BX, CA, CB). The word "difference" alone then weighs for the content's own comparison ("Are
Dysport and Xeomin the same as Botox?"), and a question about lochs was offered the other
brands of the toxin. What the question compares is its subject: when the content knows
neither side, no entry is about it (`Engine` falls back). "What's the difference between
Botox and Dysport?" or "...between the arm and the neck injections" name what the content
knows, and are read as before.
"""

from __future__ import annotations

from collections.abc import Sequence

from faqbot.matching import normalize

_DIFFERENCE = frozenset(
    "difference differences different differ differs compare compared comparison".split()
)
"""Words before "between" that set two things side by side."""
MAX_SIDE_WORDS = 6
"""A side longer than this is a sentence, not a thing compared: left alone."""


def compared(words: Sequence[str]) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """The meaningful words (no stop words) of A and of B in "...difference between A and B",
    each side at least one word; None when the question compares nothing so."""
    if "between" not in words:
        return None
    at = words.index("between")
    if not _DIFFERENCE.intersection(words[:at]):
        return None
    rest = words[at + 1 :]
    if "and" not in rest:
        return None
    joint = rest.index("and")
    sides = (rest[:joint], rest[joint + 1 :])
    if any(not side or len(side) > MAX_SIDE_WORDS for side in sides):
        return None
    first, second = (tuple(w for w in side if w not in normalize.STOPWORDS) for side in sides)
    if not first or not second:
        return None
    return first, second
