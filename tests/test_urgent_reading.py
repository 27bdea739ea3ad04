"""Urgent triggers found however the words were typed: joined, split, separated by control
characters, with extra words between, typing slips, look-alike letters (issue 9, item 1)."""

# ruff: noqa: RUF003  (look-alike letters are what these tests are about)

from __future__ import annotations

from pathlib import Path

import pytest

from faqbot.content.loader import load_faq
from faqbot.matching import redflags
from faqbot.matching.engine import Engine
from faqbot.matching.fuzzy import keyboard_slip
from faqbot.matching.lookalike import fold
from faqbot.matching.results import Kind
from faqbot.matching.segment import Segmenter
from faqbot.matching.triggers import TriggerIndex
from faqbot.matching.urgentread import named_things, proper_names, skeletons

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def bundled(bundled_engine: Engine) -> Engine:
    return bundled_engine


@pytest.mark.parametrize(
    ("question", "rule_id"),
    [
        # the examples: one space missing
        ("i cantbreathe", "breathing"),
        ("chestpain", "chest-pain"),
        ("my throatfeels tight", "swallowing"),
        ("havingtrouble breathing", "breathing"),
        # all spaces missing
        ("icantbreathe", "breathing"),
        ("ihavetroublebreathingsincemyshots", "breathing"),
        ("IWANTTOKILLMYSELF", "self-harm"),
        # a slip inside a run of joined words; the other of two equally short splits; digits
        ("icantbreth", "breathing"),
        ("iwanttoenditall", "self-harm"),
        ("cantswallo anything", "swallowing"),
        ("icantswallowsince2days", "swallowing"),
        # a slip in another form of a trigger word
        ("nan chkoed on her soup", "swallowing"),
        # control characters split words (and inside a word, join it)
        ("i\x00cant\x00breathe", "breathing"),
        ("i\x1bcant\x1bbreathe", "breathing"),
        ("i can\x00t swallow", "swallowing"),
        # split words
        ("i cant brea the", "breathing"),
        ("i keep cho king", "swallowing"),
        # small words between do not count toward the window
        ("my throat feels like it is closing up", "swallowing"),
        # look-alike letters (Cyrillic а е о р с і)
        ("і саn't brеаthе", "breathing"),
        ("сhеst рain", "chest-pain"),
        # slips that are words, or short
        ("i cat breathe", "breathing"),
        ("i have chest pan", "chest-pain"),
        ("i feel wek all over", "spreading-weakness"),
        ("i am unbale to breathe", "breathing"),
        ("i dont wannt to live", "self-harm"),
        ("i have trubbble breathing", "breathing"),
        # digits for the letters they look like, a key above the space bar for the space
        # (blind set CN: "i c4nt bre4the" had no alert)
        ("i c4nt bre4the", "breathing"),
        ("I CANT BRE4THE", "breathing"),
        ("my thr0at is cl0sing", "swallowing"),
        ("icantbbreathe", "breathing"),
    ],
)
def test_urgent_however_typed(bundled: Engine, question: str, rule_id: str) -> None:
    result = bundled.ask(question)
    assert (result.kind, result.id) == (Kind.URGENT, rule_id)
    assert bundled.urgent_rule(question) is result.rule


@pytest.mark.parametrize(
    "question",
    [
        "what is botox",
        "farewell",
        "whats the policy for delta for carry ons",
        "when is my cell phone bill due",
        "show me a plan to help my credit score rating",
        "use the name wheeler to reserve a table",
        "can it stop wroking after a few years",
        "put it in my checking account",
        "what day do i have to pay my leasing office bill",
        "how long would it take to get to chicago by bus",
    ],
)
def test_reading_harder_does_not_invent_symptoms(bundled: Engine, question: str) -> None:
    assert bundled.urgent_rule(question) is None


def test_look_alike_letters_fold_to_their_latin_twins_not_their_sound() -> None:
    # Cyrillic р looks like p (transliteration would say r); Greek ο, Cyrillic і, Latin ok.
    assert fold("рrеss") == "press"
    assert fold("ѕwаllоw") == "swallow"
    assert fold("\u03bf\u0456") == "oi"
    assert fold("plain text") == "plain text"


def test_segmenter_splits_only_into_known_words() -> None:
    seg = Segmenter(["i", "cant", "breathe", "chest", "pain", "air", "fair", "get"])
    assert seg.split("icantbreathe") == ["i", "cant", "breathe"]
    assert seg.split("chestpain") == ["chest", "pain"]
    assert seg.split("xyzzy") == ["xyzzy"]
    assert seg.split("delta") == ["delta"]  # "delt a": no known piece of 3+ letters
    assert seg.split("enufair") == ["enu", "fair"]
    assert seg.alternative(["enu", "fair"]) == ["enuf", "air"]


def test_segmenter_reads_a_key_above_the_space_bar_as_the_space_only_between_words() -> None:
    seg = Segmenter("can i drive home does it hurt much the time tie many times a year".split())
    assert seg.split("canbi") == ["can", "i"]
    assert seg.split("drivebhome") == ["drive", "home"]
    assert seg.split("doesnithurtnmuch") == ["does", "it", "hurt", "much"]
    # every letter in a word wins: not "how anytimes a year"
    assert seg.split("howmanytimesayear") == ["how", "many", "times", "a", "year"]
    # a word with its last letters swapped is a slip, not a space ("the tie can")
    assert seg.split("thetiemcan") != ["the", "tie", "can"]
    assert seg.split("drivehomeb") == ["drive", "homeb"]  # a known word must follow
    assert seg.split("drivebhome", spaces=False) == ["drive", "bhome"]


def test_segmenter_breaks_a_tie_with_the_words_used_more() -> None:
    """Two splits into as many words: without counts the first found is kept; with them the
    split into more used words wins, and a word never used costs less than a word more."""
    words = ["i", "is", "it", "sit", "safe", "we", "wear", "army", "my", "splint"]
    uses = {"i": 900, "is": 800, "it": 900, "sit": 3, "safe": 40, "wear": 30, "my": 900,
            "we": 50, "splint": 60}  # fmt: skip
    seg = Segmenter(words, uses=uses)
    assert seg.split("isitsafe") == ["is", "it", "safe"]
    assert seg.split("wearmysplint") == ["wear", "my", "splint"]
    assert len(seg.split("wearmysplint")) == len(Segmenter(words).split("wearmysplint"))


def test_segmenter_reads_a_slip_of_a_red_flag_word_inside_a_run() -> None:
    seg = Segmenter(["cant", "my", "pills", "since", "the", "shots", "sour", "bread"],
                    slips=["swallow", "bladder", "cough", "color"])  # fmt: skip
    assert seg.split("cantswallomypills") == ["cant", "swallow", "my", "pills"]
    assert seg.split("mybladersincetheshots") == ["my", "bladder", "since", "the", "shots"]
    assert "cough" not in seg.split("sourdough")  # the first letter of a slip is right
    assert seg.split("calories") == ["calories"]  # no slip beside letters left unknown
    assert seg.split("onmy") == ["onmy"]  # "on" is not in this vocabulary
    assert Segmenter(["on", "my"]).split("onmy") == ["on", "my"]  # two small known words
    assert Segmenter(["my"]).split("mythrote") == ["my", "throte"]  # "my" before a slip


def test_segmenter_prefers_exact_words_to_as_many_slips() -> None:
    # "everythingi" and "sblurry" are each one slip from a red-flag word: two slips must not
    # tie with three exact words (blind set AL: the blurred vision was missed)
    seg = Segmenter(["everything", "is", "blurry", "since", "my"],
                    slips=["everything", "slurry", "blurry"])  # fmt: skip
    assert seg.split("everythingisblurrysincemy") == ["everything", "is", "blurry", "since", "my"]


@pytest.mark.parametrize(
    "question",
    [
        "cantswallomypills",
        "mumhadasiezure",
        "cantcontrollmybladersincetheshots",
        "iseedubblesinseyesterday",
        "mythrote feels tight",
        "myvioce is gone",
        "it feels like someone is sitting onmy chest",
        "blood keeps soaking you know through the plaster",
        "mytungissweling",
    ],
)
def test_slips_inside_run_together_words_and_talk_inside_phrases(
    bundled: Engine, question: str
) -> None:
    """Two disguises at once (tests/disguises.py stacks them on a report that already has a
    slip): the alert or the check."""
    assert bundled.ask(question).kind is Kind.URGENT


def test_forget_drops_cached_typed_words() -> None:
    # An engine of its own: the shared one's cache fills over the session and empties itself
    # when full, which could take "zqxwv" out before the first assert.
    engine = Engine(load_faq(ROOT / "content" / "faq.yaml"))
    engine.urgent_rule("my zqxwv hurts")
    assert any(w.surface == "zqxwv" for w in engine._urgency.rules._index._cache)
    engine.forget()
    assert not engine._urgency.rules._index._cache


def _trigger_indexes(root: object) -> list[TriggerIndex]:
    """Every `TriggerIndex` the engine holds, however deep: found by walking its objects, so
    an index added later is checked without naming it here."""
    found: list[TriggerIndex] = []
    seen: set[int] = set()
    todo = [root]
    while todo:
        obj = todo.pop()
        if id(obj) in seen or not type(obj).__module__.startswith("faqbot"):
            continue
        seen.add(id(obj))
        if isinstance(obj, TriggerIndex):
            found.append(obj)
            continue
        fields = getattr(obj, "__dict__", {}) or {
            name: getattr(obj, name) for name in getattr(obj, "__slots__", ())
        }
        todo.extend(fields.values())
    return found


def test_forget_empties_every_trigger_cache() -> None:
    """Privacy: the refer rules, the advice cues and the self-harm phrases cache typed words
    too; a kiosk reset drops them all."""
    engine = Engine(load_faq(ROOT / "content" / "faq.yaml"))
    for question in (
        "my zqxwv hurts, should i stop my pills",
        "if i wasnt here zqxwv",
        "any point carrying on with physio zqxwv",  # the self-harm phrases but going on
    ):
        engine.ask(question)
    indexes = _trigger_indexes(engine)
    assert len(indexes) >= 6  # urgent rules, self-harm (three), refer rules, advice cues
    assert all(index._cache for index in indexes)
    engine.forget()
    assert not any(index._cache for index in indexes)


def test_the_length_cap_holds_after_folding(bundled: Engine) -> None:
    """U+FDFA unfolds into 18 characters: 20,000 of them must not become 360,000 to read."""
    from faqbot.matching import normalize

    texts = bundled._urgency._reader.texts("\ufdfa" * 20_000 + "\x00")
    assert texts and all(len(text) <= normalize.URGENT_MAX_CHARS for text in texts)


def test_pasted_runs_of_letters_are_not_searched_for_words() -> None:
    """The split is a search over every way to cut the run; past MAX_RUN letters (more than
    the kiosk's box holds) the run is read as it is, so a pasted text costs milliseconds."""
    from faqbot.matching.segment import MAX_RUN

    segmenter = Segmenter(["cant", "breathe", "swallow"])
    assert segmenter.split("cantbreathe") == ["cant", "breathe"]
    long_run = "cantbreathe" * (MAX_RUN // 11 + 1)
    assert segmenter.split(long_run) == [long_run]


def test_only_so_many_different_runs_of_one_question_are_split(bundled: Engine) -> None:
    from faqbot.matching.urgentread import MAX_SPLIT_RUNS

    runs = [f"zq{chr(97 + i // 26)}{chr(97 + i % 26)}breathe" for i in range(MAX_SPLIT_RUNS + 5)]
    readings = bundled._urgency._reader.readings(" ".join(runs))
    split = [
        [w.surface for w in r.words]
        for r in readings
        if any(w.surface == "breathe" for w in r.words)
    ]
    assert split, "the first runs are split into words"
    assert runs[0] not in split[0] and runs[-1] in split[0]  # the ones past the limit are not


def test_a_phrase_is_found_from_any_form_of_its_first_word() -> None:
    """`redflags.Phrases` looks phrases up by their first word's forms (surface or stem)."""
    phrases = redflags.Phrases.of(
        [
            (frozenset({"chest"}), frozenset({"tight", "tighter"})),
            (frozenset({"room", "rooms"}), frozenset({"spin", "spinning"})),
        ]
    )
    assert redflags.phrase_at([{"my"}, {"chest"}, {"feels"}, {"tight"}], phrases) == 1
    for first in ("room", "rooms"):  # each form of the first word on its own
        assert redflags.phrase_at([{"the"}, {first}, {"spinning"}], phrases) == 1
    twice = redflags.Phrases.of([(frozenset({"room"}), frozenset({"spin"}))] * 2)
    assert redflags.phrase_spans([{"room"}, {"spin"}], twice) == {0, 1}
    assert redflags.phrase_at([{"tight"}, {"chest"}], phrases) is None  # in order only
    assert redflags.phrase_spans([{"the"}, {"room"}, {"spin"}, {"round"}], phrases) == {1, 2}
    assert redflags.phrase_spans([{"my"}, {"chest"}, {"feels"}, {"tight"}], phrases) == set()


def test_a_calm_phrase_never_reaches_across_a_clause_end() -> None:
    phrases = redflags.Phrases.of([(frozenset({"wee"}), frozenset({"bit"}))])
    words = [{"i"}, {"cant"}, {"wee"}, {"bit"}, {"scared"}]
    assert redflags.phrase_spans(words, phrases) == {2, 3}
    assert redflags.phrase_spans(words, phrases, (0, 0, 0, 1, 1)) == set()  # "wee. bit"
    assert redflags.phrase_spans(words, phrases, (0, 0, 1, 1, 2)) == {2, 3}  # "cant, wee bit."


@pytest.mark.parametrize(
    ("question", "clauses"),
    [
        ("i cant wee. bit scared now", [["i", "can", "not", "wee"], ["bit", "scared", "now"]]),
        ("wee,bit!sore?ok", [["wee"], ["bit"], ["sore"], ["ok"]]),
        ("dead -- weight\nof it", [["dead"], ["weight"], ["of", "it"]]),
        ("dead-weight (of it)", [["dead", "weight"], ["of", "it"]]),
        ("dead- weight/of it", [["dead"], ["weight"], ["of", "it"]]),
        ("dead\U0001f622weight\u2028of\x0bit", [["dead"], ["weight"], ["of"], ["it"]]),
        ("a wee bit sore after", [["a", "wee", "bit", "sore", "after"]]),
        # "not able" is "can not" however it is split
        ("im not. able to swallow", [["i", "am", "can"], ["not", "to", "swallow"]]),
    ],
)
def test_every_reading_knows_where_the_typed_clauses_end(
    bundled: Engine, question: str, clauses: list[list[str]]
) -> None:
    for reading in bundled.read(question).urgent_readings:
        read: dict[int, list[str]] = {}
        for word, clause in zip(reading.words, reading.clauses, strict=True):
            read.setdefault(clause, []).append(word.surface)
        assert list(read.values()) == clauses


@pytest.mark.parametrize(
    "question",
    [
        # "wee bit" and "dead weight" are calm, but not across a full stop, a comma or a dash
        "icantwee.bitscared",
        "my arm is dead. weight of it scares me",
        "my arm is dead - weight of it scares me",
        "i cant wee, bit scared, jab was friday",
        "my arm has gone dead\U0001f622weight of it scares me",
        "i think hes dead/scared to touch him",
    ],
)
def test_red_flags_split_from_a_calm_phrase_by_a_clause_end_get_the_check(
    bundled: Engine, question: str
) -> None:
    assert bundled.ask(question).kind is Kind.URGENT


def test_words_typed_as_names_are_capitalised_inside_a_sentence_and_unknown() -> None:
    def known(word: str) -> bool:
        return word in {"bridge", "coach", "fencing"}

    assert proper_names("Ignatius here, fencing coach in Crawley, nice chairs", known) == {
        "crawley"
    }
    # a capital that starts a sentence says nothing; a known word is no name
    assert proper_names("Crawley is nice. Weymouth too", known) == frozenset()
    assert proper_names("we crossed the Humber Bridge on the way in", known) == {"humber"}
    # capitals throughout name nothing: title case, all capitals
    assert proper_names("My Throat Is Swolen Since The Jab", known) == frozenset()
    assert proper_names("MY THROAT IS SWOLEN", known) == frozenset()


def test_named_things_are_capitalised_runs_holding_a_red_flag_word_and_not_ending_on_one() -> None:
    flags = {"heart", "attack", "dead", "breathe", "fainted", "swallow", "falls", "suicide"}

    def names(text: str) -> list[str]:
        spans = named_things(text, flags.__contains__, {"suicide"}.__contains__)
        return [text[start:end] for start, end in spans]

    assert names("How many calories in a burger from the Heart Attack Grill?") == [
        "Heart Attack Grill"
    ]
    assert names("Is the Dead Sea so salty you float?") == ["Dead Sea"]
    # small joining words inside, never at either end
    assert names("Have you seen the Hound of the Dead Baskervilles of the year?") == [
        "Hound of the Dead Baskervilles"
    ]
    # ending on a red-flag word: a person and what happens to them
    assert names("my wife Jean Can't Breathe") == []
    assert names("my Nan Fainted in the kitchen") == []
    assert names("Is Swallow Falls near Betws-y-Coed worth the walk?") == []
    # no red-flag word: nothing to leave out
    assert names("Is Dr Okafor running late today?") == []
    # a word of self-harm is never hidden
    assert names("Is the Suicide Squad film okay for a 12-year-old?") == []
    # a capital that starts a sentence, punctuation between, capitals throughout
    assert names("Heart Attack Grill burgers. Are they big?") == []
    assert names("we went to the Dead, Sea was lovely") == []
    assert names("My Heart Attack Grill Burger Was Huge") == []


def test_a_name_is_still_read_within_the_ordinary_slip_tolerance(bundled: Engine) -> None:
    """A name gets no bigger slip ("Inverness" is no "under"), but one slip in a capitalised
    word mid-sentence is still read as the red flag."""
    swollen = bundled.ask("since the jab my throat is Swolen and my face is Swolen")
    assert swollen.kind is Kind.URGENT and not swollen.is_check


def test_a_named_thing_reports_nothing(bundled: Engine) -> None:
    """Blind set BK: "How many calories are in a burger from the Heart Attack Grill?" got the
    full alert."""
    assert bundled.ask("How many calories are in a burger from the Heart Attack Grill?").kind is (
        Kind.FALLBACK
    )
    told = bundled.ask("at the Heart Attack Grill and i cant breathe")
    assert told.kind is Kind.URGENT and not told.is_check


@pytest.mark.parametrize(
    "question",
    [
        # blind set BH: "Crawley" read as "crawl", "Weymouth" split into "wey mouth"
        "Ignatius here, fencing coach in Crawley, nice new chairs you have got. Who decides "
        "how many injections I get?",
        "Enid here, 77, used to run the deckchairs on Weymouth beach every summer. Do I still "
        "need my splint after the injection?",
        "What time is the next train to Cambridge?",  # blind set AZ: "bridge"
        # blind set BL: "inver" (the stem of "Inverness") two slips from "under", with
        # "train", fired the self-harm words "under a train"
        "What time is the first train from Inverness to Kyle of Lochalsh?",
    ],
)
def test_a_place_named_in_small_talk_is_no_red_flag(bundled: Engine, question: str) -> None:
    assert bundled.ask(question).kind is not Kind.URGENT


@pytest.mark.parametrize(
    "question",
    [
        # blind set CD: "trazodone" split as "trazo done", and "trazo" two slips from
        # "razor", fired the self-harm words "with a razor"
        "I take duloxetine and trazodone. Is that a problem with Botox?",
        "Can I take my trazodone with the botox?",
    ],
)
def test_an_unknown_piece_of_a_split_word_is_no_bigger_slip(bundled: Engine, question: str) -> None:
    result = bundled.ask(question)
    assert not (result.kind is Kind.URGENT and not result.is_check), result.explanation


@pytest.mark.parametrize(
    ("question", "rule_id"),
    [
        # a piece left unknown is still read within the ordinary slip tolerance, and the
        # known pieces as themselves
        ("ihavetrubblebreathing", "breathing"),
        ("iwanttokilmyself", "self-harm"),
        ("i want to cut myself with a razer", "self-harm"),
    ],
)
def test_a_run_together_report_still_fires_its_rule(
    bundled: Engine, question: str, rule_id: str
) -> None:
    result = bundled.ask(question)
    assert result.kind is Kind.URGENT and result.rule is not None
    assert result.rule.id == rule_id


@pytest.mark.parametrize(
    "question",
    [
        "my throat is Swolen since the jab",
        "I have Dubble vision since friday",
        "Started Choaking on my water just now",
        "my eyelid is Droopy and my speech is Slured",
    ],
)
def test_a_capitalised_slip_of_a_red_flag_word_is_still_caught(
    bundled: Engine, question: str
) -> None:
    assert bundled.ask(question).kind is Kind.URGENT


@pytest.mark.parametrize(
    ("question", "rule_id"),
    [
        # blind set BH: a check only, though both report a red flag happening
        (
            "m y  t o n g u e  i s  s w e l l i n g  u p  s i n c e  t h e  j a b",
            "allergic-swelling",
        ),
        ("cnt swllw nthn sinc tues jab evn water comes bk up pls help", "swallowing"),
        ("thrt clsng up", "swallowing"),  # "throat closing" is a trigger of both
        ("my lps r swllng", "allergic-swelling"),
    ],
)
def test_letters_one_at_a_time_and_words_without_vowels_are_read(
    bundled: Engine, question: str, rule_id: str
) -> None:
    result = bundled.ask(question)
    assert (result.kind, result.id, result.is_check) == (Kind.URGENT, rule_id, False)


@pytest.mark.parametrize(
    "question", ["thnks fr th nfo", "wht r th sd ffcts", "h o w  l o n g  d o e s  i t  l a s t"]
)
def test_reading_text_speak_for_red_flags_invents_none(bundled: Engine, question: str) -> None:
    assert bundled.ask(question).kind is not Kind.URGENT


def test_a_red_flag_word_is_known_by_its_consonants() -> None:
    # the shorter of two words with the same consonants; fewer than four are too few
    found = skeletons(["swallow", "breathe", "breath", "eye", "chest", "lung"])
    assert found == {"swllw": "swallow", "brth": "breath", "chst": "chest"}


@pytest.mark.parametrize(
    "question",
    [
        # blind set BI: "markets" is two slips from "mareos" (Spanish, dizzy spells)
        "Hi, Jago from Bodmin, I sharpen knives at the farmers' markets. Which of my medicines "
        "do I need to mention?",
        # blind set BH: "Horace" two slips from "hoarse"
        "Good afternoon. Horace, 84, used to be a steeplejack in Todmorden, so heights never "
        "bothered me but needles do. What is Botox made from?",
    ],
)
def test_a_real_word_is_never_two_slips_of_a_red_flag_word(bundled: Engine, question: str) -> None:
    assert bundled.ask(question).kind is not Kind.URGENT


def test_a_short_real_word_is_no_bigger_slip_for_the_urgent_rules(bundled: Engine) -> None:
    # blind set BJ: "chef ... tight" fired "chest tight"; two slips are half of a short word
    calm = bundled.ask(
        "Hi there, Ishbel, I'm a sushi chef in Anstruther. Can children have Botox for tight "
        "muscles too?"
    )
    assert calm.kind is not Kind.URGENT
    # a slip that is no real word, and a longer real word, are still read as the trigger
    for report in ["my chst is tight since the jab", "my speech has gone all slurry"]:
        result = bundled.ask(report)
        assert result.kind is Kind.URGENT and not result.is_check, report


@pytest.mark.parametrize(
    ("typed", "meant", "slip"),
    [
        ("sqallow", "swallow", True),  # neighbouring keys
        ("swalow", "swallow", True),  # a letter left out
        ("breaht", "breath", True),  # two letters swapped
        ("feint", "faint", True),  # a vowel for a vowel, spelt as said
        ("slugs", "slurs", False),  # "g" and "r" are keys apart
        ("wives", "hives", False),
        ("shallow", "swallow", False),
        ("string", "seeing", False),  # two letters, neither a neighbouring key
        ("thread", "throat", False),  # a vowel for a vowel, but "d" for "t"
        ("sqallpw", "swallow", True),  # two neighbouring keys
    ],
)
def test_a_slip_is_of_the_keyboard_or_of_the_ear(typed: str, meant: str, slip: bool) -> None:
    assert keyboard_slip(typed, meant) is slip


@pytest.mark.parametrize(
    "question",
    [
        "bus times to Canterbury West station",  # blind set AW: "west" read as "welts"
        "I'm booked to go scuba diving in Malta next week. Is that OK after my neck injections?",
        "How do I stop slugs eating my hostas?",  # blind set BN: "slugs" read as "slurs"
        "is this the same gear the footballers' wives get in their foreheads?",  # BM: "hives"
        # blind set CO: "thread" read as "throat" ("throat tight"), "chest" beside "colistin"
        # as "crushing chest"
        "My fingers have gone tight since my MS got worse and I can't thread the tiny beads. "
        "Do I still need to do my hand exercises?",
        "I use a colistin nebuliser for my chest. Could that clash with Botox?",
    ],
)
def test_a_real_word_is_a_slip_of_a_trigger_word_only_by_the_keyboard(
    bundled: Engine, question: str
) -> None:
    assert bundled.ask(question).kind is not Kind.URGENT


def test_a_real_word_two_other_keys_away_is_no_red_flag_word(bundled: Engine) -> None:
    """"string" is two letters from "seeing", neither a neighbouring key: no "can't see"
    alert (blind set CO). Not being able to hold something still gets the check."""
    result = bundled.ask("My MS makes my arm stiff and I cannot hold the kite string.")
    assert (result.kind, result.is_check) == (Kind.URGENT, True)


@pytest.mark.parametrize(
    "report",
    [
        "i feel feint",  # spelt as said
        "my eyelid seems to be sagging a bit more each day",  # no longer read as "gagging"
        "my breathing feels tight and shallow since the injections this morning",
        "i cant swalow",
        "my tung is swelling",
    ],
)
def test_slips_and_plain_words_of_a_report_keep_the_alert(bundled: Engine, report: str) -> None:
    result = bundled.ask(report)
    assert result.kind is Kind.URGENT and not result.is_check


@pytest.mark.parametrize(
    "question",
    [
        # blind set BI: "Salvation" split into "saliva i on"
        "Salvation Army officer here, I've brought one of our older members in for her neck "
        "injections. How long does the effect normally last?",
        "is there somewhere quiet where I can take a breather before my appointment?",
        "Can dogs eat blueberries?",  # blind set BC
        # blind set BP: a clinic word the English list lacks was split into "die tit i an"
        "Is the dietitian in today?",
        "is the orthotist here",
    ],
)
def test_a_real_word_is_split_only_into_everyday_words(bundled: Engine, question: str) -> None:
    assert bundled.ask(question).kind is not Kind.URGENT


def test_a_real_word_split_into_everyday_words_still_reports(bundled: Engine) -> None:
    result = bundled.ask("i am notable to swallow my tablets since the jab")
    assert result.kind is Kind.URGENT and not result.is_check
    result = bundled.ask("i keep going to the footbridge")  # "foot bridge": despair
    assert (result.kind, result.id) == (Kind.URGENT, "self-harm-check")


def test_the_learned_reader_reads_a_question_typed_without_spaces_as_its_words(
    sparse_engine: Engine, bundled: Engine
) -> None:
    """Blind set BP: a report typed with no space at all was one long unknown word to the
    learned reader, which said nothing; split into its words it reads as the report it is.
    The day-one file has no trigger for it: only the learned reader's check catches it."""
    report = "mypillsarelodginghalfwaydownlikeacoininaslotmachineandicantgetthemtogodown"
    result = sparse_engine.ask(report)
    assert result.kind is Kind.URGENT and result.is_check
    assert result.explanation is not None and "learned reader" in result.explanation.reason
    # the bundled file's swallowing rule has the patient's words: the alert
    assert (bundled.ask(report).kind, bundled.ask(report).id) == (Kind.URGENT, "swallowing")
    # a question typed without spaces is read the same way, and stays calm
    for calm in ("howlongdoesbotoxlastfor", "whatsthewifipassword", "doesit hurrtt muchh"):
        assert sparse_engine.ask(calm).kind is not Kind.URGENT, calm
