"""What `faqbot report` shows, computed from one or more kiosks' statistics files.

Pure aggregation: reading files is `faqbot.stats.statsdb`'s job, printing is
`faqbot.stats.reportformat`'s.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from faqbot.matching.thresholds import DEFAULT_THRESHOLDS
from faqbot.stats.grouping import group_questions
from faqbot.stats.statsdb import Snapshot

if TYPE_CHECKING:
    from faqbot.content.model import Faq

KINDS = ("answer", "clarify", "fallback", "refer", "urgent")
ALTERNATE_AT = DEFAULT_THRESHOLDS.clarify
"""A group whose closest entry scores at least this (0-100) is suggested as an alternate of it:
the engine's own bar for offering an entry in "Did you mean...?" (its coverage and precision
bars apply too, see `closest_by_engine`)."""
TOP = 10

Closest = Callable[[str], tuple[str, str | None, float]]
"""question -> (outcome now: answer/clarify/fallback/refer/urgent, best entry id or None, its
score 0-100)."""


@dataclass(frozen=True, slots=True)
class Day:
    """One day's questions, all kiosks together."""

    day: str
    counts: dict[str, int]
    """kind -> questions (every kind in KINDS present)."""

    @property
    def questions(self) -> int:
        return sum(self.counts.values())

    @property
    def fallback_rate(self) -> float:
        """Share of questions nothing matched (referrals and urgent ones are not failures)."""
        return self.counts["fallback"] / self.questions if self.questions else 0.0


@dataclass(frozen=True, slots=True)
class EntryLine:
    entry: str
    answered: int
    helpful: int
    not_helpful: int


@dataclass(frozen=True, slots=True)
class GroupLine:
    size: int
    examples: tuple[tuple[str, int], ...]
    """Stored (redacted) texts with their counts, most asked first."""
    closest: str | None
    score: float
    suggestion: str


@dataclass(frozen=True, slots=True)
class Report:
    files: tuple[str, ...]
    since: str | None
    days: tuple[Day, ...]
    total: Day
    top_answered: tuple[EntryLine, ...]
    not_helpful: tuple[EntryLine, ...]
    groups: tuple[GroupLine, ...]

    def as_dict(self) -> dict[str, Any]:
        """The `--format json` document."""

        def day(d: Day) -> dict[str, Any]:
            return {"day": d.day, "questions": d.questions, **d.counts,
                    "fallback_rate": round(d.fallback_rate, 3)}

        def entry(e: EntryLine) -> dict[str, Any]:
            return {"entry": e.entry, "answered": e.answered, "helpful": e.helpful,
                    "not_helpful": e.not_helpful}

        return {
            "files": list(self.files),
            "since": self.since,
            "days": [day(d) for d in self.days],
            "total": {k: v for k, v in day(self.total).items() if k != "day"},
            "top_answered": [entry(e) for e in self.top_answered],
            "not_helpful": [entry(e) for e in self.not_helpful],
            "unanswered_groups": [
                {"size": g.size, "examples": [{"text": t, "count": c} for t, c in g.examples],
                 "closest_entry": g.closest, "score": round(g.score, 1),
                 "suggestion": g.suggestion}
                for g in self.groups
            ],
        }


def build_report(
    snapshots: Sequence[Snapshot], since: str | None, closest: Closest | None
) -> Report:
    """Merge the files (counts add up) and work out every section of the report."""
    per_day: dict[str, Counter[str]] = defaultdict(Counter)
    answered: Counter[str] = Counter()
    votes: dict[str, Counter[bool]] = defaultdict(Counter)
    texts: Counter[str] = Counter()
    for snap in snapshots:
        for day, kind, ref, count in snap.outcomes:
            per_day[day][kind] += count
            if kind == "answer":
                answered[ref] += count
        for _, entry, helpful, count in snap.feedback:
            votes[entry][helpful] += count
        for _, _, text, count in snap.unanswered:
            texts[text] += count
    days = tuple(Day(d, {k: per_day[d][k] for k in KINDS}) for d in sorted(per_day))
    total = Day("total", {k: sum(d.counts[k] for d in days) for k in KINDS})

    def line(entry: str) -> EntryLine:
        return EntryLine(entry, answered[entry], votes[entry][True], votes[entry][False])

    top = sorted(answered, key=lambda e: (-answered[e], e))[:TOP]
    unhelpful = sorted(
        (e for e in votes if votes[e][False]), key=lambda e: (-votes[e][False], e)
    )[:TOP]
    return Report(
        files=tuple(str(s.path) for s in snapshots),
        since=since,
        days=days,
        total=total,
        top_answered=tuple(line(e) for e in top),
        not_helpful=tuple(line(e) for e in unhelpful),
        groups=tuple(_suggest(g.size, g.texts, closest) for g in group_questions(dict(texts))),
    )


_PLACEHOLDER = re.compile(r"\[(?:email|url|date|phone|number|name|word)\]")


def _suggest(
    size: int, examples: tuple[tuple[str, int], ...], closest: Closest | None
) -> GroupLine:
    if closest is None:
        return GroupLine(size, examples, None, 0.0, "closest entry unknown (no content)")
    question = " ".join(_PLACEHOLDER.sub(" ", examples[0][0]).split())
    kind, entry, score = closest(question)
    if kind == "answer" and entry:
        suggestion = f"now answered by `{entry}`: check that answer fits"
    elif kind == "urgent":
        suggestion = "caught now by an urgent rule"
    elif kind == "refer":
        suggestion = "personal advice: caught now by a refer rule"
    elif entry and score >= ALTERNATE_AT:
        suggestion = f"add as an alternate to `{entry}`?"
    else:
        suggestion = "new entry needed"
    return GroupLine(size, examples, entry, score, suggestion)


def closest_by_engine(faq: Faq) -> Closest:
    """The engine's view of a question: its kind now and its best entry, even on a fallback."""
    from faqbot.matching.engine import Engine
    from faqbot.stats.recorder import outcome_of

    engine = Engine(faq)

    def closest(question: str) -> tuple[str, str | None, float]:
        result = engine.ask(question)
        ranked = result.explanation.ranked if result.explanation is not None else ()
        best = result.entry or (ranked[0].entry if ranked else None) or (
            result.candidates[0].entry if result.candidates else None
        )
        score = ranked[0].score if ranked else result.score
        limits = engine.thresholds
        if ranked and (ranked[0].coverage < limits.clarify_coverage
                       or ranked[0].precision < limits.clarify_precision):
            score = 0.0  # the engine would not even offer it: not a plausible alternate
        engine.forget()
        return outcome_of(result)[0], best.id if best else None, float(score)

    return closest
