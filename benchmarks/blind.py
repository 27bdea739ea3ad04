"""Score a labelled question set the way issue 10 measures the engine: what a patient gets.

A blind set is written by someone who saw only the content brief's topics, then labelled with
the entry that answers each question (or urgent / refer / fallback) without running faqbot.
Score it once, record that first-run figure in benchmarks/README.md, and only then tune on it.

    python benchmarks/blind.py CASES.yaml [CASES.yaml ...] [--faq content/faq.yaml] [--misses]
    python benchmarks/blind.py --pool [--faq tests/data/sparse-faq.yaml]

`--pool` scores the tuning pool instead: every set of `fit_decision.BLIND` (the sets that
have had their one scoring run), each read on the content without the phrasings copied from
it, as unseen as it was at its first run. Changes are measured on it (benchmarks/README.md's
"Pool" figures); a fresh set's first run is still the only measure of unseen phrasing.

Figures (every rate is over the questions it names):
- answered right: an entry question answered with its entry;
- one tap: answered right, or its entry among the "Did you mean…?" candidates;
- wrong: a non-urgent question answered with an entry that is not its own (a fallback or
  refer question answered with any entry counts too), over all non-urgent questions;
- urgent recall: urgent reports that got the alert or the urgent check;
- far out of scope: questions labelled `far` that got no entry's answer and no alert; and,
  of all `far` questions, those that got the fallback screen itself (not "Did you mean…?",
  a refer or an urgent check);
- false alarms: non-urgent questions that got the alert (and, separately, the urgent check).
Rows by the `note:` each case carries (the writer's kind of question).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from fit_decision import BLIND, without_phrasings  # noqa: E402

from faqbot.content.loader import load_faq  # noqa: E402
from faqbot.evaluation.cases import Case, Expect, load_cases  # noqa: E402
from faqbot.matching.engine import Engine  # noqa: E402
from faqbot.matching.results import Kind, Result  # noqa: E402


def is_check(result: Result) -> bool:
    """The urgent check ("Is this happening now?") rather than the full alert."""
    return result.kind is Kind.URGENT and result.is_check


def outcome(case: Case, result: Result) -> dict[str, bool]:
    """What happened to one case, as flags the figures count."""
    entry = result.entry.id if result.kind is Kind.ANSWER and result.entry else None
    offered = {c.entry.id for c in result.candidates} if result.kind is Kind.CLARIFY else set()
    urgent = result.kind is Kind.URGENT
    return {
        "in_scope": case.expect is Expect.ANSWER,
        "right": case.expect is Expect.ANSWER and entry == case.target,
        "one_tap": case.expect is Expect.ANSWER
        and (entry == case.target or case.target in offered),
        "clarify": result.kind is Kind.CLARIFY,
        "fallback": result.kind is Kind.FALLBACK and not result.referred,
        "refer": result.referred,
        "urgent_case": case.expect is Expect.URGENT,
        "caught": case.expect is Expect.URGENT and urgent,
        "wrong": case.expect is not Expect.URGENT and entry is not None and entry != case.target,
        "alarm": case.expect is not Expect.URGENT and urgent and not is_check(result),
        "check": case.expect is not Expect.URGENT and is_check(result),
        "refer_ok": case.expect is Expect.REFER and result.referred,
        "refer_case": case.expect is Expect.REFER,
        "quiet": entry is None and not urgent,
    }


def pct(part: int, whole: int) -> str:
    return f"{100.0 * part / whole:5.1f}" if whole else "    -"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("cases", nargs="*", type=Path)
    parser.add_argument("--faq", type=Path, default=ROOT / "content" / "faq.yaml")
    parser.add_argument("--misses", action="store_true", help="list every case not handled")
    parser.add_argument(
        "--pool",
        action="store_true",
        help="score every tuning set, each on the content without its own phrasings",
    )
    args = parser.parse_args()
    if bool(args.cases) == args.pool:
        parser.error("give the sets to score, or --pool")

    faq = load_faq(args.faq)
    engine = Engine(faq)
    rows: dict[str, list[dict[str, bool]]] = defaultdict(list)
    misses: list[str] = []
    for path in BLIND if args.pool else args.cases:
        cases = load_cases(path)
        if args.pool:
            engine = Engine(without_phrasings(faq, [case.question for case in cases]))
        for case in cases:
            result = engine.ask(case.question)
            flags = outcome(case, result)
            rows[case.note or "(none)"].append(flags)
            rows["ALL"].append(flags)
            handled = (flags["right"] or flags["caught"] or flags["refer_ok"]
                       or (case.expect is Expect.FALLBACK and flags["quiet"]))  # fmt: skip
            if args.misses and not handled:
                got = result.entry.id if result.entry else result.kind.value
                if result.kind is Kind.CLARIFY:
                    got = "clarify[" + ", ".join(c.entry.id for c in result.candidates) + "]"
                if result.referred:
                    got = "refer"
                mark = "WRONG " if flags["wrong"] else ("MISSED" if flags["urgent_case"] else "")
                misses.append(f"{mark:6} {case.label:32} got {got:40} {case.question!r}")

    sets = f"{len(BLIND)} pool sets, each without its own phrasings" if args.pool else ""
    print(f"content: {args.faq}  ({len(faq.faqs)} entries)  {sets}".rstrip())
    header = (f"{'kind':12} {'n':>4} {'right%':>7} {'1-tap%':>7} {'clar%':>6} {'fb%':>6} "
              f"{'wrong':>5} {'urg%':>6} {'refer%':>7} {'quiet%':>7} {'alarm':>5} "
              f"{'check':>5}")  # fmt: skip
    print(header)
    for kind in sorted(rows, key=lambda k: (k == "ALL", k)):
        group = rows[kind]
        n = len(group)
        count = {key: sum(f[key] for f in group) for key in group[0]}
        print(
            f"{kind:12} {n:4} {pct(count['right'], count['in_scope']):>7} "
            f"{pct(count['one_tap'], count['in_scope']):>7} {pct(count['clarify'], n):>6} "
            f"{pct(count['fallback'], n):>6} {count['wrong']:5} "
            f"{pct(count['caught'], count['urgent_case']):>6} "
            f"{pct(count['refer_ok'], count['refer_case']):>7} {pct(count['quiet'], n):>7} "
            f"{count['alarm']:5} {count['check']:5}"
        )
    every = rows["ALL"]
    non_urgent = [f for f in every if not f["urgent_case"]]
    in_scope = [f for f in every if f["in_scope"]]
    urgent = [f for f in every if f["urgent_case"]]
    far = rows.get("far", [])
    print()
    right = sum(f["right"] for f in in_scope)
    reached = sum(f["one_tap"] for f in in_scope)
    print(f"answered right   {pct(right, len(in_scope))} % of {len(in_scope)} entry questions "
          f"({right})")
    print(f"one-tap reach    {pct(reached, len(in_scope))} % ({reached})")
    wrong = sum(f["wrong"] for f in non_urgent)
    print(f"wrong answers    {wrong} of {len(non_urgent)} non-urgent questions "
          f"({pct(wrong, len(non_urgent)).strip()} %)")
    print(f"urgent recall    {pct(sum(f['caught'] for f in urgent), len(urgent))} % "
          f"of {len(urgent)} urgent reports")
    print(f"far out of scope {pct(sum(f['quiet'] for f in far), len(far))} % not answered, "
          f"{pct(sum(f['fallback'] for f in far), len(far)).strip()} % the fallback itself "
          f"(of {len(far)})")
    out_of_scope = [f for f in non_urgent if not f["in_scope"]]
    sent_on = sum(f["fallback"] or f["refer"] for f in out_of_scope)
    print(f"out of scope     {pct(sent_on, len(out_of_scope))} % the fallback or a refer "
          f"({sent_on} of {len(out_of_scope)} fallback and refer questions)")
    alarms = sum(f["alarm"] for f in non_urgent)
    checks = sum(f["check"] for f in non_urgent)
    print(f"false alarms     {alarms} alerts ({pct(alarms, len(non_urgent)).strip()} %), "
          f"{checks} urgent checks ({pct(checks, len(non_urgent)).strip()} %) "
          f"on non-urgent questions")
    if misses:
        print("\nnot handled as labelled:")
        print("\n".join(misses))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
