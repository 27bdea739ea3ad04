"""How a question is read when looking for urgent symptoms: however it was typed.

The FAQ matcher reads a question once, as typed. An urgent symptom must be found even when
the patient's hands or keyboard got in the way, so the text is read several ways and a
trigger that fires on any reading counts (a false alarm is acceptable, a missed emergency is
not):

- look-alike letters of other scripts are folded to Latin ("brеаthе" with Cyrillic е, а);
- a letter typed three times or more counts twice ("trubbble"), and once ("weeek": "weak");
- a slip in a small negative word is read both ways ("fant" may be "faint" or "cant"; "cat
  breathe" is "cant breathe"; "unbale" is "unable");
- control characters are read both as nothing ("can\\x00t") and as a space
  ("i\\x00cant\\x00breathe");
- letters typed one at a time ("m y  t o n g u e") are also read joined ("my tongue");
- a word typed without its vowels is also read as the red-flag word it is ("cnt swllw",
  "chst pn");
- a run of letters the matcher does not know is split into known words ("icantbreathe");
- two neighbouring words, one of them unknown, are also read as one ("brea the", "swal low");
- small words do not count toward the closeness window ("my throat feels like it is closing");
- a greeting's "good" is no trigger word ("good morning" is read as if not typed).

Each reading keeps which typed clause each word is in (`Reading.clauses`). The trigger words
ignore clauses (a report split by a full stop is still one report), but a calm phrase never
reaches across two: "i cant wee. bit scared now" holds no "wee bit".
"""

# ruff: noqa: RUF002  (the docstring shows look-alike letters on purpose)

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace

from rapidfuzz.distance import OSA

from faqbot.matching import normalize
from faqbot.matching.commonwords import is_common
from faqbot.matching.english import is_listed
from faqbot.matching.lookalike import fold
from faqbot.matching.segment import Segmenter
from faqbot.matching.triggers import Word

_TRIPLED = re.compile(r"(\w)\1{2,}")
"""A letter typed three times or more is a slip (a key held down): "trubbble"."""

_DIGITS = re.compile(r"(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])")
"""Between a letter and a digit: "injections5daysago" is "injections 5 daysago"."""



def _apart(text: str, tripled: str = r"\1\1") -> str:
    """`text` with a letter typed three times or more as `tripled`, and letters and digits
    apart."""
    return _DIGITS.sub(" ", _TRIPLED.sub(tripled, text))


_GREETING = re.compile(r"\bgood[\W_]*(?:morning|afternoon|evening|day)\b", re.IGNORECASE)
"""A greeting's "good" is no trigger word: "Good morning. I wish to know if the weakness of the
arm after the injection is normal" is no weakness of the good arm (blind set BA). It is read
as if it were not there (the question then gets what it gets without the greeting); a "good"
elsewhere ("my good arm is weak") is read as typed."""

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")
"""Control characters (Unicode category Cc) other than the whitespace ones."""
_ANY_CONTROL = re.compile(r"[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f]")
"""Every control character but the line ends (which end a clause), whitespace included: each
reads as a space."""
_CLAUSE_END = re.compile(
    r"[,;:.!?()\[\]{}/|\\~*\"\n\r\x0b\x0c\x85\u2010-\u2015\u2026\u2028\u2029\u2212\u3002"
    r"\u201c\u201d\u2600-\u27bf\U0001f000-\U0001faff]+|\s-+|-+\s|--+"
)
"""Where a typed clause ends: punctuation and other marks between words, a line end, a dash
with a space on either side or doubled, an emoji (read here before the text is cleaned). A calm
phrase never reaches across one, so a mark too many only costs a check ("will I see... a
difference?"), and one too few may hide a report ("my arm has gone dead😢weight of it scares
me")."""
_VOWELLESS = re.compile(r"\b[b-df-hj-np-tv-z]{4,}\b", re.IGNORECASE)
"""A word of four letters or more typed without a vowel: text speak ("brth", "swllw")."""


def skeletons(words: Iterable[str]) -> dict[str, str]:
    """Each word of four consonants or more by its consonants ("swallow" -> "swllw"); the
    shortest word when two share them ("breath" before "breathe")."""
    out: dict[str, str] = {}
    for word in sorted({w.lower() for w in words if w.isalpha()}, key=lambda w: (len(w), w)):
        consonants = re.sub("[aeiou]", "", word)
        if len(consonants) >= 4 and consonants != word:
            out.setdefault(consonants, word)
    return out


SEGMENT_LETTERS = 3
"""Shorter unknown words are left to the slip matcher."""
MAX_SPLIT_RUNS = 60
"""At most this many different unknown runs of one question are split into words: a typed
question (the kiosk's box holds 300 characters) has far fewer; a pasted text may have
thousands, and splitting each would cost seconds."""
RUN_TOGETHER_SHARE = 0.5
"""A question with this share of its letters in unknown runs was typed without its spaces
(`Reading.spaced`)..."""
RUN_TOGETHER_WORDS = 4
"""...when they split into this many words or more: a sentence typed without spaces, not one
long word ("jailbreak", which the learned reader, like any one-word question, leaves to the
word lists: `urgentmodel.MIN_WORDS`)."""

NEGATIVES: tuple[str, ...] = ("cant", "dont", "wont", "didnt", "isnt", "doesnt", "couldnt")
"""Negative contractions a short slip may stand for: "i cat breathe", "i dot want to live"."""


@dataclass(frozen=True, slots=True)
class Reading:
    """One reading of a question for the trigger matcher."""

    words: tuple[Word, ...]
    places: tuple[int, ...]
    """Each word's place for the closeness window: small words share their neighbour's."""
    joined: tuple[tuple[int, Word], ...]
    """(index, word): the word at `index` read together with the next one."""
    guessed: bool = False
    """A run of letters was split with a piece left unknown ("icantbreth" -> "i cant breth"):
    good enough to look for triggers in, too loose for the urgent check's single words
    ("ingredients" -> "ingre die nts")."""
    split_pieces: frozenset[str] = frozenset()
    """The pieces of words of the English list that were split ("kiddies" -> "kid dies",
    "antibodies" -> "an tibo dies"): they may still make a phrase ("notable to swallow"), but
    a word about dying among them was never typed ("imdying", split too, still counts)."""
    clauses: tuple[int, ...] = ()
    """Each word's typed clause, numbered from 0 ("i cant wee. bit scared": 0 0 0 0 1 1):
    no calm phrase spans two."""
    names: frozenset[str] = frozenset()
    """Words typed as names (`proper_names`): the urgent check reads them as themselves,
    never as a slip of a red-flag word ("fencing coach in Crawley" is no "crawl") nor split
    ("Weymouth"); the urgent rules read them within the ordinary slip tolerance only
    (`TriggerIndex.first`: "Inverness" is no "under")."""
    split: bool = False
    """Some run of letters the matcher does not know was split into words here."""
    unknown_pieces: frozenset[str] = frozenset()
    """The pieces of a split run that are no word the splitter knows ("trazodone" ->
    "trazo done"): a guess already, so the urgent rules read them within the ordinary slip
    tolerance only, as they read names (`no_big_slips`): "I take trazodone with my tea" is no
    "with a razor" (blind set CD)."""
    spaced: bool = False
    """The question was typed (mostly) without spaces, and this is the first reading with
    its runs split into words: what the learned reader reads (`for_learned_reader`)."""

    @property
    def no_big_slips(self) -> frozenset[str]:
        """Words the urgent rules read within the ordinary slip tolerance only, never as a
        bigger slip (`TriggerIndex.first`): names and the unknown pieces of a split run."""
        return self.names | self.unknown_pieces


class UrgentReader:
    """Reads a question the ways listed in the module docstring."""

    def __init__(
        self,
        to_words: Callable[[str, bool], list[Word]],
        to_word: Callable[[str], Word],
        known: Callable[[str], bool],
        segmenter: Segmenter,
        red_flags: Iterable[str] = (),
        red_flag: Callable[[str], bool] = lambda word: True,
        never_a_name: Callable[[str], bool] = lambda word: False,
    ) -> None:
        """`red_flag(word)`: a word that may report a red flag, which never ends a name;
        `never_a_name(word)`: one a name never hides (`named_things`)."""
        self._red_flag = red_flag
        self._never_a_name = never_a_name
        self._to_words = to_words
        """(text, repair) -> words as the engine reads typed text (contractions, stems,
        synonyms; with `repair`, a slip in a negative contraction is read as one)."""
        self._to_word = to_word
        self._known = known
        """A word the matcher knows (content, triggers, everyday English)."""
        self._segmenter = segmenter
        self._skeletons = skeletons(red_flags)
        """A red-flag word by its consonants ("swllw": "swallow"), for text speak."""

    def texts(self, text: str) -> list[str]:
        """The question's texts to read: folded; and with control characters as spaces,
        letters typed one at a time joined, words without vowels voiced, when it has them."""
        # The cap holds after folding too: one character can unfold into 18 (U+FDFA).
        limit = normalize.URGENT_MAX_CHARS
        plain = _GREETING.sub(" ", fold(text[:limit])[:limit])
        folded = _apart(plain)
        out = [folded]
        if (lettered := normalize.digits_as_letters(plain)) != plain:
            # "i c4nt bre4the" is "i cant breathe"; "injections5daysago" stays a number too
            out.append(_apart(lettered))
        if _TRIPLED.search(plain):  # "weeek" may be "week" or "weak": read it once each way
            out.append(_apart(plain, tripled=r"\1"))
        if _CONTROL.search(folded):
            out.append(_ANY_CONTROL.sub(" ", folded))
        if (joined := normalize.letters_joined(folded)) != folded:
            out.append(joined)
        if self._skeletons:
            voiced = _VOWELLESS.sub(self._voiced, folded)
            if voiced != folded:
                out.append(voiced)
        return out

    def _voiced(self, found: re.Match[str]) -> str:
        """A word typed without its vowels, as the red-flag word it is ("swllw": "swallow"),
        when the matcher does not know it."""
        word = found.group()
        lower = word.lower()
        if self._known(lower):
            return word
        return self._skeletons.get(lower, word)

    def readings(self, text: str) -> list[Reading]:
        """Every reading of `text`, the plainest first."""
        out: list[Reading] = []
        seen: dict[tuple[Word, ...], int] = {}
        for start, end in reversed(named_things(text, self._red_flag, self._never_a_name)):
            text = f"{text[:start]},{text[end:]}"  # a named thing reports nothing
        names = proper_names(text, self._known)
        for variant in self.texts(text):
            clauses = [c for c in _CLAUSE_END.split(variant) if c.strip()]
            repaired = self._clause_words([self._repair_slips(c) for c in clauses], True)
            plain = self._clause_words(clauses, False)
            # most questions have no slip to repair: their words are read (and split) once
            for words, clause_of in (repaired, plain) if plain != repaired else (repaired,):
                for candidate, cut, guessed, pieces, unknown in (
                    (words, clause_of, False, frozenset[str](), frozenset[str]()),
                    *self._split_words(words, clause_of, names),
                ):
                    at = seen.get(tuple(candidate))
                    if at is None:
                        seen[tuple(candidate)] = len(out)
                        split = candidate is not words
                        out.append(
                            self._reading(candidate, cut, guessed, pieces, names, split, unknown)
                        )
                    elif out[at].guessed and not guessed:
                        # The same words, now read as typed (control characters as spaces)
                        # rather than guessed by splitting a run of letters: a sure reading.
                        out[at] = self._reading(candidate, cut, False, pieces, names)
        spaced = self._spaced(out)
        if spaced is not None:
            out[spaced] = replace(out[spaced], spaced=True)
        return out

    def _clause_words(self, clauses: list[str], repair: bool) -> tuple[list[Word], tuple[int, ...]]:
        """The words of the clauses one after the other, and each word's clause number. "not"
        and "able" on either side of a clause end are still "can not" ("im not. able to
        swallow"), as in one text."""
        words: list[Word] = []
        clause_of: list[int] = []
        for number, clause in enumerate(clauses):
            found = self._to_words(clause, repair)
            if found and words and words[-1].surface == "not" and found[0].surface == "able":
                words[-1:] = self._to_words("can", repair)
                found[:1] = self._to_words("not", repair)
            words.extend(found)
            clause_of.extend([number] * len(found))
        return words, tuple(clause_of)

    def _repair_slips(self, text: str) -> str:
        """Slips the engine's own contraction repair leaves alone, because the slip is a
        word ("cat", "dot") or is no contraction ("unbale" for "unable")."""
        words = normalize.words(text, normalize.URGENT_MAX_CHARS)
        out: list[str] = []
        changed = False
        for word in words:
            fixed = word
            if len(word) == 3 and word.isalpha() and word not in normalize.STOPWORDS:
                fixed = next((n for n in NEGATIVES if OSA.distance(word, n) == 1), word)
            elif (
                5 <= len(word) <= 7
                and word != "unable"
                and not self._known(word)  # "enable"
                and OSA.distance(word, "unable") == 1
            ):
                fixed = "unable"
            changed = changed or fixed != word
            out.append(fixed)
        return " ".join(out) if changed else text

    def _split_words(
        self, words: list[Word], clause_of: tuple[int, ...], names: frozenset[str]
    ) -> list[tuple[list[Word], tuple[int, ...], bool, frozenset[str], frozenset[str]]]:
        return [
            (*self._clause_words(clauses, True), guessed, pieces, unknown)
            for clauses, guessed, pieces, unknown in self._split_runs(words, clause_of, names)
        ]

    def _split_runs(
        self, words: list[Word], clause_of: tuple[int, ...], names: frozenset[str] = frozenset()
    ) -> list[tuple[list[str], bool, frozenset[str], frozenset[str]]]:
        """The words again (as the texts of their clauses), with each unknown run of letters
        split into known words (and the segmenter's alternative split, when it has one), each
        with whether a piece was left unknown, the pieces of words of the English list and
        the pieces left unknown; [] when nothing was split."""
        changed = False
        guessed = False
        listed: set[str] = set()
        unknown: set[str] = set()
        parts: list[list[str]] = [[]]
        others: list[list[str]] = [[]]
        done: dict[str, list[str]] = {}  # a pasted text repeats its words: split each once
        for index, word in enumerate(words):
            if index and clause_of[index] != clause_of[index - 1]:
                parts.append([])
                others.append([])
            surface = word.surface
            if (
                len(surface) >= SEGMENT_LETTERS
                and surface.isalpha()
                and not self._known(surface)
                and surface not in names
            ):
                pieces = done.get(surface)
                if pieces is None:
                    if len(done) >= MAX_SPLIT_RUNS:  # pasted text: the cost stays bounded
                        pieces = [surface]
                    else:
                        pieces = done[surface] = self._split(surface)
                if len(pieces) > 1:
                    changed = True
                    alternative = self._segmenter.alternative(pieces) or pieces
                    left = {p for p in pieces if not self._segmenter.known(p)}
                    guessed = guessed or bool(left)
                    unknown |= left | {p for p in alternative if not self._segmenter.known(p)}
                    if is_listed(surface):
                        listed.update((*pieces, *alternative))
                    parts[-1].extend(pieces)
                    others[-1].extend(alternative)
                    continue
            parts[-1].append(surface)
            others[-1].append(surface)
        if not changed:
            return []
        pieces_of_words, left_unknown = frozenset(listed), frozenset(unknown)
        splits = [([" ".join(p) for p in parts], guessed, pieces_of_words, left_unknown)]
        if others != parts:
            splits.append(([" ".join(o) for o in others], True, pieces_of_words, left_unknown))
        return splits

    def _split(self, run: str) -> list[str]:
        """An unknown run of letters as known words (`Segmenter.split`). A word of the
        English list splits only into exact words, each an everyday one or of four letters
        or more ("notable" -> "not able", "footbridge" -> "foot bridge"), never into slips
        ("Salvation Army" is no "saliva i on", blind set BI) nor odd short pieces ("take a
        breather" is no "bre at her")."""
        if not is_listed(run):
            return self._segmenter.split(run)
        pieces = self._segmenter.split(run, slips=False)
        return pieces if all(is_common(p) or len(p) >= 4 for p in pieces) else [run]

    def _reading(
        self,
        words: list[Word],
        clauses: tuple[int, ...],
        guessed: bool = False,
        pieces: frozenset[str] = frozenset(),
        names: frozenset[str] = frozenset(),
        split: bool = False,
        unknown: frozenset[str] = frozenset(),
    ) -> Reading:
        places: list[int] = []
        place = 0
        for word in words:
            places.append(place)
            if word.surface not in normalize.STOPWORDS:
                place += 1
        joined: list[tuple[int, Word]] = []
        for index in range(len(words) - 1):
            a, b = words[index].surface, words[index + 1].surface
            if not (a.isalpha() and b.isalpha()) or (self._known(a) and self._known(b)):
                continue
            together = self._to_word(a + b)
            joined.append((index, together))
            joined.append((index + 1, together))
        return Reading(
            tuple(words),
            tuple(places),
            tuple(joined),
            guessed,
            pieces,
            clauses,
            names,
            split,
            unknown_pieces=unknown,
        )

    def _spaced(self, readings: Sequence[Reading]) -> int | None:
        """Where the first reading with the question's runs of letters split into words is,
        when the question was typed (mostly) without spaces: at least `RUN_TOGETHER_SHARE`
        of the letters of its plainest reading are in runs the matcher does not know, and
        they split into `RUN_TOGETHER_WORDS` words or more."""
        if not readings:
            return None
        surfaces = [w.surface for w in readings[0].words if w.surface.isalpha()]
        letters = sum(len(s) for s in surfaces)
        run = sum(len(s) for s in surfaces if len(s) >= SEGMENT_LETTERS and not self._known(s))
        if not letters or run < RUN_TOGETHER_SHARE * letters:
            return None
        at = next((at for at, r in enumerate(readings) if r.split), None)
        if at is None or len(readings[at].words) < RUN_TOGETHER_WORDS:
            return None
        return at


def for_learned_reader(readings: Sequence[Reading]) -> Reading:
    """The reading the learned urgent reader reads: the plainest, unless the question was
    typed without spaces (`Reading.spaced`). Then the plainest is one long unknown word that
    says nothing, and the words it splits into are what the patient meant to say
    ("mypillsarelodginghalfwaydown...icantgetthemtogodown", blind set BP). `readings` is not
    empty."""
    return next((r for r in readings if r.spaced), readings[0])


_TYPED_WORD = re.compile(r"[^\W\d_]+")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"'()\n\r\u2026]\s*|\s-+\s*)$")
"""What comes before a word that starts a sentence, whose capital says nothing."""
TITLE_CASE_SHARE = 0.4
"""A text with more capitalised words than this (of those not starting a sentence) is typed
in title case or capitals throughout: its capitals name nothing."""


_NAME_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
"""A word of a name, with its apostrophes ("Hell's")."""
NAME_JOINERS = frozenset({"of", "the", "by", "de", "du", "la", "le", "y", "on", "upon", "and"})
"""Small words a name may hold between its capitalised words ("Day of the Dead")."""
NAME_BREAK = re.compile(r"^[\s-]*$")
"""What may stand between two words of one name: spaces and hyphens, no punctuation."""
PLACE_ENDINGS = frozenset({"wells"})
"""Last words of place names that are red-flag words only as slips ("wells" for welts):
"Hello from Llanwrtyd Wells!", "Mostyn here from Builth Wells" (blind sets BR, BS) name a
town, where a name ending on a red-flag word is kept ("Nan Fainted")."""


def named_things(
    text: str, red_flag: Callable[[str], bool], never: Callable[[str], bool]
) -> list[tuple[int, int]]:
    """Where `text` names a thing in capitals: two words or more, each capitalised and none
    starting a sentence ("a burger from the Heart Attack Grill", "the Dead Sea"), holding a
    red-flag word but not ending on one. A named place, film or restaurant reports nothing:
    the urgent reading leaves it out (blind set BK's far questions; earlier ones had the Dead
    Sea and Death Valley). None in a text that capitalises words throughout ("My Dad Can't
    Breathe"), and none ending on a red-flag word ("my wife Jean Can't Breathe", "Nan
    Fainted", and so "Swallow Falls" too), nor holding a word `never` keeps ("the Suicide
    Squad": a false alarm is better than a miss)."""
    if _title_case(text):
        return []
    spans: list[tuple[int, int]] = []
    run: list[re.Match[str]] = []

    def close() -> None:
        while run and run[-1].group()[:1].islower():  # a name ends on a capitalised word
            run.pop()
        capitalised = [w.group() for w in run if w.group()[:1].isupper()]
        last = capitalised[-1].lower() if capitalised else ""
        place = last in PLACE_ENDINGS  # a red-flag word only as a slip ("Builth Wells")
        if (
            len(capitalised) >= 2
            and not _SENTENCE_START.search(limit[: run[0].start()])  # its capital says nothing
            and (place or any(red_flag(w.lower()) for w in capitalised))  # else it changes nothing
            and (place or not red_flag(last))
            and not any(never(w.group().lower()) for w in run)
        ):
            spans.append((run[0].start(), run[-1].end()))
        run.clear()

    limit = text[: normalize.URGENT_MAX_CHARS]
    for found in _NAME_WORD.finditer(limit):
        word = found.group()
        joined = bool(run) and NAME_BREAK.match(limit[run[-1].end() : found.start()]) is not None
        if not joined:
            close()
        capital = (
            word[:1].isupper()
            and word[1:] == word[1:].lower()
            and len(word) >= 2
            and word.lower() not in normalize.STOPWORDS
        )
        if capital or (run and word in NAME_JOINERS):
            run.append(found)
        else:
            close()
    close()
    return spans


def _title_case(text: str) -> bool:
    """Whether `text` capitalises words throughout (`TITLE_CASE_SHARE`): its capitals name
    nothing ("My Throat Is Swolen", "CANT BREATHE")."""
    typed = [
        (found.group(), text[: found.start()])
        for found in _TYPED_WORD.finditer(text[: normalize.URGENT_MAX_CHARS])
    ]
    inside = [word for word, before in typed if not _SENTENCE_START.search(before)]
    capitalised = [word for word in inside if word[:1].isupper()]
    return not inside or len(capitalised) > TITLE_CASE_SHARE * len(inside)


def proper_names(text: str, known: Callable[[str], bool]) -> frozenset[str]:
    """The words `text` types as names: capitalised ("Crawley", "Weymouth", "Horace" after a
    comma), not starting a sentence, and no word the matcher knows; none when the text
    capitalises words throughout ("My Throat Is Swolen", "CANT BREATHE"). Such a word is read
    as itself by the urgent check: a town or a person named in small talk is no slip of a
    red-flag word ("Ignatius here, fencing coach in Crawley", blind set BH). A capitalised
    slip of a red-flag word mid-sentence ("my throat is Swolen") is the price; the urgent
    rules still read it, within the ordinary slip tolerance."""
    if _title_case(text):
        return frozenset()
    typed = [
        (found.group(), text[: found.start()])
        for found in _TYPED_WORD.finditer(text[: normalize.URGENT_MAX_CHARS])
    ]
    capitalised = [
        word for word, before in typed if not _SENTENCE_START.search(before) and word[:1].isupper()
    ]
    return frozenset(
        word.lower()
        for word in capitalised
        if len(word) >= 3 and word[1:].islower() and not known(word.lower())
    )
