"""A question that sets two things side by side is about them (`faqbot.matching.contrasts`)."""

from __future__ import annotations

import pytest

from faqbot.matching import normalize
from faqbot.matching.contrasts import compared
from faqbot.matching.engine import Engine
from faqbot.matching.results import Kind


@pytest.mark.parametrize(
    ("question", "sides"),
    [
        ("What's the difference between a loch and a lake?", (("loch",), ("lake",))),
        # stop words are no side's words
        ("Can you compare the difference between Botox and Dysport for me?",
         (("botox",), ("dysport",))),
        ("What's the time difference between London and Toronto?",
         (("london",), ("toronto",))),
    ],
)  # fmt: skip
def test_the_two_sides_are_read(
    question: str, sides: tuple[tuple[str, ...], tuple[str, ...]]
) -> None:
    assert compared(normalize.words(question)) == sides


@pytest.mark.parametrize(
    "question",
    [
        # no word that sets things side by side before "between"
        "Can I have a cup of tea between the injections and the physio?",
        # no second side
        "What's the difference between the injections?",
        "What's the difference between the first and?",
        # a side of stop words only: "them" points back at what was named before
        "how do botox and dysport differ, is there a difference between them and xeomin",
        # a side that is a sentence, not a thing
        "is there any difference between how my arm felt after the first round of injections "
        "last spring and now",
        # nothing
        "",
    ],
)
def test_a_question_that_compares_nothing_so_has_no_sides(question: str) -> None:
    assert compared(normalize.words(question)) is None


@pytest.mark.parametrize(
    "question",
    [
        # far questions of blind sets CA, CB, BO and BV: "difference" alone had offered the
        # other brands of the toxin
        "What's the difference between a loch and a lake?",
        "What's the difference between a hare and a rabbit?",
        "What's the difference between a crumpet and a pikelet?",
        "What's the difference between a crocodile and an alligator?",
        # chat around it goes first
        "Hiya love! Quick one: what's the difference between a crumpet and a pikelet?",
    ],
)
def test_a_comparison_of_things_the_content_does_not_know_falls_back(
    bundled_engine: Engine, sparse_engine: Engine, question: str
) -> None:
    for engine in (bundled_engine, sparse_engine):
        result = engine.ask(question)
        assert result.kind is Kind.FALLBACK and not result.referred, result
        assert not result.candidates
        assert result.explanation is not None
        assert "compares" in result.explanation.reason


@pytest.mark.parametrize(
    ("question", "entry"),
    [
        ("What's the difference between Botox and Dysport?", "other-brands"),
        ("is there a difference between the botox i get and the cosmetic botox",
         "cosmetic-botox"),
    ],
)  # fmt: skip
def test_a_comparison_the_content_knows_is_read_as_before(
    bundled_engine: Engine, question: str, entry: str
) -> None:
    result = bundled_engine.ask(question)
    assert result.explanation is not None and "compares" not in result.explanation.reason
    reached = [result.id] if result.kind is Kind.ANSWER else [c.entry.id for c in result.candidates]
    assert entry in reached, result


def test_urgent_words_beside_a_comparison_still_come_first(bundled_engine: Engine) -> None:
    """The comparison is read after the urgent rules, which read everything typed."""
    result = bundled_engine.ask(
        "what's the difference between a loch and a lake, also I can't breathe"
    )
    assert result.kind is Kind.URGENT
