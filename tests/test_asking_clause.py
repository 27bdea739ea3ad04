"""The clause that asks, read on its own: "thanks, the nurse was lovely, what are the side
effects" is a question about side effects told after two clauses of chat. Read whole, the chat
dilutes the ranking and the engine only offers "Did you mean...?"; the last clause alone gets
the answer of the entry the whole question ranks first, and only then is it answered."""

from __future__ import annotations

import pytest

from faqbot.matching.engine import Engine, _asking_clause, _asking_parts
from faqbot.matching.results import Kind


@pytest.fixture(scope="module")
def engine(bundled_engine: Engine) -> Engine:
    return bundled_engine


@pytest.mark.parametrize(
    ("question", "expected", "clause"),
    [
        (
            "thanks for your help earlier, the nurse was lovely, what are the side effects",
            "common-side-effects",
            "what are the side effects",
        ),
        (
            "ok so my neurologist referred me, i have ms, how often can i have the injections",
            "how-often",
            "how often can i have the injections",
        ),
    ],
)
def test_the_last_clause_that_asks_is_answered(
    engine: Engine, question: str, expected: str, clause: str
) -> None:
    result = engine.ask(question)
    assert (result.kind, result.id) == (Kind.ANSWER, expected)
    assert result.explanation is not None
    assert f"reading the part {clause!r} on its own" in result.explanation.reason


@pytest.mark.parametrize(
    ("sentence", "clause"),
    [
        ("hi there, my mum had a stroke, what is spasticity", "what is spasticity"),
        # a linking word before the question word is not part of the question
        ("i have ms, so how long does it last", "how long does it last"),
        ("sorry, and when will it start working?", "when will it start working"),
        # dictated without a full stop, "which" may ask
        ("hi, my mum had a stroke, which side effects are common", "which side effects are common"),
    ],
)
def test_the_asking_clause_is_the_last_one(sentence: str, clause: str) -> None:
    assert _asking_clause(sentence) == clause


@pytest.mark.parametrize(
    "sentence",
    [
        # one clause: nothing to leave out
        "what is spasticity",
        # the question is not at the end: the end qualifies it
        "How dangerous can things get with Botox, worst case?",
        "What's in the needle then, some sort of bug juice?",
        # two clauses ask: two questions, or one told in two parts
        "Can I stay with my child, and do children get anything for the pain?",
        # a number left out is part of the question (an age, a dose, a date)
        "my mum is 89, is she too old for botox",
        # too short to read alone
        "so they said it lasts months, who decides",
        # a short clause that points back at what was left out
        "The place of injection is red and have pus, what it mean?",
        # "which" after a comma in a sentence told with a full stop tells (blind set BD)
        "I go geocaching with my grandson, which keeps me going after the stroke.",
        "I talk all day, which matters for what I'm about to ask.",
    ],
)
def test_no_clause_is_read_alone_when_the_rest_belongs_to_the_question(sentence: str) -> None:
    assert _asking_clause(sentence) is None


@pytest.mark.parametrize(
    ("question", "offered"),
    [
        # blind set BB: a carer's sentence of who asks diluted the question below any offer
        (
            "I'm a respite carer for a gentleman who had a stroke. What should he do once he's "
            "had the injections?",
            "aftercare",
        ),
        (
            "I play mahjong with her every Thursday and she asked me to type this: what "
            "improvements might she see after Botox?",
            "expected-improvements",
        ),
        (
            "Hello there, sorry to bother you. I'm a retired optician so I know a fair bit about "
            "eyes but nothing about necks! What actually is cervical dystonia?",
            "what-is-cervical-dystonia",
        ),
        # a sentence that points back is read with the one before it, which says what
        # "that" is (blind set BD's bus spotter)
        (
            "I photograph vintage trolleybuses around Huddersfield for a hobby magazine. The "
            "doctor thinks my twisting neck is cervical dystonia. What exactly is that?",
            "what-is-cervical-dystonia",
        ),
        # "they" after "before", "once", "when" is the staff at work, not what was told
        # (blind set BF's boiler engineer)
        (
            "Morning, Tariq here, servicing gas boilers round Burnley is my trade. Should I tell "
            "the doctor about my diabetes before they start?",
            "health-problems-to-mention",
        ),
        # "it" points back at the treatment the sentence before names: the asking sentence
        # is read alone too (blind set BI's wheelchair basketball teammate)
        (
            "My wheelchair basketball teammate has cerebral palsy and is thinking about Botox "
            "for her shooting arm. How soon would it start working?",
            "when-it-starts-working",
        ),
        # ...or the asker introduced themselves in it (blind set BJ's, with a second trade:
        # since a name and a home typed as names after a greeting are chat, the first alone
        # no longer hides the question)
        (
            "Hello, Aoife from Kenmare, I was a trapeze artist and fire juggler before my "
            "stroke. Will the needles hurt, and can I get something to numb it?",
            "does-it-hurt",
        ),
        # a dictated run-on that names the treatment: its "it" is the treatment (blind set BU)
        (
            "hello my name is Wilmot and I used to hire out canoes on the Wye for thirty odd "
            "years and I had the Botox in my hand this morning and what I really want to know "
            "is how long will it be before I notice my fingers opening up a bit",
            "when-it-starts-working",
        ),
        # ...or announces its question: "what I'm asking is" (blind set CA)
        (
            "so I'm Tansy and I film the big storm waves smashing over the clock tower at "
            "Porthleven and sell the clips to the telly and I was up on the cliff in January "
            "when my legs went and it turned out I'd had a stroke at fifty-two which nobody "
            "expected and now my left arm is bent up against my chest and my partner keeps "
            "reading things online about Botox being a poison so I suppose what I'm asking is "
            "is it actually safe to have",
            "is-botox-safe",
        ),
        # "this time" says when: it points at nothing told before (blind set CB)
        (
            "i'm shauna from castlederg, i run a mobile dog wash out of a van, and this is my "
            "second round of botox in my arm after the first did nothing at all, and i'm "
            "starting to think it's a wild goose chase and i'm throwing good money after bad on "
            "bus fares, so what happens if it doesn't work this time either",
            "if-it-did-not-work",
        ),
        # the question told as what someone asked, or past a softening word (blind set CB)
        (
            "hello i'm eifion and i restore morris minors in my garage or i did "
            "until the stroke at fifty-seven, and my right hand's been clawed up ever since, and "
            "my daughter asked whether after the botox i can stop doing the boring exercises the "
            "physio gave me and stop wearing the splint at night because honestly i hate the "
            "thing",
            "still-need-therapy",
        ),
        (
            "my name is merle i'm seventy-eight and i used to clean the railway carriages at "
            "carlisle, well i live near brampton anyway, and my grandson has been on the "
            "internet telling me botox is the same stuff they use in biological weapons and "
            "i've barely slept worrying about it so please tell me honestly whether it's safe to "
            "have it put in my arm",
            "is-botox-safe",
        ),
    ],
)
def test_the_sentence_that_asks_is_offered_when_the_whole_finds_nothing(
    engine: Engine, question: str, offered: str
) -> None:
    result = engine.ask(question)
    assert result.kind is Kind.CLARIFY, result
    assert offered in [c.entry.id for c in result.candidates]
    assert result.explanation is not None and "read on its own" in result.explanation.reason


@pytest.mark.parametrize(
    "question",
    [
        # the sentence that asks points back at what was told: what "it" or "that" is
        "my dog has eaten half a bar of dark chocolate. is that dangerous for him?",
        "I have tinnitus. Can Botox help with it?",
        "I have tinnitus. Can Botox treat that?",
        pytest.param(
            "My kids have tinnitus. When they have the injection will it help?",
            marks=pytest.mark.xfail(
                strict=True,
                reason="since 'children' is read as 'child' (blind set CE: +43 right answers "
                "on the pool), 'kids ... when ... have ... injection' shares four words with "
                "'is there a bigger risk when children have these injections?', and the close "
                "entries together are offered for the unknown 'tinnitus'",
            ),
        ),
        "My dog ate a whole bar of chocolate. Can you explain that to me?",
        # the sentence before names no treatment for "it" to be
        "My wheelchair basketball teammate has tinnitus. How soon would it stop?",
        # an introduction that tells a condition: "it" may be the condition
        "Hello, Aoife from Kenmare, I have tinnitus. Can Botox help with it?",
        # read with the sentence before it, it still names what the content does not know
        "I photograph vintage trolleybuses around Huddersfield for a hobby magazine. I have "
        "tinnitus. Can Botox help with it?",
        # a sentence shorter than a dictated run-on is read whole: the fleas are the subject
        "the cat has fleas, how often can i give the drops",
        # a run-on that names no treatment before its "it": it may be what was told
        "I have had tinnitus in both of my ears for years now and the doctor said to ask "
        "about it here so how soon would it stop",
    ],
)
def test_a_sentence_that_points_back_is_not_offered_on_its_own(
    engine: Engine, question: str
) -> None:
    result = engine.ask(question)
    assert result.kind is Kind.FALLBACK and not result.referred, result


def test_a_run_ons_errand_of_common_words_is_answered(engine: Engine) -> None:
    # blind set BI: "volunteer", "society", "branch" are common English, no unknown names
    # (7967129), and what follows "find out" is the question (3de0e6c)
    result = engine.ask(
        "I volunteer with our local MS Society branch and one of our members asked me to find "
        "out who shouldn't have Botox."
    )
    assert result.kind is Kind.ANSWER and result.id == "who-should-not-have-botox", result


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "hiya it's Kathleen I'm a pastry chef in Fermoy and I need both hands for the "
            "laminating and the piping and since the stroke my right fingers won't open "
            "properly and it's driving me demented so what kind of improvement can I "
            "actually expect from the injections",
            "expected-improvements",
        ),
        (
            "yeah hi I'm Tunde I do parcel deliveries round Huntingdon and I've got a spasm "
            "in my neck that pulls my head down to one side all day I'm on a few tablets for "
            "blood pressure and that so which medicines do I need to tell the team about",
            "medicines-to-mention",
        ),
        # told in sentences; a "that" joining a noun to what is said of it points nowhere
        # (blind set BD; it was only offered before)
        (
            "I work as a court interpreter in Chichester so I talk all day, which matters for "
            "what I'm about to ask. They want to inject my neck for dystonia next month. I've "
            "read so many forum posts that I've frightened myself. What are the side effects "
            "that most people actually get? I'd like a plain list.",
            "common-side-effects",
        ),
        # the sentence that asks is one, not also its asking clause (blind set BD;
        # it was only offered before)
        (
            "I've been a morris dancer in Stroud since I was a lad, bells and hankies and all, "
            "and after my stroke my arm goes stiff and bent. The physio has me doing stretches "
            "twice a day which I'm rubbish at remembering. If I'm having the Botox now, do I "
            "still have to keep up my stretches? Honestly I'd rather be dancing.",
            "still-need-therapy",
        ),
        # "these injections" name what they point at (it was only
        # offered before)
        (
            "I restore grandfather clocks in a workshop behind the greengrocer's, mostly "
            "pendulums and escapements. My wrist has gone tight since the MS flared. What "
            "kind of improvements do people get from these injections?",
            "expected-improvements",
        ),
        # "it" after the botox the part names is the botox (blind set BL)
        (
            "hi my name is augustine im from pittenweem in fife i worked at a distillery as a "
            "maltster for thirty years and now since my stroke my right hand just curls up on "
            "me so how long does the botox actually last before i need it again",
            "how-long-it-lasts",
        ),
        # a shorter story, told in sentences: the part finds what the whole ranks first
        # (blind set BL; it was only offered)
        (
            "Evening all. Oswald, snooker refereeing at the club in Barnard Castle is my thing. "
            "How often can I have these injections?",
            "how-often",
        ),
        # a condition the clinic treats, told in the story, is the asker's background: it
        # makes no near miss of an entry that never names it (blind set CL; offered before)
        (
            "Dzień dobry, Zbigniew from Kraków. I sell obwarzanki from a blue cart on the Main "
            "Square, sesame, poppy seed, salt. Stroke last winter, arm tight. If the first "
            "Botox does not work, what then? Dziękuję bardzo.",
            "if-it-did-not-work",
        ),
        (
            "Morning. Kenelm, from up Hawes way; I bred fell ponies till the stroke. What's "
            "the EMG machine for?",
            "emg-and-ultrasound",
        ),
        # one long dictated sentence (blind set BE's architect; offered before)
        (
            "I used to restore old narrowboats on the canal until the stroke and my right hand "
            "curls in round the tiller now, anyway what kind of improvements do people "
            "usually get from these injections",
            "expected-improvements",
        ),
    ],
)
def test_a_story_in_words_the_content_lacks_does_not_hold_back_its_question(
    engine: Engine, question: str, expected: str
) -> None:
    """The pastry chef and Fermoy are who asks; the question at the end is one the clinic
    answers (blind set BK's run-ons)."""
    result = engine.ask(question)
    assert (result.kind, result.id) == (Kind.ANSWER, expected)
    assert result.explanation is not None
    assert "who asks, in words the content does not know" in result.explanation.reason


def test_short_sentences_do_not_count_against_reading_sentence_by_sentence(
    engine: Engine,
) -> None:
    """Seven sentences, three of them a greeting, "Quick question:" and thanks: the message is
    still read sentence by sentence (blind set CL; it fell back), while a message of seven
    sentences of three words or more is not."""
    question = (
        "¿Cómo estái? Javiera here, I drive one of the old funicular lifts up the hills in "
        "Valparaíso, thirty years now. Visiting my brother for the winter. Quick question: is "
        "Dysport the same as Botox? My doctor in Chile used one and here they say the other. "
        "Gracias po."
    )
    result = engine.ask(question)
    assert (result.kind, result.id) == (Kind.ANSWER, "other-brands"), result.explanation
    told = "The sun is out. " * 6
    assert _asking_parts(told + "Is Dysport the same as Botox?") == []
    assert _asking_parts("Hi. Hi. Hi. Hi. " + told[:-16] + "Is it safe?") != []
    assert _asking_parts("Hi. " * 10 + "Is it safe?") == []


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("Asking for my wife, who has MS: is she allowed to drive home after, or should I drive?",
         "driving-after"),
        ("Morning, I'm a ballroom dancer, or was before my stroke. Will I have to fill in "
         "questionnaires at the follow-ups?", "questionnaire"),
    ],
)  # fmt: skip
def test_a_condition_the_clinic_treats_told_beside_the_question_is_background(
    engine: Engine, question: str, expected: str
) -> None:
    """Stroke and MS, told around the sentence that asks, are who asks: the entry that never
    names them is no near miss (blind sets AY, BM; they were only offered)."""
    result = engine.ask(question)
    assert (result.kind, result.id) == (Kind.ANSWER, expected), result.explanation


@pytest.mark.parametrize(
    "question",
    [
        # the story tells a condition the content does not know: the question may be about it
        "I have tinnitus and a ringing in my ears all day and my GP mentioned botox so how "
        "long does botox last",
        "my husband has achalasia and they want to put botox in his oesophagus so how many "
        "injections do people get",
        "hello I'm Maggie from Tralee and my vet says my spaniel needs injections for his hips "
        "so how long does the effect last",
        # a shorter story whose part that asks finds another entry than the whole question:
        # what was told may be the question (blind set BI)
        "Wakya. I am breastfeeding my baby, four months. Botox is allowed for me or not "
        "allowed?",
        # two questions, the second joined by "and": the first is not told as one
        "ok I'm a nurse myself so I know a bit but not neuro at all and I'm here with my dad "
        "who's anxious about the needle so just for him what happens in the appointment step "
        "by step and how long does the injecting part take",
        # "it" may be what the story told, even after the part names the botox, when the
        # botox is to do something to it
        "my neighbour Gwilym keeps racing pigeons in Tredegar and his shoulder is frozen and "
        "the doctor said botox so does the botox help it much",
        # "it" may be what the story told
        "hello my name's Ronan I'm the kit man for the football club washing jerseys and my "
        "arm has been spasming since the stroke and honestly I didn't notice much difference "
        "so what happens now if it didn't work",
        # ...in words the content knows: what the botox does "to it" is done to the hand
        # (blind set AD)
        "my husband had a stroke last year and his hand is clenched shut most of the day and "
        "it bothers him so what is the botox actually doing to it",
        # a condition the clinic does not treat, told before the question, may be what it
        # asks about; and "that" points back at the stroke told (blind set BS)
        "Hello, Perpetua from Bude, I knit for the lifeboat fair. I have a Parkinson's "
        "tremor. Can Botox stop the shaking?",
        "My stroke was a bleed, not a clot. Does that make Botox any riskier for me?",
    ],
)
def test_a_story_that_may_change_the_question_is_not_answered(
    engine: Engine, question: str
) -> None:
    result = engine.ask(question)
    assert result.kind is not Kind.ANSWER, (result.id, result.explanation)


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        (
            "so i had my stroke two years ago and my right hand curls up and the physio keeps "
            "on at me about stretching and my daughter drives me here every time so what kind "
            "of improvements can i actually expect from the botox",
            "expected-improvements",
        ),
        # a run-on's errand: what follows "find out" is the question (blind set BI; it was
        # only offered)
        (
            "I pet-sit for an elderly gentleman with MS and he's asked me to find out how many "
            "injections he's likely to have.",
            "how-many-injections",
        ),
        # the name and the home dictated in lower case are taken away first (blind set BL)
        (
            "struan here from dornoch i make kilts for a living so i need my fingers for the "
            "pleating and the stitching my hand has been clenched since the stroke in april and "
            "im not expecting miracles but what kind of improvements can i actually expect from "
            "the botox",
            "expected-improvements",
        ),
    ],
)
def test_a_long_sentences_story_in_words_the_content_knows_does_not_hold_back_its_question(
    engine: Engine, question: str, expected: str
) -> None:
    """A long sentence's story pulls the whole question's ranking towards its own words
    (the stroke, the hand, the physio); the part that asks, read alone, is sure. A name
    in the story got the answer before while the same story in known words did not."""
    result = engine.ask(question)
    assert (result.kind, result.id) == (Kind.ANSWER, expected)
    assert result.explanation is not None
    assert "the rest of the long sentence tells who asks and why" in result.explanation.reason


def test_a_run_on_that_announces_its_question_with_is_is_answered_from_there(
    engine: Engine,
) -> None:
    """In "...the thing I wanted to ask before I forget is how long...", the question word
    after an announcing "is" starts the part that asks (`_asking_parts`), and a run-on whose
    story is told in words the content does not know is answered from there."""
    question = (
        "my name is olwen and i keep bees up on the moor near haworth and i drove down this "
        "morning with my sister and the thing i wanted to ask before i forget is how long the "
        "botox usually lasts"
    )
    assert _asking_parts(question) == ["how long the botox usually lasts"]
    result = engine.ask(question)
    assert result.kind is Kind.ANSWER and result.id == "how-long-it-lasts", result


@pytest.mark.parametrize(
    "told",
    [
        # "that is why", "there is what", "it is how": they tell, they do not announce
        "i have had a stiff arm since the stroke and my neck is tight as well and that is why i "
        "came to the clinic this morning with my son who drove me all the way here",
        "my sister drove me down from the moor this morning and the car park was full and it is "
        "how it always is on a market day round here with all the stalls",
        # "whether" past an adverb that is not a softener: the question is at the end
        "i've been coming here every three months for nine years and i'm wondering lately "
        "whether it's doing as much so can botox stop working over time",
    ],
)
def test_an_is_or_an_adverb_that_does_not_announce_starts_no_part(told: str) -> None:
    parts = _asking_parts(told)
    assert not any(p.startswith(("why", "how it", "it's doing")) for p in parts), parts


CARPARK_RUN_ON = (
    "morning I'm Caspar I read the travel news on local radio in Dunstable at half six every "
    "morning telling people the M1's a car park again and for about four years my head's been "
    "turning to the left on its own and I've had three rounds of the injections now and I'm "
    "back here wondering how long a round of Botox is actually supposed to last before it "
    "wears off"
)
"""Blind set CC: the front desk's "car park" is in the story, not in the part that asks."""


def test_a_refer_trigger_only_in_a_run_ons_story_does_not_refer(engine: Engine) -> None:
    result = engine.ask(CARPARK_RUN_ON)
    assert not result.referred, result
    reached = [result.id] if result.kind is Kind.ANSWER else [c.entry.id for c in result.candidates]
    assert "how-long-it-lasts" in reached, result


@pytest.mark.parametrize(
    "question",
    [
        # the trigger is in the part that asks (blind set CC)
        "my daughter drove me in today from the far end of the county and she has been "
        "reading things online and she is fretting about it so should I stop my apixaban "
        "before the injection or keep taking it as normal",
        # a clause of the run-on opens like a question: the rules fire only read whole
        # (blind set BZ)
        "I've had MS for 30 years, is it worth me trying Botox at all or is it too late for me?",
        # the same story told in sentences: the refer rules read all of it, as before
        "The M1 was a car park again this morning. How long does a round of Botox last?",
    ],
)
def test_a_refer_trigger_in_the_asking_part_or_outside_a_run_on_still_refers(
    engine: Engine, question: str
) -> None:
    assert engine.ask(question).referred
