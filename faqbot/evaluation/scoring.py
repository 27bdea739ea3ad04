"""Run content tests against the engine and measure them (`faqbot eval`).

A wrong answer is the worst outcome, so it is counted on its own; a missed urgent symptom is the
other hard failure. Everything else (a fallback where an answer was expected, a clarify) is a
miss: safe, but worth better alternates.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol

from faqbot.evaluation.cases import Case, Expect
from faqbot.matching.results import Kind, Result


class Asks(Protocol):
    """What evaluation needs from the engine."""

    def ask(self, question: str) -> Result: ...


class Verdict(StrEnum):
    """How one case went."""

    CORRECT = "correct"
    HALF = "half"
    """A clarify that offers the expected entry (counts half)."""
    WRONG = "wrong"
    """An entry's answer was shown, but not the expected one (or none was expected)."""
    MISSED_URGENT = "missed-urgent"
    """An urgent case did not get the urgent message (or got another urgent rule than named)."""
    FALSE_ALARM = "false-alarm"
    """The urgent message for a case that is not urgent: safe, but noisy."""
    MISS = "miss"
    """Not answered as expected, without showing a wrong answer (fallback, other clarify)."""


CREDIT = {Verdict.CORRECT: 1.0, Verdict.HALF: 0.5}
"""Accuracy credit per verdict; all others score 0."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """One case and what the engine did with it."""

    case: Case
    result: Result
    verdict: Verdict

    @property
    def got(self) -> str:
        """What happened, in case-file words (`how-long-it-lasts`, `refer:my-dose`, ...)."""
        r = self.result
        if r.kind is Kind.ANSWER and r.entry is not None:
            return r.entry.id
        if r.kind is Kind.CLARIFY:
            return "clarify[" + ", ".join(c.entry.id for c in r.candidates) + "]"
        if r.kind is Kind.URGENT:
            return f"urgent:{r.rule.id}" if r.rule is not None else "urgent"
        if r.referred:
            return f"refer:{r.rule.id}" if r.rule is not None else "refer"
        return "fallback"

    def as_dict(self) -> dict[str, Any]:
        where = self.case.location
        return {
            "question": self.case.question,
            "expected": self.case.label,
            "got": self.got,
            "verdict": self.verdict.value,
            "score": round(self.result.score, 1),
            "location": str(where) if where else None,
        }


def judge(case: Case, result: Result) -> Verdict:
    """The verdict for one case (see `Verdict`)."""
    kind = result.kind
    if case.expect is Expect.URGENT:
        if kind is Kind.URGENT and (case.target is None or _rule_id(result) == case.target):
            return Verdict.CORRECT
        return Verdict.MISSED_URGENT
    if kind is Kind.URGENT:
        return Verdict.FALSE_ALARM
    if kind is Kind.ANSWER:
        got = result.entry.id if result.entry is not None else None
        ok = case.expect is Expect.ANSWER and got == case.target
        return Verdict.CORRECT if ok else Verdict.WRONG
    if case.expect is Expect.ANSWER:
        offered = {c.entry.id for c in result.candidates}
        return Verdict.HALF if kind is Kind.CLARIFY and case.target in offered else Verdict.MISS
    if kind is Kind.CLARIFY:
        return Verdict.MISS
    if case.expect is Expect.FALLBACK:
        return Verdict.CORRECT
    # Expect.REFER: only a personal-advice fallback counts (and the named rule, if given).
    if result.referred and (case.target is None or _rule_id(result) == case.target):
        return Verdict.CORRECT
    return Verdict.MISS


def _rule_id(result: Result) -> str | None:
    return result.rule.id if result.rule is not None else None


@dataclass(frozen=True, slots=True)
class Report:
    """Every outcome and the figures staff look at."""

    outcomes: tuple[Outcome, ...]
    confusions: tuple[tuple[str, str, int, int], ...] = field(default=())
    """(entry a, entry b, a's questions taken by b, b's taken by a), most stolen first."""

    def _of(self, expect: Expect | None = None) -> list[Outcome]:
        return [o for o in self.outcomes if expect is None or o.case.expect is expect]

    @staticmethod
    def _rate(outcomes: list[Outcome], verdicts: Iterable[Verdict]) -> float | None:
        if not outcomes:
            return None
        wanted = set(verdicts)
        return 100.0 * sum(o.verdict in wanted for o in outcomes) / len(outcomes)

    @property
    def accuracy(self) -> float | None:
        """% of all cases handled as expected; a clarify offering the right entry counts half."""
        if not self.outcomes:
            return None
        return 100.0 * sum(CREDIT.get(o.verdict, 0.0) for o in self.outcomes) / len(self.outcomes)

    @property
    def entry_accuracy(self) -> float | None:
        """The same, over the cases that expect an entry's answer only."""
        cases = self._of(Expect.ANSWER)
        if not cases:
            return None
        return 100.0 * sum(CREDIT.get(o.verdict, 0.0) for o in cases) / len(cases)

    @property
    def answered_right(self) -> float | None:
        """% of the cases that expect an entry which were answered with it outright."""
        return self._rate(self._of(Expect.ANSWER), [Verdict.CORRECT])

    @property
    def one_tap(self) -> float | None:
        """% of the cases that expect an entry where the patient reaches it in one tap:
        answered with it, or offered it in "Did you mean...?"."""
        return self._rate(self._of(Expect.ANSWER), [Verdict.CORRECT, Verdict.HALF])

    @property
    def wrong_rate(self) -> float | None:
        """Wrong answers as a % of the cases that are not urgent (an urgent case answered with
        an entry is a missed urgent, counted there)."""
        cases = [o for o in self.outcomes if o.case.expect is not Expect.URGENT]
        if not cases:
            return None
        wrong = sum(o.result.kind is Kind.ANSWER and o.verdict is Verdict.WRONG for o in cases)
        return 100.0 * wrong / len(cases)

    @property
    def clarify_rate(self) -> float | None:
        """% of all cases that got "Did you mean...?"."""
        if not self.outcomes:
            return None
        clarified = sum(o.result.kind is Kind.CLARIFY for o in self.outcomes)
        return 100.0 * clarified / len(self.outcomes)

    @property
    def fallback_accuracy(self) -> float | None:
        return self._rate(self._of(Expect.FALLBACK), [Verdict.CORRECT])

    @property
    def refer_accuracy(self) -> float | None:
        return self._rate(self._of(Expect.REFER), [Verdict.CORRECT])

    @property
    def urgent_recall(self) -> float | None:
        return self._rate(self._of(Expect.URGENT), [Verdict.CORRECT])

    @property
    def wrong(self) -> list[Outcome]:
        """Every shown answer that was not the expected one, worst (most confident) first.

        This includes an urgent case answered with an entry, which is also a missed urgent.
        """
        found = [
            o for o in self.outcomes
            if o.result.kind is Kind.ANSWER and o.verdict is not Verdict.CORRECT
        ]
        return sorted(found, key=lambda o: (-o.result.score, o.case.question))

    def with_verdict(self, verdict: Verdict) -> list[Outcome]:
        return [o for o in self.outcomes if o.verdict is verdict]

    def counts(self) -> dict[str, int]:
        """How many cases expect each kind of outcome."""
        tally = Counter(o.case.expect.value for o in self.outcomes)
        return {e.value: tally.get(e.value, 0) for e in Expect}

    def as_dict(self) -> dict[str, Any]:
        def fig(value: float | None) -> float | None:
            return None if value is None else round(value, 1)

        return {
            "cases": len(self.outcomes),
            "by_expectation": self.counts(),
            "accuracy": fig(self.accuracy),
            "entry_accuracy": fig(self.entry_accuracy),
            "answered_right": fig(self.answered_right),
            "one_tap": fig(self.one_tap),
            "wrong_rate": fig(self.wrong_rate),
            "clarify_rate": fig(self.clarify_rate),
            "fallback_accuracy": fig(self.fallback_accuracy),
            "refer_accuracy": fig(self.refer_accuracy),
            "urgent_recall": fig(self.urgent_recall),
            "wrong": [o.as_dict() for o in self.wrong],
            "missed_urgent": [o.as_dict() for o in self.with_verdict(Verdict.MISSED_URGENT)],
            "false_alarms": [o.as_dict() for o in self.with_verdict(Verdict.FALSE_ALARM)],
            "misses": [
                o.as_dict() for o in self.outcomes if o.verdict in (Verdict.MISS, Verdict.HALF)
            ],
            "confusions": [
                {"a": a, "b": b, "a_to_b": ab, "b_to_a": ba} for a, b, ab, ba in self.confusions
            ],
        }


def confusions(outcomes: Iterable[Outcome]) -> tuple[tuple[str, str, int, int], ...]:
    """Entry pairs that take each other's questions.

    A question expecting entry A is "taken" by B when B's answer is shown, or when B heads a
    clarify list that does not offer A. Pairs are unordered and sorted by total count.
    """
    stolen: Counter[tuple[str, str]] = Counter()
    for o in outcomes:
        if o.case.expect is not Expect.ANSWER or o.case.target is None:
            continue
        r = o.result
        thief: str | None = None
        if r.kind is Kind.ANSWER and r.entry is not None and r.entry.id != o.case.target:
            thief = r.entry.id
        elif r.kind is Kind.CLARIFY and r.candidates and o.verdict is Verdict.MISS:
            thief = r.candidates[0].entry.id
        if thief is not None:
            stolen[(o.case.target, thief)] += 1
    pairs: dict[tuple[str, str], tuple[int, int]] = {}
    for (a, b), n in stolen.items():
        key = (a, b) if a < b else (b, a)
        ab, ba = pairs.get(key, (0, 0))
        pairs[key] = (ab + n, ba) if key == (a, b) else (ab, ba + n)
    rows = [(a, b, ab, ba) for (a, b), (ab, ba) in pairs.items()]
    return tuple(sorted(rows, key=lambda row: (-(row[2] + row[3]), row[0], row[1])))


def evaluate(engine: Asks, cases: Iterable[Case]) -> Report:
    """Ask every case's question in order and judge the results."""
    outcomes = []
    for case in cases:
        result = engine.ask(case.question)
        outcomes.append(Outcome(case, result, judge(case, result)))
    return Report(tuple(outcomes), confusions(outcomes))


@dataclass(frozen=True, slots=True)
class Bars:
    """The thresholds a content file must meet; defaults are the project's bars."""

    max_wrong: int = 0
    min_urgent_recall: float = 100.0
    min_accuracy: float = 90.0


def failures(report: Report, bars: Bars) -> list[str]:
    """One line per bar the report does not meet; empty when it passes."""
    found: list[str] = []
    if len(report.wrong) > bars.max_wrong:
        found.append(f"{len(report.wrong)} wrong answer(s); at most {bars.max_wrong} allowed")
    recall = report.urgent_recall
    if recall is not None and recall < bars.min_urgent_recall:
        found.append(f"urgent recall {recall:.1f}% is below {bars.min_urgent_recall:g}%")
    accuracy = report.accuracy
    if accuracy is not None and accuracy < bars.min_accuracy:
        found.append(f"accuracy {accuracy:.1f}% is below {bars.min_accuracy:g}%")
    return found
