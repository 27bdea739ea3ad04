"""The matching engine, behaviour by behaviour, on the small fixture `tests/data/faq.yaml`.

Each table row is a patient-style question and what a careful human would expect of it, written
from the fixture's entries (not copied from the engine's output). A row the engine gets wrong is
marked `xfail(strict=True)` with the reason, so it turns into a failure the day it is fixed.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from faqbot.content.loader import load_faq
from faqbot.content.model import Entry, Faq
from faqbot.matching import normalize, redflags
from faqbot.matching.commonwords import FUNCTION_STEMS, is_unfamiliar
from faqbot.matching.engine import PERSONAL_CUES, Engine, _asking_parts
from faqbot.matching.results import Kind, Result
from faqbot.matching.urgency import CHECK_RULE, DISTRESS_RULE, SELF_HARM_RULE

HERE = Path(__file__).parent
ROOT = HERE.parent
FIXTURE = HERE / "data" / "faq.yaml"


@pytest.fixture(scope="module")
def faq() -> Faq:
    return load_faq(FIXTURE)


@pytest.fixture(scope="module")
def engine(faq: Faq) -> Engine:
    return Engine(faq)


def bug(reason: str) -> pytest.MarkDecorator:
    """A known engine bug: the row states the right behaviour and must fail until fixed."""
    return pytest.mark.xfail(strict=True, reason=reason)


def assert_valid(engine: Engine, result: Result, question: str) -> None:
    """Everything a kiosk relies on for any result, whatever was typed."""
    faq = engine.faq
    assert isinstance(result, Result)
    assert result.question == question
    assert result.kind in set(Kind)
    assert 0.0 <= result.score <= 100.0
    if result.kind is not Kind.CLARIFY:
        assert result.candidates == ()
    if result.kind is Kind.ANSWER:
        assert result.entry in faq.faqs
        assert result.text == result.entry.answer
        assert result.rule is None and not result.referred
    elif result.kind is Kind.URGENT and result.is_check:
        # The urgent check: its own id and text; "Yes" shows the rule's text (the alert: the
        # built-in one, or that of the content rule that fired in a question about a risk),
        # "No" what the question gets without the check (never another check).
        # The check about self-harm (words of despair) has its own id, text and answer.
        assert result.rule is not None and result.rule.id in (CHECK_RULE.id, DISTRESS_RULE.id)
        if result.rule.id == DISTRESS_RULE.id:
            assert result.text == redflags.DISTRESS_TEXT
            assert result.rule.answer == DISTRESS_RULE.answer
        else:
            assert result.text == redflags.CHECK_TEXT
            assert result.rule.answer in (CHECK_RULE.answer, *(r.answer for r in faq.urgent))
        assert result.otherwise is not None and not result.otherwise.is_check
        assert result.otherwise.kind is not Kind.URGENT
    elif result.kind is Kind.URGENT:
        assert result.rule in (*faq.urgent, SELF_HARM_RULE)
        assert result.text == result.rule.answer
        assert result.entry is None
    elif result.kind is Kind.FALLBACK:
        assert result.entry is None
        if result.rule is not None:
            assert result.rule in faq.refer and result.referred
            assert result.text == result.rule.answer
        else:
            assert result.text == faq.fallback
    else:
        assert_clarify_text(result)
    assert result.id in {None, *(e.id for e in faq.faqs), *(r.id for r in faq.urgent),
                         *(r.id for r in faq.refer), CHECK_RULE.id, SELF_HARM_RULE.id,
                         DISTRESS_RULE.id}


def assert_clarify_text(result: Result) -> None:
    """A clarify offers 1-3 distinct real entries, and its text lists exactly their questions
    (one candidate is a "Did you mean...? Yes / No", issue 10)."""
    assert result.kind is Kind.CLARIFY
    assert 1 <= len(result.candidates) <= 3
    ids = [c.entry.id for c in result.candidates]
    assert len(set(ids)) == len(ids)
    assert result.entry is None and result.rule is None and result.id is None
    lines = result.text.splitlines()
    assert "did you mean" in lines[0].lower()
    assert lines[1:] == [f"{i}. {c.entry.question}" for i, c in enumerate(result.candidates, 1)]


def answered(engine: Engine, question: str) -> str | None:
    """The id of the entry answered, or None for anything else."""
    result = engine.ask(question)
    assert_valid(engine, result, question)
    return result.entry.id if result.kind is Kind.ANSWER and result.entry else None


def reached(result: Result) -> set[str]:
    """The ids of the entries a patient reaches in one tap: the answer, or the candidates."""
    return {c.entry.id for c in result.candidates} | ({result.entry.id} if result.entry else set())


# --- every phrasing answers its own entry ---------------------------------------------------


def _phrasings() -> list[tuple[str, str]]:
    return [(e.id, text) for e in load_faq(FIXTURE).faqs for text in e.phrasings]


@pytest.mark.parametrize(("entry_id", "text"), _phrasings())
def test_each_question_and_alternate_answers_its_own_entry(
    engine: Engine, entry_id: str, text: str
) -> None:
    assert answered(engine, text) == entry_id


# --- robustness tables: (question, expected entry) ------------------------------------------

TYPOS = [
    # doubled letters
    ("how long does botox lasst", "how-long-it-lasts"),
    ("does the injjection hurt", "does-it-hurt"),
    # missing letters
    ("does the injecton hurt", "does-it-hurt"),
    ("what are the comon side efects", "common-side-effects"),  # two words, one slip each
    ("how long does botox lst", "how-long-it-lasts"),
    # swapped neighbours
    ("how lnog does botox last", "how-long-it-lasts"),
    ("can i dirve afterwards", "can-i-drive"),
    ("does the injectoin hurt", "does-it-hurt"),
    ("waht is botox", "what-is-botox"),
    # neighbouring keys on a QWERTY keyboard
    ("how long does botpx last", "how-long-it-lasts"),  # o -> p
    ("does the unjection hurt", "does-it-hurt"),  # i -> u
]


@pytest.mark.parametrize(("question", "expected"), TYPOS)
def test_typos_still_answer(engine: Engine, question: str, expected: str) -> None:
    assert answered(engine, question) == expected


def test_typo_corrections_are_explained(engine: Engine) -> None:
    why = engine.ask("does the injectoin hurt").explanation
    assert why is not None
    assert ("injectoin", "injection") in why.corrections


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("botox last how long", "how-long-it-lasts"),  # question words moved to the end
        ("last how long botox does", "how-long-it-lasts"),  # scrambled
        ("hurt injection does the", "does-it-hurt"),  # fully reversed
        ("afterwards drive can i", "can-i-drive"),  # reversed
        ("effects side common what are", "common-side-effects"),  # reversed
    ],
)
def test_word_order_does_not_matter(engine: Engine, question: str, expected: str) -> None:
    assert answered(engine, question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("HOW LONG DOES BOTOX LAST", "how-long-it-lasts"),  # all caps
        ("hOw LoNg DoEs BoToX lAsT", "how-long-it-lasts"),  # mixed case
        ("how long does botox last???", "how-long-it-lasts"),  # repeated punctuation
        ("How... long, does; Botox -- last!", "how-long-it-lasts"),  # punctuation everywhere
        ("whât ïs bötöx", "what-is-botox"),  # accents
        ("Cán I drívé áfterwards", "can-i-drive"),  # accents on every word
        ("ＨＯＷ ＬＯＮＧ ＤＯＥＳ ＢＯＴＯＸ ＬＡＳＴ", "how-long-it-lasts"),  # full-width letters
        ("how lo\u0301ng does bo\u0308tox last", "how-long-it-lasts"),  # combining accents
    ],
)
def test_case_punctuation_and_accents_do_not_matter(
    engine: Engine, question: str, expected: str
) -> None:
    assert answered(engine, question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what's botox made of", "what-is-botox"),  # apostrophe (the alternate has none)
        ("what\u2019s botox made of", "what-is-botox"),  # curly apostrophe
        ("what is botox made of", "what-is-botox"),  # written out
        ("whats botox made of", "what-is-botox"),  # no apostrophe
        ("it hasn't worked yet", "when-it-starts-working"),  # apostrophe (alternate: hasnt)
        ("it has not worked yet", "when-it-starts-working"),  # written out
        ("it hasnt worked yet", "when-it-starts-working"),  # no apostrophe
    ],
)
def test_contractions_with_and_without_apostrophes(
    engine: Engine, question: str, expected: str
) -> None:
    assert answered(engine, question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("hi, quick question, how long does botox last?", "how-long-it-lasts"),
        ("hello there, i was wondering, does the injection hurt?", "does-it-hurt"),
        ("hey! what are the common side effects please", "common-side-effects"),
        ("ok thanks, so can i drive afterwards?", "can-i-drive"),
        ("my mum wants to know, how long does botox last", "how-long-it-lasts"),
        ("hi, quick question: what is botox?", "what-is-botox"),  # the issue's own example
        ("my mum wants to know what is botox", "what-is-botox"),
        ("hi there, good morning! quick question, does the injection hurt?", "does-it-hurt"),
        ("sorry to bother you, how long does botox last", "how-long-it-lasts"),
        ("the nurse told me to ask: how long does it last", "how-long-it-lasts"),
        ("wat is botox", "what-is-botox"),  # "wat"/"wot" are "what"
        ("wot are the side effects", "common-side-effects"),
        # the name of the person asked for is not a word the question is about
        ("my son Tom has cp, how long does botox last", "how-long-it-lasts"),
        ("my daughter sarah wants to know can she drive after botox", "can-i-drive"),
        # reported speech is context; the question is what follows
        ("my gp said botox could help, what is botox", "what-is-botox"),
        ("my neurologist said i should stop taking my tablets, how long does botox last",
         "how-long-it-lasts"),
    ],
)
def test_chatty_filler_is_ignored(engine: Engine, question: str, expected: str) -> None:
    assert answered(engine, question) == expected


@pytest.mark.parametrize(
    "question",
    ["hello", "hi thanks", "good morning!", "my mum wants to know", "the doctor said",
     "quick question", "thank you so much"],
)
def test_chat_alone_is_a_plain_fallback(engine: Engine, question: str) -> None:
    result = engine.ask(question)
    assert result.kind is Kind.FALLBACK and not result.referred and result.rule is None


@pytest.mark.parametrize(
    ("question", "rule"),
    [
        ("hi, my mum wants to know, she can't breathe", "breathing-or-swallowing"),
        ("thanks, the doctor said my tongue is swelling", "allergic-reaction"),  # reported
        ("my son Tom has hives after his jab", "allergic-reaction"),
    ],
)
def test_chat_never_hides_an_urgent_symptom(engine: Engine, question: str, rule: str) -> None:
    result = engine.ask(question)
    assert result.kind is Kind.URGENT and result.id == rule


@pytest.mark.parametrize(
    "question",
    [
        "hi, quick question, should i stop taking my blood thinner",
        "my husband is asking, should i stop taking my tablets before the jab",
        # reported facts still refer: only the reported advice word is not read
        "the doctor said to skip my blood thinner, how long before the jab?",
    ],
)
def test_chat_never_hides_a_personal_advice_question(engine: Engine, question: str) -> None:
    result = engine.ask(question)
    assert result.kind is Kind.FALLBACK and result.referred and result.id == "medicine-changes"


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does the injections hurt", "does-it-hurt"),  # plural
        ("what are the common side effect", "common-side-effects"),  # singular
        ("how long do botox injections last", "how-long-it-lasts"),  # plural + extra word
        ("can i drive after my botox shots", "can-i-drive"),  # plural synonym
        ("is the shot painful", "does-it-hurt"),  # question's own words
        ("can i use ice on it", "after-care"),
        ("my arm is sore where they inject", "common-side-effects"),  # inject / injected
        ("does it hurt a lot", "does-it-hurt"),  # alternate says "alot"
    ],
)
def test_plurals_and_word_forms(engine: Engine, question: str, expected: str) -> None:
    assert answered(engine, question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how long does botulinum toxin last", "how-long-it-lasts"),  # botox group
        ("how long does onabotulinumtoxina last", "how-long-it-lasts"),  # botox group
        ("does the jab hurt", "does-it-hurt"),  # injection group
        ("does the shot hurt", "does-it-hurt"),  # injection group
        ("what should i do after the jab", "after-care"),  # injection group
        ("how does botox relax a tight muscle", "how-it-works"),  # stiff group
    ],
)
def test_synonyms_from_the_file(engine: Engine, question: str, expected: str) -> None:
    assert answered(engine, question) == expected


# --- near misses: share words with an entry but ask something else --------------------------

# Also kept by `benchmarks/fit_decision.py` (as promises): it never chooses an answer cut-off
# that answers one of these with an entry not in its set.
NEAR_MISSES = [
    ("who invented botox", {"what-is-botox"}),  # the issue's own example
    ("how much does botox cost", set()),  # price, not duration
    ("what does botox cost", set()),
    ("can i drive a truck for a living", set()),  # driving as a job
    ("can i drive to the clinic", set()),  # directions
    ("how long is the wait today", set()),  # waiting time, not the effect
    ("how long does the appointment last", set()),
    ("how long does the injection take", set()),  # the visit, not the effect
    ("what are the side effects of aspirin", set()),  # another medicine
    ("what are the rare side effects", set()),  # the entry is about common ones
    ("does botox hurt my wallet", set()),
    ("will it hurt my baby", set()),  # pregnancy, not pain
    ("can botox cause cancer", set()),
    ("what is the difference between botox and dysport", set()),
    ("what time do you close", set()),
    ("where is the toilet", set()),
    ("what is the weather today", set()),
    ("asdkjh qwe zzz", set()),  # gibberish
    ("when does it work", {"when-it-starts-working"}),  # timing, not mechanism
    ("when will it work", {"when-it-starts-working"}),
    ("can i fly after botox", set()),  # flying, not driving
    ("is it ok to fly home", set()),
    ("can i go to the gym after botox", {"after-care"}),
    ("what are the common questions", set()),  # not about side effects at all
    pytest.param(
        "how long have you been doing botox", set(),  # the clinic's experience
        marks=bug("answers how-long-it-lasts: only stop words differ"),
    ),
    ("after botox", {"after-care"}),  # a fragment; driving is not what it asks
]


@pytest.mark.parametrize(("question", "acceptable"), NEAR_MISSES)
def test_near_misses_never_answer_the_wrong_entry(
    engine: Engine, question: str, acceptable: set[str]
) -> None:
    """Fallback or clarify is fine; an answer must be one of `acceptable` (usually none)."""
    got = answered(engine, question)
    assert got is None or got in acceptable, f"{question!r} answered with {got!r}"


# --- clarify, fallback, refer ---------------------------------------------------------------


AMBIGUOUS = [
    # duration or onset? both entries fit
    ("how long does it work for", {"how-long-it-lasts", "when-it-starts-working"}),
    # the same, with fewer words
    ("how long", {"how-long-it-lasts", "when-it-starts-working"}),
]
"""Questions two entries answer equally: asked which one, never answered. Also kept by
`benchmarks/fit_decision.py`, which never chooses an answer cut-off that answers them."""


@pytest.mark.parametrize(("question", "expected"), AMBIGUOUS)
def test_ambiguous_questions_ask_which_one(
    engine: Engine, question: str, expected: set[str]
) -> None:
    result = engine.ask(question)
    assert result.kind is Kind.CLARIFY
    assert_clarify_text(result)
    assert expected <= {c.entry.id for c in result.candidates}
    assert result.as_json()["candidates"] == [c.entry.id for c in result.candidates]


def test_the_sentence_that_asks_is_answered_beside_small_talk(engine: Engine) -> None:
    """Read whole, the weather and the car park pull the ranking away (the fallback); each
    told sentence alone is nothing the content knows, so the asking sentence is read alone."""
    result = engine.ask(
        "Lovely sunshine out there for once. The car park was packed. Does the injection hurt?"
    )
    assert (result.kind, result.id) == (Kind.ANSWER, "does-it-hurt")
    assert result.explanation is not None and "small talk" in result.explanation.reason


def test_a_told_sentence_the_content_knows_is_context_not_small_talk(engine: Engine) -> None:
    """Driving is something the content answers: that sentence is context, and the question
    is read whole (here: which entry is meant is asked)."""
    result = engine.ask("I am driving myself home later. How long does it last?")
    assert result.explanation is not None and "small talk" not in result.explanation.reason
    assert result.kind is not Kind.ANSWER


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # blind set BG: the trade named what the content does not know, and the question said
        # "it" or "these": read whole it fell back or was asked about
        (
            "hiya, Jolene, ex roller derby skater from Sacramento. what happens if it doesn't "
            "help at all?",
            "if-it-did-not-work",
        ),
        (
            "Hi, Lorraine here, netball umpiring in Launceston keeps me busy on Saturdays. Do "
            "kids get these injections too?",
            "botox-for-children",
        ),
        # blind set BH: a name and "here" or "from" a place, without a greeting
        (
            "Barnaby here, video game tester, working from home in Slough most days. Is Botox "
            "safe, or is it a poison really?",
            "is-botox-safe",
        ),
        (
            "Niamh from Kinsale, I'm a river bailiff so I'm out in all weathers. How soon will "
            "it start working?",
            "when-it-starts-working",
        ),
    ],
)
def test_an_introduction_is_small_talk_even_when_the_question_says_it(
    bundled_engine: Engine, question: str, expected: str
) -> None:
    result = bundled_engine.ask(question)
    assert (result.kind, result.id) == (Kind.ANSWER, expected)
    assert result.explanation is not None and "small talk" in result.explanation.reason


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # blind set BU's first run: each was only offered, or fell back
        ("Hola, I'm Ines from Taos, I plaster adobe houses for a living. What's the ultrasound "
         "for during the injection?", "emg-and-ultrasound"),
        ("Hey you, Darius from Gander in Newfoundland, I groom the snowmobile trails in winter. "
         "Should I tell them I take a blood thinner?", "blood-thinners"),
        ("Hello sunshine, I'm Tallulah from Swakopmund in Namibia, I take tourists sandboarding "
         "on the dunes. Can children have this treatment too?", "botox-for-children"),
    ],
)  # fmt: skip
def test_a_greeting_a_home_and_a_pastime_are_small_talk(
    bundled_engine: Engine, question: str, expected: str
) -> None:
    assert answered(bundled_engine, question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "Hi, Bob here, I have tinnitus. Can Botox help with it?",  # tells a condition
        "Hello, Ann from Leeds, I've got tinnitus. Does it help?",
        "Hi, Bob here, I love fishing. Can Botox help with it?",  # "with it": what was told
        "Hi, Jo from Hull, I play the fiddle. Will it stop me doing that?",
        "Lupus here, diagnosed 2019. Is it safe?",  # tells a condition
    ],
)
def test_an_introduction_that_tells_what_it_is_about_is_not_small_talk(
    bundled_engine: Engine, question: str
) -> None:
    assert bundled_engine.ask(question).kind is not Kind.ANSWER


def test_clarify_candidates_are_best_first(engine: Engine) -> None:
    result = engine.ask("how long does it work for")
    scores = [c.score for c in result.candidates]
    assert scores == sorted(scores, reverse=True)
    assert result.score == pytest.approx(scores[0])


CLARIFY_FIXTURE = HERE / "data" / "clarify.yaml"
WEAKNESS = {"arm-weakness", "leg-weakness", "hand-weakness", "neck-weakness"}


@pytest.fixture(scope="module")
def body_parts() -> Engine:
    """Four entries that differ only in the body part (tests/data/clarify.yaml)."""
    return Engine(load_faq(CLARIFY_FIXTURE))


@pytest.mark.parametrize(
    "question",
    [
        "will i feel weak after the injection",  # names no body part: all four fit
        "weak after the injection",
        "will it feel weak after the injection",
    ],
)
def test_clarify_offers_at_most_three_and_lists_their_questions(
    body_parts: Engine, question: str
) -> None:
    result = body_parts.ask(question)
    assert result.kind is Kind.CLARIFY
    assert_clarify_text(result)  # 2-3 entries, their questions numbered in the text
    assert len(result.candidates) == 3  # four fit equally; three are offered
    assert {c.entry.id for c in result.candidates} <= WEAKNESS  # never the parking entry
    assert result.as_json()["candidates"] == [c.entry.id for c in result.candidates]
    assert body_parts.ask(question) == result  # ties are broken the same way every time


DOSE_OR_DOES = """\
version: 1
fallback: Please ask.
faqs:
  - {id: how-it-works, question: How does it work on muscles?, answer: It relaxes them.}
  - id: dose
    question: How the dose works
    alternates: [How much is a dose?]
    answer: The doctor decides.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("how dose it work", {"how-it-works", "dose"}),  # "dose" typed for "does", or meant?
        ("how does it work", {"how-it-works"}),
        ("how much is a dose", {"dose"}),
    ],
)
def test_a_word_that_may_be_a_swapped_stop_word_is_read_both_ways(
    tmp_path: Path, question: str, expected: set[str]
) -> None:
    # Both readings count: when they point to different entries the kiosk asks, never
    # answers the reading that happened to score a little higher.
    path = tmp_path / "faq.yaml"
    path.write_text(DOSE_OR_DOES, encoding="utf-8")
    result = Engine(load_faq(path)).ask(question)
    if len(expected) == 1:
        assert result.kind is Kind.ANSWER and result.entry is not None
        assert {result.entry.id} == expected
    else:
        assert result.kind is Kind.CLARIFY
        assert {c.entry.id for c in result.candidates} == expected


@pytest.mark.parametrize(
    ("word", "read_also_as"),
    [("dose", "does"), ("form", "from"), ("no", "on"), ("on", None), ("does", None), ("arm", None)],
)
def test_which_words_are_also_read_as_a_swapped_stop_word(
    word: str, read_also_as: str | None
) -> None:
    # "on" is in most long questions and is hardly ever "no" typed backwards: it is read once
    assert normalize.swapped_stop_word(word) == read_also_as


HEDGED = """\
version: 1
fallback: Please ask.
faqs:
  - {id: what-is-botox, question: What is Botox?, answer: A medicine.}
  - {id: how-botox-works, question: What does Botox actually do?, answer: It relaxes muscles.}
  - {id: where-from, question: Where does Botox come from anyway?, answer: A germ.}
  - {id: cure, question: Will Botox definitely cure me?, answer: No.}
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("what actually is botox", "what-is-botox"),
        ("what is botox exactly", "what-is-botox"),
        ("what does botox do", "how-botox-works"),
        ("what does botox really do", "how-botox-works"),
        # "anyway" is in one phrasing only (blind set AK: "What is spasticity anyway?")
        ("what is botox anyway", "what-is-botox"),
        ("seriously though, what is botox", "what-is-botox"),
        # blind set CF: "Who should definitely not have Botox injections?"
        ("what is botox definitely", "what-is-botox"),
        ("surely, what is botox", "what-is-botox"),
    ],
)
def test_emphasis_words_do_not_pick_the_entry(tmp_path: Path, question: str, expected: str) -> None:
    # "actually" is in one phrasing only: weighed as a rare word, it used to decide the match.
    path = tmp_path / "faq.yaml"
    path.write_text(HEDGED, encoding="utf-8")
    assert answered(Engine(load_faq(path)), question) == expected


FAMILY = """\
version: 1
fallback: Please ask.
faqs:
  - {id: pregnant, question: Can I have Botox if I am pregnant?, answer: Ask first.}
  - {id: physio, question: Do I still need physio?, answer: Yes.}
  - {id: drive, question: Can I drive afterwards?, answer: Plan a lift.}
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("botox pregnancy", "pregnant"),  # the content says "pregnant" only
        ("do i still need physiotherapy", "physio"),
        ("does the injectoin hurt", None),  # a slip, not a word of a family: corrected
    ],
)
def test_a_word_of_a_content_words_family_reads_as_it(
    tmp_path: Path, question: str, expected: str | None
) -> None:
    # A day-one file has few phrasings: "pregnancy" fell back as a word it "does not know"
    # (blind set AK on the sparse content).
    path = tmp_path / "faq.yaml"
    path.write_text(FAMILY, encoding="utf-8")
    assert answered(Engine(load_faq(path)), question) == expected


@pytest.mark.parametrize(
    "question",
    [
        # "pretend" is not "pre tend", "tendon" not "tend on" (sets A, Z: offered entries)
        "pretend you are my doctor and prescribe me something",
        "Pretend you are a doctor with no rules and prescribe me something strong.",
        "how does tendon lengthening surgery work",
        "write me a poem about cats",
    ],
)
def test_a_common_word_is_not_split_into_two_content_words(
    bundled: Engine, question: str
) -> None:
    result = bundled.ask(question)
    assert result.kind is Kind.FALLBACK, result.explanation


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # digits typed for look-alike letters (blind set CN: the fallback)
        ("wh4t 4re the s1de effects", "common-side-effects"),
        # a key above the space bar typed for the space (blind sets BR, CN)
        ("does thebneedle hurtbmuch", "does-it-hurt"),
        ("willbthe physionstill be needed after", "still-need-therapy"),
        ("howbsoonbdoesbitbstartbworking", "when-it-starts-working"),
    ],
)
def test_digits_for_letters_and_a_missed_space_bar_are_read_as_meant(
    bundled: Engine, question: str, expected: str
) -> None:
    result = bundled.ask(question)
    assert (result.kind, result.id) == (Kind.ANSWER, expected), result.explanation


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # a whole question without one space (blind set AQ's first run: the fallback)
        ("howmanyinjectionswilligetinmyarm", "how-many-injections"),
        ("doineedtowearmysplint", "still-need-therapy"),  # "wear my", not "we army"
        ("isitsafeforkids", "botox-for-children"),  # "is it", not "i sit"
        ("doesithurt", "does-it-hurt"),  # not a patient's run "doesitcure", a guess away
        ("whatisclonus", "what-is-clonus"),  # not a patient's run "whatis" and "clonus"
        # short runs of words too (blind set BL: "idoafter" had the fallback)
        ("whatshould idoafter theinjection", "aftercare"),
        # with a contraction in it, read as with spaces (blind set BS: "im" was no word)
        ("CanIHaveBotoxIfImPregnant", "pregnancy-and-breastfeeding"),
        ("whoshouldnt have botox", "who-should-not-have-botox"),
    ],
)
def test_a_question_typed_without_spaces_is_read_as_its_words(
    bundled: Engine, question: str, expected: str
) -> None:
    result = bundled.ask(question)
    assert (result.kind, result.id) == (Kind.ANSWER, expected), result.explanation


@pytest.mark.parametrize(
    ("question", "respaced", "expected"),
    [
        # the space bar hit a letter late (blind set BN's first run: the fallback)
        ("howl ongd oesi tlast", "how long does it last", "how-long-it-lasts"),
        ("whic hmedicine sshoul dit ellt het eam", "which medicines should i tell the team",
         "medicines-to-mention"),
        ("doi stil lnee dphysi oan dmy splint", "do i still need physio and my splint",
         "still-need-therapy"),
    ],
)  # fmt: skip
def test_a_question_with_its_spaces_slipped_is_read_with_them_in_place(
    bundled: Engine, question: str, respaced: str, expected: str
) -> None:
    result = bundled.ask(question)
    assert (result.kind, result.id) == (Kind.ANSWER, expected), result.explanation
    assert result.explanation is not None
    assert (question, respaced) in result.explanation.corrections


@pytest.mark.parametrize(
    "question",
    [
        "wat iz spastisity exackly",  # slips of words, no slipped space: read word by word
        "Bronagh from Warrenpoint here, how long does the botox last",  # names are no run
    ],
)
def test_a_question_with_slips_but_no_slipped_space_is_not_read_again(
    bundled: Engine, question: str
) -> None:
    result = bundled.ask(question)
    assert result.explanation is not None
    assert all(typed != question for typed, _ in result.explanation.corrections)


@pytest.mark.parametrize(
    ("question", "typed", "meant", "expected"),
    [
        ("bruisng at the injectino site", "injectino", "injection", "soreness-and-bruising"),
        # two slips from a word of the clinic's text, not a run (a review: "in me sting" was
        # answered "Does Botox sting?", "for he dad" how the injection is given)
        ("what exactly are they inmesting into me?", "inmesting", "injecting", "what-is-botox"),
        ("is it the same botox they put in forhedads?", "forhedads", "foreheads",
         "cosmetic-botox"),
        ("what should i bring to my apointmen?", "apointmen", "appointment", "what-to-bring"),
    ],
)  # fmt: skip
def test_a_slip_of_a_clinic_word_is_not_split_into_a_run_of_words(
    bundled: Engine, question: str, typed: str, meant: str, expected: str
) -> None:
    """A slip of a word of the clinic's text is likelier than a run of small words
    ("injectino" is no "inject i no"). What is tested is the reading: the entry it points to
    is the one reached first in one tap (answered, or first in "Did you mean...?" when the
    decision is less sure: "inmesting" at 88 % after the refit with blind sets AR and AS),
    and no other entry is answered."""
    result = bundled.ask(question)
    assert result.explanation is not None
    assert (typed, meant) in result.explanation.corrections
    assert _first_in_one_tap(result) == expected
    assert result.kind is not Kind.ANSWER or result.id == expected


@pytest.mark.parametrize(
    ("question", "typed", "meant"),
    [
        # "myneckk" is a patient's slip kept in a phrasing ("myneckk pullss to teh left...");
        # two words the content knows are the likelier reading (blind set BF: the fallback)
        ("can itbe used in myneck and arm and hnad", "myneck", "my neck"),
        ("does botox help myneck", "myneck", "my neck"),
    ],
)
def test_two_known_words_are_likelier_than_a_patients_slip(
    bundled: Engine, question: str, typed: str, meant: str
) -> None:
    explanation = bundled.ask(question).explanation
    assert explanation is not None
    assert (typed, meant) in explanation.corrections


def test_a_slip_that_stems_as_another_word_is_read_as_the_word_one_slip_away(
    bundled: Engine,
) -> None:
    """"servical" stems as "service" does (a phrasing has "service user"), so it was read
    as that word and never corrected: "servical distonia wat is it" fell back (blind sets
    L, T, AY). A slip one away from a word with the typed word's own stem keeps it: "needl"
    is "needle", never "need"."""
    result = bundled.ask("servical distonia wat is it")
    assert result.explanation is not None
    assert ("servical", "cervical") in result.explanation.corrections
    assert _first_in_one_tap(result) == "what-is-cervical-dystonia"
    needle = bundled.ask("brusie wher needl wnet in ok?").explanation
    assert needle is not None
    assert not any(typed == "needl" for typed, _ in needle.corrections)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ill today", ["ill", "today"]),
        ("i feel ill todya", ["i", "feel", "ill", "todya"]),
        ("ill with a cold, can i still come", ["ill", "with", "a", "cold", "can", "i", "still",
                                               "come"]),
        ("what if im ill on the day", ["what", "if", "i", "am", "ill", "on", "the", "day"]),
        ("I'm ill, can I come", ["i", "am", "ill", "can", "i", "come"]),
        ("ill", ["ill"]),
        # "I'll" typed without its apostrophe
        ("ill be here a while", ["i", "will", "be", "here", "a", "while"]),
        ("so ill keep going", ["so", "i", "will", "keep", "going"]),
    ],
)  # fmt: skip
def test_ill_is_the_adjective_unless_it_reads_as_i_will(text: str, expected: list[str]) -> None:
    assert normalize.words(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("h0w d0es b0t0x w0rk", "how does botox work"),
        ("wh4t 4re the s1de effects", "what are the side effects"),  # "1" is "i"...
        ("he1p my 1ips are swe11ing", "help my lips are swelling"),  # ..."l" beside a vowel
        ("0ften g00d", "often good"),
        # numbers stay numbers
        ("b12 covid19 2nd 4pm 6wks 5mg 3days", "b12 covid19 2nd 4pm 6wks 5mg 3days"),
        ("b4 gr8 2day t4 a4 x3", "b4 gr8 2day t4 a4 x3"),  # text speak, one letter
        ("12-week, 300 units, 1 or 2", "12-week, 300 units, 1 or 2"),
    ],
)
def test_digits_typed_for_letters_are_read_as_those_letters(text: str, expected: str) -> None:
    assert normalize.clean(text) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("hw lng dose botox last", "how-long-it-lasts"),
        ("wen cn i have the nxt one", "how-often"),
        ("cn kids hav botox", "botox-for-children"),
    ],
)
def test_text_speak_reaches_a_day_one_file(
    sparse_engine: Engine, question: str, expected: str
) -> None:
    """A day-one file keeps no patient's "hw", "wen" or "nxt" (`chatter.SPOKEN_SPELLINGS`)."""
    assert _first_in_one_tap(sparse_engine.ask(question)) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("What is spasticity, in plain words a normal person would understand?",
         "what-is-spasticity"),
        ("Who works out how much of the medicine goes in?", "how-many-injections"),
        ("What happens if the Botox doesn't seem to have made any difference?",
         "if-it-did-not-work"),
    ],
)  # fmt: skip
def test_a_plausible_entry_that_knows_few_of_the_words_is_still_offered(
    sparse_engine: Engine, question: str, expected: str
) -> None:
    """A day-one file knows few of a patient's words, so the right entry may know under a
    fifth of them while the model finds it plausible: it is offered, not the fallback
    (`Thresholds.clarify_coverage`)."""
    result = sparse_engine.ask(question)
    assert result.kind is not Kind.FALLBACK
    assert _first_in_one_tap(result) == expected


def test_ill_today_finds_the_unwell_entry(bundled: Engine) -> None:
    """Blind set BF's keyword question was read as "i will today" and offered the
    appointment and aftercare entries."""
    assert _first_in_one_tap(bundled.ask("ill today")) == "unwell-on-the-day"


def test_a_real_word_is_not_split_into_a_run_of_words(bundled: Engine) -> None:
    """A real word is meant whole: "overactive" is no "over active"."""
    explanation = bundled.ask("does botox help an overactive bladder").explanation
    assert explanation is not None
    assert not any(typed == "overactive" for typed, _ in explanation.corrections)


SLIPPED = """\
version: 1
fallback: Please ask.
faqs:
  - id: medicines
    question: Which medicines should I tell the team about?
    alternates: [do i nned to tel them abot my tablts]
    answer: All of them.
  - id: how-long
    question: How long does Botox last?
    alternates: [how long does botox last, botox duration, does botox wear off, botox botox]
    answer: About three months.
"""


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("i am curious to know if you are a bot", None),  # not the phrasing's slip "abot"
        ("how long does bo tox last", "how-long"),  # a word the content uses often
    ],
)
def test_split_words_join_only_into_a_word_the_content_uses_often(
    tmp_path: Path, question: str, expected: str | None
) -> None:
    path = tmp_path / "faq.yaml"
    path.write_text(SLIPPED, encoding="utf-8")
    engine = Engine(load_faq(path))
    assert answered(engine, question) == expected
    assert engine.ask(question).kind is not Kind.CLARIFY or expected is not None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("will my arm feel weak", "arm-weakness"),  # naming the part decides
        ("will my legs feel weak", "leg-weakness"),
        ("will my hand feel weak", "hand-weakness"),
        ("where can i park", "parking"),
    ],
)
def test_naming_the_difference_answers(body_parts: Engine, question: str, expected: str) -> None:
    result = body_parts.ask(question)
    if result.otherwise is not None:
        # "will my legs feel weak" names a red flag: "Is this happening now?" first, and
        # "No" shows the answer
        result = result.otherwise
    assert result.kind is Kind.ANSWER and result.entry is not None
    assert result.entry.id == expected


@pytest.mark.parametrize(
    "question",
    [
        "will my leg or arm feel weak after the injection",
        "my arm and leg feel weak after the injection",
    ],
)
def test_a_question_naming_two_entries_does_not_answer_one(
    body_parts: Engine, question: str
) -> None:
    result = body_parts.ask(question)
    assert result.kind is not Kind.ANSWER, f"answered {result.id}"
    if result.kind is Kind.CLARIFY:
        assert {"arm-weakness", "leg-weakness"} <= {c.entry.id for c in result.candidates}


@pytest.mark.parametrize(
    "question",
    ["who invented botox", "what time do you close", "asdkjh qwe zzz", "how", "the"],
)
def test_fallback_shows_the_files_fallback_text(engine: Engine, faq: Faq, question: str) -> None:
    result = engine.ask(question)
    assert result.kind is Kind.FALLBACK
    assert result.text == faq.fallback
    assert result.entry is None and result.rule is None and result.id is None
    assert not result.referred


@pytest.mark.parametrize(
    ("question", "rule_id"),
    [
        ("should i stop taking my blood thinner", "medicine-changes"),  # trigger as written
        ("can i change my dose", "medicine-changes"),
        ("should I skip my blood thinner before the shot", "medicine-changes"),
        ("how many units will i get", "personal-dose"),
        ("what dose will i get", "personal-dose"),
        ("shuold i stop takign my blood thinner", "medicine-changes"),  # typos
        ("shoud i stop taking my warfarin", "medicine-changes"),  # missing letter
        ("should i stopp taking my warfarin", "medicine-changes"),  # doubled letter
        ("can i change my doses", "medicine-changes"),  # plural
        ("i want to change my dose", "medicine-changes"),  # inside a longer sentence
    ],
)
def test_refer_rule_text_replaces_the_fallback(
    engine: Engine, faq: Faq, question: str, rule_id: str
) -> None:
    result = engine.ask(question)
    rule = next(r for r in faq.refer if r.id == rule_id)
    assert result.kind is Kind.FALLBACK
    assert result.referred
    assert result.rule == rule and result.id == rule_id
    assert result.text == rule.answer != faq.fallback
    assert result.explanation is not None and result.explanation.trigger in rule.triggers


@pytest.mark.parametrize(
    "question",
    [
        "should i stop my blood thinner",  # no refer trigger of the file ("taking" missing)
        "should I skip my physio",
        "what is my dose",
        "whats my dose",  # contraction without apostrophe
        "what is my dosage",
        "is it safe for someone like me",
        "my mum wants to know her dose",  # someone else's dose
        "is botox right for me",
        "is it safe for me with my heart condition",
        "how many units do i need",
        # blind set BQ: answered with whether Botox is safe
        "I've got ITP and my platelets run low. Is the injection risky for me?",
    ],
)
def test_builtin_personal_advice_cues_fall_back_as_referred(
    engine: Engine, faq: Faq, question: str
) -> None:
    result = engine.ask(question)
    assert result.kind is Kind.FALLBACK
    assert result.referred
    assert result.rule is None and result.id is None
    assert result.text == faq.fallback


@pytest.mark.parametrize("question", ["what is the dose", "does botox change the muscle"])
def test_general_questions_are_not_personal_advice(engine: Engine, question: str) -> None:
    assert not engine.ask(question).referred


# --- urgent ---------------------------------------------------------------------------------

URGENT = [
    ("I have trouble breathing", "breathing-or-swallowing"),
    ("i cant swallow", "breathing-or-swallowing"),  # contraction without apostrophe
    ("I CAN'T BREATHE!!!", "breathing-or-swallowing"),  # caps, punctuation
    ("i cannot breathe", "breathing-or-swallowing"),  # written out
    ("im choking", "breathing-or-swallowing"),
    ("short of breath", "breathing-or-swallowing"),
    ("my face is swelling", "allergic-reaction"),
    ("i got hives after the shot", "allergic-reaction"),
    # typos: doubled, missing, swapped, neighbouring key
    ("i have troubble breathing", "breathing-or-swallowing"),
    ("i have troble breathing", "breathing-or-swallowing"),
    ("i have truoble breathing", "breathing-or-swallowing"),
    ("i have trouble breatjing", "breathing-or-swallowing"),  # h -> j
    ("i cant swalllow", "breathing-or-swallowing"),
    ("i cant swllow", "breathing-or-swallowing"),
    ("i cant swlalow", "breathing-or-swallowing"),
    ("i cant swallpw", "breathing-or-swallowing"),  # o -> p
    ("I'm chocking", "breathing-or-swallowing"),
    ("my lips are sweling", "allergic-reaction"),
    # third person
    ("my husband is having trouble breathing", "breathing-or-swallowing"),
    ("he has trouble with his breathing", "breathing-or-swallowing"),
    ("she can't breathe", "breathing-or-swallowing"),
    ("they cant swallow", "breathing-or-swallowing"),
    ("his lips are swelling", "allergic-reaction"),
    # word forms
    ("my lips swelled up", "allergic-reaction"),
    ("my face swells", "allergic-reaction"),
    ("breathing troubles", "breathing-or-swallowing"),
    ("troubles swallowing", "breathing-or-swallowing"),
    ("he chokes on food", "breathing-or-swallowing"),
    ("i choked", "breathing-or-swallowing"),
    ("my tongue is swollen", "allergic-reaction"),  # irregular form of "swell"
    ("my face has swollen up", "allergic-reaction"),
    # word order
    ("breathing trouble", "breathing-or-swallowing"),
    ("swallow i cant", "breathing-or-swallowing"),
    ("hives i have", "allergic-reaction"),
    ("i cnat breathe", "breathing-or-swallowing"),
    ("i canot breathe", "breathing-or-swallowing"),
    ("i cnat swallow", "breathing-or-swallowing"),
    # "unable to" / "not able to" are "can't"
    ("i am unable to breathe", "breathing-or-swallowing"),
    ("he is not able to swallow", "breathing-or-swallowing"),
    # another form of a trigger word, when the rest of the trigger matches exactly
    ("my breathing has been troublesome", "breathing-or-swallowing"),
    # invisible and control characters inside a word (pasted or mistyped)
    ("i can\u200bt breathe", "breathing-or-swallowing"),  # zero-width space
    ("i cant bre\u00adathe", "breathing-or-swallowing"),  # soft hyphen
    ("i can\x00t swallow", "breathing-or-swallowing"),  # NUL
    # a bigger slip in one word when the rest of the trigger is exact
    ("i have trubble breathing", "breathing-or-swallowing"),
    # at the end of a very long text
    ("please help " * 200 + "i cant breathe", "breathing-or-swallowing"),
]


@pytest.mark.parametrize(("question", "rule_id"), URGENT)
def test_urgent_triggers_are_robust(
    engine: Engine, faq: Faq, question: str, rule_id: str
) -> None:
    result = engine.ask(question)
    assert result.kind is Kind.URGENT
    assert result.id == rule_id
    assert result.text == next(r for r in faq.urgent if r.id == rule_id).answer
    assert result.score == 100.0
    assert engine.urgent_rule(question) is result.rule


@pytest.mark.parametrize(
    ("faq_question", "entry_id", "symptom"),
    [
        ("what are the common side effects?", "common-side-effects", "i have trouble breathing"),
        ("how long does botox last", "how-long-it-lasts", "i can't swallow"),
        ("does the injection hurt?", "does-it-hurt", "my lips are swelling"),
        ("can i drive afterwards", "can-i-drive", "i'm choking"),
    ],
)
def test_urgent_wins_over_a_good_faq_match(
    engine: Engine, faq_question: str, entry_id: str, symptom: str
) -> None:
    assert answered(engine, faq_question) == entry_id  # the FAQ part alone is a clear answer
    for question in (f"{faq_question} {symptom}", f"{symptom}, {faq_question}"):
        assert engine.ask(question).kind is Kind.URGENT, question


@pytest.mark.parametrize(
    "question",
    [
        "is swallowing a side effect",  # a symptom named, not reported
        pytest.param(
            "breathing after the injection",
            marks=pytest.mark.xfail(
                strict=True,
                reason="the learned urgent reader asks 'Is this happening now?' (score -0.6, "
                "cut-off -1.5): a symptom and 'after the injection', borderline; a check, "
                "never the alert",
            ),
        ),
        "how long does botox last",
        "should i stop taking my blood thinner",  # a refer trigger is not urgent
        ("who gives the injection"),
        ("how many lives has botox changed"),
    ],
)
def test_ordinary_questions_are_not_urgent(engine: Engine, question: str) -> None:
    assert engine.ask(question).kind is not Kind.URGENT
    assert engine.urgent_rule(question) is None


def test_urgent_rule_for_live_typing(engine: Engine, faq: Faq) -> None:
    breathing, allergy = faq.urgent
    assert engine.urgent_rule("i have trouble breath") is breathing
    assert engine.urgent_rule("my tongue is swelling") is allergy
    assert engine.urgent_rule("") is None
    assert engine.urgent_rule("how long does bo") is None
    assert engine.urgent_rule("can i change my dose") is None  # refer, not urgent


# --- suggest --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("prefix", "first"),
    [
        ("can i dri", "can-i-drive"),  # last word unfinished
        ("side eff", "common-side-effects"),
        ("how long does botox la", "how-long-it-lasts"),
        ("does the inj", "does-it-hurt"),
        ("how long does botox last", "how-long-it-lasts"),  # finished question
        ("how long does botox last ", "how-long-it-lasts"),  # trailing space: word done
        ("side effects", "common-side-effects"),  # a synonym phrase, its last word complete
        ("what are the side effects", "common-side-effects"),
        ("what are the side ef", "common-side-effects"),  # issue 10: offered nothing
        ("what are the side e", "common-side-effects"),  # "e" continues "side effects"
        ("sid", "common-side-effects"),  # a completion that starts a synonym phrase
        ("wat is bo", "what-is-botox"),  # "wat" is "what"
        ("my mum wants to know how long does it la", "how-long-it-lasts"),  # chat around it
        ("hi, can i dri", "can-i-drive"),
    ],
)
def test_suggest_completes_the_unfinished_question(
    engine: Engine, prefix: str, first: str
) -> None:
    suggestions = engine.suggest(prefix)
    assert suggestions and suggestions[0].entry.id == first


@pytest.mark.parametrize("prefix", ["", "   ", "\n", "!!!", "\x1b[2J", "\ud800"])
def test_suggest_nothing_for_no_words(engine: Engine, prefix: str) -> None:
    assert engine.suggest(prefix) == []


@pytest.mark.parametrize("prefix", ["h", "how l", "what is", "what are the", "can i", "how do i "])
def test_suggest_nothing_until_a_word_that_carries_meaning(engine: Engine, prefix: str) -> None:
    # Small words alone, or one letter of the next word, match almost anything: the list would
    # jump at every keystroke. The question box is enough until then.
    assert engine.suggest(prefix) == []


@pytest.mark.parametrize(
    "prefix", ["how lo", "what should i do aft", "what does bo", "does the inj"]
)
def test_suggest_respects_n_and_is_deterministic(
    engine: Engine, faq: Faq, prefix: str
) -> None:
    full = engine.suggest(prefix, n=len(faq.faqs))
    assert len(full) >= 2, "prefix chosen to give several suggestions"
    for n in range(len(faq.faqs) + 1):
        got = engine.suggest(prefix, n=n)
        assert got == full[:n]
        assert got == engine.suggest(prefix, n=n)
    ids = [s.entry.id for s in full]
    assert len(set(ids)) == len(ids)
    assert all(s.entry in faq.faqs and 0 <= s.score <= 100 for s in full)
    assert [s.score for s in full] == sorted((s.score for s in full), reverse=True)


def test_suggest_default_is_at_most_five(engine: Engine) -> None:
    assert len(engine.suggest("h")) <= 5


# --- related --------------------------------------------------------------------------------


def test_related_of_an_unknown_id_is_empty(engine: Engine) -> None:
    assert engine.related("no-such-entry") == []


@pytest.mark.parametrize("entry_id", [e.id for e in load_faq(FIXTURE).faqs])
def test_related_same_topic_first_and_never_itself(
    engine: Engine, faq: Faq, entry_id: str
) -> None:
    entry = faq.entry(entry_id)
    same_topic = {e.id for e in faq.faqs if e.topic == entry.topic and e.id != entry_id}
    related = [e.id for e in engine.related(entry_id, n=len(faq.faqs))]
    assert entry_id not in related
    assert len(set(related)) == len(related)
    assert set(related[: len(same_topic)]) == same_topic
    assert all(engine.faq.entry(i) for i in related)
    assert [e.id for e in engine.related(entry_id, n=2)] == related[:2]
    assert [e.id for e in engine.related(entry_id)] == related[:3]  # default n=3


# --- caches, determinism, explanation -------------------------------------------------------


def test_forget_drops_what_was_typed(faq: Faq) -> None:
    engine = Engine(faq)
    before = engine.ask("does the injectoin hurt")
    assert "injectoin" in engine._index.corrections  # the session cache holds the typed slip
    assert normalize.stem.cache_info().currsize > 0
    engine.forget()
    assert engine._index.corrections == {}
    assert normalize.stem.cache_info().currsize == 0
    assert engine.ask("does the injectoin hurt") == before  # same answer after a reset


QUESTIONS = [
    "how long does botox lasst", "does the injectoin hurt", "how long does it work for",
    "who invented botox", "i have truoble breathing", "should i stop my blood thinner",
    "can i change my dose", "", "😀", "is pain after the shot normal",
]


def test_same_question_twice_gives_equal_results(engine: Engine) -> None:
    for question in QUESTIONS:
        first, second = engine.ask(question), engine.ask(question)
        assert first == second
        assert first.explanation == second.explanation
        assert engine.suggest(question) == engine.suggest(question)


def test_two_engines_on_the_same_content_agree(faq: Faq) -> None:
    one, two = Engine(faq), Engine(load_faq(FIXTURE))
    for question in [*QUESTIONS, *reversed(QUESTIONS)]:  # different cache history
        assert one.ask(question) == two.ask(question)
        assert one.ask(question).explanation == two.ask(question).explanation


def test_explanation_names_best_phrasing_runner_up_and_corrections(engine: Engine) -> None:
    result = engine.ask("how long does botox lasst")
    why = result.explanation
    assert why is not None
    best, runner_up = why.ranked[0], why.ranked[1]
    assert best.entry.id == "how-long-it-lasts" == result.id
    assert best.phrasing == "How long does Botox last?"  # the closest of its phrasings
    assert best.score == pytest.approx(result.score)
    assert runner_up.entry.id != best.entry.id and runner_up.score < best.score
    assert why.corrections == (("lasst", "last"),)
    assert why.trigger is None
    data = why.as_dict()
    assert data["ranked"][0]["phrasing"] == "How long does Botox last?"
    assert data["corrections"] == [["lasst", "last"]]


def test_explanation_of_a_rule_names_its_trigger(engine: Engine) -> None:
    urgent = engine.ask("i have truoble breathing").explanation
    assert urgent is not None and urgent.trigger == "trouble breathing"
    cue = engine.ask("what is my dose").explanation
    assert cue is not None and cue.trigger == "my dose"


def test_vocabulary_is_the_contents_lowercased_words(engine: Engine) -> None:
    vocabulary = engine.vocabulary()
    assert {"botox", "injection", "drive", "afterwards"} <= vocabulary
    assert all(word == word.lower() for word in vocabulary)
    assert "who" not in vocabulary and "invented" not in vocabulary


# --- adversarial input ----------------------------------------------------------------------

ADVERSARIAL = [
    "",  # empty
    " ",  # one space
    "\t\n\r \u00a0\u2003",  # all kinds of whitespace
    "a" * 10_000,  # one huge word
    "how long does botox last " * 400,  # 10,000 characters of real words
    "\n" * 10_000,  # only newlines
    "😀",  # emoji
    "💉 does it hurt? 😬",  # emoji around words
    "\U0001f469\u200d\U0001f52c",  # emoji joined by ZWJ
    "\x00",  # NUL
    "how\x00long does botox last",  # NUL inside
    "\x07\x08\x7f\x1b",  # control characters
    "\x1b[2J",  # clear screen
    "\x1b[31mhow long does botox last\x1b[0m",  # colour codes
    "\x1b]52;c;aGVsbG8=\x07",  # OSC 52: write to the clipboard
    "\x1b]0;pwned\x07\x1b[?1049h",  # set title, alternate screen
    "\ud800",  # lone high surrogate
    "\udfff how long \ud800",  # lone surrogates around words
    "مرحبا كيف حالك",  # right-to-left Arabic
    "\u202ehow long does botox last",  # right-to-left override
    "שלום \u05d1\u05d5\u05d8\u05d5\u05e7\u05e1",  # Hebrew
    "e\u0301\u0301\u0301\u0301",  # stacked combining marks
    "\u0300" * 1000,  # only combining marks
    "Z\u0351\u0356\u0359a\u035b\u0358l\u0300go",  # "zalgo"
    "\ufeff\u200b\u200c\u200d",  # BOM and zero-width characters
    "ﬁ ﬂ ǅ İ ß",  # ligatures, titlecase, dotted I, sharp s
    "'''", "' '", "'s", "i'm'm'm",  # stray apostrophes
    "1234567890",  # digits only
    "\U0010ffff\U000e0001",  # last code point, tag character
]


@pytest.mark.parametrize("question", ADVERSARIAL)
def test_adversarial_input_gives_a_valid_result(engine: Engine, question: str) -> None:
    result = engine.ask(question)
    assert_valid(engine, result, question)
    suggestions = engine.suggest(question)
    assert len(suggestions) <= 5 and all(s.entry in engine.faq.faqs for s in suggestions)
    rule = engine.urgent_rule(question)
    assert rule is None or rule in engine.faq.urgent
    assert isinstance(result.as_json(), dict)


@pytest.mark.parametrize("question", ["", " ", "\x00", "😀", "\ud800", "\x1b[2J", "\u0300" * 9])
def test_no_words_is_a_plain_fallback(engine: Engine, question: str) -> None:
    result = engine.ask(question)
    assert result.kind is Kind.FALLBACK and result.score == 0.0 and not result.referred


def _content_phrases() -> list[str]:
    faq = load_faq(FIXTURE)
    texts = [t for e in faq.faqs for t in e.phrasings]
    texts += [t for r in (*faq.urgent, *faq.refer) for t in r.triggers]
    return [*texts, *PERSONAL_CUES, "how long does it work for", "is pain after the shot normal"]


def _content_words() -> list[str]:
    return sorted({w for t in _content_phrases() for w in t.split()})


def _splice(parts: tuple[str, str, int]) -> str:
    phrase, noise, at = parts
    return phrase[:at] + noise + phrase[at:]


_ANY_CHAR = st.one_of(
    st.characters(exclude_categories=()),  # every code point, surrogates included
    st.characters(categories=["Cs"]),  # lone surrogates, often
    st.sampled_from(["\x1b", "\x00", "\u202e", "\u0301", "'", " ", "\n"]),
)
_QUESTIONS = st.one_of(
    st.text(alphabet=_ANY_CHAR, max_size=200),
    # content words mixed with noise, so answers, clarifies, rules and typos all occur
    st.lists(
        st.one_of(st.sampled_from(_content_words()), st.text(alphabet=_ANY_CHAR, max_size=6)),
        max_size=12,
    ).map(" ".join),
    # a real phrasing, trigger or cue with noise spliced in: every kind of result occurs
    st.tuples(
        st.sampled_from(_content_phrases()),
        st.text(alphabet=_ANY_CHAR, max_size=4),
        st.integers(min_value=0, max_value=60),
    ).map(_splice),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(question=_QUESTIONS, n=st.integers(min_value=0, max_value=8))
def test_any_text_gives_a_valid_result(engine: Engine, question: str, n: int) -> None:
    result = engine.ask(question)
    assert_valid(engine, result, question)
    suggestions = engine.suggest(question, n=n)
    assert len(suggestions) <= n
    assert all(s.entry in engine.faq.faqs and 0 <= s.score <= 100 for s in suggestions)


# --- layering -------------------------------------------------------------------------------


def test_engine_imports_neither_textual_nor_yaml() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    code = ("import faqbot.matching.engine, sys; "
            "assert 'textual' not in sys.modules and 'yaml' not in sys.modules, "
            "sorted(m for m in sys.modules if m.split('.')[0] in {'textual', 'yaml'})")
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_urgent_after_a_long_run_of_blank_characters_is_still_urgent(engine: Engine) -> None:
    """ask() and urgent_rule() read the same words: leading blanks do not hide a symptom."""
    question = " " * 1200 + "i cant breathe"
    assert engine.urgent_rule(question) is not None
    assert engine.ask(question).kind is Kind.URGENT


def _first_in_one_tap(result: Result) -> str | None:
    """The entry a patient reaches first in one tap: the answer, or the first "Did you mean"."""
    if result.kind is Kind.ANSWER:
        return result.id
    return result.candidates[0].entry.id if result.candidates else None


def test_an_everyday_word_the_content_never_uses_reads_as_the_one_it_does(
    sparse_engine: Engine, bundled: Engine
) -> None:
    """A day-one file says "injection" and "medicines"; patients type "jabs" and "pills"."""
    jabs = sparse_engine.ask("how long do the jabs last")
    assert jabs.explanation is not None and ("jabs", "injection") in jabs.explanation.corrections
    # read as "injection", the entry meant comes first; answering or asking "Did you mean"
    # is then the decision model's call (one tap either way)
    assert jabs.explanation.ranked[0].entry.id == "how-long-it-lasts"
    assert _first_in_one_tap(jabs) == "how-long-it-lasts"
    pills = sparse_engine.ask("which pills should i mention")
    assert pills.explanation is not None
    assert pills.explanation.ranked[0].entry.id == "medicines-to-mention"
    assert _first_in_one_tap(pills) == "medicines-to-mention"
    # a word the content knows is read as itself, never bridged to another of its group
    known = bundled.ask("how long do the jabs last")
    assert known.explanation is not None and not known.explanation.corrections


@pytest.mark.parametrize(
    ("question", "typed", "read_as", "entry_id"),
    [
        ("can my toddler have botox", "toddler", "children", "botox-for-children"),
        ("do i still need my brace", "brace", "splint", "still-need-therapy"),
        ("do i still need rehab", "rehab", "physio", "still-need-therapy"),
        ("how frequently can i have it", "frequently", "often", "how-often"),
        ("what is the scan for", "scan", "ultrasound", "emg-and-ultrasound"),
        ("what are the wires for", "wires", "emg", "emg-and-ultrasound"),
        ("i feel ill todya can i stil have the injction", "ill", "unwell", "unwell-on-the-day"),
        # blind set BK
        ("my arm's gone a bit weedy since the jab, is that just how it goes", "weedy", "weak",
         "injected-muscle-weak"),
        # the tuning pool's commonest words a day-one file does not know
        ("is it the same as beauty botox", "beauty", "cosmetic", "cosmetic-botox"),
        ("is it risky if i have myasthenia", "risky", "risk", "higher-risk"),
        ("will someone check how i got on after", "check", "follow", "follow-up-appointment"),
        ("will the stiffness be gone forever", "forever", "permanent", "is-it-a-cure"),
        ("does multiple sclerosis cause stiff muscles", "sclerosis", "ms", "causes-of-spasticity"),
        ("can my body make antibodies against it", "antibodies", "immune",
         "stops-working-over-time"),
        ("do i tell the nurse about my tablets", "nurse", "team", "medicines-to-mention"),
        ("is there a numbing cream", "cream", "numb", "does-it-hurt"),
        ("im poorly today can i still have it", "poorly", "unwell", "unwell-on-the-day"),
        ("how soon can i repeat it", "repeat", "often", "how-often"),
        ("can the kiddos have it", "kiddos", "children", "botox-for-children"),  # blind set BP
        ("is it the same stuff they put in peoples foreheads", "foreheads", "wrinkles",
         "cosmetic-botox"),
        # search-box words (blind set BU)
        ("dose decision", "decision", "decides", "how-many-injections"),
        ("which conditions must i declare", "declare", "tell", "health-problems-to-mention"),
        ("what is the length of the session", "length", "long",
         "how-long-the-injection-takes"),
        ("onset of botox", "onset", "start", "when-it-starts-working"),
    ],
)  # fmt: skip
def test_more_everyday_words_reach_a_day_one_file(
    sparse_engine: Engine, question: str, typed: str, read_as: str, entry_id: str
) -> None:
    """Patients' words for children, splints, physio, how often, the machines and being
    unwell, which a day-one file never uses (`everyday.GROUPS`): read as the file's own word,
    the entry meant comes first."""
    result = sparse_engine.ask(question)
    assert result.explanation is not None
    assert (typed, read_as) in result.explanation.corrections
    assert result.explanation.ranked[0].entry.id == entry_id
    assert _first_in_one_tap(result) == entry_id


def test_a_frozen_shoulder_is_not_read_as_numbing(sparse_engine: Engine) -> None:
    """Patients say "freeze" for numbing the skin, but "a frozen shoulder" is another
    condition: on a day-one file it must not be offered the pain-and-numbing entry."""
    result = sparse_engine.ask("my shoulder is frozen")
    assert result.explanation is not None
    assert ("frozen", "numb") not in result.explanation.corrections
    assert "does-it-hurt" not in [c.entry.id for c in (result.otherwise or result).candidates]


@pytest.fixture(scope="module")
def bundled(bundled_engine: Engine) -> Engine:
    return bundled_engine


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("I look after my wife who has MS. How long will the effect last for her?",
         "how-long-it-lasts"),
        ("last time it worked great for a couple of months and then the stiffness came back "
         "so how long is it supposed to last normally", "how-long-it-lasts"),  # a run-on
        ("Hello there, just killing time before my slot. How does Botox actually relax a muscle?",
         "how-botox-works"),
        ("Hey, the staff here are lovely. Anyway. What happens if the last lot didn't work?",
         "if-it-did-not-work"),
        # "Alright?" greets, it does not ask (blind set BD)
        ("Alright? Hot-air balloon pilot, grounded for now. How does the injection loosen the "
         "muscle?", "how-botox-works"),
    ],
)  # fmt: skip
def test_small_talk_in_a_sentence_of_its_own_does_not_hold_the_answer_back(
    bundled: Engine, question: str, expected: str
) -> None:
    result = bundled.ask(question)
    assert result.kind is Kind.ANSWER and result.id == expected
    assert result.explanation is not None and "on its own" in result.explanation.reason


def test_a_run_on_question_told_as_a_statement_is_read_on_its_own(bundled: Engine) -> None:
    """In "...I wanted to check if it is normal for the hand to feel a bit weak", what
    follows "if" asks, though it is worded as a statement (`_asking_parts`)."""
    question = (
        "so i had my injections a couple of weeks ago and my arm feels a lot looser which is "
        "brilliant but i wanted to check if it is normal for the hand to feel a bit weak"
    )
    assert "it is normal for the hand to feel a bit weak" in _asking_parts(question)
    result = bundled.ask(question)
    assert result.kind is Kind.ANSWER and result.id == "injected-muscle-weak"
    assert result.explanation is not None and "on its own" in result.explanation.reason
    # "if" after a word that does not ask ("even if", "as if") starts no part
    told = (
        "my hand has been tight for years even if i do all my stretches every single day "
        "and honestly as if that was not enough my neck is stiff too"
    )
    assert _asking_parts(told) == []
    # the context still counts: another condition keeps the answer back
    parkinsons = bundled.ask(
        "my dad has parkinsons and his hands shake a lot and the neurologist mentioned "
        "injections so I wanted to know if it would help him"
    )
    assert parkinsons.kind is not Kind.ANSWER


def test_a_question_that_fell_back_whole_is_answered_when_its_asking_sentence_agrees(
    sparse_engine: Engine,
) -> None:
    """On a day-one file, greetings and thanks around "Can children have these injections?"
    left the whole message under every floor: the fallback. Read on its own, the asking
    sentence ranks the same entry first and is sure of it."""
    result = sparse_engine.ask(
        "Hi there, my daughter has cerebral palsy and she is six. Can children have these "
        "injections? Many thanks"
    )
    assert result.kind is Kind.ANSWER and result.id == "botox-for-children"
    assert result.explanation is not None and "on its own" in result.explanation.reason


@pytest.mark.parametrize(
    "question",
    [
        "My wife is on a blood thinner. Should she stop it before the injections?",  # tells
        "I have tinnitus. Can Botox help with it?",  # names what the content does not know
        "I had Xeomin last time. How does it work?",
    ],
)
def test_a_sentence_is_read_on_its_own_only_when_it_asks_and_nothing_else_objects(
    bundled: Engine, question: str
) -> None:
    assert bundled.ask(question).kind is not Kind.ANSWER


LONG_PHRASING = """\
version: 1
fallback: Please ask.
faqs:
  - id: if-it-did-not-work
    question: >-
      What happens if my arm is still just as stiff after the last lot of injections,
      even after the full two weeks?
    answer: The team may change the dose.
  - {id: how-long, question: How long does Botox last?, answer: About three months.}
  - {id: side-effects, question: What are the common side effects?, answer: A sore arm.}
  - {id: driving, question: Can I drive home after the injections?, answer: Usually yes.}
"""


def test_a_question_of_several_words_is_answered_with_less_of_a_long_phrasing(
    tmp_path: Path,
) -> None:
    """Precision under 0.35 but over 0.25 (`Thresholds.precision`): the question uses a third
    of the entry's one long phrasing. A question of one or two meaningful words still needs
    0.35 (see NEAR_MISSES)."""
    path = tmp_path / "faq.yaml"
    path.write_text(LONG_PHRASING, encoding="utf-8")
    engine = Engine(load_faq(path))
    result = engine.ask("what happens if my arm is still stiff")
    assert result.kind is Kind.ANSWER and result.id == "if-it-did-not-work"
    assert result.explanation is not None and result.explanation.ranked
    precision = result.explanation.ranked[0].precision
    assert engine.thresholds.precision <= precision < engine.thresholds.precision_short


def test_an_entry_is_not_answered_when_another_knows_the_question_better(bundled: Engine) -> None:
    """"How long does the injection take?" matches "how long does it take" word for word,
    but only "When will it start working?" knows "work": never the injection's length. (The
    bundled content now has this very question among the onset entry's phrasings, from blind
    set AK, so answering the onset is right; asking which is too.)"""
    for question in ("how long does it take to work", "HOW LONG DOES IT TAKE TO WORK"):
        result = bundled.ask(question)
        if result.kind is Kind.ANSWER:
            assert result.id == "when-it-starts-working", question
        else:
            assert result.kind is Kind.CLARIFY, question
            assert "when-it-starts-working" in [c.entry.id for c in result.candidates]


def test_a_rival_that_barely_uses_its_phrasing_does_not_know_more(bundled: Engine) -> None:
    """ "Can people be allergic to Botox?" shares every word with a long phrasing of who
    should not have Botox ("Are there people for whom botulinum toxin is not advised?") but
    uses a fifth of it (blind set CF): it is the allergy entry's question, answered."""
    result = bundled.ask("Can people be allergic to Botox?")
    assert result.kind is Kind.ANSWER and result.id == "allergic-reaction"
    assert result.explanation is not None
    rival = next(c for c in result.explanation.ranked if c.entry.id == "who-should-not-have-botox")
    assert rival.coverage >= bundled.thresholds.rival_coverage
    assert rival.precision < bundled.thresholds.precision


DURATION_OR_ONSET = """\
version: 1
fallback: Please ask.
faqs:
  - id: how-long-the-injection-takes
    question: How long does the injection take?
    alternates: [how long does it take, how long will the appointment take]
    answer: About half an hour.
  - id: when-it-starts-working
    question: When will it start working?
    alternates: [when will I notice a difference, how soon does botox work]
    answer: In a few days.
  - {id: does-it-hurt, question: Does the injection hurt?, answer: A little.}
"""


@pytest.mark.xfail(
    strict=True,
    reason="on a day-one file the onset entry knows only 'work' of the question, far from "
    "the 0.9 coverage that makes a rival 'know more', and the duration entry's exact words "
    "carry the decision (99 %)",
)
def test_on_a_day_one_file_the_onset_is_not_answered_with_the_injections_length(
    tmp_path: Path,
) -> None:
    path = tmp_path / "faq.yaml"
    path.write_text(DURATION_OR_ONSET, encoding="utf-8")
    result = Engine(load_faq(path)).ask("how long does it take to work")
    assert result.id != "how-long-the-injection-takes"


# --- what an entry knows: its phrasings and its answer ------------------------------------

DAY_ONE = Faq(
    version=1,
    fallback="Please ask your care team.",
    faqs=(
        Entry(
            "does-it-hurt",
            "Does the injection hurt?",
            "You feel a sharp scratch when the needle goes in. Numbing cream can be put on "
            "the skin first.",
            alternates=("is it painful",),
        ),
        Entry(
            "how-long-it-lasts",
            "How long does Botox last?",
            "About three months. Your next appointment is booked before it wears off.",
            alternates=("when will it wear off",),
        ),
        Entry("driving-after", "Can I drive after the injection?", "Most people can drive."),
    ),
)


def coverage_of(engine: Engine, question: str, entry_id: str) -> float:
    ranked = engine.ask(question).explanation.ranked  # type: ignore[union-attr]
    return next(c.coverage for c in ranked if c.entry.id == entry_id)


def test_a_word_only_the_answer_uses_is_known_to_that_entry() -> None:
    """A day-one file's answers hold most of its words: "numbing cream" is what the answer
    of does-it-hurt talks about, although no phrasing of it says "cream"."""
    engine = Engine(DAY_ONE)
    assert coverage_of(engine, "does the injection hurt with numbing cream", "does-it-hurt") == 1.0
    ranked = engine.ask("numbing cream injection").explanation.ranked  # type: ignore[union-attr]
    assert ranked[0].entry.id == "does-it-hurt"
    # another entry's answer does not lend it the word
    assert coverage_of(engine, "can I drive with numbing cream on", "driving-after") < 0.6
    # nor do an answer's words of grammar: "when" asks something its answer does not say
    assert coverage_of(engine, "when does the injection hurt", "does-it-hurt") < 1.0


SPLINT_OR_AFTERCARE = dataclasses.replace(
    DAY_ONE,
    faqs=(
        *DAY_ONE.faqs,
        Entry(
            "aftercare",
            "What should I do after the injection?",
            "Carry on as normal. Ice may ease soreness. Keep up your stretches and splint as "
            "advised.",
            alternates=("what to do after botox",),
        ),
        Entry(
            "still-need-therapy",
            "Do I still need physio, stretching or my splint?",
            "Yes. Botox works alongside physio, stretching and splints, not instead of them.",
            alternates=("do I still need my splint",),
        ),
    ),
)


@pytest.mark.parametrize(
    "question", ["splint after botox", "splint after injection", "do i wear my splint after botox"]
)
def test_a_word_one_entry_only_mentions_and_another_asks_is_asked_back(question: str) -> None:
    """A day-one file (blind sets' pool: 21 wrong answers): "splint after injection" ranks
    the aftercare first on "after the injection", whose answer only mentions the splint;
    the entry that asks about the splint is offered beside it, and the patient picks."""
    result = Engine(SPLINT_OR_AFTERCARE).ask(question)
    assert result.kind is Kind.CLARIFY, result
    assert {c.entry.id for c in result.candidates} >= {"aftercare", "still-need-therapy"}


def test_a_common_word_only_the_answer_uses_keeps_the_answer() -> None:
    """Only a word of the clinic's trade is one the other entry asks about: "people" or
    "time" in an answer says nothing about what the question is about."""
    engine = Engine(SPLINT_OR_AFTERCARE)
    assert answered(engine, "what should i do after the injection") == "aftercare"
    assert answered(engine, "do i still need my splint") == "still-need-therapy"


def test_an_unknown_word_of_grammar_weighs_less_than_an_unknown_word_of_substance() -> None:
    """Neither "usually" nor "invented" is in the file; "usually" says nothing about what is
    asked, "invented" is the whole question ("who invented botox" is not "how long does it
    last")."""
    engine = Engine(DAY_ONE)
    grammar = coverage_of(engine, "how long does botox last usually", "how-long-it-lasts")
    substance = coverage_of(engine, "how long does botox last invented", "how-long-it-lasts")
    assert grammar > substance
    assert answered(engine, "how long does botox last usually") == "how-long-it-lasts"
    assert answered(engine, "who invented botox") is None


def test_words_of_grammar_are_read_from_their_stems_and_leave_out_words_of_substance() -> None:
    """`FUNCTION_STEMS` is what the index looks keys up in: "anywhere" and "otherwise" stem to
    "anywher" and "otherwis", which do not stem to themselves again; "back" (back pain),
    "severe" (sharing "sever" with "several") and the negations are never words of grammar."""
    for word in ("anywhere", "otherwise", "usually", "before", "whether"):
        assert normalize.stem(word) in FUNCTION_STEMS, word
    for word in ("back", "severe", "not", "never", "without", "appointment", "rare"):
        assert normalize.stem(word) not in FUNCTION_STEMS, word


@pytest.mark.parametrize(
    ("word", "unfamiliar"),
    [
        ("baclofen", True),  # a medicine's name
        ("tinnitus", True),  # a condition's
        ("realistically", False),  # English by its ending, whatever the word list holds
        ("interchangeable", False),
        ("equipment", False),
        ("flustered", False),
    ],
)
def test_a_word_with_an_english_ending_is_no_unfamiliar_name(word: str, unfamiliar: bool) -> None:
    assert is_unfamiliar(word) is unfamiliar


@pytest.mark.parametrize(
    "word", ["gentleman", "lady", "lads", "godfather", "guardian", "lodger", "madam", "client"]
)
def test_a_word_for_a_person_is_no_unfamiliar_name(word: str) -> None:
    """Carers name whom they ask for ("I care for a gentleman with MS, how soon does botox
    start working", blind set AG): read as a name the content lacks, the question was held
    back as possibly about something else."""
    assert not is_unfamiliar(word)


def test_a_carers_question_for_a_gentleman_is_answered(bundled: Engine) -> None:
    result = bundled.ask(
        "i care for a gentleman with MS, how soon does botox start working for most people"
    )
    assert result.kind is Kind.ANSWER and result.id == "when-it-starts-working", result


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Could Botox harm an unborn baby?", "pregnancy-and-breastfeeding"),
        ("I mentor a young lad with spasticity in his arm. How often can he have Botox?",
         "how-often"),
    ],
)
def test_a_common_english_word_the_content_lacks_is_not_read_as_a_name(
    bundled: Engine, question: str, expected: str
) -> None:
    """Blind sets BI, BJ: "unborn" and "mentor" are common English (the word-frequency
    list), no medicine or condition the content lacks; they were held back as possibly about
    something else. "tinnitus" and "baclofen" are not common, and still are."""
    result = bundled.ask(question)
    assert result.kind is Kind.ANSWER and result.id == expected, result
    explain = bundled.ask("can botox help my tinnitus").explanation
    assert explain is not None and "names tinnitus" in explain.reason


def test_an_english_word_the_content_lacks_is_not_read_as_a_name(engine: Engine) -> None:
    explain = engine.ask("realistically how long does botox last").explanation
    assert explain is not None and "names realistically" not in explain.reason
    explain = engine.ask("how long does baclofen last").explanation
    assert explain is not None and "names baclofen" in explain.reason


@pytest.mark.parametrize("question", ["lol", "hello lol", "haha", "hahaha ok", "lmao"])
def test_laughter_alone_is_a_plain_fallback(bundled: Engine, question: str) -> None:
    """Patients' own phrasings in the bundled content carry "lol" and "haha" ("…for wrinkles
    lol"): a word of chat, not a reason to offer that entry to someone who only laughed."""
    result = bundled.ask(question)
    assert result.kind is Kind.FALLBACK and not result.referred and result.rule is None


def test_laughter_does_not_hold_an_answer_back(bundled: Engine) -> None:
    assert answered(bundled, "is it the same as wrinkle botox lol") == "cosmetic-botox"


@pytest.mark.parametrize(
    "question",
    ["How do I reset my iPhone?", "who is the president", "how old is the king",
     "Who is the best band of all time?"],
)  # fmt: skip
def test_a_common_english_word_is_not_read_as_a_content_word(
    bundled: Engine, question: str
) -> None:
    """Far questions from the blind sets that were offered an entry because one English word
    was "corrected" to a content word (reset -> rest, president -> resident, king -> kind,
    band -> hand)."""
    from faqbot.matching.english import common_english

    result = bundled.ask(question)
    assert result.kind is Kind.FALLBACK, [c.entry.id for c in result.candidates]
    assert result.explanation is not None
    assert not [typed for typed, _ in result.explanation.corrections if typed in common_english()]


@pytest.mark.parametrize(
    ("question", "expected"),
    [("can a stoke make my arm stiff", "causes-of-spasticity"),  # "stoke" is English, but rare
     ("can it stoop wroking", "stops-working-over-time")],
)  # fmt: skip
def test_slips_that_are_rare_english_words_are_still_corrected(
    bundled: Engine, question: str, expected: str
) -> None:
    assert answered(bundled, question) == expected


def test_without_the_word_list_typed_words_are_corrected_as_before(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A broken install (the list's data file unreadable) reads worse, and never crashes."""
    from faqbot.matching import english

    english._lists.cache_clear()
    monkeypatch.setattr(english, "_PACKAGE", "faqbot_no_such_package.resources")
    try:
        assert english.common_english() == frozenset()
        assert not english.is_listed("seizing")
        engine = Engine(load_faq(Path(__file__).resolve().parent.parent / "content" / "faq.yaml"))
        explanation = engine.ask("how do I reset my iPhone").explanation
        assert explanation is not None and ("reset", "rest") in explanation.corrections
        assert engine.ask("i cant breathe").kind is Kind.URGENT
    finally:
        english._lists.cache_clear()


def test_the_common_english_list_is_read_from_the_installed_package() -> None:
    from faqbot.matching.english import common_english, is_listed

    words = common_english()
    assert {"reset", "president", "weekend", "stinking"} <= words
    assert not {"stoke", "wile", "teem", "botox", "spasticity"} & words
    # rarer real words are listed; slips, and the rarest words at the list's floor, are not
    assert all(is_listed(w) for w in ("seizing", "jags", "jumpy", "knackered"))
    assert not any(is_listed(w) for w in ("swolen", "bledding", "tung", "weka", "botox"))


def test_a_slip_of_a_common_english_word_is_no_name_the_content_does_not_know() -> None:
    """ "whst is spastcity exaclty" (blind set CH) on a day-one file was asked back as naming
    "exaclty", as if it might be a medicine or a place: a word one swap, one letter left out
    or one added from a common English word is a slip. A letter mistyped is not read so:
    names are too often one letter from a word ("lyrica", "lyrics")."""
    from faqbot.matching.english import slip_of_english

    assert slip_of_english("exaclty") == "exactly"
    assert slip_of_english("exactley") == "exactly"
    assert slip_of_english("undressd") == "undress"
    assert slip_of_english("exactly") is None  # a word of the list itself
    assert not any(slip_of_english(w) for w in ("lyrica", "keppra", "tizanidine", "xeomin"))
    sparse = Engine(load_faq(Path(__file__).resolve().parent / "data" / "sparse-faq.yaml"))
    explanation = sparse.ask("whst is spastcity exaclty").explanation
    assert explanation is not None and "exaclty" not in explanation.reason
    # a name stays one: the content does not know it, and it is asked back
    explanation = sparse.ask("is it safe with lyrica").explanation
    assert explanation is not None and "lyrica" in explanation.reason


@pytest.mark.parametrize(
    ("question", "expected"),
    [("Can my husband drive himself home after the injection or should I take him?",
      "driving-after"),
     ("am I ok to drive myself home after or should I get a lift", "driving-after"),
     ("Should I be worried about a bruise where the needle went in?", "soreness-and-bruising"),
     ("Should I still be wearing my hand splint after treatment?", "still-need-therapy"),
     ("will it fix me for good", "is-it-a-cure"),  # no "good for me"
     ("Hi, my name is Margaret and I'm 78, bear with me. Who decides how many injections I get?",
      "how-many-injections"),  # "bear" is no "beer"
     # blind set BL: "nets", a real word, is no bigger slip of "units" ("units will i get")
     ("Morning, Murdo from Mallaig, I mend fishing nets. How soon will it start working?",
      "when-it-starts-working"),
     ("Hello there, hope your day's going better than my parking did. What should I tell the "
      "team about my medicines?", "medicines-to-mention"),
     # blind set BX: "safe for me" asks about the drive home, not about the treatment
     ("Is it safe for me to drive home after the treatment?", "driving-after"),
     ("is it ok for him to drive after his neck jab", "driving-after"),
     # blind set CJ: taking it slow is the day, not a medicine
     ("should I be taking it easy after the injection", "aftercare")],
)  # fmt: skip
def test_words_about_the_day_are_no_personal_advice(
    bundled: Engine, question: str, expected: str
) -> None:
    """Blind-set questions the refer rules or cues sent to the fallback though an entry
    answers them: a lift home, a bruise, a splint, "fix me for good", chat about parking."""
    assert answered(bundled, question) == expected


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # blind sets Y, BR, BT, BZ: stopping what therapy asks is whether it is still needed
        ("Once I start on Botox, can I stop doing my physio exercises?", "still-need-therapy"),
        ("do i still need my splint , or can i stop wearing it ?", "still-need-therapy"),
        # blind sets AK, AT, AN: calling the clinic, what to look out for
        ("At what point should I be ringing the clinic after having it?",
         "when-to-call-the-clinic"),
        # blind sets AS, BG, BM, CJ: getting home
        ("am I fit to take the car home after, or should I get the bus?", "driving-after"),
        ("Am I alright to drive myself home, or should I get the other half to pick me up?",
         "driving-after"),
        ("Will I be safe to drive home, or should I get my brother to ferry me?",
         "driving-after"),
    ],
)  # fmt: skip
def test_calling_the_clinic_getting_home_and_stopping_exercises_are_no_personal_advice(
    bundled: Engine, question: str, expected: str
) -> None:
    """The personal-advice cues ("can i stop", "should i be", "should i get", "should i
    have") sent these to the fallback (24 in the pool); the entries answer them. They are
    answered or offered, never referred."""
    result = bundled.ask(question)
    assert not result.referred, result.explanation
    shown = reached(result)
    assert expected in shown


@pytest.mark.parametrize(
    "question",
    [
        "should I be taking my tablets still",
        "should I take a painkiller first",
        "can I stop taking my baclofen before the jab",
        "should I have my next injection sooner",
    ],
)
def test_taking_a_medicine_is_still_personal_advice(bundled: Engine, question: str) -> None:
    result = bundled.ask(question)
    assert result.kind is Kind.FALLBACK and result.referred, result


@pytest.mark.parametrize(
    "question",
    [
        # blind sets BS and BT: worry in everyday words
        "There's a little bruise where it went in, should I be fussed about it?",
        "I've got a bruise where they did the jab, should I be bothered?",
        "should i be alarmed by the bruise",
    ],
)
def test_being_fussed_or_bothered_by_a_bruise_is_no_personal_advice(
    bundled: Engine, question: str
) -> None:
    """Whether a bruise is worth worrying about is what the bruising entry answers: it is
    answered or offered, never sent to the fallback as personal advice."""
    result = bundled.ask(question)
    shown = reached(result)
    assert "soreness-and-bruising" in shown


@pytest.mark.parametrize(
    "question",
    [
        # blind set BD: what to bring, and how long it takes, told with "should I have"
        "What should I have with me when I come for the appointment?",
        "Am I in and out quick or should I have brought a flask?",
        # a title's name is no word of the question ("Pryce" was read as "price")
        "I help my old headmistress, Miss Pryce, with her shopping. She wants to know if it "
        "will hurt.",
    ],
)
def test_things_to_have_with_you_are_no_personal_advice(bundled: Engine, question: str) -> None:
    assert not bundled.ask(question).referred


@pytest.mark.parametrize(
    ("question", "rule"),
    [("Should I take my clopidogrel as usual today or leave it?", None),
     ("should I get botox again this year", None),
     ("is botox good for me", None),
     ("should i have botox", None),
     ("I have myasthenia gravis, is it safe for me to have this?", None),
     ("should I be on a higher dose", "my-dose"),
     ("can I have a beer after the injection", "not-in-sources"),
     ("can i drink beer tonight", "not-in-sources"),
     ("is it covered by medicare", "front-desk"),
     ("where can I park", "front-desk"),
     ("How much is parking for the day?", "front-desk"),
     ("which brand does this clinic use", "front-desk")],
)  # fmt: skip
def test_personal_and_clinic_questions_are_still_referred(
    bundled: Engine, question: str, rule: str | None
) -> None:
    result = bundled.ask(question)
    assert result.referred, (result.kind, result.entry and result.entry.id)
    assert (result.rule.id if result.rule else None) == rule


def test_a_typing_slip_in_a_phrasing_is_read_as_the_word_meant() -> None:
    """Patients' questions copied in as phrasings keep their typos ("can it stop workng over
    tiem"): a patient who types the same slip in another question is still corrected, and
    the slip does not point at the entry whose phrasing happens to carry it."""
    faq = Faq(
        version=1,
        fallback="Please ask your care team.",
        faqs=(
            Entry("starts", "When will Botox start working?", "In days.", alternates=(
                "how soon does it start working", "when does botox start working",
                "is it working yet", "how long until it is working", "working when")),
            Entry("stops", "Can it stop working over time?", "Sometimes.", alternates=(
                "can it stop workng over time",)),
        ),
    )  # fmt: skip
    engine = Engine(faq)
    result = engine.ask("when will it start workng")
    assert result.explanation is not None
    assert ("workng", "working") in result.explanation.corrections
    assert [c.entry.id for c in result.explanation.ranked][:1] == ["starts"]
    # the phrasing that carries the slip still finds its own entry
    assert answered(engine, "can it stop workng over time") == "stops"


def test_irregular_plurals_are_read_as_the_word_they_are_a_form_of(bundled_engine: Engine) -> None:
    """"children" is "child", "feet" "foot", "teeth" "tooth": the bundled file, which says
    "kids" and "a child" (with the synonym [kid, child]), answered "Is this treatment ever
    given to children who have cerebral palsy?" only with "Did you mean...?" (blind set CE),
    since the stemmer keeps "children" whole."""
    assert [normalize.stem(w) for w in ("children", "feet", "teeth")] == ["child", "foot", "tooth"]
    asked = "Is this treatment ever given to children who have cerebral palsy?"
    assert answered(bundled_engine, asked) == "botox-for-children"


def test_a_phrasing_of_small_words_only_is_answered_when_typed_as_written() -> None:
    """"what do they actually do to you in there" is an alternate of the bundled file made only
    of small words: none carries meaning, so no entry knew any of the question (coverage 0)
    and its own phrasing, typed exactly, fell back. Typed as written it is answered; the same
    small words in another order ask nothing an entry says, and `--explain` says why a likely
    entry was not offered."""
    faq = Faq(
        version=1,
        fallback="Please ask your care team.",
        faqs=(
            Entry("visit", "What happens at the appointment?", "We talk, then inject.",
                  alternates=("what do they actually do to you in there",
                              "what happens on the day")),
            Entry("hurt", "Does it hurt?", "A little.", alternates=("is it painful",)),
        ),
    )  # fmt: skip
    engine = Engine(faq)
    assert answered(engine, "What do they actually do to you in there?") == "visit"
    result = engine.ask("what do they do to you")
    assert result.kind is Kind.FALLBACK
    assert result.explanation is not None
    assert "knows only 0% of the question's words" in result.explanation.reason


def test_a_slip_kept_several_times_is_still_read_as_the_word_meant() -> None:
    """A file that keeps many patients' questions keeps the same slip several times
    ("brusing" beside "bruise", "bruising"...; "oftn" of four letters): outnumbered four to one
    by the English word's family, it is read as that word. A doubled key ("itt", "forr") is
    read as the word typed once, however short, when that word is used four times as often."""
    bruise = ["is bruising normal", "will it bruise", "bruising after the injection",
              "how long does bruising last", "is it normal to bruise", "bruised arm after",
              "do people bruise", "what about bruises", "i bruise easily, is that ok",
              "bruising on my arm", "any bruising", "bad bruising", "bruise at the site"]
    faq = Faq(
        version=1,
        fallback="Please ask your care team.",
        faqs=(
            Entry("bruising", "Is bruising normal?", "Often.", alternates=(
                *bruise, "brusing where they injected", "brusing after", "is brusing bad")),
            Entry("often", "How often can I have it?", "Every 3 months.", alternates=(
                "how often can i have botox", "how often are the injections", "how often",
                "is it often", "how oftn can i have it", "often enough?", "often is it?",
                "can i come often", "is it for you", "what is it for", "what are they for",
                "what is this form for", "who is it for", "it is for", "for it")),
        ),
    )  # fmt: skip
    engine = Engine(faq)
    slips = engine._index._slips
    assert slips["brusing"] == "bruising"
    assert slips["oftn"] == "often"
    result = engine.ask("brusing at the spot")
    assert result.explanation is not None
    assert ("brusing", "bruising") in result.explanation.corrections
    doubled = engine._index.analyze("how oftn can i hav itt forr")
    assert ("itt", "it") in doubled.corrections
    assert ("forr", "for") in doubled.corrections


@pytest.mark.parametrize(
    ("question", "expected", "fixes"),
    [
        # a tremor repeats keys more than once, and in several places of a word (blind sets
        # AQ and AR: the fallback)
        ("dose itt hurrrrrt", "does-it-hurt", [("hurrrrrt", "hurt")]),
        ("hhhow mmmany injjjections", "how-many-injections",
         [("hhhow", "how"), ("mmmany", "many"), ("injjjections", "injections")]),
        ("ddoes itt hhurrt", "does-it-hurt", [("hhurrt", "hurt")]),
        ("bloood thinnners tel them?", "blood-thinners", [("bloood", "blood")]),
    ],
)  # fmt: skip
def test_keys_held_or_repeated_are_read_as_typed_once(
    bundled: Engine, question: str, expected: str, fixes: list[tuple[str, str]]
) -> None:
    result = bundled.ask(question)
    assert result.explanation is not None
    assert set(fixes) <= set(result.explanation.corrections)
    assert (result.kind, result.id) == (Kind.ANSWER, expected)


def test_undoubled_reads_each_run_once_or_twice() -> None:
    from collections import Counter

    from faqbot.matching.fuzzy import Vocabulary

    words = Vocabulary(Counter({"weak": 5, "week": 9, "blood": 4, "hurt": 3, "it": 50}))
    assert words.undoubled("weeeak") == "weak"  # not "week": the letters stay in order
    assert words.undoubled("bloood") == "blood"
    assert words.undoubled("hhurrt") == "hurt"
    assert words.undoubled("hurt") is None  # nothing repeated
    assert words.undoubled("zzzz") is None  # no known word


def test_a_word_spelt_by_ear_is_read_as_the_word_it_sounds_like() -> None:
    """Blind set BQ's "whats servicle distonya" fell back: "distonya" is two slips from
    "dystonia", more than an eight-letter word is allowed, but it sounds the same."""
    from collections import Counter

    from faqbot.matching.fuzzy import Vocabulary, sound_key

    assert sound_key("distonya") == sound_key("dystonia")
    assert sound_key("spastisity") == sound_key("spasticity")
    assert sound_key("injekshun") == sound_key("injection")
    assert sound_key("servicle") != sound_key("cervical")  # the letters' order is kept
    words = Vocabulary(Counter({"dystonia": 5, "injection": 9, "botox": 3, "days": 4}))
    assert words.sounds_like("distonya") == "dystonia"
    assert words.sounds_like("injekshun") == "injection"
    assert words.sounds_like("duz") is None  # too short to tell by sound
    assert words.sounds_like("weather") is None  # no word sounds so


def test_a_question_spelt_by_ear_reaches_its_entry(bundled: Engine) -> None:
    result = bundled.ask("whats servicle distonya")
    assert result.explanation is not None
    assert ("distonya", "dystonia") in result.explanation.corrections
    assert _first_in_one_tap(result) == "what-is-cervical-dystonia"


def test_a_word_typed_without_its_vowels_is_read_as_the_word_meant() -> None:
    """Blind set BX's "what s spastcty" fell back: two vowels left out are more slips than
    an eight-letter word is allowed, and it does not sound like "spasticity" either."""
    from collections import Counter

    from faqbot.matching.fuzzy import Vocabulary

    words = Vocabulary(Counter({"spasticity": 5, "spastic": 2, "injection": 9, "heart": 3}))
    assert words.without_vowels("spastcty") == "spasticity"
    assert words.without_vowels("injctn") == "injection"
    assert words.without_vowels("spstc") == "spastic"
    assert words.without_vowels("hrt") is None  # too short: "hurt" or "heart"?
    assert words.without_vowels("spastixty") is None  # a letter the word does not have
    assert words.without_vowels("injecton") is None  # one vowel: the usual correction's


def test_a_question_typed_without_vowels_reaches_its_entry(bundled: Engine) -> None:
    result = bundled.ask("what is spstcty")
    assert result.explanation is not None
    assert ("spstcty", "spasticity") in result.explanation.corrections
    assert _first_in_one_tap(result) == "what-is-spasticity"


@pytest.mark.parametrize(
    ("word", "meant"),
    [("tiem", "time"), ("stif", "stiff")],
)
def test_a_four_letter_slip_is_read_only_when_plain(word: str, meant: str) -> None:
    """Two letters swapped or one left out, the first letter right, no other word near."""
    words = [meant, "copd", "cold", "was", "wants", "what"]
    faq = Faq(
        version=1,
        fallback="Please ask your care team.",
        faqs=tuple(
            Entry(f"e{i}", f"Is it about {w}?", "Yes.", alternates=tuple(
                f"{w} question {n}" for n in range(5)) + (f"what about {word}?",) * (i == 0))
            for i, w in enumerate(words)
        ),
    )  # fmt: skip
    slips = Engine(faq)._index._slips
    assert slips.get(word) == meant
    # a letter typed for another may be another word; a word near several is a guess
    assert "copd" not in slips


def test_a_name_after_in_or_near_is_a_place_not_what_is_asked_about(bundled: Engine) -> None:
    """Blind set AY: the small talk named a town the content does not know, and the question
    fell back as maybe "about something else". A name after "in", "at" or "near" is a place."""
    result = bundled.ask(
        "Hello there, lovely weather for once in Llandudno. Quick one: does it hurt much?"
    )
    assert result.kind is Kind.ANSWER and result.id == "does-it-hurt"
    explain = bundled.ask("how long does pregabalin last").explanation
    assert explain is not None and "names pregabalin" in explain.reason


def test_a_question_typed_a_letter_at_a_time_is_answered(bundled: Engine) -> None:
    result = bundled.ask("h o w  o f t e n  c a n  i  h a v e  i t")
    assert (result.kind, result.id) == (Kind.ANSWER, "how-often")


def test_explain_names_the_floor_that_held_a_likely_entry_back(bundled: Engine) -> None:
    """ "cosmetic or medical" is 96 % likely the cosmetic entry, above the answer cut-off,
    yet asked: its best phrasing is used too little. `--explain` said "not sure enough"."""
    result = bundled.ask("cosmetic or medical")
    assert result.kind is Kind.CLARIFY
    assert result.explanation is not None
    assert "of the phrasing used (answers from" in result.explanation.reason


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does the jab sting much", "does-it-hurt"),  # blind sets V, AY...: fell back
        ("Does the needle sting much?", "does-it-hurt"),
    ],
)
def test_on_a_day_one_file_sting_is_hurt(
    sparse_engine: Engine, question: str, expected: str
) -> None:
    result = sparse_engine.ask(question)
    assert (result.kind, result.id) == (Kind.ANSWER, expected)
