"""Content-test cases (`faqbot eval CASES`): loaded from YAML or JSONL with file:line messages.

A case is a patient-style question and the outcome the kiosk must give. YAML files are a list of
mappings (`- {q: "how long does it last", expect: how-long-it-lasts}`); JSONL files have one
object per line with `q` and `expect`, or `q` and `id` (the benchmark format: `id: null` means
the question must fall back). Like the content loader, this module reads YAML with safe loading
only and reports every problem at once, so staff fix the whole file in one pass.
"""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from faqbot.content.model import Faq, Location
from faqbot.content.problems import ContentError, Problem
from faqbot.content.yamlnodes import STR, MappingNode, Node, ScalarNode, SequenceNode, compose

MAX_BYTES = 20 * 1024 * 1024
"""Refuse case files above this size: no real test file comes near it."""

CASE_KEYS = ("q", "expect", "note")
"""The keys a YAML case may have (`q` and `expect` are required)."""


class Expect(StrEnum):
    """What a case expects; the values are the words used in case files."""

    ANSWER = "answer"
    """A named entry (`expect: how-long-it-lasts`)."""
    FALLBACK = "fallback"
    """No answer: out of scope, logistics, near misses (a refer also counts)."""
    REFER = "refer"
    """Personal advice: a refer rule or the engine's own personal-advice cue."""
    URGENT = "urgent"
    """The urgent message."""


@dataclass(frozen=True, slots=True)
class Case:
    """One content test."""

    question: str
    expect: Expect
    target: str | None = None
    """The entry id (ANSWER), or the one rule id that must fire (`refer:ID`, `urgent:ID`)."""
    note: str | None = None
    location: Location | None = None

    @property
    def label(self) -> str:
        """The expectation as written in a case file (`how-long-it-lasts`, `urgent:self-harm`)."""
        if self.expect is Expect.ANSWER:
            return str(self.target)
        return f"{self.expect.value}:{self.target}" if self.target else self.expect.value


def parse_expect(text: str) -> tuple[Expect, str | None] | None:
    """`how-long-it-lasts` / `fallback` / `refer[:ID]` / `urgent[:ID]`; None if malformed."""
    value = text.strip()
    if not value or any(ch.isspace() for ch in value):
        return None
    kind, sep, rule = value.partition(":")
    if kind in (Expect.REFER, Expect.URGENT):
        if sep and not rule:
            return None
        return Expect(kind), rule or None
    if sep:
        return None
    if value == Expect.FALLBACK:
        return Expect.FALLBACK, None
    return Expect.ANSWER, value


_EXPECT_HELP = "write an entry id, 'fallback', 'refer', 'refer:RULE', 'urgent' or 'urgent:RULE'"


def load_cases(path: str | Path) -> list[Case]:
    """Read a case file (`.jsonl`/`.json` as JSON lines, anything else as YAML).

    Raises `ContentError` carrying every problem found, each with file:line:col.
    """
    source = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        reason = exc.strerror or str(exc)
        problem = Problem(source, 1, 1, f"cannot read the case file: {reason}")
        raise ContentError([problem]) from None
    if len(data) > MAX_BYTES:
        raise ContentError(
            [Problem(source, 1, 1, f"case file is over {MAX_BYTES // (1024 * 1024)} MB; split it")]
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ContentError(
            [Problem(source, line, 1, "this line is not valid UTF-8; save the file as UTF-8")]
        ) from None
    if Path(path).suffix.lower() in (".jsonl", ".json"):
        return parse_jsonl(text, source)
    return parse_yaml(text, source)


def parse_jsonl(text: str, source: str) -> list[Case]:
    """One JSON object per line; blank lines are skipped."""
    cases: list[Case] = []
    problems: list[Problem] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(Problem(source, number, exc.colno, f"invalid JSON: {exc.msg}"))
            continue
        where = Location(source, number, 1)
        if not isinstance(obj, dict):
            problems.append(
                _at(where, 'each line must be a JSON object like {"q": ..., "expect": ...}')
            )
            continue
        unknown = sorted(set(obj) - {"q", "expect", "note", "id"})
        for key in unknown:
            hint = _did_you_mean(key, (*CASE_KEYS, "id"))
            problems.append(_at(where, f"unknown key {key!r}{hint}"))
        question = obj.get("q")
        if not isinstance(question, str) or not question.strip():
            problems.append(_at(where, '"q" must be the question as text'))
            continue
        if "expect" in obj:
            raw = obj["expect"]
        elif "id" in obj:
            raw = Expect.FALLBACK.value if obj["id"] is None else obj["id"]
        else:
            problems.append(_at(where, 'missing "expect"; ' + _EXPECT_HELP))
            continue
        parsed = parse_expect(raw) if isinstance(raw, str) else None
        if parsed is None:
            problems.append(_at(where, f'"expect" is {raw!r}; {_EXPECT_HELP}'))
            continue
        note = obj.get("note")
        note = note if isinstance(note, str) else None
        cases.append(Case(question, *parsed, note=note, location=where))
    if problems:
        raise ContentError(problems)
    return cases


def parse_yaml(text: str, source: str) -> list[Case]:
    """A YAML list of `{q, expect, note?}` mappings; positions come from the YAML nodes."""
    # The content file's reader: nesting limit, no anchors or tags, bad characters located.
    composed = compose(text.removeprefix("\ufeff"))
    problems = [Problem(source, f.line, f.column, f.message) for f in composed.findings]
    if problems:
        raise ContentError(problems)
    root = composed.root
    if root is None:
        raise ContentError([Problem(source, 1, 1, "the case file is empty; add cases like "
                                    '- {q: "how long does it last", expect: how-long-it-lasts}')])
    if not isinstance(root, SequenceNode):
        raise ContentError([_at(_loc(source, root), "the case file must be a list of cases, "
                                'each like - {q: "...", expect: ENTRY-ID}')])
    cases: list[Case] = []
    for item in root.value:
        case = _yaml_case(item, source, problems)
        if case is not None:
            cases.append(case)
    if problems:
        raise ContentError(problems)
    return cases


def _yaml_case(node: Node, source: str, problems: list[Problem]) -> Case | None:
    where = _loc(source, node)
    if not isinstance(node, MappingNode):
        problems.append(_at(where, 'each case must be a mapping like {q: "...", expect: ENTRY-ID}'))
        return None
    fields: dict[str, str] = {}
    ok = True
    for key_node, value_node in node.value:
        key = key_node.value if isinstance(key_node, ScalarNode) else "?"
        if key in fields:
            problems.append(_at(_loc(source, key_node), f"{key!r} appears twice in this case"))
            ok = False
            continue
        if key not in CASE_KEYS:
            problems.append(_at(_loc(source, key_node),
                                f"unknown key {key!r}{_did_you_mean(key, CASE_KEYS)}"))
            ok = False
            continue
        text = _scalar_text(value_node)
        if text is None:
            message = f"{key!r} must be text; put it in quotes"
            problems.append(_at(_loc(source, value_node), message))
            ok = False
            continue
        fields[key] = text
    for key in ("q", "expect"):
        if key not in fields and ok:
            problems.append(_at(where, f"this case has no {key!r}"))
            ok = False
    if not ok:
        return None
    if not fields["q"].strip():
        problems.append(_at(where, "'q' is empty; write the question as a patient would type it"))
        return None
    parsed = parse_expect(fields["expect"])
    if parsed is None:
        problems.append(_at(where, f"'expect' is {fields['expect']!r}; {_EXPECT_HELP}"))
        return None
    return Case(fields["q"], *parsed, note=fields.get("note"), location=where)


def _scalar_text(node: Node) -> str | None:
    """The scalar's text if YAML would read it as a string; None for lists, numbers, yes/no..."""
    if not isinstance(node, ScalarNode):
        return None
    if node.tag != STR:
        return None  # `q: no` is a bool, `q: 10:30` an int: the author must quote it
    return str(node.value)


def check_cases(cases: list[Case], faq: Faq) -> list[Problem]:
    """Problems with cases that name an entry or rule the content does not have."""
    entry_ids = [e.id for e in faq.faqs]
    rule_ids = {Expect.REFER: [r.id for r in faq.refer], Expect.URGENT: [r.id for r in faq.urgent]}
    problems: list[Problem] = []
    for case in cases:
        where = case.location or Location(faq.source, 1, 1)
        if case.expect is Expect.ANSWER and case.target not in entry_ids:
            problems.append(_at(where, f"no entry has id {case.target!r} in {faq.source}"
                                f"{_did_you_mean(str(case.target), entry_ids)}"))
        elif case.expect in rule_ids and case.target and case.target not in rule_ids[case.expect]:
            known = rule_ids[case.expect]
            problems.append(_at(where, f"no {case.expect.value} rule has id {case.target!r}"
                                f"{_did_you_mean(case.target, known)}"))
    return problems


def _loc(source: str, node: Node) -> Location:
    return Location(source, node.start_mark.line + 1, node.start_mark.column + 1)


def _at(where: Location, message: str) -> Problem:
    return Problem(where.path, where.line, where.column, message)


def _did_you_mean(word: str, choices: tuple[str, ...] | list[str]) -> str:
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"; did you mean {close[0]!r}?" if close else ""
