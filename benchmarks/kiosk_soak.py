"""A day at the kiosk, compressed: does memory keep growing, session after session?

    PYTHONPATH=. python benchmarks/kiosk_soak.py [--sessions 600] [--every 100]

Runs the real kiosk headless (80x24) on the bundled content and plays patient sessions one after
another: type a question key by key (live suggestions on every keystroke), press Enter, pick the
first numbered choice on the screen (a related question, a "Did you mean" candidate or a topic),
ask a second question, then start over (what the idle reset does). Questions rotate through
answers, clarify, fallback, refer and urgent. The `errors` column counts the errors the kiosk
recovered from (it hides them from patients): it must stay 0. Every `--every` sessions it prints
the process's resident memory (Linux /proc), and with `--traced` Python's traced allocations, so
growth per 100 sessions can be read off; a leak shows as steady growth that does not level off.
Textual's own render caches are bounded and fill during the first sessions.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from textual.widgets import Input  # noqa: E402

from faqbot.content.loader import load_faq  # noqa: E402
from faqbot.content.paths import bundled_faq_path  # noqa: E402
from faqbot.kiosk.app import build_app  # noqa: E402

QUESTIONS = [
    "how lnog does botox last",
    "does the injection hurt",
    "how long",
    "who invented botox",
    "should i stop my warfarin",
    "i cant breathe",
    "can i drive home after",
    "what are the side effects",
]


def rss_mib() -> float:
    """Resident set size from /proc (Linux); 0 where unavailable."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


async def soak(sessions: int, every: int, traced: bool) -> None:
    faq = load_faq(bundled_faq_path())
    app = build_app(faq, kiosk=True, idle_timeout=3600, pin="0000")
    if traced:
        tracemalloc.start()
    errors: list[BaseException] = []
    recover = app.recover

    def counting(error: BaseException) -> None:
        errors.append(error)
        recover(error)

    app.recover = counting  # type: ignore[method-assign]
    async with app.run_test(size=(80, 24)) as pilot:

        async def ask(question: str) -> None:
            box = app.screen.query_one("#question", Input)
            for end in range(1, len(question) + 1):  # each keystroke's suggestions
                box.value = question[:end]
                await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()

        start = time.perf_counter()
        print(f"{'sessions':>8} {'RSS MiB':>8} {'traced MiB':>10} {'s/session':>9} {'errors':>6}")
        for session in range(1, sessions + 1):
            await ask(QUESTIONS[session % len(QUESTIONS)])
            if app.view_kind != "urgent":
                await pilot.press("1")  # the first numbered choice on screen
                await pilot.pause()
                await ask(QUESTIONS[(session + 3) % len(QUESTIONS)])
            app.start_over()
            await pilot.pause()
            if session % every == 0 or session == 1:
                gc.collect()
                python = f"{tracemalloc.get_traced_memory()[0] / 2**20:.2f}" if traced else "-"
                per = (time.perf_counter() - start) / session
                print(
                    f"{session:8d} {rss_mib():8.1f} {python:>10} {per:9.3f} {len(errors):6d}",
                    flush=True,
                )
        if errors:
            print(f"first error: {errors[0]!r}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sessions", type=int, default=600)
    parser.add_argument("--every", type=int, default=100)
    parser.add_argument(
        "--traced",
        action="store_true",
        help="also count Python allocations (tracemalloc; several times slower)",
    )
    args = parser.parse_args()
    asyncio.run(soak(args.sessions, args.every, args.traced))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
