"""Grouping unanswered questions: paraphrases together, different needs apart, order-free."""

from __future__ import annotations

import random

from faqbot.stats.grouping import group_questions

PARKING = ["where can I park my car", "is there parking near the clinic", "car park?",
           "parking", "where do i park"]
PREGNANCY = ["can i have botox when pregnant", "is botox safe in pregnancy", "pregnant and botox"]
WIFI = ["is there wifi", "wifi password?", "whats the wi-fi"]
DOGS = ["can i bring my dog", "are dogs allowed in the clinic", "can my dog come with me"]
OTHERS = ["when is my next appointment", "can i change my appointment", "how much does it cost",
          "where is the toilet", "[name] [word]"]


def groups_of(texts: list[str]) -> list[frozenset[str]]:
    return [frozenset(t for t, _ in g.texts) for g in group_questions(dict.fromkeys(texts, 1))]


def test_paraphrases_of_the_same_question_are_grouped() -> None:
    groups = groups_of(PARKING + PREGNANCY + WIFI + DOGS + OTHERS)
    for paraphrases in (PARKING, PREGNANCY, WIFI, DOGS):
        assert frozenset(paraphrases) in groups


def test_different_questions_stay_apart() -> None:
    groups = groups_of(PARKING + PREGNANCY + WIFI + DOGS + OTHERS)
    for text in OTHERS:
        assert frozenset({text}) in groups, text  # "next appointment" != "change appointment"


def test_grouping_does_not_depend_on_order() -> None:
    texts = PARKING + PREGNANCY + WIFI + DOGS + OTHERS
    expected = group_questions(dict.fromkeys(texts, 1))
    shuffled = texts[:]
    random.Random(5).shuffle(shuffled)
    assert group_questions(dict.fromkeys(shuffled, 1)) == expected


def test_largest_group_first_and_most_asked_text_first() -> None:
    counted = {"parking": 1, "where do i park": 4, "is there wifi": 2}
    first, second = group_questions(counted)
    assert first.size == 5 and first.example == "where do i park"
    assert second.texts == (("is there wifi", 2),)
