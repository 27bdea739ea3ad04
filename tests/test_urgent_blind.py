"""Urgent reports written blind, in patients' and companions' own words (tests/data/blind-*.yaml:
sets A to P, each scored once before it was tuned on; see benchmarks/README.md). Every one
gets the urgent alert or "Is this happening now?", on the bundled content and on a sparse
day-one content file whose few urgent rules leave the rest to the engine's built-in floor; the
calm questions of C, E, F, G, I, J, K, M, N and P (symptoms asked about, or long-standing)
never get the full alert."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from faqbot.evaluation.cases import Expect, load_cases
from faqbot.matching.engine import SELF_HARM_RULE, Engine
from faqbot.matching.results import Kind
from faqbot.matching.urgency import DISTRESS_RULE

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
BLIND = [
    "blind-A.yaml", "blind-B.yaml", "blind-C-urgent.yaml", "blind-D.yaml", "blind-E-urgent.yaml",
    "blind-F-urgent.yaml", "blind-G-urgent.yaml", "blind-H.yaml", "blind-I-urgent.yaml",
    "blind-J-urgent.yaml", "blind-K-urgent.yaml", "blind-L.yaml", "blind-M-urgent.yaml",
    "blind-N-urgent.yaml", "blind-O.yaml", "blind-P-urgent.yaml", "blind-Q.yaml",
    "blind-R-urgent.yaml", "blind-S-urgent.yaml", "blind-T.yaml", "blind-U-urgent.yaml",
    "blind-V.yaml", "blind-W-urgent.yaml", "blind-X.yaml", "blind-Y.yaml", "blind-Z.yaml",
    "blind-ZU-urgent.yaml", "blind-AA.yaml", "blind-AU-urgent.yaml", "blind-AB.yaml",
    "blind-AC.yaml", "blind-AV-urgent.yaml", "blind-AD.yaml", "blind-AE.yaml", "blind-AF.yaml",
    "blind-AG.yaml", "blind-AH.yaml", "blind-AI.yaml", "blind-AJ.yaml", "blind-AK.yaml",
    "blind-AL.yaml", "blind-AM.yaml", "blind-AN.yaml", "blind-AO.yaml", "blind-AP.yaml",
    "blind-AQ.yaml", "blind-AR.yaml", "blind-AS.yaml", "blind-AT.yaml", "blind-AW.yaml",
    "blind-AX.yaml", "blind-AY.yaml", "blind-AZ.yaml", "blind-BA.yaml", "blind-BB.yaml",
    "blind-BC.yaml", "blind-BD.yaml", "blind-BE.yaml", "blind-BF.yaml", "blind-BG.yaml",
    "blind-BH.yaml", "blind-BI.yaml", "blind-BJ.yaml", "blind-BK.yaml", "blind-BL.yaml",
    "blind-BM.yaml", "blind-BN.yaml", "blind-BO.yaml", "blind-BP.yaml", "blind-BQ.yaml",
    "blind-BR.yaml", "blind-BS.yaml", "blind-BT.yaml", "blind-BU.yaml", "blind-BV.yaml",
    "blind-BW.yaml", "blind-BX.yaml", "blind-BY-urgent.yaml", "blind-BZ.yaml", "blind-CA.yaml",
    "blind-CB.yaml",
    "blind-CC.yaml", "blind-CD.yaml", "blind-CE.yaml", "blind-CF.yaml", "blind-CG.yaml",
    "blind-CH.yaml", "blind-CI.yaml", "blind-CJ.yaml", "blind-CK.yaml", "blind-CL.yaml",
    "blind-CM.yaml", "blind-CN.yaml", "blind-CO.yaml",
]  # fmt: skip
KNOWN_SPARSE_MISSES: dict[str, list[tuple[str, str]]] = {
    "blind-BY-urgent.yaml": [
        (
            "bladder just lets go on its own now is that a side effect",
            "blind set BY: the day-one file has no bladder trigger for 'lets go', and 'lets' as "
            "a problem word (its stem 'let') gave the check to 'will this let me hold a pen "
            "again'",
        )
    ],
    "blind-BZ.yaml": [
        (
            "since friday the number plates on cars have got a double outline like a "
            "misprinted comic, had botox in my neck last week, can i still drive",
            "blind set BZ: double vision as 'a double outline' is a trigger of the bundled "
            "file only; 'outline' is no word of seeing for the built-in reader",
        )
    ],
}
"""Reports the day-one file misses (its six triggers; the bundled file catches them), each a
strict xfail below with its reason: the set's test expects exactly these, so a fix shows."""
CALM = [
    "blind-C-calm.yaml", "blind-E-calm.yaml", "blind-F-calm.yaml", "blind-G-calm.yaml",
    "blind-I-calm.yaml", "blind-J-calm.yaml", "blind-K-calm.yaml", "blind-M-calm.yaml",
    "blind-N-calm.yaml", "blind-P-calm.yaml", "blind-R-calm.yaml",
    "blind-S-calm.yaml", "blind-U-calm.yaml", "blind-W-calm.yaml", "blind-ZU-calm.yaml",
    "blind-AU-calm.yaml", "blind-AV-calm.yaml",
]  # fmt: skip


@pytest.fixture(scope="module", params=["bundled", "sparse"])
def engine(request: pytest.FixtureRequest, bundled_engine: Engine, sparse_engine: Engine) -> Engine:
    return {"bundled": bundled_engine, "sparse": sparse_engine}[request.param]


@pytest.mark.parametrize("name", BLIND)
def test_every_blind_urgent_report_is_caught(
    engine: Engine, sparse_engine: Engine, name: str
) -> None:
    urgent = [c.question for c in load_cases(DATA / name) if c.expect is Expect.URGENT]
    assert len(urgent) >= 20
    missed = [q for q in urgent if engine.ask(q).kind is not Kind.URGENT]
    known = [q for q, _ in KNOWN_SPARSE_MISSES.get(name, [])]
    assert missed == (known if engine is sparse_engine else [])


@pytest.mark.parametrize(
    "question",
    [
        pytest.param(q, marks=pytest.mark.xfail(strict=True, reason=reason))
        for misses in KNOWN_SPARSE_MISSES.values()
        for q, reason in misses
    ],
)
def test_a_report_the_day_one_file_misses(sparse_engine: Engine, question: str) -> None:
    assert sparse_engine.ask(question).kind is Kind.URGENT


@pytest.mark.parametrize("name", CALM)
def test_calm_questions_never_get_the_full_alert(engine: Engine, name: str) -> None:
    """Risks asked about ("can botox cause breathing problems?") and old conditions ("slurred
    since my stroke years ago") get at most "Is this happening now?"."""
    calm = [row["q"] for row in yaml.safe_load((DATA / name).read_text(encoding="utf-8"))]
    assert len(calm) >= 60
    alerts = [q for q in calm if (r := engine.ask(q)).kind is Kind.URGENT and not r.is_check]
    assert alerts == []


@pytest.mark.parametrize(
    "question",
    [
        "im so tired of living like this i want it all to be over",
        "ive been saving up my pills to take them all at once",
        "ive been giving my things away, wont need them much longer",
        "i feel like a burden to everyone and i have a plan",
        "no reason to keep going since the stroke",
        # blind set BY's first run: the check only
        "gonna top myself",
        "ive been cutting again",
        "im going to take all my tablets when i get home",
        "im gonna take all my pills tonight",
    ],
)
def test_indirect_words_about_ending_ones_life_go_straight_to_the_alert(
    sparse_engine: Engine, question: str
) -> None:
    """Not the "Is this happening now?" check: self-harm words get the alert with the crisis
    line, whatever the content file holds (here one with no self-harm rule of its own)."""
    result = sparse_engine.ask(question)
    assert result.kind is Kind.URGENT and not result.is_check
    assert result.rule is SELF_HARM_RULE or (result.rule is not None and "988" in result.text)


@pytest.mark.parametrize(
    "question",
    [
        # "gone for good" alone is not a self-harm phrase: as a bag of words it also fired on
        # "will these injections make my condition go away for good?" (blind set V)
        "i wont be here for my next appointment, ill be gone for good",
    ],
)
def test_vaguer_words_about_ending_ones_life_get_the_check_about_self_harm(
    sparse_engine: Engine, question: str
) -> None:
    result = sparse_engine.ask(question)
    assert result.is_check and result.rule is DISTRESS_RULE


@pytest.mark.parametrize(
    "question",
    [
        "Will these injections make my condition go away for good?",
        "is the botox going to fix me for good",
        "What's cervical dystonia? The doctor wrote it on my letter",
    ],
)
def test_hopes_for_a_lasting_cure_and_doctors_letters_are_not_self_harm(
    bundled_engine: Engine, question: str
) -> None:
    """Blind set V's and W's first runs gave these the self-harm alert."""
    result = bundled_engine.ask(question)
    assert result.kind is not Kind.URGENT


@pytest.mark.parametrize(
    ("question", "why"),
    [
        ("my dad fainted in the car park", "a red-flag word"),
        ("water keeps going down the wrong way since friday", "red-flag words"),
        ("my voice is just a whsiper now", "a red-flag body word ('voice')"),
        ("my daughter is shaking and jerking and not answering me", "red-flag words"),
    ],
)
def test_the_floor_asks_when_a_sparse_file_has_no_trigger_for_it(
    sparse_engine: Engine, question: str, why: str
) -> None:
    result = sparse_engine.ask(question)
    assert result.is_check
    assert result.explanation is not None and why in result.explanation.reason


@pytest.mark.parametrize(
    "question",
    [
        "do I take all my tablets as usual on the day",
        "do I take all my pills as usual on the day",
        "the hairdresser is cutting again tomorrow",
    ],
)
def test_the_new_self_harm_phrases_keep_to_their_words(
    bundled_engine: Engine, question: str
) -> None:
    """The phrases blind set BY added are "going to take all my tablets" and "been cutting
    again", not any "take all my tablets" or "cutting again", and "take all my pills" is
    now said the same way: at most the check."""
    result = bundled_engine.ask(question)
    assert result.kind is not Kind.URGENT or result.is_check
