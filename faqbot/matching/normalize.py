"""Turn text into the tokens the engine compares, the same way for questions, phrasings, triggers.

Both sides of every comparison go through `tokens()`, so case, accents, punctuation,
contractions ("can't" / "cant" / "cannot"), and word forms (injections / injected / injecting)
never decide a match.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Protocol

import snowballstemmer
from rapidfuzz.distance import OSA

MAX_CHARS = 1000
"""Only the first this-many characters of a question are matched against the FAQ: nobody types
more at a kiosk, and it bounds the work per keystroke whatever is pasted in."""

URGENT_MAX_CHARS = 20_000
"""Urgent triggers are looked for further: a symptom at the end of a long text still counts."""

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u00b4": "'", "\u02bc": "'"})

# Contractions, written with or without the apostrophe (stiff hands skip it).
_CONTRACTIONS: dict[str, str] = {
    "can't": "can not",
    "cant": "can not",
    "cannot": "can not",
    "won't": "will not",
    "wont": "will not",
    "shan't": "shall not",
    "ain't": "is not",
    "aint": "is not",
    "dont": "do not",
    "doesnt": "does not",
    "didnt": "did not",
    "isnt": "is not",
    "arent": "are not",
    "wasnt": "was not",
    "werent": "were not",
    "havent": "have not",
    "hasnt": "has not",
    "hadnt": "had not",
    "couldnt": "could not",
    "shouldnt": "should not",
    "wouldnt": "would not",
    "mustnt": "must not",
    "im": "i am",
    "ive": "i have",
    "youre": "you are",
    "theyre": "they are",
    "thats": "that is",
    "whats": "what is",
    "hows": "how is",
    "wheres": "where is",
    "whens": "when is",
    "whos": "who is",
    "id": "i would",
    "ill": "i will",
    "itll": "it will",
    "youll": "you will",
}
CONTRACTION_WORDS: frozenset[str] = frozenset(w for w in _CONTRACTIONS if "'" not in w)
"""Contractions typed without the apostrophe ("cant", "im"): words, when splitting a run of
letters typed without spaces ("icantbreathe")."""

_SUFFIXES = (
    ("n't", " not"),
    ("'re", " are"),
    ("'m", " am"),
    ("'ve", " have"),
    ("'ll", " will"),
    ("'d", " would"),
    ("'s", ""),
)
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)*")


class Stemmer(Protocol):
    """What we use of a snowballstemmer stemmer (the package has no type information)."""

    def stemWord(self, word: str) -> str: ...

    def stemWords(self, words: Iterable[str]) -> list[str]: ...


def english_stemmer() -> Stemmer:
    """A new Snowball English stemmer. It keeps the word it is working on in itself, so two
    threads must not share one."""
    stemmer: Stemmer = snowballstemmer.stemmer("english")
    return stemmer


_stemmer = english_stemmer()

STOPWORDS: frozenset[str] = frozenset(
    """
    a an the and or but if then so of to in on at by for with from into onto about as than
    i me my mine myself we us our ours you your yours he him his she her hers they them their
    it its this that these those there here what which whom whose how
    is am are was were be been being do does did doing have has had having will would shall
    should can could may might must ought not no yes
    some any all each every other another such own same both either neither very too also
    just only really quite much many more most lot lots bit little
    hi hello hey dear please thanks thank thankyou cheers ok okay um uh er erm hmm oh well
    lol haha hahaha hehe lmao
    quick question questions wondering wonder curious ask asking asked know tell want wanted
    wanna gonna like get got go going thing things something anything stuff kind sort
    mum mom dad mother father wife husband partner son daughter friend family
    """.split()
)
"""Function words and chat filler ("hi, quick question..."). They still count a little (see the
engine's weights) but never make a match on their own. "when", "where", "who" and "why" are
not here: "when does it work" is not "how does it work". Negations are here for sentence shape;
the trigger matcher keeps them (`can not swallow` is not `can swallow`)."""

NEGATIONS: frozenset[str] = frozenset({"not", "no", "never", "without", "nothing", "nobody"})

HEDGES: frozenset[str] = frozenset(
    """actually exactly basically honestly literally really seriously genuinely simply truly
    definitely definately certainly absolutely surely totally frankly
    anyway anyways anyhow though tho innit eh mate""".split()
)
"""Words that only add emphasis or mark a turn in talk. The matcher drops them: as rare stop
words they would otherwise weigh as much as a topic word. "what actually is botox" went to
the one phrasing that says "actually" ("What does Botox actually do?"), and "what is
spasticity anyway?" was only offered, because one phrasing said "anyway" (blind set AK)."""


_NEGATIVE_CONTRACTIONS = {
    w: e
    for w, e in _CONTRACTIONS.items()
    if e.endswith(" not") and "'" not in w and len(w) >= 4 and w != "aint"
}


@lru_cache(maxsize=50_000)
def repair_contraction(word: str) -> str | None:
    """A negative contraction typed with one slip ("cnat", "canot", "dont'") expanded, else
    None. Used where missing a "not" matters: urgent triggers ("i cnat breathe")."""
    if len(word) < 4 or word in _CONTRACTIONS:
        return None
    for known, expanded in _NEGATIVE_CONTRACTIONS.items():
        if abs(len(known) - len(word)) <= 1 and OSA.distance(word, known, score_cutoff=1) <= 1:
            return expanded
    return None


SWAP_READ_AS_TYPED: frozenset[str] = frozenset({"on"})
"""Words never read as a swapped stop word. "on" is in most long questions and is hardly ever
"no" typed with its letters swapped; reading it both ways cost each such question a second
ranking (a third of the slowest questions' time) and, on the blind sets, answered fewer of them
right. "no" is still also read "on": its tag ("it is safe, no?") is no negation."""


def swapped_stop_word(word: str) -> str | None:
    """The stop word this word becomes with two neighbouring letters swapped ("dose" ->
    "does", "form" -> "from"), if any: such a word may be either."""
    if word in SWAP_READ_AS_TYPED:
        return None
    for i in range(len(word) - 1):
        swapped = word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        if swapped != word and swapped in STOPWORDS:
            return swapped
    return None


def _keep(ch: str) -> str:
    """Invisible characters go ("can\u200bt" is "cant"), control characters split words."""
    category = unicodedata.category(ch)
    if category in ("Cf", "Cs", "Co", "Cn") or unicodedata.combining(ch):
        return ""
    if category == "Cc":
        return " " if ch.isspace() else ""
    return ch


class _KeepTable(dict[int, str]):
    """`_keep` as a `str.translate` table, filled on first use of each character: the per-
    character work then runs in C (a 5 MB content file has millions of characters, from a
    few hundred distinct ones)."""

    def __missing__(self, code: int) -> str:
        kept = self[code] = _keep(chr(code))
        return kept


_KEEP = _KeepTable()

_CHUNK = 256
"""`clean` normalises this many characters at a time, so it can stop at its output cap."""


_SPELLED = re.compile(r"\b[^\W\d_](?: [^\W\d_]\b){3,}")
"""Four letters or more typed one at a time, a space after each: "m y  t o n g u e"."""
_LETTER_GAP = re.compile(r"(?<=\b[^\W\d_]) (?=[^\W\d_]\b)")
"""A single space between two single letters."""


def letters_joined(text: str) -> str:
    """`text` with letters typed one at a time joined into their words ("h o w  o f t e n" ->
    "how  often": a single space between two single letters goes, a wider gap stays), when
    four or more were typed so (blind set BH); else `text` itself. A patient who cannot use
    the space bar reliably may press it after every letter."""
    if not _SPELLED.search(text):
        return text
    return _LETTER_GAP.sub("", text)


_LOOKALIKE_DIGITS: dict[str, str] = {"0": "o", "3": "e", "4": "a", "5": "s", "7": "t"}
"""Digits typed for the letters they look like ("h0w d0es b0t0x w0rk", "wh4t 4re the s1de
effects", "i c4nt bre4the": blind set CN); "1" is "i" or "l" (`_digits_as_letters`)."""
_VOWELS = frozenset("aeiouAEIOU")
_MIXED = re.compile(r"[^\W_]*\d[^\W_]*")
"""A word with a digit in it."""
_DIGIT_RUN = re.compile(r"\d+")
NUMBER_ENDINGS: frozenset[str] = frozenset(
    """st nd rd th am pm mg mcg ml kg lb lbs cm mm km ft hr hrs min mins sec secs day days
    wk wks week weeks mo mos month months yr yrs year years yo ish iu unit units times""".split()
)
"""What follows a number without a space: "2nd", "4pm", "6wks", "5mg" are numbers."""


def _digits_as_letters(found: re.Match[str]) -> str:
    """A word of letters with single digits among them read with the letters the digits
    stand for: "b0t0x" -> "botox", "s1de" -> "side", "he1p" -> "help" ("1" is "l" beside a
    vowel, else "i"). A number stays a number: two digits together ("b12", "covid19"), unless
    the same digit twice between letters ("swe11ing"), fewer than two letters ("b4", "t4"),
    or a digit before an ending numbers take ("4pm", "2nd")."""
    word = found.group()
    if sum(ch.isalpha() for ch in word) < 2:
        return word
    for run in _DIGIT_RUN.finditer(word):
        digits = run.group()
        inside = run.start() > 0 and run.end() < len(word)
        if len(digits) > 2 or (len(digits) == 2 and (digits[0] != digits[1] or not inside)):
            return word  # a number; but "swe11ing", "g00d" are letters
    if word[0].isdigit() and word[1:].lower() in NUMBER_ENDINGS:
        return word
    if any(ch.isdigit() and ch != "1" and ch not in _LOOKALIKE_DIGITS for ch in word):
        return word  # "2day", "gr8": text speak, not look-alike letters
    chars = [_LOOKALIKE_DIGITS.get(ch, ch) for ch in word]
    for i, ch in enumerate(chars):
        if ch == "1":
            beside = chars[max(i - 1, 0) : i + 2]
            chars[i] = "l" if _VOWELS.intersection(beside) else "i"
    return "".join(chars)


def digits_as_letters(text: str) -> str:
    """`text` with digits typed for letters inside its words read as those letters."""
    if not any(ch.isdigit() for ch in text):
        return text
    return _MIXED.sub(_digits_as_letters, text)


def clean(text: str, max_chars: int = MAX_CHARS) -> str:
    """Lowercase, strip accents, invisible and control characters, straighten apostrophes,
    read digits typed for letters as those letters (`_digits_as_letters`); bounded length: at
    most `max_chars` characters are read and at most `max_chars` come out.

    The cap must hold after normalisation too: one character can decompose into 18 (U+FDFA
    becomes a whole Arabic phrase), so capping only the input let 20,000 characters become
    360,000 and one `faqbot ask` take seconds. Normalising in chunks gives the same text as in
    one go: NFKD decomposes each character on its own, and the only thing it does across
    characters (reordering combining marks) concerns marks that `_keep` drops anyway."""
    text = text[:max_chars]
    parts: list[str] = []
    size = 0
    for start in range(0, len(text), _CHUNK):
        piece = unicodedata.normalize("NFKD", text[start : start + _CHUNK])
        piece = piece.translate(_KEEP).casefold()
        parts.append(piece)
        size += len(piece)
        if size >= max_chars:
            break
    return digits_as_letters("".join(parts)[:max_chars].translate(_APOSTROPHES))


_BEFORE_ILL: frozenset[str] = frozenset(
    """
    feel feels feeling felt am im i'm he's she's was were is are be been being get gets
    getting got become became fall fell falling look looks looking really very too quite
    properly seriously bit little proper dead terribly awfully make makes made
    """.split()
)
_AFTER_ILL: frozenset[str] = frozenset(
    "today todya tonight now again lately recently with on or and since from at after all".split()
)
"""Typed without its apostrophe, "ill" is "I'll" ("ill be here a while") unless the words
around it make it the adjective: "I feel ill", "ill today", "ill with a cold" (blind set BF's
"ill today" read as "i will today" lost its only word)."""


def _is_ill(before: str | None, after: str | None) -> bool:
    return after is None or before in _BEFORE_ILL or after in _AFTER_ILL


def words(text: str, max_chars: int = MAX_CHARS) -> list[str]:
    """The words of `text`, cleaned, with contractions expanded and "unable to" / "not able
    to" read as "can not" (no stemming)."""
    out: list[str] = []
    raws = _WORD.findall(clean(text, max_chars))
    for i, raw in enumerate(raws):
        if raw == "ill" and _is_ill(
            raws[i - 1] if i else None, raws[i + 1] if i + 1 < len(raws) else None
        ):
            out.append(raw)
            continue
        expanded = _CONTRACTIONS.get(raw)
        if expanded is None and "'" in raw:
            for suffix, replacement in _SUFFIXES:
                if raw.endswith(suffix):
                    expanded = raw[: -len(suffix)] + replacement
                    break
            else:
                expanded = raw.replace("'", "")
        if raw == "unable":
            expanded = "can not"
        elif raw == "able" and out[-1:] == ["not"]:
            out[-1] = "can"
            expanded = "not"
        out.extend((expanded or raw).split())
    return out


IRREGULAR: dict[str, str] = {
    "swollen": "swell",
    "bled": "bleed",
    "fell": "fall",
    "fallen": "fall",
    "felt": "feel",
    "lost": "lose",
    "spoke": "speak",
    "spoken": "speak",
    "ate": "eat",
    "eaten": "eat",
    "drank": "drink",
    "drunk": "drink",
    "gave": "give",
    "given": "give",
    "took": "take",
    "taken": "take",
    "broke": "break",
    "broken": "break",
    "threw": "throw",
    "thrown": "throw",
    "woke": "wake",
    "woken": "wake",
    "went": "go",
    "gone": "go",
    "saw": "see",
    "seen": "see",
    "began": "begin",
    "begun": "begin",
    "came": "come",
    "became": "become",
    "got": "get",
    "gotten": "get",
    "held": "hold",
    "kept": "keep",
    "made": "make",
    "said": "say",
    "told": "tell",
    "thought": "think",
    "wore": "wear",
    "worn": "wear",
    "children": "child",
    "feet": "foot",
    "teeth": "tooth",
}
"""Irregular forms the stemmer cannot reduce: "my face has swollen" is "face swelling", and
"is this ever given to children" asks what "...given to a child" or "kids" does (blind set
CE: the content's [kid, child] said nothing of "children")."""


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """Snowball English stem of one lowercased word (cached: the same words recur all day)."""
    if not word.isalpha():
        return word
    return str(_stemmer.stemWord(IRREGULAR.get(word, word)))


def matching_words(text: str, max_chars: int = MAX_CHARS) -> list[str]:
    """`words`, without the HEDGES: what the FAQ matcher compares, in questions and phrasings."""
    return [w for w in words(text, max_chars) if w not in HEDGES]


def tokens(text: str) -> list[str]:
    """Stemmed words of `text`, in order (stop words kept: the engine weighs them)."""
    return [stem(w) for w in words(text)]


STOP_STEMS: frozenset[str] = frozenset(stem(w) for w in STOPWORDS) - {stem(w) for w in NEGATIONS}
"""Stemmed stop words, without the negations."""
NEGATION_STEMS: frozenset[str] = frozenset(stem(w) for w in NEGATIONS)


def forget() -> None:
    """Drop cached stems (they are words patients typed): called at each kiosk reset."""
    stem.cache_clear()
    repair_contraction.cache_clear()
