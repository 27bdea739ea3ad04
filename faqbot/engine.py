"""The matching engine: a question in, one `Result` out (answer, clarify, fallback or urgent).

Order of checks, safest first:
1. urgent rules (a good FAQ match never hides an urgent symptom);
2. refer rules and the engine's own personal-advice cues ("should I stop...", "my dose");
3. the FAQ entries, scored through an index built once at load time.

Scoring, for staff who ask "why this answer?": the question becomes stemmed words with
synonyms applied and typing slips corrected against the content's vocabulary. Each word weighs
by how few entries use it (rare words decide, "how"/"the" barely count, an unknown word counts
fully *against* every entry, which is how "who invented botox" fails to match "what is botox").
An entry scores high when (a) one of its phrasings covers the question's weighty words, and
(b) those words point to this entry rather than others. It is answered only if it scores above
`Thresholds.answer` and clearly beats the runner-up; close calls become "Did you mean...?".
"""

from __future__ import annotations

import heapq
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from operator import itemgetter

from faqbot import normalize
from faqbot.commonwords import COMMON_WORDS, is_common
from faqbot.content import Entry, Faq, Rule
from faqbot.fuzzy import Vocabulary, similarity
from faqbot.results import Candidate, Explanation, Kind, Result, Suggestion
from faqbot.synonyms import SynonymMap
from faqbot.thresholds import DEFAULT_THRESHOLDS, DEFAULT_WEIGHTS, Thresholds, Weights
from faqbot.triggers import Trigger, TriggerIndex, Word

PERSONAL_CUES: tuple[str, ...] = (
    "should i stop", "should i skip", "should i change", "should i switch", "should i take",
    "should i have", "should i get", "should i be", "should i use", "can i stop",
    "can i skip", "my dose", "my dosage", "my units", "how many units", "right for me",
    "safe for me", "ok for me", "okay for me", "good for me", "suitable for me",
    "in my case", "someone like me",
)
"""Personal-advice questions the kiosk never answers, whatever the content file says: the
answer depends on the patient, so it belongs to their care team."""

CLARIFY_PROMPT = "Did you mean one of these?"
CACHE_LIMIT = 4096


@dataclass(frozen=True, slots=True)
class _Phrasing:
    entry: int
    text: str
    keys: frozenset[str]
    weight: float


@dataclass(frozen=True, slots=True)
class _Term:
    """One word of the question: the keys it may stand for (with similarity) and its weight."""

    alternatives: tuple[tuple[str, float], ...]
    weight: float
    content: bool = True
    """A word that carries meaning (not a stop word, a word pair, or a short unknown slip);
    every content word should be known to the entry that answers."""


@dataclass(frozen=True, slots=True)
class _Analysis:
    terms: tuple[_Term, ...]
    normalized: str
    corrections: tuple[tuple[str, str], ...]


def _with_pairs(keys: list[tuple[str, float]]) -> list[tuple[str, float]]:
    """The keys plus each pair of neighbouring content words, in either order: "credit score"
    is more than credit + score, and "is botox safe" pairs like "how safe is botox"."""
    content = [(k, s) for k, s in keys if k not in normalize.STOP_STEMS]
    pairs = [
        ("+".join(sorted((a, b))), min(sa, sb))
        for (a, sa), (b, sb) in zip(content, content[1:], strict=False)
        if a != b
    ]
    return keys + pairs




class _RuleSet:
    """Urgent or refer rules, each trigger compiled once."""

    def __init__(
        self, rules: Sequence[Rule], to_words: Callable[[str], list[Word]], known: frozenset[str]
    ) -> None:
        pairs = [(rule, text) for rule in rules for text in rule.triggers]
        self._rules = [rule for rule, _ in pairs]
        self._index = TriggerIndex(
            [Trigger.compile(text, to_words(text)) for _, text in pairs], known
        )

    def first(self, words: Sequence[Word]) -> tuple[Rule, str] | None:
        """The first rule (in file order) with a trigger present, and that trigger's text."""
        position = self._index.first(words)
        if position is None:
            return None
        return self._rules[position], self._index.triggers[position].text


class Engine:
    """Answers questions from one validated `Faq`. Deterministic; never raises on any str."""

    def __init__(
        self,
        faq: Faq,
        *,
        thresholds: Thresholds = DEFAULT_THRESHOLDS,
        weights: Weights = DEFAULT_WEIGHTS,
    ) -> None:
        self.faq = faq
        self.thresholds = thresholds
        self.weights = weights
        self._synonyms = SynonymMap(faq.synonyms)
        self._build_index()
        # A typed word we know is never read as a slip for a trigger word. Urgent triggers
        # stay more tolerant (a false alarm beats a missed emergency), so everyday English
        # words count as known only for refer rules and cues: "done" is not "dose".
        known = self._content_words
        self._urgent = _RuleSet(faq.urgent, self._words, known)
        everyday = known | COMMON_WORDS
        self._refer = _RuleSet(faq.refer, self._words, everyday)
        self._cues = TriggerIndex(
            [Trigger.compile(cue, self._words(cue), ordered=True) for cue in PERSONAL_CUES],
            everyday,
        )
        self._corrections: dict[str, tuple[str, float, str | None]] = {}
        self._related: dict[str, list[Entry]] = {}

    # ----------------------------------------------------------------- index (load time)

    def _build_index(self) -> None:
        entries = self.faq.faqs
        surface: Counter[str] = Counter()
        phrasing_keys: list[tuple[int, str, frozenset[str]]] = []
        for index, entry in enumerate(entries):
            for text in entry.phrasings:
                words = normalize.words(text)
                surface.update(words)
                keys = self._keys([normalize.stem(w) for w in words], [1.0] * len(words))
                phrasing_keys.append((index, text, frozenset(k for k, _ in _with_pairs(keys))))
        self._vocab = Vocabulary(surface)
        self._known = {normalize.stem(w) for w in surface} | self._synonyms.member_stems()
        self._content_words = frozenset(surface)

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
            _Phrasing(index, text, keys, sum(self._weight(k) for k in keys) or 1.0)
            for index, text, keys in phrasing_keys
        ]
        self._key_postings: dict[str, list[int]] = defaultdict(list)
        for position, phrasing in enumerate(self._phrasings):
            for key in phrasing.keys:
                self._key_postings[key].append(position)
        # entry -> key -> the entry's phrasings (indexes) that contain the key.
        self._postings: list[dict[str, list[int]]] = [{} for _ in entries]
        for position, phrasing in enumerate(self._phrasings):
            for key in phrasing.keys:
                self._postings[phrasing.entry].setdefault(key, []).append(position)

    def _weight(self, key: str) -> float:
        base = self._idf.get(key, self._max_weight)
        if key in normalize.STOP_STEMS or (key not in self._idf and len(key) <= 3):
            # An unknown word of 1-3 letters is mostly a slip on a small word ("wat", "hw").
            return base * self.weights.stop_factor
        return base

    def _is_content(self, key: str) -> bool:
        if "+" in key or key in normalize.STOP_STEMS:
            return False
        return key in self._idf or len(key) > 3

    def _keys(self, stems: Sequence[str], sims: Sequence[float]) -> list[tuple[str, float]]:
        return self._synonyms.apply(stems, sims)

    def _words(self, text: str) -> list[Word]:
        """Words for trigger matching: the stem replaced by its synonym key."""
        return [Word(w, self._synonyms.key(normalize.stem(w))) for w in normalize.words(text)]

    # ----------------------------------------------------------------- query analysis

    def _correct(self, word: str) -> tuple[str, float, str | None]:
        """(stem, similarity, corrected word or None) for one typed word; cached per session."""
        cached = self._corrections.get(word)
        if cached is not None:
            return cached
        stem = normalize.stem(word)
        result: tuple[str, float, str | None] = (stem, 1.0, None)
        if stem not in self._known and stem not in normalize.STOP_STEMS and not is_common(word):
            fix = self._vocab.correct(word)
            if fix is not None:
                result = (normalize.stem(fix.word), similarity(fix.edits), fix.word)
        if len(self._corrections) >= CACHE_LIMIT:
            self._corrections.clear()
        self._corrections[word] = result
        return result

    def _analyze(self, text: str) -> _Analysis:
        words = self._merge_split_words(normalize.words(text))
        stems: list[str] = []
        sims: list[float] = []
        corrections: list[tuple[str, str]] = []
        for word in words:
            stem, sim, fixed = self._correct(word)
            if fixed is None and stem not in self._known and stem not in normalize.STOP_STEMS:
                halves = self._vocab.split(word)
                if halves is not None:
                    stems.extend(normalize.stem(h) for h in halves)
                    sims.extend((similarity(1), similarity(1)))
                    corrections.append((word, " ".join(halves)))
                    continue
            if fixed is not None:
                corrections.append((word, fixed))
            stems.append(stem)
            sims.append(sim)
        best: dict[str, float] = {}
        for key, sim in _with_pairs(self._keys(stems, sims)):
            best[key] = max(sim, best.get(key, 0.0))
        terms = tuple(
            _Term(((key, sim),), self._weight(key), self._is_content(key))
            for key, sim in best.items()
        )
        return _Analysis(terms, " ".join(best), tuple(corrections))

    def _merge_split_words(self, words: list[str]) -> list[str]:
        """Join "bo tox" -> "botox" when the halves are not words the content knows."""
        out: list[str] = []
        i = 0
        while i < len(words):
            if i + 1 < len(words):
                joined = words[i] + words[i + 1]
                unknown = (normalize.stem(words[i]) not in self._known
                           or normalize.stem(words[i + 1]) not in self._known)
                if unknown and joined in self._vocab:
                    out.append(joined)
                    i += 2
                    continue
            out.append(words[i])
            i += 1
        return out

    # ----------------------------------------------------------------- scoring

    def _rank(self, terms: Sequence[_Term]) -> list[Candidate]:
        """Entries best first, each with its best phrasing; [] when nothing is shared."""
        total = sum(t.weight for t in terms)
        if total <= 0:
            return []
        votes: dict[int, float] = defaultdict(float)
        for term in terms:
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
        ranked = [self._candidate(entry, terms, total, votes[entry] / total) for entry in shortlist]
        ranked.sort(key=lambda c: (-c.score, c.entry.id))
        return ranked

    def _closest_phrasings(self, terms: Sequence[_Term]) -> list[int]:
        """Entries owning the phrasings that share the most content weight with the question:
        an entry with one perfect phrasing is scored even when its vote is weak."""
        shared: dict[int, float] = defaultdict(float)
        for term in terms:
            for key, sim in term.alternatives:
                if key in normalize.STOP_STEMS:
                    continue
                for phrasing in self._key_postings.get(key, ()):
                    shared[phrasing] += term.weight * sim
        best = heapq.nlargest(self.weights.candidates, shared.items(), key=itemgetter(1))
        return list(dict.fromkeys(self._phrasings[p].entry for p, _ in best))

    def _candidate(
        self, entry: int, terms: Sequence[_Term], total: float, vote: float
    ) -> Candidate:
        """Score one entry: its best phrasing's F-score blended with its vote."""
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
        scored: list[tuple[float, int, float]] = []
        for index, value in matched.items():
            recall = value / total
            precision = min(1.0, value / self._phrasings[index].weight)
            f = (1 + beta2) * precision * recall / (beta2 * precision + recall)
            scored.append((-f, index, precision))
        scored.sort()
        top = max(1, math.ceil(len(self.faq.faqs[entry].phrasings) * self.weights.neighbours))
        best_f = -scored[0][0] if scored else 0.0
        best_text = self._phrasings[scored[0][1]].text if scored else ""
        support = -sum(f for f, _, _ in scored[:top]) / top
        precision = scored[0][2] if scored else 0.0
        content = [t for t in terms if t.content]
        content_weight = sum(t.weight for t in content)
        known = sum(t.weight for t in content if any(k in postings for k, _ in t.alternatives))
        coverage = known / content_weight if content_weight else 0.0
        share = self.weights.phrasing_share
        score = 100.0 * (share * support + (1 - share) * vote)
        # An entry that does not know some of the question's meaningful words answers a
        # different question, however well its phrasing matches the rest.
        score *= coverage**self.weights.coverage_power if content else 1.0
        return Candidate(
            self.faq.faqs[entry], score, best_text, 100.0 * best_f, coverage, precision
        )

    # ----------------------------------------------------------------- public API

    def ask(self, question: str) -> Result:
        """Decide one question. Safe on any text: empty, huge, control characters, emoji."""
        words = self._words(question)
        if not any(ch.isalnum() for ch in normalize.clean(question)):
            return self._fallback(question, "", "empty question or no words")
        seen = " ".join(w.stem for w in words)
        fired = self._urgent.first(words)
        if fired is not None:
            rule, trigger = fired
            why = Explanation(seen, "urgent rule", trigger=trigger)
            return Result(question, Kind.URGENT, rule.answer, 100.0, rule=rule, explanation=why)
        fired = self._refer.first(words)
        if fired is not None:
            rule, trigger = fired
            why = Explanation(seen, "personal advice: refer rule", trigger=trigger)
            return Result(question, Kind.FALLBACK, rule.answer, 100.0, rule=rule,
                          referred=True, explanation=why)
        cue = self._cues.first(words)
        if cue is not None:
            why = Explanation(seen, "personal advice: built-in cue",
                              trigger=self._cues.triggers[cue].text)
            return Result(question, Kind.FALLBACK, self.faq.fallback, 100.0, referred=True,
                          explanation=why)
        analysis = self._analyze(question)
        ranked = self._rank(analysis.terms)
        return self._decide(question, analysis, ranked)

    def _decide(self, question: str, analysis: _Analysis, ranked: list[Candidate]) -> Result:
        limits = self.thresholds
        best = ranked[0].score if ranked else 0.0
        runner_up = ranked[1].score if len(ranked) > 1 else 0.0

        def explain(reason: str) -> Explanation:
            return Explanation(analysis.normalized, reason, tuple(ranked[:3]),
                               corrections=analysis.corrections)

        top = ranked[0] if ranked else None
        needed = limits.margin
        if len(ranked) > 1 and ranked[1].coverage >= 1.0:
            needed = limits.margin_shared
        if (
            top is not None
            and best >= limits.answer
            and best - runner_up >= needed
            and top.coverage >= limits.coverage
            and top.precision >= limits.precision
        ):
            return Result(question, Kind.ANSWER, top.entry.answer, best, entry=top.entry,
                          explanation=explain(
                              f"score {best:.1f} >= {limits.answer:g}, {best - runner_up:.1f} "
                              f"ahead of the runner-up, {top.coverage:.0%} of its words known, "
                              f"{top.precision:.0%} of the phrasing used"))
        offered = tuple(
            c for c in ranked[:3]
            if c.score >= limits.clarify
            and best - c.score <= limits.clarify_window
            and c.coverage >= limits.clarify_coverage
            and c.precision >= limits.clarify_precision
        )
        if len(offered) >= 2:
            lines = "\n".join(f"{i}. {c.entry.question}" for i, c in enumerate(offered, 1))
            return Result(question, Kind.CLARIFY, f"{CLARIFY_PROMPT}\n{lines}", best,
                          candidates=offered,
                          explanation=explain("several entries are close: ask which one"))
        return self._fallback(question, analysis.normalized,
                              f"best score {best:.1f} is not a confident match", ranked, analysis)

    def _fallback(self, question: str, normalized: str, reason: str,
                  ranked: Sequence[Candidate] = (), analysis: _Analysis | None = None) -> Result:
        corrections = analysis.corrections if analysis else ()
        why = Explanation(normalized, reason, tuple(ranked[:3]), corrections=corrections)
        score = ranked[0].score if ranked else 0.0
        return Result(question, Kind.FALLBACK, self.faq.fallback, score, explanation=why)

    def urgent_rule(self, text: str) -> Rule | None:
        """The urgent rule this text triggers, if any (cheap enough for every keystroke)."""
        fired = self._urgent.first(self._words(text))
        return None if fired is None else fired[0]

    def suggest(self, prefix: str, n: int = 5) -> list[Suggestion]:
        """Questions to offer while the patient types; the last word may be unfinished."""
        if n <= 0 or not any(ch.isalnum() for ch in normalize.clean(prefix)):
            return []
        cleaned = normalize.clean(prefix)
        words = normalize.words(prefix)
        unfinished = bool(words) and cleaned.rstrip() == cleaned and cleaned[-1:].isalnum()
        analysis = self._analyze(" ".join(words[:-1]) if unfinished else prefix)
        terms = list(analysis.terms)
        if unfinished:
            completions = self._vocab.completions(words[-1])
            if completions:
                alternatives = tuple(
                    dict.fromkeys(
                        (self._synonyms.key(normalize.stem(w)), 1.0) for w in completions
                    )
                )
                weight = max(self._weight(k) for k, _ in alternatives)
                terms.append(_Term(alternatives, weight))
            elif len(words[-1]) >= 3:
                terms.extend(self._analyze(words[-1]).terms)
        ranked = self._rank(terms)
        return [
            Suggestion(c.entry, c.score) for c in ranked if c.score >= self.thresholds.suggest
        ][:n]

    def related(self, entry_id: str, n: int = 3) -> list[Entry]:
        """Entries to offer after an answer: same topic first, nearest questions first."""
        if entry_id not in self._related:
            entry = self.faq.entry(entry_id)
            ranked = [c.entry for c in self._rank(self._analyze(entry.question).terms)]
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
        self._corrections.clear()
        normalize.forget()
