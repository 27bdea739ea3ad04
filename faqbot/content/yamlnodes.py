"""YAML text -> a tree of PyYAML nodes with positions, and plain-words messages about YAML itself.

Why events instead of `yaml.compose`: libyaml's composer recurses in C and crashes the whole
interpreter on deeply nested input (`"[" * 100000`, measured), and a composed tree no longer shows
where an alias was written. Building the nodes from the (iterative) event parser costs the same
time, never recurses, and lets us refuse anchors and aliases at the place they are written.
Only the safe loaders are used; no Python object is ever constructed from a tag.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Protocol

import yaml
from yaml.constructor import SafeConstructor
from yaml.events import (
    AliasEvent,
    DocumentStartEvent,
    Event,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
)

# Re-exported: the rest of faqbot takes its node types from here.
from yaml.nodes import CollectionNode as CollectionNode
from yaml.nodes import MappingNode as MappingNode
from yaml.nodes import Node as Node
from yaml.nodes import ScalarNode as ScalarNode
from yaml.nodes import SequenceNode as SequenceNode
from yaml.resolver import Resolver

# PyYAML built without libyaml: same results with its Python loader, about 15x slower.
_Loader: type[yaml.CSafeLoader | yaml.SafeLoader] = (
    yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader
)

_Y = "tag:yaml.org,2002:"
STR, NULL, BOOL, INT, FLOAT, TIMESTAMP = (
    _Y + name for name in ("str", "null", "bool", "int", "float", "timestamp")
)
SEQ, MAP = _Y + "seq", _Y + "map"
REPORTED = "!faqbot/reported"
"""Tag of a node already reported here (an alias, an unsupported tag); later checks skip it."""
ALLOWED_TAGS = frozenset({STR, NULL, BOOL, INT, FLOAT, TIMESTAMP, SEQ, MAP})
"""Explicit tags we accept (`!!str 10:30` is a fine way to keep text); no other tag is needed."""

ANCHOR_MESSAGE = (
    "anchors (&) and aliases (*) are not supported -- write the text out in full each time"
)

# Characters YAML does not allow in a file (control characters, lone surrogates, U+FFFE/FFFF).
_NOT_PRINTABLE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)
_MAX_REPORTED_CHARACTERS = 5
MAX_DEPTH = 20
"""Lists and mappings nested deeper than this are refused: content needs 4, and libyaml's scanner
slows down quadratically with depth (100,000 nested '[' take 17 s), so we stop reading early."""


@dataclass(frozen=True, slots=True)
class Finding:
    """A problem found while reading YAML: 1-based position and the staff-facing message."""

    line: int
    column: int
    message: str


@dataclass(slots=True)
class Composed:
    """The first document's root node (None when there is none) and what was wrong."""

    root: Node | None = None
    findings: list[Finding] = field(default_factory=list)
    fatal: bool = False
    """True when the text could not be read as YAML at all (the root is then None)."""


class _Position(Protocol):
    """A place in the text: `yaml.Mark`, or libyaml's C `Mark` (same fields) from CSafeLoader."""

    @property
    def line(self) -> int: ...

    @property
    def column(self) -> int: ...


class _Resolver(Protocol):
    """What we use of PyYAML's `Resolver`, typed (types-PyYAML leaves `resolve` unannotated)."""

    def resolve(self, kind: type[Node], value: str, implicit: tuple[bool, bool]) -> str: ...


def position(text: str, index: int) -> tuple[int, int]:
    """1-based (line, column) of character `index` in `text`."""
    line_start = text.rfind("\n", 0, index) + 1
    return text.count("\n", 0, index) + 1, index - line_start + 1


def compose(text: str) -> Composed:
    """Parse `text` into nodes; report syntax errors, bad characters, anchors, extra documents."""
    bad = _bad_characters(text)
    if bad:
        return Composed(findings=bad, fatal=True)
    result = _compose_with(text, _Loader)
    if _Loader is not yaml.SafeLoader and _hit_upstream_depth_limit(result):
        # libyaml (0.2.6 / PyYAML 6.0.4 on) stops at 1,000 flow levels, before our own limit of
        # MAX_DEPTH can see the 21st. The pure-Python parser has no such limit and stops at
        # ours within microseconds, so the staff get the same message whichever loader and
        # version is installed.
        result = _compose_with(text, yaml.SafeLoader)
    return result


def _hit_upstream_depth_limit(result: Composed) -> bool:
    """True when the parser itself refused the nesting (not our MAX_DEPTH check)."""
    return result.fatal and any(
        "nesting depth" in finding.message for finding in result.findings
    )


def _compose_with(text: str, loader: type[yaml.CSafeLoader | yaml.SafeLoader]) -> Composed:
    """`compose` with one PyYAML loader."""
    result = Composed()
    resolver: _Resolver = Resolver()
    stack: list[tuple[CollectionNode, list[Node]]] = []
    documents = 0

    def attach(node: Node) -> None:
        if stack:
            stack[-1][1].append(node)
        elif documents == 1:
            result.root = node

    try:
        for event in yaml.parse(text, Loader=loader):
            if getattr(event, "anchor", None) is not None and not isinstance(event, AliasEvent):
                result.findings.append(_finding(event.start_mark, ANCHOR_MESSAGE))
            tag: str | None = getattr(event, "tag", None)
            if tag not in (None, "!") and tag not in ALLOWED_TAGS:
                message = f"the tag {short_tag(tag)} is not supported -- remove it"
                result.findings.append(_finding(event.start_mark, message))
                tag = REPORTED
            if isinstance(event, ScalarEvent):
                if tag is None or tag == "!":
                    tag = resolver.resolve(ScalarNode, event.value, event.implicit)
                attach(ScalarNode(tag, event.value, *_marks(event), event.style))
            elif isinstance(event, SequenceStartEvent | MappingStartEvent):
                is_map = isinstance(event, MappingStartEvent)
                if tag is None or tag == "!":
                    tag = MAP if is_map else SEQ
                node_class = MappingNode if is_map else SequenceNode
                opened = node_class(tag, [], *_marks(event), event.flow_style)
                stack.append((opened, []))
                if len(stack) > MAX_DEPTH:
                    result.findings.append(_finding(event.start_mark, (
                        f"lists and mappings are nested more than {MAX_DEPTH} levels deep "
                        "here -- check the brackets and the indentation")))  # fmt: skip
                    result.fatal = True
                    result.root = None
                    break
            elif isinstance(event, SequenceEndEvent | MappingEndEvent):
                node, items = stack.pop()
                if isinstance(node, MappingNode):
                    node.value = list(zip(items[0::2], items[1::2], strict=True))
                else:
                    node.value = items
                node.end_mark = event.end_mark
                attach(node)
            elif isinstance(event, AliasEvent):
                result.findings.append(_finding(event.start_mark, ANCHOR_MESSAGE))
                attach(ScalarNode(REPORTED, "", *_marks(event)))
            elif isinstance(event, DocumentStartEvent):
                documents += 1
                if documents == 2:
                    result.findings.append(
                        _finding(
                            event.start_mark,
                            "a second YAML document starts here -- faqbot reads one "
                            "document per file; delete this '---' line and what follows, "
                            "or move it to its own file",
                        )
                    )
    except yaml.MarkedYAMLError as exc:
        result.findings.append(_syntax_finding(exc, text))
        result.fatal = True
        result.root = None
    except yaml.YAMLError as exc:  # reader errors: _bad_characters should have caught them
        result.findings.append(Finding(1, 1, f"this is not valid YAML: {exc}"))
        result.fatal = True
        result.root = None
    return result


def _finding(mark: _Position | None, message: str) -> Finding:
    """A finding at `mark`; at the start of the file when there is no mark (parser events
    always have one, but PyYAML's types allow None)."""
    if mark is None:
        return Finding(1, 1, message)
    return Finding(mark.line + 1, mark.column + 1, message)


def _marks(event: Event) -> tuple[yaml.Mark | None, yaml.Mark | None]:
    """The event's start and end marks, to give to the node built from it."""
    # types-PyYAML says nodes hold `yaml.error.Mark`, but under CSafeLoader libyaml's own
    # composer gives them its C Mark (same line/column/index): the stubs are too narrow.
    return event.start_mark, event.end_mark  # type: ignore[return-value]


def _bad_characters(text: str) -> list[Finding]:
    """Control characters and lone surrogates, which YAML refuses: report where they are."""
    findings: list[Finding] = []
    for match in _NOT_PRINTABLE.finditer(text):
        if len(findings) == _MAX_REPORTED_CHARACTERS:
            break
        char = match.group()
        line, column = position(text, match.start())
        if 0xD800 <= ord(char) <= 0xDFFF:
            message = (
                f"invalid character U+{ord(char):04X} (half of an emoji or symbol) -- "
                "retype this character and save the file as UTF-8"
            )
        else:
            message = (
                f"invisible control character U+{ord(char):04X} -- delete it "
                "(YAML does not allow control characters; it often comes from copy and paste)"
            )
        findings.append(Finding(line, column, message))
    return findings


def _syntax_finding(exc: yaml.MarkedYAMLError, text: str) -> Finding:
    """A YAML syntax error in plain words, at the most useful of its two positions."""
    problem = (exc.problem or "").lower()
    context = (exc.context or "").lower()
    mark = exc.problem_mark or exc.context_mark
    start = exc.context_mark or mark
    char = text[mark.index] if mark is not None and 0 <= mark.index < len(text) else ""
    if "tab" in problem or char == "\t":
        where, message = mark, (
            "a tab character is not allowed here -- YAML indents with spaces only; "
            "replace the tab with spaces"
        )
    elif "cannot start any token" in problem:
        where, message = mark, (
            f"a plain value cannot start with {char!r} -- put the whole text in quotes"
        )
    elif "mapping values are not allowed" in problem:
        where, message = mark, (
            "unexpected ':' -- if the text itself contains ': ', put the whole text in quotes; "
            "otherwise check this line's indentation"
        )
    elif "could not find expected ':'" in problem:
        where, message = start, (
            "this line is not 'key: value' or '- item' -- add the missing ':' or '- ', "
            "or fix the indentation"
        )
    elif "end of stream" in problem and "quoted" in context:
        where, message = start, "this quote is never closed -- add the closing quote"
    elif "expected ',' or ']'" in problem:
        where, message = start, (
            "this '[' list is not closed -- add ']' at its end, and put items that "
            "contain commas or colons in quotes"
        )
    elif "expected ',' or '}'" in problem:
        where, message = start, (
            "this '{' mapping is not closed -- add '}' at its end, and put texts that "
            "contain commas or colons in quotes"
        )
    elif any(s in problem for s in ("expected key", "expected <block end>", "'-' indicator")):
        where, message = mark, (
            "the indentation of this line does not match the lines above -- "
            "line it up with the other keys of its block"
        )
    elif "document start" in problem:
        where, message = mark, (
            "unexpected text here -- check this line's indentation and look for a stray "
            "character or an extra closing bracket"
        )
    elif "unknown escape" in problem:
        where, message = mark, (
            "unknown escape after '\\' in double quotes -- use single quotes, "
            "or write '\\\\' for a backslash"
        )
    else:
        detail = f"{exc.problem} ({exc.context})" if exc.context else str(exc.problem)
        where, message = mark, f"this is not valid YAML: {detail}"
    return _finding(where, message)


# --- scalars -------------------------------------------------------------------------------

_constructor = SafeConstructor()


def short_tag(tag: str) -> str:
    """`tag:yaml.org,2002:binary` -> `!!binary`, as it is written in a file."""
    return "!!" + tag[len(_Y) :] if tag.startswith(_Y) else tag


def quoted(source: str) -> str:
    """The scalar's source text in double quotes, ready to paste back into the file."""
    return json.dumps(source, ensure_ascii=False)


def reading(node: ScalarNode) -> str | None:
    """What YAML 1.1 turned an unquoted non-text scalar into, in words; None for text."""
    tag = node.tag
    try:
        if tag == BOOL:
            flag = _constructor.construct_yaml_bool(node)
            return f"a yes/no value ({str(flag).lower()})"
        if tag == INT:
            return f"the number {_constructor.construct_yaml_int(node)}"
        if tag == FLOAT:
            return f"the number {_constructor.construct_yaml_float(node)}"
        if tag == TIMESTAMP:
            when = _constructor.construct_yaml_timestamp(node)
            if hasattr(when, "hour"):
                return "a date and time"
            return f"the date {when.isoformat()}"
        if tag == NULL:
            return "'no value'"
    except (ValueError, TypeError, OverflowError, AttributeError, yaml.YAMLError):
        return {INT: "a number", FLOAT: "a number", TIMESTAMP: "a date"}.get(tag, "something else")
    return None


def as_int(node: ScalarNode) -> int | None:
    """The integer an unquoted scalar means, or None."""
    if node.tag != INT:
        return None
    try:
        return int(_constructor.construct_yaml_int(node))
    except (ValueError, TypeError, OverflowError):
        return None


def as_date(node: ScalarNode) -> object:
    """The date/datetime an unquoted timestamp scalar means (ValueError when impossible)."""
    return _constructor.construct_yaml_timestamp(node)


def kind_of(node: Node) -> str:
    """'a list', 'a mapping (key: value lines)' or 'text', for 'expected X, not Y' messages."""
    if isinstance(node, SequenceNode):
        return "a list"
    if isinstance(node, MappingNode):
        return "a mapping (key: value lines)"
    return "text"
