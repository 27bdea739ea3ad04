"""Name the packages whose newest allowed version differs from the lock (for .ci/run).

    python .ci/upstream_changes.py requirements-test.lock FREEZE.txt

FREEZE.txt is `pip freeze` of the venv installed with the newest allowed versions.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path


def pins(text: str) -> dict[str, str]:
    """`name==version` lines (the lock's or pip freeze's), names normalised as PyPI does."""
    found: dict[str, str] = {}
    for line in text.splitlines():
        match = re.match(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)", line.strip())
        if match:
            found[re.sub(r"[-_.]+", "-", match[1]).lower()] = match[2]
    return found


def main() -> int:
    locked = pins(Path(sys.argv[1]).read_text(encoding="utf-8"))
    newest = pins(Path(sys.argv[2]).read_text(encoding="utf-8"))
    changed = [(name, locked[name], version) for name, version in sorted(newest.items())
               if name in locked and locked[name] != version]
    added = [(name, version) for name, version in sorted(newest.items()) if name not in locked]
    for name, old, new in changed:
        print(f"  {name}: locked {old} -> newest {new}")
    for name, new in added:
        print(f"  {name}: not in the lock, newest {new}")
    if not changed and not added:
        print("  (no version differs from the lock: the failure is not an upstream change)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
