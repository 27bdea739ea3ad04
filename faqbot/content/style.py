"""Plain-language style warnings for `faqbot check`: the content brief's style guide, checked.

Patients read answers on a kiosk, many after a stroke or with poor sight, so answers must be
easy (Flesch-Kincaid grade 8 or below, measured with `textstat`), short, honest (no promised
outcomes), and send anything personal to the care team. These are warnings, not errors: a
clinician may accept a hard word the formula dislikes.
"""

from __future__ import annotations

import re

from faqbot.content.model import Entry, Faq, Location, Rule
from faqbot.content.problems import Problem, Severity

MAX_GRADE = 8.0
"""Highest Flesch-Kincaid grade an answer may read at (style guide: grade 6 to 8)."""
MAX_WORDS = 120
"""Longest answer, in words (style guide: about 80; 120 is where it stops fitting a screen)."""

PROMISES = re.compile(
    r"\b(?:cur(?:e|es|ed|ing)|guarantee[sd]?|painless|game[- ]?changer|miracle|risk[- ]free"
    r"|will (?:fix|cure)|(?:completely|totally|perfectly) safe|permanent(?:ly)?)\b|\b100\s?%",
    re.IGNORECASE,
)
"""Words that promise an outcome (the seed article's marketing words)."""
NEGATION = re.compile(r"\b(?:no|not|never|nor|without|cannot)\b|n't\b", re.IGNORECASE)
"""A promise word just after one of these is honest ("there is no cure"), not a promise."""
NEGATION_WINDOW = 4
"""How many words before a promise word a negation may stand."""

FIRST_PERSON = re.compile(r"\b(?:i|i'm|im|my|me)\b", re.IGNORECASE)
PERSONAL_TOPICS = re.compile(
    r"\b(?:doses?|units?|pregnan\w*|breast\s?feed\w*|medicines?|medications?|tablets|pills"
    r"|blood thinners?|anticoagulants?|warfarin|antibiotics?|right for me|safe for me"
    r"|ok for me|my condition|my symptoms?)\b",
    re.IGNORECASE,
)
"""In a first-person question, these make it a personal decision."""
PERSONAL_ANSWER = re.compile(
    r"\b(?:your (?:own )?doses?|right for you|whether you|pregnan\w*|breast\s?feed\w*)\b",
    re.IGNORECASE,
)
"""In an answer, these show it touches a personal decision."""
CARE_TEAM = re.compile(r"\bcare team\b", re.IGNORECASE)

SERIOUS = re.compile(r"\b(?:serious|life[- ]threatening|spread\w* away|boxed warning)\b", re.I)
GET_HELP = re.compile(r"\bright (?:away|now)\b", re.IGNORECASE)


def style_problems(faq: Faq) -> list[Problem]:
    """Every style warning for the entries' answers and the rules' answers, in file order."""
    problems: list[Problem] = []
    for entry in faq.faqs:
        where = entry.location or Location(faq.source, 1, 1)
        what = f"entry {entry.id!r}"
        problems += _text_problems(entry.answer, what, where)
        problems += _entry_problems(entry, what, where)
    for kind, rules in (("urgent", faq.urgent), ("refer", faq.refer)):
        for rule in rules:
            problems += _rule_problems(rule, f"{kind} rule {rule.id!r}", faq.source)
    return problems


def reading_grade(text: str) -> float:
    """Flesch-Kincaid grade of `text` (textstat; offline, using its bundled CMU dictionary)."""
    import textstat

    return float(textstat.flesch_kincaid_grade(text))


def promise_words(text: str) -> list[str]:
    """Promise words in `text` that are not negated ("no cure" is honest, "a cure" is not)."""
    found = []
    for match in PROMISES.finditer(text):
        before = text[: match.start()].split()[-NEGATION_WINDOW:]
        if not NEGATION.search(" ".join(before)):
            found.append(match.group(0))
    return found


def looks_personal(entry: Entry) -> bool:
    """A first-person question about doses, medicines, pregnancy..., or an answer about them."""
    asked = FIRST_PERSON.search(entry.question) and PERSONAL_TOPICS.search(entry.question)
    return bool(asked or PERSONAL_ANSWER.search(entry.answer))


def _text_problems(text: str, what: str, where: Location) -> list[Problem]:
    found: list[Problem] = []
    grade = reading_grade(text)
    if grade > MAX_GRADE:
        found.append(_warn(where, f"{what}: answer reads at grade {grade:.1f} (Flesch-Kincaid); "
                                  f"aim for {MAX_GRADE:g} or below: shorter sentences, "
                                  "everyday words"))
    words = len(text.split())
    if words > MAX_WORDS:
        found.append(_warn(where, f"{what}: answer has {words} words; keep it under {MAX_WORDS} "
                                  "(2 to 5 short sentences, main point first)"))
    promises = promise_words(text)
    if promises:
        listed = ", ".join(repr(p) for p in dict.fromkeys(promises))
        found.append(_warn(where, f"{what}: answer promises an outcome ({listed}); use 'can', "
                                  "'may' or 'many people' and say that results vary"))
    return found


def _entry_problems(entry: Entry, what: str, where: Location) -> list[Problem]:
    found: list[Problem] = []
    if looks_personal(entry) and not CARE_TEAM.search(entry.answer):
        found.append(_warn(where, f"{what}: looks like a personal question but the answer does "
                                  "not send the patient on; end it with 'Talk to your care team.'"))
    if SERIOUS.search(entry.answer) and not GET_HELP.search(entry.answer):
        found.append(_warn(where, f"{what}: answer mentions serious side effects without saying "
                                  "to get help; add 'get medical help right away if ...'"))
    return found


def _rule_problems(rule: Rule, what: str, source: str) -> list[Problem]:
    return _text_problems(rule.answer, what, rule.location or Location(source, 1, 1))


def _warn(where: Location, message: str) -> Problem:
    return Problem(where.path, where.line, where.column, message, Severity.WARNING)
