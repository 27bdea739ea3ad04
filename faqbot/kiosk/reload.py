"""Provides `ContentReloader`: a changed content file is judged off the UI's thread and goes live
only at a start over.

It lives apart from the app because it is a job of its own with its own state (the file's stamps,
the verdict in progress, the accepted engine), and because it needs no Textual: the app only asks
`due()` on its timer, runs `judge` in a worker, hands the worker's result to `judged` and takes
the new engine with `publish()` when it starts over. So each step can be tested without a Pilot.
"""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from faqbot.content.model import Faq

if TYPE_CHECKING:
    from faqbot.evaluation.vetting import Vetting
    from faqbot.matching.engine import Engine

SETTLE_SECONDS = 2.0
"""A changed content file is read only once its size and time have not moved for this long, so
a file still being written (an editor saving in place, a slow copy) is never read half way."""


@dataclass(frozen=True, slots=True)
class FileStamp:
    """What `stat` says about the content file: any change means "changed, wait until still"."""

    size: int
    mtime_ns: int
    inode: int


def file_stamp(path: Path | None) -> FileStamp | None:
    """The file's stamp, or None when there is no file to watch (or it cannot be seen now)."""
    if path is None:
        return None
    try:
        info = path.stat()
    except (OSError, ValueError):
        return None
    return FileStamp(info.st_size, info.st_mtime_ns, info.st_ino)


@dataclass(frozen=True, slots=True)
class Vetted:
    """What the content worker hands back: the stamp it judged, the verdict, the new engine."""

    stamp: FileStamp
    vetting: Vetting
    engine: Engine | None


class ContentReloader:
    """Watches `content_path`, judges it once it has changed and kept still, keeps what passed."""

    def __init__(
        self,
        vet: Callable[[Faq], Vetting] | None,
        content_path: Path | None,
        settle_seconds: float,
        log: logging.Logger,
    ) -> None:
        self.vet = vet
        """Judges the changed file at `content_path` against the running content (in a worker
        thread): `faqbot.evaluation.publish.vet_file` in the real kiosk."""
        self.content_path = content_path
        self.settle_seconds = settle_seconds
        self.log = log
        """The staff log: every refusal's reasons, and each reload."""
        self.content_stamp = file_stamp(content_path)
        """The stamp of the file that was last judged (published or refused)."""
        self.seen_stamp = self.content_stamp
        self.seen_since = time.monotonic()
        """The newest stamp seen and since when it has not changed (see SETTLE_SECONDS)."""
        self.vetting = False
        """True while a worker judges a changed file."""
        self.pending: Engine | None = None
        """Accepted new content, waiting for the screen to be at rest or the next start over."""

    def due(self) -> FileStamp | None:
        """The stamp of a file to judge now: changed, then still for `settle_seconds`, and no
        other judging under way. From then `vetting` is True until `judged` is called.

        Only `stat` runs here, on the UI's thread; reading, parsing, checking and indexing a
        file (seconds for a large one) happen in `judge`, in a worker, so keys stay responsive."""
        if self.vet is None or self.vetting:
            return None
        stamp = file_stamp(self.content_path)
        now = time.monotonic()
        if stamp != self.seen_stamp:
            self.seen_stamp, self.seen_since = stamp, now
            return None
        if stamp is None or stamp == self.content_stamp:
            return None
        if now - self.seen_since < self.settle_seconds:
            return None
        self.vetting = True
        return stamp

    def judge(self, stamp: FileStamp, running: Engine) -> Vetted:
        """The worker: vet the file against the running content and build its engine."""
        assert self.vet is not None
        # The cyclic garbage collector is paused meanwhile: parsing and indexing a large file
        # makes millions of objects, and each full collection they set off holds the GIL for
        # half a second, freezing the UI's thread (keys 0.5 s behind instead of < 0.1 s).
        # Reference counting still frees everything that is not in a cycle.
        collecting = gc.isenabled()
        gc.disable()
        try:
            vetting = self.vet(running.faq)
            engine = type(running)(vetting.faq) if vetting.faq and vetting.accepted else None
        except Exception as exc:  # a bug in vetting must not stop the kiosk or publish
            self.log.error("checking the changed content file failed", exc_info=exc)
            return Vetted(stamp, _failed_vetting(exc), None)
        finally:
            if collecting:
                gc.enable()
        return Vetted(stamp, vetting, engine)

    def judged(self, result: object, running: Engine) -> bool:
        """Back on the UI's thread with the worker's result (not a `Vetted` when the worker was
        cancelled or failed): keep the new engine or refuse it, and say exactly why in the staff
        log. True when new content now waits in `pending`."""
        self.vetting = False
        if not isinstance(result, Vetted):
            return False
        if file_stamp(self.content_path) != result.stamp:
            # written to again while it was being read: judge it once it is still again
            self.log.info("content file changed again while being checked; waiting")
            return False
        self.content_stamp = result.stamp
        vetting = result.vetting
        if result.engine is None or not vetting.accepted:
            self.log.error(
                "content file changed but was refused; keeping the old content "
                "(%d entries). Why:\n%s", len(running.faq.faqs),
                "\n".join(f"  - {reason}" for reason in vetting.reasons))
            return False
        self.pending = result.engine
        return True

    def publish(self) -> Engine | None:
        """Hand over the accepted engine, once, and log that it went live; None if none waits."""
        engine, self.pending = self.pending, None
        if engine is not None:
            self.log.info("content reloaded from %s (%d entries)", engine.faq.source,
                          len(engine.faq.faqs))
        return engine


def _failed_vetting(exc: Exception) -> Vetting:
    from faqbot.evaluation.vetting import Vetting

    return Vetting(None, (f"it could not be checked: {type(exc).__name__}: {exc}",))
