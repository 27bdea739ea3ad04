"""Fold look-alike letters of other scripts to their Latin twins, for urgent matching.

"і саn't brеаthе" typed with Cyrillic і, а, е looks English on screen but shares no letter
with the trigger "can't breathe". Before urgent triggers are looked for, every character that
Unicode lists as confusable with a Latin letter is replaced by that letter.

The table is Unicode's own confusables data (UTS #39, confusables.txt) as shipped in the
`confusable_homoglyphs` package, read once from its JSON file. Transliteration tables
(anyascii, unidecode) are the wrong tool: they map by sound, so Cyrillic "р" becomes "r",
whereas it looks like, and was typed for, "p".

Used only for urgent symptoms: the FAQ matcher reads the text as typed.
"""

# ruff: noqa: RUF002  (the docstring shows look-alike letters on purpose)

from __future__ import annotations

import json
import unicodedata
from functools import cache
from importlib import resources


@cache
def table() -> dict[int, str]:
    """Non-ASCII character -> the lowercase Latin letter it looks like (for str.translate).

    Only single characters whose confusable set holds an ASCII letter are kept; a character
    that looks like a digit or a symbol is left alone. Empty when the data cannot be read
    (the matcher then works without folding rather than failing)."""
    try:
        data = json.loads(
            resources.files("confusable_homoglyphs").joinpath("confusables.json").read_text("utf-8")
        )
    except (OSError, ValueError, ModuleNotFoundError):
        return {}
    out: dict[int, str] = {}
    for char, glyphs in data.items():
        if len(char) != 1 or char.isascii():
            continue
        latin = [
            g["c"] for g in glyphs if len(g["c"]) == 1 and g["c"].isascii() and g["c"].isalpha()
        ]
        if latin:
            out[ord(char)] = latin[0].lower()
    return out


def fold(text: str) -> str:
    """`text` with accents stripped and look-alike letters replaced by Latin ones."""
    decomposed = unicodedata.normalize("NFKD", text)
    return decomposed.translate(table())
