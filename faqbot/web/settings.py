"""`Settings`: how one web app behaves (rate limits, the emergency number, reload and privacy
timings), kept apart so the command line, the app factory and the pages share one definition
without importing each other."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from faqbot.web.guard import Rate

ASK_RATE: Final = Rate(burst=20, per_second=0.5)
SUGGEST_RATE: Final = Rate(burst=60, per_second=5)
EMERGENCY: Final = re.compile(r"\+?[0-9]{2,15}")


@dataclass(frozen=True, slots=True)
class Settings:
    """How one web app behaves; the command line fills it in."""

    ask_rate: Rate | None = ASK_RATE
    """Questions, picks and taps per client: 20 at once, then one every 2 s. None: no limit
    (the load benchmark, which is all one client)."""
    suggest_rate: Rate | None = SUGGEST_RATE
    """Suggestions while typing (one request per pause in typing)."""
    emergency_number: str | None = None
    """Shown as a big tap-to-call button on the urgent alert (numbers in the rule's own text
    are links anyway)."""
    reload_every_s: float = 5.0
    """How often the content file's modification time is checked."""
    unanswered_days: int | None = None
    """Days the recorder keeps redacted unanswered questions (`--log-unanswered`), so the
    page's privacy line says so; None when no question text is stored."""
    forget_every_s: float = 600.0
    """How often the engine drops its caches of typed words (the kiosk does it at each reset;
    a web server has no reset)."""

    def __post_init__(self) -> None:
        if self.emergency_number is not None and not EMERGENCY.fullmatch(self.emergency_number):
            raise ValueError(f"not a phone number: {self.emergency_number!r} (digits, "
                             "optionally one leading +)")
