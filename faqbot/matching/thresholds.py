"""Every number that decides what the engine says, in one place, with what it means.

Scores are 0-100. An entry's score (see `faqbot.matching.index`) blends how well its best phrasings
cover the question's important words (weighted by `Weights.phrasing_share`) with how strongly
the question's words point to that entry rather than to any other (the vote), times the square
root of its coverage. `faqbot.matching.engine` applies the thresholds.

The values come from grid searches on the CLINC150 validation split and the clinic's content
tests (`faqbot eval content/tests.yaml`), choosing the most answers with no wrong answer on the
clinic tests and few on CLINC150; `benchmarks/README.md` has the figures, and
`python benchmarks/matching.py` prints the trade-off curve around them. Lowering `answer`,
`margin`, `coverage` or `precision` answers more questions and makes more wrong answers.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Thresholds:
    answer: float = 32.0
    """Minimum score to answer outright."""
    margin: float = 8.0
    """...and the best entry must beat the runner-up by at least this much; otherwise the
    question is ambiguous and the patient is asked "Did you mean...?"."""
    margin_shared: float = 15.0
    """...or by this much when the runner-up also uses every meaningful word of the question
    ("how long" fits "how long does it last" and "how long before it works")."""
    coverage: float = 0.6
    """...and the entry must use at least this share (by weight) of the question's meaningful
    words: "what time do you close" shares "time" with an entry but asks something else."""
    precision: float = 0.35
    """...and the question must use at least this share (by weight) of the best phrasing's
    words: "what is a stroke" matches only "stroke" in "can a stroke cause stiff muscles"."""
    clarify: float = 20.0
    """Minimum score for an entry to be offered in "Did you mean...?"."""
    clarify_window: float = 20.0
    """Offered entries are within this many points of the best one."""
    clarify_coverage: float = 0.5
    """Offered entries use at least this share of the question's meaningful words."""
    clarify_precision: float = 0.15
    """...and the question uses at least this share of their best phrasing's words."""
    suggest: float = 20.0
    """Minimum score for a live suggestion while typing (it is only a suggestion)."""


@dataclass(frozen=True, slots=True)
class Weights:
    """How the score is built. Changing these changes every score: re-check the thresholds
    with `benchmarks/matching.py` and `faqbot eval`."""

    phrasing_share: float = 0.85
    """Share of the score from the best single phrasing (the rest is the entry vote)."""
    recall_beta: float = 1.0
    """F-beta between a phrasing and the question: >1 favours explaining all of the question's
    words over using all of the phrasing's (a short question may match a long phrasing)."""
    stop_factor: float = 0.7
    """How much a stop word counts compared with a content word of the same rarity."""
    neighbours: float = 0.05
    """The phrasing part is the mean F-score of the entry's best phrasings, this share of them
    (at least one): agreeing neighbours make a surer answer than one lucky phrasing. An entry
    with 100 phrasings averages its best 5; one with 8 uses its best."""
    coverage_power: float = 0.5
    """The score is multiplied by coverage ** this: entries that know every meaningful word
    of the question rank above entries that only share its small words."""
    candidates: int = 4
    """Entries scored phrasing by phrasing (the best by vote; bounds the work per keystroke)."""


DEFAULT_THRESHOLDS = Thresholds()
DEFAULT_WEIGHTS = Weights()
