"""Suggestions while typing on the bundled content (`faqbot.matching.typeahead`, `Engine.suggest`).

Issue 10: suggestions use the same ranking as `ask`, and a partial last word counts. The
fixture-level behaviour (nothing before a meaningful word, `n`, determinism) is in
tests/test_engine.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from faqbot.evaluation.cases import Expect, load_cases
from faqbot.matching.engine import Engine
from faqbot.matching.results import Kind
from faqbot.matching.typeahead import is_unfinished

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def engine(bundled_engine: Engine) -> Engine:
    return bundled_engine


def offered(engine: Engine, prefix: str) -> list[str]:
    return [s.entry.id for s in engine.suggest(prefix)]


@pytest.mark.parametrize("prefix", ["side eff", "side ef", "sid", "what are the side ef",
                                    "what are the side e"])
def test_side_effect_prefixes_offer_the_side_effect_questions(engine: Engine, prefix: str) -> None:
    # issue 10: "side eff" offered only "What is cervical dystonia?", "what are the side ef"
    # offered nothing
    ids = offered(engine, prefix)
    assert ids[:1] == ["common-side-effects"]
    assert {"serious-side-effects", "when-side-effects-happen"} <= set(ids)


@pytest.mark.parametrize(
    ("prefix", "first"),
    [
        ("is it saf", "is-botox-safe"),
        ("does it hur", "does-it-hurt"),
        ("what is clon", "what-is-clonus"),
        ("wat is spas", "what-is-spasticity"),
        ("can i dri", "driving-after"),
        ("how does botox wo", "how-botox-works"),
        ("when will i notice a diff", "when-it-starts-working"),
        ("is it safe for kid", "botox-for-children"),
        ("brui", "soreness-and-bruising"),
        ("hi, my son tom has cp, is it safe for kid", "botox-for-children"),
        ("dose it hur", "does-it-hurt"),  # "dose" read as "does" too, as `ask` does
    ],
)
def test_a_partial_last_word_counts(engine: Engine, prefix: str, first: str) -> None:
    assert offered(engine, prefix)[:1] == [first]


def test_suggestions_rank_as_ask_does(engine: Engine) -> None:
    """Every content test that `ask` answers has that entry first among the suggestions, typed
    in full (last word still "being typed") and with a space after it."""
    answered = 0
    for case in load_cases(ROOT / "content" / "tests.yaml"):
        if case.expect is not Expect.ANSWER:
            continue
        result = engine.ask(case.question)
        if result.kind is not Kind.ANSWER:
            continue
        answered += 1
        for typed in (case.question, case.question + " "):
            assert offered(engine, typed)[:1] == [result.id], typed
    assert answered >= 100


@pytest.mark.parametrize(
    ("text", "unfinished"),
    [("side eff", True), ("side eff ", False), ("side eff?", False), ("", False),
     ("side\u200beff", True)],
)
def test_is_unfinished(text: str, unfinished: bool) -> None:
    assert is_unfinished(text) is unfinished
