"""A question as the index reads it: weighted terms, and what the reading noticed on the way.

Why a module of its own: the engine, the verdict and the typeahead all pass an `Analysis`
around without needing the index that made it, and `with_pairs` is the one rule that turns
words into keys for both the phrasings (at load time) and the question (per question).
"""

from __future__ import annotations

from dataclasses import dataclass

from faqbot.matching import normalize


@dataclass(frozen=True, slots=True)
class Term:
    """One word of the question: the keys it may stand for (with similarity) and its weight."""

    alternatives: tuple[tuple[str, float], ...]
    weight: float
    content: bool = True
    """A word that carries meaning (not a stop word, a word pair, or a short unknown slip);
    every content word should be known to the entry that answers."""


@dataclass(frozen=True, slots=True)
class Analysis:
    terms: tuple[Term, ...]
    normalized: str
    corrections: tuple[tuple[str, str], ...]
    unfamiliar: tuple[str, ...] = ()
    """Words the content does not know that are neither everyday English nor a slip of a known
    word: names of other medicines, conditions, people ("how soon will baclofen start working").
    A question about one of those is about something the content does not cover."""
    readings_disagree: bool = False
    """The question was read two ways ("how dose it work": a dose, or how it works?) and the
    readings rank different entries first: the engine asks which one, never answers."""

    @property
    def content_words(self) -> int:
        """How many of the question's words carry meaning (see `Term.content`)."""
        return sum(term.content for term in self.terms)


def with_pairs(keys: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """The keys plus each pair of nearby content words (neighbours, or one apart), in either
    order: "credit score" is more than credit + score, "is botox safe" pairs like "how safe is
    botox", and "how long does it last" like "how long does botox last"."""
    content = [(k, s) for k, s in keys if k not in normalize.STOP_STEMS]
    pairs: dict[str, float] = {}
    for gap in (1, 2):
        for (a, sa), (b, sb) in zip(content, content[gap:], strict=False):
            if a != b:
                key = "+".join(sorted((a, b)))
                pairs[key] = max(pairs.get(key, 0.0), min(sa, sb))
    return keys + list(pairs.items())
