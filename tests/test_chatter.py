"""Words that carry no question (`faqbot.matching.chatter`): what is taken away, and what must stay.

The rows are patient-style questions and what a careful reader keeps of them; the engine-level
consequences (answers, refers, urgent) are in tests/test_engine.py and content/tests.yaml.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from faqbot.matching import normalize
from faqbot.matching.chatter import SPOKEN_SPELLINGS, TEXT_SPEAK, read
from faqbot.matching.commonwords import is_common


def known(word: str) -> bool:
    """Everyday English and the words of the questions below: enough to tell names apart."""
    return word in normalize.STOPWORDS or is_common(word) or word in {"botox", "cp", "clonus"}


def question(text: str) -> str:
    return read(text, known).question


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("hi, quick question, how long does botox last?", "how long does botox last"),
        ("Hello there! Good morning. Does the injection hurt", "does the injection hurt"),
        ("hiya, just a quick question: what is clonus", "what is clonus"),
        ("my mum wants to know what is botox", "what is botox"),
        ("my husband is asking whether he can drive after botox", "he can drive after botox"),
        ("asking for my dad, does it hurt", "does it hurt"),
        # blind set BP: an errand told for someone
        ("her mum asked me to find out whether children can have botox",
         "children can have botox"),
        ("my son asked me to check if it hurts", "it hurts"),
        ("Mr Fenwick, asked me to check how long it takes", "how long it takes"),
        ("my wife wants to find out where botox comes from", "where botox comes from"),
        ("i was wondering if botox hurts", "botox hurts"),
        ("sorry to bother you, how long does it last", "how long does it last"),
        ("can you tell me how long botox lasts please", "how long botox lasts"),
        ("could you explain what cervical dystonia is", "what cervical dystonia is"),
        ("please explain how botox works", "how botox works"),
        ("how long does it last thank you so much", "how long does it last"),
        ("ok so um does it hurt", "does it hurt"),
        ("i have a quick question about the injection", "the injection"),
        ("sorry if this is a silly question but isn't botox a poison", "is not botox a poison"),
        ("sorry to bother, can a stroke make muscles stiff", "can a stroke make muscles stiff"),
        ("excuse me, quick one, does it hurt", "does it hurt"),
        ("but is it safe", "is it safe"),
        ("Hiya, hope you don't mind me asking, what are the usual side effects?",
         "what are the usual side effects"),
        ("if you dont mind me asking how long does it last", "how long does it last"),
        ("hi there, hope you're well, does it hurt", "does it hurt"),
        ("Hello, hope you're having a good day. What is clonus?", "what is clonus"),
        ("hope you can help, does it hurt", "does it hurt"),
        # how to answer, not what to answer (blind sets H, Y, AK)
        ("What is spasticity, in plain English?", "what is spasticity"),
        # how to answer, in everyday words (blind sets BO, BP)
        ("Give it to me in words of one syllable, what's spasticity?", "what spasticity"),
        ("What's the worst that could happen, no beating about the bush?",
         "what the worst that could happen"),
        ("what's the best I can hope for, in real terms, no sugar coating",
         "what the best i can hope for"),
        ("In a nutshell, what is spasticity, minus the doctor-speak?", "what is spasticity"),
        ("what is dystonia without the jargon", "what is dystonia"),
        ("could you explain in simple terms how botox works", "how botox works"),
        ("what is botox, like in normal words", "what is botox"),
        # a first visit and nerves, told before the question (blind set AM)
        ("Hey, first time here and a bit nervous. Is it safe?", "is it safe"),
        ("its my first time and im scared, will it hurt", "will it hurt"),
        ("I'm a bit nervous, does it hurt", "does it hurt"),
        # and a second feeling, or nerves said another way (blind set BC)
        ("hi there, im a bag of nerves but excited too, how soon will i notice anything",
         "how soon will i notice anything"),
        ("im nervous but excited, does it hurt", "does it hurt"),
        # turn-taking, apologies for asking, and who the asker is (blind set AO)
        ("right then, cheers in advance, what is in the injection?", "what is in the injection"),
        ("anyway, how long does it last", "how long does it last"),
        ("forgive the nerves, is it safe?", "is it safe"),
        ("Apologies for the intrusion, but might I ask whether it hurts?", "it hurts"),
        ("I'm the vicar at St Mary's, is Botox safe?", "is botox safe"),
        ("im a retired postman, does it hurt", "does it hurt"),
        # greetings of other languages and places (blind set BA)
        ("Sat Sri Akal ji, is Botox safe?", "is botox safe"),
        ("Salaam, hope everyone is keeping well. Does it hurt?", "does it hurt"),
        ("Shalom and good morning. Is Botox made from bacteria?", "is botox made from bacteria"),
        ("Ay up me duck, how long does it last", "how long does it last"),
        ("hola, does it hurt", "does it hurt"),
        ("yo how long does it last", "how long does it last"),
        # greetings of many languages, as a clause of their own (blind set BK)
        ("Dumela. How long does it last?", "how long does it last"),
        ("Selamat pagi. What is spasticity?", "what is spasticity"),
        ("Adiéu, after the Botox must I still do the exercises?",
         "after the botox must i still do the exercises"),
        ("Grüß Gott. Is Botox the same as Dysport?", "is botox the same as dysport"),
        ("Bore da! How long does it last?", "how long does it last"),
        # ...and only there: "dag", "salut" and "bok" are also words
        ("dag nabbit how long does it last", "dag nabbit how long does it last"),
        # "how are you?" as a clause of its own (blind set BD)
        ("Alright? How does the injection loosen the muscle?",
         "how does the injection loosen the muscle"),
        ("hi, how are you? does it hurt", "does it hurt"),
        ("you ok? how long does it last", "how long does it last"),
        # festive wishes as a clause of their own (blind set CF); "happy with" asks
        ("Happy Eisteddfod week! Does it hurt?", "does it hurt"),
        ("Merry Christmas to you all. How long does it last?", "how long does it last"),
        ("Eid Mubarak! What is Botox?", "what is botox"),
        ("Season's greetings! Does it hurt?", "does it hurt"),
        ("happy with the results so far, how long does it last",
         "happy with the results so far how long does it last"),
        # ...and in other languages; "how are you?" asked in them (blind set CH)
        ("Feliz Círio de Nazaré to all! Are Xeomin and Botox the same?",
         "are xeomin and botox the same"),
        ("Joyeux 14 juillet! Does it hurt?", "does it hurt"),
        ("Oi, tudo bem? Are Xeomin and Botox the same?", "are xeomin and botox the same"),
        ("Ça va? How long does it last?", "how long does it last"),
        # ...in their everyday forms (blind set CL)
        ("¿Cómo estái? Is Dysport the same as Botox?", "is dysport the same as botox"),
        ("E aí, beleza? Does it hurt?", "does it hurt"),
        ("is it feliz or felix", "is it feliz or felix"),
        # thanks of many languages, as a clause of their own (blind sets CJ, CK, CL)
        ("How soon after will I see a change? Asante sana.", "how soon after will i see a change"),
        ("This Botox is making from bacteria, yes? Medaase.", "this botox is making from bacteria"),
        ("Does it hurt? Dziękuję bardzo.", "does it hurt"),
        ("How long does it last? Muchas gracias doctor.", "how long does it last"),
        ("Is Botox safe? Dhanyavaad ji.", "is botox safe"),
        # ...and only there: "tack" and "spas" are also words
        ("can i tack my splint back on after", "can i tack my splint back on after"),
    ],
)  # fmt: skip
def test_greetings_politeness_and_frames_are_taken_away(typed: str, kept: str) -> None:
    assert question(typed) == kept


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        ("wat is botox", "what is botox"),
        ("wot is clonus", "what is clonus"),
        ("WAT are the side effects", "what are the side effects"),
        ("how long till it works", "how long until it works"),
        # text speak (blind sets AI, L, V)
        ("hw lng b4 it starts to wrk", "how long before it starts to work"),
        ("wen cn i have the nxt one", "when can i have the next one"),
        ("do i tell u abt my meds", "do i tell you about my meds"),
        ("wat r the side effects", "what are the side effects"),
    ],
)
def test_spoken_spellings_are_read_as_meant(typed: str, kept: str) -> None:
    assert question(typed) == kept


def test_text_speak_is_read_as_meant_only_where_the_faq_is_asked() -> None:
    """The personal-advice and urgent checks read the words as typed: "can u help cant
    breathe" must not open like the general question "can you..." (a review)."""
    reading = read("can u help cant breathe", known)
    assert reading.question == "can you help can not breathe"
    assert reading.advice == "can u help can not breathe"


@pytest.mark.parametrize(
    ("typed", "kept", "name"),
    [
        ("my son Tom has cp, how long does botox last", "my son has cp how long does botox last",
         "tom"),
        ("my daughter sarah jane wants to know if botox hurts", "botox hurts", "sarah"),
        ("Dr Okafor said it would help, does it hurt", "does it hurt", "okafor"),
        ("hi, my wife jo is asking if the jab hurts", "the jab hurts", "jo"),
        # a title, and the asker's own name ending its clause (blind set BD: "Pryce" read as
        # "price", a front-desk question)
        ("I help Miss Pryce with her shopping, will it hurt",
         "i help with her shopping will it hurt", "pryce"),
        ("hi, i'm priya, does it hurt", "does it hurt", "priya"),
        ("hello, my name's Oluwaseun, how long does botox last", "how long does botox last",
         "oluwaseun"),
        # a name and "here" after a greeting (blind set BE)
        ("Hiya, Sandra here, bit bunged up with a cold, will that stop them",
         "bit bunged up with a cold will that stop them", "sandra here"),
        ("hi sandra here, does it hurt", "does it hurt", "hi sandra here"),
        # the asker's name and where from, or a greeting from a place (blind set BF)
        ("I'm Gwenllian from Llanidloes, does it hurt", "does it hurt",
         "i am gwenllian from llanidloes"),
        ("Howdy from Tucumcari! how long does botox last", "how long does botox last",
         "howdy from tucumcari"),
        # ...or a name typed as one and where from, after a greeting or before "here"
        # (blind sets BA, BO)
        ("Hiya, Fergus from Jedburgh, I judge the tups. Is that cervical dystonia?",
         "i judge the tups is that cervical dystonia", "fergus from jedburgh"),
        ("Morning all, Dave from Warrington here. How long does it take?",
         "how long does it take", "dave from warrington here"),
        # after a clause that says who someone is (blind set BV)
        ("The lady I buy eggs from at the farm gate, Goldie, had a stroke. What is Botox made "
         "from?", "the lady i buy eggs from at the farm gate had a stroke what is botox made "
         "from", "goldie"),
        ("Asking for the chap in the static caravan next to ours, Bernie. How long does it "
         "last?", "asking for the chap in the static caravan next to ours how long does it "
         "last", "bernie"),
        # ...after "it's" or "this is", with "here" before "from", a home typed as a name
        # after one ("Builth Wells"), or after "how do you do" (blind set BS)
        ("hiya it's Sioned from Nefyn, I've come with my mam. does it hurt",
         "i have come with my mam does it hurt", "hiya it sioned from nefyn"),
        ("Mostyn here from Builth Wells, I'm a steward. Can I have it with a cold?",
         "i am a steward can i have it with a cold", "mostyn here from builth wells"),
        ("How do you do, Dashiell here. Which of my medicines do I tell them about?",
         "which of my medicines do i tell them about", "dashiell here"),
        # a name typed as one, alone after the greeting, then a trade (blind set BJ)
        ("Hi, Keith, insurance broker, does it hurt", "does it hurt", "keith"),
        ("Hi, Keith, insurance broker, does it hurt", "does it hurt", "insurance broker"),
        # ...and after a greeting of another language (blind set BK)
        ("Prynhawn da, Emrys, sheep farmer, does it hurt", "does it hurt", "emrys"),
        # "alright?" greets, and a home typed alone after the name (blind set BK)
        ("Alright? Winston, Filey. Does it hurt?", "does it hurt", "winston"),
        ("Alright? Winston, Filey. Does it hurt?", "does it hurt", "filey"),
        # a name or a home typed as one in the middle of a dictated run-on (blind set BK)
        ("hi I'm Eoin I'm from Kinvara I harvest seaweed do I still need the splint",
         "i am i am from i harvest seaweed do i still need the splint", "eoin"),
        ("hi I'm Eoin I'm from Kinvara I harvest seaweed do I still need the splint",
         "i am i am from i harvest seaweed do i still need the splint", "kinvara"),
        # ...after "my name's", or opening the run-on before "here" or "I'm" (blind set BP)
        ("right so my name's Archibald and I used to drive the van how long does it last",
         "my name and i used to drive the van how long does it last", "archibald"),
        ("Blodwen here dictating this because my hands are bad do I still need the splint",
         "here dictating this because my hands are bad do i still need the splint", "blodwen"),
        ("Yannick I'm originally from Brittany but I've lived in Newton Stewart for years and I "
         "want to know what the machine is for",
         "i am originally from but i have lived in for years what the machine is for", "yannick"),
        # ...in lower case, after a greeting or before "speaking", "dictating" or "here from"
        # (blind sets CH, CI)
        ("hello astrid here vet nurse in neston I have had MS for years do I still need the "
         "splint", "here vet nurse in neston i have had ms for years do i still need the splint",
         "astrid"),
        ("ok this is jelena I work nights on the till how long does the appointment take",
         "this is i work nights on the until how long does the appointment take", "jelena"),
        ("farhad dictating this I build sets for an opera company what are the side effects",
         "dictating this i build sets for an opera company what are the side effects", "farhad"),
        ("emre here from brynmawr I am a coroners officer will they still do the injection",
         "here from i am a coroners officer will they still do the injection", "brynmawr"),
        # ...and where from, after "this is", "I'm", "my name's" or nothing (blind set CJ)
        ("shaun from polesworth so i had the injection yesterday is a bruise normal",
         "from so i had the injection yesterday is a bruise normal", "shaun"),
        ("good morning raymond from great torrington i had two lots of injections last year",
         "from i had two lots of injections last year", "torrington"),
        ("hi this is roger from hatherleigh i farm sheep and since the stroke my arm is stiff",
         "this is from i farm sheep and since the stroke my arm is stiff", "roger"),
        ("my names reenie from halstead my granddaughter is holding the phone for me",
         "my names from my granddaughter is holding the phone for me", "reenie"),
        # someone named after their company or trade, or with who they are in a clause after
        # the name (blind set BR)
        ("My fishing buddy Griff has torticollis. How does Botox help?",
         "has torticollis how does botox help", "griff"),
        ("Our postie Leonie has a clenched hand", "has a clenched hand", "our postie"),
        ("Our Airbnb guest Mrs Tanaka is here for her neck injections",
         "is here for her neck injections", "our airbnb guest"),
        ("my boss Mr Khan asked me: does it hurt", "does it hurt", "my boss"),
        ("Bram, my husband's allotment mate, wants to know if he can drive home",
         "he can drive home", "bram"),
        ("Coralie, who volunteers with me at the charity shop, is pregnant. Can she have it?",
         "is pregnant can she have it", "who volunteers with me at the charity shop"),
        ("Silas, the bass player in my covers band, had a stroke. Can Botox help?",
         "had a stroke can botox help", "the bass player in my covers band"),
        ("My wife's uncle, Gavin, has it for his arm. Is it safe?",
         "my wife uncle has it for his arm is it safe", "gavin"),
        # a trade shaped like one, or a captain (blind set CJ)
        ("Asking for our leader Lesley. She is on antibiotics. Will they still go ahead?",
         "asking for she is on antibiotics will they still go ahead", "our leader"),
        ("Our captain, Terence, wants to know how often he can have them",
         "how often he can have them", "terence"),
        # family is no company, in the plural too (a review): only the name goes
        ("my sons Tom and Joe both have cp, can they have it",
         "my sons and joe both have cp can they have it", "tom"),
        # a relative by marriage (blind set CJ: "Patsy" was read as "palsy")
        ("My mum-in-law Patsy thinks she can stop wearing her splint",
         "my mum in law thinks she can stop wearing her splint", "patsy"),
        ("my son-in-law Gareth wants to know how long it lasts", "how long it lasts", "gareth"),
        ("My father-in-law, Horst, has had a stroke. Can Botox help?",
         "my father in law has had a stroke can botox help", "horst"),
        ("Fabian from my Zumba class has cerebral palsy and wanted me to ask: does it wear off?",
         "has cerebral palsy does it wear off", "fabian from my zumba class"),
        ("Our vicar, Reverend Alun, has MS and asked me to find out whether he needs stretches",
         "our vicar has ms he needs stretches", "alun"),
    ],
)
def test_the_name_of_the_person_asked_for_is_taken_away(typed: str, kept: str, name: str) -> None:
    reading = read(typed, known)
    assert reading.question == kept
    assert name in reading.dropped


@pytest.mark.parametrize(
    "typed",
    [
        "what do i need to know before botox",  # "i need to know" not at a clause's start
        # typed in lower case, or in a short clause: what the question may be about
        "i have been on ozempic since march so is botox ok for someone like me",
        "I'm on Ozempic, is botox ok",
        "evening appointments, do you have them",  # "evening" is not a greeting here
        "my right arm is stiff",  # "right" is a side, not "right?"
        "can i ask my doctor for botox",  # a question about asking, not "can i ask you"
        "i asked the nurse if i could drive",  # the patient asked someone: a fact
        "my son has cp",  # a known word after a relative is no name
        "one injection or two",  # "one" is a number, not "quick one"
        "how long does it last",
        "i hope the injection works",  # a hope about the treatment, not a good wish
        "i am nervous about the needle does it hurt",  # the nerves are about something
        "what happens the first time",  # "first time" not at a clause's start
        "i am a stroke patient can i have botox",  # a condition says what is asked, a job not
        # without an introduction before it, a trade may be what is asked about
        "insurance broker, does my policy cover botox",
        "right arm stiff will botox help",  # "right" alone is a side
        "i am the one who has to drive can i",  # "the one" is no job
        # a job with what it is about: kept whole
        "i am a retired teacher with ms can botox help my legs",
        # an introduction that says something about the asker's health
        "i am a stroke survivor and my hand is tight how long does botox last",
        "i am a heavy smoker so i get chesty is botox safe",
        "i am a leg amputee and my other leg is stiff",
        "i am a diabetic so will it affect my sugar",
        "i am a bit nervous so does it hurt",
        "i am a lot better but my hand is still tight",
        "stroke patient here how long does it last",
        "blister here is it normal",
        # an unknown word and "here" with no greeting before may name a condition
        "lupus here, is botox safe",
        "syringomyelia here i have had it for years is botox safe for me",  # ...in a run-on too
        "this is tizanidine i take it every day is botox ok",  # "this is" with no greeting
        # a home the content or English knows: may be a medicine and where it came from
        "tizanidine from boots makes me sleepy is that ok with botox when i have it",
        # "from" after something else than a greeting or "I'm" and a name (blind set BF)
        "i suffer from tinnitus, can botox help",
        "i am sore from gardening, is that the botox",
        # a name typed as one and a place, with no greeting before nor "here" after: may be a
        # medicine and its maker
        "Tizanidine from Boots, can i take it with botox",
        "it's fibromyalgia from my MS, can botox help",
        "a former smoker, is botox safe",  # a health habit, not a trade
        "blood thinner here is that ok",
        "while i am here can i book my next one",
        "first timer here what happens in the room",  # a first visit is part of the question
        # health, body and comparatives shaped like trades (a review)
        "i am a pregnant woman so is botox safe",
        "i am a breastfeeding mother, can i have botox",
        "i am a splint wearer and my hand is stiff",
        "i am a lot slurrier, can the botox do that",
        "i am a bit dizzier, is that normal",
        "i am a fainter so can i lie down for the injection",
        "i am an old woman so is it safe",
        # an apology that names a symptom is no apology for asking
        "excuse my drooling can botox help",
        "forgive my slurred words can botox do this",
        # a word after "i'm" that does not end its clause, or after "it's", may be what is
        # asked about
        "im fibromyalgia can botox help",
        "it s fibromyalgia can botox help",
        "is it alright to drive after",  # "alright" asks here
        "how are you meant to sleep with a splint",
        # a word typed as a name is only dropped after someone's company or trade, or before
        # a clause saying who they are (blind set BR): a medicine, or a clause telling
        # something, stays
        "Tamoxifen, my breast cancer pill, does it clash with botox",
        "Maria, my mum has spasms in her neck, can botox help",
        "my coach trip is tomorrow can i go",
    ],
)
def test_words_that_carry_the_question_stay(typed: str) -> None:
    assert question(typed) == " ".join(normalize.words(typed))


def test_a_medicine_opening_a_run_on_is_no_name() -> None:
    """Only "here", or "I'm" and where from, make a first word typed as a name the asker's."""
    typed = "Baclofen I'm on every day and it makes me sleepy so can botox replace it"
    assert "baclofen" in question(typed).split()


def test_a_word_alone_after_a_greeting_is_a_name_only_typed_as_one() -> None:
    # not typed as a name, it may be what is asked about
    assert question("hello, tinnitus, can botox help") == "tinnitus can botox help"
    assert question("hello, Tinnitus, can botox help") == "can botox help"


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        # what the asker tells after saying who they are stays (the urgent checks read it all)
        ("i am a retired teacher and i can not breathe properly can botox cause that",
         "i can not breathe properly can botox cause that"),
        ("i am a builder and my right hand is weak after the injection",
         "my right hand is weak after the injection"),
        # trades no list holds (blind sets AW and AX)
        ("Good morning! I'm a cricket umpire and the season starts soon. How often can these "
         "injections be repeated?",
         "the season starts soon how often can these injections be repeated"),
        ("Hiya. I'm a clockmaker so I love a gadget. What's that machine?",
         "i love a gadget what that machine"),
        ("I'm a bookbinder by trade so I like the details. Who decides the dose?",
         "i like the details who decides the dose"),
        ("Hello, I'm an upholsterer. Is this a cure?", "is this a cure"),
        # or "here" as one (blind set AY)
        ("Hello, football referee here with a dodgy wrist. Does the machine tell them where?",
         "with a dodgy wrist does the machine tell them where"),
        ("Hi, sorry, nervous patient here. What are the risks?", "what are the risks"),
        # or a clause of its own (blind set BE)
        ("Morning, Des here, retired ship's engineer. Does this one hurt?",
         "does this one hurt"),
    ],
)  # fmt: skip
def test_an_introduction_by_trade_is_taken_away(typed: str, kept: str) -> None:
    reading = read(typed, known)
    assert reading.question == kept
    assert any(d.startswith(("i am a", "retired")) or d.endswith(" here") for d in reading.dropped)


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        # blind set BU: whom a greeting is said to, calls and cheers, a region after a home
        ("Hello sunshine, does it hurt?", "does it hurt"),
        ("Hiya pal, how long does it last?", "how long does it last"),
        ("Evening, squire. Is bruising normal after the jab?", "is bruising normal after the jab"),
        ("Alright, me old mucker. Roland, Gawthorpe, can botox stop working?",
         "can botox stop working"),
        ("Cooee! Zillah here, does it hurt much?", "does it hurt much"),
        ("Bongu! Pawlu from Gozo, how many weeks between lots?", "how many weeks between lots"),
        ("Yoo-hoo! Gertrude from Willaston in Cheshire, is it safe?", "is it safe"),
        # a call only as a clause of its own
        ("what's up with my arm since the jab", "what up with my arm since the jab"),
    ],
)  # fmt: skip
def test_greetings_and_whom_they_are_said_to_are_taken_away(typed: str, kept: str) -> None:
    assert question(typed) == kept


TOPICAL = frozenset("ultrasound hurt safe pregnant botox stroke help injections".split())


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        # blind set BU: what the asker does, after their greeting, name or home
        ("Hola, I'm Ines from Taos, I plaster adobe houses for a living. What's the "
         "ultrasound for?", "what the ultrasound for"),
        ("Hello, I've been waiting a while, how many injections do they give?",
         "how many injections do they give"),
        # how the asker is stays: a state, a condition, a medicine the lists do not know
        ("Hi, Ann here, I'm pregnant, is it safe?", "i am pregnant is it safe"),
        ("Hi, Tom here, I had a stroke, will it help?", "i had a stroke will it help"),
        ("Hello, I'm Ann, I'm on apixaban. Can I have botox?",
         "i am on apixaban can i have botox"),
        # what points elsewhere stays
        ("Hi, I'm sat here reading the leaflet and it says something about a warning, what's "
         "that?", "i am sat here reading the leaflet and it says something about a warning what "
         "that"),
        # without an introduction before it, a clause is no pastime
        ("I plaster adobe houses for a living, what's the ultrasound for?",
         "i plaster adobe houses for a living what the ultrasound for"),
    ],
)  # fmt: skip
def test_what_the_asker_does_after_their_introduction_is_taken_away(
    typed: str, kept: str
) -> None:
    assert read(typed, known, topical=TOPICAL.__contains__).question == kept


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        # blind set BX: who asks, in the clause before their name, when they only ask
        ("My crossword buddy at the library, Heulwen, wants to know how many injections "
         "she'll get in her arm.", "how many injections she will get in her arm"),
        ("A friend from the allotments, Dilys, wanted to ask if the jab hurts",
         "the jab hurts"),
        ("One of our students, Ife, wants to know how soon she'd notice a change",
         "how soon she would notice a change"),
        # what may be asked about stays: a condition, a body part
        ("My friend with MS, Jo, wants to know if botox will help",
         "my friend with ms botox will help"),
        ("My friend with a bad back, Jo, wants to know if botox will help",
         "my friend with a bad back botox will help"),
        # ...and so does what happened to them, after the name
        ("My crossword buddy at the library, Heulwen, had a stroke. Will botox help?",
         "my crossword buddy at the library had a stroke will botox help"),
    ],
)  # fmt: skip
def test_who_asks_before_their_name_is_taken_away_when_they_only_ask(
    typed: str, kept: str
) -> None:
    assert read(typed, known, topical=TOPICAL.__contains__).question == kept


def test_only_chat_leaves_nothing() -> None:
    for typed in ["hello", "hi thanks", "good morning!", "my mum wants to know", "the doctor said",
                  "thank you so much", "quick question"]:
        assert question(typed) == "", typed


def test_reported_speech_is_context_when_a_question_follows() -> None:
    reading = read(
        "my neurologist said I should get botox for my arm, how long till it works?", known
    )
    assert reading.question == "how long until it works"
    # the personal-advice checks still read the reported facts, but not its advice word
    assert reading.advice == "i get botox for my arm how long until it works"
    assert "my neurologist said" in reading.dropped


def test_a_question_pointing_back_at_reported_speech_includes_it() -> None:
    reading = read("the nurse said the injection might make my arm weak, is that normal?", known)
    assert reading.question == "the injection might make my arm weak is that normal"
    reading = read("hi, the doctor mentioned dysport instead, is that the same as botox?", known)
    assert reading.question == "dysport instead is that the same as botox"
    # "it" is mostly the treatment, not what was reported
    reading = read("my gp said i should get botox for my arm, how long till it works", known)
    assert reading.question == "how long until it works"


@pytest.mark.parametrize(
    ("typed", "kept"),
    [
        # a question that only asks whether it is so, or what it is, has nothing of its own
        # to ask: the reported words are the question (blind sets O, V, Z, AR)
        ("Hi! My daughter told me Dysport is the same as Botox, is she right?",
         "dysport is the same as botox is she right"),
        ("The doctor mentioned cervical dystonia, what is it exactly?",
         "cervical dystonia what is it exactly"),
        ("the nurse mentioned clonus, what is it?", "clonus what is it"),
        ("i read about a boxed warning on botox, what does it mean",
         "about a boxed warning on botox what does it mean"),
        # "what is it for" asks what the treatment is for: the reported words would hide it
        ("the doctor said botox won't cure my ms. so what is it actually for?",
         "what is it actually for"),
        ("my gp said botox might help, is it safe", "is it safe"),
    ],
)  # fmt: skip
def test_a_question_asking_only_whether_reported_speech_is_so_includes_it(
    typed: str, kept: str
) -> None:
    assert read(typed, known).question == kept


def test_an_asking_frame_inside_a_run_on_sentence_is_taken_away() -> None:
    reading = read(
        "my husband has ms and his arm is tight and we were wondering does he still need physio",
        known,
    )
    assert reading.question == "my husband has ms and his arm is tight does he still need physio"
    reading = read("the doctor he say botox for my arm but i want know is it safe", known)
    assert reading.question == "is it safe"


def test_where_a_patient_heard_something_is_chat() -> None:
    reading = read("i heard from my sister botox is only for wrinkles", known)
    assert reading.question == "botox is only for wrinkles"


def test_reported_facts_still_reach_the_advice_checks() -> None:
    reading = read("the doctor told me to stop my blood thinner, how long before?", known)
    assert "stop my blood thinner" in reading.advice


def test_reported_speech_alone_is_the_question() -> None:
    # nothing else is asked: what was reported is what the patient wants to know about
    reading = read("i was told it takes two weeks to work, is that right?", known)
    assert reading.question == "it takes two weeks to work"
    reading = read("my doctor said i should get botox", known)
    assert reading.question == reading.advice == "i should get botox"


@given(st.text(max_size=200))
def test_any_text_is_read_without_error(text: str) -> None:
    reading = read(text, known)
    # nothing is invented: every word kept was typed (or is a spoken spelling's meaning, or
    # letters typed one at a time read joined: "a a a a" is "aaaa")
    meant = SPOKEN_SPELLINGS | TEXT_SPEAK
    joined = normalize.words(normalize.letters_joined(normalize.clean(text)))
    typed = {*normalize.words(text), *joined}
    typed |= {meant[w] for w in typed if w in meant}
    assert set(reading.question.split()) <= typed
    assert set(reading.advice.split()) <= typed


def test_a_greeting_the_content_answers_is_kept() -> None:
    # An assistant whose entries answer "hello" and "thank you" (CLINC150's greeting and
    # thank_you intents) is asked about them; the clinic's content, which never says them, is not.
    chat_content = {"hello", "thank", "thanks", "you"}.__contains__
    assert read("hello, how is your day", known, chat_content).question == "hello how is your day"
    assert read("thank you for your help", known, chat_content).question == (
        "thank you for your help"
    )
    assert read("hello, how is your day", known).question == "how is your day"
    # a call of its own too: CLINC150's "hey, what's up" is its greeting intent
    greeted = {"hey", "whats", "what", "up"}.__contains__
    assert read("hey, what's up", known, greeted).question == "hey what up"
    assert read("hey, what's up", known).question == ""
    # only part of a greeting known to the content is still chat: "good", not "morning"
    assert read("good morning, does it hurt", known, {"good"}.__contains__).question == (
        "does it hurt"
    )


def test_a_phrasing_copied_from_a_chatty_patient_does_not_keep_greetings(faq) -> None:
    """An alternate such as "Hi, hope you're well. What is spasticity?" does not make "hi" a
    word the content asks about: greetings in patients' questions are still taken away. A
    phrasing that is only a greeting ("hello") still is one."""
    import dataclasses

    from faqbot.matching.engine import Engine

    first = faq.faqs[0]
    chatty = dataclasses.replace(
        first, alternates=(*first.alternates, f"Hi there, good morning! {first.question}")
    )
    engine = Engine(dataclasses.replace(faq, faqs=(chatty, *faq.faqs[1:])))
    asked = engine.read("hi there, good morning, how long does it last")
    assert asked.chat_free.question == "how long does it last"
    greeting = dataclasses.replace(first, alternates=(*first.alternates, "hello"))
    engine = Engine(dataclasses.replace(faq, faqs=(greeting, *faq.faqs[1:])))
    assert engine.read("hello, how long does it last").chat_free.question.startswith("hello")


def test_a_word_the_content_uses_otherwise_is_still_chat_in_a_greeting(faq) -> None:
    """A phrasing "is Botox OK?" does not make "ok" a greeting the content asks about: "ok so
    what is botox" is asked without it (it was led to that phrasing, blind set X)."""
    import dataclasses

    from faqbot.matching.engine import Engine

    first = faq.faqs[0]
    okay = dataclasses.replace(first, alternates=(*first.alternates, "Is Botox OK for me?"))
    engine = Engine(dataclasses.replace(faq, faqs=(okay, *faq.faqs[1:])))
    assert engine.read("ok so what is botox").chat_free.question == "what is botox"
    assert engine.read("hi, is it ok to drive").chat_free.question == "is it ok to drive"


def test_letters_typed_one_at_a_time_are_read_as_their_words() -> None:
    """Blind set BH: "h o w  o f t e n  c a n  i  h a v e  i t" fell back, a space pressed
    after every letter; a wider gap between words stays one."""
    assert normalize.letters_joined("h o w  o f t e n  c a n  i  h a v e  i t") == (
        "how  often  can  i  have  it"
    )
    assert normalize.letters_joined("i m ok, how long") == "i m ok, how long"  # three: typed so
