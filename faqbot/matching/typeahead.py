"""Readings of a question that is still being typed, for suggestions on every keystroke.

Suggestions use the same ranking as `Engine.ask`: each reading is a whole question, analysed
by `Index.analyze` (typo correction, synonyms, word pairs) and ranked by `Index.rank`. The
unfinished last word is completed to the content's most frequent words that start with it, one
reading per completion, so "side eff" is read as "side effects", which the content's synonym
groups know as one phrase (a word-by-word completion never met the phrase, and "side" alone
offered "What is cervical dystonia?", whose head turns to one side). A completion that starts
a synonym phrase is also read as the whole phrase ("sid" may be "side effects"), and so is a
last word that continues one ("side e").
"""

from __future__ import annotations

from collections.abc import Sequence

from faqbot.matching import normalize
from faqbot.matching.index import Index
from faqbot.matching.terms import Term

COMPLETIONS = 4
"""Completions of the last word read as whole questions, most frequent content words first.
Each costs one analysis and one ranking; four keep a keystroke cheap (see
`benchmarks/kiosk_latency.py`) and cover the word patients mean in the cases we tried
("ef" -> "effects", "wo" -> "work")."""

MIN_PREFIX = 2
"""A last word of one letter is not completed: "h" may become almost anything, and a list that
changes at every keystroke is hard to read."""


def is_unfinished(text: str) -> bool:
    """Whether the patient is still typing the last word (no space or punctuation after it)."""
    cleaned = normalize.clean(text)
    return cleaned.rstrip() == cleaned and cleaned[-1:].isalnum()


class Typeahead:
    """Turns a half-typed question into the whole questions it may become."""

    def __init__(self, index: Index, synonyms: Sequence[Sequence[str]]) -> None:
        self._index = index
        self._phrases: dict[str, list[str]] = {}
        """First word -> the synonym phrases of several words that start with it."""
        for group in synonyms:
            for member in group:
                words = normalize.matching_words(member)
                if len(words) > 1:
                    self._phrases.setdefault(words[0], []).append(" ".join(words))

    def readings(self, words: list[str], unfinished: bool) -> list[tuple[Term, ...]]:
        """The ways to read `words` (cleaned, chat removed): as typed, and, when the last word
        is unfinished and could carry meaning, with it completed. Only readings with a word
        that carries meaning are kept: "what are the" alone matches almost anything."""
        if not words:
            return []
        texts = [" ".join(words)]
        *typed, last = words
        if unfinished and typed:
            # the last word continues a synonym phrase: "side e" -> "side effects"
            started = f"{typed[-1]} {last}"
            texts += [
                " ".join([*typed[:-1], p])
                for p in self._phrases.get(typed[-1], ())
                if p.startswith(started)
            ][:1]
        if unfinished and len(last) >= MIN_PREFIX and last not in normalize.STOPWORDS:
            for word in self._index.completions(last, COMPLETIONS):
                if word != last:
                    texts.append(" ".join([*typed, word]))
                texts += [" ".join([*typed, p]) for p in self._phrases.get(word, ())[:1]]
        found = (self._index.analyze(text).terms for text in dict.fromkeys(texts))
        return [terms for terms in found if any(term.content for term in terms)]
