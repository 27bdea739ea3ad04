"""A content file on disk for the tests that watch one change: the fixture copied, and new
text written with a chosen modification time (a stamp the kiosk's watcher sees as a change)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

FIXTURE = Path(__file__).parent / "data" / "faq.yaml"


def copy_of_fixture(tmp_path: Path) -> Path:
    path = tmp_path / "faq.yaml"
    shutil.copy(FIXTURE, path)
    return path


def write(path: Path, text: str, stamp: int) -> None:
    """Written beside it with its stamp, then moved into place: the watcher never sees the new
    text under the time of writing first (with no settle time, a loaded machine judged that
    in-between file too, and logged one refusal twice)."""
    beside = path.with_name(path.name + ".new")
    beside.write_text(text, encoding="utf-8")
    os.utime(beside, ns=(stamp, stamp))
    os.replace(beside, path)
