"""Fit the decision model (`thresholds.DECISION`) on labelled questions, and check it
by cross-validation: every figure printed as "cross-validated" comes from questions the model
and its two cut-offs were NOT fitted on.

What is fitted: a logistic regression that reads the evidence of `faqbot.matching.decision.evidence`
for each of the three first-ranked entries of a question and says how likely that entry is
the one meant (label 1 when it is the expected entry, 0 otherwise: out-of-scope questions give
only 0s). Then two cut-offs: `answer` (the first entry's probability needed to answer) is the
lowest that keeps wrong answers within the budget on every labelled set, and `offer` (an
entry's probability needed to be offered in "Did you mean...?") is the one that best balances
reaching the right entry in one tap against offering something for out-of-scope questions.

Data (each a content file and its labelled questions; questions the urgent, refer and
personal-advice checks decide, and instructions to the kiosk, are left out, since the model
never sees them):
- clinic: content/faq.yaml with content/tests.yaml and tests/data/content-*.yaml;
- blind: content/faq.yaml with the mixed blind sets tests/data/blind-{A,B,D,H,L,O}.yaml (each
  written blind from the brief's topics and scored once; now tuning sets). Their questions that
  were later added to the content as alternates are taken out of it while each set is read,
  so the model learns from questions the content did not know, as a new patient's are;
- sparse: tests/data/sparse-faq.yaml (a day-one content file, ~2 alternates an entry) with
  the same blind questions, when the file is present;
- clinc: CLINC150's validation split on its content (never its test split).
Each set weighs the same in the fit, whatever its size.

Promises: the hand-written near misses and ambiguities of the tests (`NEAR_MISSES` of
tests/test_near_misses.py on the bundled content, `NEAR_MISSES` and `AMBIGUOUS` of
tests/test_engine.py on its small content file) are not data to fit but limits: the answer
cut-off is never one that answers any of them with an entry they do not allow. They are in
every fold, and their count kept is printed.

    python benchmarks/fit_decision.py            # cross-validated figures, then the fit
    python benchmarks/fit_decision.py --folds 10 --budget 0.8

Plain Python (no NumPy): Newton's method on at most a few thousand rows of 11 numbers.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import random
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from faqbot.content.loader import load_faq  # noqa: E402
from faqbot.content.model import Faq  # noqa: E402
from faqbot.evaluation.cases import Expect, load_cases  # noqa: E402
from faqbot.matching.engine import Engine  # noqa: E402
from faqbot.matching.results import Kind  # noqa: E402
from faqbot.matching.thresholds import DEFAULT_THRESHOLDS, FEATURES, DecisionModel  # noqa: E402

CLINC = next(
    (
        folder / "shared" / "benchmarks" / "clinc150"
        for folder in ROOT.parents
        if (folder / "shared" / "benchmarks" / "clinc150").is_dir()
    ),
    ROOT.parent / "shared" / "benchmarks" / "clinc150",
)
"""../shared/benchmarks/clinc150 from the checkout or any folder above it (a worktree)."""
DATA = ROOT / "tests" / "data"
CLINIC_CASES = [
    ROOT / "content" / "tests.yaml",
    DATA / "content-holdout.yaml",
    DATA / "content-holdout-2.yaml",
    DATA / "content-adversarial.yaml",
]
OOS_SHARE = 1000 / 5500
"""Out-of-scope share of CLINC150's test split."""
BUDGETS = {"clinic": 0.0, "blind": 0.85, "sparse": 0.85, "clinc": 1.0, "promises": 0.0}
"""Wrong answers allowed when choosing the answer cut-off, % of each training set's
non-urgent questions (CLINC150: of the test mix, see `Figures.wrong_test_mix`): under the
targets (1 %, 1 %, 1.5 %) to leave room for unseen questions. Blind and sparse raised from
0.7 on 2026-11-30, when the blind sets began to be read on content without their own
phrasings: cross-validated, 0.7 held wrong answers at 0.7 % for 3 points fewer answered
right. CLINC150 stays at 1.0: at 1.2 its test split got 1.65 % wrong answers."""
REACH_WEIGHT = 8.0
"""When choosing `offer`: one point of one-tap reach is worth this many points of
out-of-scope questions falling back (a "Did you mean...?" on an out-of-scope question costs
a tap on "None of these"; a missed entry costs the patient the answer). Raised from 2 to 4 on
2026-11-29: at 2 the offer cut-off rose above 0.8 and a fifth of the plausible first entries
were never offered. Raised to 6 on 2026-11-30: with blind set V in the pool, 4 moved the
offer cut-off from 0.56 to 0.63, and cross-validated one-tap reach fell to 87.2 % (blind) and
64.4 % (sparse); 6 gives 88.6 % and 69.1 % for 65 % of out-of-scope questions falling back
(was 72 %), and no more wrong answers (the answer cut-off is chosen first). Raised to 8 on
2026-11-30 with X, Y and Z in the pool: at 6 the offer cut-off rose to 0.54 (one-tap 88.7 %
blind, 66.1 % sparse); 8 gives 0.42 and 90.0 % / 69.0 %, for 60 % of out-of-scope questions
falling back (was 68 %) and the same wrong answers. Override with --reach."""
BLIND = [
    DATA / f"blind-{name}.yaml"
    for name in [
        *"ABDHLOQTVXYZ", "AA", "AB", "AC", "AD", "AE", "AF", "AG", "AH", "AI", "AJ", "AK", "AL",
        "AM", "AN", "AO", "AP", "AQ", "AR", "AS", "AT", "AW", "AX", "AY", "AZ", "BA", "BB",
        "BC", "BD", "BE", "BF", "BG", "BH", "BI", "BJ", "BK", "BL", "BM", "BN", "BO", "BP", "BQ",
        "BR", "BS", "BT", "BU", "BV", "BW", "BX", "BZ", "CA", "CB", "CC", "CD", "CE", "CF", "CG",
        "CH", "CI", "CJ", "CK", "CL", "CM", "CN", "CO",
    ]
]
"""Blind sets that have had their one scoring run (see benchmarks/README.md) and now tune."""
SPARSE_FAQ = DATA / "sparse-faq.yaml"


@dataclass(frozen=True)
class Option:
    entry: str
    values: tuple[float, ...]
    coverage: float
    precision: float


@dataclass(frozen=True)
class Question:
    domain: str
    text: str
    gold: str | None
    """The expected entry id; None when no entry may be answered."""
    urgent: bool
    decided: bool
    """Urgent, refer or personal-advice: decided before the model (never answered)."""
    options: tuple[Option, ...]
    unfamiliar: bool
    close: int = 1
    """How many entries, from the first, are within `clarify_window` points of it."""
    group: tuple[float, ...] | None = None
    """The evidence for those close entries taken as one (when there are two or more)."""
    near_miss: bool = False
    """The first entry is about another condition, body part or medicine, or two readings of
    the question disagree: never answered."""
    source: str = ""
    """The labelled file it came from (for per-set figures)."""
    words: int = 0
    """Its meaningful words (`Analysis.content_words`): a short question needs more precision."""


def without_phrasings(faq: Faq, texts: Sequence[str]) -> Faq:
    """`faq` without the alternates that are one of `texts` (spacing and case aside)."""

    def plain(text: str) -> str:
        return " ".join(text.split()).lower()

    drop = {plain(text) for text in texts}
    entries = tuple(
        replace(
            entry,
            alternates=tuple(a for a in entry.alternates if plain(a) not in drop),
            phrasing_locations=(),
        )
        for entry in faq.faqs
    )
    return replace(faq, faqs=entries)


def read(
    domain: str, engine: Engine, pairs: Sequence[tuple[str, str | None, bool]], source: str = ""
) -> list[Question]:
    out = []
    for text, gold, urgent in pairs:
        result = engine.ask(text)
        if result.kind is Kind.URGENT or result.referred or result.instruction:
            out.append(Question(domain, text, gold, urgent, True, (), False, source=source))
            continue
        # the engine's own reading: the question without its chat, as `Engine.ask` ranks it
        analysis, ranked = engine._read(engine._without_chatter(text).question or text)
        verdict = engine.verdict
        found = verdict.evidence(analysis, ranked)
        own = found[: min(3, len(ranked))]
        options = tuple(
            Option(c.entry.id, e.values, c.coverage, c.precision)
            for c, e in zip(ranked, own, strict=False)
        )
        group = found[len(own)].values if len(found) > len(own) else None
        out.append(
            Question(
                domain,
                text,
                gold,
                urgent,
                False,
                options,
                bool(analysis.unfamiliar),
                verdict.close(ranked),
                group,
                analysis.readings_disagree
                or (bool(ranked) and verdict.near_miss(text, analysis, ranked[0]) is not None),
                source,
                analysis.content_words,
            )
        )
    return out


def case_pairs(paths: Sequence[Path]) -> list[tuple[str, str | None, bool]]:
    pairs = []
    for path in paths:
        for case in load_cases(path):
            gold = case.target if case.expect is Expect.ANSWER else None
            pairs.append((case.question, gold, case.expect is Expect.URGENT))
    return pairs


PROMISES = "promises"
"""The domain of the tests' near misses and ambiguities: limits on the cut-off, never fitted
on and never part of the figures the cut-offs maximise."""


def _test_module(name: str) -> ModuleType:
    """A test module of tests/, loaded by path (the tests are not a package)."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "tests" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_promises() -> list[Question]:
    """The tests' near misses and ambiguities, each read on its own content file."""
    bundled = Engine(load_faq(ROOT / "content" / "faq.yaml"))
    fixture = Engine(load_faq(DATA / "faq.yaml"))
    near_misses = _test_module("test_near_misses")
    engine_tests = _test_module("test_engine")
    # (a strict xfail, marked, is a known limit, not a promise kept today)
    pairs: list[tuple[str, str | None, bool]] = [
        (row[0], None, False) for row in near_misses.NEAR_MISSES if not hasattr(row, "marks")
    ]
    kept = [row for row in engine_tests.NEAR_MISSES if not hasattr(row, "marks")]
    if any(len(allowed) > 1 for _, allowed in kept):
        raise ValueError("a near miss of test_engine.py allows several entries: no single gold")
    small: list[tuple[str, str | None, bool]] = [
        (question, next(iter(allowed), None), False) for question, allowed in kept
    ]
    # an ambiguous question: no answer is allowed, whichever entry
    small += [(question, None, False) for question, _ in engine_tests.AMBIGUOUS]
    return [
        *read(PROMISES, bundled, pairs, "test_near_misses"),
        *read(PROMISES, fixture, small, "test_engine"),
    ]


def load_all() -> list[Question]:
    questions: list[Question] = []
    bundled = Engine(load_faq(ROOT / "content" / "faq.yaml"))
    questions += read("clinic", bundled, case_pairs(CLINIC_CASES))
    blind = [path for path in BLIND if path.exists()]
    sparse = Engine(load_faq(SPARSE_FAQ)) if SPARSE_FAQ.exists() else None
    for path in blind:
        pairs = case_pairs([path])
        # the bundled content holds some of these questions as alternates (they were added
        # after the set's one scoring run): read them without those, as they were unseen
        held_out = Engine(without_phrasings(bundled.faq, [text for text, _, _ in pairs]))
        questions += read("blind", held_out, pairs, path.stem)
        if sparse is not None:
            questions += read("sparse", sparse, pairs, path.stem)
    if CLINC.is_dir():
        rows = [json.loads(line) for line in (CLINC / "val.jsonl").read_text().splitlines()]
        questions += read(
            "clinc", Engine(load_faq(CLINC / "faq.yaml")), [(r["q"], r["id"], False) for r in rows]
        )
    return questions


# ----------------------------------------------------------------------- logistic regression


def fit(questions: Sequence[Question], l2: float = 1.0) -> tuple[float, tuple[float, ...]]:
    """Weighted L2-regularised logistic regression by Newton's method (intercept free)."""
    weight_of = _domain_weights(questions)
    rows = [
        ((1.0, *o.values), 1.0 if o.entry == q.gold else 0.0, weight_of[q.domain])
        for q in questions
        for o in q.options
    ]
    n = len(FEATURES) + 1
    beta = [0.0] * n
    for _ in range(30):
        grad = [0.0] * n
        hess = [[0.0] * n for _ in range(n)]
        for x, y, w in rows:
            z = sum(b * v for b, v in zip(beta, x, strict=True))
            p = 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))
            g = w * (p - y)
            h = w * p * (1 - p)
            for i in range(n):
                grad[i] += g * x[i]
                hi = h * x[i]
                row = hess[i]
                for j in range(i, n):
                    row[j] += hi * x[j]
        for i in range(n):
            for j in range(i):
                hess[i][j] = hess[j][i]
            if i:
                grad[i] += l2 * beta[i]
                hess[i][i] += l2
        step = _solve(hess, grad)
        beta = [b - s for b, s in zip(beta, step, strict=True)]
        if max(abs(s) for s in step) < 1e-6:
            break
    return beta[0], tuple(beta[1:])


def _domain_weights(questions: Sequence[Question]) -> dict[str, float]:
    counts: dict[str, int] = {}
    for q in questions:
        counts[q.domain] = counts.get(q.domain, 0) + 1
    total = len(questions)
    return {d: total / (len(counts) * c) for d, c in counts.items()}


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (a is small and positive definite)."""
    n = len(b)
    m = [[*row, b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            for c in range(col, n + 1):
                m[r][c] -= f * m[col][c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][c] * x[c] for c in range(r + 1, n))) / m[r][r]
    return x


def chance(intercept: float, weights: Sequence[float], values: Sequence[float]) -> float:
    z = intercept + sum(w * v for w, v in zip(weights, values, strict=True))
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, z))))


# ----------------------------------------------------------------------- the decision, replayed


@dataclass(frozen=True)
class Decided:
    question: Question
    answered: str | None
    offered: tuple[str, ...]


DENSITY = FEATURES.index("phrasings per entry")


def chances_of(q: Question, model: DecisionModel) -> tuple[list[float], float]:
    """Each option's probability, and the group's (0 when there is no group)."""
    own = [chance(model.intercept, model.weights, o.values) for o in q.options]
    group = chance(model.intercept, model.weights, q.group) if q.group else 0.0
    return own, group


def decide(
    q: Question, model: DecisionModel, known: tuple[list[float], float] | None = None
) -> Decided:
    """What `Verdict.decide` does with these probabilities (the same rule, replayed);
    `known` are the probabilities when already computed."""
    if q.decided or not q.options:
        return Decided(q, None, ())
    limits = DEFAULT_THRESHOLDS
    chances, group = known if known is not None else chances_of(q, model)
    top = q.options[0]
    knows_more = [o for o in q.options[1:3] if limits.rival_knows_more(top.coverage, o)]
    if (
        chances[0] >= model.answer_cut(top.values[DENSITY])
        and not q.near_miss
        and not q.unfamiliar
        and top.coverage >= limits.coverage
        and top.precision >= limits.precision_floor(q.words)
        and not knows_more
    ):
        return Decided(q, q.options[0].entry, ())
    offered = tuple(
        o.entry
        for i, (o, p) in enumerate(zip(q.options, chances, strict=True))
        if (p >= model.offer or (i < q.close and group >= model.offer) or o in knows_more)
        and o.coverage >= limits.clarify_coverage
        and o.precision >= limits.clarify_precision
    )
    return Decided(q, None, offered)


@dataclass(frozen=True)
class Figures:
    questions: int
    in_scope: int
    right: float
    """% of in-scope questions answered with the right entry."""
    one_tap: float
    """% of in-scope questions answered right or offered the right entry."""
    wrong: float
    """% of non-urgent questions answered with an entry that is not the expected one."""
    wrong_count: int
    oos_fallback: float
    wrong_test_mix: float
    """The wrong-answer rate if out-of-scope questions were 1 in 5.5, as in CLINC150's test
    split (its validation split has only 1 in 31): the budget is checked on this."""
    """% of out-of-scope (non-urgent, no entry expected) questions that fall back."""

    def row(self, name: str) -> str:
        return (
            f"{name:<10} {self.questions:5d} {self.in_scope:5d} {self.right:7.1f} "
            f"{self.one_tap:7.1f} {self.wrong:6.2f} ({self.wrong_count:3d}) "
            f"{self.oos_fallback:7.1f} {self.wrong_test_mix:8.2f}"
        )


HEADER = (
    f"{'set':<10} {'qs':>5} {'in':>5} {'right%':>7} {'1-tap%':>7} {'wrong%':>6} {'(n)':>5} "
    f"{'OOS fb%':>7} {'wrong%mix':>8}"
)


def figures(decided: Sequence[Decided]) -> Figures:
    in_scope = [d for d in decided if d.question.gold is not None]
    non_urgent = [d for d in decided if not d.question.urgent]
    oos = [d for d in non_urgent if d.question.gold is None and not d.question.decided]
    right = sum(d.answered == d.question.gold for d in in_scope)
    reach = sum(d.answered == d.question.gold or d.question.gold in d.offered for d in in_scope)
    wrong = sum(d.answered is not None and d.answered != d.question.gold for d in non_urgent)
    fell = sum(d.answered is None and not d.offered for d in oos)
    in_wrong = sum(d.answered is not None and d.answered != d.question.gold for d in in_scope)
    oos_wrong = sum(d.answered is not None for d in oos)
    mix = OOS_SHARE * oos_wrong / max(1, len(oos)) + (1 - OOS_SHARE) * in_wrong / max(
        1, len(in_scope)
    )
    return Figures(
        len(decided),
        len(in_scope),
        100.0 * right / max(1, len(in_scope)),
        100.0 * reach / max(1, len(in_scope)),
        100.0 * wrong / max(1, len(non_urgent)),
        wrong,
        100.0 * fell / max(1, len(oos)),
        100.0 * mix,
    )


def by_domain(decided: Sequence[Decided]) -> dict[str, Figures]:
    domains = sorted({d.question.domain for d in decided})
    return {name: figures([d for d in decided if d.question.domain == name]) for name in domains}


def choose(
    questions: Sequence[Question],
    intercept: float,
    weights: tuple[float, ...],
    budget: float,
    reach: float = REACH_WEIGHT,
) -> DecisionModel:
    """The cut-offs, chosen on these questions only. The answer cut-off is a line in
    log(phrasings per entry): for each slope, the lowest intercept whose wrong-answer rate is
    within budget on every set; of those lines, the one answering most (mean over the sets).
    Then the `offer` that maximises one-tap reach (weighted by `reach`) plus the
    out-of-scope fallback rate, averaged over the sets."""
    probe = DecisionModel(intercept, weights, 1.0, 1.0)
    known = [chances_of(q, probe) for q in questions]

    def run(model: DecisionModel) -> dict[str, Figures]:
        return by_domain([decide(q, model, k) for q, k in zip(questions, known, strict=True)])

    best: tuple[float, DecisionModel] | None = None
    for slope in [s / 100 for s in range(-16, 17, 2)]:
        answer = None
        for cut in [c / 100 for c in range(110, 19, -1)]:
            model = DecisionModel(intercept, weights, cut, 1.0, slope)
            found = run(model)
            if all(
                (f.wrong_test_mix if name == "clinc" else f.wrong) <= BUDGETS[name] * budget
                for name, f in found.items()
            ):
                answer = (cut, found)
            else:
                break
        if answer is None:
            continue
        cut, found = answer
        measured = [f for name, f in found.items() if name != PROMISES]
        gain = sum(f.right for f in measured) / len(measured)
        if best is None or gain > best[0]:
            best = (gain, DecisionModel(intercept, weights, cut, 1.0, slope))
    chosen = best[1] if best is not None else DecisionModel(intercept, weights, 0.995, 1.0)

    def objective(offer: float) -> float:
        runs = run(replace(chosen, offer=offer))
        found = [f for name, f in runs.items() if name != PROMISES]
        return sum(reach * f.one_tap + f.oos_fallback for f in found) / len(found)

    offer = max([c / 100 for c in range(2, 96)], key=lambda c: (objective(c), c))
    return replace(chosen, offer=offer)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument(
        "--budget",
        type=float,
        default=1.0,
        help="scale the wrong-answer budgets (BUDGETS) by this (default 1)",
    )
    parser.add_argument("--l2", type=float, default=1.0, help="ridge penalty (default 1)")
    parser.add_argument(
        "--reach", type=float, default=REACH_WEIGHT,
        help=f"weight of one-tap reach against out-of-scope fallback (default {REACH_WEIGHT})",
    )  # fmt: skip
    args = parser.parse_args()

    questions = load_all()
    promises = load_promises()
    domains = sorted({q.domain for q in questions})
    counts = {d: sum(q.domain == d for q in questions) for d in domains}
    print(f"questions per set: {counts}")
    # folds by question text: a blind question read on both content files is held out of
    # both at once
    texts = sorted({q.text for q in questions})
    random.Random(20261129).shuffle(texts)
    fold_of = {text: k % args.folds for k, text in enumerate(texts)}
    held_out: list[Decided] = []
    for fold in range(args.folds):
        train = [q for q in questions if fold_of[q.text] != fold]
        test = [q for q in questions if fold_of[q.text] == fold]
        intercept, weights = fit(train, args.l2)
        model = choose([*train, *promises], intercept, weights, args.budget, args.reach)
        print(
            f"fold {fold + 1}: answer >= {model.answer:.2f} + {model.answer_per_density:.2f}"
            f" x log(phrasings per entry), offer >= {model.offer:.2f}"
        )
        held_out += [decide(q, model) for q in test]
    print(
        f"\nCross-validated ({args.folds} folds; each question decided by a model fitted "
        "without it):"
    )
    print(HEADER)
    for name, f in by_domain(held_out).items():
        print(f.row(name))
    print("\nBy labelled set (the blind sets on their held-out bundled content, and on sparse):")
    for source in sorted({q.source for q in questions if q.source}):
        for name, f in by_domain([d for d in held_out if d.question.source == source]).items():
            print(f.row(f"{source.removeprefix('blind-')} {name}"))

    intercept, weights = fit(questions, args.l2)
    model = choose([*questions, *promises], intercept, weights, args.budget, args.reach)
    print("\nOn all the data (fitted on it: not a measurement):")
    print(HEADER)
    for name, f in by_domain([decide(q, model) for q in questions]).items():
        print(f.row(name))
    broken = [
        d.question.text
        for d in (decide(q, model) for q in promises)
        if d.answered is not None and d.answered != d.question.gold
    ]
    print(f"\nPromises kept: {len(promises) - len(broken)} of {len(promises)}", *broken, sep="\n")
    print("\nPaste into faqbot/thresholds.py:\n")
    print("DECISION = DecisionModel(")
    print(f"    intercept={intercept:.4f},")
    print("    weights=(")
    for name, w in zip(FEATURES, weights, strict=True):
        print(f"        {w:.4f},  # {name}")
    print("    ),")
    print(f"    answer={model.answer:.2f},")
    print(f"    offer={model.offer:.2f},")
    print(f"    answer_per_density={model.answer_per_density:.2f},")
    print(")")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
