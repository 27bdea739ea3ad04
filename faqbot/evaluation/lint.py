"""Warnings about a valid content file: things that load fine but would let patients down.

Errors (the file cannot be used) come from `faqbot.content.loader`; these are warnings, so the kiosk
still runs, and `faqbot check --strict` turns them into a failing exit status for CI.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from faqbot.content.model import Entry, Faq, Location
from faqbot.content.problems import Problem, Severity
from faqbot.content.style import style_problems
from faqbot.matching import normalize
from faqbot.matching.engine import Engine
from faqbot.matching.results import Kind, Result
from faqbot.matching.triggers import FILLERS


def _warn(where: Location | None, faq: Faq, message: str) -> Problem:
    if where is None:
        return Problem(faq.source, 1, 1, message, Severity.WARNING)
    return Problem(where.path, where.line, where.column, message, Severity.WARNING)


def _phrasing_location(entry: Entry, index: int) -> Location | None:
    if index < len(entry.phrasing_locations):
        return entry.phrasing_locations[index]
    return entry.location


def duplicate_phrasings(faq: Faq) -> list[Problem]:
    """The same phrasing (ignoring case, punctuation and word forms) under two ids."""
    seen: dict[str, str] = {}
    problems: list[Problem] = []
    for entry in faq.faqs:
        for index, text in enumerate(entry.phrasings):
            key = " ".join(normalize.tokens(text))
            owner = seen.setdefault(key, entry.id)
            if owner != entry.id:
                problems.append(_warn(
                    _phrasing_location(entry, index), faq,
                    f"faq '{entry.id}': {text!r} is also a phrasing of '{owner}'; "
                    f"keep it under one entry only",
                ))
    return problems


def unreachable_phrasings(
    faq: Faq, engine: Engine, *, budget: float | None = None
) -> list[Problem]:
    """Phrasings that the engine answers with another entry, or that set off a rule.

    This asks the engine every phrasing, and each question costs more the more entries there
    are: the one part of `check` that grows with the square of the file. With a `budget` (in
    seconds) it stops when the budget is spent and says how many phrasings it left unchecked."""
    problems: list[Problem] = []
    total = sum(len(entry.phrasings) for entry in faq.faqs)
    deadline = None if budget is None else time.monotonic() + budget
    done = 0
    for entry in faq.faqs:
        for index, text in enumerate(entry.phrasings):
            if deadline is not None and time.monotonic() > deadline:
                problems.append(_warn(None, faq, (
                    f"only {done} of {total} phrasings were checked for being answered by "
                    f"their own entry (the file is very large; stopped after {budget:g} s); "
                    "run `faqbot check --full` to check them all")))
                return problems
            done += 1
            result = engine.ask(text)
            if result.otherwise is not None:
                result = result.otherwise  # "Is this happening now?" -- "No" shows the answer
            where = _phrasing_location(entry, index)
            if result.kind is Kind.URGENT or result.referred:
                kind = "urgent" if result.kind is Kind.URGENT else "refer"
                rule = f" '{result.rule.id}'" if result.rule else " (built-in personal-advice cue)"
                problems.append(_warn(where, faq, (
                    f"faq '{entry.id}': {text!r} sets off the {kind} rule{rule}, so patients "
                    f"asking it never see this answer; reword it or the rule's triggers")))
            elif result.kind is Kind.ANSWER and result.entry and result.entry.id != entry.id:
                problems.append(_warn(where, faq, (
                    f"faq '{entry.id}': {text!r} is answered by '{result.entry.id}' instead "
                    f"(score {result.score:.0f}); make it more specific or move it there")))
            elif result.kind is not Kind.ANSWER and (other := _best_other(result, entry)):
                problems.append(_warn(where, faq, (
                    f"faq '{entry.id}': {text!r} matches '{other}' better than its own entry, "
                    f"so it is never answered; make it more specific or move it there")))
    return problems


def _best_other(result: Result, entry: Entry) -> str | None:
    """The id of another entry ranked above `entry` for this result, if any."""
    ranked = result.explanation.ranked if result.explanation else ()
    if ranked and ranked[0].entry.id != entry.id:
        return ranked[0].entry.id
    return None


def vague_triggers(faq: Faq) -> list[Problem]:
    """Triggers made only of small common words ("the", "how") fire on almost any question."""
    problems: list[Problem] = []
    for section, rules in (("urgent", faq.urgent), ("refer", faq.refer)):
        for rule in rules:
            for text in rule.triggers:
                words = normalize.words(text)
                if words and all(w in normalize.STOPWORDS or w in FILLERS for w in words):
                    problems.append(_warn(rule.location, faq, (
                        f"{section} '{rule.id}': trigger {text!r} is only small common words, so "
                        f"it fires on almost any question; use the words of the symptom or "
                        f"question")))
    return problems


LONG_TRIGGER_WORDS = 4
"""A trigger of this many words or more (small words aside) is brittle: every one of them must
be typed, close together."""


def brittle_urgent_rules(faq: Faq) -> list[Problem]:
    """Urgent rules whose triggers are all long: patients describe a symptom in their own
    words, and a rule that needs four particular words in one question misses most of them."""
    problems: list[Problem] = []
    for rule in faq.urgent:
        lengths = [
            len([w for w in normalize.words(text) if w not in FILLERS]) for text in rule.triggers
        ]
        if lengths and min(lengths) >= LONG_TRIGGER_WORDS:
            problems.append(_warn(rule.location, faq, (
                f"urgent '{rule.id}': every trigger has {LONG_TRIGGER_WORDS} words or more, and "
                f"a long trigger is brittle (all its words must be typed); add short ones, the "
                f"symptom's own word or two (\"choking\", \"can't swallow\")")))
    return problems


def vague_urgent_check_words(faq: Faq) -> list[Problem]:
    """`urgent_check` words that are small common words: "the" as a body word would put
    "Is this happening now?" before almost every answer."""
    problems: list[Problem] = []
    added = faq.urgent_check
    for key, words in (("body", added.body), ("problem", added.problem),
                       ("self_harm", added.self_harm)):  # fmt: skip
        for text in words:
            found = normalize.words(text)
            if found and all(w in normalize.STOPWORDS or w in FILLERS for w in found):
                problems.append(_warn(added.location, faq, (
                    f"urgent_check.{key}: {text!r} is only small common words, so the urgent "
                    f"check would interrupt almost every question; use the words of the "
                    f"symptom")))
    return problems


def missing_metadata(faq: Faq) -> list[Problem]:
    """Entries without sources or without a clinician's review."""
    problems: list[Problem] = []
    for entry in faq.faqs:
        if not entry.sources:
            problems.append(_warn(entry.location, faq, (
                f"faq '{entry.id}': no sources; add `sources: [...]` so reviewers can check it")))
        if entry.reviewed is None:
            problems.append(_warn(entry.location, faq, (
                f"faq '{entry.id}': not reviewed yet; a clinician adds "
                f"`reviewed: {{by: \"...\", on: YYYY-MM-DD}}` after checking it")))
    if not faq.urgent:
        problems.append(_warn(None, faq, (
            "no `urgent` rules: urgent symptoms (trouble breathing or swallowing...) will not be "
            "caught; add them before using this file on a kiosk")))
    return problems


def lint(
    faq: Faq, engine: Engine | None = None, *, budget: float | None = None
) -> list[Problem]:
    """All warnings for a valid file, in file order (`budget`: see `unreachable_phrasings`)."""
    engine = engine or Engine(faq)
    checks: list[Callable[[], list[Problem]]] = [
        lambda: duplicate_phrasings(faq),
        lambda: unreachable_phrasings(faq, engine, budget=budget),
        lambda: missing_metadata(faq),
        lambda: vague_triggers(faq),
        lambda: brittle_urgent_rules(faq),
        lambda: vague_urgent_check_words(faq),
        lambda: style_problems(faq),
    ]
    problems = [problem for check in checks for problem in check()]
    return sorted(problems, key=lambda p: (p.path, p.line, p.column))

