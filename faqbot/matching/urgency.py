"""The urgent level: whether a question gets the alert, "Is this happening now?" or neither.

Why a module of its own: the urgent level is the engine's first and most important check, and
its parts (the content's urgent rules, the built-in self-harm floor, the red-flag words of the
urgent check, and the reader that finds them however the question was typed) belong together
and change together. `faqbot.matching.engine` asks it first and goes on only when it is quiet.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz import process
from rapidfuzz.distance import OSA

from faqbot.content.model import Faq, Rule
from faqbot.matching import chatter, normalize, redflags, urgentmodel
from faqbot.matching.commonwords import COMMON_WORDS, is_common
from faqbot.matching.english import is_listed
from faqbot.matching.segment import TWO_LETTER_WORDS, Segmenter
from faqbot.matching.triggers import Trigger, TriggerIndex, Word
from faqbot.matching.urgentread import Reading, UrgentReader, for_learned_reader

CHECK_RULE = Rule(redflags.CHECK_ID, (), redflags.URGENT_MESSAGE)
"""The urgent check as a rule: its id for `--json`, its answer the alert shown after "Yes"."""
SELF_HARM_RULE = Rule(redflags.SELF_HARM_ID, redflags.SELF_HARM_PHRASES, redflags.SELF_HARM_MESSAGE)
"""The built-in self-harm floor, for content whose own rules did not fire."""
DISTRESS_RULE = Rule(redflags.DISTRESS_ID, (), redflags.SELF_HARM_MESSAGE)
"""The check asked on words of despair, its answer the self-harm message shown after "Yes"."""


@dataclass(frozen=True, slots=True)
class Doubt:
    """Why a question gets "Is this happening now?", and which check it gets."""

    reason: str
    distress: bool = False
    """Words of despair: the check names thoughts of self-harm, and "Yes" shows the self-harm
    message; otherwise the check names the physical red flags."""
    waived: bool = False
    """The word lists' clue was overruled: the learned reader reads the question as calm
    beyond doubt (`UrgentModel.calms`), so no check is asked; `reason` says why, for
    `--explain`."""

    @property
    def rule(self) -> Rule:
        return DISTRESS_RULE if self.distress else CHECK_RULE

    @property
    def text(self) -> str:
        return redflags.DISTRESS_TEXT if self.distress else redflags.CHECK_TEXT


SHORT_WORD_LETTERS = 5
"""A real word shorter than this is never read by the urgent rules as a bigger slip (two
letters) of a trigger word: two slips are half of it. "I'm a sushi chef in Anstruther. Can
children have Botox for tight muscles too?" fired "chest tight" (blind set BJ). Longer real
words still may: patients type "slurry" for slurred and "ladder" for bladder."""


def _short_real_word(word: str) -> bool:
    return len(word) < SHORT_WORD_LETTERS and is_listed(word)


_WITH_CHAT = frozenset("you u very much so a lot many again kindly muchly love there".split())
"""Words said around a greeting or thanks ("thank you very much", "hello there")."""
_CHAT = chatter.CHAT_WORDS | frozenset({"thx", "thanx"})
"""Greeting, politeness and assent words (`chatter.CHAT_WORDS`), with thanks as typed short."""


def _only_chat(reading: Reading) -> bool:
    """Whether the text only greets or thanks (`chatter.CHAT_WORDS`: "Ta very much."): the
    learned reader weighs "very" toward urgent ("very weak", "very dizzy") and asked "Is this
    happening now?" of it (blind set BJ's "Ta very much." as a sentence of its own)."""
    words = {w.surface for w in reading.words}
    return bool(words & _CHAT) and words <= _CHAT | _WITH_CHAT


class RuleSet:
    """Urgent or refer rules, each trigger compiled once."""

    def __init__(
        self,
        rules: Sequence[Rule],
        to_words: Callable[[str], list[Word]],
        known: frozenset[str],
        *,
        loose_known: bool = False,
        everyday: Callable[[str], bool] = is_common,
        is_word: Callable[[str], bool] = lambda word: False,
        keyboard_only: Callable[[str], bool] = lambda word: False,
    ) -> None:
        """`everyday(word)`: a typed word it accepts is never a slip of a trigger word;
        `is_word(word)`: one it accepts is never a bigger slip of one; `keyboard_only(word)`:
        one it accepts is a slip of one only by the keyboard (`TriggerIndex`)."""
        pairs = [(rule, text) for rule in rules for text in rule.triggers]
        self._rules = [rule for rule, _ in pairs]
        self._index = TriggerIndex(
            [Trigger.compile(text, to_words(text)) for _, text in pairs],
            known,
            everyday,
            loose_known=loose_known,
            is_word=is_word,
            keyboard_only=keyboard_only,
        )

    def forget(self) -> None:
        """Drop cached typed words."""
        self._index.forget()

    def first(
        self, words: Sequence[Word], reading: Reading | None = None
    ) -> tuple[Rule, str] | None:
        """The first rule (in file order) with a trigger present, and that trigger's text.
        With a `reading`, its words, places and joined words are used instead of `words`."""
        if reading is None:
            position = self._index.first(words)
        else:
            position = self._index.first(
                reading.words,
                places=reading.places,
                joined=reading.joined,
                no_big_slips=reading.no_big_slips,
            )
        if position is None:
            return None
        return self._rules[position], self._index.triggers[position].text


class Urgency:
    """The content's urgent rules, the self-harm floor and the urgent check, read together."""

    def __init__(
        self,
        faq: Faq,
        *,
        to_words: Callable[[str], list[Word]],
        typed_words: Callable[[str, bool], list[Word]],
        to_word: Callable[[str], Word],
        known: frozenset[str],
        trigger_words: frozenset[str],
    ) -> None:
        """`to_words` reads a trigger, `typed_words(text, repair)` typed text and `to_word`
        one word, all as the engine does; `known` are the words never read as a slip for a
        trigger word; `trigger_words` every word of a rule or the content."""
        self.rules = RuleSet(
            faq.urgent,
            to_words,
            known,
            loose_known=True,
            is_word=_short_real_word,
            keyboard_only=is_listed,
        )
        added = faq.urgent_check
        self.concepts = redflags.Concepts().extended(added.body, added.problem, added.self_harm)
        """The red-flag words of the urgent check (see `redflags`), with the content's."""
        self._learned = urgentmodel.bundled()
        """The learned reader, asked when every list is quiet (`urgentmodel`)."""
        vocabulary = (
            COMMON_WORDS
            | normalize.STOPWORDS
            | normalize.CONTRACTION_WORDS
            | frozenset(normalize.IRREGULAR)
            | trigger_words
            | frozenset(w for w in self.concepts.words() for w in normalize.words(w))
        )

        def self_harm(ordered: bool, leave_out: frozenset[str] = frozenset()) -> TriggerIndex:
            in_order = redflags.SELF_HARM_IN_ORDER
            phrases = [
                p
                for p in self.concepts.self_harm
                if (p in in_order) == ordered and p not in leave_out
            ]
            return TriggerIndex(
                [Trigger.compile(p, to_words(p), ordered=ordered) for p in phrases],
                known,
                is_common,
                loose_known=True,
                is_word=is_listed,
                keyboard_only=is_listed,
            )

        self._self_harm = self_harm(ordered=False)
        self._self_harm_but_going_on = self_harm(ordered=False, leave_out=redflags.GOING_ON)
        """The same, without the phrases about going on: read when those fired on going on
        with a treatment (`redflags.TREATMENT_GOES_ON`)."""
        self._self_harm_in_order = self_harm(ordered=True)
        """The self-harm phrases said in order: matched word by word, small words counted
        (the closeness places of the urgent reading skip them)."""

        def forms(words: Iterable[str]) -> frozenset[str]:
            return frozenset(f for w in words for x in to_words(w) for f in (x.surface, x.stem))

        self._body = forms(self.concepts.body)
        self._problem = forms(self.concepts.problem)
        self._dying = forms(self.concepts.dying)
        self._dying_never_waived = forms(redflags.DYING_WORDS_NEVER_WAIVED)
        self._alarm = forms(self.concepts.alarm)

        def slot(word: str) -> frozenset[str]:
            """A phrase word's forms; a contracted negative ("cant", "wont") stands for its
            "not" alone, so that "can i eat" is not read as "cant eat"."""
            read = list(to_words(word))
            if len(read) > 1 and read[-1].surface == "not":
                read = read[-1:]
            return frozenset(f for x in read for f in (x.surface, x.stem))

        self._alarm_phrases = redflags.Phrases.of(
            tuple(slot(w) for w in phrase.split()) for phrase in self.concepts.alarm_phrases
        )
        self._distress = forms(self.concepts.distress)
        self._distress_phrases = redflags.Phrases.of(
            tuple(frozenset({w.surface, w.stem}) for w in to_words(phrase))
            for phrase in self.concepts.distress_phrases
        )
        self._despair_cues = {f: w for w in redflags.DESPAIR_CUES for f in forms([w])}
        """Each form of a despair cue, with the cue it stands for (forms of one cue count once)."""

        read_once: dict[str, frozenset[str]] = {}

        def word_by_word(phrases: Iterable[str]) -> redflags.Phrases:
            """Phrases matched word by word, each word in any of its forms (each word read
            once: the not-despair phrases repeat a few words a thousand times)."""
            return redflags.Phrases.of(
                tuple(read_once.get(w) or read_once.setdefault(w, forms([w])) for w in p.split())
                for p in phrases
            )

        self._calm_phrases = word_by_word(redflags.CALM_PHRASES)
        self._not_despair = word_by_word(redflags.NOT_DESPAIR_PHRASES)
        self._not_alone_despair = word_by_word(redflags.NOT_ALONE_DESPAIR_PHRASES)
        self._now = _spaced(redflags.NOW_WORDS)
        self._settled = _spaced(redflags.SETTLED_PHRASES)
        self._risk_openers = frozenset(redflags.RISK_OPENERS)
        self._risk_subjects = frozenset(redflags.RISK_SUBJECTS)
        self._risk_modals = frozenset(redflags.RISK_MODALS)
        self._risk_persons = frozenset(redflags.RISK_PERSONS)
        self._run_openers = tuple(self._risk_openers | self._risk_modals)
        """Openers looked for at the start of a run-together first word ("canbotox")."""
        self._risk_phrases = _spaced(redflags.RISK_PHRASES)
        self._general_risks = _spaced(redflags.GENERAL_RISK_PHRASES)
        self._long_standing = _spaced(redflags.LONG_STANDING_PHRASES)
        self._absent = _spaced(redflags.ABSENT_PHRASES)
        self._idioms = _spaced(redflags.IDIOM_PHRASES)
        self._idiom_stems = {
            i: frozenset(normalize.stem(w) for w in i.split()) for i in self._idioms
        }
        """Each saying's stems: it counts only for a trigger that shares one (`not_a_report`)."""
        self._check_known = vocabulary
        """Words read as themselves by the check; another word may be a slip of a red-flag
        word ("vioce" for "voice")."""
        self._slip_forms = {
            w: forms([w])
            for w in (
                *self.concepts.body,
                *self.concepts.problem,
                *self.concepts.alarm,
                *self.concepts.dying,
                *(w for phrase in self.concepts.alarm_phrases for w in phrase.split()),
            )
            if len(w) >= 4 and " " not in w
        }
        """Red-flag words a typing slip may stand for, with their forms (read once, here)."""
        self._check_words = sorted(self._slip_forms)
        self._everyday = sorted(
            {
                form
                for w in COMMON_WORDS
                for form in (w, w + "s", w + "ed", w + "ing", w[:-1] + "ing")
                if len(form) >= redflags.TWO_SLIP_LETTERS - 1 and is_common(form)
            }
            - set(self._slip_forms)
        )
        """Everyday words, with their regular forms, a long slip may be of instead ("takign":
        "taking")."""
        rule_words = [w for rule in faq.urgent for t in rule.triggers for w in normalize.words(t)]
        flagged = self._body | self._problem | self._alarm | self._dying | forms(rule_words)
        """Every form of a word that may report a red flag: no name ends on one."""
        kept = self._dying_never_waived | forms(
            w
            for phrase in self.concepts.self_harm
            for w in phrase.split()
            if w not in normalize.STOPWORDS
        )
        """Words of self-harm no name hides ("the Suicide Squad" keeps its alert)."""
        self._reader = UrgentReader(
            typed_words,
            to_word,
            lambda word: word in vocabulary or is_common(word),
            Segmenter(
                (w for w in vocabulary if len(w) > 2 or w in TWO_LETTER_WORDS),
                slips=self._check_words,
            ),
            red_flags=(*self._check_words, *rule_words),
            red_flag=lambda word: bool(forms([word]) & flagged),
            never_a_name=lambda word: bool(forms([word]) & kept),
        )

    def readings(self, question: str) -> list[Reading]:
        """Every reading of the question the urgent rules look at (`urgentread`)."""
        return self._reader.readings(question)

    def first(
        self, question: str, readings: Sequence[Reading] | None = None
    ) -> tuple[Rule, str] | None:
        """The first urgent rule that fires on any reading of the question (see
        `faqbot.matching.urgentread`: look-alike letters, control characters, missing and extra
        spaces), else the built-in self-harm floor."""
        if readings is None:
            readings = self._reader.readings(question)
        for reading in readings:
            fired = self.rules.first(reading.words, reading)
            if fired is not None:
                return fired
        return self.self_harm(readings)

    def self_harm(self, readings: Sequence[Reading]) -> tuple[Rule, str] | None:
        """The built-in self-harm floor and the words that fired it, else None."""
        for reading in readings:
            index = self._self_harm
            position = index.first(
                reading.words,
                places=reading.places,
                joined=reading.joined,
                no_big_slips=reading.no_big_slips,
            )
            if position is not None and index.triggers[position].text in redflags.GOING_ON:
                typed = " ".join(w.surface for w in reading.words)
                if redflags.TREATMENT_GOES_ON.search(typed):
                    index = self._self_harm_but_going_on
                    position = index.first(
                        reading.words,
                        places=reading.places,
                        joined=reading.joined,
                        no_big_slips=reading.no_big_slips,
                    )
            if position is not None:
                return SELF_HARM_RULE, index.triggers[position].text
            position = self._self_harm_in_order.first(
                reading.words, joined=reading.joined, no_big_slips=reading.no_big_slips
            )
            if position is not None:
                return SELF_HARM_RULE, self._self_harm_in_order.triggers[position].text
        return None

    def _check_forms(self, word: Word) -> set[str]:
        """The forms the check reads a typed word as: itself, and when it is no word we know,
        the red-flag word it is a slip of, with its first letter right: one slip in a word of
        four letters or more ("whsiper", "narrwer"), two in one of six or more ("dubble"), one
        in a three-letter word ("wek", "lis").
        A word that is only an everyday word's stem with an odd ending ("spining" -> "spine")
        may be a slip of a red-flag word that shares its first three letters ("spinning")."""
        found = {word.surface, word.stem}
        surface = word.surface
        if not surface.isalpha() or surface in self._check_known or surface in COMMON_WORDS:
            return found
        everyday = is_common(surface)
        listed = everyday or is_listed(surface)  # a real word is at most one slip from another
        near: list[str] = []
        if len(surface) == 3 and not everyday:
            hits = process.extract(
                surface, self._check_words, scorer=OSA.distance, score_cutoff=1, limit=5
            )
            near = [form for form, _, _ in hits if len(form) == 4 and form[0] == surface[0]]
        elif len(surface) >= redflags.SLIP_LETTERS:
            hits = process.extract(
                surface, self._check_words, scorer=OSA.distance, score_cutoff=2, limit=8
            )
            allowed = [
                (form, edits)
                for form, edits, _ in hits
                if not (everyday and form[:3] != surface[:3])
                and form[0] == surface[0]  # slips rarely hit the first letter ("wells" is
                # not "swells")
                and (
                    edits <= 1
                    or (
                        not listed
                        and len(surface) >= redflags.TWO_SLIP_LETTERS
                        and len(form) >= redflags.TWO_SLIP_LETTERS
                    )
                )
            ]
            fewest = min((edits for _, edits in allowed), default=0)
            if fewest >= 2 and self._nearer_everyday(surface, fewest - 1):
                allowed = []  # "takign" is "taking", not "talking"
            # every red-flag word equally near: "waek" may be "weak" or "wake"
            near = [form for form, edits in allowed if edits == fewest]
        for form in near:
            found |= self._slip_forms[form]
        return found

    def _nearer_everyday(self, surface: str, edits: int) -> bool:
        """An everyday word (not a red-flag one) at most `edits` slips from `surface`."""
        return (
            process.extractOne(surface, self._everyday, scorer=OSA.distance, score_cutoff=edits)
            is not None
        )

    def needs_check(self, readings: Sequence[Reading]) -> Doubt | None:
        """Why the question gets "Is this happening now?" (`faqbot.matching.redflags`): a word
        or phrase that reports a red flag on its own, a red-flag body word and a problem word
        close together, or a word about dying; words of despair get the check about
        self-harm; else None."""
        despair: Doubt | None = None
        waived: Doubt | None = None
        verdict: urgentmodel.Verdict | None = None  # read once, when a clue needs it

        def clue(reason: str) -> Doubt | None:
            """The check for a loose clue of the word lists, unless the learned reader reads
            the question as calm beyond doubt (then the clue is kept as `waived`)."""
            nonlocal verdict, waived
            if verdict is None:
                verdict = self._verdict(readings[0])
            if not self._learned.calms(verdict):
                return Doubt(reason)
            if waived is None:
                waived = Doubt(
                    f"{reason}, but the learned reader reads it as calm (score "
                    f"{verdict.urgent:.1f}, under {self._learned.calm:g})",
                    waived=True,
                )
            return None

        for reading in readings:
            # Known words are read as themselves: read as slips, everyday words would turn
            # into body words ("steak" -> "speak"); only unknown words may be slips. A reading
            # that split a run of letters ("cantswallow") is read as split, without slips.
            forms = [
                {w.surface, w.stem}
                if reading.guessed or w.surface in reading.names
                else self._check_forms(w)
                for w in reading.words
            ]
            calm = redflags.phrase_spans(forms, self._calm_phrases, reading.clauses)
            not_alone = redflags.phrase_spans(forms, self._not_alone_despair, reading.clauses)
            # a piece of a real word split is no body word ("take a breather" is no "breathe
            # r"; it may still be a problem word: "notable to swallow")
            body = [
                i
                for i, f in enumerate(forms)
                if f & self._body
                and i not in calm
                and reading.words[i].surface not in reading.split_pieces
            ]
            problem = [i for i, f in enumerate(forms) if f & self._problem and i not in calm]
            for i, found in enumerate(forms):
                if i in calm:
                    continue
                if found & self._dying and reading.words[i].surface not in reading.split_pieces:
                    reason = f"a word about dying ({reading.words[i].surface!r})"
                    if found & self._dying_never_waived:
                        return Doubt(reason)
                    if doubt := clue(reason):
                        return doubt
                if (
                    found & self._alarm
                    and reading.words[i].surface not in redflags.ALARM_STEMS_OF_OTHER_WORDS
                    and reading.words[i].surface not in reading.split_pieces
                    and (doubt := clue(f"a red-flag word ({reading.words[i].surface!r})"))
                ):
                    return doubt
                if despair is None and found & self._distress and i not in not_alone:
                    despair = Doubt(f"a word of despair ({reading.words[i].surface!r})", True)
            at = redflags.phrase_at(
                [set() if i in calm else f for i, f in enumerate(forms)], self._alarm_phrases
            )
            if at is not None and (
                doubt := clue(f"red-flag words ({reading.words[at].surface!r}...)")
            ):
                return doubt
            pair = next(
                (
                    (b, p)
                    for b in body
                    for p in problem
                    if b != p
                    and abs(reading.places[b] - reading.places[p]) <= redflags.WINDOW
                    and self._one_report(reading, b, p)
                ),
                None,
            )
            if pair is not None:
                words = reading.words
                if doubt := clue(
                    f"a red-flag body word ({words[pair[0]].surface!r}) with a problem word "
                    f"({words[pair[1]].surface!r})"
                ):
                    return doubt
            if despair is None:
                game = redflags.phrase_spans(forms, self._not_despair, reading.clauses)
                despairing = [set() if i in game else found for i, found in enumerate(forms)]
                at = redflags.phrase_at(despairing, self._distress_phrases)
                if at is not None:
                    despair = Doubt(f"words of despair ({reading.words[at].surface!r}...)", True)
                else:
                    cues = {
                        cue
                        for word, found in zip(reading.words, despairing, strict=True)
                        if (cue := self._despair_cue(word.surface, found)) is not None
                    }
                    if len(cues) >= redflags.DESPAIR_CUE_COUNT:
                        despair = Doubt(
                            f"words of despair together ({', '.join(sorted(cues))})", True
                        )
        if despair is None and readings and waived is None:
            return self._learned_doubt(for_learned_reader(readings))
        return despair or waived

    def _despair_cue(self, surface: str, found: set[str]) -> str | None:
        """The one despair cue a typed word stands for (`redflags.DESPAIR_CUES`), if any: the
        cue it is typed as, else the first of those its other `found` forms stand for (none when
        `found` is empty: a word of an everyday phrase counts for nothing). One word is one
        cue: "for a living" is "living", not "living" and "live" (blind set BM's "I fit double
        glazing for a living. Am I OK to drive myself home after?" had the self-harm check)."""
        if surface in found and surface in self._despair_cues:
            return self._despair_cues[surface]
        return min((self._despair_cues[f] for f in found if f in self._despair_cues), default=None)

    @staticmethod
    def _one_report(reading: Reading, first: int, second: int) -> bool:
        """Whether two words close together may tell one symptom: in one typed clause, or
        one of them in a clause of a few words ("face. numb. since botox"). Across two longer
        clauses they rarely do: "I'd like to keep my swing. Is it normal for the injected arm
        to feel a bit weak?" (blind set BK)."""
        clauses = reading.clauses
        if not clauses or clauses[first] == clauses[second]:
            return True
        return min(clauses.count(clauses[first]), clauses.count(clauses[second])) <= (
            redflags.FRAGMENT_WORDS
        )

    def _verdict(self, reading: Reading) -> urgentmodel.Verdict:
        """The learned reader's view of the question's plainest reading."""
        return self._learned.read([w.surface for w in reading.words])

    def _learned_doubt(self, reading: Reading) -> Doubt | None:
        """The learned reader's check (`urgentmodel`), when the word lists found nothing: a
        report in words no list holds ("my lips look like I've been punched")."""
        if _only_chat(reading):
            return None
        verdict = self._verdict(reading)
        if not self._learned.fires(verdict):
            return None
        pieces = ", ".join(
            repr(p.removeprefix("w ").removeprefix("b ")) for p in self._learned.reasons(verdict)
        )
        return Doubt(
            f"it reads like the urgent reports the learned reader was fitted on "
            f"(score {verdict.urgent:.1f}, cut-off {self._learned.cut:g}; most telling: {pieces})",
            distress=verdict.self_harm >= 0,
        )

    def calm_beside_one_word(
        self, words: Sequence[str], trigger: str, readings: Sequence[Reading]
    ) -> str | None:
        """Why a question that fired an urgent rule on one word reads as calm, else None: the
        learned reader reads it as calm beyond doubt (`UrgentModel.calms`) and no word of now
        (`redflags.NOW_WORDS`) is in it. Such a question gets "Is this happening now?"
        instead of the alert, like those `not_a_report` finds: "Sorry, me again! The nurse
        said to mention any swallowing problems first, why does that matter?" (blind set
        AQ), "it's a breath of fresh air not having to queue" (Y). Still caught: "Yes" shows
        the rule's alert. A trigger of two words or more ("can't breathe") says more than one
        word can, and keeps its alert. `words` are the question's words without its chat."""
        if len([w for w in normalize.words(trigger) if w not in normalize.STOPWORDS]) != 1:
            return None
        if _found(self._unsettled(f" {' '.join(words)} "), self._now) is not None:
            return None
        verdict = self._verdict(readings[0])
        if not self._learned.calms(verdict):
            return None
        return (
            f"fired on one word, and the learned reader reads the question as calm (score "
            f"{verdict.urgent:.1f}, under {self._learned.calm:g})"
        )

    def not_a_report(self, words: Sequence[str], trigger: str = "") -> str | None:
        """Why a question that fired an urgent rule asks about a risk, tells a long-standing
        condition or says the symptom is absent, rather than reporting something happening
        ("can botox cause breathing problems?", "my speech has been slurred since my stroke
        years ago", "a bit itchy, no rash or bumps"), else None.

        Such a question gets "Is this happening now?" instead of the alert: still caught ("Yes"
        shows the rule's alert), without alarming a patient who only asked. A word of
        `redflags.NOW_WORDS` ("today", "since the injection", "getting worse") always keeps
        the alert. `words` are the question's words without its chat. A saying counts only
        when it shares a word with the `trigger` that fired (if one is given): "my mum doesn't
        speak english and now she can't swallow" is a report of swallowing; and only when,
        without its sayings, the question fires no rule at all."""
        if words[:1] == ["if"] or words[:2] == ["what", "if"]:
            # "If my husband started choking after the injection, what should I do?"
            return "asks what may happen (it starts with 'if')"
        text = f" {' '.join(words)} "
        idioms = self._idioms
        if trigger:
            fired = {normalize.stem(w) for w in normalize.words(trigger)} - normalize.STOP_STEMS
            idioms = tuple(i for i in idioms if fired & self._idiom_stems[i])
        # a saying only when it is what fired: "he had a fit and isn't fit to drive" and "I
        # choked up, then started choking on my food" still report one (a review)
        idiom = _found(text, idioms)
        if idiom is not None and self.first(_without(text, idioms).strip()) is None:
            return f"uses a saying ({idiom!r})"
        text = self._unsettled(text)
        if _found(text, self._now) is not None:
            return None
        opening = self._opening(words)
        if len(opening) >= 2 and (
            (opening[0] in self._risk_openers and opening[1] in self._risk_subjects)
            or (opening[0] in self._risk_modals and opening[1] in self._risk_persons)
        ):
            return "asks what may happen"
        if (risk := _found(text, self._risk_phrases)) is not None:
            return f"asks about a risk ({risk!r})"
        if (old := _found(text, self._long_standing)) is not None:
            return f"tells a long-standing condition ({old!r})"
        if (year := next((w for w in words if w in _PAST_YEARS), None)) is not None:
            # "out of breath on stairs since my heart op in 2019"
            return f"tells a long-standing condition ({year!r})"
        if (absent := _found(text, self._absent)) is not None:
            return f"says the symptom is absent or means something else ({absent!r})"
        return None

    def asks_in_general(self, words: Sequence[str]) -> str | None:
        """Why a question asks in general about a risk, naming nobody's symptom ("can botox
        cause double vision?", "is there a risk of an allergic reaction?"), else None.

        The engine answers such a question without "Is this happening now?" when the answer
        it finds names the red flags itself (see `Engine.ask`): the patient reads what to
        watch for and what to do, one tap sooner. A word naming someone ("my", "he", "mum")
        or a word of now keeps the check: the question may report a symptom. It asks in
        general when it opens like a general question (`redflags.GENERAL_OPENINGS`), or like
        any question and names a risk anywhere (`redflags.GENERAL_RISK_PHRASES`: "are bladder
        problems ever caused by it?"); "could I ...?" and "might I ...?" may too
        (`redflags.ASKING_SELF`). `words` are the question's words without its chat."""
        if not words:
            return None
        named = {w for w in words if w in redflags.PERSON_WORDS}
        if _found(self._unsettled(f" {' '.join(words)} "), self._now) is not None:
            return None
        opening = self._opening(words)
        if len(opening) < 2:
            return None
        if named:
            once = named == {"me"} and words.count("me") == 1
            if (
                opening[0] in redflags.ASKING_SELF_MODALS
                and (
                    (opening[1] in redflags.ASKING_SELF and named == {opening[1]})
                    # "could it give me double vision?", "could botox make me dizzy?": the
                    # treatment does it to the asker, named once (blind sets A-CH)
                    or (opening[1] in redflags.TREATMENT_SUBJECTS and once)
                )
                and words.count(opening[1]) == 1
                and not any(w in redflags.SELF_REPORTING for w in words)
            ):
                return f"asks what may happen to the asker ({' '.join(opening)!r}...)"
            return None
        if words[:2] == ["is", "it"] and len(words) > 2 and words[2] in redflags.HOW_LIKELY:
            # "is it possible for botox to cause breathing problems?", "is it known to cause
            # weakness in muscles that weren't injected?" (not "is it normal to feel faint")
            return f"asks in general how likely it is ('is it {words[2]}'...)"
        if opening[1] in redflags.DEMONSTRATIVES and (
            len(words) < 3 or words[2] not in redflags.TREATMENT_WORDS
        ):
            return None  # "could this rash be from it?" points at something there now
        for firsts, seconds in redflags.GENERAL_OPENINGS:
            if opening[0] in firsts and opening[1] in seconds:
                return f"asks in general what may happen ({' '.join(opening)!r}...)"
        if (
            opening[0] in redflags.GENERAL_ASKING
            and opening[1] not in redflags.NOT_ASKING_IN_GENERAL
            and (risk := _found(f" {' '.join(words)} ", self._general_risks))
        ):
            return f"asks in general about a risk ({risk!r})"
        return None

    def _unsettled(self, text: str) -> str:
        """`text` (spaced either side) without `redflags.SETTLED_PHRASES`, whose "now",
        "worse" or "today" is no word of now ("it's fine now", "make it any worse"), and
        without the "worse" of what a modal asks may be made worse ("Can Botox make breathing
        problems worse if I have asthma?", blind set BE; not "it is making my breathing
        worse")."""
        return _MAY_MAKE_WORSE.sub(r"\1", _without(text, self._settled))

    def _opening(self, words: Sequence[str]) -> list[str]:
        """The first two words, with a run-together opener split ("canbotox make my voice
        go funny": "can", "botox"), and the treatment for where it goes ("could neck
        injections make swallowing harder": "could", "injections"; `redflags.TREATED_PARTS`)."""
        first = words[0] if words else ""
        for opener in self._run_openers:
            rest = first[len(opener) :]
            if first.startswith(opener) and (
                rest in self._risk_subjects or rest in self._risk_persons
            ):
                return [opener, rest]
        if (
            len(words) > 2
            and words[1] in redflags.TREATED_PARTS
            and words[2] in redflags.TREATMENT_WORDS
        ):
            return [first, words[2]]
        return list(words[:2])

    def level(self, text: str) -> str | None:
        """ "alert" (an urgent trigger or self-harm words), "check" ("Is this happening
        now?") or None."""
        readings = self._reader.readings(text)
        if self.first(text, readings) is not None:
            return "alert"
        return "check" if self.needs_check(readings) is not None else None

    def forget(self) -> None:
        """Drop cached typed words of the urgent rules and the self-harm phrases."""
        self.rules.forget()
        self._self_harm.forget()
        self._self_harm_but_going_on.forget()
        self._self_harm_in_order.forget()


_MAY_MAKE_WORSE = re.compile(
    r"( (?:can|could|will|would|might|may) (?:[a-z]+ ){0,2}make (?:[a-z]+ ){1,3})worse(?= )"
)
"""A modal asking what may be made worse: its "worse" is no word of now."""
_PAST_YEARS = frozenset(str(year) for year in range(1940, dt.date.today().year))
"""Years before this one: a symptom dated by one is not new since the injection."""


def _spaced(phrases: Iterable[str]) -> tuple[str, ...]:
    """Each phrase as typed words read it, with a space either side ("can't" -> " can not "),
    so that `_found` matches whole words only."""
    return tuple(f" {' '.join(normalize.words(p))} " for p in phrases)


def _without(text: str, phrases: Iterable[str]) -> str:
    """`text` (spaced either side) with each of the `_spaced` phrases replaced by a space."""
    for phrase in phrases:
        text = text.replace(phrase, " ")
    return text


def _found(text: str, phrases: Sequence[str]) -> str | None:
    """The first of the `_spaced` phrases in `text` (itself spaced either side), without its
    spaces, else None."""
    return next((phrase.strip() for phrase in phrases if phrase in text), None)
