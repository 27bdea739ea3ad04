"""The package's layers, checked by import-linter with the contracts in pyproject.toml.

A wrong import (the engine importing Textual, the kiosk reading YAML, content importing the
engine, two modules importing each other) fails here with import-linter's report, which names
the chain of imports that breaks the contract.
"""

from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAYERS = ("faqbot.content", "faqbot.matching", "faqbot.evaluation", "faqbot.stats", "faqbot.kiosk",
          "faqbot.web", "faqbot.commands")  # fmt: skip


def test_import_contracts_are_kept() -> None:
    lint_imports = Path(sys.executable).with_name("lint-imports")
    done = subprocess.run(
        [str(lint_imports), "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout + done.stderr
    assert "0 broken" in done.stdout


def test_every_subpackage_is_in_the_layers_contract() -> None:
    """A new subpackage must be placed in a layer, or the contracts would not cover it."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]
    layers_contract = next(c for c in config["contracts"] if c["type"] == "layers")
    named = {name.strip() for layer in layers_contract["layers"] for name in layer.split("|")}
    packages = {
        f"faqbot.{path.parent.name}" for path in (ROOT / "faqbot").glob("*/__init__.py")
    }
    assert packages == set(LAYERS)
    assert packages <= named, sorted(packages - named)


def test_the_top_level_holds_only_the_entry_points() -> None:
    modules = sorted(path.name for path in (ROOT / "faqbot").glob("*.py"))
    assert modules == ["__init__.py", "__main__.py", "cli.py"]


def test_the_readme_layout_table_names_every_module() -> None:
    """README, "How the code is laid out": each folder's row lists each of its modules, so
    the table keeps matching the tree."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = {
        folder: line
        for line in readme.splitlines()
        if line.startswith("| `faqbot/")
        for folder in re.findall(r"`faqbot/(\w+)/`", line.split(" | ")[0])
    }
    missing = [
        f"{path.parent.name}/{path.name}"
        for path in sorted((ROOT / "faqbot").glob("*/*.py"))
        if path.name != "__init__.py"
        and f"`{path.name}`" not in rows.get(path.parent.name, "")
    ]
    assert missing == []
