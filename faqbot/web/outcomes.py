"""What the web page shows for each outcome: the one place that maps a `Result.kind` to its
template. A kind this module does not know (the engine may grow new ones) is shown as the
fallback, with the content's own fallback text: the safe thing to say when unsure."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final

from faqbot.content.model import Entry, Faq, Rule, Topic
from faqbot.matching.results import Result

KIND_TEMPLATES: Final[dict[str, str]] = {
    "answer": "kinds/answer.html",
    "clarify": "kinds/clarify.html",
    "fallback": "kinds/fallback.html",
    "urgent": "kinds/urgent.html",
    "check": "kinds/check.html",
}
"""Result.kind value (or "check" for the urgent check) -> its template; one per kind."""
FALLBACK_TEMPLATE: Final = KIND_TEMPLATES["fallback"]
COMMON_QUESTIONS: Final = 4
CLOSE_QUESTIONS: Final = 3
RELATED_QUESTIONS: Final = 3

_PHONE = re.compile(r"\+?\d[\d ()-]{1,18}\d")


@dataclass(frozen=True, slots=True)
class Outcome:
    """One result as the page shows it."""

    template: str
    result: Result
    text: str
    """What to show word for word: the result's text, or the fallback for an unknown kind."""
    known: bool


def outcome_of(result: Result, faq: Faq) -> Outcome:
    """The template and text for a result; an unknown kind becomes the plain fallback."""
    template = KIND_TEMPLATES.get(kind_of(result))
    if template is None:
        return Outcome(FALLBACK_TEMPLATE, result, faq.fallback, known=False)
    return Outcome(template, result, result.text, known=True)


def kind_of(result: Result) -> str:
    """The page kind: the result's kind, or "check" for "Is this happening now?" (an urgent
    result that asks before it alarms; `Result.is_check`)."""
    return "check" if result.is_check else str(result.kind)


@dataclass(frozen=True, slots=True)
class Piece:
    """Part of a text: plain, or a phone number to link as `tel:` (tap to call)."""

    text: str
    tel: str | None = None


def phone_pieces(text: str) -> tuple[Piece, ...]:
    """The text, word for word, with each phone number (3 or more digits: "999", "911",
    "0800 123 4567") marked for a tap-to-call link. Joining the pieces gives the text back."""
    pieces: list[Piece] = []
    at = 0
    for match in _PHONE.finditer(text):
        number = match.group().strip()
        digits = re.sub(r"[^\d+]", "", number)
        if len(digits.lstrip("+")) < 3:
            continue
        pieces.append(Piece(text[at : match.start()]))
        pieces.append(Piece(match.group(), "tel:" + digits))
        at = match.end()
    pieces.append(Piece(text[at:]))
    return tuple(piece for piece in pieces if piece.text)


def address_of(result: Result) -> str:
    """A GET address that shows this outcome again without the patient's words, for the
    browser's history (suggest.js puts it in place of the POST): Back to it then shows the
    same page, never "Confirm Form Resubmission", and the question stays out of the URL."""
    kind = str(result.kind)
    if kind == "answer" and result.entry is not None:
        return f"/a/{result.entry.id}"
    if kind == "clarify" and result.candidates:
        return "/clarify/" + "/".join(c.entry.id for c in result.candidates)
    if kind == "urgent" and result.is_check:
        return "/"  # the check needs the question to go on, which an address must not hold
    if kind == "urgent" and result.rule is not None:
        return f"/urgent/{result.rule.id}"
    if kind == "fallback" and result.referred and result.rule is not None:
        return f"/refer/{result.rule.id}"
    return "/none"


def common_questions(faq: Faq) -> tuple[Entry, ...]:
    """A few questions to pick without typing: each topic's first entry, else the first ones
    (the kiosk's start screen does the same)."""
    firsts = [faq.topic_entries(topic.id)[:1] for topic in faq.topics]
    picked = tuple(entries[0] for entries in firsts if entries)
    return (picked or faq.faqs)[:COMMON_QUESTIONS]


def find_topic(faq: Faq, topic_id: str) -> Topic | None:
    return next((t for t in faq.topics if t.id == topic_id), None)


def find_rule(rules: tuple[Rule, ...], rule_id: str) -> Rule | None:
    return next((r for r in rules if r.id == rule_id), None)


def find_entry(faq: Faq, entry_id: str) -> Entry | None:
    return next((e for e in faq.faqs if e.id == entry_id), None)
