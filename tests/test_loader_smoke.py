"""Smoke test so the first commit has a passing check; the full suite is tests/test_loader.py."""

from __future__ import annotations

from pathlib import Path

from faqbot.loader import load_faq

DATA = Path(__file__).parent / "data" / "faq.yaml"


def test_fixture_loads() -> None:
    faq = load_faq(DATA)
    assert faq.source == str(DATA)
    assert len(faq.faqs) == 8
