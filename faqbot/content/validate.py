"""Check a content file's node tree against format version 1 and build the `Faq` from it.

Every check records a `Problem` and carries on, so staff see all errors in one pass. Messages
name the entry (`faqs[3] 'how-long-it-lasts'`, counted from 1), say what is wrong and how to fix it.
"""

from __future__ import annotations

import re

from faqbot.content.model import FORMAT_VERSION, Entry, Faq, Review, Rule, Topic, UrgentCheckWords
from faqbot.content.reviews import read_review
from faqbot.content.shapes import Fields, ShapeChecker, closest, join, kebab
from faqbot.content.yamlnodes import (
    REPORTED,
    STR,
    MappingNode,
    Node,
    ScalarNode,
    SequenceNode,
    as_int,
    kind_of,
)

ID_PATTERN = re.compile(r"[a-z0-9]+(?:[-_][a-z0-9]+)*\Z")
"""Lowercase-kebab (`how-long-it-lasts`); snake_case is accepted too because the shared CLINC150
benchmark file uses it. Suggestions always use kebab."""

TOP_KEYS = ("version", "title", "fallback", "disclaimer", "topics", "synonyms", "urgent",
            "urgent_check", "refer", "faqs")  # fmt: skip
URGENT_CHECK_KEYS = ("body", "problem", "self_harm")
TOP_REQUIRED = ("version", "fallback", "faqs")
ENTRY_KEYS = ("id", "topic", "question", "alternates", "answer", "sources", "reviewed")
ENTRY_REQUIRED = ("id", "question", "answer")
TOPIC_KEYS = ("id", "title")
RULE_KEYS = ("id", "triggers", "answer")

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


class Checker(ShapeChecker):
    """Walks the node tree once, collecting problems and building the dataclasses."""

    def __init__(self, source: str) -> None:
        super().__init__(source, _ADD)
        self._ids: dict[str, tuple[str, int]] = {}
        self._topic_refs: list[tuple[str, Node, str]] = []
        self._topic_nodes: dict[str, tuple[int, Node]] = {}

    # --- ids -------------------------------------------------------------------------------

    @staticmethod
    def label(section: str, index: int, node: Node) -> str:
        """`faqs[3] 'how-long-it-lasts'` (the id as written, when there is one)."""
        if isinstance(node, MappingNode):
            for key, value in node.value:
                if (isinstance(key, ScalarNode) and key.value == "id"
                        and isinstance(value, ScalarNode) and value.value.strip()):  # fmt: skip
                    shown = value.value.strip()
                    shown = shown if len(shown) <= 40 else shown[:37] + "..."
                    return f"{section}[{index}] '{shown}'"
        return f"{section}[{index}]"

    def ident(self, fields: Fields, section: str, index: int, shared: bool) -> str | None:
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
            if root.tag != REPORTED:
                self.error(root, "the file should be 'key: value' lines (version:, fallback:, "
                                 f"faqs:, ...), not {self.describe(root)}")  # fmt: skip
            return None
        top = self.fields(root, "", TOP_KEYS, TOP_REQUIRED, "")
        if top is None:
            return None
        version = self.version(top)
        fallback = self.text(top, "fallback")
        title = self.text(top, "title", required=False)
        disclaimer = self.text(top, "disclaimer", required=False)
        topics = self.topics(top)
        synonyms = self.synonyms(top)
        urgent = self.rules(top, "urgent")
        urgent_check = self.urgent_check(top)
        refer = self.rules(top, "refer")
        faqs = self.entries(top)
        self.check_topics(topics)
        if (
            self.problems
            or version is None
            or fallback is None
            or topics is None
            or synonyms is None
            or urgent is None
            or urgent_check is None
            or refer is None
            or faqs is None
        ):
            return None
        return Faq(
            version=version,
            fallback=fallback,
            faqs=faqs,
            title=title or "Questions and answers",
            disclaimer=disclaimer,
            topics=topics,
            synonyms=synonyms,
            urgent=urgent,
            urgent_check=urgent_check,
            refer=refer,
            source=self.source,
        )

    def version(self, top: Fields) -> int | None:
        if "version" not in top.pairs:
            self.missing(top, "version")
            return None
        node = top.pairs["version"][1]
        if isinstance(node, ScalarNode) and as_int(node) == FORMAT_VERSION:
            return FORMAT_VERSION
        if isinstance(node, ScalarNode) and node.tag == STR and node.value.strip() == "1":
            self.error(node, "version must be the number 1, not text -- write version: 1 "
                             "without quotes")  # fmt: skip
        elif node.tag != REPORTED:
            shown = node.value if isinstance(node, ScalarNode) else kind_of(node)
            self.error(node, f"version {shown} is not supported -- this faqbot reads version "
                             f"{FORMAT_VERSION} only; write version: {FORMAT_VERSION}")  # fmt: skip
        return None

    def items(self, top: Fields, name: str) -> list[Node] | None:
        if name not in top.pairs:
            return []
        return self.sequence(top.pairs[name][1], name)

    def topics(self, top: Fields) -> tuple[Topic, ...] | None:
        nodes = self.items(top, "topics")
        if nodes is None:
            return None
        topics = []
        for i, node in enumerate(nodes, 1):
            fields = self.fields(node, self.label("topics", i, node), TOPIC_KEYS, TOPIC_KEYS,
                                 "a topic with id and title")  # fmt: skip
            if fields is None:
                continue
            topic_id = self.ident(fields, "topics", i, shared=False)
            title = self.text(fields, "title")
            if topic_id is not None:
                self._topic_nodes[topic_id] = (i, node)
                if title is not None:
                    topics.append(Topic(topic_id, title))
        return tuple(topics)

    def synonyms(self, top: Fields) -> tuple[tuple[str, ...], ...] | None:
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

    def wordless_triggers(
        self, fields: Fields, triggers: tuple[str, ...]
    ) -> tuple[str, ...] | None:
        """A trigger with no letters or digits ("!!!") could never fire: an error."""
        items = getattr(fields.pairs["triggers"][1], "value", [])
        for i, text in enumerate(triggers):
            if not any(ch.isalnum() for ch in text):
                node = items[i] if isinstance(items, list) and i < len(items) else fields.node
                self.error(node, f"{join(fields.label, 'triggers')}[{i + 1}]: {text!r} has no "
                                 "words, so it could never fire -- write the words of the symptom "
                                 "or question")  # fmt: skip
                return None
        return triggers

    def urgent_check(self, top: Fields) -> UrgentCheckWords | None:
        """`urgent_check: {body: [...], problem: [...], self_harm: [...]}`, all optional."""
        if "urgent_check" not in top.pairs:
            return UrgentCheckWords()
        node = top.pairs["urgent_check"][1]
        fields = self.fields(node, "urgent_check", URGENT_CHECK_KEYS, (),
                             "lists of words under body:, problem: and self_harm:")  # fmt: skip
        if fields is None:
            return None
        lists = [self.list_field(fields, key, split_commas=True) for key in URGENT_CHECK_KEYS]
        body, problem, self_harm = lists
        if body is None or problem is None or self_harm is None:
            return None
        for key, words in zip(URGENT_CHECK_KEYS, lists, strict=True):
            for word in words or ():
                if not any(ch.isalpha() for ch in word):
                    self.error(fields.pairs[key][1], f"urgent_check.{key}: {word!r} has no "
                                                     "letters -- write a word")  # fmt: skip
                    return None
        return UrgentCheckWords(body, problem, self_harm, location=self.location(node))

    def rules(self, top: Fields, section: str) -> tuple[Rule, ...] | None:
        nodes = self.items(top, section)
        if nodes is None:
            return None
        rules = []
        for i, node in enumerate(nodes, 1):
            fields = self.fields(node, self.label(section, i, node), RULE_KEYS, RULE_KEYS,
                                 "a rule with id, triggers and answer")  # fmt: skip
            if fields is None:
                continue
            rule_id = self.ident(fields, section, i, shared=True)
            triggers = self.list_field(fields, "triggers", required=True, split_commas=True)
            if triggers and "triggers" in fields.pairs:
                triggers = self.wordless_triggers(fields, triggers)
            answer = self.text(fields, "answer")
            if rule_id is not None and triggers and answer is not None:
                rules.append(Rule(rule_id, triggers, answer, location=self.location(node)))
        return tuple(rules)

    def entries(self, top: Fields) -> tuple[Entry, ...] | None:
        if "faqs" not in top.pairs:
            self.missing(top, "faqs")
            return None
        key, value = top.pairs["faqs"]
        nodes = self.sequence(value, "faqs", mapping_hint="start each entry with '- id: ...'")
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
        fields = self.fields(node, self.label("faqs", index, node), ENTRY_KEYS, ENTRY_REQUIRED,
                             "an entry with id, question and answer")  # fmt: skip
        if fields is None:
            return None
        entry_id = self.ident(fields, "faqs", index, shared=True)
        question = self.text(fields, "question")
        alternates = self.list_field(fields, "alternates")
        answer = self.text(fields, "answer")
        sources = self.list_field(fields, "sources", split_commas=True)
        topic = self.text(fields, "topic", required=False)
        if topic is not None:
            self._topic_refs.append((topic, fields.pairs["topic"][1], fields.label))
        elif "topic" not in fields.pairs:
            self._topic_refs.append(("", node, fields.label))
        reviewed = read_review(self, fields)
        if (entry_id is None or question is None or answer is None or alternates is None
                or sources is None or reviewed is False):  # fmt: skip
            return None
        phrasing_nodes = [fields.pairs["question"][1]]
        if "alternates" in fields.pairs:
            alternates_node = fields.pairs["alternates"][1]
            if isinstance(alternates_node, SequenceNode):
                phrasing_nodes.extend(alternates_node.value)
        return Entry(
            id=entry_id,
            question=question,
            answer=answer,
            alternates=alternates,
            topic=topic,
            sources=sources,
            reviewed=reviewed if isinstance(reviewed, Review) else None,
            location=self.location(node),
            phrasing_locations=tuple(self.location(n) for n in phrasing_nodes),
        )

    def check_topics(self, topics: tuple[Topic, ...] | None) -> None:
        """Every entry names a known topic when there are topics; every topic has entries."""
        if topics is None:
            return
        known = list(self._topic_nodes)
        used = set()
        unresolved = False
        for ref, node, label in self._topic_refs:
            if ref in known:
                used.add(ref)
            elif not ref:
                if known:
                    unresolved = True
                    listed = ", ".join(known)
                    self.error(node, f"{label}: topic is missing -- every entry needs one "
                                     f"because the file has topics ({listed})")  # fmt: skip
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
        for topic_id, (index, node) in self._topic_nodes.items():
            if topic_id not in used:
                fix = f"add 'topic: {topic_id}' to an entry, or delete the topic"
                self.error(node, f"topics[{index}] '{topic_id}': no entry uses this topic -- {fix}")
