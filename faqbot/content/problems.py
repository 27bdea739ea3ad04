"""Problems found in a content file, phrased for the clinic staff who fix them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    """One finding: where it is, what is wrong, and how to fix it (all in `message`)."""

    path: str
    line: int
    column: int
    message: str
    severity: Severity = Severity.ERROR

    def __str__(self) -> str:
        prefix = "" if self.severity is Severity.ERROR else "warning: "
        return f"{self.path}:{self.line}:{self.column}: {prefix}{self.message}"


class ContentError(Exception):
    """A content file cannot be used. Carries every error found, so staff fix them in one pass."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))
