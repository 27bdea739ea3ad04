"""The urgent check when in doubt (issue 9, item 3): red-flag body words with a problem word,
or words about dying, get "Is this happening now?"; self-harm words get the alert, whatever
the content's own rules are."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from faqbot.content.model import Faq
from faqbot.evaluation.cases import Expect, load_cases
from faqbot.matching import redflags
from faqbot.matching.engine import Engine
from faqbot.matching.results import Kind, Result
from faqbot.matching.triggers import same_start
from faqbot.matching.urgency import CHECK_RULE, DISTRESS_RULE, SELF_HARM_RULE

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def engine(faq: Faq) -> Engine:
    """The small test content: two urgent rules, no self-harm rule, none of these phrasings."""
    return Engine(faq)


@pytest.mark.parametrize(
    "question",
    [
        "my words come out mushy",
        "i cant see properly since the jab",
        "my eyelids feel heavy and keep closing",
        "my dad went all floppy and his legs are weak too",
        "i keep coughing when i eat",
        "my lips look huge",
        "my bladder is leaking since tuesday",
        "is my voice supposed to sound different",
        "i feel like i am dying",
        "the room keeps tilting when i stand up",
        "i keep needing a wee since the jab, it just leaks",
        "mywordscomeoutmushy",  # the check reads joined words too
        "the room spins when i stand up",
        "i lost my wind after the jab",  # breath lost: a phrase, not the bare word
        "blood began to gush from my arm",  # no everyday meaning at a clinic
        "my wоrds соme оut mushy",  # and look-alike letters
        # words lost, not a word asked about
        "i cant find the word for things since the injection",
        # double vision told as one thing counted twice (blind set CK)
        "also there are 2 of this kiosk, like a photocopy that slipped",
        "where is the loo, also there are two of this screen",
        "theres 2 of them",
        # ... or as a thing that has grown a twin (blind set CN)
        "everyone in this waiting room has got a twin since this morning",
        "the clock on the wall has a twin",
    ],
)
def test_red_flag_words_with_a_problem_get_the_check(engine: Engine, question: str) -> None:
    result = engine.ask(question)
    assert result.kind is Kind.URGENT and result.is_check
    assert result.id == redflags.CHECK_ID
    assert result.text == redflags.CHECK_TEXT
    assert result.rule is CHECK_RULE and result.rule.answer == redflags.URGENT_MESSAGE
    # "No" leads to what the question gets without the check.
    assert result.otherwise is not None and result.otherwise.kind is not Kind.URGENT
    assert result.otherwise.question == question


@pytest.mark.parametrize(
    ("question", "word"), [("i am so winded since the jab", "winded"), ("it all spins", "spins")]
)
def test_a_red_flag_word_with_its_ending_is_still_one(
    engine: Engine, question: str, word: str
) -> None:
    """Only the bare stem is read as the everyday word ("wind" a clock, a "spin" class)."""
    result = engine.ask(question)
    assert result.kind is Kind.URGENT and result.is_check
    assert result.explanation is not None
    assert f"a red-flag word ({word!r})" in result.explanation.reason


def test_no_leads_to_the_normal_answer(engine: Engine) -> None:
    result = engine.ask("my arm feels weak since the injection, is that normal")
    assert result.is_check
    plain = engine._after_urgent(engine.read(result.question))
    assert result.otherwise == plain


@pytest.mark.parametrize(
    "question",
    [
        "i want to kill myself",
        "she wants to hurt herself",
        "i am going to end it all",
        "thinking about suicide",
        "im suicidle",  # a slip
        # phrases of everyday words, said in order
        "sometimes i think everyone would be better off if i wasnt here",
        "if i wasn't here nobody would care",
        "i just want to end things",
        "honestly i just want to end it",
        "I have a plan and I've said my goodbyes",
        "I feel calm now that I've made my plan",
        # said in everyday speech; each had only the check about breathing and swallowing
        "i wanna die",
        "I don't want to be alive anymore",
        "my son keeps banging his head on the wall and says he wants to be dead",
        # cutting one's arm, in order (one word between allowed)
        "i have been cutting my arm again",
        "cutting into my arm helps",
    ],
)
def test_self_harm_words_go_straight_to_the_alert(engine: Engine, question: str) -> None:
    assert not any(r.id == "self-harm" for r in engine.faq.urgent)  # the floor, not the file
    result = engine.ask(question)
    assert result.kind is Kind.URGENT and not result.is_check
    assert result.rule is SELF_HARM_RULE
    assert result.id == redflags.SELF_HARM_ID
    assert "988" in result.text
    assert engine.urgent_rule(question) is SELF_HARM_RULE


@pytest.mark.parametrize(
    "question",
    [
        "i feel so hopeless these days",
        "honestly I have had enough of everything",
        "the world would be easier without me",
        "sometimes I think about stepping in front of a bus",
        "i cant cope with this anymore",
        "life isnt worth it with this arm",
        "I just want to give up",
        "i feel like giving up you know on everything",  # words of talk inside the phrase
        "tired of being a weight on everyone, they'd manage fine",  # three despair cues
        "no living for me now, gave it all away, just the pills left",  # three, one a word each
        "ive bought some rope",  # a rope, not a likeness ("like old rope")
        "last time ill be here, goodbye everyone",  # "last time" told of what is to come
        "this is the last time anyone will see me",  # a veiled goodbye
        "you wont see me again after today",
        "at peace now, my arrangements are sorted",
    ],
)
def test_words_of_despair_get_the_check_about_self_harm(engine: Engine, question: str) -> None:
    """No self-harm phrase, but despair: asked "Is this happening now?" about thoughts of
    ending one's life, and "Yes" shows the self-harm message with the crisis line."""
    result = engine.ask(question)
    assert result.kind is Kind.URGENT and result.is_check
    assert result.id == redflags.DISTRESS_ID
    assert result.text == redflags.DISTRESS_TEXT
    assert result.text.startswith(redflags.CHECK_QUESTION)
    assert result.rule is DISTRESS_RULE and "988" in result.rule.answer
    assert result.otherwise is not None and result.otherwise.kind is not Kind.URGENT


@pytest.mark.parametrize(
    "question",
    [
        "thanks, goodbye",
        "will the spasms disappear",
        "can i take my pills before the injection",
        "how many calories are in mashed potatoes",
        "is it worth trying botox again",
        "when is my flight boarding",
        "does botox help teeth grinding",
        "will the botox make my illness go away forever",  # two despair cues are not three
        # a thing that fails, not a body (the learned reader's made-up negatives)
        "the printer won't connect",
        "my car won't start this morning",
        "the printer won't turn on since yesterday",
        # the words of a self-harm phrase, apart and out of order (blind sets AD and X)
        "Hello, many thanks for being here. What should I do if the injection didn't help me?",
        "I was a mechanical engineer, so I like to know how things work. How precisely does the "
        "toxin stop the muscle contracting?",
        # ... and out of order across a sentence (blind set AJ's first run)
        "How safe is it to keep having Botox for years on end?",
        "Hi, I've got a hip operation planned for next month. Do I need to tell the team?",
        # one word is one despair cue ("living" is not also "live"), and skipping a thing is
        # no despair (blind set BM)
        "Hiya, Darragh from Tramore here, I fit double glazing for a living. Am I OK to drive "
        "myself home after?",
        "I'm on blood-thinning pills, do I give them a miss the day before the jab?",
        "ever since my stroke my hand's knotted up like old rope, is that the stroke doing it?",
        # "last" telling when (blind sets AA and AH)
        "Woke up with a sore arm the day after last time, does that happen to everyone?",
        "how much did they give me last time and is that enough",
        # a phone cut off, then the arm (blind set CI's first run: the self-harm alert)
        "Hi it's Gerallt in Hartington again sorry my phone cut off I was saying my arm feels "
        "weaker but only the arm they injected not anything else so is that normal",
    ],
)
def test_everyday_words_near_despair_or_run_together_get_nothing(
    engine: Engine, question: str
) -> None:
    assert engine.ask(question).kind is not Kind.URGENT


def is_alert(result: Result) -> bool:
    """The full urgent alert, not the check "Is this happening now?"."""
    return result.kind is Kind.URGENT and not result.is_check


def test_a_self_harm_phrase_of_everyday_words_counts_only_in_order(engine: Engine) -> None:
    """ "dont want ... here" across a run-on about cosmetic Botox (blind set AM's first run) and
    "dont ... can ... go on" across one about the neck (AN's) are no self-harm alert; said in
    order, with a word between, they still are. So for a reflexive, which must follow its verb:
    "asking for myself ... my neck is killing me" is no "kill myself" (CM's)."""
    run_on = (
        "i was wondering if the botox you use here is the same as the stuff they use for "
        "wrinkles because my friend said it is just the same thing and i dont want my face "
        "going funny"
    )
    neck = (
        "i have been having the injections in my neck for the twisting for about three years "
        "now and lately they dont seem to do much so can they stop working over time or is "
        "something else going on"
    )
    dad = "my dad wants to know if he can drive himself home after"  # "dad ... want to be dead"
    # "lives ... point" (blind set CE's first run: the self-harm alert), "off ... jump" and
    # "walls ... into" (CF's)
    lives = "Do people need Botox for the rest of their lives, or can they stop at some point?"
    gun = "If it wears off early, can I jump the gun and have the next one sooner?"
    walls = "Will I be climbing the walls when the needle goes into my neck?"
    # "myself ... killing" and "dry into ... car ... drive" (CM's first run: the alert)
    pregnant = (
        "now I'm asking for myself I'm twelve weeks pregnant and my neck is killing me can I "
        "still have Botox"
    )
    car = (
        "I hang the cod on racks to dry into klippfisk. I am here in Amble for my brother's "
        "birthday and I have rented a car. Can I drive it after my neck injections today?"
    )
    for asked in [run_on, neck, dad, lives, gun, walls, pregnant, car]:
        assert not is_alert(engine.ask(asked)), asked
    for said in [
        "i dont want to be here anymore",
        "i just dont really want to be here",
        "i cant go on like this",
        "i really cant go on",
        "whats the point of living",
        "is there any point in my living",
        "i want to jump off the bridge",
        "im going to jump off something high",
        "thinking of driving into a wall",
        "i keep thinking about killing myself",
        "i could just kil myslef",
        "she says she will hurt herself",
        "sometimes i think about driving my car into a tree",
        "i want to drive my car into the sea",
    ]:
        assert is_alert(engine.ask(said)), said


def test_going_on_with_a_treatment_is_no_despair(engine: Engine) -> None:
    """Blind set BU's first run: "is there any point carrying on with physiotherapy" got the
    self-harm alert on both files. Going on with a named treatment is a question about it;
    going on without one, or with life, is still the alert."""
    for asked in [
        "Once I've had Botox, is there any point carrying on with physiotherapy?",
        "is there any point going on with the stretches after the jab",
        "is there any point carrying on with the injections if they dont help",
    ]:
        assert engine.ask(asked).kind is not Kind.URGENT, asked
    for said in [
        "is there any point carrying on",
        "i see no point carrying on with life",
        "no point going on anymore, even with the physio",
        "whats the point going on with the jabs, i want to kill myself",
    ]:
        assert is_alert(engine.ask(said)), said


@pytest.mark.parametrize(
    "question", ["what's the weather like in Blackpool tomorrow", "in blackburn"]
)
def test_a_long_unknown_word_is_no_three_slips_from_a_one_word_trigger(
    bundled: Engine, question: str
) -> None:
    """Blind set AT's first run: "Blackpool" got the fainting alert as "blackout"."""
    result = bundled.ask(question)
    assert not is_alert(result), result


@pytest.mark.parametrize(
    "question",
    ["i cant swalwing", "i had a blakcout", "she had a blackoutt", "i had anafalactic shock"],
)
def test_a_long_word_two_slips_from_a_one_word_trigger_still_alerts(
    bundled: Engine, question: str
) -> None:
    assert is_alert(bundled.ask(question))


@pytest.mark.parametrize(
    ("question", "checked"),
    [
        # a word of the English list split into pieces: "an tibo dies", "kid dies"
        ("antibodies", False),
        ("can kiddies have the jab", False),
        ("is it the deadliest toxin", False),
        # a run no list holds is still split, and its word about dying still asked about,
        # beside a real word split too (a review: "antibodies and imdying")
        ("imdying", True),
        ("antibodies and imdying", True),
        # nor a red-flag word (blind set BB: "winds or"); words of despair still count in
        # pieces ("i keep going to the footbridge", below)
        ("what's the weather going to be like in windsor on saturday?", False),
    ],
)
def test_a_word_about_dying_must_be_typed_not_found_inside_a_real_word(
    engine: Engine, question: str, checked: bool
) -> None:
    """On a file without "antibodies" (the sparse one), every question about antibodies got
    "Is this happening now?": the split reading "an tibo dies" holds "dies". The pieces of a
    split word of the English list are no words about dying or red-flag words; a run no list
    holds still is."""
    result = engine.ask(question)
    assert (result.kind is Kind.URGENT and result.is_check) is checked, result


def test_a_real_word_is_no_bigger_slip_of_a_self_harm_word(engine: Engine) -> None:
    """Blind set AQ's first run: "thumping" was read as "jumping" two slips away ("jump off"),
    and "trek" as "tired" ("tired of living", its words far apart in a run-on about living on
    a narrowboat): the crisis alert on questions about a headache and how often. A real word
    is read as a self-harm word within its ordinary slip tolerance only, and those phrases of
    everyday words count only in order; a slip that is no word is still read."""
    for asked in [
        "will I get a thumping head off it?",
        "We live on a narrowboat so getting in for appointments is a bit of a trek depending "
        "where we're moored, last time I had it done it worked really well for about three "
        "months then faded, how often am I allowed to have it",
    ]:
        assert not is_alert(engine.ask(asked)), asked
    for said in [
        "i want to jumpp off a bridge",
        "im so tired of livng like this",
        # any order and slips still, for phrases that are no everyday talk (a review of the
        # change: moved to "in order only", these had lost the alert, some got nothing)
        "im sik of living",
        "i am sick of all this living",
        "im tired living",
        "tired off living",
        # ... and in order only, with a word between, for those that may be everyday talk
        "I am tired of this life, I think to finish it",
    ]:
        assert is_alert(engine.ask(said)), said


def test_a_real_word_is_a_slip_of_a_self_harm_word_only_by_the_keyboard(engine: Engine) -> None:
    """Blind set BO's first run: "bill" was read as "kill" ("... pay for this myself, or does
    my insurance pick up the bill?"), the crisis alert on a question about costs. As for the
    urgent rules, a real word counts as a slip of another only by a neighbouring key or a
    vowel; a slip that is no word is still read."""
    asked = "Will I have to pay for this myself, or does my insurance pick up the bill?"
    assert engine.ask(asked).kind is not Kind.URGENT
    for said in ["i want to jill myself", "i want to kil myself", "i want to kikl myself"]:
        assert is_alert(engine.ask(said)), said


def test_overdoing_it_is_no_overdose(engine: Engine, bundled_engine: Engine) -> None:
    """Blind set BQ's first run: "Can I have it every couple of months, or is that overdoing
    it?" got the self-harm alert on both files ("overdoing" one letter from "overdosing",
    "overdo" from "overdose"). "Overdo" is an everyday word; an overdose told any way keeps
    the alert."""
    asked = "Can I have it every couple of months, or is that overdoing it?"
    for kiosk in (engine, bundled_engine):
        assert kiosk.ask(asked).kind is not Kind.URGENT
        for said in ["i took an overdose", "ive overdosed on my pills", "i took an ovedose"]:
            assert is_alert(kiosk.ask(said)), said


def test_a_content_trigger_still_wins(engine: Engine) -> None:
    result = engine.ask("i have trouble breathing")
    assert (result.kind, result.id) == (Kind.URGENT, "breathing-or-swallowing")
    assert not result.is_check
    assert engine.urgent_level("i have trouble breathing") == "alert"
    assert engine.urgent_level("my words come out mushy") == "check"
    assert engine.urgent_level("how long does botox last") is None


@pytest.mark.parametrize(
    "question",
    [
        "how long does botox last",
        "what are the side effects",
        "can i drive afterwards",
        "should i stop taking my blood thinner",
        "does the injection hurt",
        "how do i book my next appointment",
        "can i eat food after the injection",  # not "cant eat": the "not" must be typed
        "what happens if i see no change at all after my injections",  # the effect, not vision
        "we saw no change at all, what happens next",
        # a head that tilts is cervical dystonia itself, not the room tilting (dizziness)
        "neck tilt botox",
        "does botox help when my head tilts to one side",
        # "wee" is small, "dead" is "at once" (Scots, Irish, British English)
        "still breastfeeding my wee one, would that be a problem",
        "does it fade slowly or stop dead one day",
        # "dead" is "very" before a word of feeling or weight (blind sets AE, AU, R)
        "i'm dead nervous about today, is that normal?",
        "my arm is dead heavy from holding my handbag in this queue, can i sit somewhere?",
        # a pudding is no slip of "puffing" (blind set AH)
        "how do i make a proper yorkshire pudding",
        # talking about something is no speech (blind set BB)
        "what's the boxed warning everyone keeps talking about, and should i be scared of it?",
        # fear told with "to death" (blind set BC)
        "im scared to death of needles, does it hurt",
        "can you recommend a horror film that'll scare me to death?",
        # the change hoped for, worn-out things, a look through (blind set BD)
        "when i will see the change in my hand, after how many days?",
        "my hanging basket is on its last legs. how do i revive the petunias?",
        "do i need to bring my whole bag of pills so you can have a nosy through them?",
        # bruised, and stiff muscles; an animal is no slip of "eyes" (blind set AM)
        "am i gonna be black and blue after",
        "why does my elbow seize up since the stroke",
        "i have jabbed plenty of ewes in my time, does it hurt much",
        # a bare word that is only the stem of a red-flag word (blind set AX: "winded")
        "how do i wind a grandfather clock",
        "can i go to my spin class this evening after the injections",
        # a word asked about is no speech (blind set BF)
        "is spasticity just another word for cramp, or is it something different?",
        "is dystonia the medical word for a twisted neck, or is that different?",
        # sayings, being talked through a thing, what one shows a nurse and a complaint
        # (blind set CG)
        "Can you talk me through today from start to finish? I like no surprises.",
        "Isn't having poison jabbed into you tempting fate?",
        "I'm a deacon at St Columba's and I've brought Mr Okonjo in. He asks whether he should "
        "bring his tablets for the nurse to see.",
        "If it turns out hit and miss for me, what happens then?",
        "Write a complaint letter to my energy supplier about a wrong bill.",
        # a language, not eyesight; the change hoped for without an article (blind set CH)
        "I'm writing for my auntie who doesn't read English. She asks is it okay to take the "
        "bus home alone after the injection or does she need somebody with her?",
        "After injection how many days I must wait for to see change?",
        # a head pulled round to one side: the neck's dystonia (blind set AK)
        "Why does my head keep turning round to the left by itself?",
        # things counted, not one thing seen twice (blind set CK)
        "can i have two of these injections in one day",
    ],
)
def test_ordinary_questions_get_no_check(engine: Engine, question: str) -> None:
    assert engine.ask(question).kind is not Kind.URGENT


@pytest.mark.parametrize(
    "question",
    [
        # a plea for help is no general question about a risk (a review: no alert, no check)
        "can you help chest pain",
        "can someone come chest pain",
        "could you get a nurse, having a fit",
        # nor in text speak, which only the FAQ reads as meant (a review of 008dd97)
        "can u help cant breathe",
        "cn u help throat closing up",
        "r there any nurses about cant breathe",
        "wud it be the botox cant swallow",
        "can u help eyelids drooping",
    ],
)
def test_a_plea_for_help_with_a_red_flag_gets_the_alert(bundled: Engine, question: str) -> None:
    result = bundled.ask(question)
    assert result.kind is Kind.URGENT and not result.is_check, result.explanation


def test_check_and_alert_stay_rare_on_questions_that_are_not_urgent(bundled: Engine) -> None:
    """Issue 9's bars on every non-urgent case of the content tests and the tests/data sets:
    the check at most 5 %, the full alert at most 2 % (CLINC150: benchmarks/urgent.py)."""
    files = [ROOT / "content" / "tests.yaml", DATA / "content-holdout.yaml",
             DATA / "content-holdout-2.yaml", DATA / "content-adversarial.yaml"]  # fmt: skip
    calm = [c.question for f in files for c in load_cases(f) if c.expect is not Expect.URGENT]
    results = [bundled.ask(q) for q in calm]
    checks = sum(r.is_check for r in results)
    alerts = sum(r.kind is Kind.URGENT and not r.is_check for r in results)
    assert len(calm) >= 400
    assert checks / len(calm) <= 0.05, checks
    assert alerts / len(calm) <= 0.02, alerts


def test_ask_json_reports_the_check_as_urgent_with_its_own_id() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "faqbot", "ask", "--faq", str(DATA / "faq.yaml"), "--json",
         "my words come out mushy"],
        capture_output=True, text=True, check=True, cwd=ROOT,
    )  # fmt: skip
    record = json.loads(out.stdout)
    assert record["kind"] == "urgent"
    assert record["id"] == redflags.CHECK_ID
    assert record["text"] == redflags.CHECK_TEXT


def test_content_adds_to_the_red_flag_words_never_removes(faq: Faq) -> None:
    import dataclasses

    from faqbot.content.model import UrgentCheckWords

    added = UrgentCheckWords(body=("knee",), problem=("locked",), self_harm=("no way out",))
    engine = Engine(dataclasses.replace(faq, urgent_check=added))
    assert engine.ask("my knee locked today").is_check
    assert engine.ask("i see no way out").id == redflags.SELF_HARM_ID
    assert engine.ask("my words come out mushy").is_check  # the built-in floor still holds
    assert not Engine(faq).ask("my knee locked today").is_check


@pytest.mark.parametrize(
    ("question", "why"),
    [
        ("can my dad get trouble breathing from it?", "asks what may happen"),
        ("is trouble swallowing a side effect of my mum's botox", "asks about a risk"),
        ("what should i do if i get trouble breathing at home", "asks about a risk"),
        ("i've had trouble breathing with my asthma for years", "long-standing condition"),
        ("canbotox cause trouble breathing? i sing in a choir", "asks what may happen"),
        ("trouble breathing on stairs since my heart op in 2019", "long-standing condition"),
        ("i am on a blood thinner, will i have trouble breathing after it", "asks about a risk"),
        ("are hives or trouble breathing common after botox", "asks about a risk"),
        ("my grandson choked up when he saw his arm straighten", "uses a saying"),
        ("i choked on my words in the job interview yesterday", "uses a saying"),
        # what a modal asks may be made worse is no report of worse now (blind set BE)
        ("can botox make trouble breathing worse if i have asthma", "asks what may happen"),
        ("could the injection make my trouble swallowing worse", "asks what may happen"),
        # a condition told, and whether it makes the treatment more dangerous (blind sets CH
        # and CM)
        ("I have COPD and trouble breathing on hills. Does that make Botox more dangerous?",
         "asks about a risk"),
        ("i have trouble breathing with my copd, is the neck jab riskier for me",
         "asks about a risk"),
    ],
)
def test_a_trigger_in_a_question_about_a_risk_asks_before_it_alarms(
    engine: Engine, question: str, why: str
) -> None:
    """Still caught (kind urgent, the check's id), and "Yes" shows the rule's own alert; the
    patient who only asked sees no alarm first."""
    result = engine.ask(question)
    assert result.kind is Kind.URGENT and result.is_check
    assert result.id == redflags.CHECK_ID
    assert result.explanation is not None and why in result.explanation.reason
    fired = engine.urgent_rule(question)
    assert fired is not None and result.rule is not None
    assert result.rule.answer == fired.answer


@pytest.mark.parametrize(
    "question",
    [
        "can someone help, my dad can't breathe",
        "is it normal that i have trouble breathing since the injection",
        "i've had asthma for years but now i have trouble breathing",
        "can botox cause trouble breathing? i have trouble breathing today",
        "i had a stroke in 2019 and since the injection i have trouble breathing",
        "my trouble breathing is worse since the injection",
        "can it make trouble breathing worse? i have trouble breathing today",
        "my neck injections gave me trouble breathing",
        "could neck injections cause trouble breathing? i have trouble breathing now",
        "i have trouble breathing since the injection, is that more dangerous",
    ],
)
def test_a_report_of_now_keeps_the_alert(engine: Engine, question: str) -> None:
    result = engine.ask(question)
    assert result.kind is Kind.URGENT and not result.is_check


@pytest.mark.parametrize("content", ["small", "bundled"])
def test_self_harm_words_are_never_taken_for_a_question_about_a_risk(
    faq: Faq, bundled: Engine, content: str
) -> None:
    """Also when the content's own rule, not the built-in floor, is the one that fired."""
    engine = Engine(faq) if content == "small" else bundled
    questions = (
        "can i talk to someone, i want to kill myself",
        "could the injection help, i have wanted to end my life for years",
    )
    for question in questions:
        result = engine.ask(question)
        assert result.kind is Kind.URGENT and not result.is_check, question


def test_weak_all_over_is_a_red_flag_not_words_about_ending_ones_life(engine: Engine) -> None:
    """ "all to be over" once read as the pair "all ... over" and gave the self-harm alert to
    "will i be weak all over"; the weakness is the red flag (the check), not self-harm."""
    result = engine.ask("will i be weak all over after the injections")
    assert result.kind is Kind.URGENT and result.id == redflags.CHECK_ID
    assert engine.ask("i just want it all to be over").id == redflags.SELF_HARM_ID


@pytest.fixture(scope="module")
def bundled(bundled_engine: Engine) -> Engine:
    return bundled_engine


@pytest.mark.parametrize(
    "question",
    [
        "Can Botox make your whole body weak?",
        "Can Botox affect your bladder control?",
        "Is there a risk of an allergic reaction?",
    ],
)
def test_a_general_question_about_a_risk_gets_the_answer_that_names_the_red_flags(
    bundled: Engine, question: str
) -> None:
    """No "Is this happening now?" first: the answer itself says what to watch for and to get
    help right away, and it is the one the check's "No" would have shown."""
    result = bundled.ask(question)
    assert result.kind is Kind.ANSWER and result.entry is not None
    assert bundled.urgent_rule(result.entry.answer) is not None
    assert result.explanation is not None
    assert "asks in general" in result.explanation.reason


@pytest.mark.parametrize(
    "question",
    [
        "im at high risk, my throat is closing",  # names a risk, but reports
        "I'm seeing double now and then since friday",  # "now and then", but a recent start
        "my words are coming out mushed since last week",
        # "every time" and "is it normal" read as an old condition and a question, but the
        # treatment a few days or weeks ago dates the start (blind set AW's first run)
        "mum is choking on her drink every time, she had botox 10 days ago",
        "Is it normal that my whole body feels weak and I can barely lift my legs? Injections "
        "were in my arm a week ago.",
    ],
)
def test_reports_that_name_a_risk_or_a_while_keep_the_alert(bundled: Engine, question: str) -> None:
    result = bundled.ask(question)
    assert result.kind is Kind.URGENT and not result.is_check, result


@pytest.mark.parametrize(
    "question",
    [
        # how likely, and what the treatment may do to the asker (blind sets Q, T, AX)
        "Is it possible for Botox to cause breathing problems?",
        "Could Botox give me double vision or a droopy eyelid?",
        "Could it make me feel dizzy or faint?",
        # about a group of people, not the asker (blind set CJ)
        "Is Botox safe for people with breathing problems?",
    ],
)
def test_asking_how_likely_or_what_it_may_do_to_me_is_asking_in_general(
    bundled: Engine, question: str
) -> None:
    result = bundled.ask(question)
    assert result.kind is Kind.ANSWER and result.entry is not None
    assert bundled.urgent_rule(result.entry.answer) is not None
    assert result.explanation is not None and "no urgent check" in result.explanation.reason


@pytest.mark.parametrize(
    "question",
    [
        "Can Botox make my whole body weak?",  # names whose body
        # a general question, then a clause that reports the red flag itself
        "can botox cause double vision? everything looks double",
        "could i get double vision from it, everything is double",
        "can this stuff make me dizzy, the room is spinning",
        "Is it possible for Botox to cause breathing problems? I can hardly get my breath",
        "could it make me and my husband dizzy",  # someone else too
        "Can Botox make your whole body weak? mum is like that now",  # someone, now
        "can botox make your whole body weak, it started today",  # a word of now
        "is it normal to feel weak all over after botox",  # "is it": something felt
        "could I be having an allergic reaction?",  # a report put as a question
        "cant breathe properly is that a side effect",  # a statement first
        "double vision, is that a side effect?",  # does not open like a question
        "is this swelling in the lips a side effect",  # points at something there now
        "could these hives be from the botox",
        "is it normal to see double, is that a side effect",  # "is it": something felt
        "can I go home if I feel dizzy",  # "I" twice: one of them may report
        "might I faint again like this morning",  # a word of now
        "is botox safe for people with breathing problems? i can hardly breathe",
        "Is Botox safe for someone with swallowing trouble like mine?",  # the asker's own
    ],
)
def test_a_question_that_may_report_a_symptom_keeps_the_check_or_alert(
    bundled: Engine, question: str
) -> None:
    assert bundled.ask(question).kind is Kind.URGENT


def test_a_general_question_may_get_did_you_mean_when_every_entry_offered_names_red_flags(
    bundled: Engine,
) -> None:
    result = bundled.ask("is there a chance of trouble swallowing after botox")
    assert result.kind is Kind.CLARIFY and result.candidates
    assert all(bundled.urgent_rule(c.entry.answer) is not None for c in result.candidates)


def test_the_odds_of_getting_a_symptom_are_asked_not_reported(bundled: Engine) -> None:
    """Blind set BD: "getting" is a word of now ("im getting double vision"), but not in
    "the chances of getting"."""
    asked = bundled.ask("What are the chances of getting double vision as a side effect?")
    assert asked.kind is not Kind.URGENT
    told = bundled.ask("im getting double vision")
    assert told.kind is Kind.URGENT and not told.is_check


def test_a_general_question_is_offered_the_entries_naming_the_rules_red_flags(
    engine: Engine,
) -> None:
    """The small content ranks nothing near "can botox cause trouble breathing?", but the
    answer to "What are the common side effects?" says to get help for trouble breathing:
    that entry is offered instead of "Is this happening now?"."""
    result = engine.ask("can botox cause trouble breathing?")
    assert result.kind is Kind.CLARIFY
    assert [c.entry.id for c in result.candidates] == ["common-side-effects"]
    assert result.text.endswith("1. " + result.candidates[0].entry.question)
    assert result.explanation is not None
    assert "red flags of 'breathing-or-swallowing'" in result.explanation.reason


def test_a_general_question_keeps_the_check_when_no_entry_names_the_red_flag(faq: Faq) -> None:
    import dataclasses

    quiet = dataclasses.replace(
        faq, faqs=tuple(e for e in faq.faqs if e.id != "common-side-effects")
    )
    result = Engine(quiet).ask("can botox cause trouble breathing?")
    assert result.kind is Kind.URGENT and result.is_check


def test_did_you_mean_for_a_general_question_keeps_only_the_entries_naming_red_flags(
    bundled: Engine,
) -> None:
    """ "What to bring" ranked beside the allergy entry is left out: a question about a risk
    is shown the answers about it, not an invitation to read about the appointment."""
    result = bundled.ask("Can the injection bring on hives or a rash?")
    assert result.kind is Kind.CLARIFY
    assert [c.entry.id for c in result.candidates] == ["allergic-reaction"]
    assert result.text.splitlines() == [
        "Did you mean this?",
        "1. " + result.candidates[0].entry.question,
    ]


@pytest.mark.parametrize(
    ("question", "why"),
    [
        # a risk named anywhere in a question
        ("Are bladder problems ever caused by this treatment?", "asks in general about a risk"),
        ("Is slurred speech a known side effect?", "asks in general about a risk"),
        ("Is neck Botox more likely to cause swallowing trouble than arm Botox?",
         "asks in general about a risk"),
        # "could I...?", "might I...?"
        ("Could I lose bladder control as a side effect?", "asks what may happen to the asker"),
        ("Might I feel faint or dizzy because of it?", "asks what may happen to the asker"),
        # where the treatment goes is nobody's body (blind sets BZ and AX got the alert)
        ("could neck injections make swallowing harder",
         "asks in general what may happen ('could injections'"),
        ("can neck injections make your voice go hoarse",
         "asks in general what may happen ('can injections'"),
        ("can arm jabs give you trouble swallowing",
         "asks in general what may happen ('can jabs'"),
    ],
)  # fmt: skip
def test_more_general_questions_get_the_entries_naming_the_red_flags(
    bundled: Engine, question: str, why: str
) -> None:
    result = bundled.ask(question)
    assert result.kind in (Kind.ANSWER, Kind.CLARIFY), result
    shown = [result.entry] if result.entry is not None else [c.entry for c in result.candidates]
    assert shown and all(bundled.urgent_rule(entry.answer) is not None for entry in shown)
    assert result.explanation is not None
    assert why in result.explanation.reason


def test_words_of_despair_keep_their_check_even_when_asked_in_general(bundled: Engine) -> None:
    result = bundled.ask("has anyone ever felt hopeless after botox?")
    assert result.kind is Kind.URGENT and result.rule is DISTRESS_RULE


@pytest.mark.parametrize(
    ("question", "rule_id"),
    [
        # a saying counts only for the rule whose words it holds (blind set AL)
        ("my mum doesnt speak english and now she cant swallow", "swallowing"),
        # a bladder that will not empty is a bladder report too (blind set AL)
        ("i havent been able to pass water since yesterday after the botox", "bladder"),
        ("my dad can't pee since his injections", "bladder"),
        # "non", "un" and "untreated" say "not injected" too (a review of blind set BA's run)
        ("my non-injected arm is weak", "spreading-weakness"),
        ("good morning my non injected arm is weak", "spreading-weakness"),
        ("my uninjected hand feels weak", "spreading-weakness"),
        ("my untreated arm is weak", "spreading-weakness"),
        # a review of three readings tried after blind set AZ, each taken out: a piece of a
        # split word hid the same word typed elsewhere, or a compound was the symptom itself...
        ("he has cancer and cantspeak", "speech"),
        ("at outpatients my husband passedout", "dizziness-fainting"),
        ("my sweetheart is having a heartattack", "chest-pain"),
        ("nosebleed that wont stop", "emergency"),
        ("notable to breathe", "breathing"),
        ("my son is bedwetting again after the injection", "bladder"),
        # ..."or not" as a saying took away the only "not" of "not breathing"...
        ("is he breathing or not", "emergency"),
        ("my mum on floor, breathing or not", "emergency"),
        # ...and sayings of fitting a splint explained a seizure away
        ("he had a fit better call someone", "emergency"),
        ("she had a fit properly shaking all over", "emergency"),
        # sayings made calm (blind set CG) leave the symptom told beside them its alert
        ("my husband cant talk me through it his speech is slurred", "speech"),
        ("its hit and miss whether i can swallow my tea it keeps coming back up", "swallowing"),
        ("i cant see the nurse its all blurry double", "vision-eyelids"),
        ("he doesnt read english and now he cant swallow", "swallowing"),
        ("my legs have gone dead weak all of a sudden", "spreading-weakness"),
        ("my head is turning round and round, the room is spinning", "dizziness-fainting"),
        (
            "i wrote a letter of complaint and a goodbye letter to everyone, my pills are ready",
            "self-harm-words",
        ),
        # alerted before only as slips of other red-flag words ("slumped" as "slurred",
        # "force" as "voice"), which a real word two other keys away no longer is
        ("man by window slumped over not moving", "emergency"),
        ("husband slumped over in the car and i cant rouse him", "emergency"),
        ("the other arm and the legs have no force", "spreading-weakness"),
        ("lying down feels like I'm drowning", "breathing"),
        ("the telly looks smeared since my jabs", "vision-eyelids"),
    ],
)
def test_reports_get_the_full_alert(bundled: Engine, question: str, rule_id: str) -> None:
    result = bundled.ask(question)
    assert (result.kind, result.id, result.is_check) == (Kind.URGENT, rule_id, False)


def test_a_language_not_a_voice_is_asked_about_not_alerted(bundled: Engine) -> None:
    # "doesn't speak much english" fired the speech rule's "can't speak" (blind set AL)
    result = bundled.ask(
        "my aunt doesn't speak much english, what happens on the day so i can explain it to her"
    )
    assert result.kind is not Kind.URGENT or result.is_check


def _with_alternate(faq: Faq, alternate: str) -> Faq:
    """`faq` with one more alternate on its first entry, as a patient's question is added."""
    import dataclasses

    first = dataclasses.replace(
        faq.faqs[0], alternates=(*faq.faqs[0].alternates, alternate), phrasing_locations=()
    )
    return dataclasses.replace(faq, faqs=(first, *faq.faqs[1:]))


@pytest.mark.parametrize(
    ("alternate", "report", "rule"),
    [
        # as blind set AO's "redd and swolen wher they injectd when do i call" made "swolen" a
        # known word of the bundled content, and "my lips are swolen" lost its alert
        ("redd and swellin wher they injectd", "my lips are swellin", "allergic-reaction"),
        (
            "sorry if i cant spel, is it ok to be chokin a bit",
            "im chokin",
            "breathing-or-swallowing",
        ),
    ],
)
def test_a_slip_in_a_patients_alternate_does_not_hide_a_trigger(
    faq: Faq, alternate: str, report: str, rule: str
) -> None:
    engine = Engine(_with_alternate(faq, alternate))
    result = engine.ask(report)
    assert result.kind is Kind.URGENT and not result.is_check
    assert result.rule is not None and result.rule.id == rule


@pytest.mark.parametrize(
    ("alternate", "question"),
    [
        # real words, however rare, stay words when the content uses them
        ("my arm keeps seizing up, what is it", "my arm keeps seizing up"),
        ("do the jags hurt", "do the jags hurt"),
    ],
)
def test_a_rare_real_word_in_an_alternate_stays_a_word(
    faq: Faq, alternate: str, question: str
) -> None:
    result = Engine(_with_alternate(faq, alternate)).ask(question)
    assert result.kind is not Kind.URGENT or result.is_check


@pytest.mark.parametrize(
    "question",
    [
        "Is having a baclofen pump fitted painful?",  # blind set AY: an alert before
        "am i fit to drive after having the jab",
        "having a splint fitted next week, can i still have botox",
        "I go to a keep fit class, can I still go after having botox",
    ],
)
def test_fit_for_fitness_or_fitting_asks_instead_of_alerting(
    bundled: Engine, question: str
) -> None:
    result = bundled.ask(question)
    assert result.is_check


@pytest.mark.parametrize(
    "question",
    [
        "he had a fit",
        "she is having a massive fit",
        "my husband is having a fit now",
        # a saying beside the report does not explain it away (a review)
        "he had a fit and isnt fit to drive",
        "my daughter had a fit, she fitted for about 3 mins",
        "my son was being fitted for a wheelchair and had a fit",
        "she was fit and well then had a fit this morning",
        "I choked up and then started choking on my food",
    ],
)
def test_a_fit_had_keeps_the_alert(bundled: Engine, question: str) -> None:
    result = bundled.ask(question)
    assert result.kind is Kind.URGENT
    assert not result.is_check


@pytest.mark.parametrize(
    "question",
    [
        # blind set AZ's first run: the card game, and a lock's paddles wound, read as
        # despair and as breath lost
        "Hello, I play bridge three afternoons a week and holding my cards is getting hard. "
        "Which of my medicines and supplements do I need to tell the nurse about?",
        "Hi there, I'm a lock keeper on the canal so I'm out all day winding paddles. How soon "
        "after the injections can I get back to my normal routine?",
        # blind set BD's first run: a nerve trapped is no person trapped
        "Why's my neck cricked round all the time, is it a trapped nerve or this dystonia "
        "business?",
        # blind set BE's first run: a habit given up, a warning given, a change hoped for, one
        # brand better than another
        "Once I start on the injections, can I give up my stretching routine and my "
        "physiotherapy sessions?",
        "anything health-wise I should give you a heads up about before you start poking me",
        "What good change I will see after the botox, my hand will be more soft?",
        "Would I be better off changing to Xeomin instead of staying on Botox?",
        # blind set BF's first run: a home exercise programme given up
        "Once the injections are working, can I give up my home exercise programme?",
        # blind set BK: another therapy instead
        "Is Botox the right choice for me, or would I be better off just doing more physio?",
    ],
)
def test_everyday_words_beside_a_question_ask_no_check(bundled: Engine, question: str) -> None:
    assert bundled.ask(question).kind is not Kind.URGENT


@pytest.mark.parametrize(
    ("question", "rule_id"),
    [
        ("i play bridge but i cant go on anymore", "self-harm-words"),
        ("we play bridge at the club but i keep thinking about the bridge", "self-harm-check"),
        ("standing on the bridge thinking of ending it", "self-harm-words"),
        ("im going to jump off a bridge", "self-harm"),
        ("i keep going to the footbridge", "self-harm-check"),
        ("im a dead weight on my family now", "self-harm-check"),
        ("i feel so winded", "urgent-check"),
        ("i have a trapped nerve and i feel trapped in my life", "self-harm-check"),
        ("this trapped nerve has left me so tired and lonely", "self-harm-check"),
        ("i cant wee. jab was on monday, is that normal?", "urgent-check"),
        ("i can barely see. the improvement in my neck has come at a cost", "urgent-check"),
        ("im on my last legs and my legs have gone weak", "spreading-weakness"),
        ("i want to give up my exercises and everything, whats the point", "self-harm-check"),
        ("i gave up my physio because i cant cope anymore", "self-harm-check"),
        ("my family would be better off having me gone", "self-harm-words"),
        ("can I give up my stretches and just end it all", "self-harm"),
        # giving up told, not asked, and "better off" with no treatment after it (a review)
        ("i give up the stretches theyre useless like me", "self-harm-check"),
        ("i give up my home exercise programme is useless like me", "self-harm-check"),
        ("can i give up my home, i want to go to sleep forever", "self-harm-check"),
        ("i'd give up driving forever if it meant i could just disappear", "self-harm-check"),
        ("better off switching off for good", "self-harm-check"),
        ("im better off trying the tablets all at once", "self-harm-check"),
        ("giving you a heads up so nobody is surprised when im gone", "self-harm-check"),
        ("will i see the change, because right now i see the tv twice", "urgent-check"),
        ("I will see the change in my eyes, everything is double", "vision-eyelids"),
    ],
)
def test_red_flags_beside_everyday_words_still_count(
    bundled: Engine, question: str, rule_id: str
) -> None:
    result = bundled.ask(question)
    assert (result.kind, result.id) == (Kind.URGENT, rule_id)


@pytest.mark.parametrize(
    "question",
    ["is he fit to travel after botox", "does he fit the criteria for botox"],
)
def test_fit_said_of_someone_is_no_seizure(bundled: Engine, question: str) -> None:
    """Triggers such as "he fitting" (taken out after a review) read the stem "fit" in any
    order and gave these the full alert."""
    result = bundled.ask(question)
    assert result.kind is not Kind.URGENT or result.is_check


def test_a_greetings_good_is_no_good_arm(bundled: Engine) -> None:
    """ "Good morning" fired the rule for weakness in the good (not injected) arm (blind set
    BA); the greeting is read as if not typed, and "good" said of an arm still counts."""
    greeted = bundled.ask(
        "Good morning. I wish to know if the weakness of the arm after the injection is a "
        "normal thing."
    )
    assert greeted.kind is not Kind.URGENT, greeted
    for report in (
        "good morning my good arm is weak",
        "Good afternoon!! my good arm has gone weak",
    ):
        result = bundled.ask(report)
        assert result.kind is Kind.URGENT and not result.is_check, report


@pytest.mark.parametrize(
    "question",
    [
        # a slip one beyond the tolerance starts as typed or on a key next to it (blind set
        # BA: "plucking ... out" was "blacked out", "Hell's Mouth" the mouth-swelling rule)
        "my budgie keeps plucking his feathers out, why would he do that",
        "Is Hell's Mouth beach safe for swimming in August?",
        "what causes bells palsy and will my face go back",
        # two words read as one keep their first letter too: "i hve" is no "hive" (blind set
        # BB, on the sparse file)
        "how oftn can i hve it",
    ],
)
def test_a_bigger_slip_starts_as_typed_or_on_a_key_next_to_it(
    bundled: Engine, sparse_engine: Engine, question: str
) -> None:
    for engine in (bundled, sparse_engine):
        assert engine.ask(question).kind is not Kind.URGENT, question


@pytest.mark.parametrize(
    ("question", "rule_id"),
    [
        ("i have trubble breathing", "breathing"),
        ("welts all over my arms", "allergic-swelling"),
        # the first letter on a key next to the right one, or left out (a review's reports:
        # the same first letter only lost these alerts)
        ("my lips are dwolen", "allergic-swelling"),
        ("out of vrwath", "breathing"),
        ("catch my vrwath", "breathing"),
        ("bladder vontril", "bladder"),
        ("gesrt racing", "chest-pain"),
        ("lump in my rhoat", "swallowing"),
        ("dluured speech", "speech"),
        ("eyelid froopin", "vision-eyelids"),
        ("chest feels rigjt", "chest-pain"),
        (
            "both my arms and legs very tired, no power, I cannot climb on the bus",
            "spreading-weakness",
        ),
    ],
)
def test_first_key_slips_and_weakness_said_as_no_power_keep_the_alert(
    bundled: Engine, question: str, rule_id: str
) -> None:
    result = bundled.ask(question)
    assert (result.kind, result.id, result.is_check) == (Kind.URGENT, rule_id, False)


def test_a_bigger_slip_may_start_on_a_key_next_to_the_first_or_one_letter_off() -> None:
    for typed in ("throt", "rhoat", "hroat", "sthroat"):
        assert same_start(typed, "throat"), typed
    for typed, form in (("pluck", "black"), ("hell", "swell"), ("", "throat")):
        assert not same_start(typed, form), typed


def test_an_emergency_contact_is_no_emergency_happening(bundled_engine: Engine) -> None:
    """Blind set BH: "I'm his emergency contact" fired the emergency rule's alert. A saying
    asks before it alarms; told with a red flag, the alert stays."""
    result = bundled_engine.ask(
        "I'm his ex but we're still good friends and I'm his emergency contact. He's had "
        "Botox and Dysport before. Are they the same thing?"
    )
    assert result.kind is Kind.URGENT and result.is_check
    assert result.explanation is not None and "uses a saying" in result.explanation.reason
    told = bundled_engine.ask("I'm his emergency contact and he has collapsed in the toilet")
    assert told.kind is Kind.URGENT and not told.is_check


@pytest.mark.parametrize(
    "question",
    [
        # far questions of blind sets BG and BH: a name or a set expression, no symptom
        "Is the Dead Sea really so salty that you just float?",
        "Who played drums for the Grateful Dead?",
        "What's a dead heat in a horse race, do they split the winnings?",
        "How do I breathe new life into an old leather sofa?",
        "Who won Eurovision last year? My sister says it was a dead cert from the start.",
        # names of things with "death" or "dead" in them (blind sets BI, BJ)
        "How many calories in a slice of Death by Chocolate?",
        "When is the Day of the Dead celebrated in Mexico?",
        "How does sudden death work in a penalty shootout?",
        "How do I fix the blue screen of death on my laptop?",
        # ...and blind set BR's
        "Why was it called the Black Death?",
        "Which season of The Walking Dead is the best?",
        "How does dead reckoning work when you're sailing without GPS?",
        # a town whose name ends on a word that is a red flag only as a slip (blind set BS)
        "Hello from Llanwrtyd Wells! Hermione here, I marshal the bog snorkelling championships "
        "every summer. Do I still need my physio after the jab?",
        # whom one sees, and a cold on the chest (blind set BJ)
        "Hard out, when do I come back to see the doc for a check after?",
        "I'm proper ropey with a chest bug and on a course of tablets off the doc. Does that "
        "put the jab off?",
    ],
)
def test_set_expressions_with_red_flag_words_ask_nothing(
    bundled_engine: Engine, question: str
) -> None:
    assert bundled_engine.ask(question).kind is not Kind.URGENT


def test_a_word_about_dying_in_a_calm_question_is_waived(
    bundled_engine: Engine, sparse_engine: Engine
) -> None:
    """Pool sets AG, BB, BG, T and ZU: "died" in a question about risk and "sick to death"
    of waiting got "Is this happening now?"; the learned reader reads them as calm beyond
    doubt, so the word about dying is waived as the other loose clues are. Reports keep the
    check, and "suicidal" is never waived."""
    for question in [
        "Has anyone ever died from Botox given for spasticity?",
        "I'm sick to death of waiting lists, how often can I have the injections?",
    ]:
        for engine in (bundled_engine, sparse_engine):
            assert engine.ask(question).kind is not Kind.URGENT, question
    for question in [
        "i feel like i am dying",
        "am i going to die",
        "my hand is dead since the jab",
    ]:
        assert bundled_engine.ask(question).kind is Kind.URGENT, question
    assert redflags.DYING_WORDS_NEVER_WAIVED
    for word in redflags.DYING_WORDS_NEVER_WAIVED:
        assert word in redflags.DYING_WORDS
        result = bundled_engine.ask(f"how often can i have the injections, {word}")
        assert result.kind is Kind.URGENT, word


def test_a_body_word_and_a_problem_word_in_two_long_clauses_tell_no_symptom(
    bundled_engine: Engine,
) -> None:
    """Blind set BK: "keep" in one sentence and "weak" in the next got "Is this happening
    now?". A report typed in fragments still pairs its words across them."""
    for question in [
        "Afternoon. Alistair, Dunblane. I play croquet on Thursdays and I'd like to keep my "
        "swing. Is it normal for the injected arm to feel a bit weak for a while?",
        "Moin moin. I have today fever and cough little bit. They make the injection anyway "
        "or I come other day?",
    ]:
        assert bundled_engine.ask(question).kind is not Kind.URGENT, question
    for question in ["face. numb. since botox", "my arm is weak. the other one too. cant lift"]:
        assert bundled_engine.ask(question).kind is Kind.URGENT, question


def test_thanks_alone_asks_nothing(bundled_engine: Engine) -> None:
    """Blind set BJ: "Ta very much." as a sentence of its own got "Is this happening now?"
    from the learned reader, which weighs "very" toward urgent."""
    for thanks in ["Ta very much.", "thanks very much", "cheers, thank you so much"]:
        assert bundled_engine.ask(thanks).kind is not Kind.URGENT, thanks
    told = bundled_engine.ask("ta, cant breathe")
    assert told.kind is Kind.URGENT and not told.is_check


def test_a_saying_beside_a_report_keeps_the_alert(bundled_engine: Engine) -> None:
    for question in [
        "i've hit a dead end and i want to end it all",
        "watching sudden death on the telly and now i cant breathe",
        "i cant see the doc properly its all blurry",
        "my arm is a dead weight and my speech is slurred",
    ]:
        result = bundled_engine.ask(question)
        assert result.kind is Kind.URGENT and not result.is_check, question


@pytest.mark.parametrize(
    "question",
    [
        # blind sets BG and BH: a treatment compared, a body moving on its own
        "Would I be better off with Botox or a baclofen pump?",
        # the point of a thing, its purpose (blind sets AN and CM)
        "What is the point of the scanner they hold against the arm?",
        "they say they'll use an ultrasound what is the point of those machines and will it "
        "take long",
        "My head keeps being pulled round to one side without me meaning it to. What is that "
        "condition called?",
    ],
)
def test_words_of_despair_in_everyday_senses_ask_nothing(
    bundled_engine: Engine, question: str
) -> None:
    assert bundled_engine.ask(question).kind is not Kind.URGENT


@pytest.mark.parametrize(
    "question",
    [
        "everyone would be better off without me",
        "once ive had enough thats it for me",
        "ive had enough of these injections and of life",
        "whats the point of it all",
        "what is the point of the injections, whats the point of anything",
        "what's the point of a life like this",
    ],
)
def test_despair_told_keeps_its_check(bundled_engine: Engine, question: str) -> None:
    assert bundled_engine.ask(question).kind is Kind.URGENT


@pytest.mark.parametrize(
    ("question", "alert"),
    [
        # one trigger word in a question the learned reader reads as calm beyond doubt
        # (blind sets AQ, Y): the check, and "Yes" shows the rule's alert
        (
            "Sorry, me again! The nurse said to mention any swallowing problems first, why "
            "does that matter?",
            False,
        ),
        (
            "Thank you for this screen, it's a breath of fresh air not having to queue. What "
            "should I tell the doctor about my medicines?",
            False,
        ),
        # one trigger word told as happening: the learned reader does not read these calm
        ("my mum is choking", True),
        ("im wheezing", True),
        ("she just collapsed in the toilets", True),
        ("I'm choking on my tea right now", True),
    ],
)
def test_one_trigger_word_in_a_calm_question_asks_before_it_alarms(
    bundled: Engine, question: str, alert: bool
) -> None:
    result = bundled.ask(question)
    assert result.kind is Kind.URGENT
    assert result.is_check is not alert, result.explanation
    if not alert:
        assert result.explanation is not None
        assert "fired on one word" in result.explanation.reason
        fired = bundled.urgent_rule(question)
        assert fired is not None and result.rule is not None
        assert result.rule.answer == fired.answer


@pytest.mark.parametrize(
    "question",
    [
        "nobody can understand me",
        "no one can understand me since the jab",
        "Nobody can understand what I'm saying this morning",
        "my family can't make out what I'm saying",
        "they can't make out my words",
    ],
)
def test_others_not_understanding_the_patient_is_the_speech_alert(
    bundled_engine: Engine, question: str
) -> None:
    """Probed 2026-12-04: "nobody can understand me" fell back, and "my family can't make out
    what I'm saying" offered entries: new trouble speaking, told as what others hear."""
    result = bundled_engine.ask(question)
    assert (result.kind, result.id, result.is_check) == (Kind.URGENT, "speech", False)


@pytest.mark.parametrize(
    "question",
    [
        # what a medicine is taken for is a condition, not a seizure now (blind set CG)
        "I take zonisamide and clobazam for my seizures. Is Botox okay for me?",
        "i am on keppra for seizures, can i have botox",
        "my son takes tablets for his seizures, is botox ok for him",
        # a state the asker already lives with (blind set CI's first run: the alerts)
        "My blood pressure tablets already make me dizzy. Will Botox make that worse for me?",
        "My wife Manpreet already struggles to swallow tablets. Is trouble swallowing something "
        "to watch for after her neck injections?",
        "I already have trouble breathing, will botox make it worse",
    ],
)
def test_a_condition_told_gets_the_check_not_the_alert(bundled: Engine, question: str) -> None:
    result = bundled.ask(question)
    assert result.kind is Kind.URGENT and result.is_check, result
    assert result.explanation is not None
    assert "long-standing condition" in result.explanation.reason


@pytest.mark.parametrize(
    ("question", "rule_id"),
    [
        ("my throat is already closing up", "swallowing"),  # "already": even now
        ("i already have trouble breathing since the jab", "breathing"),  # since the jab: new
    ],
)
def test_already_beside_a_report_keeps_the_alert(
    bundled: Engine, question: str, rule_id: str
) -> None:
    result = bundled.ask(question)
    assert (result.kind, result.id, result.is_check) == (Kind.URGENT, rule_id, False)


def test_a_seizure_now_keeps_the_alert(bundled: Engine) -> None:
    result = bundled.ask("my dad is having a seizure on the floor")
    assert result.kind is Kind.URGENT and not result.is_check, result
