"""How sure the engine is that an entry is the one meant: a small logistic model on what the
ranking already knows.

Why a model and not more thresholds: each threshold looked at one piece of evidence at a time
(score, then margin, then coverage...), so a question that was strong on every count but one
fell back, and the patient saw "I don't have a checked answer" although the first-ranked entry
was right most of the time. The model adds up all the evidence, each piece with a fitted weight,
into one probability that the entry is right. Staff can read it: `faqbot ask --explain` lists
each piece of evidence and how much it pushed the probability up or down.

The weights are fitted by `benchmarks/fit_decision.py` on labelled questions and stored in
`faqbot.matching.thresholds.DECISION`; this module only computes the evidence and applies them.
Plain Python: a dot product of about ten numbers per candidate, a few microseconds.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from faqbot.matching.results import Candidate
from faqbot.matching.thresholds import DECISION, FEATURES, DecisionModel


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the ranking knows about one candidate, as the model's inputs (see `FEATURES`)."""

    values: tuple[float, ...]

    def probability(self, model: DecisionModel = DECISION) -> float:
        """0-1: how likely this candidate is the entry the patient means."""
        z = model.intercept + sum(w * v for w, v in zip(model.weights, self.values, strict=True))
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))

    def reasons(self, model: DecisionModel = DECISION) -> list[str]:
        """One line per piece of evidence: its value and how far it moved the log-odds,
        largest effect first (for `--explain`)."""
        parts = sorted(
            zip(FEATURES, self.values, model.weights, strict=True),
            key=lambda nvw: -abs(nvw[1] * nvw[2]),
        )
        return [f"{name} {value:.2f} ({weight * value:+.2f})" for name, value, weight in parts]


def evidence(
    ranked: Sequence[Candidate],
    position: int,
    *,
    unknown: float,
    corrections: int,
    unfamiliar: bool,
    density: float,
    rivals: Sequence[Candidate] | None = None,
) -> Evidence:
    """The evidence for `ranked[position]`, compared with the other ranked entries.

    `unknown` is the share of the question's meaningful words that the content does not know,
    `corrections` how many typed words were read as another word, `unfamiliar` whether the
    question names something (a medicine, a condition) the content never mentions, `density`
    the content's mean number of phrasings per entry: with many phrasings a high score is
    more telling than with two. `rivals` replaces the other ranked entries: the entries
    outside a group of close ones, to ask how likely the group holds the entry meant."""
    candidate = ranked[position]
    if rivals is None:
        others = [c for i, c in enumerate(ranked[:4]) if i != position]
    else:
        others = list(rivals[:3])
    rival = max((c.score for c in others), default=0.0)
    rival_coverage = max((c.coverage for c in others), default=0.0)
    values = (
        candidate.score / 100.0,
        (candidate.score - rival) / 100.0,
        candidate.coverage,
        candidate.precision,
        candidate.phrasing_score / 100.0,
        math.log1p(candidate.agreeing),
        rival_coverage,
        unknown,
        float(min(corrections, 3)),
        1.0 if unfamiliar else 0.0,
        1.0 if position == 0 else 0.0,
        math.log(max(1.0, density)),
        candidate.foreign,
        candidate.missing,
    )
    return Evidence(values)
