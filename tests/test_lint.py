"""`faqbot.evaluation.lint`: each warning kind on a small content text, its exact message and place.

Every fixture is written inline so the line and column of each warning can be read off it.
"""

from __future__ import annotations

import re
from pathlib import Path

from faqbot.content.loader import load_faq, parse_faq_text
from faqbot.content.model import Entry, Faq
from faqbot.content.problems import Problem, Severity
from faqbot.evaluation.lint import (
    brittle_urgent_rules,
    duplicate_phrasings,
    lint,
    missing_metadata,
    unreachable_phrasings,
    vague_triggers,
    vague_urgent_check_words,
)
from faqbot.matching.engine import Engine
from faqbot.matching.results import Candidate, Explanation, Kind, Result

SOURCE = "lint.yaml"
CLEAN = Path(__file__).parent / "data" / "clean.yaml"

HEADER = """\
version: 1
fallback: Please ask your healthcare provider.
urgent:
  - id: breathing
    triggers: ["trouble breathing"]
    answer: Tell a staff member now.
"""
"""Six lines: every fixture below starts on line 7."""

DONE = "    sources: [S1]\n    reviewed: {by: Dr A, on: 2026-11-01}\n"
"""An entry's sources and review, so only the warning under test appears."""


def parse(text: str) -> Faq:
    return parse_faq_text(text, SOURCE)


def render(problems: list[Problem]) -> list[str]:
    assert all(p.severity is Severity.WARNING and p.path == SOURCE for p in problems)
    return [f"{p.line}:{p.column}: {p.message}" for p in problems]


# --- the same phrasing under two ids --------------------------------------------------------

DUPLICATES = HEADER + """\
faqs:
  - id: how-long
    question: How long does Botox last?
    answer: About 3 months.
""" + DONE + """\
  - id: wear-off
    question: What happens when it wears off?
    alternates:
      - how long does botox LAST
      - When will it wear off?
    answer: The stiffness slowly comes back.
""" + DONE


def test_same_phrasing_under_two_ids_ignoring_case_and_punctuation() -> None:
    faq = parse(DUPLICATES)
    assert render(duplicate_phrasings(faq)) == [
        "16:9: faq 'wear-off': 'how long does botox LAST' is also a phrasing of 'how-long'; "
        "keep it under one entry only",
    ]


def test_word_forms_count_as_the_same_phrasing() -> None:
    faq = parse(DUPLICATES.replace("When will it wear off?", "How long does Botox lasts?"))
    messages = render(duplicate_phrasings(faq))
    assert messages[1] == (
        "17:9: faq 'wear-off': 'How long does Botox lasts?' is also a phrasing of 'how-long'; "
        "keep it under one entry only"
    )


def test_a_repeat_inside_one_entry_is_not_a_duplicate_across_ids() -> None:
    faq = parse(DUPLICATES.replace("how long does botox LAST", "what happens when it wears off"))
    assert duplicate_phrasings(faq) == []


# --- a phrasing answered by another entry ---------------------------------------------------

ANSWERED_ELSEWHERE = HEADER + """\
synonyms:
  - [injection, shot]
faqs:
  - id: does-it-hurt
    question: Does the injection hurt?
    alternates:
      - will the injection hurt
    answer: A sharp scratch.
""" + DONE + """\
  - id: parking
    question: Where can I park my car?
    alternates:
      - is there parking
      - where is the car park
      - can i leave my car outside
      - is parking free
      - does the shot hurt
    answer: Behind the clinic.
""" + DONE


def test_phrasing_that_matches_another_entry_better_is_warned() -> None:
    """'does the shot hurt' is 'does-it-hurt' by synonym: asked, it ranks that entry first, so
    as a phrasing of 'parking' it is never answered. Whether the engine then answers it with
    'does-it-hurt' or asks "Did you mean?" is the decision model's call (it changed with the
    refit of 2026-11-30); the warning names the entry either way."""
    faq = parse(ANSWERED_ELSEWHERE)
    engine = Engine(faq)
    result = engine.ask("does the shot hurt")
    assert result.kind is not Kind.ANSWER or result.id != "parking"
    assert result.explanation is not None
    assert result.explanation.ranked[0].entry.id == "does-it-hurt"
    messages = render(unreachable_phrasings(faq, engine))
    assert len(messages) == 1
    assert messages[0].startswith("24:9: faq 'parking': 'does the shot hurt' ")
    assert "'does-it-hurt'" in messages[0]


class _ClarifiesWith:
    """An engine stand-in that asks "Did you mean...?" with one entry ranked first."""

    def __init__(self, entry: Entry) -> None:
        self.entry = entry

    def ask(self, question: str) -> Result:
        first = Candidate(self.entry, 60.0, self.entry.question)
        why = Explanation(question, "close call", (first,))
        return Result(question, Kind.CLARIFY, "Did you mean this?", 60.0,
                      candidates=(first,), explanation=why)


def test_phrasing_that_gets_a_clarify_led_by_another_entry_is_warned() -> None:
    faq = parse(ANSWERED_ELSEWHERE)
    engine = _ClarifiesWith(faq.entry("does-it-hurt"))
    messages = render(unreachable_phrasings(faq, engine))  # type: ignore[arg-type]
    assert "24:9: faq 'parking': 'does the shot hurt' matches 'does-it-hurt' better than its "\
        "own entry, so it is never answered; make it more specific or move it there" in messages
    assert not any("faq 'does-it-hurt'" in m for m in messages)


class _AnswersWith:
    """An engine stand-in that answers every question with one entry (to pin the message)."""

    def __init__(self, entry: Entry) -> None:
        self.entry = entry

    def ask(self, question: str) -> Result:
        return Result(question, Kind.ANSWER, self.entry.answer, 77.0, entry=self.entry)


def test_phrasing_answered_by_another_entry() -> None:
    faq = parse(ANSWERED_ELSEWHERE)
    engine = _AnswersWith(faq.entry("does-it-hurt"))
    messages = render(unreachable_phrasings(faq, engine))  # type: ignore[arg-type]
    assert "24:9: faq 'parking': 'does the shot hurt' is answered by 'does-it-hurt' instead " \
        "(score 77); make it more specific or move it there" in messages
    assert not any("faq 'does-it-hurt'" in m for m in messages)


OUTVOTED = HEADER + """\
synonyms:
  - [injection, shot]
faqs:
  - id: does-it-hurt
    question: Does the injection hurt?
    alternates:
      - will the injection hurt
      - does the injection hurt much
      - injection hurts
    answer: A sharp scratch.
""" + DONE + """\
  - id: parking
    question: Where can I park my car?
    alternates:
      - is there parking
      - where is the car park
      - can i leave my car outside
      - is parking free
      - is there a car park nearby
      - where do i leave the car
      - do you have parking spaces
      - is the car park big
      - can my driver wait in the car park
      - how far is the car park
      - shots hurt
    answer: Behind the clinic.
""" + DONE
"""'shots hurt' is 'injection hurts' by synonym and word form ("shot hurt"
alone reads to the learned urgent reader like a report: the check); 'parking' has so many other
phrasings that the shared words point to 'does-it-hurt', which the real engine answers."""


def test_phrasing_answered_by_another_entry_with_the_real_engine() -> None:
    faq = parse(OUTVOTED)
    engine = Engine(faq)
    result = engine.ask("shots hurt")
    assert result.explanation is not None
    assert result.explanation.ranked[0].entry.id == "does-it-hurt"
    if result.kind is Kind.ANSWER:
        expected = (f"32:9: faq 'parking': 'shots hurt' is answered by 'does-it-hurt' instead "
                    f"(score {result.score:.0f}); make it more specific or move it there")
    else:  # a close call: "Did you mean...?", still never this entry's answer
        expected = ("32:9: faq 'parking': 'shots hurt' matches 'does-it-hurt' better than its "
                    "own entry, so it is never answered; make it more specific or move it there")
    assert render(unreachable_phrasings(faq, engine)) == [expected]


# --- a phrasing that sets off an urgent or refer rule ---------------------------------------

RULES = HEADER + """\
refer:
  - id: medicine
    triggers: ["change my dose"]
    answer: Ask your doctor.
faqs:
  - id: side-effects
    question: What are the side effects?
    alternates:
      - trouble breathing after botox
      - can i change my dose if it hurts
      - should i stop taking my pills
    answer: Pain and bruising where the needle went in.
""" + DONE


def test_trigger_of_only_small_words_is_warned() -> None:
    text = HEADER + """\
refer:
  - id: anything
    triggers: ["how", "can't swallow", "the"]
    answer: Ask your doctor.
faqs:
  - id: a
    question: What is botox?
    answer: A medicine.
""" + DONE
    assert render(vague_triggers(parse(text))) == [
        "8:5: refer 'anything': trigger 'how' is only small common words, so it fires on almost "
        "any question; use the words of the symptom or question",
        "8:5: refer 'anything': trigger 'the' is only small common words, so it fires on almost "
        "any question; use the words of the symptom or question",
    ]


def test_urgent_rule_with_only_long_triggers_is_warned() -> None:
    text = HEADER + """\
  - id: swallowing
    triggers: ["food going down the wrong way", "cannot swallow my own spit"]
    answer: Tell a staff member now.
  - id: mixed
    triggers: ["i cannot seem to get any air", "gasping"]
    answer: Tell a staff member now.
faqs:
  - id: a
    question: What is botox?
    answer: A medicine.
""" + DONE
    # "trouble breathing" (2 words) and the rule with one short trigger are fine; "the" and
    # "my" do not count toward the length ("cannot" is two words: can not).
    assert render(brittle_urgent_rules(parse(text))) == [
        "7:5: urgent 'swallowing': every trigger has 4 words or more, and a long trigger is "
        "brittle (all its words must be typed); add short ones, the symptom's own word or two "
        '("choking", "can\'t swallow")',
    ]


def test_urgent_check_words_of_small_common_words_are_warned() -> None:
    text = HEADER + """\
urgent_check:
  body: [knee, the]
  problem: [locked up]
faqs:
  - id: a
    question: What is botox?
    answer: A medicine.
""" + DONE
    faq = parse(text)
    assert faq.urgent_check.body == ("knee", "the")
    assert render(vague_urgent_check_words(faq)) == [
        "8:3: urgent_check.body: 'the' is only small common words, so the urgent check would "
        "interrupt almost every question; use the words of the symptom",
    ]


def test_phrasing_that_sets_off_a_rule() -> None:
    faq = parse(RULES)
    assert render(unreachable_phrasings(faq, Engine(faq))) == [
        "15:9: faq 'side-effects': 'trouble breathing after botox' sets off the urgent "
        "rule 'breathing', so patients asking it never see this answer; reword it or the "
        "rule's triggers",
        "16:9: faq 'side-effects': 'can i change my dose if it hurts' sets off the refer rule "
        "'medicine', so patients asking it never see this answer; reword it or the rule's "
        "triggers",
        "17:9: faq 'side-effects': 'should i stop taking my pills' sets off the refer rule "
        "(built-in personal-advice cue), so patients asking it never see this answer; reword "
        "it or the rule's triggers",
    ]


# --- missing sources, missing review, no urgent rules ---------------------------------------

METADATA = """\
version: 1
fallback: Please ask your healthcare provider.
faqs:
  - id: no-sources
    question: How long does Botox last?
    answer: About 3 months.
    reviewed: {by: Dr A, on: 2026-11-01}
  - id: no-review
    question: Can I drive afterwards?
    answer: Plan a ride home.
    sources: [A4]
  - id: neither
    question: Does the injection hurt?
    answer: A sharp scratch.
"""


def test_missing_sources_review_and_urgent_rules() -> None:
    faq = parse(METADATA)
    assert render(missing_metadata(faq)) == [
        "4:5: faq 'no-sources': no sources; add `sources: [...]` so reviewers can check it",
        "8:5: faq 'no-review': not reviewed yet; a clinician adds "
        "`reviewed: {by: \"...\", on: YYYY-MM-DD}` after checking it",
        "12:5: faq 'neither': no sources; add `sources: [...]` so reviewers can check it",
        "12:5: faq 'neither': not reviewed yet; a clinician adds "
        "`reviewed: {by: \"...\", on: YYYY-MM-DD}` after checking it",
        "1:1: no `urgent` rules: urgent symptoms (trouble breathing or swallowing...) will not "
        "be caught; add them before using this file on a kiosk",
    ]


def test_urgent_rules_present_means_no_urgent_warning() -> None:
    rules = HEADER.split("fallback: Please ask your healthcare provider.\n", 1)[1]
    text = METADATA.replace("faqs:\n", rules + "faqs:\n", 1)
    messages = render(missing_metadata(parse(text)))
    assert len(messages) == 4
    assert not any("urgent" in m for m in messages)


# --- lint() as a whole ----------------------------------------------------------------------


def test_lint_collects_every_kind_in_file_order() -> None:
    faq = parse(DUPLICATES.replace(DONE, "", 1) + """\
  - id: side-effects
    question: What are the side effects?
    alternates:
      - trouble breathing after botox
    answer: Pain and bruising.
""" + DONE)
    problems = lint(faq)
    positions = [(p.line, p.column) for p in problems]
    assert positions == sorted(positions)
    assert all(p.severity is Severity.WARNING and p.path == SOURCE for p in problems)
    text = "\n".join(render(problems))
    assert re.search(r"^8:5: faq 'how-long': no sources;", text, re.M)
    assert re.search(r"^8:5: faq 'how-long': not reviewed yet;", text, re.M)
    assert re.search(r"^14:9: faq 'wear-off': 'how long does botox LAST' is also a phrasing",
                     text, re.M)
    assert re.search(r"^22:9: faq 'side-effects': 'trouble breathing after botox' sets off "
                     r"the urgent rule 'breathing'", text, re.M)


def test_lint_of_a_clean_file_is_empty() -> None:
    assert lint(load_faq(CLEAN)) == []


def test_warnings_print_as_path_line_col_warning() -> None:
    problem = missing_metadata(parse(METADATA))[0]
    assert str(problem) == (
        "lint.yaml:4:5: warning: faq 'no-sources': no sources; add `sources: [...]` so "
        "reviewers can check it"
    )
