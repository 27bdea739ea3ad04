"""`PendingCounts`: what the statistics writer has taken in but not yet written, added up.

It exists so that a file locked by another program (a backup, `faqbot report --purge`) loses
nothing and costs bounded memory: the writer keeps emptying its queue into these counters (one
number per day, outcome and entry, however long the lock lasts) and writes them all in one
transaction once the file is free. Question texts are capped at `MAX_PENDING_TEXTS`.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from typing import Final

from faqbot.stats import statsdb

MAX_PENDING_TEXTS: Final = 1000
"""Distinct question texts kept in memory while the file is locked; beyond, only counts."""


class PendingCounts:
    """Items taken from the queue but not yet written, added up: the same outcome on the same
    day is one counter however often it comes, so a long lock cannot make this grow without
    bound (question texts are capped at MAX_PENDING_TEXTS)."""

    def __init__(self) -> None:
        self.outcomes: Counter[tuple[str, str, str]] = Counter()
        self.feedback: Counter[tuple[str, str, bool]] = Counter()
        self.texts: Counter[tuple[str, str, str]] = Counter()
        self.items = 0
        self.texts_dropped = 0

    def __bool__(self) -> bool:
        return self.items > 0

    def clear(self) -> None:
        self.outcomes.clear()
        self.feedback.clear()
        self.texts.clear()
        self.items = self.texts_dropped = 0

    def add(self, day: str, kind: str, ref: str, text: str | None) -> None:
        self.items += 1
        if kind == "feedback":
            self.feedback[(day, ref, text == "1")] += 1
            return
        self.outcomes[(day, kind, ref)] += 1
        if text:
            key = (day, kind, text)
            if key in self.texts or len(self.texts) < MAX_PENDING_TEXTS:
                self.texts[key] += 1
            else:
                self.texts_dropped += 1

    def write(self, conn: sqlite3.Connection) -> None:
        """Everything in one transaction: all of it is written, or none."""
        conn.execute("BEGIN IMMEDIATE")
        try:
            for (day, kind, ref), count in self.outcomes.items():
                statsdb.add_outcome(conn, day, kind, ref, count)
            for (day, entry, helpful), count in self.feedback.items():
                statsdb.add_feedback(conn, day, entry, helpful, count)
            for (day, kind, text), count in self.texts.items():
                statsdb.add_unanswered(conn, day, kind, text, count)
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
