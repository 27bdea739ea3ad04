"""Time to load and validate a content file (default: the 15,000-phrasing CLINC150 file).

    PYTHONPATH=. python benchmarks/bench_loader.py [PATH] [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

import yaml

from faqbot.content.loader import load_faq

_ROOT = Path(__file__).resolve().parents[1]
_CANDIDATES = [_ROOT.parent / "shared", _ROOT.parent.parent / "shared"]  # from main, a worktree
_SHARED = next((c for c in _CANDIDATES if c.is_dir()), _CANDIDATES[0])
DEFAULT = _SHARED / "benchmarks" / "clinc150" / "faq.yaml"



def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", nargs="?", default=str(DEFAULT))
    parser.add_argument("--repeat", type=int, default=9)
    args = parser.parse_args()
    path = Path(args.path)
    text = path.read_text(encoding="utf-8")
    times, safe_load = [], []
    for _ in range(args.repeat):
        start = time.perf_counter()
        faq = load_faq(path)
        times.append(time.perf_counter() - start)
        start = time.perf_counter()
        yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        safe_load.append(time.perf_counter() - start)
    phrasings = sum(len(entry.phrasings) for entry in faq.faqs)
    print(f"{path} ({path.stat().st_size / 1000:.0f} KB, {len(faq.faqs)} entries, "
          f"{phrasings} phrasings), {args.repeat} runs")  # fmt: skip
    print(f"load_faq:            median {statistics.median(times) * 1000:6.1f} ms, "
          f"max {max(times) * 1000:6.1f} ms")  # fmt: skip
    print(f"yaml.load (C, bare): median {statistics.median(safe_load) * 1000:6.1f} ms "
          "(parsing only, no positions or checks; for scale)")  # fmt: skip
    print(f"libyaml in use: {yaml.__with_libyaml__}")


if __name__ == "__main__":
    main()
