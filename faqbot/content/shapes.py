"""Generic shape checks on YAML nodes: mappings with known keys, texts, lists of texts.

The section rules of the content format live in `faqbot.content.validate`; this module only
knows how to say, in staff words, that a value has the wrong shape, and to collect every such
problem.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass

from faqbot.content.model import Location
from faqbot.content.problems import Problem
from faqbot.content.yamlnodes import (
    NULL,
    REPORTED,
    STR,
    CollectionNode,
    MappingNode,
    Node,
    ScalarNode,
    SequenceNode,
    kind_of,
    quoted,
    reading,
)

_NEEDS_QUOTES = re.compile(r"[,:\[\]{}#&*!|>'\"%@`]")
ITEM_LINES = "write each item on its own line, starting with '- '"


def closest(word: str, choices: tuple[str, ...] | list[str]) -> str | None:
    """The choice most like `word` (typos, case), or None when nothing is close."""
    lowered = {choice.lower(): choice for choice in choices}
    found = difflib.get_close_matches(word.lower(), list(lowered), n=1, cutoff=0.6)
    return lowered[found[0]] if found else None


def kebab(text: str) -> str:
    """A lowercase-kebab version of `text` (`How_Long It Lasts` -> `how-long-it-lasts`)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def join(label: str, message: str) -> str:
    return f"{label}: {message}" if label else message


def as_list(text: str, split_commas: bool = False) -> str:
    """How `text` looks written as a one-line YAML list, for 'make it a list' hints."""
    parts = [p.strip() for p in text.split(",")] if split_commas else [text.strip()]
    shown = [quoted(p) if _NEEDS_QUOTES.search(p) else p for p in parts if p]
    return "[" + ", ".join(shown) + "]"


@dataclass(slots=True)
class Fields:
    """A checked mapping: its node, its label for messages, and key -> (key node, value node)."""

    node: Node
    label: str
    pairs: dict[str, tuple[ScalarNode, Node]]
    covered: set[str]
    """Missing keys already named by an 'unknown key ... did you mean' message."""


class ShapeChecker:
    """Records problems against one source file; each check reports and returns None on failure."""

    def __init__(self, source: str, add_hints: dict[str, str]) -> None:
        self.source = source
        self.problems: list[Problem] = []
        self._add_hints = add_hints
        """Key -> how to add it, for 'X is missing -- add ...' messages."""

    # --- reporting and basic shapes --------------------------------------------------------

    def location(self, node: Node) -> Location:
        return Location(self.source, node.start_mark.line + 1, node.start_mark.column + 1)

    def error(self, node: Node, message: str) -> None:
        mark = node.start_mark
        self.problems.append(Problem(self.source, mark.line + 1, mark.column + 1, message))

    def fields(self, node: Node, label: str, keys: tuple[str, ...], required: tuple[str, ...],
               shape: str) -> Fields | None:  # fmt: skip
        """A mapping's keys, after reporting a wrong shape, unknown keys and repeated keys."""
        if node.tag == REPORTED:
            return None
        if not isinstance(node, MappingNode):
            self.error(node, f"{label} should be {shape}, not {self.describe(node)}")
            return None
        pairs: dict[str, tuple[ScalarNode, Node]] = {}
        unknown: list[ScalarNode] = []
        for key, value in node.value:
            if not isinstance(key, ScalarNode):
                self.error(key, join(label, f"a key must be a plain word, not {kind_of(key)}"))
            elif key.tag == REPORTED:
                continue
            elif key.value not in keys:
                unknown.append(key)
            elif key.value in pairs:
                first = pairs[key.value][0].start_mark.line + 1
                self.error(key, join(label, f"'{key.value}' appears twice (first on line "
                                             f"{first}) -- keep one; YAML would silently use "
                                             "the last"))  # fmt: skip
            else:
                pairs[key.value] = (key, value)
        missing = [name for name in required if name not in pairs]
        covered = set()
        for key in unknown:
            near = closest(key.value, keys) or (missing[0] if len(missing) == 1 else None)
            if near in missing:
                covered.add(near)
            hint = f"did you mean '{near}'?" if near else "the keys here are: " + ", ".join(keys)
            self.error(key, join(label, f"unknown key '{key.value}' -- {hint}"))
        return Fields(node, label, pairs, covered)

    def missing(self, fields: Fields, name: str) -> None:
        """Report a required key as missing, unless an unknown-key message already named it."""
        if name not in fields.covered:
            message = f"{name} is missing -- {self._add_hints[name]}"
            self.error(fields.node, join(fields.label, message))

    def describe(self, node: Node) -> str:
        if isinstance(node, ScalarNode):
            if node.tag == NULL and not node.value.strip():
                return "empty"
            shown = node.value if len(node.value) <= 40 else node.value[:37] + "..."
            return f"the text {quoted(shown)}"
        return kind_of(node)

    def text_node(self, value: Node, label: str, empty_hint: str) -> str | None:
        """The stripped text of a scalar that must be text; None (reported) otherwise."""
        if value.tag == REPORTED:
            return None
        if not isinstance(value, ScalarNode):
            hint = (
                "put text that starts with '[' or '{' in quotes"
                if isinstance(value, CollectionNode) and value.flow_style
                else "check the indentation, and put text that contains ': ' in quotes"
            )
            self.error(value, f"{label} should be text, not {kind_of(value)} -- {hint}")
            return None
        if value.tag == NULL and not value.value.strip():
            self.error(value, f"{label} is empty -- {empty_hint}")
            return None
        if value.tag != STR:
            became = reading(value) or "something other than text"
            self.error(value, f"{label}: YAML reads this unquoted value as {became}, not "
                              f"text -- put it in quotes: {quoted(value.value)}")  # fmt: skip
            return None
        text: str = value.value.strip()
        if not text:
            self.error(value, f"{label} is empty -- {empty_hint}")
            return None
        return text

    def text(self, fields: Fields, name: str, *, required: bool = True) -> str | None:
        """A text field of a mapping; reports it missing when required."""
        if name not in fields.pairs:
            if required:
                self.missing(fields, name)
            return None
        key, value = fields.pairs[name]
        label = join(fields.label, name)
        hint = f"write the text after '{name}:' or delete the line"
        if isinstance(value, ScalarNode) and value.tag == NULL and not value.value.strip():
            # Point at the key: an empty value's own position is wherever the next token is.
            self.error(key, f"{label} is empty -- {hint}")
            return None
        return self.text_node(value, label, hint)

    def sequence(self, value: Node, label: str, scalar_hint: str = ITEM_LINES,
                 mapping_hint: str = ITEM_LINES) -> list[Node] | None:  # fmt: skip
        """The items of a list (an empty value counts as an empty list); None if not a list."""
        if value.tag == REPORTED:
            return None
        if isinstance(value, SequenceNode):
            items: list[Node] = value.value
            return items
        if isinstance(value, ScalarNode) and value.tag == NULL and not value.value.strip():
            return []
        hint = scalar_hint if isinstance(value, ScalarNode) else mapping_hint
        self.error(value, f"{label} should be a list, not {self.describe(value)} -- {hint}")
        return None

    def text_list(self, value: Node, label: str, *, non_empty: bool = False,
                  split_commas: bool = False) -> tuple[str, ...] | None:  # fmt: skip
        """A list of non-empty texts; None when anything in it was reported."""
        hint = ITEM_LINES
        if isinstance(value, ScalarNode):
            hint = "make it a list: " + as_list(value.value, split_commas)
        items = self.sequence(value, label, hint)
        if items is None:
            return None
        if non_empty and not items:
            self.error(value, f"{label} is empty -- add at least one item")
            return None
        texts = [self.text_node(item, f"{label}[{i}]", "write the text or delete the item")
                 for i, item in enumerate(items, 1)]  # fmt: skip
        if any(text is None for text in texts):
            return None
        return tuple(t for t in texts if t is not None)

    def list_field(self, fields: Fields, name: str, *, required: bool = False,
                   split_commas: bool = False) -> tuple[str, ...] | None:  # fmt: skip
        if name not in fields.pairs:
            if required:
                self.missing(fields, name)
                return None
            return ()
        value = fields.pairs[name][1]
        label = join(fields.label, name)
        return self.text_list(value, label, non_empty=required, split_commas=split_commas)
