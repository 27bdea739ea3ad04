"""Every number that decides what the engine says, in one place, with what it means.

Scores are 0-100. An entry's score (see `faqbot.matching.index`) blends how well its best phrasings
cover the question's important words (weighted by `Weights.phrasing_share`) with how strongly
the question's words point to that entry rather than to any other (the vote), times the square
root of its coverage. `faqbot.matching.engine` applies the thresholds.

What the engine says is decided by `DECISION` (issue 10): a logistic model turns what the
ranking knows about an entry (`FEATURES`) into the probability that it is the entry meant;
the engine answers above `DecisionModel.answer_cut`, offers "Did you mean...?" above
`DecisionModel.offer`, and falls back below. The `Thresholds` here are floors under that
model and the other uses of scores (suggestions, the staff report). `DECISION` is fitted by
`python benchmarks/fit_decision.py`, which prints cross-validated figures; `benchmarks/README.md`
has them, and `python benchmarks/matching.py` prints the CLINC150 trade-off curve.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


class HasCoverage(Protocol):
    """A ranked entry, as far as the floors need it."""

    @property
    def coverage(self) -> float: ...

    @property
    def precision(self) -> float: ...


@dataclass(frozen=True, slots=True)
class Thresholds:
    coverage: float = 0.55
    """An answered entry uses at least this share (by weight) of the question's meaningful
    words, however likely the model finds it: "what time do you close" shares "time" with an
    entry but asks something else. It was 0.6 until 2026-12-04; 0.55, with "rare" no
    longer read as "common" (`subjects.OPPOSITES`), cross-validated by
    `benchmarks/fit_decision.py`: +0.2 points answered right on the blind sets (wrong answers
    90 -> 84), +1.8 on the day-one content (wrong 0.61 -> 0.72 %, within its budget), +0.9 on
    CLINC150 val (30 -> 29 wrong). At 0.5 "how long does the appointment last" gets "How long
    does it last?", a near miss the tests promise never to answer."""
    precision: float = 0.25
    """...and the question uses at least this share (by weight) of the best phrasing's words:
    a question with typing slips or few words uses little of a long phrasing ("wat are the
    comon side efects", "what happens if the last lot didn't work?") and is answered..."""
    precision_short: float = 0.35
    """...or this share when it has fewer than `short_words` meaningful words: "what is a
    stroke" matches only "stroke" in "can a stroke cause stiff muscles", "after botox" only
    part of "can I drive after botox". The floor was 0.35 for every question until
    2026-11-30; refitted with 0.25 for longer ones, cross-validated: +1.1 points answered
    right on the blind sets, +0.2 on the sparse content, +0.7 on CLINC150 val, the same
    wrong answers (benchmarks/README.md)."""
    short_words: int = 3

    def precision_floor(self, words: int) -> float:
        """The precision an answered entry needs, for a question of `words` meaningful words."""
        return self.precision if words >= self.short_words else self.precision_short

    rival_coverage: float = 0.9
    """Never answer when the second or third entry knows at least this share of the
    question's meaningful words..."""
    rival_gap: float = 0.2
    """...and this much more than the first: "how long does it take to work" matched "How
    long does the injection take?" word for word, but only "When will it start working?"
    knows "work". The patient is asked which they mean. Only a rival that uses at least
    `precision` of its best phrasing: "Can people be allergic to Botox?" shares every word
    with a long phrasing of who should not have Botox, which it barely uses (18 %), and
    was held back from "Can you be allergic to Botox?" (blind set CF)."""

    def rival_knows_more(self, coverage: float, rival: HasCoverage) -> bool:
        """Whether `rival` (an entry ranked after the first) knows the question so much
        better than the first entry (`coverage`) that answering the first is a guess."""
        return (
            rival.coverage >= max(self.rival_coverage, coverage + self.rival_gap)
            and rival.precision >= self.precision
        )

    clarify: float = 17.5
    """Score from which the staff report says an entry "comes close" to an unanswered
    question (suggesting the question as an alternate); lowered with `suggest`."""
    clarify_window: float = 20.0
    """Entries within this many points of the best one form a group of close entries; when
    the model finds the group as a whole likely enough, its entries are offered together."""
    clarify_coverage: float = 0.1
    """Offered entries use at least this share of the question's meaningful words (a floor
    under the decision model: an entry that knows less is never offered). Lowered from 0.3 on
    2026-11-29: on a day-one content file a sixth of the right entries were under it. Lowered
    from 0.2 on 2026-12-04: the model already finds these entries plausible, and the floor
    held back a day-one file's "What is spasticity, in plain words a normal person would
    understand?" (the fallback). On the pool of 66 blind sets (each on the content without
    its own phrasings): bundled one-tap 14,590 -> 14,648 of 16,193, day-one file 11,529 ->
    11,922; out-of-scope questions that fall back 3,357 -> 3,344 of 4,515 on the bundled
    file (far ones 1,049 -> 1,047 of 1,221) and 3,104 -> 3,005 on the day-one file (far
    987 -> 981); answers unchanged (benchmarks/README.md)."""
    clarify_precision: float = 0.1
    """...and the question uses at least this share of their best phrasing's words. Both
    floors were lowered from 0.5 and 0.15 with the decision model (issue 10): chatty
    questions know few of their own words, and the model now judges plausibility."""
    suggest: float = 17.5
    """Minimum score for a live suggestion while typing (it is only a suggestion). Lowered
    from 20 on 2026-12-01 with `Weights.neighbours` 0.1, which lowered first-ranked scores by
    a median 12 % ("dose it hurt" scored 18.9 for does-it-hurt)."""


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
    neighbours: float = 0.1
    """The phrasing part is the mean F-score of the entry's best phrasings, this share of them
    (at least one): agreeing neighbours make a surer answer than one lucky phrasing. An entry
    with 100 phrasings averages its best 10; one with 10 uses its best.
    Raised from 0.05 on 2026-12-01 with `exact_f`, the decision refitted: cross-validated on
    the blind sets, wrong answers 52 -> 37 (0.78 -> 0.55 %), one-tap 91.5 -> 91.9 %, answered
    right 59.0 -> 57.6 %; CLINC150 val right 52.9 -> 54.1 % (wrong 1.00 -> 0.94 %); the
    day-one file one-tap 72.2 -> 72.8 %, wrong 38 -> 35. The best phrasing alone (0) and a
    floor of 0.8-0.9 times the best phrasing answered 7-9 points fewer right."""
    exact_f: float = 0.97
    """A phrasing matched this well (F-score: the question is that phrasing, as read) is the
    phrasing part on its own, unaveraged: averaging the best tenth of a large entry's
    phrasings would let a neighbour outrank an entry's own question typed exactly (18 of the
    bundled phrasings, "What are the serious side effects?" among them, at `neighbours`
    0.1). It was 0.999 until 2026-12-04: a phrasing that differs from the question only by
    small words ("what is torticollis" for "torticollis", F 0.96-0.98) was averaged with
    the entry's weaker phrasings, and "serious side effects" ranked "Who is more likely to
    have serious side effects?" first (blind set CA). At 0.97, on the pool of 62 blind sets
    (each on the bundled content without its own phrasings): 9,054 -> 9,095 of 15,507
    answered right, wrong answers 113 -> 114; the day-one file unchanged; CLINC150 val
    wrong 30 -> 31 of 3,100, the same answered. 0.95 and 0.9 gained 2-7 more right answers
    for one or two more wrong on each (benchmarks/README.md)."""
    coverage_power: float = 0.5
    """The score is multiplied by coverage ** this: entries that know every meaningful word
    of the question rank above entries that only share its small words."""
    candidates: int = 4
    """Entries scored phrasing by phrasing (the best by vote; bounds the work per keystroke)."""
    unknown_function_word: float = 0.6
    """How much a word of grammar that no phrasing uses ("before", "usually", "whether";
    `commonwords.FUNCTION_STEMS`, no negations) counts, compared with a word of substance
    nobody knows (stop words keep `stop_factor`).
    Lowered from 1 on 2026-11-30, with the words of substance of an entry's answer counted
    as known to it: cross-validated, +3.2 points answered right and +4.1 one-tap on the
    day-one content with the same wrong answers, the same on the blind sets
    (benchmarks/README.md). Lowering it for every everyday word
    ("appointment", "rare") answered near misses on a small content file."""


DEFAULT_THRESHOLDS = Thresholds()
DEFAULT_WEIGHTS = Weights()


FEATURES: tuple[str, ...] = (
    "score",  # the entry's score / 100
    "lead",  # (its score - the best other entry's score) / 100; negative below the first
    "coverage",  # share of the question's meaningful words the entry knows (0-1)
    "precision",  # share of its best phrasing's words the question uses (0-1)
    "phrasing",  # F-score of its best phrasing / 100
    "agreeing",  # log(1 + phrasings with F >= 0.5): several phrasings agree
    "rival coverage",  # the best coverage among the other entries (0-1)
    "unknown words",  # share of the question's meaningful words no entry knows (0-1)
    "corrections",  # typed words read as another word (0-3)
    "unfamiliar",  # 1 when it names a medicine/condition/... the content never mentions
    "first",  # 1 for the first-ranked entry
    "phrasings per entry",  # log of the content's mean phrasings per entry
    "other entries' words",  # share of the question's meaningful words other entries use
    # but this one does not (0-1): a near miss
    "phrasing word missing",  # weight of the heaviest word of the best phrasing that the
    # question lacks, relative to the heaviest possible (0-1): a near miss
)
"""The evidence the decision model weighs, in the order of `DecisionModel.weights` (computed
by `faqbot.matching.decision.evidence`)."""


@dataclass(frozen=True, slots=True)
class DecisionModel:
    """Logistic model: P(entry is the one meant) = 1 / (1 + exp(-(intercept + sum of
    weight * evidence))). A positive weight means that evidence makes the entry likelier.
    Fitted by `benchmarks/fit_decision.py`; paste its output here."""

    intercept: float
    weights: tuple[float, ...]
    answer: float
    """Answer outright when the first entry's probability is at least this (plus
    `answer_per_density` times the log of the content's phrasings per entry)."""
    offer: float
    """Offer an entry in "Did you mean...?" when its probability is at least this (1-3
    entries); when none reaches it, fall back."""
    answer_per_density: float = 0.0
    """How the answer cut-off moves with log(phrasings per entry): content with 100
    phrasings an entry (CLINC150) and content with 2 (a clinic's first day) make the same
    probability differently reliable, so one cut-off cannot keep both within budget."""

    def answer_cut(self, log_density: float) -> float:
        """The answer cut-off for content with exp(`log_density`) phrasings per entry."""
        return min(0.995, max(0.5, self.answer + self.answer_per_density * log_density))


DECISION = DecisionModel(
    intercept=-5.3369,
    weights=(
        0.7312,  # score
        11.1340,  # lead
        3.2128,  # coverage
        2.8900,  # precision
        0.8731,  # phrasing
        -0.3589,  # agreeing
        -1.0251,  # rival coverage
        0.7795,  # unknown words
        0.2258,  # corrections
        0.1643,  # unfamiliar
        1.0605,  # first
        -0.0354,  # phrasings per entry
        1.9405,  # other entries' words
        1.0396,  # phrasing word missing
    ),
    answer=0.82,
    offer=0.45,
    answer_per_density=0.02,
)
