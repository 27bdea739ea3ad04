"""The verdict on a ranked question: answer, "Did you mean...?" or fallback.

Why a module of its own: once the urgent and advice checks are quiet and the index has ranked
the entries, what the patient sees depends only on the ranking, the decision model
(`faqbot.matching.decision`), the cut-offs (`faqbot.matching.thresholds`) and the near-miss
rules (a question about another subject is never answered). Those rules are the part of the
engine that is tuned most, so they live apart from the order of checks in
`faqbot.matching.engine`.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Sequence

from faqbot.content.model import Faq
from faqbot.matching import normalize
from faqbot.matching.decision import Evidence, evidence
from faqbot.matching.english import common_english
from faqbot.matching.index import Index
from faqbot.matching.results import Candidate, Explanation, Kind, Result
from faqbot.matching.subjects import ASKING_ELSE, COMPARING, NAMED_BY, OPPOSITES
from faqbot.matching.subjects import KINDS as SUBJECT_KINDS
from faqbot.matching.synonyms import SynonymMap
from faqbot.matching.terms import Analysis
from faqbot.matching.thresholds import DecisionModel, Thresholds

CLARIFY_PROMPT = "Did you mean one of these?"
CLARIFY_ONE = "Did you mean this?"

_CLAUSES = re.compile(r"[,.;:!?]+|\b(?:and|but|so|because)\b")
"""Where one clause of a typed question ends and the next begins."""
QUESTION_STARTS = frozenset(
    "what how why when where which who whom whose can could does do did is are was were will "
    "would should shall may might has have had".split()
)
"""First words of a clause that asks something ("has it worked" asks; "he has cp" tells)."""
_BACKGROUND_VERBS = frozenset("has had have got gets with since after".split())
"""Words of a clause that tells someone's condition rather than asking about it."""
_HOW_OFTEN = re.compile(r"\bhow (?:often|frequently|regularly)\b")
_OFTEN = frozenset(normalize.stem(w) for w in "often frequently frequent regularly repeat".split())
"""A question that asks how often (`_HOW_OFTEN`) is a near miss of an entry that knows none of
these: "how often can I come back for more injections?" is not "do I come back" (the
follow-up appointment; the issue's own example, and the day-one file's commonest wrong
answer in the blind sets)."""
_NEXT_DOSE = re.compile(
    r"\b(?:another (?:lot|go|one|dose|round|course|injection|jab|shot|session|top ?up)|"
    r"a top ?up|more (?:injections|jabs|shots|botox)|come back for more)\b"
)
_NEXT = _OFTEN | frozenset(normalize.stem(w) for w in "another next top".split())
"""A question that asks about another dose (`_NEXT_DOSE`: "how soon can I come back for
another lot", "...for a top-up") is a near miss of an entry that knows none of these: the
day-one file answered such questions with the follow-up appointment too."""
_HOW_MANY = re.compile(
    r"\bhow many (?:\w+ )?(?:injections|injection|jabs|shots|needles|pricks|sites|spots|"
    r"muscles)\b"
)
_MANY = frozenset(normalize.stem(w) for w in "many number count".split())
"""A question that asks how many injections (`_HOW_MANY`) is a near miss of an entry that
never speaks of a number: "My father-in-law is here for his neck. How many injections do they
usually give?" is not "How is the injection given?" (blind set CL, the day-one file)."""
_ASKED_HOW: tuple[tuple[re.Pattern[str], frozenset[str], str], ...] = (
    (_HOW_OFTEN, _OFTEN, "how often"),
    (_NEXT_DOSE, _NEXT, "about another dose"),
    (_HOW_MANY, _MANY, "how many"),
)
"""(what the question's words ask, the keys an entry must know to answer it, how
`--explain` says it)."""
HAVING = frozenset("has have had".split())
"""Question words that as often tell ("he has cp", "..., had the stroke in May")."""
_TREATMENT = frozenset(
    normalize.stem(word)
    for word in "botox injection injections jab jabs shot shots treatment treatments toxin".split()
)
"""Stems of words for the treatment: the condition after "<one of these> for" is what it
treats. Narrower than `redflags.TREATMENT_WORDS`: "a drug for spasticity" or "a procedure for
my dystonia" may be another treatment, which the question asks about."""
_WHOSE = frozenset(normalize.stem(word) for word in "my his her their your the".split())
_NEW_SUBJECT = _WHOSE | frozenset(
    normalize.stem(word) for word in "i he she it they we you our this that".split()
)
"""Stems that open a clause of its own after "and" (a subject, or whose it is): not more of
the condition told before."""
_ASKED_OF = frozenset(
    "it he she they you i we the my your his her their this that botox anyone anybody someone "
    "somebody people".split()
)
""""has" opens a question when who or what is asked about follows ("has it worked", "have
you seen"); "has MS and asked me to find out whether..." after a name in its own clause
("Our vicar, Reverend Alun, has MS and...", blind set BR) tells a condition."""


def _said(analysis: Analysis) -> frozenset[str]:
    """Every key the question's words may stand for."""
    return frozenset(key for term in analysis.terms for key, _ in term.alternatives)


COMMON_SUBJECT_SHARE = 0.25
"""A subject known to at least this share of the entries is the content's own subject."""


def common_subjects(
    entry_keys: Sequence[frozenset[str]], subjects: frozenset[str]
) -> frozenset[str]:
    """The subject keys that at least `COMMON_SUBJECT_SHARE` of the entries (and two) know."""
    need = max(2.0, COMMON_SUBJECT_SHARE * len(entry_keys))
    return frozenset(s for s in subjects if sum(s in keys for keys in entry_keys) >= need)


MOST_NAMED_SHARE = 0.5
"""A body part named by at least this share as many entries as the most named one is one of
the parts the content is about."""


def most_named(entry_keys: Sequence[frozenset[str]], parts: frozenset[str]) -> frozenset[str]:
    """The body parts the content names most (at least `MOST_NAMED_SHARE` as many entries as
    the first, and two): what the clinic treats."""
    counts = {p: sum(p in keys for keys in entry_keys) for p in parts}
    need = max(2.0, MOST_NAMED_SHARE * max(counts.values(), default=0))
    return frozenset(p for p, n in counts.items() if n >= need)


class Verdict:
    """Turns one question's analysis and ranking into the `Result` the patient sees."""

    def __init__(
        self,
        faq: Faq,
        index: Index,
        synonyms: SynonymMap,
        thresholds: Thresholds,
        decision: DecisionModel,
    ) -> None:
        self.faq = faq
        self.thresholds = thresholds
        self.decision = decision
        self._index = index
        self._synonyms = synonyms
        self._subjects = {kind: self._keys(words) for kind, words in SUBJECT_KINDS.items()}
        """Kind (condition, body part, medicine) -> the keys of the words naming one."""
        self._comparing = self._keys(COMPARING)
        self._asking_else = self._keys(ASKING_ELSE)
        self._opposites = [(self._keys((a,)), self._keys((b,))) for a, b in OPPOSITES]
        self._opposites += [(b, a) for a, b in self._opposites]
        """Pairs of keys asking opposite things (see `subjects.OPPOSITES`), both ways."""
        self._named_by = {
            subject: self._keys(words)
            for name, words in NAMED_BY.items()
            for subject in self._keys((name,))
        }
        """Subject key -> the keys of everyday words that name it (see `subjects.NAMED_BY`)."""
        self._compares = frozenset(
            e.id for e in faq.faqs if self._keys((e.question,)) & self._comparing
        )
        """Entries whose own question compares two things (see `subjects.COMPARING`)."""
        known = [index.entry_keys(e.id) for e in faq.faqs]
        self._common = common_subjects(known, frozenset().union(*self._subjects.values()))
        """Subjects so many entries know that they are what the whole content is about
        ("botox" on a Botox clinic's kiosk): naming one, or leaving it out, says nothing about
        which entry is meant ("is bruising normal after botox" is about bruising)."""
        self._treated = most_named(known, self._subjects["body part"])
        """The body parts the content names most, what the clinic treats: a question naming
        one ("how long does botox last in the arm") is no near miss of an entry that never
        names it. A day-one file names the arm in 3 of 52 entries, under `_common`'s share."""
        self._treated_conditions = most_named(known, self._subjects["condition"])
        """The conditions the content names most (spasticity, cervical dystonia...): named as
        what the treatment is for ("side effects after Botox for spasticity"), one is the
        question's background (`background`)."""
        english = common_english()
        self._everyday = frozenset(
            normalize.stem(word)
            for entry in faq.faqs
            for word in normalize.matching_words(entry.answer)
            if word in english
        )
        """Stems of the common English words ("people", "time", "take") the answers use: the
        words of an answer that say nothing of what its entry is about (`_asked_by_another`).
        Only the answers' words, not all 8,400 common words: stemming those took 120 ms."""
        self.density = sum(len(e.phrasings) for e in faq.faqs) / max(1, len(faq.faqs))
        """Mean phrasings per entry: evidence for the decision model."""

    def _keys(self, texts: Sequence[str]) -> frozenset[str]:
        """The keys the index reads in `texts` (stemmed, synonyms applied)."""
        return frozenset(
            key
            for text in texts
            for key, _ in self._synonyms.apply(
                normalize.tokens(text), [1.0] * len(normalize.tokens(text))
            )
        )

    @property
    def answer_cut(self) -> float:
        """The probability needed to answer, for this content's phrasings per entry."""
        return self.decision.answer_cut(math.log(max(1.0, self.density)))

    def evidence(self, analysis: Analysis, ranked: Sequence[Candidate]) -> list[Evidence]:
        """The evidence for each of the first three ranked entries, then (when two or more
        entries are within `clarify_window` points of the first) for that group of close
        entries taken as one, against the entries outside it."""
        read = functools.partial(
            evidence,
            ranked,
            unknown=self._index.unknown_share(analysis.terms),
            corrections=len(analysis.corrections),
            unfamiliar=bool(analysis.unfamiliar),
            density=self.density,
        )
        found = [read(i) for i in range(min(3, len(ranked)))]
        close = self.close(ranked)
        if close > 1:
            found.append(read(0, rivals=ranked[close:]))
        return found

    def near_miss(
        self,
        question: str,
        analysis: Analysis,
        top: Candidate,
        asking: Analysis | None = None,
    ) -> str | None:
        """Why the first entry is about another subject than the question, or None.

        `asking` is the part of the question that asks, read on its own, when the rest is a
        story told before it: a condition the clinic treats (`_treated_conditions`: stroke,
        MS...) named only in the story is the asker's background ("Stroke last winter, arm
        tight. If the first Botox does not work, what then?", blind set CL), as it is in a
        clause that tells it with "had" or "since" (`background`). Another condition told
        there still makes a near miss ("I have a Parkinson's tremor. Can Botox stop the
        shaking?").

        Per kind of subject (condition, body part, medicine; see `subjects`): the question
        names one that the entry never mentions ("can botox help my back pain" is not "Will it
        help with my pain?"; a body part the content treats does not count), or the entry's
        question or best phrasing names one the question does not, while the question names
        another ("what causes cerebral palsy" is not "Can cerebral palsy cause spasticity?";
        everyday names count, see `_names`). An entry that
        compares two things is a near miss for a question that asks what one does, costs or
        who offers it without comparing (`subjects.ASKING_ELSE`), and one whose question says
        the opposite of the question's word ("rare" for "common", `subjects.OPPOSITES`), and
        one that never says how often, of another dose or a number, for a question that asks it
        (`_ASKED_HOW`). Such an entry may be offered, never answered."""
        said = _said(analysis)
        entry = top.entry.id
        if entry in self._compares and said & self._asking_else and not said & self._comparing:
            return (
                "the entry compares two things, the question asks what one does, costs or who "
                f"offers it ({', '.join(sorted(said & self._asking_else))})"
            )
        asked = said - self.background(question) - self._common
        if asking is not None:
            asked -= (said - _said(asking)) & self._treated_conditions
        known = self._index.entry_keys(entry)
        words = " ".join(normalize.words(question))
        for pattern, needed, what in _ASKED_HOW:
            if pattern.search(words) and not known & needed:
                return f"the question asks {what}, which the entry never does"
        shown = self._index.phrasing_keys(entry, top.phrasing) | self._index.phrasing_keys(
            entry, top.entry.question
        )
        for said_here, shown_there in self._opposites:
            if said & said_here and shown & shown_there and not said & shown_there:
                return (
                    f"the question asks about {', '.join(sorted(said & said_here))}, the entry "
                    f"about {', '.join(sorted(shown & shown_there))}"
                )
        for kind, subjects in self._subjects.items():
            named = asked & subjects
            if not named:
                continue
            unknown = sorted(named - known - self._treated)
            if unknown:
                return f"the question names a {kind} ({', '.join(unknown)}) the entry never does"
            other = sorted(s for s in (shown & subjects) - self._common if not self._names(said, s))
            if kind == "medicine" and named <= shown:
                # medicines named together are alternatives ("Are Dysport and Xeomin the
                # same as Botox?"), where conditions are cause and effect ("Can cerebral
                # palsy cause spasticity?" does not answer "what causes cerebral palsy")
                other = []
            if other:
                return (
                    f"the entry is about a {kind} ({', '.join(other)}) the question does not "
                    f"name, and the question names {', '.join(sorted(named))}"
                )
        return None

    def names_a_subject(self, analysis: Analysis) -> bool:
        """Whether the question names a condition, body part or medicine (`subjects`) that is
        not what the whole content is about ("botox")."""
        said = _said(analysis)
        return any(said & (subjects - self._common) for subjects in self._subjects.values())

    def _names(self, said: frozenset[str], subject: str) -> bool:
        """Whether a question with keys `said` names `subject` (a key): itself, in background
        too ("my dad had a stroke and his hand is in a fist, is that spasticity?" names the
        stroke), in everyday words ("stiff" for spasticity), or a compound subject by its last
        word ("dystonia" for cervical dystonia)."""
        return (
            subject in said
            or bool(said & self._named_by.get(subject, frozenset()))
            or ("_" in subject and subject.rsplit("_", 1)[1] in said)
        )

    def background(self, question: str) -> frozenset[str]:
        """Subject keys named only in a clause that tells who the question is for ("my son
        Tom has cp, how long does botox last"; "i had a stroke last year so can i drive"):
        the patient's background, not what the question asks about. A clause is background
        when it does not start like a question and states a condition with have/has/had/got/
        with/since/after, or adds to the one before with "and" ("has ms and spasticity in
        both arms"); a subject also named in the question's own clause still counts.
        A condition the content treats, named as what the treatment is for ("which side
        effects are most common after Botox for spasticity", "can children have Botox for
        spasticity"), is background wherever it stands: the question asks about the side
        effects, and "how long does spasticity last" still names spasticity (blind sets D to
        CD)."""
        background: set[str] = set()
        asked: set[str] = set()
        treated_for: set[str] = set()
        text = normalize.clean(question).lower()
        joins = ["", *(m.group().strip() for m in _CLAUSES.finditer(text))]
        telling = False  # the clause before told someone's condition
        for clause, join in zip(_CLAUSES.split(text), joins, strict=True):
            tokens = normalize.tokens(clause)
            if not tokens:
                continue
            for at, (a, b) in enumerate(itertools.pairwise(tokens)):
                if a in _TREATMENT and b == "for":
                    rest = tokens[at + 2 :]
                    named = rest[1:3] if rest[:1] and rest[0] in _WHOSE else rest[:2]
                    said = {key for key, _ in self._synonyms.apply(named, [1.0] * len(named))}
                    treated_for |= said & self._treated_conditions
            keys = {key for key, _ in self._synonyms.apply(tokens, [1.0] * len(tokens))}
            asks = tokens[0] in QUESTION_STARTS and (
                tokens[0] not in HAVING or len(tokens) == 1 or tokens[1] in _ASKED_OF
            )
            is_question = asks or clause.rstrip().endswith("?")
            # "my brother has ms and spasticity in both arms": what "and" adds to the
            # condition a clause tells is told too (blind set CE); "...and his hand is
            # clenched" tells of something else, which the question may ask about
            telling = not is_question and (
                bool(_BACKGROUND_VERBS & set(normalize.words(clause)))
                or (telling and join == "and" and tokens[0] not in _NEW_SUBJECT)
            )
            if telling:
                background |= keys
            else:
                asked |= keys
        return frozenset(background - asked) | frozenset(treated_for)

    def close(self, ranked: Sequence[Candidate]) -> int:
        """How many entries, from the first, are within `clarify_window` points of it."""
        window = self.thresholds.clarify_window
        count = 1 if ranked else 0
        while count < len(ranked) and ranked[0].score - ranked[count].score <= window:
            count += 1
        return count

    def decide(self, question: str, analysis: Analysis, ranked: list[Candidate]) -> Result:
        """Answer when the first entry is very likely the one meant (and knows enough of the
        question); "Did you mean...?" with the entries (1-3) that are plausible on their own
        or as a group of close ones; fall back only when none is."""
        limits = self.thresholds
        model = self.decision
        found = self.evidence(analysis, ranked)
        chances = [e.probability(model) for e in found]
        own = chances[: min(3, len(ranked))]
        group = chances[len(own)] if len(chances) > len(own) else 0.0
        close = self.close(ranked)
        best = ranked[0].score if ranked else 0.0

        def explain(reason: str) -> Explanation:
            return Explanation(
                analysis.normalized,
                reason,
                tuple(ranked[:3]),
                corrections=analysis.corrections,
                chances=tuple(own),
                evidence=tuple(found[0].reasons(model)) if found else (),
            )

        top = ranked[0] if ranked else None
        near_miss = self.near_miss(question, analysis, top) if top is not None else None
        # entries after the first that know the question much better than it does: no
        # answer, and they are offered beside it
        knows_more = [
            c for c in ranked[1:3] if top is not None and limits.rival_knows_more(top.coverage, c)
        ]
        # an entry after the first asks with the question's own word, which the first only
        # mentions in its answer: no answer, and it is offered beside the first
        asked_by = self._asked_by_another(analysis, top, ranked) if top is not None else None
        if asked_by is not None and asked_by not in knows_more:
            knows_more.append(asked_by)
        # the floors under the model: readings that agree, coverage, precision
        floor = self._floor_missed(analysis, top) if top is not None else None
        if (
            top is not None
            and near_miss is None
            and floor is None
            and own[0] >= self.answer_cut
            and not analysis.unfamiliar
            and not knows_more
        ):
            return Result(
                question,
                Kind.ANSWER,
                top.entry.answer,
                best,
                entry=top.entry,
                explanation=explain(
                    f"{own[0]:.0%} likely the entry meant (answers from {self.answer_cut:.0%}), "
                    f"{top.coverage:.0%} of the question's words known, "
                    f"{top.precision:.0%} of the phrasing used"
                ),
            )
        offered = tuple(
            c
            for i, (c, chance) in enumerate(zip(ranked, own, strict=False))
            if (chance >= model.offer or (i < close and group >= model.offer) or c in knows_more)
            and c.coverage >= limits.clarify_coverage
            and c.precision >= limits.clarify_precision
        )
        if offered:
            why = (
                f"the question names {', '.join(analysis.unfamiliar)}, which the content does "
                "not know: ask whether these are meant"
                if analysis.unfamiliar
                else f"{near_miss}: ask whether it is meant"
                if near_miss is not None
                else f"the first entry only mentions a word of the question in its answer, and "
                f"{asked_by.entry.id!r} asks with it: ask which is meant"
                if asked_by is not None and own[0] >= self.answer_cut
                else "an entry ranked after the first knows more of the question's words: ask "
                "which is meant"
                if knows_more and own[0] >= self.answer_cut
                else f"likely ({own[0]:.0%}, answers from {self.answer_cut:.0%}) but {floor}: ask"
                if floor is not None and own[0] >= self.answer_cut
                else f"plausible but not sure enough to answer (best {own[0]:.0%}"
                + (f", the {close} close ones together {group:.0%}" if close > 1 else "")
                + f"; answers from {self.answer_cut:.0%}, offers from {model.offer:.0%}): ask"
            )
            return self.clarify(question, offered, best, explain(why))
        return self.fallback(
            question,
            analysis.normalized,
            (
                f"the question names {', '.join(analysis.unfamiliar)}, which the content does "
                "not know: it may be about something else"
                if analysis.unfamiliar
                else self._why_not_offered(top, own[0])
                if top is not None and own[0] >= model.offer
                else f"no entry is plausible (best {own[0] if own else 0.0:.0%}, "
                f"offered from {model.offer:.0%})"
            ),
            ranked,
            analysis,
            own,
        )

    def _asked_by_another(
        self, analysis: Analysis, top: Candidate, ranked: Sequence[Candidate]
    ) -> Candidate | None:
        """The entry ranked second or third whose phrasings ask with the weightiest word the
        first entry knows only from its answer, when that word is no common English word and
        outweighs every word the first's phrasings share with the question; else None.

        "splint after injection" on a day-one file: "What should I do after the injection?"
        ranks first on "after the injection", and its answer ends "Keep up your stretches and
        splint as advised"; "Do I still need physio, stretching or my splint?" asks about the
        splint, the question's own subject. The first was answered 21 times in the blind
        sets' pool where the second was meant. Common words ("people", "time") are left
        out: any entry's answer uses them, and the question's subject is elsewhere."""
        asks = self._index.entry_keys(top.entry.id)
        tells = self._index.answer_keys(top.entry.id)
        shared = 0.0
        told: list[tuple[float, set[str]]] = []
        for term in analysis.terms:
            if not term.content:
                continue
            keys = {k for k, _ in term.alternatives}
            if keys & asks:
                shared = max(shared, term.weight)
            elif keys & tells and not keys & self._everyday:
                told.append((term.weight, keys))
        if not told:
            return None
        weight, keys = max(told, key=lambda wk: wk[0])
        if weight <= shared:
            return None
        for other in ranked[1:3]:
            if keys & self._index.entry_keys(other.entry.id):
                return other
        return None

    def _why_not_offered(self, top: Candidate, chance: float) -> str:
        """Why a first entry likely enough to offer was not offered: the offer floors, which
        `--explain` names rather than "no entry is plausible" beside a high likelihood."""
        limits = self.thresholds
        if top.coverage < limits.clarify_coverage:
            return (
                f"the best entry ({chance:.0%} likely) knows only {top.coverage:.0%} of the "
                f"question's words (offered from {limits.clarify_coverage:.0%})"
            )
        return (
            f"the best entry ({chance:.0%} likely) has only {top.precision:.0%} of its phrasing "
            f"used (offered from {limits.clarify_precision:.0%})"
        )

    def _floor_missed(self, analysis: Analysis, top: Candidate) -> str | None:
        """Which floor under the decision model keeps the first entry from being answered
        however likely it is, else None: the answer rule and `--explain` ("likely (96 %) but
        only 32 % of the phrasing used") read the floors here, once."""
        limits = self.thresholds
        if analysis.readings_disagree:
            return "the question's readings disagree on the entry"
        if top.coverage < limits.coverage:
            return (
                f"only {top.coverage:.0%} of the question's words known "
                f"(answers from {limits.coverage:.0%})"
            )
        floor = limits.precision_floor(analysis.content_words)
        if top.precision < floor:
            return f"only {top.precision:.0%} of the phrasing used (answers from {floor:.0%})"
        return None

    @staticmethod
    def clarify(
        question: str, offered: Sequence[Candidate], score: float, explanation: Explanation
    ) -> Result:
        """ "Did you mean...?" with `offered` (best first), its text listing their questions;
        `score` is the best-ranked entry's."""
        lines = "\n".join(f"{i}. {c.entry.question}" for i, c in enumerate(offered, 1))
        return Result(
            question,
            Kind.CLARIFY,
            f"{CLARIFY_PROMPT if len(offered) > 1 else CLARIFY_ONE}\n{lines}",
            score,
            candidates=tuple(offered),
            explanation=explanation,
        )

    def fallback(
        self,
        question: str,
        normalized: str,
        reason: str,
        ranked: Sequence[Candidate] = (),
        analysis: Analysis | None = None,
        chances: Sequence[float] = (),
    ) -> Result:
        """The content's fallback text, with why and what came closest."""
        corrections = analysis.corrections if analysis else ()
        why = Explanation(
            normalized, reason, tuple(ranked[:3]), corrections=corrections, chances=tuple(chances)
        )
        score = ranked[0].score if ranked else 0.0
        return Result(question, Kind.FALLBACK, self.faq.fallback, score, explanation=why)
