"""What recording an outcome adds to a question: engine.ask alone vs engine.ask + record_result.

Run: PYTHONPATH=. python benchmarks/recording_overhead.py [--rounds N] [--faq PATH]

Both variants run in one process on the same questions, interleaved round by round, so machine
load affects them alike. The recorder logs unanswered text too (the costlier opt-in: the UI
thread still only queues; redaction and the SQLite commit happen on the writer thread). The
writer's own cost per item is measured separately: it is off the UI thread, but it bounds how
fast questions could arrive before the bounded queue starts dropping.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from faqbot.content.loader import load_faq  # noqa: E402
from faqbot.matching.engine import Engine  # noqa: E402
from faqbot.stats.recorder import StatsRecorder  # noqa: E402
from faqbot.stats.redact import Redactor  # noqa: E402

EXTRA = [
    "where can I park my car", "is there wifi", "My name is Sarah Jones 07700 900123",
    "can i bring my dog", "how much does it cost", "what time do you close",
    "email me at ann@example.com about 12/03/2024", "hw lng dos it lst",
]


def questions(faq_path: Path) -> list[str]:
    faq = load_faq(faq_path)
    return [e.question for e in faq.faqs] + [a for e in faq.faqs for a in e.alternates[:2]] + EXTRA


def per_question_us(engine: Engine, texts: list[str], recorder: StatsRecorder | None) -> float:
    start = time.perf_counter()
    for text in texts:
        result = engine.ask(text)
        if recorder is not None:
            recorder.record_result(result)
    return (time.perf_counter() - start) / len(texts) * 1e6


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--faq", type=Path, default=ROOT / "content" / "faq.yaml")
    args = parser.parse_args()
    texts = questions(args.faq)
    engine = Engine(load_faq(args.faq))
    with tempfile.TemporaryDirectory() as folder:
        recorder = StatsRecorder(Path(folder) / "stats.sqlite3", log_unanswered=True,
                                 vocabulary=engine.vocabulary(), queue_size=100_000)
        recorder.flush()
        per_question_us(engine, texts, None)  # warm caches for both
        alone, recorded = [], []
        for _ in range(args.rounds):
            alone.append(per_question_us(engine, texts, None))
            recorded.append(per_question_us(engine, texts, recorder))
            recorder.flush(60)  # keep the writer's work out of the next round
        results = [engine.ask(text) for text in texts] * 100
        start = time.perf_counter()
        for result in results:
            recorder.record_result(result)
        queued_s = time.perf_counter() - start
        recorder.flush(600)
        drained_s = time.perf_counter() - start
        recorder.close()
        size = sum(p.stat().st_size for p in Path(folder).iterdir())
    redactor = Redactor(engine.vocabulary())
    start = time.perf_counter()
    for text in texts * 20:
        redactor(text)
    redact_us = (time.perf_counter() - start) / (len(texts) * 20) * 1e6
    a, r = statistics.median(alone), statistics.median(recorded)
    print(f"questions per round: {len(texts)}, rounds: {args.rounds} (medians of rounds)")
    print(f"engine.ask alone:                 {a:8.1f} us/question")
    print(f"engine.ask + record_result:       {r:8.1f} us/question")
    print(f"added on the UI thread:           {r - a:8.1f} us/question (ratio {r / a:.3f})")
    n = len(results)
    print(f"record_result alone (queueing):   {queued_s / n * 1e6:8.1f} us/call, {n} calls")
    print(f"writer thread (redact + commit):  {drained_s / n * 1e6:8.1f} us/item, "
          f"dropped {recorder.dropped}")
    print(f"  of which redaction:             {redact_us:8.1f} us/item (the rest: SQLite commit "
          "with fsync)")
    print(f"file size after {n + len(texts) * args.rounds} outcomes: {size / 1024:.0f} KiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
