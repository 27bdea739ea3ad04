"""`Content`: the engine the web page answers with, swapped for a new one when the content file
changes. A web server runs for weeks, so staff's edits must reach it without a restart; this
module keeps that (and the kiosk's rule that an invalid new file never replaces good content)
apart from the pages that only ask for the engine in use."""

from __future__ import annotations

import asyncio
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from faqbot.content.model import Faq
from faqbot.content.problems import ContentError
from faqbot.matching.engine import Engine

log = logging.getLogger("faqbot.web")


@dataclass
class Content:
    """The engine in use, and how to reload it when the file changes (the kiosk's rule: an
    invalid new file is ignored and the last good content stays, with its errors logged)."""

    engine: Engine
    load: Callable[[], Faq] | None = None
    path: Path | None = None
    reload_every_s: float = 5.0
    _mtime: float | None = None
    _checked: float = field(default_factory=time.monotonic)
    _reloading: bool = False

    def __post_init__(self) -> None:
        self._mtime = self._stat()

    def _stat(self) -> float | None:
        if self.path is None:
            return None
        try:
            return os.stat(self.path).st_mtime
        except OSError:
            return None

    async def maybe_reload(self) -> None:
        """Reload in a thread when the file changed; requests go on with the old engine."""
        now = time.monotonic()
        if self.load is None or self._reloading or now - self._checked < self.reload_every_s:
            return
        self._checked = now
        mtime = self._stat()
        if mtime is None or mtime == self._mtime:
            return
        self._reloading = True
        try:
            engine = await asyncio.to_thread(self._build)
        except (ContentError, OSError) as exc:
            problems = getattr(exc, "problems", ())
            log.error("content file changed but is unusable (%d problem(s)); keeping the last "
                      "good content; run 'faqbot check'", len(problems) or 1)
        else:
            self.engine = engine
            log.info("content reloaded from %s", self.path)
        finally:
            self._mtime = mtime
            self._reloading = False

    def _build(self) -> Engine:
        assert self.load is not None
        return Engine(self.load())
