"""The learned urgent reader (`faqbot.matching.urgentmodel`): the safety net under the word
lists. It may only ask "Is this happening now?", only when the lists are quiet, and its stored
form is checked as strictly as a content file."""

from __future__ import annotations

import dataclasses
import json
import math
from pathlib import Path

import pytest

from faqbot.content.model import Faq
from faqbot.matching import urgentmodel
from faqbot.matching.engine import Engine
from faqbot.matching.results import Kind
from faqbot.matching.urgency import CHECK_RULE, DISTRESS_RULE

DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def engine(faq: Faq) -> Engine:
    return Engine(faq)


def test_run_together_words_share_most_of_their_pieces() -> None:
    """Letters are read with the spaces taken out, so a missing space changes few pieces."""
    spaced = urgentmodel.features(["i", "cant", "breathe"])
    joined = urgentmodel.features(["icantbreathe"])
    letters = {p for p in spaced if not p.startswith(("w ", "b "))}
    assert letters == {p for p in joined if not p.startswith(("w ", "b "))}
    assert "w breathe" in spaced and "b cant breathe" in spaced and "w breathe" not in joined


def test_the_bundled_model_loads_and_weighs_reports_above_calm_questions() -> None:
    model = urgentmodel.bundled()
    report = model.read("my lips and tongue have gone huge and i am struggling to get air".split())
    calm = model.read("what time does the clinic open on saturdays".split())
    assert report.urgent >= model.cut > calm.urgent
    assert model.fires(report) and not model.fires(calm)
    assert model.reasons(report)  # --explain has something to show


@pytest.mark.parametrize(
    "question",
    [
        # reports in words that none of the red-flag lists holds (written for this test,
        # not in the data the model was fitted on)
        "everything i drink wants to go up instead of down since the needles",
        "the drink keeps taking the wrong road down",
        # ("everything has a twin" was one until blind set CN: a twin is now an alarm phrase)
        "everything has a shadow copy since this morning",
        "my face feels like its melting on one side",
    ],
)
def test_a_report_no_list_knows_gets_the_check(engine: Engine, question: str) -> None:
    result = engine.ask(question)
    assert result.kind is Kind.URGENT and result.is_check and result.rule is CHECK_RULE
    assert result.explanation is not None and "learned reader" in result.explanation.reason
    assert result.otherwise is not None and result.otherwise.kind is not Kind.URGENT


def _model(self_harm: float) -> urgentmodel.UrgentModel:
    """A model that reads only the word "zebra", as urgent, and as self-harm or not."""
    return urgentmodel.UrgentModel(
        urgentmodel.Head(-1.0, {"w zebra": 5.0}), urgentmodel.Head(0.0, {"w zebra": self_harm}), 0.0
    )


@pytest.mark.parametrize(("self_harm", "rule"), [(3.0, DISTRESS_RULE), (-3.0, CHECK_RULE)])
def test_the_self_harm_head_picks_which_check_is_asked(
    faq: Faq, monkeypatch: pytest.MonkeyPatch, self_harm: float, rule: object
) -> None:
    monkeypatch.setattr(urgentmodel, "bundled", lambda: _model(self_harm))
    engine = Engine(faq)
    asked = engine.ask("zebra zebra")
    assert asked.is_check and asked.rule is rule
    assert engine.ask("a horse").kind is not Kind.URGENT  # below the cut-off: no check


@pytest.mark.parametrize(
    "question",
    [
        "how long does botox take to work in the arm",
        "can i drive home after my injections",
        "what should i bring to my first appointment",
        "is botox the same as the cosmetic one",
    ],
)
def test_everyday_questions_are_left_to_the_faq(engine: Engine, question: str) -> None:
    assert engine.ask(question).kind is not Kind.URGENT


@pytest.mark.parametrize(
    "question",
    [
        "is swallowing a side effect",
        "breathing after the injection",
        "DENOT",
        "can botox cause breathing problems",
    ],
)
def test_the_learned_reader_never_gives_the_full_alert(engine: Engine, question: str) -> None:
    result = engine.ask(question)
    assert result.kind is not Kind.URGENT or result.is_check


def test_a_single_word_is_left_to_the_word_lists() -> None:
    model = urgentmodel.bundled()
    heavy = urgentmodel.UrgentModel(model.urgent, model.self_harm, cut=-50.0)
    assert not heavy.fires(heavy.read(["denot"]))  # one word: whatever its score
    assert heavy.fires(heavy.read(["shes", "fitting"]))


def test_the_explanation_names_the_reader_its_score_and_what_weighed(engine: Engine) -> None:
    result = engine.ask("everything i drink wants to go up instead of down since the needles")
    assert result.explanation is not None
    reason = result.explanation.reason
    assert "learned reader" in reason and "cut-off" in reason and "most telling: '" in reason


def _stored(cut: object = 1.0, weight: object = 0.5) -> dict[str, object]:
    head = {"bias": -1.0, "weights": {"abc": weight, "w abc": 0.25}}
    return {"cut": cut, "urgent": head, "self_harm": head}


def test_a_stored_model_round_trips() -> None:
    model = urgentmodel.UrgentModel.from_json(_stored())
    again = urgentmodel.UrgentModel.from_json(json.loads(json.dumps(model.to_json())))
    assert again == model
    assert model.urgent.score(urgentmodel.features(["abc"])) == pytest.approx(-0.25)
    assert model.urgent.score(urgentmodel.features(["xyz"])) == pytest.approx(-1.0)


@pytest.mark.parametrize(
    ("stored", "message"),
    [
        ({"urgent": {}, "self_harm": {}}, "no 'cut'"),
        ({**_stored(), "urgent": None}, "no 'urgent' head"),
        (_stored(weight="heavy"), "weight of 'abc' is not a finite number"),
        (_stored(weight=float("nan")), "weight of 'abc' is not a finite number"),
        (_stored(weight=True), "weight of 'abc' is not a finite number"),
        (_stored(cut=float("inf")), "no 'cut'"),
        ({**_stored(), "calm": 2.0}, "'calm' must be a finite number under 'cut'"),
        ({**_stored(), "calm": "low"}, "'calm' must be a finite number under 'cut'"),
        ({**_stored(), "self_harm": {"bias": 0, "weights": []}}, "needs a 'bias' and 'weights'"),
    ],
)
def test_a_broken_model_file_is_named_with_what_is_wrong(
    stored: dict[str, object], message: str
) -> None:
    with pytest.raises(ValueError, match=r"urgent-model\.json") as caught:
        urgentmodel.UrgentModel.from_json(stored)
    assert message in str(caught.value)


@pytest.mark.parametrize(
    "question",
    [
        # a red-flag body word beside a "problem" word, in questions that report nothing
        # (written for this test)
        "Is the botox here any different from the stuff they put in your face for lines?",
        "so my daughter says the face botox is the same stuff is that true or is it different",
    ],
)
def test_a_question_read_as_calm_beyond_doubt_asks_no_check(engine: Engine, question: str) -> None:
    """The word lists' loose clues (`face` + `different`) are waived when the learned reader
    scores the question under its calm floor; `--explain` says so."""
    model = urgentmodel.bundled()
    words = engine.read(question).urgent_readings[0].words
    assert model.calms(model.read([w.surface for w in words]))
    result = engine.ask(question)
    assert result.kind is not Kind.URGENT
    assert result.explanation is not None
    assert "no urgent check: a red-flag body word" in result.explanation.reason
    assert "reads it as calm" in result.explanation.reason


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("i have trouble breathing", "alert"),  # a content rule
        ("I just want to end things", "alert"),  # the self-harm floor
        ("i feel so hopeless these days", "distress"),  # words of despair
        ("i feel like i am dying", "check"),  # a word about dying
    ],
)
def test_the_calm_floor_never_waives_rules_self_harm_despair_or_dying(
    faq: Faq, monkeypatch: pytest.MonkeyPatch, question: str, kind: str
) -> None:
    """Even a model that read every question under its cut-off as calm beyond doubt waives
    only the loose clues: rules, self-harm, despair and dying keep their alert or check."""
    bundled = urgentmodel.bundled()
    everything_calm = dataclasses.replace(bundled, calm=bundled.cut)
    monkeypatch.setattr(urgentmodel, "bundled", lambda: everything_calm)
    result = Engine(faq).ask(question)
    assert result.kind is Kind.URGENT
    assert {"alert": not result.is_check, "check": result.rule is CHECK_RULE,
            "distress": result.rule is DISTRESS_RULE}[kind]  # fmt: skip


def test_a_model_without_a_calm_floor_waives_nothing() -> None:
    model = urgentmodel.UrgentModel.from_json(_stored())
    assert model.calm == -math.inf
    assert not model.calms(model.read(["what", "changes", "will", "i", "see"]))
    floored = dataclasses.replace(model, calm=0.5)
    assert floored.calms(floored.read(["xyz", "xyz"]))  # scores -1.0: under the floor
    assert not floored.calms(floored.read(["xyz"]))  # one word is left to the word lists
    again = urgentmodel.UrgentModel.from_json(json.loads(json.dumps(floored.to_json())))
    assert again == floored
