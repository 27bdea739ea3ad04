"""Redact a patient's question before it is stored: keep only words the content or everyday
English explains, replace everything else with a placeholder.

What is replaced, in this order of precedence (the README's privacy section is the user-facing
version of this list):

- `[email]`: anything with an `@` in it (`ann@x.org`, `@ann`, `ann@`).
- `[url]`: `http://...`, `https://...`, `www....` and dotted names ending in two or more letters
  (`myclinic.co.uk`, `it.so` too: over-redacting a missing space is the safe mistake).
- `[date]`: numeric dates (`12/03/2024`, `2024-03-12`, `3.12`), and day + month name or month
  name + day, with an optional year (`3rd of March 2024`, `Mar 3`).
- `[phone]`: runs of digits, spaces, dots, dashes, brackets and a leading `+` holding 7 or more
  digits (`07700 900123`, `+44 (0)20 7946 0000`).
- `[number]`: every other digit run, with any letters glued to it (`42`, `3rd`, `5mg`, `SW1A`).
- `[name]`: the word after a title (`Dr`, `Mr`, `Mrs`, `Ms`, `Mx`, `Prof`) or after
  "name is" / "named" / "called", unless it is a lowercase content word; a capitalised word in
  the middle of a sentence unless it is a content word, a weekday, a month or `I`; a capitalised
  word starting a sentence that is not a known word.
- `[word]`: any other word that is neither in the content's vocabulary nor in
  `faqbot.matching.commonwords`, directly or by its Snowball stem (so misspellings are dropped too).

Adjacent identical placeholders collapse into one (`[name]` for "Ann Marie Jones"), so the
stored text does not even reveal how long a name was. Known misses: a name that is also an
everyday or content word typed in lowercase ("my husband will", "ask rose"), a plural surname
whose stem is a common word ("wells"), identifying facts told in common words ("the tall man
from the bakery on the corner"), and numbers written as words ("oh seven seven...").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import TYPE_CHECKING

from faqbot.matching.commonwords import COMMON_WORDS
from faqbot.matching.normalize import english_stemmer

if TYPE_CHECKING:
    from faqbot.content.model import Faq

EMAIL = "[email]"
URL = "[url]"
DATE = "[date]"
PHONE = "[phone]"
NUMBER = "[number]"
NAME = "[name]"
WORD = "[word]"
PLACEHOLDERS = (EMAIL, URL, DATE, PHONE, NUMBER, NAME, WORD)

MAX_INPUT = 500
"""Characters looked at; the kiosk's input is shorter, this only bounds the work."""
MAX_STORED = 200
"""Characters kept after redaction."""

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s*\d{2,4})?"
_PATTERN = re.compile(
    rf"""
    (?P<placeholder>\[(?:email|url|date|phone|number|name|word)\])
    | (?P<email>\S*@\S*)
    | (?P<url>(?:https?://|www\.)\S+ | \b(?:[^\W_]+[-.])*[^\W_]+\.[^\W\d_]{{2,}}\b(?:/\S*)?)
    | (?P<date>\b\d{{1,4}}[/.-]\d{{1,2}}(?:[/.-]\d{{1,4}})?\b
        | \b{_DAY}\s+(?:of\s+)?{_MONTH}\b{_YEAR}
        | \b{_MONTH}\.?\s+{_DAY}\b{_YEAR})
    | (?P<phone>(?:\+\s*)?\(?\d[\d\s().-]{{5,}}\d)
    | (?P<number>\w*\d\w*)
    | (?P<word>[^\W\d_]+(?:['-][^\W\d_]+)*)
    """,
    re.IGNORECASE | re.VERBOSE,
)
_TITLES = frozenset({"dr", "mr", "mrs", "ms", "mx", "prof", "professor"})
_NAME_CUES = frozenset({"named", "called", "name's", "names"})
_CAPITALISED_OK = frozenset(
    "i i'm i've i'll i'd monday tuesday wednesday thursday friday saturday sunday january "
    "february march april may june july august september october november december english "
    "nhs gp ms uk ok doctor nurse".split()
) | _TITLES
_TEXTING = frozenset("u ur r pls plz thx ty cos coz gonna wanna gotta abt".split())
_PATTERN_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)*")
_SENTENCE_END = re.compile(r"[.!?\n]\s*$")
_COLLAPSE = re.compile(r"(\[(?:email|url|date|phone|number|name|word)\])(?:[\s,.\-]+\1)+")


class Redactor:
    """Redacts text against one content vocabulary (built once: stemming every known word)."""

    def __init__(self, vocabulary: Iterable[str] = ()) -> None:
        self._stemmer = english_stemmer()
        self._content = frozenset(word.lower() for word in vocabulary)
        known = self._content | COMMON_WORDS | _TEXTING | _TITLES
        self._known = known
        self._known_stems = frozenset(self._stemmer.stemWords(sorted(known)))

    def __call__(self, text: str) -> str:
        """The redacted text: whitespace collapsed, placeholders merged, at most `MAX_STORED`."""
        text = _normalise(text[:MAX_INPUT])
        shouting = not any(ch.islower() for ch in text)
        out: list[str] = []
        at_start = True
        previous = ""  # the previous word, lowercased ("" after a placeholder)
        before_previous = ""
        position = 0
        for match in _PATTERN.finditer(text):
            gap = text[position : match.start()]
            out.append(gap)
            if gap and _SENTENCE_END.search(gap):
                at_start = True
            position = match.end()
            kind = match.lastgroup or "word"
            if kind == "phone":
                digits = sum(ch.isdigit() for ch in match.group())
                out.append(PHONE if digits >= 7 else NUMBER)
                previous = before_previous = ""
            elif kind == "placeholder":  # already redacted: redacting again changes nothing
                out.append(match.group().lower())
                previous = before_previous = ""
            elif kind != "word":
                out.append({"email": EMAIL, "url": URL, "date": DATE}.get(kind, NUMBER))
                previous = before_previous = ""
            else:
                word = match.group()
                cue = previous in _TITLES or previous in _NAME_CUES or (
                    previous == "is" and before_previous == "name"
                )
                out.append(self._word(word, at_start, cue, shouting))
                before_previous, previous = previous, word.lower()
            at_start = False
        out.append(text[position:])
        redacted = _COLLAPSE.sub(r"\1", "".join(out))
        return " ".join(redacted.split())[:MAX_STORED].rstrip()

    def _word(self, word: str, at_start: bool, name_cue: bool, shouting: bool) -> str:
        if "-" in word:  # "wi-fi" as one word if known, else part by part ("Jean-Luc")
            if not name_cue and self.is_known(word.replace("-", "").lower()):
                return word
            return "-".join(self._word(part, at_start, name_cue, shouting)
                            for part in word.split("-"))
        lower = word.lower()
        content = lower in self._content
        capitalised = word[:1].isupper() and not shouting
        if name_cue and (capitalised or not content):
            return NAME
        if capitalised and not at_start:
            return word if content or lower in _CAPITALISED_OK else NAME
        if self.is_known(lower):
            return word
        return NAME if capitalised else WORD

    def is_known(self, lower: str) -> bool:
        """True for a content word, a common word, or a word form of one (by Snowball stem)."""
        if lower in self._known:
            return True
        base = lower[:-2] if lower.endswith("'s") else lower
        if base in self._known:
            return True
        return self._stemmer.stemWord(base) in self._known_stems


def _normalise(text: str) -> str:
    """NFKC (full-width digits become digits), straight apostrophes, no control characters."""
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'")
    return "".join(ch if ch.isprintable() or ch == "\n" else " " for ch in text)


def content_vocabulary(faq: Faq) -> frozenset[str]:
    """Every word the clinic's content uses (questions, alternates, answers, topic titles,
    synonyms, rule triggers), lowercased: a patient typing one of them gives nothing away."""
    texts = [faq.title, *(t.title for t in faq.topics), *(w for g in faq.synonyms for w in g)]
    for entry in faq.faqs:
        texts += [*entry.phrasings, entry.answer]
    for rule in (*faq.urgent, *faq.refer):
        texts += [*rule.triggers, rule.answer]
    words = _PATTERN_WORD.findall(_normalise(" ".join(texts)).lower())
    return frozenset(words)


def redact(text: str, vocabulary: Iterable[str] = ()) -> str:
    """One-off redaction; build a `Redactor` once when redacting many questions."""
    return Redactor(vocabulary)(text)
