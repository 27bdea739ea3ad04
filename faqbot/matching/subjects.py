"""What a question is about: conditions, body parts and medicines, in everyday English.

Why a list: the ranking sees words, not what they name. "What causes cerebral palsy?" shares
every word with the entry "Can cerebral palsy cause spasticity?" and "can botox help my back
pain" with "Will it help with my pain?": both ask about another condition or body part than the
entry answers. The engine never answers an entry when the question names a subject of one of
these kinds that the entry is not about (see `Verdict.near_miss`); it may still offer it in
"Did you mean...?". The words are generic (any clinic's content), stemmed like the question.
"""

from __future__ import annotations

CONDITIONS = (
    "stroke", "ms", "sclerosis", "palsy", "cp", "spasticity", "spastic", "dystonia",
    "parkinson", "parkinsons", "migraine", "migraines", "headache", "headaches", "epilepsy",
    "seizure", "seizures", "arthritis", "cancer", "diabetes", "dementia", "alzheimer",
    "alzheimers", "wrinkles", "wrinkle", "sweating", "hyperhidrosis", "depression", "tremor",
    "tremors", "scoliosis", "asthma", "covid", "flu", "cerebral palsy", "multiple sclerosis",
    "cervical dystonia",
)
BODY_PARTS = (
    "arm", "arms", "hand", "hands", "finger", "fingers", "thumb", "wrist", "elbow",
    "shoulder", "shoulders", "neck", "leg", "legs", "knee", "knees", "ankle", "ankles", "foot",
    "feet", "toe", "toes", "hip", "hips", "back", "spine", "face", "forehead", "eye", "eyes",
    "eyelid", "jaw", "tongue", "head", "chest", "stomach", "calf", "thigh", "bladder",
)
MEDICINES = (
    "botox", "dysport", "xeomin", "myobloc", "baclofen", "tizanidine", "diazepam",
    "gabapentin", "aspirin", "ibuprofen", "paracetamol", "warfarin", "filler", "fillers",
)
KINDS: dict[str, tuple[str, ...]] = {
    "condition": CONDITIONS,
    "body part": BODY_PARTS,
    "medicine": MEDICINES,
}

COMPARING = (
    "same", "different", "difference", "differences", "differ", "identical", "similar",
    "versus", "vs", "compare", "compared", "than", "interchangeable", "alike", "better",
    "worse", "stronger", "weaker",
)
"""Words of a question that compares two things ("Is this the same Botox used for wrinkles?").
Not "like": "I'd like to know" asks nothing of the kind."""
ASKING_ELSE = (
    "help", "helps", "treat", "treats", "cure", "fix", "stop", "rid", "remove", "reduce",
    "prevent", "smooth", "work", "works", "good", "effective", "offer", "provide", "here", "you",
    "cost", "costs", "price", "much", "charge", "pay", "insurance", "afford", "expensive",
    "cheap", "fee",
)
"""Words of a question that asks what something does, costs or who offers it. An entry that
compares two things answers whether they are the same, never these: "can botox help my
wrinkles" or "how much is dysport" is not "Is this the same Botox used for wrinkles?"."""

OPPOSITES: tuple[tuple[str, str], ...] = (
    ("rare", "common"), ("rarely", "commonly"), ("uncommon", "common"), ("unusual", "usual"),
)  # fmt: skip
"""Words that ask for the opposite of each other's answer: "what are the rare side effects"
is not "What are the common side effects?". A question that says one where the entry's
question or best phrasing says the other, and never says that one, is a near miss of it (both
ways: "is it common to lose my voice" is not "Which side effects are rare?")."""

NAMED_BY: dict[str, tuple[str, ...]] = {
    "spasticity": (
        "stiff", "stiffness", "stiffen", "stiffens", "stiffening", "tight", "tightness",
        "tighten", "tense", "rigid", "rigidity", "spasm", "spasms", "clench", "clenched",
    ),
    "wrinkles": ("lines", "line"),
    "face": ("forehead", "foreheads", "faces"),
    "forehead": ("face", "faces"),
}  # fmt: skip
"""Everyday words that name a subject without its name: "does MS make your muscles go stiff"
asks about spasticity, so "Can MS cause spasticity?" is about what it asks. Used only to decide
whether the question leaves out the entry's subject, never to say it names a subject the entry
does not know ("my arm is stiff since the jab" is not a question about spasticity's causes)."""
