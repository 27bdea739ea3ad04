"""Urgent matching: cost per question, recall on disguised urgent questions, false alarms.

    PYTHONPATH=. python benchmarks/urgent.py

Content: content/faq.yaml. Questions: every case of content/tests.yaml and the tests/data
sets, and the CLINC150 validation split (../shared/benchmarks/clinc150/val.jsonl: 3,100
everyday questions to an assistant, none urgent). Prints

- the median and p95 cost of the whole urgent check (`Engine.urgent_level`: every reading,
  the triggers, the self-harm floor and the red-flag concepts) per question;
- recall on the urgent cases and their disguises (tests/disguises.py);
- on non-urgent questions, how often the urgent check ("Is this happening now?") and the
  full alert show.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from disguises import disguises  # noqa: E402

from faqbot.content.loader import load_faq  # noqa: E402
from faqbot.evaluation.cases import Expect, load_cases  # noqa: E402
from faqbot.matching.engine import Engine  # noqa: E402
from faqbot.matching.results import Kind  # noqa: E402

CASE_FILES = [
    ROOT / "content" / "tests.yaml",
    ROOT / "tests" / "data" / "content-holdout.yaml",
    ROOT / "tests" / "data" / "content-holdout-2.yaml",
    ROOT / "tests" / "data" / "content-adversarial.yaml",
]
CLINC = next(
    (p for p in (ROOT.parent / "shared", ROOT.parent.parent / "shared") if p.exists()),
    ROOT.parent / "shared",
) / "benchmarks" / "clinc150" / "val.jsonl"


def main() -> None:
    engine = Engine(load_faq(ROOT / "content" / "faq.yaml"))
    cases = [case for path in CASE_FILES for case in load_cases(path)]
    urgent = [c.question for c in cases if c.expect is Expect.URGENT]
    calm = [c.question for c in cases if c.expect is not Expect.URGENT]
    clinc: list[str] = []
    if CLINC.exists():
        clinc = [json.loads(line)["q"] for line in CLINC.read_text().splitlines() if line]

    everything = urgent + calm + clinc
    for question in everything[:200]:  # warm the caches as a running kiosk would be
        engine.urgent_level(question)
    costs: list[float] = []
    for question in everything:
        start = time.perf_counter()
        engine.urgent_level(question)
        costs.append((time.perf_counter() - start) * 1000)
    costs.sort()
    print(
        f"urgent check cost over {len(costs)} questions: "
        f"median {statistics.median(costs):.3f} ms, "
        f"p95 {costs[int(len(costs) * 0.95)]:.3f} ms, max {costs[-1]:.1f} ms"
    )

    variants = [v for q in urgent for _, v in disguises(q)]
    caught = sum(engine.ask(v).kind is Kind.URGENT for v in urgent + variants)
    print(f"urgent recall: {caught}/{len(urgent) + len(variants)} "
          f"({len(urgent)} urgent cases and {len(variants)} disguises)")

    for name, questions in (("content non-urgent cases", calm), ("CLINC150 val", clinc)):
        if not questions:
            continue
        results = [(q, engine.ask(q)) for q in questions]
        alerts = [(q, r) for q, r in results if r.kind is Kind.URGENT and not r.is_check]
        checks = [(q, r) for q, r in results if r.is_check]
        n = len(questions)
        print(f"{name}: urgent check {len(checks)}/{n} ({100 * len(checks) / n:.1f} %), "
              f"full alert {len(alerts)}/{n} ({100 * len(alerts) / n:.1f} %)")
        for q, r in [*alerts[:8], *checks[:8]]:
            label = "check" if r.is_check else "alert"
            reason = r.explanation.trigger or r.explanation.reason if r.explanation else ""
            print(f"    {label}: {q}  [{reason}]")


if __name__ == "__main__":
    main()
