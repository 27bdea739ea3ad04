"""The content file's synonym groups, applied to stemmed word sequences.

Each group becomes one key ("botulinum toxin", "onabotulinumtoxina" -> the key of "botox"),
matched longest phrase first, so a question and a phrasing that use different members of a
group look identical to the engine.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from faqbot.matching.normalize import tokens


class SynonymMap:
    def __init__(self, groups: Iterable[Sequence[str]]) -> None:
        self._phrases: dict[tuple[str, ...], str] = {}
        self._longest = 1
        for group in groups:
            stemmed = [tuple(tokens(member)) for member in group]
            stemmed = [s for s in stemmed if s]
            if not stemmed:
                continue
            key = "_".join(stemmed[0])
            for phrase in stemmed:
                self._phrases.setdefault(phrase, key)
                self._longest = max(self._longest, len(phrase))

    def member_stems(self) -> set[str]:
        """Every stem that appears in some group (so typed members count as known words)."""
        return {stem for phrase in self._phrases for stem in phrase}

    def key(self, stem: str) -> str:
        """The key of a single stem (itself when it is in no group)."""
        return self._phrases.get((stem,), stem)

    def apply(self, stems: Sequence[str], sims: Sequence[float]) -> list[tuple[str, float]]:
        """Replace group members by their key, longest phrase first; a phrase's similarity is
        its least certain word's."""
        out: list[tuple[str, float]] = []
        i = 0
        while i < len(stems):
            for length in range(min(self._longest, len(stems) - i), 0, -1):
                key = self._phrases.get(tuple(stems[i : i + length]))
                if key is not None:
                    out.append((key, min(sims[i : i + length])))
                    i += length
                    break
            else:
                out.append((stems[i], sims[i]))
                i += 1
        return out
