"""Check a content file's node tree against format version 1 and build the `Faq` from it.

Every check records a `Problem` and carries on, so staff see all errors in one pass. Messages
name the entry (`faqs[3] 'how-long-it-lasts'`, counted from 1), say what is wrong and how to fix it.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
import unicodedata
from dataclasses import dataclass

from faqbot.content import FORMAT_VERSION, Entry, Faq, Location, Review, Rule, Topic
from faqbot.problems import Problem
from faqbot.yamlnodes import (
    ALIAS,
    NULL,
    STR,
    TIMESTAMP,
    MappingNode,
    Node,
    ScalarNode,
    SequenceNode,
    as_date,
    as_int,
    kind_of,
    quoted,
    reading,
    short_tag,
)

ID_PATTERN = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)*\Z")
"""Lowercase-kebab (`how-long-it-lasts`); snake_case is accepted too because the shared CLINC150
benchmark file uses it. Suggestions always use kebab."""
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_NEEDS_QUOTES = re.compile(r"[,:\[\]{}#&*!|>'\"%@`]")

TOP_KEYS = ("version", "title", "fallback", "disclaimer", "topics", "synonyms", "urgent",
            "refer", "faqs")  # fmt: skip
ENTRY_KEYS = ("id", "topic", "question", "alternates", "answer", "sources", "reviewed")
TOPIC_KEYS = ("id", "title")
RULE_KEYS = ("id", "triggers", "answer")
REVIEW_KEYS = ("by", "on")
REVIEW_FORM = '{by: "Dr Lee", on: 2026-11-01}'

_ADD = {
    "version": f"add 'version: {FORMAT_VERSION}' at the top of the file",
    "fallback": "add 'fallback:' with the text shown when no answer fits",
    "faqs": "add 'faqs:' with the list of questions and answers",
    "id": "add 'id:' with a short lowercase name, like how-long-it-lasts",
    "question": "add 'question:' with the question as patients would ask it",
    "answer": "add 'answer:' with the checked answer text",
    "title": "add 'title:' with the text for the topic's button",
    "triggers": "add 'triggers:' with a list of phrases, like [\"trouble breathing\"]",
    "by": "add 'by:' with the reviewer's name",
    "on": "add the review date, like on: 2026-11-01",
}


def closest(word: str, choices: tuple[str, ...] | list[str]) -> str | None:
    """The choice most like `word` (typos, case), or None when nothing is close."""
    lowered = {choice.lower(): choice for choice in choices}
    found = difflib.get_close_matches(word.lower(), list(lowered), n=1, cutoff=0.6)
    return lowered[found[0]] if found else None


def kebab(text: str) -> str:
    """A lowercase-kebab version of `text` (`How_Long It Lasts` -> `how-long-it-lasts`)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def _join(label: str, message: str) -> str:
    return f"{label}: {message}" if label else message


def _as_list(text: str, split_commas: bool = False) -> str:
    """How `text` looks written as a one-line YAML list, for 'make it a list' hints."""
    parts = [p.strip() for p in text.split(",")] if split_commas else [text.strip()]
    shown = [quoted(p) if _NEEDS_QUOTES.search(p) else p for p in parts if p]
    return "[" + ", ".join(shown) + "]"


@dataclass(slots=True)
class _Fields:
    """A checked mapping: its node, its label for messages, and key -> (key node, value node)."""

    node: Node
    label: str
    pairs: dict[str, tuple[ScalarNode, Node]]


class Checker:
    """Walks the node tree once, collecting problems and building the dataclasses."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[Problem] = []
        self._ids: dict[str, tuple[str, int]] = {}
        self._topic_refs: list[tuple[str, Node, str]] = []
        self._topic_nodes: dict[str, tuple[int, Node]] = {}

    # --- reporting and basic shapes --------------------------------------------------------

    def location(self, node: Node) -> Location:
        return Location(self.source, node.start_mark.line + 1, node.start_mark.column + 1)

    def error(self, node: Node, message: str) -> None:
        mark = node.start_mark
        self.problems.append(Problem(self.source, mark.line + 1, mark.column + 1, message))

    def fields(self, node: Node, label: str, keys: tuple[str, ...], shape: str) -> _Fields | None:
        """A mapping's keys, after reporting a wrong shape, unknown keys and repeated keys."""
        if node.tag == ALIAS:
            return None
        if not isinstance(node, MappingNode):
            self.error(node, _join(label, f"should be {shape}, not {self._describe(node)}"))
            return None
        pairs: dict[str, tuple[ScalarNode, Node]] = {}
        for key, value in node.value:
            if not isinstance(key, ScalarNode):
                self.error(key, _join(label, f"a key must be a plain word, not {kind_of(key)}"))
            elif key.tag == ALIAS:
                continue
            elif key.value not in keys:
                near = closest(key.value, keys)
                hint = f"did you mean '{near}'?" if near else "the keys here are: " + ", ".join(keys)
                self.error(key, _join(label, f"unknown key '{key.value}' -- {hint}"))
            elif key.value in pairs:
                first = pairs[key.value][0].start_mark.line + 1
                self.error(key, _join(label, f"'{key.value}' appears twice (first on line "
                                             f"{first}) -- keep one; YAML would silently use "
                                             "the last"))  # fmt: skip
            else:
                pairs[key.value] = (key, value)
        return _Fields(node, label, pairs)

    def _describe(self, node: Node) -> str:
        if isinstance(node, ScalarNode):
            if node.tag == NULL and not node.value.strip():
                return "empty"
            shown = node.value if len(node.value) <= 40 else node.value[:37] + "..."
            return f"the text {quoted(shown)}"
        return kind_of(node)

    def text_node(self, value: Node, label: str, empty_hint: str) -> str | None:
        """The stripped text of a scalar that must be text; None (reported) otherwise."""
        if value.tag == ALIAS:
            return None
        if not isinstance(value, ScalarNode):
            hint = (
                "put text that starts with '[' or '{' in quotes"
                if value.flow_style
                else "check the indentation, and put text that contains ': ' in quotes"
            )
            self.error(value, f"{label} should be text, not {kind_of(value)} -- {hint}")
            return None
        if value.tag == NULL and not value.value.strip():
            self.error(value, f"{label} is empty -- {empty_hint}")
            return None
        if value.tag != STR:
            became = reading(value)
            if became is None:
                self.error(value, f"{label}: the tag {short_tag(value.tag)} is not supported "
                                  "-- remove it")  # fmt: skip
            else:
                self.error(value, f"{label}: YAML reads this unquoted value as {became}, not "
                                  f"text -- put it in quotes: {quoted(value.value)}")  # fmt: skip
            return None
        text = value.value.strip()
        if not text:
            self.error(value, f"{label} is empty -- {empty_hint}")
            return None
        return text

    def text(self, fields: _Fields, name: str, *, required: bool = True) -> str | None:
        """A text field of a mapping; reports it missing when required."""
        if name not in fields.pairs:
            if required:
                self.error(fields.node, _join(fields.label, f"{name} is missing -- {_ADD[name]}"))
            return None
        key, value = fields.pairs[name]
        label = _join(fields.label, name)
        hint = f"write the text after '{name}:' or delete the line"
        if isinstance(value, ScalarNode) and value.tag == NULL and not value.value.strip():
            # Point at the key: an empty value's own position is wherever the next token is.
            self.error(key, f"{label} is empty -- {hint}")
            return None
        return self.text_node(value, label, hint)

    def sequence(self, value: Node, label: str, item_hint: str) -> list[Node] | None:
        """The items of a list (an empty value counts as an empty list); None if not a list."""
        if value.tag == ALIAS:
            return None
        if isinstance(value, SequenceNode):
            return value.value
        if isinstance(value, ScalarNode) and value.tag == NULL and not value.value.strip():
            return []
        if isinstance(value, ScalarNode):
            self.error(value, f"{label} should be a list -- make it a list: {item_hint}")
        else:
            self.error(value, f"{label} should be a list ('- item' lines or [a, b]), not "
                              f"{kind_of(value)}")  # fmt: skip
        return None

    def text_list(self, value: Node, label: str, *, non_empty: bool = False,
                  split_commas: bool = False) -> tuple[str, ...] | None:  # fmt: skip
        """A list of non-empty texts; None when anything in it was reported."""
        hint = _as_list(value.value, split_commas) if isinstance(value, ScalarNode) else "[...]"
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

    def list_field(self, fields: _Fields, name: str, *, required: bool = False,
                   split_commas: bool = False) -> tuple[str, ...] | None:  # fmt: skip
        if name not in fields.pairs:
            if required:
                self.error(fields.node, _join(fields.label, f"{name} is missing -- {_ADD[name]}"))
                return None
            return ()
        value = fields.pairs[name][1]
        label = _join(fields.label, name)
        return self.text_list(value, label, non_empty=required, split_commas=split_commas)

    # --- ids -------------------------------------------------------------------------------

    @staticmethod
    def label(section: str, index: int, node: Node) -> str:
        """`faqs[3] 'how-long-it-lasts'` (the id as written, when there is one)."""
        if isinstance(node, MappingNode):
            for key, value in node.value:
                if (isinstance(key, ScalarNode) and key.value == "id"
                        and isinstance(value, ScalarNode) and value.value.strip()):  # fmt: skip
                    return f"{section}[{index}] '{value.value.strip()}'"
        return f"{section}[{index}]"

    def ident(self, fields: _Fields, section: str, index: int, shared: bool) -> str | None:
        """The item's id: lowercase-kebab, and unique (faqs, urgent and refer share ids)."""
        value = self.text(fields, "id")
        if value is None:
            return None
        node = fields.pairs["id"][1]
        if not ID_PATTERN.match(value):
            fixed = kebab(value)
            hint = f"use '{fixed}'" if fixed else "for example how-long-it-lasts"
            self.error(node, f"{fields.label}: id must be lowercase words joined by hyphens "
                             f"(a-z, 0-9, -) -- {hint}")  # fmt: skip
            return None
        key = value if shared else f"topic:{value}"
        if key in self._ids:
            first, line = self._ids[key]
            self.error(node, f"{fields.label}: id '{value}' is already used by {first} on line "
                             f"{line} -- ids must be unique; rename one of them")  # fmt: skip
            return None
        self._ids[key] = (f"{section}[{index}]", node.start_mark.line + 1)
        return value

    # --- sections ----------------------------------------------------------------------------

    def faq(self, root: Node) -> Faq | None:
        """The whole file; None when there were problems (they are in `self.problems`)."""
        if not isinstance(root, MappingNode):
            if root.tag != ALIAS:
                self.error(root, "the file should be 'key: value' lines (version:, fallback:, "
                                 f"faqs:, ...), not {self._describe(root)}")  # fmt: skip
            return None
        top = self.fields(root, "", TOP_KEYS, "")
        if top is None:
            return None
        version = self.version(top)
        fallback = self.text(top, "fallback")
        title = self.text(top, "title", required=False)
        disclaimer = self.text(top, "disclaimer", required=False)
        topics = self.topics(top)
        synonyms = self.synonyms(top)
        urgent = self.rules(top, "urgent")
        refer = self.rules(top, "refer")
        faqs = self.entries(top)
        self.check_topics(topics)
        if (self.problems or version is None or fallback is None or topics is None
                or synonyms is None or urgent is None or refer is None or faqs is None):  # fmt: skip
            return None
        return Faq(version=version, fallback=fallback, faqs=faqs,
                   title=title or "Questions and answers", disclaimer=disclaimer,
                   topics=topics, synonyms=synonyms, urgent=urgent, refer=refer,
                   source=self.source)  # fmt: skip

    def version(self, top: _Fields) -> int | None:
        if "version" not in top.pairs:
            self.error(top.node, f"version is missing -- {_ADD['version']}")
            return None
        node = top.pairs["version"][1]
        if isinstance(node, ScalarNode) and as_int(node) == FORMAT_VERSION:
            return FORMAT_VERSION
        if isinstance(node, ScalarNode) and node.tag == STR and node.value.strip() == "1":
            self.error(node, "version must be the number 1, not text -- write version: 1 "
                             "without quotes")  # fmt: skip
        elif node.tag != ALIAS:
            shown = node.value if isinstance(node, ScalarNode) else kind_of(node)
            self.error(node, f"version {shown} is not supported -- this faqbot reads version "
                             f"{FORMAT_VERSION} only; write version: {FORMAT_VERSION}")  # fmt: skip
        return None

    def items(self, top: _Fields, name: str) -> list[Node] | None:
        if name not in top.pairs:
            return []
        return self.sequence(top.pairs[name][1], name, "start each item with '- '")

    def topics(self, top: _Fields) -> tuple[Topic, ...] | None:
        nodes = self.items(top, "topics")
        if nodes is None:
            return None
        topics = []
        for i, node in enumerate(nodes, 1):
            fields = self.fields(node, self.label("topics", i, node), TOPIC_KEYS,
                                 "a topic with id and title")  # fmt: skip
            if fields is None:
                continue
            topic_id = self.ident(fields, "topics", i, shared=False)
            title = self.text(fields, "title")
            if topic_id is not None and title is not None:
                topics.append(Topic(topic_id, title))
                self._topic_nodes[topic_id] = (i, node)
        return tuple(topics)

    def synonyms(self, top: _Fields) -> tuple[tuple[str, ...], ...] | None:
        nodes = self.items(top, "synonyms")
        if nodes is None:
            return None
        groups = []
        seen: dict[str, tuple[int, int]] = {}
        for i, node in enumerate(nodes, 1):
            label = f"synonyms[{i}]"
            terms = self.text_list(node, label, split_commas=True)
            if terms is None:
                continue
            if len(terms) < 2:
                self.error(node, f"{label} needs at least two terms that mean the same thing "
                                 "-- add one, or delete the group")  # fmt: skip
                continue
            for term, term_node in zip(terms, node.value, strict=True):
                folded = " ".join(term.casefold().split())
                if folded in seen and seen[folded][0] != i:
                    other, line = seen[folded]
                    self.error(term_node, f"{label}: '{term}' is also in synonyms[{other}] "
                                          f"(line {line}) -- a term can be in one group only; "
                                          "merge the two groups")  # fmt: skip
                seen.setdefault(folded, (i, term_node.start_mark.line + 1))
            groups.append(terms)
        return tuple(groups)

    def rules(self, top: _Fields, section: str) -> tuple[Rule, ...] | None:
        nodes = self.items(top, section)
        if nodes is None:
            return None
        rules = []
        for i, node in enumerate(nodes, 1):
            fields = self.fields(node, self.label(section, i, node), RULE_KEYS,
                                 "a rule with id, triggers and answer")  # fmt: skip
            if fields is None:
                continue
            rule_id = self.ident(fields, section, i, shared=True)
            triggers = self.list_field(fields, "triggers", required=True)
            answer = self.text(fields, "answer")
            if rule_id is not None and triggers and answer is not None:
                rules.append(Rule(rule_id, triggers, answer, location=self.location(node)))
        return tuple(rules)

    def entries(self, top: _Fields) -> tuple[Entry, ...] | None:
        if "faqs" not in top.pairs:
            self.error(top.node, f"faqs is missing -- {_ADD['faqs']}")
            return None
        key, value = top.pairs["faqs"]
        nodes = self.sequence(value, "faqs", "start each entry with '- id: ...'")
        if nodes is None:
            return None
        if not nodes:
            self.error(key, "faqs is empty -- add at least one question and answer")
            return None
        entries = []
        for i, node in enumerate(nodes, 1):
            entry = self.entry(node, i)
            if entry is not None:
                entries.append(entry)
        return tuple(entries)

    def entry(self, node: Node, index: int) -> Entry | None:
        fields = self.fields(node, self.label("faqs", index, node), ENTRY_KEYS,
                             "an entry with id, question and answer")  # fmt: skip
        if fields is None:
            return None
        entry_id = self.ident(fields, "faqs", index, shared=True)
        question = self.text(fields, "question")
        alternates = self.list_field(fields, "alternates")
        answer = self.text(fields, "answer")
        sources = self.list_field(fields, "sources")
        topic = self.text(fields, "topic", required=False)
        if topic is not None:
            self._topic_refs.append((topic, fields.pairs["topic"][1], fields.label))
        else:
            self._topic_refs.append(("", node, fields.label))
        reviewed = self.review(fields)
        if (entry_id is None or question is None or answer is None or alternates is None
                or sources is None or reviewed is False):  # fmt: skip
            return None
        phrasing_nodes = [fields.pairs["question"][1]]
        if "alternates" in fields.pairs:
            alternates_node = fields.pairs["alternates"][1]
            if isinstance(alternates_node, SequenceNode):
                phrasing_nodes.extend(alternates_node.value)
        return Entry(id=entry_id, question=question, answer=answer, alternates=alternates,
                     topic=topic, sources=sources,
                     reviewed=reviewed if isinstance(reviewed, Review) else None,
                     location=self.location(node),
                     phrasing_locations=tuple(self.location(n) for n in phrasing_nodes))  # fmt: skip

    def review(self, entry: _Fields) -> Review | None | bool:
        """The entry's sign-off: a Review, None when absent, False when reported as wrong."""
        if "reviewed" not in entry.pairs:
            return None
        value = entry.pairs["reviewed"][1]
        label = _join(entry.label, "reviewed")
        if not isinstance(value, MappingNode):
            if value.tag != ALIAS:
                self.error(value, f"{label} should look like {REVIEW_FORM}")
            return False
        fields = self.fields(value, label, REVIEW_KEYS, REVIEW_FORM)
        if fields is None:
            return False
        by = self.text(fields, "by")
        on = self.review_date(fields)
        if by is None or on is None:
            return False
        return Review(by, on)

    def review_date(self, fields: _Fields) -> dt.date | None:
        if "on" not in fields.pairs:
            self.error(fields.node, f"{fields.label}: on is missing -- {_ADD['on']}")
            return None
        node = fields.pairs["on"][1]
        if node.tag == ALIAS:
            return None
        shown = node.value.strip() if isinstance(node, ScalarNode) else kind_of(node)
        value: object = None
        try:
            if isinstance(node, ScalarNode) and node.tag == TIMESTAMP:
                value = as_date(node)
            elif isinstance(node, ScalarNode) and node.tag == STR and _ISO_DATE.match(shown):
                value = dt.date.fromisoformat(shown)
        except (ValueError, TypeError, OverflowError):
            self.error(node, f"{fields.label}: on: {shown} is not a real date -- write it as "
                             f"year-month-day, like {REVIEW_FORM}")  # fmt: skip
            return None
        if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
            return value
        self.error(node, f"{fields.label}: on: '{shown}' is not a date -- write it as "
                         f"year-month-day, like {REVIEW_FORM}")  # fmt: skip
        return None

    def check_topics(self, topics: tuple[Topic, ...] | None) -> None:
        """Every entry names a known topic when there are topics; every topic has entries."""
        if topics is None:
            return
        known = [topic.id for topic in topics]
        used = set()
        unresolved = False
        for ref, node, label in self._topic_refs:
            if ref in known:
                used.add(ref)
            elif not ref:
                if known:
                    unresolved = True
                    self.error(node, f"{label}: topic is missing -- every entry needs one "
                                     f"because the file has topics ({', '.join(known)})")  # fmt: skip
            elif not known:
                unresolved = True
                self.error(node, f"{label}: topic '{ref}' is used but the file has no topics "
                                 "-- add it under 'topics:' or delete this line")  # fmt: skip
            else:
                unresolved = True
                near = closest(ref, known)
                hint = f"did you mean '{near}'?" if near else "use one of: " + ", ".join(known)
                self.error(node, f"{label}: topic '{ref}' is not one of the topics -- {hint}")
        if unresolved:
            return  # an unused topic is then most likely the misspelt one: report that once
        for topic in topics:
            if topic.id not in used:
                index, node = self._topic_nodes[topic.id]
                self.error(node, f"topics[{index}] '{topic.id}': no entry uses this topic -- "
                                 f"add 'topic: {topic.id}' to an entry, or delete the topic")  # fmt: skip
