"""TEMPORARY stand-in for faqbot.engine and tests/data/faq.yaml until they land on main."""

from __future__ import annotations

import datetime as dt

from faqbot.content import Entry, Faq, Review, Rule, Topic
from faqbot.results import Candidate, Kind, Result, Suggestion


def stub_faq() -> Faq:
    review = Review(by="Dr Test", on=dt.date(2026, 1, 1))
    return Faq(
        version=1,
        title="Botox for spasticity: questions and answers",
        fallback="I don't have a vetted answer for that. Please ask your healthcare provider.",
        topics=(Topic("about", "About the treatment"), Topic("after", "After the injection")),
        faqs=(
            Entry("how-long-last", "How long does Botox last?", "The effect usually lasts about 3 months.", topic="about", reviewed=review),
            Entry("how-it-works", "How does Botox work for spasticity?", "It relaxes overactive muscles.", topic="about", reviewed=review),
            Entry("does-it-hurt", "Does the injection hurt?", "Most people feel a brief sting.", topic="after"),
            Entry("drive-after", "Can I drive after the injection?", "Most people can drive home.", topic="after", reviewed=review),
            Entry("side-effects", "What are the side effects?", "Some people have soreness where the needle went in.", topic="after", reviewed=review),
        ),
        urgent=(Rule("breathing", ("trouble breathing", "cant swallow"), "Tell the front desk now or call 911."),),
        refer=(Rule("dose", ("my dose",), "Your dose is a question for your provider."),),
    )


class Engine:
    def __init__(self, faq: Faq) -> None:
        self.faq = faq

    def _score(self, text: str, entry: Entry) -> float:
        words = set(text.lower().replace("?", "").split())
        qwords = set(entry.question.lower().replace("?", "").split())
        return 100 * len(words & qwords) / max(1, len(words))

    def ask(self, question: str) -> Result:
        rule = self.urgent_rule(question)
        if rule:
            return Result(question, Kind.URGENT, rule.answer, 100, rule=rule)
        for r in self.faq.refer:
            if any(t in question.lower() for t in r.triggers):
                return Result(question, Kind.FALLBACK, r.answer, 100, rule=r, referred=True)
        ranked = sorted(self.faq.faqs, key=lambda e: -self._score(question, e))
        best = self._score(question, ranked[0])
        if question.strip().lower() == "botox":
            cands = tuple(Candidate(e, 50, e.question) for e in ranked[:2])
            return Result(question, Kind.CLARIFY, "Did you mean?", 50, candidates=cands)
        if best >= 50:
            return Result(question, Kind.ANSWER, ranked[0].answer, best, entry=ranked[0])
        return Result(question, Kind.FALLBACK, self.faq.fallback, best)

    def suggest(self, prefix: str, n: int = 5) -> list[Suggestion]:
        if not prefix.strip():
            return []
        scored = [(self._score(prefix, e), e) for e in self.faq.faqs]
        return [Suggestion(e, s) for s, e in sorted(scored, key=lambda p: -p[0]) if s > 0][:n]

    def urgent_rule(self, text: str) -> Rule | None:
        for r in self.faq.urgent:
            if any(t in text.lower() for t in r.triggers):
                return r
        return None

    def related(self, entry_id: str, n: int = 3) -> list[Entry]:
        e = self.faq.entry(entry_id)
        return [x for x in self.faq.faqs if x.topic == e.topic and x.id != e.id][:n]

    def vocabulary(self) -> frozenset[str]:
        return frozenset()

    def forget(self) -> None:
        pass
