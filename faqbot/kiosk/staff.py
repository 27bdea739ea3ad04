"""Staff-only pieces of the kiosk: the staff log, the exit PIN and its wrong-PIN backoff.

Nothing here imports Textual, so the CLI can warn about a missing PIN before the UI starts.
"""

from __future__ import annotations

import hmac
import logging
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ENV_PIN = "FAQBOT_STAFF_PIN"
"""The staff exit PIN itself (takes precedence over the PIN file)."""
ENV_PIN_FILE = "FAQBOT_STAFF_PIN_FILE"
"""A file whose first line is the staff exit PIN."""
ENV_LOG = "FAQBOT_LOG"
"""Where the kiosk writes its staff log."""

STAFF_EXIT_KEY = "ctrl+right_square_bracket"
"""The staff exit chord (ctrl+]): sent by every terminal, and awkward to press by accident."""
STAFF_EXIT_KEY_DISPLAY = "Ctrl+]"

NO_PIN_WARNING = (
    "faqbot: no staff PIN is configured, so staff exit is unavailable "
    f"(the kiosk ignores {STAFF_EXIT_KEY_DISPLAY}). Set {ENV_PIN}, or put the PIN on the first "
    f"line of a file named by --pin-file or {ENV_PIN_FILE} "
    "(default: $XDG_CONFIG_HOME/faqbot/staff-pin)."
)


def _xdg_dir(variable: str, fallback: str) -> Path:
    value = os.environ.get(variable, "").strip()
    return Path(value) if value else Path.home() / fallback


def default_log_path() -> Path:
    """`$FAQBOT_LOG`, else `$XDG_STATE_HOME/faqbot/kiosk.log` (`~/.local/state/...`)."""
    from_env = os.environ.get(ENV_LOG, "").strip()
    if from_env:
        return Path(from_env)
    return _xdg_dir("XDG_STATE_HOME", ".local/state") / "faqbot" / "kiosk.log"


def default_pin_file() -> Path:
    """`$FAQBOT_STAFF_PIN_FILE`, else `$XDG_CONFIG_HOME/faqbot/staff-pin` (`~/.config/...`)."""
    from_env = os.environ.get(ENV_PIN_FILE, "").strip()
    if from_env:
        return Path(from_env)
    return _xdg_dir("XDG_CONFIG_HOME", ".config") / "faqbot" / "staff-pin"


def open_staff_log(path: Path | None) -> tuple[logging.Logger, str | None]:
    """A logger writing to `path`, and a problem message if the file cannot be opened.

    An unwritable log never stops the kiosk: the logger then discards records, and the caller
    shows the problem on stderr before the UI starts.
    """
    # Not registered with logging.getLogger: each kiosk (and each test) owns its own handlers.
    logger = logging.Logger("faqbot.kiosk", logging.INFO)
    problem = None
    if path is None:
        logger.addHandler(logging.NullHandler())
        return logger, None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.FileHandler(path, encoding="utf-8")
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    except OSError as exc:
        handler = logging.NullHandler()
        problem = f"faqbot: cannot write the staff log {path}: {exc.strerror or exc}"
    logger.addHandler(handler)
    return logger, problem


def close_staff_log(logger: logging.Logger) -> None:
    for handler in list(logger.handlers):
        handler.close()
        logger.removeHandler(handler)


def read_pin(pin_file: Path | None) -> str | None:
    """The staff PIN: `$FAQBOT_STAFF_PIN`, else the first line of `pin_file`; None if neither."""
    from_env = os.environ.get(ENV_PIN, "").strip()
    if from_env:
        return from_env
    if pin_file is None:
        return None
    try:
        first = pin_file.read_text(encoding="utf-8").splitlines()[:1]
    except (OSError, UnicodeDecodeError):
        return None
    pin = first[0].strip() if first else ""
    return pin or None


@dataclass
class PinGate:
    """Checks the staff PIN in constant time and slows down repeated wrong guesses.

    After the second consecutive wrong PIN each further try must wait 1, 2, 4, ... seconds
    (at most `max_delay`); a right PIN clears the count.
    """

    pin: str | None
    clock: Callable[[], float] = time.monotonic
    max_delay: float = 300.0
    failures: int = 0
    _locked_until: float = field(default=0.0, repr=False)

    @property
    def available(self) -> bool:
        return self.pin is not None

    def wait_seconds(self) -> float:
        """How long until the next try is accepted (0 when it is accepted now)."""
        return max(0.0, self._locked_until - self.clock())

    def check(self, attempt: str) -> bool:
        """True for the right PIN. A try during the wait counts as wrong and is not compared."""
        if self.pin is None or self.wait_seconds() > 0:
            return False
        if hmac.compare_digest(attempt.encode("utf-8"), self.pin.encode("utf-8")):
            self.failures = 0
            self._locked_until = 0.0
            return True
        self.failures += 1
        if self.failures >= 2:
            delay = min(self.max_delay, 2.0 ** (self.failures - 2))
            self._locked_until = self.clock() + delay
        return False
