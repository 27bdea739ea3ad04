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

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

CHECK_ID = "urgent-check"
"""The `--json` id of the check ("kind": "urgent", so scripts count it as caught)."""
SELF_HARM_ID = "self-harm-words"
"""The `--json` id of the built-in self-harm alert (when no content rule fired)."""
DISTRESS_ID = "self-harm-check"
"""The `--json` id of the check asked when a question sounds like despair ("no point in
anything", "everyone would be better off"): kind urgent, so scripts count it as caught."""

CHECK_QUESTION = "Is this happening now?"
CHECK_TEXT = (
    "Is this happening now? Trouble breathing, swallowing or speaking; swelling of the lips, "
    "tongue, face or throat; double or blurred vision, drooping eyelids; new weakness, or "
    "weakness all over; loss of bladder control; feeling faint; chest pain."
)
"""The red flags of the content brief, section 2, in plain words (short enough that the
question, the list and both answers fit on an 80x24 screen)."""

DISTRESS_TEXT = (
    "Is this happening now? Thoughts of ending your life or of harming yourself, or feeling "
    "that you cannot go on."
)
"""The check for words of despair: "Yes" shows the self-harm message."""

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
    "lips", "lip", "tongue", "face", "mouth", "tung", "toung", "tounge", "tonge",
    # colour
    "blue", "grey", "gray", "purple", "colour", "color", "colours",
    # fainting, waking, chest, bleeding
    "faint", "dizzy", "woozy", "wake", "conscious", "chest", "bleeding",
    # the nose (drink coming back up it), answering, holding the head up, wetting oneself
    "nose", "hold", "wet", "wetting",
    # gripping (a hand that will not do it)
    "grip", "grasp", "legs", "leg", "force", "power",
    # an allergic reaction on the skin
    "rash", "rashes", "itch", "itchy", "itching", "lumps", "bumps", "blotches",
    "ribs", "puff", "breastbone", "sternum",
    "hacking", "heartbeat", "pulse", "spit", "spittle", "lungful", "lungfuls",
    # a few Spanish words of the same (patients who switch language when frightened)
    "respira", "respirar", "aire", "pecho", "cara", "garganta", "tragar",
)  # fmt: skip
"""Red-flag body functions (content brief, section 2)."""

PROBLEM_WORDS: tuple[str, ...] = (
    "not", "no", "never", "hard", "harder", "difficult", "difficulty", "trouble", "problem",
    "struggle", "struggling", "worse", "worsening", "change", "changed", "different", "strange",
    "weird", "funny", "wrong", "lost", "losing", "stopped", "sudden", "suddenly", "new", "heavy",
    "tight", "barely", "hardly", "double", "blurry", "fuzzy", "swollen", "swelling", "swell",
    "puffy", "droop", "drooping", "droopy", "slurred", "slurring", "since", "started", "keeps",
    "weak", "blue", "numb", "shut", "closing", "stuck", "leaking", "accident", "accidents",
    "control", "huge", "big", "thick", "spinning", "faint", "nothing", "mushy", "slurry", "garbled",
    "jumbled", "puffing", "puffed", "both", "other", "everywhere", "everything", "whole", "hanging",
    "squeezing", "crushing", "pain", "hurts", "clutching", "pouring", "eat", "eating", "drink",
    "drinking", "food", "pills", "tablets", "shallow", "noisy", "fat", "blown", "sweaty", "clammy",
    "pale", "black", "whisper", "hoarse", "croaky", "raspy", "straw", "soaking", "myself",
    "himself", "herself", "lightheaded", "wobbly", "jelly", "whistling", "whistle", "narrow",
    "narrower", "narrowing", "mushed", "mashed", "racing", "aching", "buckling", "heavily", "badly",
    "loads", "alot", "mouthful", "mouthfuls", "sip", "sips", "bite", "bites", "meal", "meals",
    "gulp", "without", "tightening", "tighten", "tightens", "dropped", "dropping", "sagging", "sag",
    "sags", "sagged", "pounding", "fluttering", "irregular", "confused", "drowsy", "sucking",
    "grunting", "smaller", "smaler", "shrinking", "hacking", "squeak", "squeaky", "sweating",
    "running", "push", "gags", "gagging", "rubbing", "dinner", "lunch", "supper", "breakfast",
    "spoon", "soup", "skipping", "skips", "thumping", "banging", "pools", "pooling", "sloppy",
    "punched", "stung", "sleepy",
)  # fmt: skip
"""Problem or change words: "can't" is read "can not", "since my shots" is a change; eating
and drinking go with coughing and choking. ("gone" is not one: its stem is "go".)"""

ALARM_WORDS: tuple[str, ...] = (
    "fainted", "fainting", "collapsed", "collapsing", "seizure", "seizures", "seizing",
    "convulsing", "convulsion", "convulsions", "unconscious", "unresponsive", "choking", "choked",
    "wheezing", "wheezy", "hives", "welts", "lightheaded", "drooling", "slurring", "breathless",
    "buckling", "crawl", "crawled", "crawling", "panting", "drowning", "suffocating", "suffocate",
    "smothering", "spinning", "anaphylaxis", "anaphylactic", "dizzy", "dizziness", "gasping",
    "gushing", "hoarse", "croaky", "raspy", "puffed", "siezure", "seisure", "seesure",
    "seezure", "sezure", "ceasure", "seazure", "seizur", "siezures", "seisures", "frothing",
    "foaming", "swimmy", "razor", "fuzzy", "blurry", "steamed", "winded", "woozy", "slumped",
    "slumping", "jerky", "mareos", "mareado", "mareada", "hinchada", "hinchado",
)  # fmt: skip
"""Words that report a red flag on their own, with no problem word beside them ("my dad
fainted in the car park"): the check."""

ALARM_STEMS_OF_OTHER_WORDS: frozenset[str] = frozenset(
    {"wind", "winding", "spin", "pant", "hive", "foam", "steam"}
)
"""Bare words that are only the stem of a word above, with an everyday meaning of their own:
"how do I wind a grandfather clock" is no "winded", "a foam roller" no "foaming". Typed with
an ending ("it all spins") they are still read as the word above, but for "winding" ("out
all day winding paddles", blind set AZ: a clock, a road, a lock's paddles); breath lost is in
the phrases ("lost my wind"). ("gush" and "froth" have no other meaning at a clinic: kept.)"""

ALARM_PHRASES: tuple[str, ...] = (
    # the room or floor tilting is dizziness; a head that tilts is cervical dystonia itself
    "room tilting", "floor tilting", "world tilting", "everything tilting",
    "pass out", "passed out", "passing out", "black out", "blacked out", "went black", "wrong way",
    "wrong pipe", "having a fit", "had a fit", "not answering", "not responding", "not waking",
    "wet myself", "wetting myself", "wet himself", "wet herself", "room spinning",
    "room is spinning", "through a straw", "come back up", "comes back up", "coming back up",
    "stuck in my throat", "stuck halfway", "going down wrong", "out of breath", "giving way",
    "gave way", "went limp", "gone limp", "gone weak", "went weak", "going weak", "like jelly",
    "other arm", "whole body", "keeps pouring", "pressure in my chest", "blowing up",
    "having accidents", "not moving", "isnt moving", "out of puff", "see 2", "seeing 2", "see two",
    "seeing two", "weak now", "weak too", "heart racing", "soaking through", "keeps bleeding",
    "wont stop bleeding", "blood everywhere", "not lift my", "lift my head", "out of air",
    "gave out", "give out", "giving out", "gives out", "funny colour", "funny color", "gone grey",
    "gone blue", "turned blue", "turning blue", "something wrong", "something is wrong",
    "something really wrong", "something is really wrong", "something very wrong",
    "something not right", "something isnt right", "on my chest", "fell over", "fallen over",
    "keep falling", "keeps falling", "had a fall", "fell down", "other hand", "other leg",
    "other side", "two pictures", "looks double", "looks doubled", "everything doubled",
    "coming back out", "come back out", "comes back out", "came back out", "have to swallow",
    "having to swallow", "swallow twice", "swallow again", "bleeding a lot", "bleeding quite a lot",
    "lot of blood", "voice is gone", "voice gone", "voice has gone", "voice went",
    "allergic reaction", "having a reaction", "bad reaction", "coughing fit", "coughing fits",
    "cough fit", "good arm", "good hand", "good leg", "good side", "bit doubled", "look doubled",
    "looking doubled", "funny turn", "weird turn", "strange turn", "had a turn", "went rigid",
    "blanked out", "lost a few minutes", "soaked my", "wet my", "wet the bed", "past out",
    "blood wont stop", "blood will not stop", "bleeding wont stop", "soaking threw", "not stand up",
    "not get up", "unable to stand", "closing up", "still bleeding", "still be bleeding",
    "gushing blood", "pouring blood",
    # bleeding told as a dressing soaked (blind set CB: "still pouring ... soaked the bandage")
    "still pouring", "soaked the bandage", "soaked the dressing", "soaked the plaster",
    "soaked through", "side by side", "two of them", "puffed out", "eyes rolled",
    "eyes rolling", "rolled back", "on the floor", "keel over", "keeled over", "two of everything",
    "two of everyone", "two of everybody",
    # double vision told as one thing counted twice ("there are 2 of this kiosk since the
    # jab", blind set CK); "two of these / those" counts things and stays calm
    "two of this", "2 of this", "2 of them", "2 of everything", "2 of everyone",
    # ... or as a thing that has grown a twin ("Everyone in this waiting room has got a twin
    # since this morning. Is that from the jab?", blind set CN's first run: missed on both
    # files); "my twin", "her twin" tell a sibling and stay calm
    "has a twin", "has got a twin", "got a twin", "grown a twin", "have a twin",
    "back down my nose", "out my nose", "out of my nose",
    "through my nose", "gets stuck", "getting stuck", "get stuck", "wont go down", "not go down",
    "ghost copies", "ghost images", "ghosting", "dripping blood", "blood dripping",
    "dripping with blood", "sounds drunk", "sound drunk", "seems drunk", "like hes drunk",
    "like shes drunk", "like im drunk", "peed myself", "pee myself", "weed myself", "wee myself",
    "peed himself", "peed herself", "cant get it down", "wont stay down", "stay here in my neck",
    "stuck in my neck", "in my neck when i eat", "cannot eat", "cant eat",
    "accident in his trousers", "accident in her trousers", "accident in my trousers",
    "always been dry", "heart place", "pressing in my", "pressing on my", "head go light",
    "head goes light", "head went light", "couldnt help with his transfer", "take his own weight",
    "takes his own weight", "take her own weight", "takes her own weight", "shes fitting",
    "hes fitting", "is fitting", "started fitting", "having fits", "keeps fitting", "puff back",
    "get my puff", "get her puff", "get his puff", "been drinking", "touched a drop",
    "think im drunk", "like im about to go", "like i am about to go", "instead of one",
    "two tellies", "sweating buckets", "needle hole", "grab the wall", "hold the wall",
    "does not want to go", "not want to go down", "pressure behind my", "behind my breastbone",
    "going red", "went down like", "dropped like", "breathing through a", "breathe through a",
    "sack of spuds", "sack of potatoes", "heart keeps", "heart skipping", "heart is skipping",
    "heart pounding", "heart is pounding", "heart thumping", "heart banging", "heart going like",
    "food down", "get my food down", "get food down", "drink down", "get my drink down",
    "tablets down", "pills down", "floor is moving", "floor moving", "room is moving",
    "room moving", "head is turning", "head turning round", "head is spinning", "head spinning",
    "no able", "not able to lift", "only did the one", "only did one", "split in two",
    "splitting in two", "smudge together", "cant read", "sitting on my chest", "sat on my chest",
    "elephant on", "an elephant", "through the plaster", "thru the plaster", "still dripping",
    "catch my wind", "catch his wind", "catch her wind", "lost my wind", "lost his wind",
    "lost her wind", "lose my wind", "no wind left", "like a vice", "into my jaw",
    "into me jaw", "up my jaw", "week all over", "weak all over", "floppy all over",
    "limp all over", "twitching all over", "jerking all over", "shaking all over", "came over all",
    "come over all", "nearly went down", "went down in", "come round", "came round", "coming round",
    "went all white", "gone all white", "went white", "gone white", "went pale", "gone pale",
    "bolt upright", "proper lungful", "water down", "sip down", "three times to",
    "tight on the inside", "voice left", "voice just left", "voice has left", "coming out sloppy",
    "come out sloppy", "i go down", "head is wobbly", "head wobbly", "cant sit up", "not sit up",
    "head flopping", "head flops", "hold my eyelid", "eyelid up", "eyelids up", "hold my eye open",
    "prop my eyelid", "turned into two", "into two", "turn into two", "see twice", "seeing twice",
    "see things twice", "see everything twice", "tv twice", "telly twice", "keeps leaking",
    "keep leaking", "go to my arm", "goes to my arm", "going to my arm", "spreading to my arm",
    "spreads to my arm", "stiff and jerky", "went stiff and", "very sleepy", "like a kettle",
    "falta el aire", "no puedo respirar", "puedo respirar", "duele el pecho", "se me hincho",
    "me hincho", "casi me caigo", "me pica", "me ahogo", "no puedo tragar",
)  # fmt: skip
"""Consecutive words that report a red flag on their own: the check. Matched on word forms
(stems), so "passes out" and "blacking out" count."""

CALM_PHRASES: tuple[str, ...] = (
    "see a difference", "see any difference", "see the difference", "see a change",
    "see any change", "see results", "see any results", "see an improvement", "see any improvement",
    "see a doctor", "see the doctor", "see the nurse", "see you", "see me", "see someone",
    # who one sees at the clinic: "Hard out, when do I come back to see the doc for a check
    # after?" (blind set BJ)
    "see the doc", "see a doc", "see my doc", "see my doctor", "see a nurse", "see my gp",
    "see the gp", "see a gp", "see the consultant", "see my consultant", "see the physio",
    "see my physio", "see the specialist",
    "see no change", "see no difference", "see no improvement", "saw no change",
    "saw no difference", "saw no improvement", "seen no change", "seen no difference",
    "seen no improvement",
    # the good change hoped for: "When I will see the change in my hand, after how many days?"
    # (blind set BD); with "will" or "to" before "see": typed without the full stop, "i can
    # barely see the improvement people talk about is nil" still reports eyesight
    "will see the change", "to see the change", "will see some change", "to see some change",
    "will see the improvement", "to see the improvement", "will see the results",
    "to see the results", "will see the benefit", "to see the benefit",
    # the same hope asked with "I" in it: "What good change I will see after the botox, my hand
    # will be more soft?" (blind set BE)
    "i will see the change", "i will see the improvement", "i will see the results",
    "i will see the benefit", "will i see the change", "will i see the improvement",
    "will i see the results", "will i see the benefit",
    # asked, not told ("the only change i will see is in a box", a review)
    *(
        f"{asking} {change} i will see"
        for asking in ("what", "which", "good", "much")
        for change in (
            "change", "changes", "difference", "improvement", "improvements", "results",
        )
    ),
    "dead weight", "keep an eye", "keeping an eye", "chest infection", "runny nose",
    # a cold on the chest: "I'm proper ropey with a chest bug and on a course of tablets off
    # the doc" (blind set BJ)
    "chest bug", "chest cold", "chesty cough", "cold on my chest",
    "nose is running", "nose running", "dying to know", "dying to see", "dying to get",
    "dying to try", "dying to ask", "dying to find", "dying to hear", "dying to have",
    # "wee" is small in Scots and Irish English, not a bladder; "dead" is "very" or "at once"
    "wee one", "wee ones", "wee bit", "wee while", "wee lad", "wee lass", "wee boy", "wee girl",
    "wee man", "wee thing", "wee baby", "wee bairn", "dead weak", "stop dead", "stops dead",
    "stopped dead", "dead heavy", "dead nervous", "dead worried", "dead scared", "dead keen",
    "dead easy", "dead good", "dead chuffed",
    # (each word matched in any of its forms: "talk about" is also "talking about")
    # talk about something: "the boxed warning everyone keeps talking about" (blind set BB)
    "talk about",
    # being talked through a thing is being told about it: "Can you talk me through today
    # from start to finish? I like no surprises." (blind set CG)
    *(f"talk {who} through" for who in ("me", "you", "us", "him", "her", "them", "it")),
    # a saying: "Isn't having poison jabbed into you tempting fate?" (blind set CG; "fate" is
    # one slip from "face")
    "tempting fate", "tempt fate",
    # a head pulled round to one side is the neck's dystonia, not a spinning head: "Why does
    # my head keep turning round to the left by itself?" (blind sets A-CH)
    *(f"round to {side}" for side in ("the left", "the right", "one side", "the side")),
    # a language, not eyesight: "my auntie who doesn't read English" (blind set CH)
    "read english", "read much english", "read any english", "reads english",
    "write english",
    # the change hoped for, without an article: "how many days I must wait for to see
    # change?" (blind set CH)
    "to see change", "to see changes", "see change in", "see changes in",
    # what one shows a nurse is no eyesight: "should he bring his tablets for the nurse to
    # see" (blind set CG)
    *(f"{who} to see" for who in ("nurse", "nurses", "doctor", "doctors", "doc", "them")),
    # fear or boredom told with "to death": "im scared to death of needles, does it hurt",
    # "a horror film that'll scare me to death" (blind set BC); not "sick to death", which
    # may be despair
    "scared to death", "scare me to death", "scared half to death", "frightened to death",
    "frighten me to death", "terrified to death", "worried to death", "bored to death",
    # bruised, and muscles stiffening: "am I gonna be black and blue after?", "why does my
    # elbow seize up since the stroke?" (blind sets AK, AM)
    "black and blue", "seize up", "seizes up", "seized up", "seizing up",
    # worn out things, and a look through: "My hanging basket is on its last legs", "bring my
    # whole bag of pills so you can have a nosy" (blind set BD); not "on my last legs"
    "on its last legs", "on their last legs", "have a nosy", "a nosy through",
    # a word asked about, not words lost: "Is spasticity just another word for cramp, or is it
    # something different?" (blind set BF); not "can't find the word for it"
    "another word for", "other word for", "in other words", "fancy word for",
    "posh word for", "medical word for", "proper word for", "big word for", "technical word for",
    # set expressions and names that never tell a symptom (far questions of blind sets BG, BH:
    # "Is the Dead Sea really so salty", "Who played drums for the Grateful Dead?", "a dead
    # heat", "a dead cert", "breathe new life into an old leather sofa")
    "dead cert", "dead certs", "dead heat", "dead end", "dead ends", "dead ringer", "dead sea",
    "grateful dead", "dead of night", "dead on time", "dead centre", "dead center",
    "breathe new life", "breathed new life", "breathing new life", "breath of fresh air",
    "let it breathe", "let the wine breathe", "breathing space",
    # names of things with "death" or "dead" in them (far questions of blind sets BI, BJ: "How
    # many calories in a slice of Death by Chocolate?", "When is the Day of the Dead
    # celebrated in Mexico?", "How does sudden death work in a penalty shootout?", "How do I
    # fix the blue screen of death on my laptop?")
    "day of the dead", "sudden death", "screen of death", "death by chocolate", "death valley",
    "death star", "death metal", "death row", "deathwatch beetle", "death watch beetle",
    # ...and blind set BR's far questions: "Why was it called the Black Death?", "Which season
    # of The Walking Dead is the best?", "How does dead reckoning work when you're sailing?"
    "black death", "walking dead", "dead reckoning",
)  # fmt: skip
"""Everyday phrases whose words are not red flags ("how soon will I see a difference"): the
check does not read their words as body, problem or dying words."""

_ASKING_TO_GIVE_UP = (
    "can i", "could i", "should i", "do i", "can he", "can she", "should he", "should she",
    "need to", "have to", "ok to", "okay to", "alright to", "safe to", "fine to", "allowed to",
    "able to", "when to",
)  # fmt: skip
_GIVEN_UP_THERAPY = (
    "exercises", "stretches", "stretching", "physio", "physiotherapy", "splint", "wearing",
    "therapy", "driving", "smoking", "cigs", "fags", "drinking",
    # "can I give up my home exercise programme?" (blind set BF)
    "home exercises", "home exercise", "programme", "program", "routine", "regime",
)  # fmt: skip
_OTHER_THERAPY: tuple[str, ...] = (
    "more", "physio", "the physio", "exercises", "the exercises", "my exercises", "stretches",
    "the stretches", "my stretches", "therapy", "the tablets",
)  # fmt: skip
_BETTER_OFF_DOING: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("switching", ("to", "from", "over to")),
    ("changing", ("to", "from", "over to")),
    ("moving", ("to", "from", "over to", "onto", "on to")),  # "moving from Botox to" (BO)
    ("swapping", ("to", "from", "over to")),
    ("trying", ("dysport", "xeomin")),
    ("waiting", ("until", "till", "a few")),
    ("staying", ("on", "with")),
    ("sticking", ("with", "to")),
    ("using", ("a splint", "the splint")),
    ("having", ("the injection", "the injections", "the jab", "it done", "botox", "the botox")),
    ("getting", ("the injection", "the jab", "a referral", "a second")),
    ("asking", ("my gp", "the gp", "the doctor", "my doctor", "the nurse", "your")),
    ("booking", ("the next", "an", "in")),
    # another therapy instead: "Is Botox the right choice for me, or would I be better off
    # just doing more physio?" (blind set BK)
    *((doing, _OTHER_THERAPY) for doing in ("doing", "just doing", "going to", "just going to")),
    # "Would I be better off with Botox or a baclofen pump?" (blind set BG)
    (
        "with",
        (
            "botox",
            "the botox",
            "baclofen",
            "a baclofen",
            "a pump",
            "dysport",
            "xeomin",
            "the injections",
            "injections",
            "physio",
            "surgery",
            "an operation",
        ),
    ),
)

NOT_DESPAIR_PHRASES: tuple[str, ...] = (
    "play bridge", "plays bridge", "playing bridge", "played bridge", "bridge club",
    "bridge player", "bridge players", "bridge night", "game of bridge", "bridge partner",
    # asking to give up a part of one's therapy or a habit, and a warning given: "can I give up
    # my stretching routine…?", "anything I should give you a heads up about…?" (blind set
    # BE). Only asked: "i give up the stretches theyre useless like me" is despair told, and
    # so may be giving up driving (a review)
    *(
        f"{asking} give up {whose}{what}"
        for asking in _ASKING_TO_GIVE_UP
        for whose in ("my ", "the ", "his ", "her ", "")
        for what in _GIVEN_UP_THERAPY
    ),
    *(
        f"{asking} giving up {whose}{what}"
        for asking in ("does", "is")  # (forms match: "would giving up" is "would give up")
        for whose in ("my ", "the ", "his ", "her ", "")
        for what in _GIVEN_UP_THERAPY
    ),
    "heads up",
    # a saying of chance, and a letter that complains: "If it turns out hit and miss for me,
    # what happens then?", "Write a complaint letter to my energy supplier" (blind set CG)
    "hit and miss", "hit or miss", "complaint letter", "letter of complaint",
    # better off doing one treatment thing than another: "Would I be better off changing to
    # Xeomin instead of staying on Botox?" (blind set BE); not "better off switching off for
    # good", "better off getting rid of me" (a review)
    *(f"better off {doing} {what}" for doing, whats in _BETTER_OFF_DOING for what in whats),
    # what one's body does on its own: "My head keeps being pulled round to one side without
    # me meaning it to" (blind set BH). ("Once I have had enough of these injections, will
    # the spasticity be gone for good?" keeps its check: "once ive had enough thats it for
    # me" is despair)
    "without me meaning", "without me wanting", "without me noticing", "without me knowing",
    "without me trying", "without me doing", "without me moving", "without me realising",
    "without me realizing", "without me asking",
    # skipping something: "I'm on blood-thinning pills, do I give them a miss the day before
    # the jab?" (blind set BM)
    *(f"give {what} a miss" for what in ("it", "them", "that", "this", "those", "these")),
    # "last" telling when: "Woke up with a sore arm the day after last time, does that happen
    # to everyone?" (blind set AA), "how much did they give me last time and is that enough"
    # (AH), "my GP gave me some new tablets last month" (AE) had the check about self-harm.
    # Only a calendar's "last" or a "last time" told of the past: "the last time anyone will
    # see me", "last time i'll be here", "my last night", "my last appointment" keep their
    # word of despair.
    *(
        f"last {when}"
        for when in (
            "week", "month", "year", "spring", "summer", "autumn", "winter", "christmas",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        )
    ),
    *(
        f"{before} last time"
        for before in ("after", "since", "than", "like", "as", "from", "me", "him", "her", "it")
    ),
    *(
        f"last time {who} {did}"
        for who in ("i", "he", "she", "we", "they", "it")
        for did in (
            "had", "was", "were", "got", "went", "did", "came", "tried", "felt", "saw", "cried",
            "took", "needed", "asked", "lasted", "worked", "hurt",
        )
    ),
    "last time was",
    # the point of a thing, its purpose: "What is the point of the scanner they hold against
    # the arm?" (blind set CF), "what is the point of those machines" (CM's first run).
    # Not "point of it", "point of this", "point of a" or "point of doing": "whats the point
    # of it all", "of a life like this"
    *(f"point of {which}" for which in ("the", "those", "these")),
    # a rope in a likeness: "ever since my stroke my hand's knotted up like old rope" (BM)
    *(f"like {what}rope{s}" for what in ("", "a ", "old ", "an old ", "knotted ", "a knotted ")
      for s in ("", "s")),
)  # fmt: skip
"""Everyday phrases with words of despair: the card game ("Hello, I play bridge three
afternoons a week and holding my cards is getting hard", blind set AZ, is no bridge to jump
from), giving up a habit, being better off doing something, giving something a miss, a
likeness ("like old rope"). Their words are kept out of the phrases and cues of despair only:
any other red flag beside them still counts, and so does despair said in other words ("i play
bridge but i cant go on anymore", "i want to give up my exercises and everything, whats the
point")."""

NOT_ALONE_DESPAIR_PHRASES: tuple[str, ...] = ("trapped nerve", "trapped nerves")  # fmt: skip
"""A nerve pinched, not a person: "is it a trapped nerve or this dystonia business?" (blind set
BD) asks no check on its own. Its word still counts with other cues of despair ("this trapped
nerve has left me so tired and lonely")."""

DYING_WORDS: tuple[str, ...] = (
    "die", "dying", "dead", "death", "alive", "suicide", "suicidal", "overdose",
)  # fmt: skip
"""Words about dying: the check (and self-harm words with them go to the alert)."""

DYING_WORDS_NEVER_WAIVED: tuple[str, ...] = ("suicide", "suicidal", "overdose")
"""Words about dying that always ask the check. The others ("dead", "death", "die") are
sayings as often as reports ("the Day of the Dead", "sudden death" in a shootout, "the blue
screen of death"), so like the other loose clues they are waived when the learned reader reads
the question as calm beyond doubt."""

SELF_HARM_PHRASES: tuple[str, ...] = (
    "kill myself", "hurt myself", "harm myself", "cut myself", "hang myself", "end my life",
    "end it all", "suicide", "suicidal", "self harm", "overdose", "want to die", "wish i was dead",
    "better off dead", "better off without me", "take my own life", "nobody would miss me",
    "want to disappear", "ending my life", "no point living", "tired of living", "sick of living",
    "tired of life", "sick of life",
    "want it all to be over", "wish it was all over", "want it to be over", "want it all to end",
    "wont be here anymore", "not be here anymore", "saving up my pills",
    "save up my pills", "take them all at once", "going to take all my pills",
    "gonna take all my pills", "take all my pills at once", "take all my tablets at once",
    "no reason to live",
    "not want to live", "dont want to live", "dont want to be here", "cant go on",
    "give up on life", "end things", "better off gone",
    "whats the point anymore", "no point anymore", "any point anymore", "giving my things away",
    "give my things away", "wont need them much", "burden to everyone", "i have a plan",
    "made my plan", "made a plan",
    "cant live like this", "reason to keep going", "no reason to go on", "dont want to wake up",
    "not wake up tomorrow", "just a burden", "a burden to", "a burden on", "such a burden",
    "being a burden", "point going on", "point carrying on", "point of living", "point in living",
    "saving my tablets", "saving up tablets", "saving up my tablets", "saving my pills",
    "saving up pills", "stockpile", "stockpiling", "wont be around", "not be around",
    "not around anymore", "in case im not around", "letters to my kids", "letters to my children",
    "letters for my kids", "letters for my family", "letters to my family", "letters to each of my",
    "already written the letters",
    "goodbye letter", "said my goodbyes", "saying my goodbyes", "how id do it", "how i would do it",
    "wont be needing another", "cant do this anymore", "want it all to stop",
    "want everything to stop", "nobody would notice", "no one would notice", "if i wasnt here",
    "no want live", "not want live", "no want alive", "happier without me", "better without me",
    "without me around", "rope in the shed", "cutting my arm", "cutting my arms",
    "cutting my wrists", "cut my wrists", "keep cutting", "given away my", "gave away my",
    "jump off", "jumping off", "jumped off", "off a bridge", "multi story", "multistorey",
    "in front of a train", "under a train", "car into a wall", "driving my car into",
    "drive my car into", "ending it", "end it", "into a wall", "burn myself", "punish myself",
    "starve myself", "poison myself", "drown myself", "stab myself", "shoot myself",
    "harming myself", "hurting myself", "cutting myself", "finish my life", "finish my own life",
    "pills it would take", "tablets it would take", "with a razor", "kill my self",
    "unalive myself", "wanna kms", "want to kms", "gonna kms", "wanna die", "want to be dead",
    "wanna be dead", "not want to be alive", "dont want to be alive", "dont wanna be alive",
    "dont wanna live", "dont wanna be here", "wish i were dead", "wish i could die",
    "rather be dead", "top myself", "topping myself", "going to take all my tablets",
    "gonna take all my tablets", "been cutting again", "started cutting again", "no quiero vivir",
    "quiero morir",
    "quiero morirme", "quiero matarme", "suicidarme", "quitarme la vida",
)  # fmt: skip
"""Self-harm: straight to the alert, whatever the content's rules say."""

SELF_HARM_IN_ORDER: frozenset[str] = frozenset(
    {"if i wasnt here", "end things", "end it", "ending it", "i have a plan", "made my plan",
     "made a plan", "dont want to be here", "cant go on", "tired of life", "sick of life",
     "wanna die", "want to be dead", "wanna be dead", "not want to be alive",
     "dont want to be alive", "dont wanna be alive", "dont wanna live", "dont wanna be here",
     "wish i were dead", "wish i could die", "rather be dead", "been cutting again",
     "started cutting again", "point of living", "point in living", "jump off", "jumping off",
     "jumped off", "into a wall", "cutting my arm", "cutting my arms", "driving my car into",
     "drive my car into"}
)  # fmt: skip
"""Self-harm phrases made only of everyday words, which ordinary questions hold apart: "thanks
for being here... what if it didn't help", "how things work... does it stop the muscle". These
fire only with their words in order (one word between allowed), as the phrase is said. "end
it", "ending it" and the plans joined them on 2026-12-01, after "keep having Botox for years
on end" and "a hip operation planned" got the self-harm alert on blind set AJ's first run;
"dont want to be here" after "the botox you use here is the same as... i dont want my face
going funny" did on AM's, and "cant go on" after "they dont seem to do much so can they stop
working... or is something else going on" on AN's. "tired of life" and "sick of life" (also
phrases of despair, the check) are self-harm phrases in order only, "I am tired of this life";
"tired of living" stays in any order, slips allowed: "im sik of living", "tired living".
The everyday-speech phrases ("i wanna die", "I don't want to be alive anymore", "says he
wants to be dead": blind sets had them only with the check about breathing) joined in order
only: in any order, "my dad wants to know..." read "dad" as a slip of "dead". "point of
living" and "point in living" joined on 2026-12-04, after "Do people need Botox for the rest of
their lives, or can they stop at some point?" got the self-harm alert on blind set CE's first
run; "no point living" stays in any order, and "no point" alone is a phrase of despair. "jump
off" (its forms) and "into a wall" joined after CF's "If it wears off early, can I jump the gun…"
and "Will I be climbing the walls when the needle goes into my neck?"; "off a bridge" and "car
into a wall" stay in any order. "cutting my arm(s)" joined after CI's dictated "sorry my phone
cut off I was saying my arm feels weaker"; "cutting my wrists" and "keep cutting" stay in any
order. "drive / driving my car into" joined after CM's "…to dry into klippfisk. I am here in
Amble… and I have rented a car. Can I drive it after my neck injections today?"."""

GOING_ON: frozenset[str] = frozenset({"point going on", "point carrying on"})
"""Self-harm phrases about going on, which patients also say of their treatment: "Once I've
had Botox, is there any point carrying on with physiotherapy?" (blind set BU's first run, the
self-harm alert on both files). They do not fire when what goes on is named as a treatment
(`TREATMENT_GOES_ON`); "no point carrying on", "carrying on with life" still do."""

TREATMENT_GOES_ON = re.compile(
    r"\b(?:carry|carrying|carried|go|going|keep|keeping) on with (?:the |my |your |his |her "
    r"|their |these |those |all the |all my )?(?:physio\w*|stretch\w*|exercises?|splints?"
    r"|braces?|therap\w*|treatments?|injections?|jabs?|botox|sessions?|appointments?)\b"
)
"""Going on with a treatment ("carrying on with the stretches", "keep going on with physio"),
matched on the typed words of a reading."""

DISTRESS_WORDS: tuple[str, ...] = (
    "hopeless", "hopelessness", "worthless", "pointless", "depressed", "depression", "despair",
    "desperate", "burden", "unbearable", "miserable", "trapped", "helpless", "worthlessness",
    "selfharm", "overdosing", "kms", "kys",
)  # fmt: skip
"""Words of despair. Any of them, with no self-harm phrase, gets the check "Is this happening
now? Thoughts of ending your life...": asking costs one tap, missing a person in crisis is the
worst thing the kiosk can do. Self-harm phrases themselves go straight to the alert."""

DISTRESS_PHRASES: tuple[str, ...] = (
    "give up", "giving up", "gave up", "cant cope", "not cope", "cannot cope", "cant take it",
    "cant take anymore", "cant take any more", "had enough", "no point", "not worth",
    "whats the point", "what is the point", "no hope", "lost hope", "no future", "without me",
    "better off", "miss me", "dark thoughts", "bad thoughts", "scary thoughts", "all over with",
    "no way out", "never wake", "not wake", "cant go on", "cant do this", "sleep forever",
    "not be here", "drive into", "crash into", "crash the car", "step in front", "in front of a",
    "train tracks", "on the tracks", "railway line", "whole bottle", "whole packet", "nothing left",
    "nobody cares", "no one cares", "hate myself", "hate my life", "hate being", "done with life",
    "done with everything", "want out", "end of my rope", "end of my tether", "tired of everything",
    "sick of everything", "fed up with everything", "tired of it all", "sick of it all",
    "tired of all of it", "sick of all of it", "when im gone", "when i am gone",
    "after im gone", "after i am gone", "once im gone", "once i am gone",
    "tired of life", "sick of life", "done with it all", "finish it all", "finish myself",
    "no one would care", "nobody would care", "rather not be", "rather be dead", "not worth living",
    "cant see a way", "no way forward", "the end of me", "be the end", "my own hands", "rope",
    "bridge", "noose", "goodbye letter", "goodbye to everyone", "my goodbyes", "nothing matters",
    "nothing to live for", "notes to my", "letters to my", "written notes", "wrote notes",
    "left notes", "burning my", "burned my", "burnt my", "the whole lot", "take the lot",
    "any future", "a future", "no reason", "empty inside", "dead inside", "numb inside",
    "no longer here", "not around anymore", "go to sleep forever", "finished with life",
    "finished with everything", "finished with it all", "on purpose", "hot iron", "made my mind up",
    "squirrelling away", "squirreling away", "good little pile", "pile of tablets", "pile of pills",
    "wont need them", "where im going", "made my arrangements", "my arrangements",
    "at peace with my decision", "from this world", "leave this world", "heavy load for",
    "a load on", "stop eating and drinking", "refused everything", "sort that out for them",
    "easier life without", "easier without me", "decided to end", "this is my last visit",
    "my last ever visit", "so she can be with", "so he can be with", "so i can be with",
    "not attend my next", "cant get it down", "bottle of pills", "bottle of tablets", "jump from",
    "from the roof", "off the roof", "car park roof", "let nature take its course", "a weight on",
    "be with her", "be with him", "be with them again", "nothing keeping me", "keeping me here",
    "pressing the lighter", "the lighter on", "cutting again", "been cutting", "burning again",
    "life is too heavy", "too heavy for me", "sorted my will", "made my will",
    "wont need a follow up", "wont need another", "gave my dog", "finish everything",
    "i am nothing", "im nothing", "better i am gone", "better im gone", "better if i was gone",
    "better if im gone", "nothing ever gets better", "many of my baclofen",
    "many of my painkillers", "many of my sleeping", "many of my tablets", "many of my pills",
    "how high the roof", "how high the bridge", "roof of this car park", "how high is the roof",
    "no quiero estar",
    # a veiled goodbye: "this is the last time anyone will see me"
    "last time anyone", "last time you will see", "last time youll see", "wont see me again",
    "never see me again", "not see me again", "wont be seeing me again", "see me for the last",
)  # fmt: skip
"""Phrases of despair (matched on word forms, with a filler between words): the same check."""

DESPAIR_CUES: tuple[str, ...] = (
    "everyone", "everybody", "anymore", "burden", "load", "pile", "stash", "goodbye", "goodbyes",
    "decided", "decision", "peace", "world", "end", "ending", "nothing", "point", "tired",
    "exhausted", "enough", "easier", "without", "last", "arrangements", "sorted", "plan", "plans",
    "die", "dead", "death",
    "life", "living", "live", "alive", "hurt", "harm", "gave", "away", "letters", "notes", "miss",
    "forever", "sleep", "wake", "tablets", "pills", "bridge", "rope", "hope", "hopeless",
    "pointless", "worthless", "alone", "lonely", "trapped", "escape", "disappear", "quit", "myself",
    "better", "happier", "free", "rest", "darkness", "dark", "thoughts", "cope", "struggle",
    "weight", "relieved", "manage", "bottle", "roof", "jump",
)  # fmt: skip
"""Words that each say little but together sound like despair ("squirrelling away my sleeping
tablets... got a good little pile", "at peace with my decision... made my arrangements"): a
question with `DESPAIR_CUE_COUNT` different ones gets the check about self-harm. Chosen on the
blind sets: three of them together came in no non-urgent question of sets A-M nor in CLINC150's
validation questions ("gone" is left out: its stem is "go")."""
DESPAIR_CUE_COUNT = 3

RISK_OPENERS: tuple[str, ...] = (
    "can", "could", "does", "do", "will", "would", "might", "may", "is", "are", "should",
)  # fmt: skip
"""First words of a question about what may happen ("can botox cause...", "is double vision
a side effect"), when the next word is one of `RISK_SUBJECTS`."""
RISK_MODALS: tuple[str, ...] = ("can", "could", "should", "will", "would", "may", "might")
"""...of which these ask about what may happen whoever the next word names ("can i swallow my
tablets before the appointment", "will my speech be affected"); "is my face swelling" and
"does my voice sound slurred" are reports put as questions."""
RISK_PERSONS: tuple[str, ...] = ("i", "my", "he", "she", "his", "her", "we", "they", "your")
RISK_SUBJECTS: tuple[str, ...] = (
    "botox", "it", "the", "this", "these", "that", "those", "injection", "injections", "jab",
    "jabs", "shot", "shots", "treatment", "toxin", "there", "you", "people", "someone", "anyone",
    "a", "an", "any",
)  # fmt: skip
RISK_PHRASES: tuple[str, ...] = (
    "side effect", "side effects", "a risk", "any risk", "the risk", "risk of", "risks",
    "chance of", "chances of", "how would i know", "how will i know", "how do i know",
    "what should i do if", "what do i do if", "what happens if", "what if", "in case",
    "watch out for", "look out for", "signs of", "warning signs", "what would count", "could it",
    "can it", "might help", "could help", "can help", "help with", "if i get", "if i got",
    "if i start", "if he gets", "if she gets", "if i ever", "if ever", "ever", "how likely",
    "can make", "i read", "scared of", "worried about", "if i", "if my", "if he", "if she",
    "if they", "how common", "i worry", "worried", "look like", "so i know", "what would",
    "warning about", "boxed warning", "black box", "will i", "will it", "would i", "might i",
    "common", "does that mean", "what does it mean", "does it mean", "suppose", "supposing",
    "has anyone", "have people", "just wondering", "before i book", "the leaflet",
    "leaflet says", "leaflet said", "label says", "says to get help", "say to get help",
    "i heard", "i have heard", "heard it can", "heard that", "can happen", "could happen",
    "possible with", "is it possible", "more likely", "likely to", "why does the clinic ask",
    "why do they ask", "been reading", "read online", "reading online", "how often do",
    "how often does", "how often can", "riskier", "more risky", "more dangerous",
)  # fmt: skip
"""Words that ask about a risk rather than report something happening ("I've got COPD and get
breathless on the stairs. Does that make Botox more dangerous?", blind set CM's first run:
the breathing alert)."""
GENERAL_OPENINGS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("can", "could", "does", "do", "will", "would", "might", "may"),
     ("botox", "it", "the", "this", "these", "injection", "injections", "jab", "jabs", "shot",
      "shots", "treatment", "toxin", "you", "people", "someone", "anyone", "a", "an", "any")),
    (("is", "are"), ("there",)),
    (("has", "have"), ("anyone", "anybody", "people", "someone", "somebody")),
    (("how",), ("likely", "common", "often", "rare", "many")),
    (("what", "which"), ("are", "is", "side", "signs", "symptoms", "risks", "problems")),
)  # fmt: skip
"""First two words of a question that asks in general what may happen ("can botox cause
double vision?", "is there a risk of an allergic reaction?", "has anyone ever died from
it?"). "Is it normal to feel faint after botox?" is not one: "is it" asks about something
felt."""
GENERAL_RISK_PHRASES: tuple[str, ...] = (
    "side effect", "side effects", "a risk", "any risk", "the risk", "risk of", "risks",
    "chance of", "chances of", "how likely", "how common", "can happen", "could happen",
    "possible with", "is it possible", "more likely", "likely to", "known to", "caused by",
    "possible", "riskier", "for people with", "for people who", "for anyone with",
    "for anyone who", "for someone with", "for someone who",
)  # fmt: skip
"""Words of a question that asks in general about a risk wherever they stand, when it opens
like a question (`GENERAL_ASKING`): "are bladder problems ever caused by this treatment?",
"is slurred speech a known side effect?", "Is Botox safe for people with asthma or weak
breathing muscles?" (a group, not the asker: blind set CJ). "Double vision, is that a side
effect?" does not open like one: it may report what is happening."""
GENERAL_ASKING: frozenset[str] = frozenset(
    "is are can could does do will would might may has have how what which".split()
)
NOT_ASKING_IN_GENERAL: frozenset[str] = frozenset("not no it".split())
"""...unless its second word makes it a statement ("can't breathe properly, is that a side
effect?") or asks about something felt ("is it normal to feel faint, is that a side effect?")."""
DEMONSTRATIVES: frozenset[str] = frozenset("this that these those".split())
TREATMENT_WORDS: frozenset[str] = frozenset(
    "botox injection injections jab jabs shot shots treatment treatments toxin stuff medicine "
    "drug needle needles procedure".split()
)
"""A question opening "could this..." or "are these..." asks in general only about the
treatment ("can this stuff make you dizzy?"); about anything else it points at something there
now ("could this rash be from the botox?", "are these hives a side effect?")."""
TREATED_PARTS: frozenset[str] = frozenset(
    "arm arms hand hands wrist wrists elbow elbows finger fingers neck shoulder shoulders leg "
    "legs".split()
)
"""A body part just before a treatment word says where the treatment goes, not whose body:
"could neck injections make swallowing harder?" opens like "could injections..." (blind set
BZ got the alert)."""
PERSON_WORDS: frozenset[str] = frozenset(
    "i im ive id ill me my mine myself he hes him his himself she shes her hers herself we us "
    "our ours ourselves they them their theyre theirs mum mom mam mother dad father son "
    "daughter husband wife partner child kid kids baby brother sister grandad granddad grandpa "
    "grandma gran nan nana grandson granddaughter carer friend".split()
)
"""Words that name whose symptom it is: a question with one of them may report one ("can botox
make you talk funny? my words are coming out mushed"), so it is never taken as general."""
RISK_OFFERS = 3
"""At most this many entries naming a risk's red flags are offered to a general question
about it (see `Engine._answered_in_general`)."""
ASKING_SELF: frozenset[str] = frozenset({"i", "me"})
TREATMENT_SUBJECTS: frozenset[str] = TREATMENT_WORDS | {"it", "this"}
"""What may do something to the asker in a question about a risk: "could it make me dizzy?"."""
HOW_LIKELY: frozenset[str] = frozenset("possible likely known common true rare".split())
"""The third word of a question opening "is it..." that asks how likely something is ("is it
possible for botox to cause breathing problems?"), not about something felt ("is it normal to
feel faint?")."""
ASKING_SELF_MODALS: frozenset[str] = frozenset("can could might may will would".split())
SELF_REPORTING: frozenset[str] = frozenset(
    "am be been being have had having keep keeps still".split()
)
"""A question may name its asker and still ask in general when it opens with one of the
modals and "I", names nobody else nor anything of theirs, and says "I" once: "could I lose
bladder control as a side effect?", "might I feel faint because of it?". "My", "his", "mum"
keep the check ("can botox make you talk funny? my words are coming out mushed"), and so do a
second "I" ("can I drive afterwards, I'm choking") and a word that makes it a report put as a
question: "could I be having a reaction?", "will I keep choking like this?"."""
LONG_STANDING_PHRASES: tuple[str, ...] = (
    # "My blood pressure tablets already make me dizzy. Will Botox make that worse?", "My wife
    # already struggles to swallow tablets" (blind set CI: the alerts); a state told so, not
    # "my throat is already closing up"
    *(
        f"already {verb}"
        for verb in (
            "make", "makes", "struggle", "struggles", "have", "has", "get", "gets", "suffer",
            "suffers", "take", "takes",
        )
    ),
    "always", "sometimes", "usually", "normally", "tend to", "for years", "years ago", "years now",
    "since my stroke", "since the stroke", "since his stroke", "since her stroke", "since birth",
    "since i was", "since he was", "since she was", "always had", "always been", "always has",
    "always have", "on and off", "all my life", "all his life", "all her life", "for a long time",
    "since childhood", "since i was born", "from birth", "with my ms", "with my asthma",
    "because of my ms", "because of the ms", "because of my stroke", "because of the stroke",
    "already have", "already got", "ages ago", "long time ago", "old problem", "same as always",
    "for a few years", "for many years", "for the last few years", "after my stroke",
    "after his stroke", "after her stroke", "after the stroke", "settled", "went away", "gone away",
    "got better", "last year", "years back", "a few years", "few years back", "months ago",
    "months back", "whenever", "every time", "each time", "back in", "since my ms",
    "have done since", "has done since", "yrs ago", "years old", "my asthma", "when i was",
    "was fine", "last time i", "years", "never been able", "never could", "never able", "childhood",
    "used to", "as a teenager", "as a child", "as a kid", "at the sight of", "the sort who",
    "the type who", "sort of person", "kind of person", "run in my family", "runs in my family",
    "run in the family", "runs in the family", "never been good at", "never been great at",
    "in general",
    # what a medicine is taken for: "I take zonisamide and clobazam for my seizures. Is Botox
    # okay for me?" (blind set CG)
    "for my seizures", "for his seizures", "for her seizures", "for their seizures",
    "for seizures", "for my fits", "for his fits", "for her fits", "for fits", "for epilepsy",
    "for my epilepsy", "for his epilepsy", "for her epilepsy",
)  # fmt: skip
"""Words that tell a long-standing condition ("slurred since my stroke years ago"), not a new
change after the injection."""
ABSENT_PHRASES: tuple[str, ...] = (
    "no rash", "no bumps", "no lumps", "no swelling", "no trouble", "no problems", "no problem",
    "all fine", "no other", "feeling down", "feel down", "feeling a bit down", "a bit down",
    "bit low", "feeling low", "see much difference", "see any difference", "see a difference",
    "see much change", "see much improvement", "fully back", "all better now",
)  # fmt: skip
"""Words that say a red flag's words are absent or mean something else ("a bit itchy, no rash
or bumps anywhere", "feeling a bit down that the botox isnt a cure"): a trigger that fired
anyway asks "Is this happening now?" instead of the alert."""
IDIOM_PHRASES: tuple[str, ...] = (
    "choked up", "chokes up", "choke up", "choking up", "choked on my words",
    "choke on my words", "breathe out slowly", "breathing exercises", "deep breath",
    "deep breaths", "made my head spin", "makes my head spin", "swallowed his pride",
    "swallowed her pride", "swallowed my pride", "swallow my pride", "swallow his pride",
    "swallow your pride", "swallow her pride", "swallow our pride", "swallow their pride",
    "swallowing my pride", "swallowing your pride", "swallowing his pride",
    "a lot to swallow", "bitter pill to swallow", "hard pill to swallow", "tough pill to swallow",
    "choked laughing", "choking laughing",
    "choked with laughter", "see any change",
    "see a change", "see any difference", "see much difference", "see much change",
    "see any improvement", "see an improvement",
    # a language, not a voice ("my aunt doesn't speak much english": blind set AL)
    "speak english", "speak much english", "speak any english", "speak good english",
    "speak little english", "speaks english", "speaks much english", "speaks any english",
    "speaks little english", "speak the language", "speaks the language",
    # fit as in fitness or fitting, not a seizure ("Is having a baclofen pump fitted painful?":
    # blind set AY; "am i fit to drive after having the jab")
    "fit to drive", "fit to work", "fit enough", "keep fit", "keeping fit", "get fit",
    "fit and well", "fit and healthy", "fitted with", "fitted for", "pump fitted",
    "splint fitted", "brace fitted", "cast fitted", "get fitted", "getting fitted", "be fitted",
    "being fitted", "it fitted", "one fitted",
    # who to ring, not what is happening ("I'm his ex but we're still good friends and I'm his
    # emergency contact. He's had Botox and Dysport before. Are they the same thing?", blind
    # set BH)
    "emergency contact", "emergency contacts",
)  # fmt: skip
"""Everyday sayings built of a red flag's words ("my grandson choked up when he saw his arm
straighten", "I choked on my words in the interview yesterday"): a trigger they fire asks
"Is this happening now?" instead of the alert, even beside a word of now ("yesterday",
"today"), since that word dates the saying, not a symptom."""
NOW_WORDS: tuple[str, ...] = (
    "now", "today", "tonight", "currently", "suddenly", "sudden", "yesterday", "started",
    "starting", "getting", "worse", "worsening", "keeps", "happening", "this morning", "last night",
    "right now", "at the moment", "since the injection", "since the injections",
    "since my injection", "since my injections", "since the shot", "since my shot", "since the jab",
    "since my jab", "since botox", "since the botox", "new", "help me", "need help", "get help",
    "someone help", "please help", "emergency", "ambulance", "999", "911", "since last week",
    # a plea for help is no general question: "can you help chest pain", "can someone come
    # chest pain", "could you get a nurse, having a fit" (a review: no alert, no check)
    "you help", "u help", "anyone help", "somebody help", "someone come", "somebody come",
    "anyone come", "come quick", "come quickly", "get a nurse", "get the nurse", "get a doctor",
    "get the doctor", "get someone", "get somebody", "fetch a nurse", "fetch the nurse",
    "fetch someone", "call a nurse", "call the nurse", "call someone", "need a nurse",
    "need a doctor",
    # the same typed short ("cnt swllw nthn ... water comes bk up pls help", blind set BH)
    "pls help", "plz help", "plse help", "help pls", "help plz", "sum1 help", "some1 help",
    "any1 help",
    "since the weekend", "since monday", "since tuesday", "since wednesday", "since thursday",
    "since friday", "since saturday", "since sunday", "days ago", "day ago", "week ago",
    "weeks ago",
)  # fmt: skip
"""Words that make a question a report of something happening now, whatever else it says: a
question with one of these is never taken for a question about a risk or an old condition.
The days of a recent start: "my words are coming out mushed since last week" is new, and so
is "choking on her drink every time, she had botox 10 days ago" (months and years ago tell an
old condition: `LONG_STANDING_PHRASES`)."""

SETTLED_PHRASES: tuple[str, ...] = (
    "fine now", "better now", "ok now", "okay now", "gone now", "settled now", "all right now",
    "alright now", "normal now", "nothing new", "not new", "ms started", "stroke started",
    "make that worse", "make it worse", "make them worse", "make things worse", "now and then",
    "every now and", "now and again", "for today", "before today", "appointment today",
    "injection today", "injections today", "done today", "them today", "it today", "here today",
    "in today",
    "say to get help", "says to get help", "said to get help", "make it any worse",
    "make them any worse", "make that any worse", "make things any worse",
    # the odds of a symptom: "What are the chances of getting double vision as a side effect?"
    "chance of getting", "chances of getting", "risk of getting", "risks of getting",
    "odds of getting", "likelihood of getting",
)  # fmt: skip
"""...except these, which say the problem is over ("it's fine now"), ask whether something
would make it worse, name the day of the appointment ("is that a problem for today?") or ask
the odds of getting it: the "now", "worse", "today" or "getting" in them is no word of now."""

SLIP_LETTERS = 4
"""An unknown typed word this long or longer may be a one-letter slip of a red-flag word."""

TWO_SLIP_LETTERS = 6
"""...and one this long may be two slips of a red-flag word as long, with the same first letter
("dubble" for "double")."""

PHRASE_GAP = 1
"""Other words allowed between two words of an alarm phrase (a filler: "a bit so doubled")."""

FILLERS: frozenset[str] = frozenset(
    "you know like really um uh erm er just so very kinda sorta basically literally actually "
    "honestly totally mean quite pretty bit a".split()
)
"""Words of talk ("you know", "like", "really") skipped inside an alarm phrase besides the
`PHRASE_GAP` ("soaking you know through"): they carry nothing, and dictation adds them."""
MAX_FILLERS = 3

WINDOW = 8
"""A body word and a problem word at most this many meaningful words apart..."""
FRAGMENT_WORDS = 3
"""...and in one typed clause, unless one of them is in a clause of at most this many words
(a report typed in fragments: "face. numb. since botox")."""


@dataclass(frozen=True, slots=True)
class Concepts:
    """The red-flag word lists the engine uses: the built-in floor plus the content's own."""

    body: tuple[str, ...] = BODY_WORDS
    problem: tuple[str, ...] = PROBLEM_WORDS
    dying: tuple[str, ...] = DYING_WORDS
    self_harm: tuple[str, ...] = SELF_HARM_PHRASES
    alarm: tuple[str, ...] = ALARM_WORDS
    alarm_phrases: tuple[str, ...] = ALARM_PHRASES
    distress: tuple[str, ...] = DISTRESS_WORDS
    distress_phrases: tuple[str, ...] = DISTRESS_PHRASES

    def words(self) -> tuple[str, ...]:
        """Every word and phrase of the lists."""
        return (
            *self.body, *self.problem, *self.dying, *self.self_harm, *self.alarm,
            *self.alarm_phrases, *self.distress, *self.distress_phrases,
        )  # fmt: skip

    def extended(
        self,
        body: tuple[str, ...] = (),
        problem: tuple[str, ...] = (),
        self_harm: tuple[str, ...] = (),
    ) -> Concepts:
        """The floor with the content's additions (never fewer words)."""
        return Concepts(
            self.body + body,
            self.problem + problem,
            self.dying,
            self.self_harm + self_harm,
            self.alarm,
            self.alarm_phrases,
            self.distress,
            self.distress_phrases,
        )


Phrase = tuple[frozenset[str], ...]
"""A phrase of the word lists, each word given as its accepted forms (surface and stem)."""


@dataclass(frozen=True)
class Phrases:
    """Phrases indexed by every form of their first word (and, for `phrase_spans`, of their
    first two words): every question is read for these, so the cost of reading one must not
    grow with the list (a word starts few phrases, but "can i" starts many of the
    not-despair ones)."""

    by_first: dict[str, tuple[Phrase, ...]]
    by_pair: dict[tuple[str, str], tuple[Phrase, ...]]
    """(a form of the first word, a form of the second) -> the phrases of two words or more
    that start so."""
    singles: frozenset[str]
    """The forms of the phrases of one word."""

    @classmethod
    def of(cls, phrases: Iterable[Phrase]) -> Phrases:
        by_first: dict[str, list[Phrase]] = {}
        by_pair: dict[tuple[str, str], list[Phrase]] = {}
        singles: set[str] = set()
        for phrase in dict.fromkeys(phrases):
            for form in phrase[0]:
                by_first.setdefault(form, []).append(phrase)
                if len(phrase) == 1:
                    singles.add(form)
                for second in phrase[1] if len(phrase) > 1 else ():
                    by_pair.setdefault((form, second), []).append(phrase)
        return cls(
            {form: tuple(listed) for form, listed in by_first.items()},
            {pair: tuple(listed) for pair, listed in by_pair.items()},
            frozenset(singles),
        )

    def starting(self, forms: set[str]) -> Iterator[Phrase]:
        """The phrases whose first word is one of `forms` (a phrase may come twice)."""
        for form in forms:
            yield from self.by_first.get(form, ())


def phrase_spans(
    forms: list[set[str]], phrases: Phrases, clauses: Sequence[int] = ()
) -> frozenset[int]:
    """The indexes of every word that is part of one of `phrases`, word after word within one
    clause (`clauses`: each word's clause number, when known)."""
    covered: set[int] = set()
    last = len(forms) - 1
    for start, found in enumerate(forms):
        if not phrases.singles.isdisjoint(found):
            covered.add(start)
        if start == last:
            break
        following = forms[start + 1]
        for first in found:
            for second in following:
                for phrase in phrases.by_pair.get((first, second), ()):
                    end = start + len(phrase)
                    if (
                        end <= len(forms)
                        and all(forms[start + i] & phrase[i] for i in range(2, len(phrase)))
                        and (not clauses or clauses[start] == clauses[end - 1])
                    ):
                        covered.update(range(start, end))
    return frozenset(covered)


def phrase_at(forms: list[set[str]], phrases: Phrases) -> int | None:
    """The index of the first word where one of `phrases` stands word after word in `forms`
    (each typed word's surface and stem), with at most `PHRASE_GAP` other words between two of
    its words ("sitting on like my chest"), else None."""
    for start, found in enumerate(forms):
        for phrase in phrases.starting(found):
            at = start
            for word in phrase[1:]:
                step = _next_step(forms, at, word)
                if step is None:
                    break
                at += step
            else:
                return start
    return None


def _next_step(forms: list[set[str]], at: int, word: frozenset[str]) -> int | None:
    """How many words after `at` the phrase's next `word` stands: at most `PHRASE_GAP` other
    words between, and up to `MAX_FILLERS` words of talk besides; else None."""
    other = fillers = 0
    step = 1
    while at + step < len(forms):
        found = forms[at + step]
        if found & word:
            return step
        if found & FILLERS and fillers < MAX_FILLERS:
            fillers += 1
        elif other < PHRASE_GAP:
            other += 1
        else:
            return None
        step += 1
    return None
