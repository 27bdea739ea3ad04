"""The picture in a comparison: "hurt like the dickens", "stiff as a church pew", "wound
tighter than a watch spring". Patients say how something feels by what it is like, and the
picture carries no question: "Is it going to hurt like the dickens?" asks whether it hurts.

Left in, the picture's words weigh against every entry. The content never uses them, so the
engine read "dickens" as something the content does not know and asked whether the patient
meant the pain entry, and "Is spasticity the reason my arm's stiff as a church pew?" fell back
(blind sets BS and BT: everyday words were answered right 0-16 % of the time on first runs).

Only a picture is dropped: the words after "like a", "as ... as a" or "-er than a", up to the
next word that opens another part of the sentence ("or", "since", "is", "my"...), and only
when one of them is an English word the content never uses. Words of the content and of its
rules stay, so "Is it like the cosmetic one?" and "does it feel like a bee sting" keep what
they ask about; a name the English list does not know (a medicine: "like baclofen") is never
a picture. A body part inside a picture is the picture's, not the patient's ("going like a
dog's back leg"), so it goes with it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from faqbot.matching import normalize
from faqbot.matching.english import is_listed
from faqbot.matching.subjects import BODY_PARTS

_ARTICLES = frozenset({"a", "an", "the", "some", "them", "those", "one", "two", "old"})
"""Words that open a picture after "like" ("like a prawn", "like old lemonade", "like one of
them nodding dogs"): "I'd like botox" and "what is it like" open none."""

_AS_MUCH = frozenset({"mad", "crazy", "hell", "heck", "blazes", "billyo", "stink", "fury"})
"""Pictures with no article that only say "very much": "nip like mad", "hurt like hell"."""

_LIKING = frozenset(
    {
        "would", "d", "i", "you", "we", "they", "do", "don", "didn", "doesn", "not", "really",
        "also", "might", "something", "anything", "nothing", "things", "stuff",
    }
)  # fmt: skip
"""Words before "like" that make it liking or an example, not a comparison: "I'd like a
leaflet", "is there anything like a pill instead"."""

_LIKENED = frozenset(
    "is s it this that botox bit just kind sort basically really act acts work works".split()
)
"""Words before "like" when what is asked about is itself likened: "is it like the cosmetic
one", "Is Botox a bit like a muscle off-switch?" (blind set BB), "does botox act like a
muscle relaxant" ask what it is or how it works."""

_NOT_PICTURED = frozenset(
    {
        "well", "soon", "long", "much", "many", "far", "often", "good", "same", "such", "quick",
        "more", "less", "fewer", "rather", "other", "longer", "shorter", "sooner", "later",
        "earlier", "older", "younger",
    }
)  # fmt: skip
"""Words of "as ... as" or before "than" that measure or compare the thing asked about ("as
long as", "as often as", "the same as", "more than one", "longer than a week"), not a
picture."""

_FEELS = frozenset(
    {
        "stiff", "tight", "rigid", "hard", "soft", "weak", "limp", "heavy", "bent", "curled",
        "stuck", "sore", "tender", "red", "blue", "black", "purple", "swollen", "dry", "numb",
        "dead", "cold", "hot", "tense", "strong", "straight", "useless", "flat", "white",
        "pale", "taut", "solid", "slow", "light", "clenched", "locked", "knotted", "tired",
    }
)  # fmt: skip
"""How a limb or a feeling is, in "stiff as a church pew" (no "as" before it): "I work as a
carpenter" or "used as a poison" compare nothing. Words ending in "y" ("floppy", "wobbly",
"achy") are such words too."""

_ENDS = frozenset(
    {
        "or", "and", "but", "since", "after", "before", "when", "while", "because", "so",
        "if", "is", "are", "was", "were", "will", "would", "can", "could", "do", "does",
        "did", "should", "has", "have", "had", "am", "i", "my", "me", "you", "your", "what",
        "how", "why", "where", "which", "then", "now", "today", "botox", "it", "most",
        "every", "each", "again", "still",
    }
)  # fmt: skip
"""Words that open another part of the sentence and so end a picture: "like a sock puppet
with nobody's hand in it since the jab" ends at "it", "like a swan's neck most days" at
"most"."""

_LONGEST = 8
"""Words a picture may hold at most; a longer run is more than a picture."""

_NEVER_KEPT = frozenset(BODY_PARTS) | normalize.STOPWORDS
"""Words of a picture that never stay, even when the content uses them: its body parts and
small words."""
_NOT_A_LIKENESS = _LIKING | _LIKENED
_OPENS_AFTER_LIKE = _ARTICLES | {"of"}


def without_pictures(
    words: Sequence[str], keeps: Callable[[str], bool], dropped: list[str]
) -> list[str]:
    """`words` (one clause's cleaned words) without the pictures of their comparisons;
    `keeps(word)` says whether the content or its rules use a word, which then stays. What
    is taken is added to `dropped` (for explanations)."""
    out: list[str] = []
    at = 0
    while at < len(words):
        opening = _picture_start(words, at)
        if opening is None:
            out.append(words[at])
            at += 1
            continue
        start, longest = opening
        end = start
        while end < len(words) and end - start < longest and words[end] not in _ENDS:
            end += 1
        picture = words[start:end]
        if not any(_pictures(w, keeps) for w in picture):
            out.append(words[at])
            at += 1
            continue
        if words[at] == "as" and at + 2 < len(words) and words[at + 2] == "as":
            out.append(words[at + 1])  # "as stiff as a board": "stiff" stays
        kept = [w for w in picture if keeps(w) and w not in _NEVER_KEPT]
        dropped.append(" ".join(words[at:end]))
        out.extend(kept)
        at = end
    return out


def _picture_start(words: Sequence[str], at: int) -> tuple[int, int] | None:
    """Where the picture of a comparison opening at `words[at]` starts and how many words it
    may hold, else None."""
    found = _opening(words, at)
    if found is None:
        return None
    if found == at + 1 and words[at] == "as":
        return found, 1  # "stiff as cardboard on bad days": one word, no article
    return found, _LONGEST


def _opening(words: Sequence[str], at: int) -> int | None:
    word = words[at]
    before = words[at - 1] if at else ""
    if word == "like" and at + 1 < len(words) and before not in _NOT_A_LIKENESS:
        start = at + 1
        if words[start] in _AS_MUCH:
            return start
        if words[start] not in _ARTICLES:
            return None
        while start < len(words) and words[start] in _OPENS_AFTER_LIKE:
            start += 1
        return start
    if word == "as" and at + 2 < len(words) and words[at + 2] == "as":
        if words[at + 1] in _NOT_PICTURED:
            return None
        start = at + 3
        while start < len(words) and words[start] in _ARTICLES:
            start += 1
        return start
    feels = before in _FEELS or (before.endswith("y") and before not in normalize.STOPWORDS)
    compares = word == "than" and bool(before) and before not in _NOT_PICTURED
    opens = at + 1 < len(words) and words[at + 1] in _ARTICLES
    if (compares or (word == "as" and feels)) and opens:
        return at + 2
    if word == "as" and feels and at + 1 < len(words) and words[at + 1] not in _ENDS:
        return at + 1  # "soft as butter", "stiff as cardboard"
    return None


def _pictures(word: str, keeps: Callable[[str], bool]) -> bool:
    """Whether `word` can only be part of a picture here: English, not used by the content
    or its rules, and not a word of the sentence's own frame."""
    return word not in normalize.STOPWORDS and not keeps(word) and is_listed(word)
