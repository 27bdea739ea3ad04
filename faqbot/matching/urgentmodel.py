"""A second urgent reader, learned from labelled reports: the safety net under the word lists.

Why it exists: the red-flag floor (`redflags`) is lists of words and phrases, and every fresh
set of urgent reports written in patients' own words found some the lists lacked ("my lips look
like I've been punched", "one car turned into two", "is it normal that I have to tip my head
back to get a sip of water down"). First runs caught 82-98 % of such sets. This model reads the
same question as pieces of letters and words, and so generalises from the 1,800-odd urgent
reports and 3,800-odd calm questions it was fitted on to reports in words no list holds.

It only ever asks "Is this happening now?" (never the full alert), and only when every rule
and the floor were quiet, so a false alarm costs the patient one tap.

What it reads: the question's plainest urgent reading (look-alike letters folded, contractions
expanded), as words, word pairs, and runs of 3 to 5 letters of the words written together
(so "cantbreathe" and "cant breathe" share most of their pieces). Its numbers are a
logistic regression fitted by `benchmarks/fit_urgent.py` and stored beside this module in
`urgent-model.json`, with two heads: how likely the question reports an urgent symptom, and
how likely it tells thoughts of self-harm (which picks the check about self-harm).
"""

from __future__ import annotations

import itertools
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import TypeGuard

MODEL_FILE = "urgent-model.json"

LETTER_RUNS = (3, 4, 5)
"""Lengths of the runs of letters read from the words written together."""

MIN_WORDS = 2
"""A question of one word is left to the word lists: the letter runs of a single word are
too little to read ("DENOT" read as a report by its "not"); the shortest reports the lists
missed had two ("shes fitting")."""

MAX_LETTERS = 2000
"""Only this many letters are read (a pasted text may hold 20,000; a typed question has at
most 300): bounds the cost; the word lists still read the whole text."""


def features(words: Sequence[str]) -> set[str]:
    """The pieces the model weighs: "w <word>", "b <word> <word>" and runs of letters of the
    words written together. (Runs within each word alone were tried: cross-validated, they
    caught about as many reports for more false checks.)"""
    found = {f"w {w}" for w in words}
    found.update(f"b {a} {b}" for a, b in itertools.pairwise(words))
    letters = "".join(words)[:MAX_LETTERS]
    for size in LETTER_RUNS:
        found.update(letters[i : i + size] for i in range(len(letters) - size + 1))
    return found


@dataclass(frozen=True, slots=True)
class Head:
    """One logistic regression: a weight for each piece that earned one, and a bias. It is
    fitted with an L1 penalty, so most pieces seen in fitting have none, and a piece never seen
    (a keyboard mash, a new word) weighs nothing."""

    bias: float
    weights: Mapping[str, float]

    def score(self, pieces: Iterable[str]) -> float:
        """The log-odds that the question is of this head's kind."""
        get = self.weights.get
        return self.bias + sum(get(p, 0.0) for p in pieces)

    def strongest(self, pieces: Iterable[str], count: int = 3) -> list[str]:
        """The pieces that pushed the score up most, for `--explain`."""
        get = self.weights.get
        ranked = sorted(((get(p, 0.0), p) for p in pieces), reverse=True)
        return [piece for weight, piece in ranked[:count] if weight > 0]

    def to_json(self) -> dict[str, object]:
        return {"bias": round(self.bias, 4),
                "weights": {p: round(w, 4) for p, w in sorted(self.weights.items())}}  # fmt: skip

    @classmethod
    def from_json(cls, name: str, raw: object) -> Head:
        """ValueError when the stored form is missing or malformed."""
        if not isinstance(raw, dict):
            raise ValueError(f"{MODEL_FILE}: no {name!r} head")
        bias, weights = raw.get("bias"), raw.get("weights")
        if not isinstance(bias, (int, float)) or not isinstance(weights, dict):
            raise ValueError(f"{MODEL_FILE}: the {name!r} head needs a 'bias' and 'weights'")
        if not math.isfinite(bias):
            raise ValueError(f"{MODEL_FILE}: the {name!r} head's bias is not a finite number")
        bad = next((p for p, w in weights.items() if not _finite(w)), None)
        if bad is not None:
            raise ValueError(
                f"{MODEL_FILE}: the {name!r} head's weight of {bad!r} is not a finite number"
            )
        return cls(float(bias), {str(p): float(w) for p, w in weights.items()})


def _finite(value: object) -> TypeGuard[float]:
    """A number that can be added up (NaN would make every comparison with the cut-off false,
    and the check silently never fire)."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


@dataclass(frozen=True, slots=True)
class Verdict:
    """What the model made of one question."""

    urgent: float
    """Log-odds that it reports an urgent symptom."""
    self_harm: float
    """Log-odds that it tells thoughts of self-harm."""
    pieces: frozenset[str]
    """What was read (`features`), for `UrgentModel.reasons`."""
    words: int
    """How many words were read."""


@dataclass(frozen=True, slots=True)
class UrgentModel:
    """The two heads and the cut-off above which a question gets the urgent check."""

    urgent: Head
    self_harm: Head
    cut: float
    """Log-odds of the urgent head at and above which the check is asked; chosen by
    cross-validation (see `benchmarks/fit_urgent.py`)."""
    calm: float = -math.inf
    """Log-odds under which the model overrules the word lists' loosest clues (`calms`): a
    margin below the lowest score any held-out urgent report got in cross-validation, so
    that it waives only checks no report ever came near (see `benchmarks/fit_urgent.py`)."""

    def read(self, words: Sequence[str]) -> Verdict:
        pieces = frozenset(features(words))
        return Verdict(self.urgent.score(pieces), self.self_harm.score(pieces), pieces, len(words))

    def fires(self, verdict: Verdict) -> bool:
        """The check is asked: the question has `MIN_WORDS` and scores at the cut-off."""
        return verdict.words >= MIN_WORDS and verdict.urgent >= self.cut

    def calms(self, verdict: Verdict) -> bool:
        """The question reads as calm beyond doubt: it has `MIN_WORDS` and scores under
        `calm`. A red-flag body word beside a problem word ("what changes might I *see*"),
        one red-flag word or phrase then asks no check; the urgent rules still fire."""
        return verdict.words >= MIN_WORDS and verdict.urgent < self.calm

    def reasons(self, verdict: Verdict) -> list[str]:
        """The pieces that weighed most toward urgent (worked out only when the check is
        asked: most questions are far under the cut-off)."""
        return self.urgent.strongest(verdict.pieces)

    @classmethod
    def from_json(cls, data: Mapping[str, object]) -> UrgentModel:
        """The model from its stored form; ValueError when a part is missing or malformed."""
        cut = data.get("cut")
        if not _finite(cut):
            raise ValueError(f"{MODEL_FILE}: no 'cut' (a finite number)")
        calm = data.get("calm", -math.inf)  # a model without one waives nothing
        if not (_finite(calm) or calm == -math.inf) or calm > cut:
            raise ValueError(f"{MODEL_FILE}: 'calm' must be a finite number under 'cut'")
        return cls(
            Head.from_json("urgent", data.get("urgent")),
            Head.from_json("self_harm", data.get("self_harm")),
            float(cut),
            float(calm),
        )

    def to_json(self) -> dict[str, object]:
        calm = {"calm": self.calm} if math.isfinite(self.calm) else {}
        return {"cut": self.cut, **calm, "urgent": self.urgent.to_json(),
                "self_harm": self.self_harm.to_json()}  # fmt: skip


@cache
def bundled() -> UrgentModel:
    """The model shipped with faqbot. It is part of the program, not of a clinic's content,
    so that no content file can leave a kiosk without it; a broken install fails here, at
    start-up, with the file named, rather than running without its safety net."""
    text = resources.files("faqbot.matching").joinpath(MODEL_FILE).read_text("utf-8")
    return UrgentModel.from_json(json.loads(text))
