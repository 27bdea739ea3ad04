"""Every urgent case of the content tests, disguised the ways stiff hands and odd keyboards
type it (tests/disguises.py: a space missing at each position, all spaces missing, look-alike
letters, control characters between words, filler words, all caps, typing slips): every
variant must still get the urgent alert (issue 9, item 5)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from disguises import disguises

from faqbot.content.model import Faq
from faqbot.evaluation.cases import Expect, load_cases
from faqbot.matching.engine import Engine
from faqbot.matching.results import Kind

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
CASE_FILES = [
    ROOT / "content" / "tests.yaml",
    DATA / "content-holdout.yaml",
    DATA / "content-holdout-2.yaml",
    DATA / "content-adversarial.yaml",
]


@pytest.fixture(scope="module")
def bundled(bundled_engine: Engine) -> Engine:
    return bundled_engine


def urgent_questions(path: Path) -> list[str]:
    return [case.question for case in load_cases(path) if case.expect is Expect.URGENT]


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda p: p.name)
def test_every_disguise_of_every_urgent_case_is_caught(bundled: Engine, path: Path) -> None:
    questions = urgent_questions(path)
    assert questions, f"{path.name} has no urgent cases"
    missed = [
        (name, variant)
        for question in questions
        for name, variant in disguises(question)
        if bundled.ask(variant).kind is not Kind.URGENT
    ]
    assert missed == []


def test_the_suite_is_thousands_of_variants_of_every_kind() -> None:
    kinds: Counter[str] = Counter(
        name for path in CASE_FILES for q in urgent_questions(path) for name, _ in disguises(q)
    )
    assert sum(kinds.values()) >= 2500
    for kind in ("one space removed", "all spaces removed", "look-alike letters",
                 "filler word inserted", "all caps", "typing slip"):
        assert kinds[kind] >= 80, kind
    assert sum(n for k, n in kinds.items() if k.startswith("control character")) >= 300


def test_disguises_really_disguise() -> None:
    """The generator changes the text the way each disguise says (a suite of no-op variants
    would pass without testing anything)."""
    variants = dict(disguises("i cant breathe"))
    assert variants["all spaces removed"] == "icantbreathe"
    assert variants["look-alike letters"] != "i cant breathe"
    assert variants["look-alike letters"].isascii() is False
    assert variants["all caps"] == "I CANT BREATHE"
    assert "\x00" in variants["control character '\\x00' between words"]
    slips = [v for name, v in disguises("i cant breathe") if name == "typing slip"]
    assert slips and all(v != "i cant breathe" for v in slips)


def test_the_test_content_urgent_cases_are_caught_in_disguise(faq: Faq) -> None:
    """The small test content (tests/data/faq.yaml) too: the disguises do not depend on the
    bundled content's long trigger list."""
    questions = ["I have trouble breathing", "i cant swallow", "my face is swelling",
                 "i got hives after the shot", "im choking", "short of breath"]
    engine = Engine(faq)
    missed = [
        variant
        for question in questions
        for _, variant in disguises(question)
        if engine.ask(variant).kind is not Kind.URGENT
    ]
    assert missed == []
