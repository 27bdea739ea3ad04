"""Style warnings for answers (`faqbot check`): grade, length, promises, personal, get-help line."""

from __future__ import annotations

from pathlib import Path

import pytest

from faqbot.content.model import Entry, Faq, Location, Rule
from faqbot.content.problems import Severity
from faqbot.content.style import MAX_GRADE, promise_words, reading_grade, style_problems

WHERE = Location("faq.yaml", 12, 5)
PLAIN = "The effect usually lasts about 3 to 4 months. Then it wears off, and you can have more."


def faq_with(
    answer: str, question: str = "How long does it last?", **rules: tuple[Rule, ...]
) -> Faq:
    entry = Entry("the-entry", question, answer, location=WHERE)
    return Faq(1, "Please ask.", (entry,), source="faq.yaml", **rules)


def messages(faq: Faq) -> list[str]:
    problems = style_problems(faq)
    assert all(p.severity is Severity.WARNING for p in problems)
    return [str(p) for p in problems]


def test_a_plain_short_answer_has_no_warnings() -> None:
    assert messages(faq_with(PLAIN)) == []


def test_hard_reading_grade_is_a_warning_at_the_entry() -> None:
    hard = ("Botulinum toxin administration necessitates individualised consideration of "
            "concomitant anticoagulation, neuromuscular comorbidities and previous "
            "immunological sensitisation.")
    assert reading_grade(hard) > MAX_GRADE
    (message,) = messages(faq_with(hard))
    assert message.startswith("faq.yaml:12:5: warning: entry 'the-entry': answer reads at grade ")
    assert message.endswith(
        "(Flesch-Kincaid); aim for 8 or below: shorter sentences, everyday words"
    )


def test_long_answer_is_a_warning() -> None:
    long = " ".join(["You can ask us."] * 31)  # 124 words, easy to read
    assert messages(faq_with(long)) == [
        "faq.yaml:12:5: warning: entry 'the-entry': answer has 124 words; keep it under 120 "
        "(2 to 5 short sentences, main point first)"
    ]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Botox is a cure for stiffness.", ["cure"]),
        ("It is guaranteed to work and painless.", ["guaranteed", "painless"]),
        ("It is 100% safe and a game-changer.", ["100%", "game-changer"]),
        ("One shot will fix your hand.", ["will fix"]),
        ("There is no cure for cervical dystonia.", []),
        ("Botox does not cure spasticity.", []),
        ("It isn't a cure, and it isn't painless for everyone.", []),
    ],
)
def test_promise_words_ignore_negated_uses(text: str, found: list[str]) -> None:
    assert promise_words(text) == found


def test_promise_is_a_warning_naming_the_words() -> None:
    assert messages(faq_with("Botox is a cure. It is painless.")) == [
        "faq.yaml:12:5: warning: entry 'the-entry': answer promises an outcome ('cure', "
        "'painless'); use 'can', 'may' or 'many people' and say that results vary"
    ]


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("Should I change my dose?", "The dose depends on the muscles treated."),
        ("Can I have it if I take warfarin?", "Special care is needed with blood thinners."),
        ("Is it safe when pregnant?", "It is not known if it is safe in pregnancy."),
    ],
)
def test_personal_answer_without_care_team_is_a_warning(question: str, answer: str) -> None:
    assert messages(faq_with(answer, question)) == [
        "faq.yaml:12:5: warning: entry 'the-entry': looks like a personal question but the answer "
        "does not send the patient on; end it with 'Talk to your care team.'"
    ]
    assert messages(faq_with(answer + " Talk to your care team.", question)) == []


def test_general_first_person_question_is_not_personal() -> None:
    assert messages(faq_with("Bring a list of what you take.", "What should I bring?")) == []


def test_serious_side_effects_need_the_get_help_line() -> None:
    text = "Serious side effects are rare but can happen weeks later."
    assert messages(faq_with(text)) == [
        "faq.yaml:12:5: warning: entry 'the-entry': answer mentions serious side effects without "
        "saying to get help; add 'get medical help right away if ...'"
    ]
    assert messages(faq_with(text + " If you have trouble breathing, get help right away.")) == []


def test_rule_answers_are_checked_at_the_rule() -> None:
    rule = Rule("breathing", ("cant breathe",), "This is guaranteed to pass.",
                location=Location("faq.yaml", 40, 5))
    assert messages(faq_with(PLAIN, urgent=(rule,))) == [
        "faq.yaml:40:5: warning: urgent rule 'breathing': answer promises an outcome "
        "('guaranteed'); use 'can', 'may' or 'many people' and say that results vary"
    ]


def test_bundled_content_has_no_style_warnings() -> None:
    from faqbot.content.loader import load_faq

    faq = load_faq(Path(__file__).resolve().parent.parent / "content" / "faq.yaml")
    assert [str(p) for p in style_problems(faq)] == []
