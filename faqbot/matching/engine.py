"""The matching engine: a question in, one `Result` out (answer, clarify, fallback or urgent).

Order of checks, safest first:
1. urgent rules (a good FAQ match never hides an urgent symptom);
2. refer rules and the engine's own personal-advice cues ("should I stop...", "my dose");
3. the FAQ entries, scored through an index built once at load time.

The urgent level is `faqbot.matching.urgency`; how entries are scored is in
`faqbot.matching.index`; what is shown for a ranking (answer, "Did you mean...?", fallback) is
`faqbot.matching.verdict`. This module holds the order of the checks and the personal-advice
cues; `faqbot.matching.question` reads the question once for all of them.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable, Iterable, Sequence

from faqbot.content.model import Entry, Faq, Rule
from faqbot.matching import chatter, everyday, markup, normalize, redflags, typeahead
from faqbot.matching.commonwords import is_common
from faqbot.matching.english import common_english, is_english, is_listed
from faqbot.matching.index import Index
from faqbot.matching.question import Question, Readers
from faqbot.matching.results import Candidate, Explanation, Kind, Result, Suggestion
from faqbot.matching.synonyms import SynonymMap
from faqbot.matching.terms import Analysis
from faqbot.matching.thresholds import (
    DECISION,
    DEFAULT_THRESHOLDS,
    DEFAULT_WEIGHTS,
    DecisionModel,
    Thresholds,
    Weights,
)
from faqbot.matching.triggers import Trigger, TriggerIndex, Word
from faqbot.matching.urgency import SELF_HARM_RULE, RuleSet, Urgency
from faqbot.matching.verdict import HAVING, QUESTION_STARTS, Verdict

PERSONAL_CUES: tuple[str, ...] = (
    "should i stop",
    "should i skip",
    "should i change",
    "should i switch",
    "should i take",
    "should i have",
    "should i get",
    "should i be",
    "should i use",
    "can i stop",
    "can i skip",
    "my dose",
    "my dosage",
    "my units",
    "how many units",
    "right for me",
    "safe for me",
    "risky for me",
    "ok for me",
    "okay for me",
    "good for me",
    "suitable for me",
    "in my case",
    "someone like me",
)
"""Personal-advice questions the kiosk never answers, whatever the content file says: the
answer depends on the patient, so it belongs to their care team."""


_LOGISTICS = re.compile(
    r"\bshould i (?:\w+ )?(?:"
    r"(?:take|be taking) (?:him|her|them|it (?:easy|slow|steady|gently))\b"
    r"|get (?:a (?:lift|taxi|cab|ride|bus|train)|the (?:bus|train|tram|tube)|someone|somebody"
    r"|(?:my|our) \w+ to|(?:my|our|the) \w+ \w+ to (?:fetch|pick|collect|drive|take|come|run"
    r"|ferry|chauffeur))\b"
    r"|be (?:worried|concerned|scared|nervous|fussed|bothered|alarmed|anxious|frightened"
    r"|afraid|doing|wearing|using|keeping|telling|mentioning|ringing|phoning|calling"
    r"|resting|looking out|watching out|keeping an eye)\b"
    r"|have (?:with (?:me|us|him|her|them)|brought|packed|rung|phoned|called|ready|on me"
    r"|to hand)\b)"
    r"|\bcan i (?:\w+ )?stop (?:doing|wearing)\b"
    r"|\b(?:safe|ok|okay|alright|fine) for (?:me|him|her|them) to drive\b"
)
"""A cue's words that ask about the day, not about treatment: "should I take him" (drive him
home), "should I get a lift", "should I be taking it slow" (blind set CJ), "should I be
worried about the bruise" (or "fussed", "bothered": blind sets BS, BT), "should I still be
wearing my splint", "what should I have with me" (blind set BD), "is it safe for me to drive
home" (blind set BX). The entries answer these (driving, bruising, splints, aftercare, what
to bring); on the blind sets the cues sent 13 such questions to the fallback and caught no
personal question. So do calling the clinic and getting home ("should I be ringing the
clinic", "should I have rung you?", "should I get the bus?", "should I get our Rhys to fetch
me"), packing food ("should I have packed a butty?") and stopping what therapy asks ("can I
stop doing my physio exercises?", "can I stop wearing it?": whether physio and splints are
still needed); "can I stop taking my baclofen" is still personal (blind sets to CL)."""


def _without_logistics(words: Sequence[Word]) -> Sequence[Word]:
    """`words` without the spans `_LOGISTICS` finds (what the personal-advice cues read)."""
    text = " ".join(w.surface for w in words)
    spans = [m.span() for m in _LOGISTICS.finditer(text)]
    if not spans:
        return words
    kept: list[Word] = []
    start = 0
    for word in words:
        end = start + len(word.surface)
        if not any(a <= start and end <= b for a, b in spans):
            kept.append(word)
        start = end + 1
    return kept


_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s+|\s+[-–—]+\s+")
"""Where one sentence of a typed question ends and the next begins."""


def _sentences(question: str) -> list[str]:
    """The question's sentences (`_SENTENCE_END`), empty pieces left out."""
    return [s for s in _SENTENCE_END.split(question) if s.strip()]


MAX_SENTENCES = 6
"""Longer messages are not read sentence by sentence (each sentence costs a ranking).
Up to `MORE_SHORT_SENTENCES` sentences of `SHORT_SENTENCE` words or fewer do not count: a
greeting, "Quick question:" or thanks ("¿Cómo estái? Javiera here, ... Quick question: is
Dysport the same as Botox? ... Gracias po.", blind set CL) costs little to read."""
SHORT_SENTENCE = 2
MORE_SHORT_SENTENCES = 4


def _too_many(sentences: Sequence[str]) -> bool:
    """Whether a message has more sentences than are read one by one (`MAX_SENTENCES`)."""
    if len(sentences) > MAX_SENTENCES + MORE_SHORT_SENTENCES:
        return True
    return sum(len(normalize.words(s)) > SHORT_SENTENCE for s in sentences) > MAX_SENTENCES


SHOWN_NAMES_RED_FLAGS = "what it shows names the red flags"
_ANSWER_CLAUSES = re.compile(r"[.,;:()]+")
"""Where one clause of an answer ends: each names a red flag or two on its own."""
_TOLD_CLAUSES = re.compile(r"[.,;:!?\n]+")
"""Where one clause of a question ends, for what the clauses beside the asking one tell."""


def _asking_parts(question: str) -> list[str]:
    """The parts of a question that ask, each to be read on its own: every sentence that
    ends in "?" or opens like a question, when there are several sentences; and in a long
    dictated sentence, the rest of it from a question word that follows a linking word
    ("...and I had to go round three times so how long does the appointment take"), or
    from "if" or "whether" after "know", "check", "wondering"... ("...so I need to know if I
    can drive myself home": the question told as a statement); and a sentence's last clause
    that alone asks (`_asking_clause`: "hi, my mum had a stroke, what is spasticity").
    Sentences that tell ("My wife is on a blood thinner.") are left out: they are context."""
    sentences = _sentences(question)
    if _too_many(sentences):
        return []
    parts: list[str] = []
    for sentence in sentences:
        words = normalize.words(sentence)
        if len(sentences) > 1 and (
            sentence.rstrip().endswith("?") or set(words[:1]) & QUESTION_STARTS
        ):
            parts.append(sentence)
        clause = _asking_clause(sentence)
        if clause is not None and clause not in parts:
            parts.append(clause)
        if len(words) >= RUN_ON_WORDS:
            for i in range(1, len(words) - 2):
                if words[i] in QUESTION_STARTS and (
                    words[i - 1] in _LINKS or tuple(words[i - 2 : i]) in _FINDING_OUT
                ):
                    parts.append(" ".join(words[i:]))
                elif words[i] in _EMBEDDED and (_wondering(words, i) or _announced(words, i)):
                    # "...so I need to know if I can drive myself home": what follows
                    # "if" is the question, told as a statement
                    parts.append(" ".join(words[i + 1 :]))
                elif words[i] in _WH and _announced(words, i):
                    parts.append(" ".join(words[i:]))
    return parts


def _asking_clause(sentence: str) -> str | None:
    """The last clause of a sentence told in several, when it alone opens like a question:
    "hi there, my mum had a stroke last year, what is spasticity exactly" asks the last clause;
    the others tell who asks and why. None when another clause asks too ("can I stay with my
    child, and do children get anything for the pain": two questions), when the question is
    not at the end ("how dangerous can it get, worst case": the end qualifies it), when a
    clause left out holds a number ("my mum is 89, is she too old for botox": the age is
    the question), or when a short clause points back ("the site is red and has pus, what
    does it mean": what "it" is was left out). In a sentence that ends in a full stop, a clause
    opening with "which" tells ("I go geocaching with my grandson, which keeps me going after
    the stroke.", blind set BD)."""
    clauses = [(text, words) for text in sentence.split(",") if (words := normalize.words(text))]
    if len(clauses) < 2:
        return None
    told = sentence.rstrip().endswith((".", "!"))
    opening: list[list[str] | None] = []
    for _, words in clauses:
        while words and words[0] in _LINKS:
            words = words[1:]
        relative = told and words[:1] == ["which"]
        opening.append(
            words if words[:1] and words[0] in QUESTION_STARTS and not relative else None
        )
    asking = opening[-1]
    if asking is None or len(asking) < MIN_CLAUSE_WORDS or any(opening[:-1]):
        return None
    if any(ch.isdigit() for text, _ in clauses[:-1] for ch in text):
        return None
    if _points_back(asking) and len(asking) < POINTING_CLAUSE_WORDS:
        return None
    return " ".join(asking)


MIN_CLAUSE_WORDS = 3
"""An asking clause this short is too little to read alone ("who decides")."""
POINTING_CLAUSE_WORDS = 5
"""An asking clause with "it" or "that" and fewer words than this leans on what came before."""

_POINTING_BACK = frozenset("it its that this these those they them".split())
"""Words of an asking sentence that may point at something told before it."""


def _points_back(words: Sequence[str], *, naming: bool = False) -> bool:
    """Whether an asking sentence or clause may point at something told before it
    (`_POINTING_BACK`). A "that" between a word that is not a stop word and more of the
    sentence joins a noun to what is said of it ("What are the side effects that most people
    get?", blind set BD): it points nowhere. "is that normal", "can botox treat that", "what
    does that mean" and "explain that to me" still do. With `naming`, "these" or "those"
    before a word that is not a stop word name what they point at ("from these injections",
    "all those exercises"): only for what is offered, never answered, since "I have tinnitus.
    Do these injections help?" may still be about the tinnitus."""
    return any(
        word in _POINTING_BACK
        and not _joins_a_noun(words, at)
        and not _the_staff_at_work(words, at)
        and not (naming and _names_what_it_points_at(words, at))
        and not _names_a_time(words, at)
        for at, word in enumerate(words)
    )


_TIMES = frozenset(
    "time times week weekend month year morning afternoon evening round visit".split()
)
"""Words after "this" or "that" that say when, not what: "what happens if it doesn't work this
time either" (blind set CB) points at nothing told before it."""


def _names_a_time(words: Sequence[str], at: int) -> bool:
    return words[at] in ("this", "that") and at < len(words) - 1 and words[at + 1] in _TIMES


_WHEN_STAFF = frozenset("when once before after until till while".split())


def _the_staff_at_work(words: Sequence[str], at: int) -> bool:
    """Whether `words[at]` is a "they" after "when", "once", "before"...: the clinic's staff
    at work, not something told before ("Morning, Tariq here, I service gas boilers round
    Burnley. Should I tell the doctor about my diabetes before they start?", blind set BF;
    "...What happens once they call me in?")."""
    return words[at] == "they" and at > 0 and words[at - 1] in _WHEN_STAFF


def _names_what_it_points_at(words: Sequence[str], at: int) -> bool:
    return (
        words[at] in _NAMING_POINTERS
        and at < len(words) - 1
        and words[at + 1] not in normalize.STOPWORDS
    )


def _joins_a_noun(words: Sequence[str], at: int) -> bool:
    return (
        words[at] == "that"
        and 0 < at < len(words) - 1
        and words[at - 1] not in normalize.STOPWORDS
        and words[at + 1] not in _PLACES
    )


def _parts_to_offer_from(question: str, introduces: Callable[[str], bool]) -> list[str]:
    """The parts of a question that ask, to read on their own, in turn, when the whole
    question found nothing (`Engine._offered_from_the_asking_part`): `_part_to_offer_from`'s,
    then, when that part is an asking sentence read with the one before it, and that one names
    the treatment or is the asker introducing themselves (`introduces`), the asking sentence
    alone. "My wheelchair basketball teammate has cerebral palsy and is thinking about Botox
    for her shooting arm. How soon would it start working?" (blind set BI): "it" is the Botox,
    and the teammate and the basketball the content does not know are who asks, not what;
    "Hello, Aoife from Kenmare, I was a trapeze artist before my stroke. Will the needles hurt,
    and can I get something to numb it?" (blind set BJ). Still never an answer ("I have a
    tremor and my GP suggested Botox. Will it stop the shaking?" is only offered what it
    finds)."""
    part = _part_to_offer_from(question)
    if part is None:
        return []
    sentences = _sentences(question)
    if part in sentences:
        return [part]
    asked = next((s for s in sentences if part.endswith(s) and part != s), None)
    if asked is None:
        return [part]
    told = part[: -len(asked)]
    alone = _TREATMENT.intersection(normalize.words(told)) or introduces(told)
    return [part, asked] if alone else [part]


_TREATMENT = frozenset(
    "botox botulinum toxin injection injections jab jabs shot shots treatment".split()
)
"""Words that name the treatment the kiosk is about: a sentence naming it says what a later
"it" is."""


def _part_to_offer_from(question: str) -> str | None:
    """The part of a question that asks, read on its own when the whole question found
    nothing (`Engine._offered_from_the_asking_part`), else None.

    In a question told in sentences, the one sentence that asks (not also its asking clause:
    "If I'm having the Botox now, do I still have to keep up my stretches?" is one part). When
    it points back ("What actually is that?"), it is read with the sentence before it, which
    says what "that" is: "My GP said it might be dystonia of the neck. What actually is that?"
    finds cervical dystonia, while "I have tinnitus. Can Botox help with it?" names what the
    content does not know, and nothing is offered (blind set BD: the bus spotter, the
    geocacher). In one long sentence (dictated, blind set BE: "I'm an architect, or was until
    the stroke, ... anyway, what kind of improvements do people usually get from these
    injections"), its first asking part that does not point back; a shorter sentence is
    left whole ("the cat has fleas, how often can i give the drops": the fleas are what it
    asks about)."""
    sentences = _sentences(question)
    if len(sentences) < 2:
        words = normalize.words(question)
        if len(words) < RUN_ON_WORDS:
            return None
        return next(
            (
                p
                for p in _asking_parts(question)
                if not _points_back(_the_treatment_named(words, normalize.words(p)), naming=True)
            ),
            None,
        )
    asking = [s for s in _asking_parts(question) if s in sentences]
    if len(asking) != 1:
        return None
    part = asking[0]
    if not _points_back(normalize.words(part), naming=True):
        return part
    at = sentences.index(part)
    return f"{sentences[at - 1]} {part}" if at > 0 else None


def _the_treatment_named(words: Sequence[str], part: Sequence[str]) -> Sequence[str]:
    """`part` (the end of the dictated run-on `words`) without its "it", when the run-on names
    the treatment before it: "...had the Botox last week... and what I really want to know is
    how long will it be before I notice my fingers opening up" (blind set BU) asks of the
    Botox. Only for what is offered, never answered."""
    told = words[: len(words) - len(part)]
    if not _TREATMENT.intersection(told):
        return part
    return [w for w in part if w not in ("it", "its")]


_NAMING_POINTERS = frozenset({"these", "those"})
"""Pointing words that are mostly followed by what they point at; "this" and "that" are as
often followed by what is said of it ("is that normal", "does this hurt")."""


_PLACES = frozenset("to for with in on at after before about again too as".split())
"""Words after a "that" that points back ("explain that to me", "is botox good for that")."""


def _points_past_itself(words: Sequence[str]) -> bool:
    """Whether an asking part may point at something told before it (`_points_back`), unless
    it names the treatment before its pointing word and does nothing to what it points at:
    "how long does the botox actually last before i need it again" (blind set BL) is about the
    botox, "can botox help with it" may still be about what was told."""
    if not _points_back(words, naming=True):
        return False
    first = next((at for at, word in enumerate(words) if word in _POINTING_BACK), len(words))
    named = _TREATMENT.intersection(words[:first])
    done_to = any(b in _POINTING_BACK and a in _DONE_TO for a, b in itertools.pairwise(words))
    return not named or done_to


def _word_before(words: Sequence[str], part: Sequence[str]) -> str | None:
    """The word just before the last place `part` stands in `words`, if any."""
    for start in range(len(words) - len(part), 0, -1):
        if list(words[start : start + len(part)]) == list(part):
            return words[start - 1]
    return None


def _only_chat(words: Sequence[str]) -> bool:
    """Whether a phrasing is chat only: greeting, politeness and function words."""
    return bool(words) and all(w in chatter.CHAT_WORDS or w in normalize.STOPWORDS for w in words)


_LINKS = frozenset("so and but anyway wondering know basically then or just".split())
"""Words after which a question word in a run-on starts the question ("...so how long")."""
_EMBEDDED = frozenset({"if", "whether"})
_WONDERING = frozenset(
    "know wondering wonder wondered check ask asking asked sure unsure me".split()
)
"""A run-on's question told as a statement: "...I wanted to check if that is normal", "...my
daughter asked whether after the botox I can stop doing the exercises", "...so please tell me
honestly whether it's safe" (blind set CB)."""
_WH = frozenset("what how when where why who which".split())


def _wondering(words: Sequence[str], at: int) -> bool:
    """Whether the "if" or "whether" `words[at]` follows a word of `_WONDERING`, directly or
    past a word that only softens it ("tell me honestly whether", "wanted to know exactly
    if"). Not past any adverb: "...I'm wondering lately whether it's doing as much as it used
    to ... so can Botox stop working over time" (blind set BO) asks at its end."""
    before = words[at - 1]
    return before in _WONDERING or (
        at >= 2 and before in _SOFTENERS and words[at - 2] in _WONDERING
    )


_SOFTENERS = frozenset("honestly exactly really actually please just".split())


def _announced(words: Sequence[str], at: int) -> bool:
    """Whether the question word `words[at]` of a run-on follows an "is" that announces it:
    "...and the thing I wanted to ask before I forget is how long after today will it be"
    (blind set CB), "...my worry is whether it spreads". Not after "it is", "that is",
    "there is"...: "that is why I came" tells."""
    return (
        at >= 2
        and words[at - 1] == "is"
        and words[at - 2] not in _POINTING_BACK
        and words[at - 2] not in _NOT_ANNOUNCING
    )


_NOT_ANNOUNCING = frozenset("there here what which who where how".split())
_FINDING_OUT = frozenset(
    {("find", "out"), ("work", "out"), ("figure", "out"), ("question", "is"), ("asking", "is"),
     ("know", "is"), ("wondering", "is"), ("wonder", "is")}
)  # fmt: skip
"""Words after which a question word in a run-on starts the question, told as an errand: "I
volunteer with our local MS Society branch and one of our members asked me to find out who
shouldn't have Botox" (blind set BI), or announced: "...so my question is how long does it
usually last", "...so I suppose what I'm asking is is it actually safe to have" (blind set
CA)."""
RUN_ON_WORDS = 20
"""A sentence this long is read for the question at its end."""
STORY_WORDS = 10
"""A question this long may tell a story before it asks (`Engine._answered_past_the_story`);
under `RUN_ON_WORDS` words, the part that asks must find the entry the whole question ranks
first ("I am breastfeeding my baby, four months. Botox is allowed...?" is asked about the
breastfeeding, blind set BI)."""


_TELLS_A_CONDITION = frozenset(
    "has had have got gets suffer suffers suffered suffering diagnosed diagnosis since".split()
)
"""Words of a sentence that tells the asker's condition ("I have tinnitus"): what a question
after it that points back ("Can Botox help with it?") may be about."""
_JOINED = frozenset({"and", "or"})
"""A question after one of these is the second of two ("what happens in the appointment step by
step and how long does the injecting part take"), the first not always told as a question."""
_TOLD_AS_THEIRS = _TELLS_A_CONDITION | frozenset("with for my his her their our".split())
"""Words that, just before a word the content does not know, tell it as the asker's condition
or their own body part or pet ("I have tinnitus", "for my bruxism", "my spaniel"): a question
after such a story may be about it (`Engine._answered_past_the_story`)."""
_LIVES = frozenset("live lives living lived".split())
_NAMED_OPENING = re.compile(r"\W*[A-Z][a-z]+(?: here\b| from [A-Z][a-z])")
"""A sentence that opens with the asker's name: "Barnaby here, ...", "Niamh from Kinsale"."""
_DONE_TO = frozenset("with for about treat cure fix help stop stops doing do on to".split())
"""Words before an "it" or "that" which then names what the treatment is for or done to
("what is the botox actually doing to it", blind set AD)."""


_PartReading = tuple[Analysis, list[Candidate]] | None
"""A part of the question read on its own (`Engine._read_part`): None when it is only chat."""


def _words_to_trust(clinic_words: frozenset[str], content_words: frozenset[str]) -> frozenset[str]:
    """The content's words the urgent rules take as meant, never as slips of a trigger word:
    those of the clinic's own questions and answers (`clinic_words`), and the others that are
    English words (however rare: "seizing", "jags", "jumpy" are no slips of "seizure",
    "gagging", "jump"). The alternates copied from patients keep their slips ("redd and
    swolen wher they injectd"), and a slip the content holds must not stop a patient's "my
    lips are swolen" from being read as "swollen" (it got only "Is this happening now?" once
    that alternate was added)."""
    return frozenset(
        word
        for word in content_words
        if word in clinic_words
        or word in normalize.STOPWORDS
        or is_english(word)
        or is_listed(word)
    )


class Engine:
    """Answers questions from one validated `Faq`. Deterministic; never raises on any str."""

    def __init__(
        self,
        faq: Faq,
        *,
        thresholds: Thresholds = DEFAULT_THRESHOLDS,
        weights: Weights = DEFAULT_WEIGHTS,
        decision: DecisionModel = DECISION,
    ) -> None:
        self.faq = faq
        self.weights = weights
        self._synonyms = SynonymMap(faq.synonyms)
        self._index = Index(faq, self._synonyms, weights)
        self._typeahead = typeahead.Typeahead(self._index, faq.synonyms)
        self._content_words = self._index.content_words
        self._trigger_words = (
            frozenset(
                w
                for rule in (*faq.urgent, *faq.refer)
                for t in rule.triggers
                for w in normalize.words(t)
            )
            | self._content_words
        )
        asked_of = (
            *(entry.question for entry in faq.faqs),
            *(t for rule in faq.refer for t in rule.triggers),
        )
        self._topical = frozenset(
            normalize.stem(w)
            for w in (
                *(
                    w
                    for text in asked_of
                    for w in normalize.words(text)
                    if len(w) > 3 and w not in common_english()
                ),
                *(w for group in everyday.GROUPS for w in group),
                *redflags.BODY_WORDS,
            )
            if w not in normalize.STOPWORDS
        )
        """The stems of words that may be what a question asks about (`chatter.read`): of
        the entries' own questions and the refer rules, everyday words for them and red-flag
        body words; not everyday English ("take", "after", "long")."""
        self._chat_used = frozenset(
            word
            for entry in faq.faqs
            for text in entry.phrasings
            if _only_chat(words := normalize.words(text))
            for word in words
        )
        """The greeting and politeness words of the content's phrasings that are only chat
        ("hello", "thank you so much"): a greeting or "thanks" is kept in a patient's question
        only when the content asks about it itself. Not because a phrasing copied from a
        patient starts with "Hi, ..." (which kept every "hi" and "good morning" in chatty
        questions, and lowered their chances), nor because one asks "is Botox OK?" (which
        kept "ok so" in "ok so what is botox" and led it to that phrasing)."""
        # A typed word we know, from the content or everyday English (any form), is never
        # read as a slip for a trigger word: "done" is not "dose", "gives" is not "hives".
        known = self._content_words
        self._urgency = Urgency(
            faq,
            to_words=self._words,
            typed_words=lambda text, repair: self._words(text, typed=True, repair=repair),
            to_word=self._word,
            known=_words_to_trust(self._index.clinic_words, known),
            trigger_words=self._trigger_words,
        )
        self._warns = frozenset(
            entry.id for entry in faq.faqs if self._urgency.first(entry.answer) is not None
        )
        """Entries whose answer names red flags itself (the urgent check reads it as a
        report): a general question about a risk gets such an answer without the check."""
        self._warnings = _warnings_by_rule(
            [entry for entry in faq.faqs if entry.id in self._warns], self._urgency
        )
        """Rule id -> the entries whose answer names that rule's red flags, the most
        warning first: what a general question about that risk is offered."""
        self._urgency.forget()
        # Refer rules and cues are no safety net: a common English word is never read as a
        # slip of one of their words ("bear with me" is no "beer"), as it may be for the
        # urgent rules, which err toward firing; nor is a rarer listed word a bigger slip
        # ("I mend fishing nets" is no "units", blind set BL).
        self._refer = RuleSet(faq.refer, self._words, known, everyday=is_english, is_word=is_listed)
        self._cues = TriggerIndex(
            [Trigger.compile(cue, self._words(cue), ordered=True) for cue in PERSONAL_CUES],
            known,
            is_english,
        )
        self._related: dict[str, list[Entry]] = {}
        self.concepts = self._urgency.concepts
        """The red-flag words of the urgent check (see `redflags`), with the content's."""
        self.verdict = Verdict(faq, self._index, self._synonyms, thresholds, decision)
        """What a ranking becomes: answer, "Did you mean...?" or fallback (`verdict`)."""
        self._readers = Readers(
            lambda text: self._words(text, typed=True),
            self._urgency.readings,
            self._without_chatter,
        )

    @property
    def thresholds(self) -> Thresholds:
        """The cut-offs the verdict uses."""
        return self.verdict.thresholds

    @property
    def decision(self) -> DecisionModel:
        """The decision model the verdict uses (benchmarks swap it to replay a fit)."""
        return self.verdict.decision

    @decision.setter
    def decision(self, model: DecisionModel) -> None:
        self.verdict.decision = model

    # ----------------------------------------------------------------- reading words

    def _words(self, text: str, *, typed: bool = False, repair: bool = True) -> list[Word]:
        """Words for trigger matching: the stem replaced by its synonym key. In typed text a
        slip in a negative contraction is repaired ("i cnat breathe" -> "i can not breathe")
        unless the word is one we know."""
        out: list[Word] = []
        limit = normalize.URGENT_MAX_CHARS if typed else normalize.MAX_CHARS
        for word in normalize.words(text, limit):
            repaired = None
            if typed and repair and word not in self._trigger_words and not is_common(word):
                repaired = normalize.repair_contraction(word)
            for part in (repaired or word).split():
                out.append(Word(part, self._synonyms.key(normalize.stem(part))))
        return out

    def _word(self, surface: str) -> Word:
        return Word(surface, self._synonyms.key(normalize.stem(surface)))

    # ----------------------------------------------------------------- public API

    def read(self, text: str) -> Question:
        """`text` as every check reads it, each reading made once (see `question`)."""
        return self._readers.read(text)

    def ask(self, question: str) -> Result:
        """Decide one question. Safe on any text: empty, huge, control characters, emoji.
        Markup pasted around it (chat-template tokens, HTML tags) is taken out before it is
        read (`markup`); every other character is read as typed, and the result keeps the
        question as typed."""
        read = markup.without_markup(question)
        result = self._decide(read)
        if read is question:
            return result
        otherwise = result.otherwise
        if otherwise is not None:
            otherwise = dataclasses.replace(otherwise, question=question)
        return dataclasses.replace(result, question=question, otherwise=otherwise)

    def _decide(self, question: str) -> Result:
        asked = self.read(question)
        if not asked.words:
            return self.verdict.fallback(question, "", "empty question or no words")
        seen = asked.seen
        readings = asked.urgent_readings
        fired = self._urgency.first(question, readings)
        if fired is not None:
            rule, trigger = fired
            if rule is not SELF_HARM_RULE and self._urgency.self_harm(readings) is None:
                # words about harming oneself always get the alert, whatever rule fired
                said = [w.surface for w in asked.advice_words]
                asking = self._urgency.not_a_report(
                    said, trigger
                ) or self._urgency.calm_beside_one_word(said, trigger, readings)
                if asking is not None:
                    otherwise = self._after_urgent(asked)
                    answered = self._answered_in_general(asked, otherwise, rule)
                    if answered is not None:
                        return answered
                    return Result(
                        question,
                        Kind.URGENT,
                        redflags.CHECK_TEXT,
                        100.0,
                        rule=Rule(redflags.CHECK_ID, (), rule.answer),
                        explanation=Explanation(
                            seen,
                            f"urgent check: the rule {rule.id!r} fired, but it {asking}",
                            trigger=trigger,
                        ),
                        otherwise=otherwise,
                    )
            reason = "urgent rule" if rule is not SELF_HARM_RULE else "built-in self-harm words"
            why = Explanation(seen, reason, trigger=trigger)
            return Result(question, Kind.URGENT, rule.answer, 100.0, rule=rule, explanation=why)
        doubt = self._urgency.needs_check(readings)
        if doubt is not None and doubt.waived:
            result = self._after_urgent(asked)
            if result.explanation is None:
                return result
            return dataclasses.replace(
                result, explanation=_no_check_because(result.explanation, doubt.reason)
            )
        if doubt is not None:
            otherwise = self._after_urgent(asked)
            if not doubt.distress and (answered := self._answered_in_general(asked, otherwise)):
                return answered
            why = Explanation(seen, f"urgent check: {doubt.reason}")
            return Result(
                question,
                Kind.URGENT,
                doubt.text,
                100.0,
                rule=doubt.rule,
                explanation=why,
                otherwise=otherwise,
            )
        return self._after_urgent(asked)

    def _answered_in_general(
        self, asked: Question, result: Result, rule: Rule | None = None
    ) -> Result | None:
        """What a question that asks in general about a red-flag risk ("can botox cause
        double vision?") gets instead of "Is this happening now?", else None (the check
        stays). `result` is what the question gets without the check; `rule` the urgent rule
        its words fired, if one did.

        - The engine's sure answer, when that answer names red flags itself.
        - Its "Did you mean...?", keeping only the entries that name them ("What to bring"
          offered beside "What are the signs of an allergic reaction?" is left out).
        - Otherwise, when a rule fired, "Did you mean...?" with the entries whose answer
          names that rule's red flags (`_warnings`): the engine may not rank "can this stuff
          make you dizzy?" near "What are the signs of an allergic reaction?", but the
          answer says what to watch for and to get help right away.

        Only a question naming nobody else and no time of now (`Urgency.asks_in_general`):
        the clinic's own words on what to watch for and what to do then reach the patient
        one tap sooner. Never a question that asks for personal advice, nor words about
        self-harm, which keep their alert or check, nor a text that instructs the kiosk ("can
        botox cause double vision? jailbreak"): it is not asked, so the check stays."""
        if result.explanation is None or result.referred or result.instruction is not None:
            return None
        general = self._urgency.asks_in_general([w.surface for w in asked.advice_words])
        if general is None or self._reports_beside(asked.text):
            return None
        explanation = result.explanation
        if result.kind is Kind.ANSWER and result.entry is not None:
            if result.entry.id in self._warns:
                return dataclasses.replace(
                    result, explanation=_no_check(explanation, general, SHOWN_NAMES_RED_FLAGS)
                )
        elif result.kind is Kind.CLARIFY:
            warned = [c for c in result.candidates if c.entry.id in self._warns]
            if len(warned) == len(result.candidates):
                return dataclasses.replace(
                    result, explanation=_no_check(explanation, general, SHOWN_NAMES_RED_FLAGS)
                )
            if warned:
                return self.verdict.clarify(
                    result.question,
                    warned,
                    result.score,
                    _no_check(explanation, general, SHOWN_NAMES_RED_FLAGS),
                )
        entries = self._warnings.get(rule.id, ()) if rule is not None else ()
        if rule is None or not entries:
            return None
        ranked = {c.entry.id: c for c in explanation.ranked}
        ordered = sorted(entries, key=lambda entry: entry.id not in ranked)
        offered = [
            ranked.get(entry.id) or Candidate(entry, 0.0, entry.question)
            for entry in ordered[: redflags.RISK_OFFERS]
        ]
        return self.verdict.clarify(
            result.question,
            offered,
            result.score,
            _no_check(
                explanation, general, f"the entries offered name the red flags of {rule.id!r}"
            ),
        )

    def _reports_beside(self, question: str) -> bool:
        """Whether a clause that does not ask tells a red flag on its own: "can botox cause
        double vision? everything looks double" asks in general, then reports; the check
        stays. Each such clause read as the urgent rules and the check read a question."""
        clauses = [c for c in _TOLD_CLAUSES.split(question) if c.strip()]
        if len(clauses) < 2:
            return False
        for clause in clauses:
            words = normalize.words(clause)
            if not words or words[0] in QUESTION_STARTS:
                continue
            readings = self.read(clause).urgent_readings
            if (
                self._urgency.first(clause, readings) is not None
                or self._urgency.needs_check(readings) is not None
            ):
                return True
        return False

    def _after_urgent(self, asked: Question) -> Result:
        """Instructions to the kiosk, refer rules, personal-advice cues, then the FAQ: what a
        question that is not urgent gets. The last three read the question without its chat
        (greetings, "my mum wants to know", reported speech), which urgent rules never skip."""
        question, seen = asked.text, asked.seen
        told = asked.instruction
        if told is not None:
            why = Explanation(seen, f"not a question: the text gives the kiosk {told}")
            return Result(
                question, Kind.FALLBACK, self.faq.fallback, 0.0, instruction=told, explanation=why
            )
        words = asked.advice_words
        fired = self._refer.first(words)
        if fired is not None and not self._refer_told_not_asked(question):
            rule, trigger = fired
            why = Explanation(seen, "personal advice: refer rule", trigger=trigger)
            return Result(
                question,
                Kind.FALLBACK,
                rule.answer,
                100.0,
                rule=rule,
                referred=True,
                explanation=why,
            )
        cue = self._cues.first(_without_logistics(words))
        if cue is not None:
            why = Explanation(
                seen, "personal advice: built-in cue", trigger=self._cues.triggers[cue].text
            )
            return Result(
                question, Kind.FALLBACK, self.faq.fallback, 100.0, referred=True, explanation=why
            )
        if asked.compared is not None and not any(
            self._knows(word) for side in asked.compared for word in side
        ):
            # "what's the difference between a loch and a lake": no entry is about it
            sides = " and ".join(" ".join(side) for side in asked.compared)
            return self.verdict.fallback(
                question, seen, f"it compares {sides}, which the content does not know"
            )
        analysis, ranked = self._read(asked.asked)
        result = self.verdict.decide(question, analysis, ranked)
        if result.kind is not Kind.ANSWER:
            # both readings below read parts of the question on their own; a part is read once
            parts: dict[str, _PartReading] = {}
            focused = (
                self._one_sentence_answers(question, analysis, ranked[0], parts) if ranked else None
            )
            if focused is None:
                focused = self._answered_beside_small_talk(question, parts)
            if focused is None and result.kind is Kind.FALLBACK:
                focused = self._offered_from_the_asking_part(question, parts)
            if focused is not None:
                return focused
        return result

    def _refer_told_not_asked(self, question: str) -> bool:
        """Whether a long dictated run-on fires the refer rules only in what it tells, not in
        any part that asks (`_asking_parts`): "...I read the travel news ... telling people
        the M1's a car park again ... and I'm back here wondering how long a round of Botox
        is actually supposed to last" (blind set CC) asks nothing of the front desk. Only
        when the rules fire on the story alone: "I've had MS for 30 years, is it worth me
        trying Botox at all or is it too late for me?" (blind set BZ) fires them only read
        whole, and a clause of it opens like a question: it still gets the refer. The
        personal-advice cues still read all of it."""
        words = normalize.words(question)
        if len(_sentences(question)) != 1 or len(words) < RUN_ON_WORDS:
            return False
        for clause in question.split(",")[1:]:
            opening = [w for w in normalize.words(clause)[:3] if w not in _LINKS][:1]
            if set(opening) & (QUESTION_STARTS - HAVING):
                return False
        parts = _asking_parts(question)
        if not parts:
            return False
        longest = max(len(normalize.words(part)) for part in parts)
        told = " ".join(words[: len(words) - longest])

        def refers(text: str) -> bool:
            return self._refer.first(self._words(text, typed=True)) is not None

        return refers(told) and not any(
            refers(self._without_chatter(part).advice) for part in parts
        )

    def _offered_from_the_asking_part(
        self, question: str, read: dict[str, _PartReading]
    ) -> Result | None:
        """ "Did you mean...?" with what the one part that asks, read on its own, finds
        plausible, when the whole question found nothing; else None.

        "I'm a respite carer for a gentleman who had a stroke. What should he do once he's had
        the injections?": read whole, the telling dilutes the ranking below what is offered,
        and the patient got the fallback for a question the clinic answers. Never an answer:
        what was told may make the question another one ("I have a Parkinson's tremor. Can
        Botox stop the shaking?"), so the patient is asked. The parts are chosen by
        `_parts_to_offer_from`."""
        for part in _parts_to_offer_from(question, self._introduces):
            reading = self._read_part(part, read)
            if reading is None:
                continue
            one_analysis, one_ranked = reading
            result = self.verdict.decide(question, one_analysis, one_ranked)
            if result.kind is Kind.CLARIFY:
                offered = result.candidates
            elif result.kind is Kind.ANSWER and one_ranked:
                offered = tuple(one_ranked[:1])
            else:
                continue
            return self._offer_part(question, part, result, offered)
        return None

    def _offer_part(
        self, question: str, part: str, result: Result, offered: Sequence[Candidate]
    ) -> Result:
        """ "Did you mean...?" with `offered`, found by reading `part` on its own."""
        reason = (
            f"nothing is plausible for the whole question; the part {part.strip()!r}, "
            "read on its own, finds these: ask whether they are meant"
        )
        why = (
            dataclasses.replace(result.explanation, reason=reason)
            if result.explanation is not None
            else Explanation(question, reason)
        )
        return self.verdict.clarify(question, offered, result.score, why)

    def _read_part(self, part: str, parts: dict[str, _PartReading]) -> _PartReading:
        """One part of the question (a sentence, or a run-on's end) read on its own without
        its chat; None when it is only chat. `parts` holds the parts already read for this
        question."""
        if part not in parts:
            text = self._without_chatter(part).question
            parts[part] = self._read(text) if text else None
        return parts[part]

    def _one_sentence_answers(
        self, question: str, analysis: Analysis, top: Candidate, read: dict[str, _PartReading]
    ) -> Result | None:
        """The answer when one part of the question that asks (`_asking_parts`: a sentence
        that ends in "?" or opens like a question, or the end of a long run-on from its
        question word), read on its own, gets the answer of the entry the whole question
        ranks first; else None. Asked whether the whole question got "Did you mean...?" or
        the fallback: two readings that agree on the entry are what makes the answer sure.

        Small talk in a sentence of its own ("Bit chilly in here. Who decides how many
        injections I get?", "Is bruising normal afterwards? I bruise like a peach.") lowers
        how much of the question the entry knows, and held back answers that patients asked
        plainly. Only when the whole question names nothing the content does not know and
        is about the same subject as the entry (`Verdict.near_miss`): a sentence that names
        another drug or condition still keeps the answer back."""
        parts = _asking_parts(question)
        if not parts:
            return None
        if analysis.readings_disagree:
            return None
        if analysis.unfamiliar:
            return self._answered_past_the_story(question, analysis, top, parts, read)
        if len(_sentences(question)) == 1 and len(normalize.words(question)) >= RUN_ON_WORDS:
            story = self._answered_past_the_story(question, analysis, top, parts, read)
            if story is not None:
                return story
        near_miss = self.verdict.near_miss(question, analysis, top)
        for sentence in parts:
            reading = self._read_part(sentence, read)
            if reading is None:
                continue
            one_analysis, one_ranked = reading
            if not one_ranked or one_ranked[0].entry.id != top.entry.id:
                continue
            # a condition the clinic treats, told only around the sentence, is background;
            # not when the sentence points back at it ("My stroke was a bleed, not a clot.
            # Does that make Botox any riskier for me?", blind set BS)
            if near_miss is not None and (
                _points_past_itself(normalize.words(sentence))
                or self.verdict.near_miss(question, analysis, top, one_analysis) is not None
            ):
                continue
            result = self.verdict.decide(question, one_analysis, one_ranked)
            if result.kind is Kind.ANSWER and result.explanation is not None:
                return _read_alone(
                    result, f"the part {sentence.strip()!r} on its own (the rest is small talk)"
                )
        return None

    def _answered_past_the_story(
        self,
        question: str,
        analysis: Analysis,
        top: Candidate,
        parts: Sequence[str],
        read: dict[str, _PartReading],
    ) -> Result | None:
        """The answer to the part of a long question that asks, when the rest tells who asks
        with words the content does not know, or is the story told in the same long sentence
        (a dictated run-on); else None.

        "hiya it's Kathleen I'm a pastry chef in Fermoy and I need both hands for the
        laminating ... so what kind of improvement can I actually expect from the injections"
        (blind set BK): the whole question names a pastry chef and Fermoy, which the content
        does not know, so it is never answered whole, and a patient who dictated their story
        had to tap again for a question the clinic answers. The same story told in words the
        content knows, in one sentence of `RUN_ON_WORDS` or more ("struan here from dornoch i
        make kilts for a living ... what kind of improvements can i actually expect", blind
        set BL), pulled the whole question's ranking to the story's words: it got "Did you
        mean...?" while a name in it got the answer. The part that asks is answered when,
        read on its own, it knows every word and the engine is sure of it, and:
        - the question has `STORY_WORDS` words or more (a story, not "Pompey lad, how long
          does it last"), and under `RUN_ON_WORDS` the part finds the entry the whole question
          ranks first;
        - it asks one thing: no asking part holds another ("what happens in the appointment
          and how long does the injecting part take");
        - every part that asks finds the same entry first, and none points back ("what
          happens now if it didn't work": "it" may be what was told; `_points_past_itself`);
        - no word the content does not know is told as the asker's condition or as theirs
          ("I have tinnitus", "botox for my bruxism", "in his oesophagus": `_TOLD_AS_THEIRS`);
        - the whole question is about the entry's subject (`Verdict.near_miss`)."""
        words = normalize.words(question)
        if len(words) < STORY_WORDS:
            return None
        said = {part: normalize.words(part) for part in parts}
        if any(a != b and a.endswith(b) for a in parts for b in parts) or any(
            _word_before(words, said[part]) in _JOINED for part in parts
        ):
            return None
        unknown = set(analysis.unfamiliar)
        if any(
            word in unknown and _TOLD_AS_THEIRS.intersection(words[max(0, at - 2) : at])
            for at, word in enumerate(words)
        ):
            return None
        readings = [
            reading
            for part in parts
            if not _points_past_itself(said[part])
            and (reading := self._read_part(part, read)) is not None
            and reading[1]
        ]
        if not readings or len({ranked[0].entry.id for _, ranked in readings}) > 1:
            return None
        one_analysis, one_ranked = readings[0]
        if one_analysis.unfamiliar or one_analysis.readings_disagree:
            return None
        if len(words) < RUN_ON_WORDS and one_ranked[0].entry.id != top.entry.id:
            return None
        if self.verdict.near_miss(question, analysis, one_ranked[0], one_analysis) is not None:
            return None
        result = self.verdict.decide(question, one_analysis, one_ranked)
        if result.kind is not Kind.ANSWER or result.explanation is None:
            return None
        rest = (
            "the rest is small talk: who asks, in words the content does not know"
            if analysis.unfamiliar
            else "the rest of the long sentence tells who asks and why"
        )
        return _read_alone(result, f"the part that asks on its own ({rest})")

    def _answered_beside_small_talk(
        self, question: str, read: dict[str, _PartReading]
    ) -> Result | None:
        """The answer to the one sentence that asks, when every other sentence is small talk
        the content has nothing for; else None.

        "Morning! Lovely sunshine out there for once. How long before I feel the effects?":
        read whole, the weather pulls the ranking away from the question, and even its first
        entry may be another. A sentence is small talk when, read on its own, no entry is
        plausible for it (the fallback, not "Did you mean...?") and it names no condition,
        body part or medicine, nor a word the content does not know when the asking sentence
        points back ("it", "that"); a sentence that tells something the content knows ("My
        wife is on a blood thinner.") or names what "it" may be ("I have tinnitus. Can Botox
        help with it?") is context, and the question is then read whole, as before. The asker
        introducing themselves ("hiya, Jolene, ex roller derby skater from Sacramento. what
        happens if it doesn't help at all?", blind set BG) is small talk even then: "it" is
        the treatment, unless the introduction tells a condition or the question does
        something to "it" ("can it help with that")."""
        sentences = _sentences(question)
        if len(sentences) < 2 or _too_many(sentences):
            return None
        # a sentence that is only chat ("Alright?", "How are you?") asks nothing of the FAQ
        asking = [
            s
            for s in _asking_parts(question)
            if s in sentences and self._without_chatter(s).question
        ]
        if len(asking) != 1:
            return None
        asked = normalize.words(asking[0])
        points_back = _points_back(asked)
        # "can it help with that", "does it cure it": what it is done to may be what was told
        points_at_a_thing = any(
            b in _POINTING_BACK and a in _DONE_TO for a, b in itertools.pairwise(asked)
        )
        found: Result | None = None
        for sentence in sentences:
            reading = self._read_part(sentence, read)
            if reading is None:
                continue
            one_analysis, one_ranked = reading
            result = self.verdict.decide(question, one_analysis, one_ranked)
            if sentence == asking[0]:
                if result.kind is not Kind.ANSWER or result.explanation is None:
                    return None
                found = result
            elif (
                result.kind is not Kind.FALLBACK
                or self.verdict.names_a_subject(one_analysis)
                or (
                    points_back
                    and one_analysis.unfamiliar
                    and not (self._introduces(sentence) and not points_at_a_thing)
                )
            ):
                # the content knows it, or it names what the question may be about ("I have
                # tinnitus. Can Botox help with it?"): context, not small talk
                return None
        if found is None or found.explanation is None:
            return None
        return _read_alone(
            found,
            f"the sentence {asking[0].strip()!r} on its own (the content has nothing for the "
            "others: small talk)",
        )

    def _introduces(self, sentence: str) -> bool:
        """Whether a sentence is the asker introducing themselves: chat was taken from it (a
        greeting, a name, "Lorraine here", "from Dingle"), or it opens with a capitalised name
        and "here" or "from" a capitalised place ("Barnaby here, video game tester", "Niamh
        from Kinsale, I'm a river bailiff"), and what is left tells no condition ("I umpire
        netball in Launceston on Saturdays", not "I have tinnitus")."""
        reading = self._without_chatter(sentence)
        if not reading.dropped and not _NAMED_OPENING.match(sentence):
            return False
        words = reading.question.split()
        return not (
            _TELLS_A_CONDITION.intersection(words)
            or any(a in _LIVES and b == "with" for a, b in itertools.pairwise(words))
        )

    def _without_chatter(self, text: str) -> chatter.Reading:
        """`text` without greetings, "my mum wants to know", names... (see `chatter`)."""
        return chatter.read(
            text,
            self._name_known,
            self._chat_used.__contains__,
            self._trigger_words.__contains__,
            lambda word: normalize.stem(word) in self._topical,
        )

    def _knows(self, word: str) -> bool:
        """Whether the content or its rules use `word`, or it may be what a question about
        them asks (`_topical`)."""
        return word in self._trigger_words or normalize.stem(word) in self._topical

    def _name_known(self, word: str) -> bool:
        """A word never taken for a name after "my son" or "dr": a word of a rule's trigger
        or of the content ("my dad dabigatran..."), a stop word or an everyday word."""
        return word in self._trigger_words or word in normalize.STOPWORDS or is_common(word)

    def _read(self, question: str) -> tuple[Analysis, list[Candidate]]:
        """The question's analysis and ranking. A word that is also a stop word with two
        letters swapped ("how dose botox work") is read both ways, and each entry keeps its
        better reading's candidate. When the readings point to different entries ("how dose
        it work": a dose, or how it works?), the decision then sees two close entries and asks
        which one is meant. The analysis shown is the one behind the best candidate."""
        respaced = self._index.respaced(question)
        if respaced is not None:
            analysis = self._index.analyze(respaced)
            analysis = dataclasses.replace(
                analysis, corrections=((question.strip(), respaced), *analysis.corrections)
            )
            return analysis, self._index.rank(analysis.terms)
        analysis = self._index.analyze(question)
        ranked = self._index.rank(analysis.terms)
        words = normalize.words(question)
        swaps = {w: normalize.swapped_stop_word(w) for w in words}
        if not any(swaps.values()):
            return analysis, ranked
        other = " ".join(swaps[w] or w for w in words)
        other_analysis = self._index.analyze(other)
        other_ranked = self._index.rank(other_analysis.terms)
        if not other_ranked:
            return analysis, ranked
        merged = best_per_entry((*ranked, *other_ranked))
        typed_leads = bool(ranked) and ranked[0].score >= other_ranked[0].score
        disagree = bool(ranked) and ranked[0].entry.id != other_ranked[0].entry.id
        chosen = analysis if typed_leads else other_analysis
        return dataclasses.replace(chosen, readings_disagree=disagree), merged

    def probabilities(self, analysis: Analysis, ranked: Sequence[Candidate]) -> list[float]:
        """How likely each of the first three ranked entries is the one meant (the decision
        model, `faqbot.matching.decision`)."""
        return [e.probability(self.decision) for e in self.verdict.evidence(analysis, ranked)]

    def urgent_level(self, text: str) -> str | None:
        """The whole urgent check that `ask` runs first: "alert" (an urgent trigger or
        self-harm words), "check" ("Is this happening now?") or None. For measuring its cost
        (benchmarks/urgent.py) and for callers that need no FAQ match."""
        return self._urgency.level(text)

    def urgent_rule(self, text: str) -> Rule | None:
        """The urgent rule this text triggers, if any (cheap enough for every keystroke)."""
        fired = self._urgency.first(text)
        return None if fired is None else fired[0]

    def suggest(self, prefix: str, n: int = 5) -> list[Suggestion]:
        """Questions to offer while the patient types; the last word may be unfinished.

        The same ranking as `ask`, on the question without its chat, read as typed and with
        the unfinished last word completed to the content's words (`typeahead`); each
        entry keeps its best reading. Until a word that carries meaning is typed ("what are
        the") nothing is offered: the list would change at every keystroke."""
        if n <= 0:
            return []
        typed = normalize.words(prefix)
        words = normalize.words(self._without_chatter(prefix).question) or typed
        # still typing the last word, unless chat removal took it away ("my son t")
        unfinished = typeahead.is_unfinished(prefix) and words[-1:] == typed[-1:]
        # read both ways, as `ask` does, a word that is a stop word with two letters swapped
        # ("dose it hurt"); the last word only once it is finished
        finished = words[:-1] if unfinished else words
        swapped = [normalize.swapped_stop_word(w) or w for w in finished] + words[len(finished) :]
        readings = [words, swapped] if swapped != words else [words]
        sources = [(both, unfinished) for both in readings]
        # the parts that ask, read on their own as `ask` reads them ("my son tom has cp, how
        # long does botox last": the last clause asks, the rest tells who asks)
        for part in _asking_parts(prefix):
            asked = normalize.words(self._without_chatter(part).question)
            sources.append((asked, unfinished and asked[-1:] == typed[-1:]))
        ranked = [
            candidate
            for read, ending in sources
            for reading in self._typeahead.readings(read, ending)
            for candidate in self._index.rank(reading)
        ]
        return [
            Suggestion(c.entry, c.score)
            for c in best_per_entry(ranked)
            if c.score >= self.thresholds.suggest
        ][:n]

    def related(self, entry_id: str, n: int = 3) -> list[Entry]:
        """Entries to offer after an answer: same topic first, nearest questions first;
        [] for an id the content does not have."""
        if entry_id not in {e.id for e in self.faq.faqs}:
            return []
        if entry_id not in self._related:
            entry = self.faq.entry(entry_id)
            ranked = [c.entry for c in self._index.rank(self._index.analyze(entry.question).terms)]
            ranked = [e for e in ranked if e.id != entry_id]
            same_topic = [e for e in self.faq.faqs if e.topic == entry.topic and e.id != entry_id]
            ordered = [e for e in ranked if e in same_topic] + [
                e for e in same_topic if e not in ranked
            ]
            ordered += [e for e in ranked if e not in ordered]
            self._related[entry_id] = ordered
        return self._related[entry_id][:n]

    def vocabulary(self) -> frozenset[str]:
        """Lowercased words of the content's questions and alternates."""
        return self._content_words

    def forget(self) -> None:
        """Drop per-session caches of typed words (privacy: called at every kiosk reset)."""
        self._index.forget()
        self._urgency.forget()
        self._refer.forget()
        self._cues.forget()
        normalize.forget()


def best_per_entry(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Each entry once, with its best-scoring candidate, best first (ties by id: the same
    order every time). Used where one question is read in two ways."""
    best: dict[str, Candidate] = {}
    for candidate in candidates:
        known = best.get(candidate.entry.id)
        if known is None or candidate.score > known.score:
            best[candidate.entry.id] = candidate
    return sorted(best.values(), key=lambda c: (-c.score, c.entry.id))


def _no_check(explanation: Explanation, general: str, shown: str) -> Explanation:
    """`explanation` with why a general question about a risk skipped the urgent check:
    `shown` says what names the red flags."""
    return _no_check_because(explanation, f"it {general}, and {shown}")


def _read_alone(result: Result, part: str) -> Result:
    """`result`, an answer found by reading `part` of the question on its own, saying so in
    its explanation (for `--explain`)."""
    if result.explanation is None:
        return result
    reason = f"{result.explanation.reason}, reading {part}"
    return dataclasses.replace(
        result, explanation=dataclasses.replace(result.explanation, reason=reason)
    )


def _no_check_because(explanation: Explanation, why: str) -> Explanation:
    """`explanation` with why the urgent check was not asked, for `--explain`."""
    return dataclasses.replace(explanation, reason=f"{explanation.reason}; no urgent check: {why}")


def _warnings_by_rule(entries: Sequence[Entry], urgency: Urgency) -> dict[str, tuple[Entry, ...]]:
    """Rule id -> the `entries` whose answer names that rule's red flags: each clause of the
    answer is read by the urgent rules on its own ("Signs include itching, rash, hives,
    wheezing, and feeling dizzy or faint" names the allergy, breathing and fainting rules).
    An entry whose answer is mostly red flags ("What serious side effects...?") comes before
    one that names a red flag in passing ("Can I drive home?")."""
    named: dict[str, list[Entry]] = {}
    share: dict[str, float] = {}
    for entry in entries:
        clauses = [c for c in _ANSWER_CLAUSES.split(entry.answer) if c.strip()]
        fired = [urgency.first(clause) for clause in clauses]
        share[entry.id] = sum(f is not None for f in fired) / max(1, len(clauses))
        for found in fired:
            if found is not None and entry not in named.setdefault(found[0].id, []):
                named[found[0].id].append(entry)
    urgency.forget()
    return {
        rule: tuple(sorted(found, key=lambda entry: -share[entry.id]))
        for rule, found in named.items()
    }
