"""How entries are ranked (`faqbot.matching.index`): the parts of the score that the decision
model does not see directly."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from faqbot.content.loader import load_faq
from faqbot.content.model import Faq
from faqbot.matching.engine import Engine
from faqbot.matching.thresholds import DEFAULT_WEIGHTS

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def bundled() -> Faq:
    return load_faq(ROOT / "content" / "faq.yaml")


def _first(engine: Engine, question: str) -> str:
    result = engine.ask(question)
    assert result.explanation is not None and result.explanation.ranked
    return result.explanation.ranked[0].entry.id


def test_every_entrys_own_question_ranks_it_first(bundled_engine: Engine) -> None:
    """An entry's score averages its best tenth of phrasings; its own question typed exactly
    still ranks it first, however many phrasings it has."""
    entries = bundled_engine.faq.faqs
    assert [e.id for e in entries if _first(bundled_engine, e.question) != e.id] == []


def test_without_the_exact_rule_a_neighbour_would_outrank_an_entrys_own_question(
    bundled: Faq, bundled_engine: Engine
) -> None:
    """What `Weights.exact_f` is for: averaged over its best phrasings, the serious side
    effects entry loses its own question to a neighbour."""
    question = "What are the serious side effects?"
    assert _first(bundled_engine, question) == "serious-side-effects"
    averaged = Engine(bundled, weights=dataclasses.replace(DEFAULT_WEIGHTS, exact_f=2.0))
    assert _first(averaged, question) != "serious-side-effects"
