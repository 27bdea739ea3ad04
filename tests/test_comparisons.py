"""The picture of a comparison (`faqbot.matching.comparisons`): what is dropped, what stays.

The rows are patient-style questions (most from the first runs of blind sets BQ-BT, where
everyday words were answered right 0-16 % of the time); `keeps` stands for a content file that
uses the words a question asks about. What the engine answers is in tests/test_engine.py.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from faqbot.matching import normalize
from faqbot.matching.comparisons import without_pictures

CONTENT = frozenset(
    "hurt injection botox arm hand neck stiff spasticity stroke bruise needle cosmetic one "
    "sting bee poison last flat muscle weak jab feel leaflet pill".split()
)


def drop(text: str) -> str:
    return " ".join(without_pictures(normalize.words(text), CONTENT.__contains__, []))


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("is it going to hurt like the dickens", "is it going to hurt"),
        ("does it go flat like old lemonade after a few goes", "does it go flat after a few goes"),
        ("since the stroke my hand is curled like a prawn", "since the stroke my hand is curled"),
        ("can a stroke leave your arm as tight as a guy rope", "can a stroke leave your arm tight"),
        ("is spasticity why my arm is stiff as a church pew", "is spasticity why my arm is stiff"),
        ("my fingers are wound tighter than a watch spring", "my fingers are wound tighter"),
        # a body part in the picture is the picture's: "neck" would read as a near miss
        ("my hand is bent over like a swan's neck most days", "my hand is bent over most days"),
        ("me head keeps going like one of them nodding dogs on a parcel shelf is that dystonia",
         "me head keeps going is that dystonia"),
        # the picture ends where the sentence goes on
        ("my arm has gone like a sock puppet with nobody's hand in it since the jab",
         "my arm has gone it since the jab"),
        ("my arm is floppy as a rag doll", "my arm is floppy"),
        # no article: one word is the picture (blind sets BS, BU)
        ("my wrist has gone soft as butter where they jabbed it",
         "my wrist has gone soft where they jabbed it"),
        ("my arms go stiff as cardboard on bad days", "my arms go stiff on bad days"),
        # "very much", with no article
        ("is it going to nip like mad", "is it going to nip"),
        ("will it hurt like hell after", "will it hurt after"),
    ],
)  # fmt: skip
def test_the_picture_of_a_comparison_is_dropped(typed: str, kept: str) -> None:
    assert drop(typed) == kept


@pytest.mark.parametrize(
    "typed",
    [
        # liking, wishing, examples: no comparison
        "i would like a leaflet about botox",
        "is there anything like a pill instead",
        "what is it like",
        # the content's words are what is asked about, not a picture
        "is it like the cosmetic one",
        # what is asked about, itself likened
        "is botox a bit like a muscle off switch",
        "does it feel like a bee sting",
        # measures and sameness compare the thing asked about
        "does it last as long as the last one",
        "is it the same as the cosmetic one",
        "can i have it as often as i like",
        # a medicine the English list does not know is never a picture
        "is it like baclofen",
        "is it stronger than tizanidine",
        # a quantity or a time, not a picture (CLINC150: "more than one occult")
        "is there more than one occult a person can join",
        "does it hurt more than a flu jab",
        # "as a" after a verb compares nothing
        "i work as a carpenter does it hurt",
        "is it used as a poison",
    ],
)
def test_what_is_not_a_picture_stays(typed: str) -> None:
    assert drop(typed) == " ".join(normalize.words(typed))


def test_what_is_dropped_is_told() -> None:
    dropped: list[str] = []
    typed = normalize.words("does it hurt like the dickens")
    without_pictures(typed, CONTENT.__contains__, dropped)
    assert dropped == ["like the dickens"]


WORDS = "like as than a the dickens hurt stiff or church pew botox one of them".split()


@given(st.lists(st.sampled_from(WORDS), max_size=14))
def test_only_words_are_taken_never_added_or_reordered(words: list[str]) -> None:
    """Whatever is typed, what is left is the typed words in their order, less some."""
    left = without_pictures(words, CONTENT.__contains__, [])
    it = iter(words)
    assert all(any(w == typed for typed in it) for w in left)
