"""Regenerate the README's kiosk screenshots (SVG, exported by Textual) from the bundled content.

Run from a checkout:  PYTHONPATH=. python docs/make_screenshots.py
"""

from __future__ import annotations

import asyncio
from pathlib import Path

from textual.widgets import Input

from faqbot.content.loader import load_faq
from faqbot.content.paths import bundled_faq_path
from faqbot.kiosk.app import build_app
from faqbot.kiosk.widgets import UrgentAlert
from faqbot.matching.results import Kind

DOCS = Path(__file__).resolve().parent
SCREENS = {
    "start": [],
    "suggestions": list("wat is spas"),
    "answer": [*"what is spasticity", "enter"],
    "clarify": [],  # filled in by main(): a question the engine finds ambiguous
    "fallback": [*"can i bring my dog with me", "enter"],
    "urgent": [*"I cant breathe", "enter"],
    "check": [*"my voice sounds different since tuesday", "enter"],
}


async def shoot(name: str, keys: list[str]) -> None:
    app = build_app(load_faq(bundled_faq_path()))
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*keys)
        for box in app.screen.query(Input):
            box.cursor_blink = False
        await pilot.pause()
        app.save_screenshot(str(DOCS / f"kiosk-{name}.svg"))


AMBIGUOUS = ["how long will it last", "what should i bring", "can i bring my husband with me"]


def main() -> None:
    UrgentAlert.ACK_DELAY = 0.0  # show the alert as it looks once its button is enabled
    engine = build_app(load_faq(bundled_faq_path())).engine
    clarify = next(q for q in AMBIGUOUS if engine.ask(q).kind is Kind.CLARIFY)
    SCREENS["clarify"] = [*clarify, "enter"]
    for name, keys in SCREENS.items():
        asyncio.run(shoot(name, keys))
        print(DOCS / f"kiosk-{name}.svg")


if __name__ == "__main__":
    main()
