"""The FAQ index: phrasings turned into weighted keys once at load time, and scored per question.

Scoring, for staff who ask "why this answer?": the question becomes stemmed words with
synonyms applied and typing slips corrected against the content's vocabulary. Each word weighs
by how few entries use it (rare words decide, "how"/"the" barely count, an unknown word counts
fully *against* every entry, which is how "who invented botox" fails to match "what is botox").
An entry scores high when (a) its best phrasings cover the question's weighty words, (b) those
words point to this entry rather than others, and (c) it knows all of the question's
meaningful words (coverage), in its phrasings or in its answer: an entry whose answer talks
about "numbing cream" knows those words, even when no phrasing of it says them.
`faqbot.matching.engine` decides what to say from these scores.
"""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from operator import itemgetter

from faqbot.content.model import Faq
from faqbot.matching import everyday, normalize
from faqbot.matching.commonwords import COMMON_WORDS, FUNCTION_STEMS, is_common, is_unfamiliar
from faqbot.matching.english import is_english, is_listed, slip_of_english
from faqbot.matching.fuzzy import Vocabulary, similarity
from faqbot.matching.results import Candidate
from faqbot.matching.segment import TWO_LETTER_WORDS, Segmenter
from faqbot.matching.synonyms import SynonymMap
from faqbot.matching.terms import Analysis, Term, with_pairs
from faqbot.matching.thresholds import Weights

AGREE_F = 0.5
"""A phrasing "agrees" with the question when their F-score is at least this (see
`Candidate.agreeing`)."""

_NOT_FROM_ANSWERS = normalize.STOP_STEMS | normalize.NEGATION_STEMS | FUNCTION_STEMS
"""Keys an answer's text never lends to its entry's coverage: words of grammar."""

RUN_LETTERS = 6
RESPACED_STRAYS = 2
"""Words that are no word at all, in a question read again with its spaces put back in
place (`Index.respaced`): one is a typing slip, two or more a thumb on the space bar a letter
late ("howl ongd oesi tlast")."""
MAX_RESPACED_LETTERS = 120
"""Longer questions are not read again so (a sentence or two of letters)."""
"""A typed word this long that no list knows may be several words run together ("idoafter",
blind set BL; was 9, which left it unknown: on the pool, 6 answered 3 more questions right on
the bundled file and 5 on the sparse one, and moved no wrong answer)."""

CACHE_LIMIT = 4096
"""Typed words remembered for typo correction (cleared at every kiosk reset)."""
KIN_PREFIX = 6
"""Letters a typed word and a content word of the same family share at least."""
KIN_SIMILARITY = 0.8
"""How surely a word stands for a content word of its family (less than an everyday word
of its group: "prescribe" is not quite "prescription")."""


@dataclass(frozen=True, slots=True)
class Phrasing:
    entry: int
    text: str
    keys: frozenset[str]
    weight: float


PLACE_WORDS: frozenset[str] = frozenset("in at near outside around visiting".split())
"""Words after which a name the content does not know is a place ("lovely weather for once in
Llandudno", blind set AY), not a medicine or condition the question may be about."""


@dataclass(frozen=True, slots=True)
class _Asked:
    """The question as every shortlisted entry's score reads it, worked out once a ranking."""

    terms: Sequence[Term]
    total: float
    """The weight of all its words."""
    keys: frozenset[str]
    """Every key any of its words may stand for."""
    content: tuple[tuple[float, tuple[str, ...], bool], ...]
    """Each word that carries meaning: its weight, its keys, and whether any entry knows it."""
    content_weight: float


SLIP_USES = 2
"""A content word used this often or less may be a typing slip kept from a patient's question..."""
SLIP_TARGET_USES = 5
"""...of a word the content uses at least this often."""
SLIP_SHARE = 4
"""...or used more often (and then from four letters), but at most a quarter as often as the
English word it is a slip of with that word's other forms: a content file that keeps many
patients' questions keeps the same slips several times ("brusing" 7 times beside "bruise",
"bruising", "bruised"...; "injectoin" 4 times), and read as words of their own they were never
corrected ("brusing at the injectoin spott" was not read as "bruising at the injection")."""


def _plain_short_slip(word: str, meant: str, frequent: Vocabulary) -> bool:
    """Whether a four-letter content word is plainly a slip of `meant`: the same first
    letter, two letters swapped or one left out ("tiem", "oftn"), and no other frequent word
    one slip away. A letter typed for another may be another word ("hart" for "heart", not
    "hurt"; "copd" is no "cold"), and a word near several is anyone's guess ("wats": "wants",
    "was" or "what's")."""
    return (
        word[0] == meant[0]
        and (sorted(word) == sorted(meant) or len(meant) == len(word) + 1)
        and frequent.near(word) == [meant]
    )


class Index:
    """Everything about the FAQ entries that can be computed before the first question."""

    def __init__(self, faq: Faq, synonyms: SynonymMap, weights: Weights) -> None:
        self.faq = faq
        self.weights = weights
        self._synonyms = synonyms
        self.corrections: dict[str, tuple[str, float, str | None]] = {}
        """Typed word -> (stem, similarity, corrected word): a per-session cache."""
        self._slips: dict[str, str] = {}
        """Typing slips in the content's phrasings -> the word meant (`_find_slips`)."""
        self._build()

    def _build(self) -> None:
        entries = self.faq.faqs
        surface: Counter[str] = Counter()
        answered: Counter[str] = Counter()
        clinic: set[str] = set()
        for entry in entries:
            for position, text in enumerate(entry.phrasings):
                words = normalize.matching_words(text)
                surface.update(words)
                if position == 0:
                    clinic.update(words)
            answered.update(normalize.matching_words(entry.answer))
        clinic.update(answered)
        self.clinic_words = frozenset(clinic)
        """The words of the clinic's own questions and answers (not the patients' alternates):
        what a run typed without spaces is split into, and what the urgent rules trust."""
        self.content_words = frozenset(surface)
        self._slips = self._find_slips(surface)
        spelled: Counter[str] = Counter()
        for word, count in surface.items():
            spelled[self._slips.get(word, word)] += count
        self._vocab = Vocabulary(spelled)
        self._segmenter = Segmenter(
            (
                word
                for word in (*clinic, *COMMON_WORDS, *normalize.STOPWORDS)
                if len(word) > 2 or word in TWO_LETTER_WORDS
            ),
            uses=spelled + answered,
        )
        """Splits a run typed without spaces into the words of the clinic's own text and
        everyday words (not the patients' words of the alternates: they hold runs and slips
        themselves, "canidrive", "howlong")."""
        self._known = {normalize.stem(w) for w in spelled} | self._synonyms.member_stems()
        self._kin: dict[str, list[str]] = defaultdict(list)
        for known in sorted(self._known):
            if (
                known.isalpha()
                and len(known) >= KIN_PREFIX
                and known not in normalize.STOP_STEMS
                and known not in FUNCTION_STEMS
            ):
                self._kin[known[:KIN_PREFIX]].append(known)
        phrasing_keys = [
            (index, text, self._keys_of(text))
            for index, entry in enumerate(entries)
            for text in entry.phrasings
        ]

        entry_count = len(entries)
        in_entries: dict[str, set[int]] = defaultdict(set)
        per_entry: dict[int, Counter[str]] = defaultdict(Counter)
        sizes: Counter[int] = Counter()
        for index, _, keys in phrasing_keys:
            sizes[index] += 1
            for key in keys:
                in_entries[key].add(index)
                per_entry[index][key] += 1
        self._max_weight = math.log((entry_count + 1) / 0.5)
        self._idf = {
            key: math.log((entry_count + 1) / (len(found) + 0.5))
            for key, found in in_entries.items()
        }
        # How strongly a key points to each entry: its share of the entries' phrasing
        # frequencies (a key used in every phrasing of one entry and nowhere else -> 1.0).
        self._vote: dict[str, dict[int, float]] = {}
        for key, found in in_entries.items():
            shares = {e: per_entry[e][key] / sizes[e] for e in found}
            total = sum(shares.values())
            self._vote[key] = {e: share / total for e, share in shares.items()}
        self._phrasings = [
            Phrasing(index, text, keys, sum(self._weight(k) for k in keys) or 1.0)
            for index, text, keys in phrasing_keys
        ]
        self._phrasing_weights = [p.weight for p in self._phrasings]
        self._entry_keys = {entries[i].id: frozenset(keys) for i, keys in per_entry.items()}
        self._answer_keys = [
            frozenset(
                k
                for k in self._keys_of(entry.answer)
                if "+" not in k and k not in _NOT_FROM_ANSWERS
            )
            for entry in entries
        ]
        """Per entry, the words of substance its answer uses: words the entry knows
        although no phrasing of it asks with them (a day-one file has two or three phrasings
        an entry, and its answers hold most of its words). An answer's "when", "where" or
        "not" says nothing about what the entry is about."""
        self._entry_at = {entry.id: i for i, entry in enumerate(entries)}
        self._text_keys = {(entries[i].id, text): keys for i, text, keys in phrasing_keys}
        # key -> the phrasings (indexes) that contain it, overall and per entry.
        self._key_postings: dict[str, list[int]] = defaultdict(list)
        self._postings: list[dict[str, list[int]]] = [{} for _ in entries]
        for position, phrasing in enumerate(self._phrasings):
            for key in phrasing.keys:
                self._key_postings[key].append(position)
                self._postings[phrasing.entry].setdefault(key, []).append(position)

    def _find_slips(self, surface: Counter[str]) -> dict[str, str]:
        """Typing slips in the content's own phrasings, each with the word meant: patients'
        questions copied in as phrasings keep their typos ("wen will it strat workng").
        Left as words of their own, a slip is a rare word that points to one entry, and a
        patient typing the same slip is not corrected ("workng" pointed to "Can Botox stop
        working over time?"). A slip is no common or English word, and either a doubled key
        of a word used at least `SLIP_SHARE` times as often ("itt", "lastt"), or within the
        usual slip tolerance of another word used at least `SLIP_TARGET_USES` times, when it
        is used at most `SLIP_USES` times, has five letters or more and its stem no other
        content word shares, or is outnumbered `SLIP_SHARE` to one by that English word's
        family ("brusing", "injectoin", "oftn")."""
        stems = Counter(normalize.stem(w) for w in surface)
        family: Counter[str] = Counter()
        for word, uses in surface.items():
            family[normalize.stem(word)] += uses
        frequent = Vocabulary({w: n for w, n in surface.items() if n >= SLIP_TARGET_USES})
        slips: dict[str, str] = {}
        for word, uses in surface.items():
            if not word.isalpha() or is_english(word):
                continue
            once = frequent.undoubled(word, normalize.STOPWORDS.__contains__)
            if once is not None and uses * SLIP_SHARE <= max(family[normalize.stem(once)], 1):
                slips[word] = once  # a doubled key: "itt", "lastt" (any length)
                continue
            if len(word) < 4:
                continue
            fix = frequent.correct(word, other=True)
            if fix is None:
                continue
            rare = uses <= SLIP_USES and len(word) >= 5 and stems[normalize.stem(word)] == 1
            outnumbered = (
                is_english(fix.word)
                and uses * SLIP_SHARE <= family[normalize.stem(fix.word)]
                and (len(word) > 4 or _plain_short_slip(word, fix.word, frequent))
            )
            if rare or outnumbered:
                slips[word] = fix.word
        return slips

    def _keys_of(self, text: str) -> frozenset[str]:
        """The keys of a phrasing or an answer: stems, synonym keys and word pairs (a slip
        in the content read as the word meant, see `_find_slips`)."""
        words = [self._slips.get(w, w) for w in normalize.matching_words(text)]
        stems = [normalize.stem(w) for w in words]
        return frozenset(k for k, _ in with_pairs(self._synonyms.apply(stems, [1.0] * len(words))))

    def _weight(self, key: str) -> float:
        base = self._idf.get(key, self._max_weight)
        if key in normalize.STOP_STEMS or self._slip(key):
            # An unknown word of 1-3 letters is mostly a slip on a small word ("wat", "hw").
            return base * self.weights.stop_factor
        if key not in self._idf and key in FUNCTION_STEMS:
            # "before", "usually", "whether": words a small content file happens not to use
            # say little about which entry is meant, but a word of substance it does not
            # know ("invented", "appointment", "rare") still counts fully against every entry.
            return base * self.weights.unknown_function_word
        return base

    def _slip(self, key: str) -> bool:
        """An unknown 1-3 letter word that is not an everyday word: a slip on a small word
        ("wat", "hw"), not a question about something else ("fly", "gym")."""
        return key not in self._idf and len(key) <= 3 and not is_common(key)

    def _is_content(self, key: str) -> bool:
        if "+" in key or key in normalize.STOP_STEMS:
            return False
        return not self._slip(key)

    # ----------------------------------------------------------------- query analysis

    def _correct(self, word: str) -> tuple[str, float, str | None]:
        """(stem, similarity, corrected word or None) for one typed word; cached per session."""
        cached = self.corrections.get(word)
        if cached is not None:
            return cached
        stem = normalize.stem(word)
        result: tuple[str, float, str | None] = (stem, 1.0, None)
        if stem not in self._known:
            english = is_english(word)
            # a doubled key ("itt", "lastt", "botoxx"): the word typed once, which the content
            # (or English grammar) knows; else "jab" in a file that says only "injection",
            # else a slip of a content word
            stop = normalize.STOPWORDS.__contains__
            once = None if english else self._vocab.undoubled(word, stop)
            group = everyday.EQUIVALENTS.get(stem, ())
            bridge = next((e for e in group if e[0] in self._known), None)
            kin = self._kin_of(stem) if english else None
            if once is not None:
                result = (normalize.stem(once), similarity(1), once)
            elif bridge is not None:
                result = (bridge[0], everyday.SIMILARITY, bridge[1])
            elif kin is not None:
                # a real word of the family of a content word ("pregnancy": "pregnant")
                result = (kin, KIN_SIMILARITY, kin)
            elif stem not in normalize.STOP_STEMS and not english:
                # a common English word is meant as typed ("reset" is not "rest")
                fix = self._vocab.correct(word)
                if fix is not None:
                    result = (normalize.stem(fix.word), similarity(fix.edits), fix.word)
                elif (heard := self._vocab.sounds_like(word)) is not None:
                    # spelt by ear, too many slips for its length: "distonya" is "dystonia"
                    result = (normalize.stem(heard), similarity(2), heard)
                elif (full := self._vocab.without_vowels(word)) is not None:
                    # vowels left out, more than its slips allow: "spastcty" (blind set BX)
                    result = (normalize.stem(full), similarity(2), full)
        elif word not in self._vocab and word.isalpha() and not is_listed(word):
            # a slip that stems as another word does ("servical" as "service": blind sets T,
            # AY): one slip from a content word of another stem ("cervical") is likelier,
            # unless a real word one slip away has its stem ("needl" is "needle", not "need";
            # a patient's slip kept in a phrasing is none: "aftre" is "after", not "aftr")
            fix = self._vocab.correct(word)
            if (
                fix is not None
                and fix.edits <= 1
                and normalize.stem(fix.word) != stem
                and not any(
                    normalize.stem(near) == stem and self._is_real_word(near)
                    for near in self._vocab.near(word)
                )
            ):
                result = (normalize.stem(fix.word), similarity(fix.edits), fix.word)
        if len(self.corrections) >= CACHE_LIMIT:
            self.corrections.clear()
        self.corrections[word] = result
        return result

    def _is_real_word(self, word: str) -> bool:
        """A word of the clinic's own text or of English, however rare: not a patient's slip
        kept in a phrasing ("myneckk", "aftr")."""
        return word in self.clinic_words or is_listed(word)

    def _kin_of(self, stem: str) -> str | None:
        """A known stem of the same word family ("pregnanc" -> "pregnant", "physiotherapi"
        -> "physio"): both share their first letters up to the last of the shorter one."""
        if not stem.isalpha() or len(stem) < KIN_PREFIX:
            return None
        best: tuple[int, str] | None = None
        for known in self._kin.get(stem[:KIN_PREFIX], ()):
            shared = next(
                (i for i, (a, b) in enumerate(zip(stem, known, strict=False)) if a != b),
                min(len(stem), len(known)),
            )
            if shared >= min(len(stem), len(known)) - 1 and (best is None or shared > best[0]):
                best = (shared, known)
        return best[1] if best else None

    def analyze(self, text: str) -> Analysis:
        words = self._merge_split_words(normalize.matching_words(text))
        stems: list[str] = []
        sims: list[float] = []
        corrections: list[tuple[str, str]] = []
        unfamiliar: list[str] = []
        for previous, word in zip(("", *words), words, strict=False):
            stem, sim, fixed = self._correct(word)
            unknown = fixed is None and stem not in self._known
            # a correction into a word only the patients' alternates use: a patient's run or
            # slip ("doesitcure", "myneckk")
            slip = fixed is not None and not self._is_real_word(fixed)
            if (unknown or slip) and stem not in normalize.STOP_STEMS:
                # a long run of everyday words is read as them, rather than as a patient's run
                # two slips away ("doesithurt" is not "doesitcure"), and two known words as
                # them rather than as a patient's slip one away ("myneck" is "my neck", not
                # "myneckk": blind set BF); a slip of a word of the clinic or of English is the
                # likelier reading ("inmesting" is "injecting", not "in me sting";
                # "injectino" is no "inject i no")
                pieces = self._run_of_words(word)
                if not pieces and (unknown or sim >= similarity(1)):
                    halves = self._vocab.split(word)
                    if halves is not None and not (is_english(word) and min(map(len, halves)) < 4):
                        # a common English word is meant whole ("pretend" is not "pre tend",
                        # "tendon" not "tend on"), unless made of two long words ("overtime")
                        pieces = list(halves)
                if pieces:
                    stems.extend(normalize.stem(h) for h in pieces)
                    sims.extend(similarity(1) for _ in pieces)
                    corrections.append((word, " ".join(pieces)))
                    continue
                if (
                    unknown
                    and is_unfamiliar(word)
                    and not is_english(word)
                    and slip_of_english(word) is None
                    and previous not in PLACE_WORDS
                ):
                    unfamiliar.append(word)
            if fixed is not None:
                corrections.append((word, fixed))
            stems.append(stem)
            sims.append(sim)
        best: dict[str, float] = {}
        for key, sim in with_pairs(self._synonyms.apply(stems, sims)):
            best[key] = max(sim, best.get(key, 0.0))
        terms = tuple(
            Term(((key, sim),), self._weight(key), self._is_content(key))
            for key, sim in best.items()
        )
        return Analysis(terms, " ".join(best), tuple(corrections), tuple(unfamiliar))

    def _run_of_words(self, word: str) -> list[str]:
        """A run of letters typed without spaces ("howmanyinjectionswilligetinmyarm") as the
        words in it, when every piece is a word of the clinic's text or an everyday word; []
        otherwise (then the two halves of `Vocabulary.split` are tried)."""
        if len(word) < RUN_LETTERS or not word.isalpha() or is_english(word) or is_listed(word):
            return []  # a real word is meant whole ("overactive", "bluetooth")
        pieces = self._segmenter.split(word, slips=False)
        if len(pieces) < 2 or not all(self._segmenter.known(p) for p in pieces):
            return []
        # a contraction in the run is read as typed with spaces: "canihavebotoxifimpregnant"
        # has "im", which is "i am" (blind set BS)
        return normalize.words(" ".join(pieces))

    def respaced(self, text: str) -> str | None:
        """The words of a question typed with its spaces slipped ("howl ongd oesi tlast": "how
        long does it last", blind set BN), else None: two or more of its words are no word at
        all (not the content's, not English, not a slip of a content word), and its letters run
        together are all words of the clinic's text or everyday words."""
        words = normalize.matching_words(text)
        strays = sum(
            1
            for word in words
            if word.isalpha()
            and normalize.stem(word) not in self._known
            and not is_listed(word)
            and self._correct(word)[2] is None
        )
        if strays < RESPACED_STRAYS:
            return None
        run = "".join(words)
        if not run.isalpha() or len(run) > MAX_RESPACED_LETTERS:
            return None
        # with a letter for the space bar, a slip would be read as words ("emgmashine": "emg
        # a shine"); each word typed so is split on its own (`_run_of_words`)
        pieces = self._segmenter.split(run, slips=False, spaces=False)
        if len(pieces) < len(words) - strays or not all(self._segmenter.known(p) for p in pieces):
            return None
        return " ".join(pieces)

    def _merge_split_words(self, words: list[str]) -> list[str]:
        """Join "bo tox" -> "botox" when the halves are not words the content knows and the
        joined word is one the content uses often: not a slip kept from a patient's
        phrasing ("a bot" is not "abot", typed for "about")."""
        out: list[str] = []
        i = 0
        while i < len(words):
            if i + 1 < len(words):
                joined = words[i] + words[i + 1]
                unknown = (
                    normalize.stem(words[i]) not in self._known
                    or normalize.stem(words[i + 1]) not in self._known
                )
                if unknown and self._vocab.uses(joined) >= SLIP_TARGET_USES:
                    out.append(joined)
                    i += 2
                    continue
            out.append(words[i])
            i += 1
        return out

    # ----------------------------------------------------------------- scoring

    def rank(self, terms: Sequence[Term]) -> list[Candidate]:
        """Entries best first, each with its best phrasing; [] when nothing is shared."""
        total = sum(t.weight for t in terms)
        if total <= 0:
            return []
        votes: dict[int, float] = defaultdict(float)
        for term in terms:
            if len(term.alternatives) == 1:  # a typed word: the common, fast case
                key, sim = term.alternatives[0]
                weight = term.weight
                for entry, share in self._vote.get(key, {}).items():
                    value = share * sim
                    if value > 0.0:
                        votes[entry] += weight * value
                continue
            best: dict[int, float] = {}
            for key, sim in term.alternatives:
                for entry, share in self._vote.get(key, {}).items():
                    value = share * sim
                    if value > best.get(entry, 0.0):
                        best[entry] = value
            for entry, value in best.items():
                votes[entry] += term.weight * value
        shortlist = sorted(votes, key=lambda e: (-votes[e], e))[: self.weights.candidates]
        shortlist += [e for e in self._closest_phrasings(terms) if e not in shortlist]
        asked = self._asked(terms, total)
        ranked = [self._candidate(entry, asked, votes[entry] / total) for entry in shortlist]
        ranked.sort(key=lambda c: (-c.score, c.entry.id))
        return ranked

    def _closest_phrasings(self, terms: Sequence[Term]) -> list[int]:
        """Entries owning the phrasings that share the most content weight with the question:
        an entry with one perfect phrasing is scored even when its vote is weak."""
        shared: dict[int, float] = defaultdict(float)
        for term in terms:
            for key, sim in term.alternatives:
                if key in normalize.STOP_STEMS:
                    continue
                gain = term.weight * sim
                for phrasing in self._key_postings.get(key, ()):
                    shared[phrasing] += gain
        best = heapq.nlargest(self.weights.candidates, shared.items(), key=itemgetter(1))
        return list(dict.fromkeys(self._phrasings[p].entry for p, _ in best))

    def _asked(self, terms: Sequence[Term], total: float) -> _Asked:
        """What scoring each shortlisted entry reads of the question, worked out once."""
        content = tuple(
            (
                t.weight,
                tuple(k for k, _ in t.alternatives),
                any(k in self._idf for k, _ in t.alternatives),
            )
            for t in terms
            if t.content
        )
        return _Asked(
            terms,
            total,
            frozenset(k for t in terms for k, _ in t.alternatives),
            content,
            sum(weight for weight, _, _ in content),
        )

    def _candidate(self, entry: int, asked: _Asked, vote: float) -> Candidate:
        """Score one entry: its best phrasing's F-score blended with its vote."""
        terms, total = asked.terms, asked.total
        postings = self._postings[entry]
        matched: dict[int, float] = defaultdict(float)
        for term in terms:
            if len(term.alternatives) == 1:  # a typed word: the common, fast case
                key, sim = term.alternatives[0]
                gain = term.weight * sim
                for phrasing in postings.get(key, ()):
                    matched[phrasing] += gain
                continue
            best: dict[int, float] = {}
            for key, sim in term.alternatives:
                for phrasing in postings.get(key, ()):
                    if sim > best.get(phrasing, 0.0):
                        best[phrasing] = sim
            for phrasing, sim in best.items():
                matched[phrasing] += term.weight * sim
        beta2 = self.weights.recall_beta**2
        weights = self._phrasing_weights
        scored: list[tuple[float, int, float]] = []
        for index, value in matched.items():
            recall = value / total
            precision = min(1.0, value / weights[index])
            f = (1 + beta2) * precision * recall / (beta2 * precision + recall)
            scored.append((-f, index, precision))
        scored.sort()
        top = max(1, math.ceil(len(self.faq.faqs[entry].phrasings) * self.weights.neighbours))
        best_f = -scored[0][0] if scored else 0.0
        best_text = self._phrasings[scored[0][1]].text if scored else ""
        support = -sum(f for f, _, _ in scored[:top]) / top
        if best_f >= self.weights.exact_f:  # the question is one of its phrasings
            support = best_f
        precision = scored[0][2] if scored else 0.0
        missing = self._missing(self._phrasings[scored[0][1]], asked.keys) if scored else 1.0
        content, content_weight = asked.content, asked.content_weight
        said = self._answer_keys[entry]
        known = sum(
            weight for weight, keys, _ in content if any(k in postings or k in said for k in keys)
        )
        # a question of small words only knows nothing of its own, unless it is one of the
        # entry's phrasings as written ("what do they actually do to you in there")
        coverage = (
            known / content_weight
            if content_weight
            else float(best_f >= self.weights.exact_f)
        )
        # Words other entries use but this one does not: the question is probably about
        # something else ("botox for back pain" vs "what improvements can I expect").
        elsewhere = sum(
            weight
            for weight, keys, anywhere in content
            if not any(k in postings for k in keys) and anywhere
        )
        foreign = elsewhere / content_weight if content_weight else 0.0
        share = self.weights.phrasing_share
        score = 100.0 * (share * support + (1 - share) * vote)
        # An entry that does not know some of the question's meaningful words answers a
        # different question, however well its phrasing matches the rest.
        score *= coverage**self.weights.coverage_power if content else 1.0
        agreeing = sum(1 for f, _, _ in scored if f <= -AGREE_F)
        return Candidate(
            self.faq.faqs[entry],
            score,
            best_text,
            100.0 * best_f,
            coverage,
            precision,
            agreeing,
            foreign,
            missing,
        )

    def completions(self, prefix: str, limit: int) -> list[str]:
        """Up to `limit` content words that start with `prefix` and mean different things
        (one per stem or synonym key: "effect" stands for "effects"), most frequent first."""
        found: dict[str, str] = {}
        for word in self._vocab.completions(prefix, limit=64):
            found.setdefault(self._synonyms.key(normalize.stem(word)), word)
            if len(found) >= limit:
                break
        return list(found.values())

    def _missing(self, phrasing: Phrasing, asked: frozenset[str]) -> float:
        """0-1: the weight of the heaviest meaningful word of `phrasing` the question lacks
        (`asked`: every key its words may stand for), relative to the heaviest possible word.
        "What causes cerebral palsy" matches "Can cerebral palsy cause spasticity?" but lacks
        "spasticity", what that phrasing is about."""
        lacking = [
            self._weight(k)
            for k in phrasing.keys
            if k not in asked and "+" not in k and k not in normalize.STOP_STEMS
        ]
        return max(lacking, default=0.0) / self._max_weight

    def entry_keys(self, entry_id: str) -> frozenset[str]:
        """Every key any phrasing of this entry uses."""
        return self._entry_keys.get(entry_id, frozenset())

    def answer_keys(self, entry_id: str) -> frozenset[str]:
        """The words of substance this entry's answer uses (see `_answer_keys`)."""
        at = self._entry_at.get(entry_id)
        return self._answer_keys[at] if at is not None else frozenset()

    def phrasing_keys(self, entry_id: str, text: str) -> frozenset[str]:
        """The keys of one phrasing (its question or an alternate) of an entry."""
        return self._text_keys.get((entry_id, text), frozenset())

    def unknown_share(self, terms: Sequence[Term]) -> float:
        """0-1: the share (by weight) of the question's meaningful words that no entry knows.
        A question mostly made of words the content never uses is probably about something
        else, however well its other words match."""
        content = [t for t in terms if t.content]
        total = sum(t.weight for t in content)
        if total <= 0:
            return 0.0
        unknown = sum(
            t.weight for t in content if not any(k in self._idf for k, _ in t.alternatives)
        )
        return unknown / total

    def forget(self) -> None:
        """Drop the typed words remembered for typo correction."""
        self.corrections.clear()
