"""Near misses on the bundled content (issue 10, item 4): a question about another condition,
body part, medicine or use than an entry is about gets "Did you mean...?" or the fallback, never
that entry's answer. Each row is a question and the entry it shares words with; the rows were
written from the content's entries and the issue's blind-test findings, not from the engine's
output.
"""

from __future__ import annotations

import pytest

from faqbot.matching.engine import Engine
from faqbot.matching.results import Kind
from faqbot.matching.verdict import most_named


@pytest.fixture(scope="module")
def engine(bundled_engine: Engine) -> Engine:
    return bundled_engine


# Also kept by `benchmarks/fit_decision.py` (as promises): it never chooses an answer cut-off
# that answers one of these.
NEAR_MISSES = [
    # another condition than the entry's
    ("what causes cerebral palsy", "causes-of-spasticity"),
    ("what causes multiple sclerosis", "causes-of-spasticity"),
    ("what causes a stroke", "causes-of-spasticity"),
    ("what is a stroke", "causes-of-spasticity"),
    ("is cerebral palsy curable", "is-it-a-cure"),
    ("how long does a stroke last", "how-long-it-lasts"),
    # another body part
    ("can botox help with my back pain", "expected-improvements"),
    ("can botox help my back pain", "expected-improvements"),
    ("what causes back pain", "expected-improvements"),
    ("what causes neck pain", "who-gets-cervical-dystonia"),
    # another medicine
    ("how long does baclofen last", "how-long-it-lasts"),
    ("is baclofen safe", "is-botox-safe"),
    ("what are the side effects of baclofen", "common-side-effects"),
    ("how does baclofen work", "how-botox-works"),
    # another use, or another thing that lasts
    ("does botox help with wrinkles", "what-botox-is-used-for"),
    ("does botox help migraines", "what-botox-is-used-for"),
    ("how long does physio last", "how-long-it-lasts"),
    # feeling flu-like is a side effect; the flu jab is another treatment (the content's
    # synonym group "flu like"/"fluey" keeps the two apart; wrong on blind sets AS and AT)
    ("side effects of the flu jab", "common-side-effects"),
    # another question about a subject an entry compares: what it does, costs, who offers it
    ("can botox help my wrinkles", "cosmetic-botox"),
    ("can botox treat wrinkles", "cosmetic-botox"),
    ("do you do cosmetic botox", "cosmetic-botox"),
    ("how much is botox for forehead wrinkles", "cosmetic-botox"),
    ("how much is dysport", "other-brands"),
    # answered with does-it-hurt until patients' phrasings joined the content (the answer
    # cut rises with the phrasings an entry has); a use, not a subject the near-miss rule knows
    ("how long does the numbing cream last", "does-it-hurt"),
    ("is botox safe for my dog", "is-botox-safe"),
    # the opposite of what the entry asks (`subjects.OPPOSITES`): 55 % of its words known, it
    # was kept from an answer only by the coverage floor (0.6) until 2026-12-04
    ("what are the rare side effects", "common-side-effects"),
    pytest.param(
        "which side effects are uncommon",
        "common-side-effects",
        marks=pytest.mark.xfail(
            strict=True,
            reason='"uncommon" is read as the spacing slip "un common": the content never '
            "uses it and it is too rare in English to be kept whole (keeping every listed "
            "word whole cost the pool two right answers and three one-tap reaches, such as "
            '"doit" and "upshot"), so the question says the word of the entry',
        ),
    ),
]


@pytest.mark.parametrize(("question", "neighbour"), NEAR_MISSES)
def test_a_near_miss_is_never_answered(engine: Engine, question: str, neighbour: str) -> None:
    result = engine.ask(question)
    if result.is_check and result.otherwise is not None:
        # "Is this happening now?" (the learned urgent reader may ask about "a stroke"): what
        # "No" shows must still not be the neighbour's answer
        result = result.otherwise
    assert result.kind in (Kind.CLARIFY, Kind.FALLBACK), f"answered {result.id}"
    assert result.entry is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # naming the entry's own subject still answers: the guard is about *other* subjects
        ("what causes spasticity", "causes-of-spasticity"),
        ("how long does botox last", "how-long-it-lasts"),
        ("is botox safe", "is-botox-safe"),
        ("what is cervical dystonia", "what-is-cervical-dystonia"),
        ("do people get flu like symptoms after", "common-side-effects"),
        ("will i feel fluey after the botox", "common-side-effects"),
        # the entry's condition named in everyday words ("stiff" is spasticity), or a
        # compound condition by its last word
        ("can a stroke make your hand go stiff", "causes-of-spasticity"),
        ("does ms make my arm stiff", "causes-of-spasticity"),
        ("why does ms make muscles tense", "causes-of-spasticity"),
        # asking the comparison an entry makes still answers, in its own words or others
        ("is it the same as wrinkle botox", "cosmetic-botox"),
        ("cosmetic botox", "cosmetic-botox"),
        ("what's the difference between botox and dysport", "other-brands"),
        ("is dysport stronger than botox", "other-brands"),
        # the entry's own word, not its opposite
        ("what are the common side effects", "common-side-effects"),
        ("which side effects are most common", "common-side-effects"),
    ],
)
def test_the_entrys_own_subject_answers(engine: Engine, question: str, expected: str) -> None:
    result = engine.ask(question)
    assert result.kind is Kind.ANSWER and result.id == expected


def test_a_near_miss_explains_which_subject_differs(engine: Engine) -> None:
    result = engine.ask("can botox help with my back pain")
    assert result.explanation is not None
    assert "body part (back)" in result.explanation.reason


def test_a_near_miss_explains_which_opposite_it_asks(engine: Engine) -> None:
    result = engine.ask("what are the rare side effects")
    assert result.kind is Kind.CLARIFY
    assert result.explanation is not None
    assert "asks about rare, the entry about common" in result.explanation.reason


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # blind sets AM, BE and AB on the day-one file: it names the arm in 3 of its 52
        # entries, too few to be its own subject, and "the arm" made every entry that never
        # names it a near miss
        ("HOW LONG DOES BOTOX LAST IN THE ARM", "how-long-it-lasts"),
        ("Will this fix my hand for good?", "is-it-a-cure"),
    ],
)
def test_the_body_parts_a_content_treats_are_no_near_miss(
    sparse_engine: Engine, question: str, expected: str
) -> None:
    result = sparse_engine.ask(question)
    assert (result.kind, result.id) == (Kind.ANSWER, expected)


@pytest.mark.parametrize("question", ["can botox help my back pain", "what causes neck pain"])
def test_on_a_day_one_file_another_body_part_is_still_a_near_miss(
    sparse_engine: Engine, question: str
) -> None:
    assert sparse_engine.ask(question).kind is not Kind.ANSWER


@pytest.mark.parametrize(
    ("question", "condition"),
    [
        # blind sets BH, BW, CC and CD: "Botox for spasticity" held back the common side
        # effects as a near miss (the entry never names spasticity)
        ("Which side effects are most common after Botox for spasticity?", "spastic"),
        ("side effects of injections for my cervical dystonia", "cervic_dystonia"),
        ("Are children allowed to have Botox for spasticity?", "spastic"),
    ],
)
def test_a_treated_condition_named_as_what_the_treatment_is_for_is_background(
    engine: Engine, question: str, condition: str
) -> None:
    assert condition in engine.verdict.background(question)
    result = engine.ask(question)
    assert result.explanation is not None
    assert "names a condition" not in result.explanation.reason


@pytest.mark.parametrize(
    ("question", "condition"),
    [
        ("how long does spasticity last", "spastic"),  # what is asked about
        ("is botox for migraine safe", "migrain"),  # a use the content does not treat
    ],
)
def test_a_condition_asked_about_or_not_treated_is_no_background(
    engine: Engine, question: str, condition: str
) -> None:
    assert condition not in engine.verdict.background(question)
    assert engine.ask(question).kind is not Kind.ANSWER


def test_what_and_adds_to_a_told_condition_is_told_too(engine: Engine) -> None:
    """Blind set CE: "My brother has MS and spasticity in both arms. Will Botox stop him
    needing his stretches?" was held back as naming a condition (spasticity) the entry
    never does, "and" having cut the told condition in two. A clause of its own after "and"
    ("...and his hand is clenched") is still read for itself, and a question after "and"
    still asks."""
    told = (
        "My brother has MS and spasticity in both arms. Will Botox stop him needing his "
        "stretches?"
    )
    assert "spastic" in engine.verdict.background(told)
    result = engine.ask(told)
    assert result.explanation is not None
    assert "names a condition" not in result.explanation.reason
    assert "hand" not in engine.verdict.background(
        "my husband had a stroke and his hand is clenched. what is spasticity?"
    )
    assert "spastic" not in engine.verdict.background("I have MS and can botox help spasticity")


@pytest.mark.parametrize(
    ("question", "reached"),
    [
        ("how often can I come back for more injections?", True),
        ("Hello, quick one, how often can I come back for more injections?", True),
        # "another go" is no word of how-often's two phrasings: only the near miss is offered
        ("how often can i come back for another go", False),
        # another dose, asked "how soon"
        ("How soon can I come back for another lot?", False),
        ("how soon can I come back for a top-up", True),
    ],
)
def test_how_often_is_never_answered_by_an_entry_that_never_says_it(
    sparse_engine: Engine, bundled_engine: Engine, question: str, reached: bool
) -> None:
    """The issue's own near miss: on the day-one file "how often can I come back for more"
    was answered with the follow-up appointment ("do I come back"), 29 times in the pool. An
    entry none of whose words says how often something happens, or another dose, is offered,
    never answered, for a question that asks it."""
    result = sparse_engine.ask(question)
    assert result.kind is Kind.CLARIFY
    assert ("how-often" in [c.entry.id for c in result.candidates]) is reached
    assert bundled_engine.ask("how often can I have botox").id == "how-often"
    assert sparse_engine.ask("how often can I have botox").id == "how-often"


@pytest.mark.parametrize(
    "question",
    [
        "My father-in-law Augustin is here for his neck. How many injections do they usually "
        "give?",
        "how many needles",
        "How many jabs will they give me each go?",
    ],
)
def test_how_many_is_never_answered_by_an_entry_that_never_says_a_number(
    sparse_engine: Engine, bundled_engine: Engine, question: str
) -> None:
    """On the day-one file "how many injections" was answered with how the injection is
    given (blind sets B to CL, seven times in the pool): an entry that never speaks of a
    number is offered, never answered, for a question that asks how many."""
    result = sparse_engine.ask(question)
    assert result.id != "how-the-injection-is-given"
    assert result.kind is not Kind.ANSWER
    assert bundled_engine.ask(question).id in {"how-many-injections", None}
    # the entry that does say a number is still reached
    reached = sparse_engine.ask("how many injections will i need")
    assert "how-many-injections" in [c.entry.id for c in reached.candidates]


def test_the_most_named_body_parts_are_the_ones_the_content_treats() -> None:
    entries = [frozenset({"arm"})] * 4 + [frozenset({"hand", "arm"})] * 5 + [frozenset({"back"})]
    assert most_named(entries, frozenset({"arm", "hand", "back", "leg"})) == {"arm", "hand"}
    # one entry naming a part is never enough, whatever the others name
    assert most_named([frozenset({"leg"})], frozenset({"leg"})) == frozenset()
