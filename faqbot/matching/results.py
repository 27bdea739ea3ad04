"""What the engine answers: one `Result` per question, in one of four kinds."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from faqbot.content.model import Entry, Rule


class Kind(StrEnum):
    """The four outcomes of a question; the values are the stable `--json` `kind` strings."""

    ANSWER = "answer"
    """One entry is clearly best and above the confidence threshold."""
    CLARIFY = "clarify"
    """Two or three entries are close and plausible: "Did you mean...?"."""
    FALLBACK = "fallback"
    """Nothing good enough, or personal advice (`rule` is then the refer rule, if one fired)."""
    URGENT = "urgent"
    """An urgent trigger is present, or the urgent check asks "Is this happening now?"
    (`Result.is_check`); checked before anything else."""


@dataclass(frozen=True, slots=True)
class Candidate:
    """An entry the engine considered, with the phrasing that matched it best."""

    entry: Entry
    score: float
    """0-100, the entry's combined score."""
    phrasing: str
    """The question or alternate that matched best (for staff explanations)."""
    phrasing_score: float = 0.0
    """0-100, how well that single phrasing matched."""
    coverage: float = 0.0
    """0-1, share of the question's meaningful words (by weight) that the entry uses, in a
    phrasing or in its answer."""
    precision: float = 0.0
    """0-1, share of the best phrasing's words (by weight) that the question has."""
    agreeing: int = 0
    """How many of the entry's phrasings match the question with an F-score of at least
    0.5: several phrasings agreeing make a surer answer than one lucky phrasing."""
    foreign: float = 0.0
    """0-1, share of the question's meaningful words (by weight) that other entries use but
    this one does not: a sign of a near miss (another condition, body part, medicine...).
    Words no entry knows are not counted here: they are often filler ("sorry to bother")."""
    missing: float = 0.0
    """0-1, the heaviest meaningful word of the best phrasing that the question lacks (by
    weight, relative to the heaviest possible): its subject may be what the question is not
    about ("what causes cerebral palsy" vs "Can cerebral palsy cause spasticity?")."""


@dataclass(frozen=True, slots=True)
class Explanation:
    """Why the engine decided as it did, for staff (`faqbot ask --explain`)."""

    normalized: str
    """The question as the engine saw it: normalised, stemmed, synonyms applied."""
    reason: str
    """One sentence: which rule or threshold decided."""
    ranked: tuple[Candidate, ...] = ()
    """The best entries in order; `ranked[1]` is the runner-up."""
    trigger: str | None = None
    """The urgent/refer trigger that fired, if any."""
    corrections: tuple[tuple[str, str], ...] = ()
    """Typed word -> vocabulary word, where typo tolerance was used."""
    chances: tuple[float, ...] = ()
    """0-1 per entry of `ranked`: how likely the decision model finds it is the one meant."""
    evidence: tuple[str, ...] = ()
    """The first entry's evidence as the model weighed it ("lead 0.12 (+1.30)"), largest
    effect first."""

    def as_dict(self) -> dict[str, Any]:
        return {
            "normalized": self.normalized,
            "reason": self.reason,
            "trigger": self.trigger,
            "corrections": [list(pair) for pair in self.corrections],
            "chances": [round(p, 3) for p in self.chances],
            "evidence": list(self.evidence),
            "ranked": [
                {
                    "id": c.entry.id,
                    "score": round(c.score, 1),
                    "phrasing": c.phrasing,
                    "phrasing_score": round(c.phrasing_score, 1),
                    "coverage": round(c.coverage, 2),
                    "precision": round(c.precision, 2),
                }
                for c in self.ranked
            ],
        }


@dataclass(frozen=True, slots=True)
class Result:
    """The engine's answer to one question."""

    question: str
    """As typed (the UI decides how to show it; never interpreted as markup)."""
    kind: Kind
    text: str
    """Exactly what the kiosk shows: the entry's answer, a rule's answer, the fallback, or the
    clarify prompt with its options."""
    score: float = 0.0
    """0-100: the best entry's score (answer/clarify/fallback), 100 for a rule that fired."""
    entry: Entry | None = None
    """The answered entry (kind answer)."""
    rule: Rule | None = None
    """The urgent rule (kind urgent) or refer rule (kind fallback) that fired."""
    candidates: tuple[Candidate, ...] = ()
    """The entries offered (kind clarify), best first."""
    referred: bool = False
    """A fallback because the question asks for personal advice (a refer rule or the engine's
    own cues such as "should I stop..."), not because nothing matched."""
    instruction: str | None = None
    """What the text told the kiosk instead of asking ("a part to play", "new instructions";
    `instructions.find`): why it falls back without being ranked. Read once by the engine, so
    callers that leave such texts out (the fits, the benchmarks) need not read it again."""
    explanation: Explanation | None = field(default=None, compare=False)
    otherwise: Result | None = None
    """Set on the urgent check ("Is this happening now?", kind urgent, id `urgent-check`):
    what the question gets when the answer is "No". The alert for "Yes" is `rule.answer`."""

    @property
    def is_check(self) -> bool:
        """The urgent check, not the alert itself."""
        return self.otherwise is not None

    @property
    def id(self) -> str | None:
        """Entry id for answer, rule id for urgent/refer, else None (the `--json` `id`)."""
        if self.entry is not None:
            return self.entry.id
        if self.rule is not None:
            return self.rule.id
        return None

    def as_json(self) -> dict[str, Any]:
        """The stable `faqbot ask --json` object (exactly these keys)."""
        return {
            "question": self.question,
            "kind": self.kind.value,
            "id": self.id,
            "score": round(self.score, 1),
            "candidates": [c.entry.id for c in self.candidates]
            if self.kind is Kind.CLARIFY
            else [],
            "text": self.text,
        }


@dataclass(frozen=True, slots=True)
class Suggestion:
    """A live suggestion while the patient types."""

    entry: Entry
    score: float
