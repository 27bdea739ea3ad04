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
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(stamp, stamp))
