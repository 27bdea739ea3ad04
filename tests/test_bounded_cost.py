"""Text caps hold after Unicode normalisation, and chunked normalising changes nothing else."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from faqbot.matching import normalize


def one_go(text: str, max_chars: int) -> str:
    """`clean` as it was, normalising the capped input in one go (no output cap; digits for
    letters are read after the cap, see `capped`)."""
    text = unicodedata.normalize("NFKD", text[:max_chars])
    return "".join(normalize._keep(ch) for ch in text).casefold().translate(
        normalize._APOSTROPHES)


def capped(text: str, max_chars: int) -> str:
    return normalize.digits_as_letters(one_go(text, max_chars)[:max_chars])


def test_one_character_that_decomposes_into_eighteen_stays_within_the_cap():
    text = "\ufdfa" * 20_000
    assert len(unicodedata.normalize("NFKD", text)) == 360_000
    cleaned = normalize.clean(text, normalize.URGENT_MAX_CHARS)
    assert len(cleaned) == normalize.URGENT_MAX_CHARS
    assert cleaned == capped(text, normalize.URGENT_MAX_CHARS)
    assert len(normalize.words(text)) <= normalize.MAX_CHARS


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=1200), st.sampled_from([10, 255, 256, 257, 1000]))
def test_chunked_cleaning_is_the_one_go_result_cut_at_the_cap(text, max_chars):
    assert normalize.clean(text, max_chars) == capped(text, max_chars)


@given(st.text(alphabet=st.sampled_from("ae\u0301\u0327\u0308\u00e9\ufb01 'x\u2019"),
               max_size=900))
def test_combining_marks_across_chunk_boundaries_do_not_matter(text):
    assert normalize.clean(text, 2000) == capped(text, 2000)


def test_the_reachability_check_stops_at_its_budget_and_says_so(faq):
    from faqbot.evaluation.lint import unreachable_phrasings
    from faqbot.matching.engine import Engine

    engine = Engine(faq)
    total = sum(len(entry.phrasings) for entry in faq.faqs)
    stopped = unreachable_phrasings(faq, engine, budget=0.0)
    assert [p.message for p in stopped] == [
        f"only 0 of {total} phrasings were checked for being answered by their own entry (the "
        "file is very large; stopped after 0 s); run `faqbot check --full` to check them all"]
    assert not any("only" in p.message for p in unreachable_phrasings(faq, engine))


def test_trigger_lookup_gives_the_same_rule_for_repeated_and_scattered_words(faq):
    from faqbot.matching.engine import Engine

    engine = Engine(faq)
    assert engine.ask("hello " * 3000 + "i cant breathe").rule.id == "breathing-or-swallowing"
    assert engine.ask("breathe " + "xy " * 2 + "cant").rule.id == "breathing-or-swallowing"
    # out of the trigger's window: no alert ("xy": single letters in a row are also read
    # joined, as letters typed one at a time, and would not spread the words)
    far = engine.ask("breathe " + "xy " * 9 + "cant")
    assert far.rule is None or (far.is_check and far.rule.id == "urgent-check")  # (the learned
    # reader may still ask "Is this happening now?")
