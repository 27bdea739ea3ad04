"""Disguises of an urgent question, the ways stiff hands and odd keyboards produce them.

Used by tests/test_urgent_disguises.py (every variant must still be caught) and
benchmarks/urgent.py. Deterministic: the same variants every run.
"""


from __future__ import annotations

from collections.abc import Iterator

LOOKALIKES = str.maketrans(
    {"a": "а", "c": "с", "e": "е", "i": "і", "o": "о", "p": "р", "y": "у", "x": "х"}
)
"""Latin letter -> its Cyrillic twin (а с е і о р у х look the same on screen)."""

CONTROLS = ("\x00", "\x1b", "\x01", "\x7f")
FILLERS = ("um", "like", "really", "you know", "so", "uh")


def slips(word: str) -> Iterator[str]:
    """One typing slip in a word of four letters or more, in its middle: two letters swapped,
    one dropped, one doubled, one replaced by its keyboard neighbour."""
    if len(word) < 4 or not word.isalpha():
        return
    middle = len(word) // 2
    yield word[: middle - 1] + word[middle] + word[middle - 1] + word[middle + 1 :]
    yield word[:middle] + word[middle + 1 :]
    yield word[:middle] + word[middle] + word[middle:]
    neighbour = {"a": "s", "e": "r", "i": "o", "o": "p", "u": "y", "t": "r", "h": "j", "n": "m"}
    letter = word[middle]
    if letter in neighbour:
        yield word[:middle] + neighbour[letter] + word[middle + 1 :]


def disguises(question: str) -> Iterator[tuple[str, str]]:
    """(disguise name, variant) pairs for one question; the question itself is not one."""
    words = question.split()
    for gap in range(len(words) - 1):
        yield "one space removed", " ".join(
            [*words[:gap], words[gap] + words[gap + 1], *words[gap + 2 :]]
        )
    yield "all spaces removed", "".join(words)
    yield "look-alike letters", question.translate(LOOKALIKES)
    yield "look-alike letters, no spaces", "".join(words).translate(LOOKALIKES)
    for control in CONTROLS:
        yield f"control character {control!r} between words", control.join(words)
    for gap in range(1, len(words)):
        filler = FILLERS[gap % len(FILLERS)]
        yield "filler word inserted", " ".join([*words[:gap], filler, *words[gap:]])
    yield "all caps", question.upper()
    yield "all caps, no spaces", "".join(words).upper()
    for index, word in enumerate(words):
        for slipped in slips(word):
            if slipped != word:
                yield "typing slip", " ".join([*words[:index], slipped, *words[index + 1 :]])
