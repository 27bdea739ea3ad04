"""Words around a question that carry no question: greetings, politeness, "quick question",
"my mum wants to know", "the doctor said...", the name of the person asked for.

Patients wrap questions in chat. Left in, those words weigh against every entry (an unknown
name weighs the most), so "my mum wants to know what is botox" fell back while "what is botox"
was answered, and "my son Tom has cp..." was read as a question about someone called Tom. A
greeting must never be the reason for a fallback, a refer or an answer, so the engine asks the
FAQ and the personal-advice checks about the question left once they are taken away. Urgent
rules still read everything the patient typed.

Reported speech ("my neurologist said I should get botox for my arm, how long till it works?")
is context, not a request for advice: the speaker already had the advice. Its advice words
("should", "ought", "must") are not read by the personal-advice checks when a question follows,
while its facts still are ("the doctor said to stop warfarin" still refers), and the FAQ is
asked the question that follows.

Everything works on cleaned words (`faqbot.matching.normalize.words`), frames only at the start of a
clause (between punctuation), so "what do i need to know before botox" keeps its words: only
"i need to know, ..." at a clause's start is a frame.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from faqbot.matching import comparisons, normalize
from faqbot.matching.commonwords import is_unfamiliar
from faqbot.matching.greetings import WORLD_GREETINGS, WORLD_THANKS
from faqbot.matching.subjects import KINDS

_SUBJECT_WORDS = frozenset(word for words in KINDS.values() for word in words)

SPOKEN_SPELLINGS: dict[str, str] = {
    "wat": "what",
    "wot": "what",
    "wut": "what",
    "whut": "what",
    "til": "until",
    "till": "until",
    "untill": "until",
}
"""Words spelt as they are said. Too short for typo tolerance (3 letters get none), or, like
"till", a real word that the content writes otherwise ("how long till it works")."""

TEXT_SPEAK: dict[str, str] = {
    "hw": "how", "lng": "long", "wen": "when", "nxt": "next", "wrk": "work", "b4": "before",
    "cn": "can", "shud": "should", "shld": "should", "hav": "have", "abt": "about",
    "frm": "from", "thru": "through", "2day": "today", "wk": "week", "wks": "weeks",
    "ppl": "people", "pls": "please", "plz": "please", "thx": "thanks", "u": "you",
    "ur": "your", "r": "are", "wud": "would", "cud": "could", "cos": "because",
    "coz": "because", "cuz": "because", "n": "and", "mins": "minutes", "hrs": "hours",
}  # fmt: skip
"""Text speak: vowels left out, letters and digits for sounds ("abeg hw lng b4 e start wrk",
"wen cn i have the nxt one": blind sets AI, L). Read as meant in what the FAQ is asked
(`Reading.question`) only: the personal-advice and urgent checks read `Reading.advice` as
typed, so "can u help cant breathe" is no general "can you..." question about a risk (a
review: with the spellings there, it lost its alert)."""

RELATIVES = (
    "mum mom mam mother mummy mommy dad father daddy wife husband partner son daughter child kid "
    "boy girl baby friend brother sister carer grandma granny nan nana nanna grandad granddad "
    "grandpa grandmother grandfather grandson granddaughter aunt auntie uncle niece nephew "
    "neighbour neighbor boyfriend girlfriend fiance fiancee parent relative"
).split()
"""People a patient asks for; the word after one may be their name ("my son tom")."""

COMPANIONS = (
    "cousin buddy pal mate colleague workmate classmate teammate flatmate housemate roommate "
    "pupil client customer tenant lodger landlord landlady guest boss coach godson goddaughter "
    "godfather godmother stepson stepdaughter stepmum stepmom stepdad stepfather stepmother "
    "hubby wifey twin helper pastor captain skipper"
).split()
"""Other people a patient asks for, or whose words they bring (blind set BR: "My fishing buddy
Griff has torticollis", "My husband's cousin Priscilla reckons...", "My piano pupil Oscar is
15"). With `JOBS` ("Our postie Leonie", "My mechanic Joachim"), a word typed as a name after
one is a name: only when typed capitalised, since "my coach trip" names no one."""

CARERS = (
    "doctor doc dr neurologist gp nurse consultant physio physiotherapist therapist specialist "
    "surgeon pharmacist team clinic someone somebody everyone people"
).split()
"""People whose words a patient reports ("the nurse said...")."""

_POSSESSIVES = frozenset("my our his her their".split())
_POSSESSIVE = "(?:" + "|".join(sorted(_POSSESSIVES)) + ")"
_REL = "(?:" + "|".join(RELATIVES) + ")s?"
_REL_IN_LAW = rf"{_REL}(?: in law)?"
"""A relative, or one by marriage ("my mum-in-law", read as "mum in law")."""
_RELATIVE = rf"{_POSSESSIVE} (?:little |elderly |old |young |older |younger )?{_REL_IN_LAW}"
_WHO = rf"(?:{_RELATIVE}|i|we|he|she|they)"
_IF = r"(?: if| whether| about)?"
_SPEAKER = "(?:" + "|".join(CARERS + RELATIVES) + ")s?|he|she|they"
_EXCITED = r"(?: (?:but|and) (?:a (?:bit|little) |very |really |so )?excited(?: too| as well)?)?"
"""A second feeling after the first: "nervous but excited too"."""

JOBS = (
    "plumber electrician builder bricklayer joiner carpenter painter decorator plasterer roofer "
    "mechanic engineer chef cook baker butcher waiter waitress barman barmaid cleaner porter "
    "postman postwoman postie driver cabbie farmer gardener fisherman teacher lecturer "
    "headteacher vicar priest minister rabbi imam nun monk accountant banker lawyer solicitor "
    "judge clerk secretary receptionist shopkeeper cashier hairdresser barber florist "
    "librarian soldier sailor policeman policewoman firefighter fireman guard musician "
    "singer artist writer programmer developer student pensioner volunteer carer"
).split()
"""Jobs a patient may introduce themselves with. A carer is one too: "I'm a carer, ..." says
who asks, not what."""
_JOBS = "(?:" + "|".join(JOBS) + ")s?"

JOB_ENDINGS = ("er", "or", "ist", "ian", "man", "men", "woman", "eer", "smith", "wright", "guard")
"""How most names of a trade end ("clockmaker", "upholsterer", "solicitor", "florist",
"milkman", "lifeguard"): patients introduce themselves with trades no list foresees (blind sets
AW and AX: "I'm a cricket umpire and the season starts soon", "I'm a clockmaker so I love a
gadget"), and an unknown trade left in reads as a name the content does not know."""
MORE_JOBS = frozenset(
    "umpire referee vet poet sweep fan nanny medic paramedic chef cook courier farrier glazier "
    "furrier".split()
)
"""Trades and pastimes that end otherwise."""
NOT_JOBS = frozenset(
    """sufferer survivor patient user smoker drinker bleeder faller amputee stammerer stutterer
    diabetic epileptic asthmatic better weaker stronger stiffer tighter looser older younger
    slower faster bigger smaller lower higher later sooner fitter sicker fever blister ulcer
    splinter plaster thinner thinners tumour tumor water timer bit lot little wee tad woman women
    man men lady mother father mum dad pregnant expectant nursing breastfeeding pacemaker pump
    splint wheelchair wearer taker bruiser healer responder tender number drooler dribbler
    fainter choker wheezer""".split()
)
"""Words that say something about the asker's health, body or visit, not their trade: "I'm a
heavy smoker so I get chesty", "I'm a bleeder", "I'm a lot better but...", "I'm a pregnant
woman so is botox safe", "I'm a splint wearer", "I'm a fainter", "blister here" or "first timer
here" (what happens at a first visit) may be what the question is about, and stay. So does a
comparative ("I'm a bit dizzier": `_introduction`)."""
_INTRODUCTIONS = (
    re.compile(
        r"^(?:i am|im|i m) (?:a|an) ((?:[a-z]+ ){0,2}?[a-z]+)(?: by (?:trade|profession))?"
        r"(?:$| (?=(?:and|so|but) ))"
    ),
    re.compile(r"^(?:(?:a|an) )?((?:[a-z]+ ){0,2}?[a-z]+) here(?:$| (?=(?:with|and|so|but) ))"),
    re.compile(r"^(?:(?:a|an) )?(?:retired|former|ex) ((?:[a-z]+ ){0,2}?[a-z]+)$"),
)
"""Who the asker is, followed by what they tell: "I'm a dairy farmer so I plan around calving",
"I'm a saddler and I've just moved here", "Retired pharmacist here, so humour me", "football
referee here with a dodgy wrist", or a clause of its own: "Morning, Des here, retired ship's
engineer." (blind set BE). Only the introduction goes; what follows stays."""
HERE_AS = frozenset("patient newbie nut fan".split())
"""Who else one is "here" as: "nervous patient here" ("stroke patient here" keeps its
condition)."""


def _introduction(line: str) -> re.Match[str] | None:
    """The asker's introduction of themselves by trade at the start of `line` (see
    `_INTRODUCTIONS`): the last word names a trade, and no word names a condition, body part or
    medicine ("I'm a stroke survivor", "I'm a leg amputee" stay)."""
    for number, pattern in enumerate(_INTRODUCTIONS):
        found = pattern.match(line)
        if found is None:
            continue
        *modifiers, head = found.group(1).split()
        here_as = number == 1 and head in HERE_AS
        # "-ier" is mostly a comparative ("dizzier", "blurrier"), not a trade
        trade_shaped = len(head) > 4 and head.endswith(JOB_ENDINGS) and not head.endswith("ier")
        if (
            (here_as or head in MORE_JOBS or head in JOBS or trade_shaped)
            and (here_as or head not in NOT_JOBS)
            and head not in _SUBJECT_WORDS
            and not any(word in _SUBJECT_WORDS or word in NOT_JOBS for word in modifiers)
        ):
            return found
    return None


_BARE_TRADE = re.compile(r"^(?:(?:a|an|retired|former|ex) )*((?:[a-z]+ ){0,2}?[a-z]+)$")
"""A trade said on its own, as a clause of an introduction: "Keith, insurance broker"."""


def _trade(line: str) -> bool:
    """Whether `line` is only a trade (the last word names one, as `_introduction` reads it):
    said in a clause of its own right after the asker's greeting or name."""
    found = _BARE_TRADE.match(line)
    if found is None:
        return False
    *modifiers, head = found.group(1).split()
    trade_shaped = len(head) > 4 and head.endswith(JOB_ENDINGS) and not head.endswith("ier")
    return (
        (head in MORE_JOBS or head in JOBS or trade_shaped)
        and head not in NOT_JOBS
        and head not in _SUBJECT_WORDS
        and not any(word in _SUBJECT_WORDS or word in NOT_JOBS for word in modifiers)
    )


_ASKING = (
    "(?:nerves|typing|spelling|english|grammar|writing|intrusion|interruption|bother|"
    "question|questions|asking|mistakes|typos|language|ignorance)"
)
"""What one apologises for about the asking itself."""

_ADDRESS = (
    "(?:there|again|everyone|all|guys|folks|folk|pal|mate|love|sunshine|you|squire|sir or "
    "madam|sir|madam|computer|kiosk|machine|robot|friend|friends|buddy|dear|darling|chuck|"
    "duck|pet|hen|me old mucker|my friend|my lovely|lovely|you lot)"
)
"""Whom a greeting is said to: "Hello sunshine", "Hiya pal", "Evening, squire", "Hello,
computer" (blind set BU): no word of the question."""

_HELLO = r"(?:hi|hello|hey|hiya|heya|howdy|greetings)"
_TIME_OF_DAY = r"(?:morning|afternoon|evening|good morrow|good day)"
_CALLS = (
    r"(?:cooee|yoo hoo|hey ho|howdy do|ahoy hoy|halloo|oi oi|oi|knock knock|howzat|"
    r"what s up|whats up|what up|wassup|hows things|how s things|how things|salve|bongu|"
    r"dia daoibh)(?: " + _ADDRESS + ")?$"
)
_GREETS = re.compile(rf"(?:(?:{_HELLO}|{_TIME_OF_DAY})(?: {_ADDRESS})?$|{_ADDRESS}$|{_CALLS})")
"""A clause that only greets, for what follows it: "Bongu! Pawlu from Gozo, …" names the
asker and their home; a word of address alone after a greeting too ("Evening, squire.")."""

_FRAMES = [
    # greetings and chat openers
    _HELLO + "(?: " + _ADDRESS + ")?",
    # greetings of other languages and places ("Sat Sri Akal ji", "Salaam", "Shalom and good
    # morning", "Ay up me duck": blind set BA): an unknown greeting read as a word of the
    # question made the engine ask whether a name the content does not know was meant
    r"(?:hallo|hola|bonjour|ciao|namaste|namaskar|shalom|aloha|jambo|habari|wotcha|yo|"
    r"g day|gday|kia ora|ni hao|(?:as )?salaam(?:u)?(?: (?:alaikum|alaykum|aleikum))?|"
    r"salam(?: (?:alaikum|alaykum|aleikum))?|sat sri akal|(?:ay|ey|eh) up(?: me duck| duck)?|"
    r"ayup)(?: ji| there| everyone| all)?",
    # greetings of many more languages, each only as a clause of its own ("Dumela. How long
    # ...?", blind set BK): many are also words ("salut", "dag")
    "(?:"
    + "|".join(sorted(WORLD_GREETINGS, key=len, reverse=True))
    + r")(?: ji| there| everyone| all| dear| doctor| nurse)?$",
    # thanks of many languages, each only as a clause of its own ("... will I see a change?
    # Asante sana.", blind set CL): many are also words ("tack", "spas")
    "(?:"
    + "|".join(sorted(WORLD_THANKS, key=len, reverse=True))
    + r")(?: ji| po| very much| so much| a lot| (?:my )?(?:dear|friend|doctor|nurse))?$",
    # alone; "evening appointments" keeps its word
    _TIME_OF_DAY + "(?: " + _ADDRESS + ")?$",
    # festive wishes as a clause of their own: "Happy Eisteddfod week! Berwyn from
    # Llanfairfechan, ..." (blind set CF); a festival's name is a word the content does not
    # know, read as a name the question may be about. "happy with the results" asks
    # ("Feliz Cirio de Nazare to all!", "Joyeux 14 juillet", blind set CH: wished in other
    # languages too)
    r"(?:happy|merry|blessed|joyous|joyful|feliz|felices|joyeux|joyeuse|bonne|buon|buona|"
    r"frohe|frohes|fijne|fijn|wesolych|gelukkig|sretan|sretna)"
    r"(?! (?:with|about|to|that|if|for|enough|i|im|you|it|we|they|he|she|my|your|our|so|now)\b)"
    r"(?: \w+){1,4}(?: to (?:you|you all|all|everyone))?$",
    r"(?:season s|seasons|season) greetings|compliments of the season|\w+ mubarak|ramadan kareem|"
    r"shana tova|chag sameach|nollaig shona(?: duit| dhuit)?|nadolig llawen|feliz navidad|"
    r"(?:gung|kung) (?:hay|hei) fat (?:choy|choi)|gong xi fa cai|joyeux noel|frohe weihnachten",
    # English calls and cheers, as a clause of their own ("Cooee! Zillah here…", "Knock
    # knock, Lavender from Perranporth…", blind set BU); "what's up with my arm" asks
    _CALLS,
    # whom a greeting is said to, as a clause of its own ("Evening, squire.", blind set BU)
    r"(?:squire|sunshine|pal|mate|guys|folks|computer|kiosk|robot|sir or madam|sir|madam|"
    r"me old mucker)$",
    # "how are you?" as a clause of its own: "Alright? Hot-air balloon pilot, grounded for
    # now. How does the injection loosen the muscle?" (blind set BD) asks one question
    r"(?:you )?(?:alright|all right)(?: (?:mate|love|pet|duck|hen|there|all))?$",
    r"(?:how are (?:you|u|ya|things)|how is it going|how s it going|hows it going|"
    r"how do you do|you (?:ok|okay))(?: (?:doing|today|all|mate|love|there))?$",
    r"good (?:morning|afternoon|evening|day)(?: there| to you)?",
    r"(?:so|and|but|also|ok|okay|well|um+|uh+|erm+|er|hm+|oh|yes|yeah|sorry|excuse me|please)",
    # turn-taking: "right then, cheers in advance, what is in the injection?" (blind set AO)
    r"(?:right|alright|ok|okay) (?:then|so)|anyway|anyways|anyhow",
    # apologies for asking: "forgive the nerves", "apologies for the intrusion, but...";
    # only for how one asks ("excuse my drooling" tells a symptom and stays)
    r"(?:please )?(?:forgive|excuse|pardon) (?:me|(?:me for |my |the )" + _ASKING + ")$",
    r"(?:my )?apologies(?: for (?:the |my |this )" + _ASKING + ")?(?: but)?",
    # who the asker is, as a clause of its own: "I'm a plumber by trade", "I'm the vicar at
    # St Mary's" (a job says nothing about the question; "i am a stroke patient" is kept,
    # and so is all that follows "and" or "with": "im a teacher and i cant breathe")
    r"(?:i am|im|i m) (?:a|an|the) (?:retired |former |trainee |student |head )?"
    + _JOBS
    + r"(?: by (?:trade|profession)| at(?: (?!and |with )\w+){1,4})?$",
    r"sorry to (?:bother|trouble)(?: you)?",
    # good wishes and asking leave: "hope you don't mind me asking", "hope you're well"
    r"(?:i )?hope (?:you|u) (?:do not|dont) mind(?: me| my)?(?: asking| ask)?",
    r"if (?:you|u) (?:do not|dont) mind(?: me| my)?(?: asking| ask)?",
    r"(?:i )?hope (?:you are|youre|you're|ur|you|u|all is|everything is|everyone is)(?: all)? "
    r"(?:well|ok|okay|good|keeping well|doing well|having a (?:good|nice|lovely|great) day)",
    r"(?:i )?hope (?:you|u) (?:can|could) help(?: me)?",
    # how the asker feels or that it is their first visit, as a clause of its own or before
    # "and": "hey, first time here and a bit nervous. is it safe?" (blind set AM); "nervous
    # about the needle" goes on and keeps its words
    r"(?:(?:it is|its|this is|it s) )?(?:my |our |his |her )?(?:very )?first "
    r"(?:time|visit)(?: here| today)?(?=$| and)",
    r"(?:(?:i am|im|i m|am|feeling|i feel|i am feeling|im feeling) )?"
    r"(?:a (?:bit|little|wee bit) |abit |quite |very |so |really |pretty )?"
    r"(?:nervous|anxious|scared|apprehensive|jittery)" + _EXCITED + "$",
    # "hi there, im a bag of nerves but excited too, how soon will i notice anything" (blind
    # set BC)
    r"(?:(?:i am|im|i m|am|feeling|i feel) )?(?:a )?(?:bit of a |right |total |complete )?"
    r"(?:bag|bundle|wreck) of nerves" + _EXCITED + "$",
    r"(?:i )?hope (?:it is|its|that is|thats) (?:ok|okay|alright|fine)(?: to ask| i ask)?",
    r"(?:just )?(?:a |one |another )?(?:quick |small |simple |silly |stupid )?"
    r"question(?: for you)?",
    r"(?:just )?(?:a )?quick one",
    r"(?:sorry )?(?:if |but )?(?:this|it) (?:is|may be|might be|sounds like) (?:a )?"
    r"(?:silly|stupid|daft|dumb|strange|odd) question(?: but)?",
    r"i (?:have|had|have got|got) (?:a |one |another )?(?:quick |small |simple )?question"
    r"(?: for you)?(?: about)?",
    r"(?:i was|i am|just|was|am) wondering" + _IF,
    r"i wonder" + _IF,
    # "can i ask you", not "can i ask my doctor for botox"
    r"(?:can|could|may|might) i ask(?=$| you| something| a question| if| whether)"
    r"(?: you)?(?: something| a question)?" + _IF,
    r"(?:can|could|would) you (?:please )?tell me" + _IF,
    r"(?:please )?tell me" + _IF,
    r"(?:can|could|would) you (?:please )?(?:explain|describe)(?: to me)?" + _IF,
    r"(?:please )?(?:explain|describe)(?: to me)?(?= what| how| why| when| whether| if)" + _IF,
    r"(?:can|could) you help me understand" + _IF,
    r"do you know" + _IF,
    # "is that right?" after a statement asks about the statement, which is then the question
    r"(?:is|was) (?:that|this|it) (?:right|true|correct|so)$",
    r"(?:am i right|right|true)$",
    # asking for someone, or for oneself in so many words
    rf"{_WHO} (?:want|wants|wanted|would like|needs|need|needed) to (?:know|ask|find out)" + _IF,
    rf"{_WHO} (?:is|was|are|were|am) (?:asking|wondering)" + _IF,
    # after the one asked for is named and said who they are: "Bram, my husband's allotment
    # mate, wants to know if he can drive home after his jab" (blind set BR)
    r"(?:wants|wanted|would like) to (?:know|ask|find out)" + _IF,
    # "Her mum asked me to find out whether children can have Botox." (blind set BP); the
    # one asked for may be named in a clause before: "Mr Fenwick, asked me to check how long"
    rf"{_RELATIVE} (?:asks|asked)(?: me| us)?(?: to (?:ask|find out|check))?" + _IF,
    r"(?:asks|asked) (?:me|us)(?: to (?:ask|find out|check))?" + _IF,
    rf"(?:i am )?asking (?:for|on behalf of) {_WHO}",
]
_FRAME_PATTERNS = [re.compile(f"^(?:{frame})(?: |$)") for frame in _FRAMES]

_REPORTED = re.compile(
    rf"^(?:(?:my|the|our|his|her|their|a) )?(?:{_SPEAKER}) (?:(?:he|she|they) )?"
    r"(?:said|says|say|told (?:me|us|him|her|them)|tells (?:me|us)|has told (?:me|us)|"
    r"suggested|suggests|recommended|recommends|advised|advises|thinks|thought|reckons|"
    r"wants me to|wanted me to|would like me to)(?: that)?(?: |$)"
    r"|^i (?:was|have been|had been|got|been) (?:told|advised)(?: that| to)?(?: |$)"
    r"|^(?:(?:my|the|our|his|her|their|a) )?(?:" + "|".join(CARERS) + r")s? "
    r"(?:mentioned|was saying|were saying|is saying|talked about|spoke about)(?: that)?(?: |$)"
    r"|^i (?:heard|read|saw)(?: from| off)?(?: (?:my|the|a|our) (?:"
    + "|".join(CARERS + RELATIVES)
    + r")s?)?(?: that| online| somewhere)?(?: that)?(?: |$)"
)
"""The start of reported speech: "<speaker> said (that)", "i was told (that)", "i read that"."""

BACK_REFERENCES: frozenset[str] = frozenset({"that", "this", "those", "these", "ones"})
"""A question after reported speech that points back at it ("the nurse said my arm may go weak,
is that normal?") is about what was reported: the reported words are then part of the
question. "it" is not one: it is mostly the treatment ("..., how long till it works?")."""

ASKS_NOTHING_OF_ITS_OWN: frozenset[str] = frozenset(
    "right true correct wrong accurate mean means meant".split()
)
"""Words that, beside words of grammar only, ask whether what was reported is so or what it
means: "my daughter told me Dysport is the same as Botox, is she right?", "the doctor mentioned
cervical dystonia, what is it exactly?". Such a question has nothing to ask but the reported
words, which then are the question (as after `BACK_REFERENCES`)."""

_EMPHASIS = normalize.HEDGES | {"then", "so", "now"}
"""Words that only stress a question or mark a turn in talk ("so what is it exactly?"): the
matcher's hedges, and the turns a question after reported speech opens with."""


def _asks_nothing_of_its_own(words: Sequence[str]) -> bool:
    """Whether a question after reported speech only asks whether it is so ("is she right?",
    "true?") or what it is ("what is it exactly?", "what is it?"): `ASKS_NOTHING_OF_ITS_OWN`
    beside words of grammar. "what is it for" asks something of its own: what the treatment
    is for, which the reported words ("the doctor said botox won't cure my ms") would hide."""
    core = [w for w in words if w not in _EMPHASIS]
    if " ".join(core) in {"what is it", "what are they", "what was it", "what s it"}:
        return True
    return bool(ASKS_NOTHING_OF_ITS_OWN.intersection(core)) and all(
        w in normalize.STOPWORDS or w in ASKS_NOTHING_OF_ITS_OWN for w in core
    )


ADVICE_WORDS: frozenset[str] = frozenset({"should", "ought", "must"})
"""Words that make a clause ask for advice; in reported speech they report advice given."""

_POLITE = re.compile(
    r"(?:^| )(?:please|thanks|thank you|thankyou|ty|cheers|many thanks|ta(?= very| muchly| ever"
    r"| love| duck| pet|$))"
    r"(?: (?:so|very) much| a lot| again| in advance| kindly| muchly| ever so| love| duck| pet)?"
    r"(?= |$)"
)
"""Politeness, taken away wherever it is. "ta" (British thanks) only where it cannot be another
word: at the end, or before "very much", "muchly", "love"... ("Ta very much.", blind set BJ)."""
_CLAUSES = re.compile(r"[,;:.!?()\n]+|\s+-+\s+")
_ASIDES = re.compile(
    r"\b(?:and|so|but) (?:i|we) (?:want|wanted|would like|need|needed) (?:to )?know"
    r"(?: if| whether)?\b"
    r"|\b(?:and|so|but) (?:i was|we were|i am|i'm|im|we are) wondering(?: if| whether)?\b"
    r"|\b(?:like )?in (?:plain|simple|easy|normal|everyday|layman's|laymans|layman) "
    r"(?:english|words|terms|language)\b"
    # how to answer, in everyday words (blind sets BO, BP): "Give it to me in words of one
    # syllable, what's spasticity?", "what's the worst that could happen, no beating about
    # the bush?", "what's the best I can hope for, in real terms, no sugar coating"
    r"|\b(?:(?:give|tell|put|explain) (?:it|that) (?:to (?:me|us) )?)?in words of one "
    r"syllable\b"
    r"|\b(?:give it to me|tell me|tell it to me) (?:straight(?: up)?|plainly|honestly)\b"
    r"|\bstraight talk(?:ing)?\b"
    r"|\bno (?:beating|beatin) (?:about|around|round) the bush\b"
    r"|\b(?:no|without(?: any)?) sugar[ -]?coating(?: it)?\b"
    r"|\bin real terms\b"
    r"|\bhand on heart\b"
    # "In a nutshell, what is spasticity, minus the doctor-speak?" (blind set BQ)
    # an errand told in the middle of the sentence: "Fabian from my Zumba class has cerebral
    # palsy and wanted me to ask: do the results wear off?" (blind set BR)
    r"|\b(?:and|so|but) (?:he |she |they )?(?:wants|wanted|would like|needs) to "
    r"(?:know|ask|find out)(?: if| whether)?\b"
    r"|\b(?:and|so|but) (?:he |she |they )?(?:asked|asks|wanted|wants) (?:me|us) to "
    r"(?:ask|find out|check)(?: if| whether)?\b"
    r"|\bin a nutshell\b"
    r"|\b(?:minus|without|leaving out|cut) (?:the |all the |any )?(?:medical |fancy |big )?"
    r"(?:doctor[ -]?speak|jargon|big words|long words|medical words|mumbo[ -]jumbo)\b"
)
"""Asking frames in the middle of a run-on sentence ("...her hand is stiff and i want to know
how long it lasts"): they end the context and start the question, like a comma. "In plain
English" asks how to answer, not what."""
_TITLES = frozenset({"mr", "mrs", "miss", "mister", "missus", "reverend", "rev"})
_NAMED = re.compile(rf"(?:^| )(?:{_REL_IN_LAW}|dr|doctor|{'|'.join(sorted(_TITLES))}) $")
"""A word after these may be a name ("my son tom", "dr patel", "Miss Pryce": blind set BD's
"Pryce" was read as "price"). Not "ms", which is also multiple sclerosis."""
_PEOPLE = frozenset(RELATIVES + COMPANIONS + JOBS)
_APPOSITION_OPENERS = _POSSESSIVES | frozenset("who the a an".split())

CHAT_WORDS: frozenset[str] = frozenset(
    """hi hello hey hiya heya howdy greetings morning afternoon evening good thanks thank
    thankyou ty ta cheers please sorry excuse bother trouble yes yeah yep ok okay oh whats
    up wassup""".split()
)
"""Greeting, politeness and assent words. Content that itself uses them (an assistant whose entries
answer "hello" or "thank you", as in CLINC150) is asked about them: a greeting or "thanks"
whose such words all appear in the content's phrasings stays."""


@dataclass(frozen=True, slots=True)
class Reading:
    """A typed question with its chat taken away."""

    question: str
    """What the FAQ is asked: cleaned words, frames, politeness and names removed."""
    advice: str
    """What the personal-advice checks read: as `question`, but a reported clause that a
    question follows is kept without its advice words."""
    dropped: tuple[str, ...] = ()
    """The frames, politeness words and names taken away (for explanations)."""


def read(
    text: str,
    known: Callable[[str], bool],
    used: Callable[[str], bool] = lambda _: False,
    keeps: Callable[[str], bool] = lambda _: True,
    topical: Callable[[str], bool] = lambda _: True,
) -> Reading:
    """`text` without the words that carry no question. `known(word)` says whether a word is
    one the content or everyday English knows; an unknown word right after "my son" or "dr" is
    a name and is dropped. `used(word)` says whether the content's phrasings use a word: a
    greeting or thanks made only of such words is kept (see `CHAT_WORDS`). `keeps(word)` says
    whether the content or its rules use a word, which a comparison's picture then keeps
    (`comparisons`; by default every word is kept, and no picture is dropped). `topical(word)`
    says whether a word may be what is asked about (the words of the entries' questions and
    of the rules, conditions, body parts, medicines): a clause of an introduction that has
    none only tells who the asker is (`_tells_a_pastime`; by default every word is topical)."""
    dropped: list[str] = []
    clauses: list[tuple[list[str], bool]] = []  # (words, reported speech?)
    cleaned = normalize.letters_joined(normalize.clean(text))
    dropped.extend(m.group() for m in _ASIDES.finditer(cleaned))
    greeted = False  # the clause before was only a greeting ("Hiya, Sandra here, ...")
    introducing = False  # ...or only a greeting or a name: the asker introducing themselves
    capitalised = frozenset(
        w.lower() for w in re.findall(r"[A-Za-z]+", text) if w[:1].isupper() and not w.isupper()
    )
    parts = [
        [SPOKEN_SPELLINGS.get(w, w) for w in normalize.words(part)]
        for part in _CLAUSES.split(_ASIDES.sub(",", cleaned))
    ]
    parts = [words for words in parts if words]
    skip = 0
    kept_before = False  # the part just before is the last clause, kept as a plain clause
    for at, words in enumerate(parts):
        if skip:
            skip -= 1
            continue
        naming = _named_person(parts, at, capitalised, known, opening=greeted or not clauses)
        if naming:
            # "Coralie, who volunteers with me at the charity shop, is pregnant...": who is
            # asked for, not what
            dropped.extend(" ".join(w) for w in parts[at : at + naming])
            skip = naming - 1
            if kept_before and _only_says_who_asks(clauses[-1][0], parts[at + naming], topical):
                # "My crossword buddy at the library, Heulwen, wants to know...": the clause
                # before the name said only who asks
                dropped.append(" ".join(clauses.pop()[0]))
            kept_before = False
            continue
        after_greeting = greeted
        greeted = (
            all(w in _GREETING_WORDS for w in words)
            or " ".join(words) in _WORLD_GREETINGS
            or " ".join(words) in _HOW_DO_YOU_DO
            or (_GREETS.match(" ".join(words)) is not None and (after_greeting or not clauses))
        )
        before = len(dropped)
        words = _drop_names(words, known, dropped, after_greeting, capitalised)
        named = len(dropped) > before
        line = _strip_polite(_strip_frames(" ".join(words), dropped, used), dropped, used)
        traded = (
            introducing and bool(line) and (_trade(line) or _typed_name(words, capitalised, known))
        )
        told = (
            introducing
            and bool(line)
            and not traded
            and _tells_a_pastime(line.split(), topical, capitalised)
        )
        if traded or told:
            # "Hi, Keith, insurance broker, Hitchin. What exactly is cervical dystonia?"
            # (blind set BJ: the insurance refer rule fired on the trade); one after another:
            # "Hello from Enniskillen! Boccia player, left-handed thrower."; what the asker
            # does: "Hola, I'm Ines from Taos, I plaster adobe houses for a living." (BU)
            dropped.append(line)
            line = ""
        introducing = not line and (greeted or named or traded or told)
        line = " ".join(comparisons.without_pictures(line.split(), keeps, dropped))
        frame = _REPORTED.match(line)
        if frame is not None:
            dropped.append(frame.group().strip())
            clauses.append((line[frame.end() :].split(), True))
        elif line:
            clauses.append((line.split(), False))
        kept_before = bool(line) and frame is None
    question: list[str] = []
    advice: list[str] = []
    for index, (words, reported) in enumerate(clauses):
        asked_after = reported and any(
            w not in normalize.STOPWORDS
            for later, is_reported in clauses[index + 1 :]
            if not is_reported
            for w in later
        )
        if asked_after:
            # the FAQ is asked the question that follows (with what was reported when the
            # question points back at it); the personal-advice checks still read the
            # reported facts, but not its advice words
            kept = [w for w in words if w not in ADVICE_WORDS]
            advice += kept
            later = [w for ws, _ in clauses[index + 1 :] for w in ws]
            if BACK_REFERENCES.intersection(later) or _asks_nothing_of_its_own(later):
                question += kept
        else:
            question += words
            advice += words
    asked = " ".join(TEXT_SPEAK.get(w, w) for w in question)
    return Reading(asked, " ".join(advice), tuple(dropped))


_HEALTH = frozenset(
    "pregnant pregnancy breastfeeding cold flu cough fever infection allergic allergy surgery "
    "operation hospital pain painful ache aches hurt hurts injured injury accident fall fell "
    "broke broken baby babies breast feeding worried nervous scared".split()
)
"""How the asker is, told in a clause of an introduction: never only a pastime ("I've a bit
of a cold today")."""

_TAKEN = frozenset("on taking take takes took have has had got with".split())
"""Words before a medicine or a condition the asker has ("I'm on apixaban")."""

_ELSEWHERE = frozenset("it its this that these those they them he she him you your".split())
"""Words that point away from the asker: "I'm sat here reading the leaflet and it says
something about a warning" tells what is asked about, not a pastime."""


def _may_be_asked_about(word: str, topical: Callable[[str], bool]) -> bool:
    """Whether `word` may be what a question asks about, so a clause holding it is no chat:
    a condition, a body part, a medicine, a word of the entries' questions or of the rules
    (`topical`), a subject word or a word of health; never a stop word."""
    return word not in normalize.STOPWORDS and (
        topical(word) or word in _SUBJECT_WORDS or word in _HEALTH
    )


def _tells_a_pastime(
    words: Sequence[str], topical: Callable[[str], bool], capitalised: frozenset[str]
) -> bool:
    """Whether a clause right after the asker's greeting, name or home only tells what they
    do: "I plaster adobe houses for a living", "I'm on the worm charming committee", "I
    tossed the caber at the Gathering" (blind set BU: each word weighed against every entry,
    and the question after it was only offered). It opens with "I", "we" or "my family",
    points at nothing else ("it", "they", "you"...), and no word of it may be
    what is asked about: a condition, a body part, a medicine, a word of the entries'
    questions or of the rules ("I'm pregnant", "I had a stroke", "I drive a taxi", "I'm on
    warfarin" stay), nor an unfamiliar word after "on", "take", "have"... unless typed as a
    name (a medicine or a condition: "I'm on apixaban", "I have sjogrens" stay)."""
    named_as_taken = any(
        before in _TAKEN and is_unfamiliar(word) and word not in capitalised
        for before, word in itertools.pairwise(words)
    )
    return (
        len(words) >= 2
        and (words[0] in ("i", "we") or words[:2] in (["my", "family"], ["our", "family"]))
        and not _ELSEWHERE.intersection(words)
        and not named_as_taken
        and not any(_may_be_asked_about(w, topical) for w in words)
    )


def _is_content(chat: str, used: Callable[[str], bool]) -> bool:
    """Whether the content asks about this greeting or thanks itself (see `CHAT_WORDS`)."""
    words = [w for w in chat.split() if w in CHAT_WORDS]
    return bool(words) and all(used(w) for w in words)


def _strip_frames(line: str, dropped: list[str], used: Callable[[str], bool]) -> str:
    """Remove chat frames from the start of a clause, one after another ("hi, ok so quick
    question, my mum wants to know ...")."""
    while line:
        longest = max(
            (*(p.match(line) for p in _FRAME_PATTERNS), _introduction(line)),
            key=_length,
            default=None,
        )
        if longest is None or not longest.group().strip() or _is_content(longest.group(), used):
            return line
        dropped.append(longest.group().strip())
        line = line[longest.end() :]
    return line


def _length(found: re.Match[str] | None) -> int:
    return -1 if found is None else found.end()


def _strip_polite(line: str, dropped: list[str], used: Callable[[str], bool]) -> str:
    """Remove "please" and "thanks" wherever they are."""

    def drop(found: re.Match[str]) -> str:
        if _is_content(found.group(), used):
            return found.group()
        dropped.append(found.group().strip())
        return " "

    return " ".join(_POLITE.sub(drop, line).split())


_SELF_NAMED = re.compile(
    r"^(?:(?:hi|hello|hey|hiya|morning|good morning|afternoon|evening) )?"
    r"(?:i am|im|i m|my name is|my name|my names|name is|names) $"
)
"""A clause that opens with the asker's name: "Hi, I'm Priya, I teach tai chi in Loughborough"
(blind set BD). Not "this is" or "it's": "it's fibromyalgia, can botox help?" names what is
asked about."""


def _typed_name(
    words: Sequence[str], capitalised: frozenset[str], known: Callable[[str], bool]
) -> bool:
    """A clause of one unknown word typed as a name: after a greeting, the asker's name ("Hi,
    Keith, …", blind set BJ); after their name, where they are from ("Alright? Winston,
    Filey. …", blind set BK)."""
    return len(words) == 1 and words[0] in capitalised and not known(words[0])


def _from_a_place(
    words: Sequence[str],
    known: Callable[[str], bool],
    capitalised: frozenset[str] = frozenset(),
    after_greeting: bool = False,
) -> bool:
    """A clause that only says who greets, or who one is, and where from: "I'm Maureen from
    Oakham", "Hello from Cairns!" (blind set BF), or a name typed as one and where from:
    "Hiya, Fergus from Jedburgh, I judge the tups", "Dave from Warrington here", "hiya it's
    Sioned from Nefyn", "Mostyn here from Builth Wells" (blind sets BA, BO, BS). The place
    (one or two words the content and everyday English do not know, or typed as a name after
    one: "Builth Wells") ends the clause, or "here" does, or the region it is in, typed as a
    name ("Gertrude from Willaston in Cheshire"); before "from" a greeting, or "I'm"
    and an unknown name, or a name typed as one (after a greeting, "it's" or "this is", or
    with "here"). ("I suffer from tinnitus" names what is asked about, and stays; so does
    "Tizanidine from Boots, ...", which may be a medicine and its maker.)"""
    if "from" not in words:
        return False
    at = words.index("from")
    place, before = words[at + 1 :], words[:at]
    here = place[-1:] == ["here"]
    if here:
        place = place[:-1]
    for wider in (2, 3):
        # "from Willaston in Cheshire", "from Gander in Newfoundland" (blind set BU)
        if (
            len(place) > wider
            and place[-wider] == "in"
            and all(w in capitalised and not known(w) for w in place[1 - wider :])
        ):
            place = place[:-wider]
            break
    if not 1 <= len(place) <= 2 or not all(w.isalpha() for w in place) or known(place[0]):
        return False
    if any(known(w) and w not in capitalised for w in place[1:]):
        return False
    if before and all(w in _GREETING_WORDS for w in before):
        return True
    if (
        len(before) >= 2
        and before[-1].isalpha()
        and not known(before[-1])
        and _SELF_NAMED.match(" ".join(before[:-1]) + " ") is not None
    ):
        return True
    greeted = after_greeting
    while before and before[0] in _GREETING_WORDS:
        before, greeted = before[1:], True
    for opening in _THIS_IS:
        if before[: len(opening)] == opening:
            before, greeted = before[len(opening) :], True
            break
    if before[-1:] == ["here"]:
        before, here = before[:-1], True
    # a name and a home, both typed as names
    return (
        len(before) == 1
        and before[0].isalpha()
        and not known(before[0])
        and (greeted or here)
        and before[0] in capitalised
        and all(w in capitalised for w in place)
    )


_HOW_DO_YOU_DO = frozenset(
    {"how do you do", "how are you", "how are you doing", "how are you today", "how are things"}
)
"""Greetings asked as questions, as a clause of their own: "How do you do, Dashiell here,
I'm a porter..." (blind set BS)."""

_THIS_IS = (["it", "is"], ["this", "is"], ["its"], ["it"])
"""How a dictated message names its speaker: "hiya it's Sioned from Nefyn" ("it's" is read
as "it", its "'s" as a possessive's)."""


_GREETINGS = frozenset("hi hello hey hiya heya howdy morning afternoon evening ahoy".split())
_WORLD_GREETINGS = frozenset(WORLD_GREETINGS)
_GREETING_WORDS = _GREETINGS | frozenset("good there all everyone folks alright".split())


_INTRODUCED = re.compile(
    r"(?:^| )(?:i am|im|i m|it is|its|it s|this is|name is|names|my name|called|from|in|near"
    r"|outside) $"
)
"""Before a word the asker types as a name (capitalised, unknown) in a run-on clause: their
name ("it's Kathleen", "I'm Rhodri") or their home ("from Llandeilo", "in Fermoy"). Unknown
words typed in lower case after these stay ("i'm on ozempic", "in tinnitus clinic")."""
RUN_ON_WORDS = 8
"""A clause this long is dictated run-on speech; shorter ones introduce the asker in clauses
of their own ("Hiya, Gaynor from Caerphilly, ..."), which are read whole."""


_SPEAKS = frozenset("here speaking dictating".split())
"""After the asker's name at the start of a dictated message: "henrik here I make props...",
"kalle speaking I build saunas...", "farhad dictating this...". With one of these after it,
a name dictated in lower case is a name too (blind set CI)."""
_OPENERS = _GREETING_WORDS | frozenset("ok okay so right yeah yes um erm".split())
"""Words a dictated message may open with before the asker's name ("hello astrid here...",
"ok this is...")."""


def _home(words: Sequence[str], known: Callable[[str], bool]) -> int:
    """How many of the words after "from" name the asker's home: one the content and everyday
    English do not know ("brynmawr"), or a word of substance and then one ("great
    torrington"); 0 when they do not ("from my gp", "from boots")."""
    if words[:1] and words[0].isalpha() and not known(words[0]):
        return 1
    if (
        len(words) >= 2
        and words[0] not in normalize.STOPWORDS
        and words[1].isalpha()
        and not known(words[1])
    ):
        return 2
    return 0


_NAMING = (
    ["this", "is"],
    *_THIS_IS[1:],
    ["i", "am"],
    ["im"],
    ["my", "name", "is"],
    ["my", "names"],
)
"""How a dictated message may open before the asker's name ("this is", "it's", "I'm", "my
name's")."""


def _asker_named_at(
    words: Sequence[str], capitalised: frozenset[str], known: Callable[[str], bool]
) -> frozenset[int]:
    """Where the asker's name (and home) is when a dictated run-on clause (`RUN_ON_WORDS` or
    more) opens with it, else nothing: an unknown word typed as a name, then "here", or "I'm"
    and where they are from; or an unknown word of three letters or more in any case (after
    a greeting, "this is", "it's", "I'm" or "my name's", if any), then where from ("shaun
    from polesworth so i had the injection", "hi this is roger from hatherleigh"), or
    "speaking", "dictating" or "here from"; or after a greeting, "here" or "this is" before
    it ("hello astrid here vet nurse in neston", "emre here from brynmawr", "ok this is
    jelena I work nights", blind sets CH to CJ: the name and the home were asked back as
    something the content does not know). Not "I'm" or "it's" alone, nor "here" or "this is"
    without a greeting: "Baclofen I'm on every day...", "it's fibromyalgia...",
    "syringomyelia here I have had it for years...", "this is tizanidine I take..." may name
    what is asked about; nor a home the content or English knows ("tizanidine from boots")."""
    if len(words) < RUN_ON_WORDS:
        return frozenset()
    at = 0
    while at < len(words) - 2 and words[at] in _OPENERS:
        at += 1
    greeted = at > 0
    opening = next((o for o in _NAMING if list(words[at : at + len(o)]) == o), [])
    at += len(opening)
    name, after = words[at], list(words[at + 1 :])
    if not name.isalpha() or known(name) or not after:
        return frozenset()
    if len(name) >= 3:
        home = _home(after[1:3], known) if after[0] == "from" else 0
        if home:
            return frozenset({at, *range(at + 2, at + 2 + home)})
        said = after[0] in _SPEAKS and (greeted or after[0] != "here" or after[1:2] == ["from"])
        if said or (greeted and opening == ["this", "is"]):
            home = _home(after[2:4], known) if after[:2] == ["here", "from"] else 0
            # "emre here from brynmawr": the home goes with the name
            return frozenset({at, *range(at + 3, at + 3 + home)})
    if at > 0 or name not in capitalised:
        return frozenset()
    if after[0] == "here":
        return frozenset({at})
    told = after[2:] if after[:2] == ["i", "am"] else after[1:] if after[0] == "im" else []
    return frozenset({at}) if "from" in told[:3] else frozenset()


_STATES = frozenset("is are was were has have had gets got cant can does did".split())
"""Verbs that make a clause tell something ("Maria, my mum has spasms in her neck, ..."): it is
no longer only who someone is, and stays."""


def _one_of(word: str, people: frozenset[str]) -> str:
    """`word` in the singular when it is the plural of one of `people` ("mates"), else as
    it is ("boss" stays "boss")."""
    return word[:-1] if word.endswith("s") and word[:-1] in people else word


def _is_person(word: str) -> bool:
    """Whether `word` names a person by relation, company or trade ("dad", "buddy", "player")."""
    word = _one_of(word, _PEOPLE)
    trade_shaped = len(word) > 4 and word.endswith(JOB_ENDINGS) and not word.endswith("ier")
    return word in _PEOPLE or (trade_shaped and word not in NOT_JOBS and word not in _SUBJECT_WORDS)


def _named_person(
    parts: Sequence[Sequence[str]],
    at: int,
    capitalised: frozenset[str],
    known: Callable[[str], bool],
    opening: bool,
) -> int:
    """How many clauses from `at` only name someone asked for (0 when they do not): a clause
    that is one word typed as a name, with the clause after it saying who they are, at the
    start ("Bram, my husband's allotment mate, wants to know...", "Silas, the bass player in
    my covers band, had a stroke", "Kenrick, who rents our garage as a workshop, had his first
    injection": blind set BR); or right after a clause that ends with who they are ("My foster
    son's birth dad, Gavin, has it for his arm"). A question must follow. "Tamoxifen, my
    breast cancer pill, ..." names no person and stays; nor does "Maria, my mum has spasms in
    her neck, ..." (see `_STATES`)."""
    words = parts[at]
    if not (
        len(words) == 1
        and words[0].isalpha()
        and words[0] in capitalised
        and not known(words[0])
        and at + 1 < len(parts)
    ):
        return 0
    before = parts[at - 1] if at > 0 else []
    in_law = len(before) >= 3 and before[-2:] == ["in", "law"] and _is_person(before[-3])
    if before and (_is_person(before[-1]) or in_law or _describes_someone(before)):
        return 1
    told = parts[at + 1]
    if (
        opening
        and at + 2 < len(parts)
        and len(told) <= 8
        and told[0] in _APPOSITION_OPENERS
        and (
            told[0] == "who"
            or (any(_is_person(w) for w in told[1:]) and not _STATES.intersection(told))
        )
    ):
        return 2
    return 0


_SOMEONE = frozenset("lady man woman chap fella bloke gent gentleman lad lass".split())
"""Words for someone, not by relation or trade ("the lady I buy eggs from")."""


def _describes_someone(words: Sequence[str]) -> bool:
    """Whether a clause opens by saying who someone is, a name then following in a clause of
    its own: "The lady I buy eggs from at the farm gate, Goldie, had a stroke", "A friend
    from our Greek Orthodox church, Xanthe, has torticollis", "Asking for the chap in the
    static caravan next to ours, Bernie." (blind set BV), "One of our students, Ife, ..."."""
    if words[:2] == ["asking", "for"]:
        words = words[2:]
    if words[:2] == ["one", "of"]:  # "One of our students, Ife, wants to know" (blind set BX)
        words = words[2:]
    return (
        len(words) >= 2
        and (words[0] in _POSSESSIVES or words[0] in ("a", "an", "the"))
        and any(_is_person(w) or w in _SOMEONE for w in words[1:4])
    )


_ONLY_ASKS = re.compile(
    r"(?:wants|wanted|would like|needs|needed) to (?:know|ask|find out)\b"
    r"|(?:is|was) (?:wondering|asking)\b|(?:wonders|wondered|asks|asked)\b"
)
"""How the clause after a name opens when that person only asks ("wants to know...")."""


def _only_says_who_asks(
    before: Sequence[str], after: Sequence[str], topical: Callable[[str], bool]
) -> bool:
    """Whether `before`, the clause kept just before a name in a clause of its own, only says
    who asks: it describes someone (`_describes_someone`), the clause after the name opens
    with them asking (`_ONLY_ASKS`), and nothing in it may be asked about (a condition, a body
    part, a medicine, a word of the entries' questions or rules): "My crossword buddy at the
    library, Heulwen, wants to know how many injections she'll get" (blind set BX: "crossword"
    and "library" were weighed against every entry and it fell back). "My friend with MS,
    Jo, wants to know..." keeps its clause."""
    return (
        _describes_someone(before)
        and _ONLY_ASKS.match(" ".join(after)) is not None
        and not any(_may_be_asked_about(w, topical) for w in before if not _is_person(w))
    )


_TOLD_VERBS = frozenset(
    "has had is was wants wanted asked asks says said reckons gets got needs cant can".split()
)


def _named_from(
    words: Sequence[str], capitalised: frozenset[str], known: Callable[[str], bool]
) -> int:
    """How many words open a clause with someone typed as a name and where the patient knows
    them from, before what they have or ask: "Fabian from my Zumba class has cerebral palsy"
    (blind set BR) keeps "has cerebral palsy". 0 when the clause does not open so."""
    if not (
        len(words) >= 5
        and words[0].isalpha()
        and words[0] in capitalised
        and not known(words[0])
        and words[1] == "from"
        and (words[2] in _POSSESSIVES or words[2] == "the")
    ):
        return 0
    verb = next((i for i in range(3, min(len(words), 7)) if words[i] in _TOLD_VERBS), None)
    return verb or 0


def _who_they_are(out: Sequence[str]) -> int:
    """How many last words of `out` say who someone is to the patient by company or trade
    ("my fishing buddy", "our Airbnb guest": a possessive and at most two words before the
    companion), 0 when they do not. Before a word typed as a name, they make it one ("my
    fishing buddy Griff", "our postie Leonie", blind set BR), and they go with the name:
    "pupil" and "airbnb" were read as what the question names; a trade shaped like one (-er,
    -or, -ist...) counts too ("our leader Lesley", blind set CJ). Family is not company: "my
    son (Tom)" stays, a child is what some questions are about."""
    if not out or _one_of(out[-1], _PEOPLE) in RELATIVES or not _is_person(out[-1]):
        return 0
    return next(
        (n for n in range(2, min(4, len(out)) + 1) if out[-n] in _POSSESSIVES),
        0,
    )


def _drop_last(out: list[str], dropped: list[str], count: int) -> None:
    """Move the last `count` words of `out` to `dropped`, as one phrase (none when 0)."""
    if count:
        dropped.append(" ".join(out[-count:]))
        del out[-count:]


def _drop_names(
    words: list[str],
    known: Callable[[str], bool],
    dropped: list[str],
    after_greeting: bool,
    capitalised: frozenset[str] = frozenset(),
) -> list[str]:
    """Drop an unknown word after a relative, "dr" or a title, or the asker's own name at the
    start of a clause, or a clause that is only a greeting, a name and "here" ("Hiya, Sandra
    here, bit bunged up with a cold…", blind set BE): a name. ("called timothy" may be what the
    question is about: "i want to be called timothy"; and without the greeting, "lupus here,
    is botox safe?" may name a condition.)"""
    if (
        words[-1:] == ["here"]
        and 2 <= len(words) <= 3
        and (after_greeting if len(words) == 2 else words[0] in _GREETINGS)
        and words[-2].isalpha()
        and not known(words[-2])
    ):
        dropped.append(" ".join(words))
        return []
    if _from_a_place(words, known, capitalised, after_greeting):
        dropped.append(" ".join(words))
        return []
    if after_greeting and _typed_name(words, capitalised, known):
        # a name alone after the greeting, typed as a name: "Hi, Keith, insurance broker,
        # Hitchin." (blind set BJ); "hello, tinnitus, can botox help" stays
        dropped.append(words[0])
        return []
    told = _named_from(words, capitalised, known)
    if told:
        dropped.append(" ".join(words[:told]))
        words = words[told:]
    out: list[str] = []
    named = _asker_named_at(words, capitalised, known)
    for at, word in enumerate(words):
        if at in named:
            # a dictated run-on that opens with the asker's name: "Blodwen here from Harlech
            # dictating this...", "Yannick I'm originally from Brittany..." (blind set BP)
            dropped.append(word)
            continue
        if not out or not word.isalpha() or known(word):
            out.append(word)
        elif at == len(words) - 1 and _SELF_NAMED.match(" ".join(out) + " "):
            # the asker's name ends the clause: "hi, i'm priya, ...": the clause goes
            dropped.extend((" ".join(out), word))
            out = []
        elif _NAMED.search(" ".join(out[-3:]) + " "):
            if out[-1] in _TITLES:
                dropped.append(out.pop())
            dropped.append(word)
            _drop_last(out, dropped, _who_they_are(out))  # "our Airbnb guest (Mrs Tanaka)"
        elif word in capitalised and word not in _TITLES and (company := _who_they_are(out)):
            # "My fishing buddy Griff has torticollis", "Our postie Leonie..." (blind set BR)
            dropped.append(word)
            _drop_last(out, dropped, company)
        elif (
            len(words) >= RUN_ON_WORDS
            and word in capitalised
            and _INTRODUCED.search(" ".join(out[-3:]) + " ")
        ):
            # the asker's name or home typed as a name in the middle of a dictated run-on:
            # "hiya it's Kathleen I'm a pastry chef in Fermoy and..." (blind set BK)
            dropped.append(word)
        else:
            out.append(word)
    return out
