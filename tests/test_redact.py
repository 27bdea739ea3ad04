"""Redaction before storage: a table of what patients type -> what is stored."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from faqbot.stats.redact import MAX_STORED, Redactor

VOCABULARY = frozenset(
    "botox injection injections last long hurt drive arm hand swallow side effects ms "
    "spasticity physio work dysport".split()
)


@pytest.fixture(scope="module")
def redactor() -> Redactor:
    return Redactor(VOCABULARY)


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        # content and everyday words are kept as typed
        ("how long does botox last", "how long does botox last"),
        ("Can I drive home after Botox?", "Can I drive home after Botox?"),
        ("does botox help ms spasticity", "does botox help ms spasticity"),
        ("WHEN CAN I DRIVE", "WHEN CAN I DRIVE"),  # all capitals: no name guessing
        ("do injections hurt?", "do injections hurt?"),  # a word form via its stem
        # contact details
        ("email me at sarah.j@example.com", "email me at [email]"),
        ("see www.clinic.org/page or https://x.io", "see [url] or [url]"),
        ("visit myclinic.co.uk", "visit [url]"),
        ("my number is 07700 900123", "my number is [phone]"),
        ("call +44 (0)20 7946 0000 please", "call [phone] please"),
        # dates and numbers
        ("my injection on 12/03/2024 hurt", "my injection on [date] hurt"),
        ("next one is 3rd of March 2025", "next one is [date]"),
        ("is Mar 3 ok", "is [date] ok"),
        ("2024-03-12", "[date]"),
        ("it should last 3 months", "it should last [number] months"),
        ("i live at 42 Acacia Avenue, SW1A 1AA", "i live at [number] [name], [number]"),
        ("can i take 5mg", "can i take [number]"),
        # names
        ("My name is Sarah Jones", "My name is [name]"),
        ("my name is sarah", "my name is [name]"),
        ("Dr Brown said it would work", "Dr [name] said it would work"),
        ("dr brown said so", "dr [name] said so"),
        ("my husband Tom says I can't drive", "my husband [name] says I can't drive"),
        ("ask for Ann Marie Jones at reception", "ask for [name] at reception"),
        ("Sarah here, does it hurt", "[name] here, does it hurt"),
        ("it is called dysport", "it is called dysport"),  # a content word after "called"
        ("I see Dr. Okafor on Monday", "I see Dr. [name] on Monday"),
        # unknown words, typos included, become [word]
        ("should i stop my warfarin", "should i stop my [word]"),
        ("hw lng dos it lst", "[word] it [word]"),
        # adjacent placeholders collapse so the length of a name is not kept
        ("from Jean-Luc Picard", "from [name]"),
        # hyphenated: one word if known, else part by part
        ("is there wi-fi", "is there wi-fi"),
        ("a follow-up visit", "a follow-up visit"),
        ("my sister-in-law jo-anne", "my sister-in-law [word]"),
        # obfuscated contact details still lose the unknown words
        ("ann at gmail dot com", "[word] at [word]"),
    ],
)
def test_redaction_table(redactor: Redactor, typed: str, stored: str) -> None:
    assert redactor(typed) == stored


@pytest.mark.parametrize(
    "secret",
    ["Sarah", "Jones", "07700", "900123", "sarah.j@example.com", "12/03/2024", "Acacia"],
)
def test_no_personal_detail_survives_a_long_message(redactor: Redactor, secret: str) -> None:
    message = (
        "Hi, I'm Sarah Jones (sarah.j@example.com, 07700 900123), 12/03/2024 appointment "
        "at 42 Acacia Avenue, can botox help my arm?"
    )
    stored = redactor(message)
    assert secret.lower() not in stored.lower()
    assert "botox" in stored and "arm" in stored


def test_stored_text_is_bounded_and_single_line(redactor: Redactor) -> None:
    stored = redactor("botox\n\n\tlast " * 200)
    assert len(stored) <= MAX_STORED
    assert "\n" not in stored and "\t" not in stored


def test_full_width_digits_are_numbers(redactor: Redactor) -> None:
    full_width = "".join(chr(0xFF10 + int(d)) for d in "07700 900123" if d != " ")
    assert redactor(full_width) == "[phone]"


SHARED = Redactor(VOCABULARY)


@given(st.text(max_size=300))
@settings(max_examples=300, deadline=None)
def test_any_text_loses_every_digit_and_at_sign(text: str) -> None:
    stored = SHARED(text)
    assert not any(ch.isdigit() for ch in stored)
    assert "@" not in stored
    assert len(stored) <= MAX_STORED


@given(st.lists(st.sampled_from(["botox", "last", "Sarah", "07700 900123", "x@y.z", "and",
                                 "Dr", "zebra", "12/03/2024", ",", "?"]), max_size=12))
def test_redaction_is_idempotent(words: list[str]) -> None:
    once = SHARED(" ".join(words))
    assert SHARED(once) == once
