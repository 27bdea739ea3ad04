"""Fit the learned urgent reader (`faqbot/matching/urgent-model.json`), and check it by
cross-validation: every figure printed comes from sets the model was NOT fitted on.

Data (all labelled, all in the repository):
- urgent reports: tests/data/blind-*-urgent.yaml, and the urgent questions of the mixed blind
  sets tests/data/blind-{A,B,D,...}.yaml;
- calm questions: tests/data/blind-*-calm.yaml (risks asked calmly, long-standing symptoms,
  sayings such as "I'm dying to know"), the non-urgent questions of the mixed sets, every
  question and alternate of content/faq.yaml, and CLINC150's validation split (never its test
  split);
- self-harm: the reports noted "selfharm" in the urgent sets that note it (the self-harm head
  leaves the other sets' reports out: they are unlabelled for it).
The sets were each written blind by a different helper (see benchmarks/README.md). Folds hold
out whole sets, urgent and calm halves together, so a voice is never on both sides.

Figures printed, for each cut-off: recall on held-out urgent reports; how many of the reports
the word lists missed on each set's FIRST run (tests/data/urgent-first-misses.yaml) the model
catches when fitted without that set; and how often it fires on held-out non-urgent questions
of the mixed sets and on the calm sets. The cut-off written is the lowest whose held-out
mixed-set rate stays within `BUDGET`.

    python benchmarks/fit_urgent.py            # cross-validated figures only
    python benchmarks/fit_urgent.py --write    # then fit on everything and write the model

Plain Python (no NumPy): a logistic regression by FTRL-proximal on sparse pieces, seconds a fit.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import math
import os
import random
import sys
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from fit_decision import CLINC, DATA  # noqa: E402  (where the labelled data lives)

from faqbot.content.loader import load_faq  # noqa: E402
from faqbot.evaluation.cases import Expect, load_cases  # noqa: E402
from faqbot.matching import urgentmodel  # noqa: E402
from faqbot.matching.engine import Engine  # noqa: E402
from faqbot.matching.urgentread import for_learned_reader  # noqa: E402

FIRST_MISSES = DATA / "urgent-first-misses.yaml"
SETS = (
    *"ABCDEFGHIJKLMNOPQRSTUVWXYZ", "ZU", "AA", "AU", "AB", "AC", "AV", "AD", "AE", "AF", "AG",
    "AH", "AI", "AJ", "AK", "AL", "AM", "AN", "AO", "AP", "AQ", "AR", "AS", "AT", "AW", "AX", "AY",
    "AZ", "BA", "BB", "BC", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BK", "BL", "BM",
)
"""The blind sets the stored model was fitted on (tests/data/blind-<name>[-urgent|-calm].yaml).
A set scored once after the last fit joins here at the next refit."""
BUDGET = 0.8
"""The model's own urgent checks allowed on held-out non-urgent questions of the mixed sets,
in %: the issue allows 5 % checks in all, and the word lists already take 2-4 % on a fresh
set. At 1.0 the choice fell on a cut-off at 0.99 %, on the edge; 0.8 leaves a margin."""
L2 = 1.0
EPOCHS = 15
ALPHA = 0.1
BETA = 1.0
L1 = float(os.environ.get("FIT_URGENT_L1", "3.0"))
"""The L1 penalty (FTRL-proximal): pieces that do not earn a weight keep none, so the stored
model is small and a piece never seen weighs nothing."""
MASHES = 1500
"""Made-up negatives: strings of random letters and digits, like keys pressed by accident or
a test of the kiosk. Without them a model of letter runs can read "A1ANW" as a report."""
THINGS = (
    "laptop", "phone", "computer", "printer", "car", "kettle", "fridge", "boiler", "router",
    "wifi", "tablet computer", "washing machine", "dishwasher", "oven", "bike", "watch",
    "headphones", "charger", "card", "app", "email", "camera", "hoover", "heating",
)  # fmt: skip
FAILINGS = (
    "won't turn on", "won't start", "won't connect", "keeps switching off", "stopped working",
    "is broken", "won't charge", "keeps crashing", "is making a funny noise", "won't load",
    "has gone dead", "is playing up", "froze again",
)  # fmt: skip
"""Made-up negatives: everyday things that fail ("my laptop won't turn on"). A report of the
body often says "won't" too ("my arm won't lift"), and without these the letters of "won't"
alone read a broken printer as one (blind sets AD and AE, far out of scope)."""
WHENS = ("", "", "", " this morning", " today", " again", " since yesterday", " all of a sudden")
"""When the thing failed, on some of them: a report of the body often says when it began
("since this morning"), and without a time on the made-up negatives the letters of "this
morning" beside "won't" read "my car won't start this morning" as a report."""
FOLDS = 5
CALM_MARGIN = 1.0
"""How far under the lowest held-out urgent report's score the calm floor lies (`calm` in
the model, `UrgentModel.calms`): under it the model waives the word lists' loose clues."""


@dataclass(frozen=True)
class Row:
    group: str
    """The blind set's letter, or "content" / "clinc" (never held out)."""
    urgent: bool
    self_harm: bool | None
    """None: not labelled for self-harm."""
    pieces: tuple[str, ...]
    words: int


def _words(engine: Engine, text: str) -> list[str]:
    """The words the learned reader reads at run time (`urgentread.for_learned_reader`)."""
    readings = engine.read(text).urgent_readings
    return [w.surface for w in for_learned_reader(readings).words] if readings else []


def _pieces(words: Sequence[str]) -> tuple[str, ...]:
    return tuple(sorted(urgentmodel.features(words)))


def rows(engine: Engine) -> list[Row]:
    out: list[Row] = []

    def add(group: str, urgent: bool, self_harm: bool | None, text: str) -> None:
        words = _words(engine, text)
        out.append(Row(group, urgent, self_harm, _pieces(words), len(words)))

    for path in sorted(DATA.glob("blind-*.yaml")):
        group = path.stem.removeprefix("blind-").split("-")[0]
        if group not in SETS:
            continue
        if path.stem.endswith("-calm"):  # questions only: none is urgent
            for item in yaml.safe_load(path.read_text(encoding="utf-8")):
                add(group, False, False, item["q"])
            continue
        cases = load_cases(path)
        labelled = any(case.note == "selfharm" for case in cases)
        for case in cases:
            urgent = case.expect is Expect.URGENT
            self_harm = (case.note == "selfharm") if labelled or not urgent else None
            add(group, urgent, self_harm, case.question)
    faq = load_faq(ROOT / "content" / "faq.yaml")
    for entry in faq.faqs:
        for text in (entry.question, *entry.alternates):
            add("content", False, False, text)
    with (CLINC / "val.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            add("clinc", False, False, json.loads(line)["q"])
    rng = random.Random(7)
    keys = "abcdefghijklmnopqrstuvwxyz0123456789     "
    for _ in range(MASHES):
        mash = "".join(rng.choice(keys) for _ in range(rng.randint(2, 40)))
        add("mash", False, False, mash.upper() if rng.random() < 0.3 else mash)
    for thing in THINGS:
        for failing in FAILINGS:
            owner = rng.choice(("my", "the", "our", "my son's", "my mum's"))
            when = rng.choice(WHENS)
            add("mash", False, False, f"{owner} {thing} {failing}{when}")
    return out


def fit(data: Sequence[tuple[tuple[str, ...], bool]], seed: int = 0) -> urgentmodel.Head:
    """Logistic regression, classes weighed equally, by FTRL-proximal (McMahan et al., "Ad
    Click Prediction: a View from the Trenches", KDD 2013) with L1 and L2 penalties."""
    z: dict[str, float] = defaultdict(float)
    n: dict[str, float] = defaultdict(float)

    def weight(piece: str) -> float:
        zi = z.get(piece, 0.0)
        if abs(zi) <= L1:
            return 0.0
        return -(zi - math.copysign(L1, zi)) / ((BETA + math.sqrt(n[piece])) / ALPHA + L2)

    positives = sum(label for _, label in data)
    weigh = {True: len(data) / (2 * positives), False: len(data) / (2 * (len(data) - positives))}
    rows = [(("", *pieces), label) for pieces, label in data]  # "": the bias, never penalised
    order = list(range(len(rows)))
    shuffle = random.Random(seed).shuffle
    for _ in range(EPOCHS):
        shuffle(order)
        for i in order:
            pieces, label = rows[i]
            current = [weight(p) if p else _bias(z, n) for p in pieces]
            score = max(-30.0, min(30.0, sum(current)))
            gradient = (1 / (1 + math.exp(-score)) - label) * weigh[label]
            squared = gradient * gradient
            for p, w in zip(pieces, current, strict=True):
                sigma = (math.sqrt(n[p] + squared) - math.sqrt(n[p])) / ALPHA
                z[p] += gradient - sigma * w
                n[p] += squared
    weights = {p: w for p in z if p and (w := weight(p)) != 0.0}
    return urgentmodel.Head(_bias(z, n), weights)


def _bias(z: dict[str, float], n: dict[str, float]) -> float:
    return -z.get("", 0.0) / ((BETA + math.sqrt(n.get("", 0.0))) / ALPHA)


def fit_heads(data: Sequence[Row]) -> urgentmodel.UrgentModel:
    urgent = fit([(r.pieces, r.urgent) for r in data])
    harm = fit([(r.pieces, r.self_harm) for r in data if r.self_harm is not None])
    return urgentmodel.UrgentModel(urgent, harm, cut=0.0)


def first_misses(engine: Engine) -> dict[str, list[tuple[tuple[str, ...], int]]]:
    """Each urgent set's reports that the word lists missed on its first run."""
    if not FIRST_MISSES.exists():
        return {}
    raw = yaml.safe_load(FIRST_MISSES.read_text(encoding="utf-8")) or {}
    return {
        str(group): [(_pieces(w), len(w)) for t in texts for w in [_words(engine, t)]]
        for group, texts in raw.items()
    }


def _urgent(model: urgentmodel.UrgentModel, pieces: Sequence[str], words: int) -> float:
    """The urgent head's score, or -inf for a question the reader leaves to the lists."""
    return model.urgent.score(pieces) if words >= urgentmodel.MIN_WORDS else -math.inf


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--write", action="store_true", help="fit on everything and write")
    args = parser.parse_args(argv)

    engine = Engine(load_faq(ROOT / "content" / "faq.yaml"))
    data = rows(engine)
    misses = first_misses(engine)
    groups = sorted({r.group for r in data} - {"content", "clinc", "mash"})
    mixed = {g for g in groups if not (DATA / f"blind-{g}-urgent.yaml").exists()}
    held: list[tuple[Row, float, float]] = []
    caught: list[float] = []
    for k in range(FOLDS):
        fold = set(groups[k::FOLDS])
        model = fit_heads([r for r in data if r.group not in fold])
        for r in data:
            if r.group in fold:
                held.append((r, _urgent(model, r.pieces, r.words), model.self_harm.score(r.pieces)))
        caught += [_urgent(model, p, n) for g in fold for p, n in misses.get(g, [])]

    def rate(scores: Sequence[float], cut: float) -> float:
        return 100 * sum(s >= cut for s in scores) / max(1, len(scores))

    reports = [u for r, u, _ in held if r.urgent]
    mixed_calm = [u for r, u, _ in held if not r.urgent and r.group in mixed]
    calm = [u for r, u, _ in held if not r.urgent and r.group not in mixed]
    print(f"{len(data)} questions: {len(reports)} urgent reports in {len(groups)} held-out sets")
    print("cut  recall  first-run misses caught  mixed non-urgent  calm sets")
    chosen = None
    for cut in [step / 2 for step in range(-8, 7)]:
        within = rate(mixed_calm, cut) <= BUDGET
        if within and chosen is None:
            chosen = cut
        print(
            f"{cut:4.1f}  {rate(reports, cut):5.1f} %  "
            f"{sum(s >= cut for s in caught):3d} / {len(caught):<3d} ({rate(caught, cut):5.1f} %)"
            f"        {rate(mixed_calm, cut):4.2f} %         {rate(calm, cut):4.1f} %"
        )
    harm = [(r.self_harm, h) for r, u, h in held if r.urgent and r.self_harm is not None]
    right = sum((h >= 0) == bool(s) for s, h in harm)
    print(f"self-harm head on held-out urgent reports: {right} / {len(harm)} told apart right")
    if chosen is None:
        print(f"no cut-off keeps the mixed sets within {BUDGET} %")
        return 1
    print(f"cut-off chosen: {chosen} (held-out mixed non-urgent within {BUDGET} %)")
    lowest = min(s for s in reports if math.isfinite(s))
    calm = math.floor((lowest - CALM_MARGIN) * 2) / 2
    under = 100 - rate(mixed_calm, calm)
    print(f"calm floor: {calm} (lowest held-out urgent report: {lowest:.2f}); "
          f"{under:.1f} % of held-out mixed non-urgent questions score under it")  # fmt: skip
    if args.write:
        model = fit_heads(data)
        model = dataclasses.replace(model, cut=chosen, calm=calm)
        out = {"about": "Fitted by benchmarks/fit_urgent.py; see faqbot/matching/urgentmodel.py.",
               **model.to_json()}  # fmt: skip
        path = ROOT / "faqbot" / "matching" / urgentmodel.MODEL_FILE
        path.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":")) + "\n", "utf-8")
        print(f"wrote {path.relative_to(ROOT)}: {len(model.urgent.weights)} and "
              f"{len(model.self_harm.weights)} weights")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
