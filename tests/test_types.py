"""The package type-checks: mypy, strict, as configured in pyproject.toml's [tool.mypy].

Runs `python -m mypy` from the repository root, exactly what a developer types, so the files,
strictness and per-module settings come from the project's own configuration. mypy keeps its
cache in `.mypy_cache/`: the first run takes a few seconds, later ones well under one.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_the_package_type_checks() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "mypy"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if done.returncode != 0:
        output = (done.stdout + done.stderr).strip()
        pytest.fail(f"mypy exited with {done.returncode}:\n{output}", pytrace=False)
