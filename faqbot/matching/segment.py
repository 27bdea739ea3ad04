"""Split words that were typed without the spaces between them ("cantbreathe", "chestpain").

Stiff hands miss the space bar: "i cantbreathe" or a whole question with no space at all must
still show the urgent alert. A run of letters the matcher does not know is split into the
fewest known words (dynamic programming over a vocabulary); letters that start no known word
stay together as one unknown piece, which the trigger matcher may still read as a slip
("icantbreth" -> "i cant breth", and "breth" is one slip from "breath").
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

from rapidfuzz.distance import OSA

SUFFIXES = ("s", "es", "ed", "d", "ing", "ly", "y")
"""Endings a vocabulary word may carry inside a run ("throatfeels" -> "throat feels")."""

TWO_LETTER_WORDS: frozenset[str] = frozenset(
    "i a am an as at be by do go he if in is it me my no of on or so to up us we im ok".split()
)
"""The one- and two-letter words a run typed without spaces is split into; interjections such as
"er" and "um" would split names ("wheel er")."""


MAX_WORD = 24
"""No vocabulary word is longer; bounds the work per letter."""

UNKNOWN_COST = 1.0
"""Cost of each letter of an unknown piece (a known word costs 1 whatever its length, an
unknown piece 1 plus this per letter), so known words are preferred."""


MIN_UNKNOWN = 3
"""An unknown piece is at least this long: shorter ones make guesses, not readings ("far e
well", "c red it sc or e")."""


LEADING = frozenset({"my", "i", "me", "is", "im"})
"""Small words a run may start with although no piece of it is known ("mythrote" -> "my
throte", "myvioce" -> "my vioce"): the space after "my" is the one most often missed."""
MIN_LED = 4
"""...when what follows is at least this long (a word with a slip, not "my a")."""

MAX_RUN = 300
"""Longest run of letters that is split into words: the kiosk's question box holds 300
characters, so a longer run was pasted, not typed."""
MAX_UNKNOWN = 30
"""Longest unknown piece between known words (a slip, a name); keeps the search linear."""


RARE_COST = 1.0 / (MAX_RUN + 1)
"""With word counts, a word never used costs at most this much more than one used very often
(the extra falls with the log of its uses): of two splits into as many words, the one of more
used words wins, and since a run holds at most MAX_RUN pieces, the extras together never
outweigh one word more."""

SLIP_COST = 0.6
"""Extra cost of a piece read as a slip of one of the `slips` words ("swolen" for "swollen"):
a known word is preferred, an unknown piece costs more. Over a half, so that two slips never
tie with three exact words: at 0.5 "everythingisblurry" read as "everythingi sblurry", two
slips ("everything slurry"), and the blurred vision was missed (blind set AL, sparse)."""
SLIP_LETTERS = 5
"""`slips` words at least this long may be found with one slip; shorter ones are too easily
found by accident in any run of letters."""


SPACE_KEYS = frozenset("cvbnm")
"""The letters right above the space bar: a thumb that misses it types one of them instead
("canbi drivebhome", "doesnit hurtnmuch", "willbthe physionstill": blind set CN)."""
SPACE_SLIP_COST = 0.6
"""Cost of reading one of SPACE_KEYS between two known words as the missed space: under one
word, so "does it" read through "doesnit" beats three pieces, but a split that keeps every
letter into as many words always wins ("canbe" is "can be")."""


def _deletes(word: str) -> set[str]:
    """`word` and every string one letter shorter: two words share one of these when they
    are at most one slip apart (a letter added, dropped, changed or two swapped)."""
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


class Segmenter:
    """Splits letter runs into words of one vocabulary."""

    def __init__(
        self,
        vocabulary: Iterable[str],
        slips: Iterable[str] = (),
        uses: Mapping[str, int] | None = None,
    ) -> None:
        """`slips`: words a piece of a run may be a one-letter slip of ("cantswallomypills"
        -> "cant swallow my pills"): the urgent check's red-flag words, whose slips inside a
        run would otherwise hide them (the split returns the word, not the slip). `uses`:
        how often each word is used, to choose between splits into as many words ("is it
        safe", not "i sit safe"; "wear my splint", not "we army splint")."""
        self._uses = uses
        # One-letter words other than "i" and "a" would make any unknown run splittable.
        self._words = frozenset(
            w for w in vocabulary if w.isalpha() and (len(w) >= 2 or w in ("i", "a"))
        )
        self._slips: dict[str, list[str]] = {}
        for word in sorted(set(slips)):
            if len(word) >= SLIP_LETTERS and word.isalpha():
                for variant in _deletes(word):
                    self._slips.setdefault(variant, []).append(word)
        self._longest = min(MAX_WORD, max((len(w) for w in self._words), default=1) + 3)

    def slip_of(self, piece: str) -> str | None:
        """The `slips` word `piece` is one slip of (the nearest, then the first), else None."""
        if len(piece) < SLIP_LETTERS or not self._slips:
            return None
        found = {w for v in _deletes(piece) for w in self._slips.get(v, ())}
        # the first letter right, as the check's slips ("sourdough" is no "sour cough")
        near = [
            w for w in found if w[0] == piece[0] and (OSA.distance(piece, w) <= 1 or len(w) >= 6)
        ]
        return min(near, key=lambda w: (OSA.distance(piece, w), w), default=None)

    def _cost(self, word: str) -> float:
        """1 for a known word, a little more the rarer it is (with `uses`; a vocabulary word
        with an ending counts as never used): a tie-break only (see RARE_COST)."""
        if self._uses is None:
            return 1.0
        if word not in self._words:
            return 1.0 + RARE_COST  # a word and an ending: "army" is no "arm" and "y"
        return 1.0 + RARE_COST / (1.0 + math.log1p(self._uses.get(word, 0)))

    def known(self, piece: str) -> bool:
        """A vocabulary word, or one with a common ending ("feels", "choked", "swelling")."""
        if piece in self._words:
            return True
        return any(
            piece.endswith(end) and len(piece) - len(end) >= 3 and piece[: -len(end)] in self._words
            for end in SUFFIXES
        )

    def _swapped_into(self, piece: str) -> bool:
        """The word before a letter and the letter are a known word with its last two letters
        swapped ("tiem" for "time"): a slip, not the space bar ("thetiemcan" is "the time
        can", not "the tie can")."""
        return len(piece) >= 3 and self.known(piece[:-2] + piece[-1] + piece[-2])

    def split(self, run: str, *, slips: bool = True, spaces: bool = True) -> list[str]:
        """`run` as the fewest known words (a piece may be one slip of a `slips` word, read as
        that word; with `spaces`, one of SPACE_KEYS between two known words may be the space
        bar missed, and is dropped), with unknown pieces of MIN_UNKNOWN letters or more between
        them; [run] when it cannot be split; when no piece of three letters or more is a known
        word ("delta" is not "delt a"), unless every piece is known ("onmy") or the run starts
        with one of LEADING ("mythrote"); or when it is longer than MAX_RUN (pasted text, not a
        question typed without spaces: the search would take seconds)."""
        n = len(run)
        if n > MAX_RUN:
            return [run]
        plain = self._split(run, slips=slips, spaces=False)
        if not spaces or all(self.known(piece) for piece in plain):
            return plain
        # a letter read as the space bar only where the letters otherwise leave a piece
        # unknown ("howmanytimesayear" is "how many times a year", not "how anytimes a
        # year"), and only when the word after it is known too
        spaced = self._split(run, slips=slips, spaces=True)
        return spaced if all(self.known(piece) for piece in spaced) else plain

    def _split(self, run: str, *, slips: bool, spaces: bool) -> list[str]:
        n = len(run)
        best: list[float] = [0.0] + [float("inf")] * n
        back: list[tuple[int, bool]] = [(0, False)] * (n + 1)
        fixed: dict[tuple[int, int], str] = {}

        def missed(end: int) -> bool:
            """The letter before `end` was read as the space bar: no piece of one of
            SPACE_KEYS is a word, an unknown piece or a slip (all are longer)."""
            return back[end][0] == end - 1 and run[end - 1] in SPACE_KEYS

        for end in range(1, n + 1):
            start = end - 1
            if (
                spaces
                and 0 < start < n - 1  # between two words: never the run's last letter
                and run[start] in SPACE_KEYS
                and back[start][1]
                and not missed(start)
                and best[start] + SPACE_SLIP_COST < best[end]
                and not self._swapped_into(run[back[start][0] : end])
            ):
                best[end], back[end] = best[start] + SPACE_SLIP_COST, (start, True)
            for start in range(max(0, end - self._longest), end):
                if best[start] + 1.0 < best[end] and self.known(run[start:end]):
                    cost = best[start] + self._cost(run[start:end])
                    if cost < best[end]:
                        best[end], back[end] = cost, (start, True)
                elif (
                    slips
                    and best[start] + 1.0 + SLIP_COST < best[end]
                    and (word := self.slip_of(run[start:end]))
                ):
                    best[end], back[end] = best[start] + 1.0 + SLIP_COST, (start, True)
                    fixed[start, end] = word
            # Or an unknown piece of at least MIN_UNKNOWN letters (a slip, a name).
            for start in range(max(0, end - MAX_UNKNOWN), end - MIN_UNKNOWN + 1):
                cost = best[start] + 1.0 + UNKNOWN_COST * (end - start)
                if cost < best[end]:
                    best[end], back[end] = cost, (start, False)
        if best[n] == float("inf"):
            return [run]
        merged: list[tuple[str, bool]] = []
        end = n
        while end > 0:
            start, known = back[end]
            if not missed(end):
                merged.append((fixed.get((start, end), run[start:end]), known))
            end = start
        merged.reverse()
        if fixed and not all(known for _, known in merged):
            # a slip beside letters left unknown is a guess on a guess ("calories" ->
            # "color ies"): split again without slips
            return self._split(run, slips=False, spaces=spaces)
        if len(merged) < 2 or not (
            any(known and len(piece) >= 3 for piece, known in merged)
            or all(known for _, known in merged)  # "onmy", "upmy", "doit"
            or (merged[0][0] in LEADING and len(merged[-1][0]) >= MIN_LED)
        ):
            return [run]
        return [piece for piece, _ in merged]

    def alternative(self, pieces: list[str]) -> list[str] | None:
        """The same split with the first letter of a word moved to the piece before it, when
        the rest is still a word (and, after a known piece, that piece stays one): "enu fair"
        -> "enuf air", "i tall" -> "it all". Splits into as few words tie, and the DP keeps
        unknown pieces short; the other reading is as likely."""
        out = list(pieces)
        changed = False
        for i in range(len(out) - 1):
            before, word = out[i], out[i + 1]
            if not self.known(word) or len(word) < 3 or not self.known(word[1:]):
                continue
            if self.known(before) and not self.known(before + word[0]):
                continue
            out[i], out[i + 1] = before + word[0], word[1:]
            changed = True
        for i in range(len(out) - 1):  # "cants wallo" -> "cant swallo"
            word, after = out[i], out[i + 1]
            if (
                len(word) >= 4
                and self.known(word)
                and not self.known(after)
                and self.known(word[:-1])
            ):
                out[i], out[i + 1] = word[:-1], word[-1] + after
                changed = True
        return out if changed else None
