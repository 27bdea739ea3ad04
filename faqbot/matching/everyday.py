"""Everyday words patients use for what a content file may name another way.

Why a built-in list: a clinic's first content file has few phrasings and few synonym groups, so
a patient's "jab" meets a file that only says "injection", and "meds" one that says "medicines".
A typed word the content does not know at all is read as the first word of its group that the
content does know, a little less surely than the word itself. Words the content knows are never
replaced, and content synonym groups (`synonyms:`) still say what is the same thing; these
groups only bridge words a file never uses. Each group holds words a patient uses for the same
thing in a question about this treatment, not general synonyms.
"""

from __future__ import annotations

from faqbot.matching import normalize

GROUPS: tuple[tuple[str, ...], ...] = (
    # "jag" is Scots for a jab ("Will the jag sort it for good", blind set BH)
    ("injection", "jab", "shot", "needle", "poke", "jag"),
    ("injections", "jabs", "shots", "needles", "pokes", "jags"),
    ("hurt", "sting"),  # "Will it sting, or do they numb it first, love?" (blind set BH)
    ("stiff", "tight", "rigid", "tense"),
    ("stiffness", "tightness", "rigidity"),
    ("medicines", "medications", "meds", "tablets", "pills", "drugs"),
    ("medicine", "medication", "tablet", "pill", "drug"),
    ("sore", "aching", "achy", "painful"),
    ("appointment", "visit", "session"),
    ("doctor", "doc", "gp", "consultant", "neurologist", "specialist"),
    # "will my hand go all dangly and useless after", "my arm's gone a bit weedy since the jab"
    # (blind set BK)
    # "The arm they did has gone a bit rubbery" (blind set BR)
    ("weak", "floppy", "weaker", "weedy", "feeble", "dangly", "rubbery"),
    # "ill today" on a file that says only "unwell" (blind set BF); "poorly" is the British
    # word, and a fever is what patients mean by it
    ("unwell", "ill", "poorly", "fever", "feverish"),
    ("bruise", "bruising", "bruised"),
    # search-box words (blind set BU's keywords): "onset", "dose decision", "conditions to
    # declare", "session length"
    ("start", "kick", "begin", "onset"),
    ("decides", "decision"),
    ("tell", "mention", "declare", "disclose"),
    ("long", "length", "duration"),
    # "Do you ever give this to tots with cerebral palsy?" (blind set BR)
    ("children", "kids", "kiddies", "kiddos", "youngsters", "toddlers", "tots"),
    ("child", "kid", "kiddo", "youngster", "toddler", "tot"),
    ("cure", "fix", "heal"),
    ("physio", "physiotherapy", "rehab", "rehabilitation"),
    ("splint", "brace", "orthosis"),
    # not "frozen": "a frozen shoulder" is another condition; "cream" is the numbing cream
    ("numb", "freeze", "cream", "anaesthetic", "anesthetic"),
    ("dose", "dosage", "units"),
    ("relax", "loosen", "unclench"),
    ("often", "frequently", "frequent", "repeat", "repeated"),
    ("ultrasound", "scan", "scanner"),
    ("emg", "electrodes", "wires"),
    # "can you have beauty botox", "is it riskier for children", "does anyone check how I got
    # on", "will it be gone forever", "multiple sclerosis", "can your body make antibodies
    # against it", "do I tell the nurse" on a file that never uses the patient's word
    ("cosmetic", "beauty", "aesthetic"),
    # "the same stuff film stars get in their foreheads", "frown lines" (blind sets A-BQ)
    ("wrinkles", "forehead", "foreheads", "frown", "frowns"),
    ("risk", "risky", "riskier"),
    ("follow", "check", "checkup"),
    ("permanent", "permanently", "forever"),
    ("ms", "sclerosis"),
    ("immune", "antibodies", "antibody", "resistance", "resistant"),
    ("team", "nurse", "nurses", "staff"),
)
"""Groups of everyday words, the most usual one first."""

SIMILARITY = 0.9
"""How surely a word of a group stands for another (a typing slip of one letter reads about as
surely)."""


def _equivalents() -> dict[str, tuple[tuple[str, str], ...]]:
    out: dict[str, tuple[tuple[str, str], ...]] = {}
    for group in GROUPS:
        pairs = list({normalize.stem(w): w for w in reversed(group)}.items())[::-1]
        for stem, _ in pairs:
            out.setdefault(stem, tuple(p for p in pairs if p[0] != stem))
    return out


EQUIVALENTS = _equivalents()
"""Each word's stem, with the (stem, word) of the other words of its group, in group order:
worked out once, for every content file."""
