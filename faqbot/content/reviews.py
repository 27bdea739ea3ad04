"""An entry's `reviewed: {by: ..., on: ...}` sign-off, read from its YAML node.

Kept apart from `faqbot.content.validate` because dates are the one place where YAML 1.1's own
reading (an unquoted `2026-11-01` is a date, `2026-11-31` an error) meets the staff's intent.
"""

from __future__ import annotations

import datetime as dt
import re

from faqbot.content.model import Review
from faqbot.content.shapes import Fields, ShapeChecker, join
from faqbot.content.yamlnodes import (
    REPORTED,
    STR,
    TIMESTAMP,
    MappingNode,
    ScalarNode,
    as_date,
    kind_of,
)

REVIEW_KEYS = ("by", "on")
REVIEW_FORM = '{by: "Dr Lee", on: 2026-11-01}'
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")


def read_review(checker: ShapeChecker, entry: Fields) -> Review | bool | None:
    """The entry's sign-off: a Review, None when absent, False when reported as wrong."""
    if "reviewed" not in entry.pairs:
        return None
    value = entry.pairs["reviewed"][1]
    label = join(entry.label, "reviewed")
    if not isinstance(value, MappingNode):
        if value.tag != REPORTED:
            checker.error(value, f"{label} should look like {REVIEW_FORM}")
        return False
    fields = checker.fields(value, label, REVIEW_KEYS, REVIEW_KEYS, REVIEW_FORM)
    if fields is None:
        return False
    by = checker.text(fields, "by")
    on = _review_date(checker, fields)
    if by is None or on is None:
        return False
    return Review(by, on)


def _review_date(checker: ShapeChecker, fields: Fields) -> dt.date | None:
    """The `on:` date: a YAML date or an ISO date in quotes; a time of day is refused."""
    if "on" not in fields.pairs:
        checker.missing(fields, "on")
        return None
    node = fields.pairs["on"][1]
    if node.tag == REPORTED:
        return None
    shown = node.value.strip() if isinstance(node, ScalarNode) else kind_of(node)
    value: object = None
    try:
        if isinstance(node, ScalarNode) and node.tag == TIMESTAMP:
            value = as_date(node)
        elif isinstance(node, ScalarNode) and node.tag == STR and _ISO_DATE.match(shown):
            value = dt.date.fromisoformat(shown)
    except (ValueError, TypeError, OverflowError):
        checker.error(node, f"{fields.label}: on: {shown} is not a real date -- write it as "
                            f"year-month-day, like {REVIEW_FORM}")  # fmt: skip
        return None
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    checker.error(node, f"{fields.label}: on: '{shown}' is not a date -- write it as "
                        f"year-month-day, like {REVIEW_FORM}")  # fmt: skip
    return None
