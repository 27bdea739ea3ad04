"""The urgent check's built-in floor: red-flag concepts, not phrases (issue 9, item 3).

No list of trigger phrases catches every way a patient describes a red flag ("my words come
out mushy", "water comes back out my nose"). What triage services do instead is ask: a question
that names a red-flag body function (breathing, swallowing, speech, vision, eyelids, weakness,
bladder, swelling of lips/tongue/face, colour) together with a problem or a change ("can't",
"getting worse", "since my shots"), or that talks about dying, but fires no urgent trigger,
first gets "Is this happening now?" with the red flags in plain words. Words about harming
oneself go straight to the alert.

The lists come from the content brief's red flags (section 2). The engine always has them,
like its personal-advice cues, so no clinic's content file can leave a kiosk without them; a
content file may add words (`urgent_check:`), never remove any.
"""

from __future__ import annotations

from dataclasses import dataclass

CHECK_ID = "urgent-check"
"""The `--json` id of the check ("kind": "urgent", so scripts count it as caught)."""
SELF_HARM_ID = "self-harm-words"
"""The `--json` id of the built-in self-harm alert (when no content rule fired)."""

CHECK_QUESTION = "Is this happening now?"
CHECK_TEXT = (
    "Is this happening now? Trouble breathing, swallowing or speaking; swelling of the lips, "
    "tongue, face or throat; double or blurred vision, drooping eyelids; new weakness, or "
    "weakness all over; loss of bladder control; feeling faint; chest pain."
)
"""The red flags of the content brief, section 2, in plain words (short enough that the
question, the list and both answers fit on an 80x24 screen)."""

URGENT_MESSAGE = (
    "This could be serious. Please tell a staff member right now. If you are not at the "
    "clinic, call your local emergency number (911 in the US, 999 in the UK)."
)
"""The brief's suggested urgent message: shown after "Yes" to the check."""

SELF_HARM_MESSAGE = (
    "You matter, and help is here. Please tell a staff member right now. If you are not at the "
    "clinic, call your local emergency number (911 in the US, 999 in the UK). In the US you can "
    "also call or text 988, the Suicide and Crisis Lifeline."
)

BODY_WORDS: tuple[str, ...] = (
    # breathing
    "breath", "breathe", "breathing", "air", "lungs", "lung", "airway", "wheeze", "gasp",
    # swallowing and the throat
    "swallow", "swallowing", "throat", "choke", "gag", "saliva", "drool", "dribble", "cough",
    "splutter", "sputter",
    # speech and voice
    "speech", "speak", "talk", "talking", "voice", "words", "slur", "whisper", "mumble",
    # vision and eyelids
    "vision", "sight", "eyesight", "see", "seeing", "eye", "eyes", "eyelid", "eyelids", "lid",
    "lids", "blurry", "blurred", "fuzzy",
    # weakness
    "weak", "weakness", "limp", "floppy", "strength", "collapse",
    # bladder
    "bladder", "pee", "wee", "urine", "urinate", "incontinent", "toilet", "loo", "waterworks",
    # swelling of the lips, tongue, face
    "lips", "lip", "tongue", "face", "mouth",
    # colour
    "blue", "grey", "gray", "purple",
    # fainting, waking, chest, bleeding
    "faint", "dizzy", "woozy", "wake", "conscious", "chest", "bleeding",
)  # fmt: skip
"""Red-flag body functions (content brief, section 2)."""

PROBLEM_WORDS: tuple[str, ...] = (
    "not", "no", "never", "hard", "harder", "difficult", "difficulty", "trouble", "problem",
    "struggle", "struggling", "worse", "worsening", "change", "changed", "different", "strange",
    "weird", "funny", "wrong", "lost", "losing", "stopped", "sudden", "suddenly", "new",
    "heavy", "tight", "barely", "hardly", "double", "blurry", "fuzzy", "swollen", "swelling",
    "swell", "puffy", "droop", "drooping", "droopy", "slurred", "slurring", "since", "started",
    "keeps", "weak", "blue", "numb", "shut", "closing", "stuck", "leaking", "accident",
    "accidents", "control", "huge", "big", "thick", "spinning", "faint", "nothing", "mushy",
    "slurry", "garbled", "jumbled", "puffing", "puffed", "both", "other", "everywhere",
    "everything", "whole", "hanging", "squeezing", "crushing", "pain", "hurts",
    "clutching", "pouring", "eat", "eating", "drink", "drinking", "food", "pills",
    "tablets", "shallow", "noisy", "fat", "blown", "sweaty", "clammy", "pale", "black",
)  # fmt: skip
"""Problem or change words: "can't" is read "can not", "since my shots" is a change; eating
and drinking go with coughing and choking. ("gone" is not one: its stem is "go".)"""

DYING_WORDS: tuple[str, ...] = (
    "die", "dying", "dead", "death", "alive", "suicide", "suicidal", "overdose",
)  # fmt: skip
"""Words about dying: the check (and self-harm words with them go to the alert)."""

SELF_HARM_PHRASES: tuple[str, ...] = (
    "kill myself", "hurt myself", "harm myself", "cut myself", "hang myself", "end my life",
    "end it all", "suicide", "suicidal", "self harm", "overdose", "want to die",
    "wish i was dead", "better off dead", "better off without me", "take my own life",
    "nobody would miss me", "want to disappear", "ending my life", "no point living",
)  # fmt: skip
"""Self-harm: straight to the alert, whatever the content's rules say."""

WINDOW = 4
"""A body word and a problem word at most this many meaningful words apart."""


@dataclass(frozen=True, slots=True)
class Concepts:
    """The red-flag word lists the engine uses: the built-in floor plus the content's own."""

    body: tuple[str, ...] = BODY_WORDS
    problem: tuple[str, ...] = PROBLEM_WORDS
    dying: tuple[str, ...] = DYING_WORDS
    self_harm: tuple[str, ...] = SELF_HARM_PHRASES

    def words(self) -> tuple[str, ...]:
        """Every word and phrase of the lists."""
        return (*self.body, *self.problem, *self.dying, *self.self_harm)

    def extended(
        self,
        body: tuple[str, ...] = (),
        problem: tuple[str, ...] = (),
        self_harm: tuple[str, ...] = (),
    ) -> Concepts:
        """The floor with the content's additions (never fewer words)."""
        return Concepts(
            self.body + body, self.problem + problem, self.dying, self.self_harm + self_harm
        )
