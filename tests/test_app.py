"""Pilot tests for what a patient does: ask, pick, clarify, browse, go back, start over."""

from __future__ import annotations

import time

import pytest
from kiosk_helpers import (
    CLARIFY_Q,
    ListRecorder,
    contrast,
    in_16_colours,
    kiosk,
    script_clarify,
    view_text,
    wait_until,
)
from textual import events
from textual.color import Color
from textual.widgets import Input

from faqbot.kiosk.app import TYPING_BURST_SECONDS
from faqbot.kiosk.widgets import Choice, Suggestions
from faqbot.matching.results import Kind, Suggestion

SIZE = (80, 24)
# Questions for each outcome on tests/data/faq.yaml (checked against the engine in each test).
ANSWER_Q = "how long will it last"
FALLBACK_Q = "where can I buy a zebra"
REFER_Q = "should i stop taking my pills"
URGENT_Q = "I have trouble breathing"


async def type_text(pilot, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type like a patient; digits are sent too (the app decides what they mean)."""
    await pilot.press(*text)


async def test_question_shows_answer_word_for_word(make_app, faq):
    app = make_app()
    expected = app.engine.ask(ANSWER_Q)
    assert expected.kind is Kind.ANSWER
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, ANSWER_Q)
        await pilot.press("enter")
        await pilot.pause()
        assert app.view_kind == "answer"
        assert app.current is not None and app.current.entry == expected.entry
        assert view_text(app, "#answer") == expected.entry.answer
        assert view_text(app, "#asked") == f"You asked: {expected.entry.question}"
        related = [c.value for c in kiosk(app).query("#view Choice.question").results(Choice)]
        assert related == [e.id for e in app.engine.related(expected.entry.id, 3)]
        assert kiosk(app).query_one("#question", Input).value == ""


async def test_suggestions_update_on_every_keystroke(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        suggestions = kiosk(app).query_one(Suggestions)
        for end in (3, 8, len(ANSWER_Q)):
            box = kiosk(app).query_one("#question", Input)
            box.value = ""
            await type_text(pilot, ANSWER_Q[:end])
            expected = [s.entry.id for s in app.engine.suggest(ANSWER_Q[:end])]
            assert [e.id for e in suggestions.entries] == expected
        box.value = ""
        await pilot.pause()
        assert suggestions.entries == [] and not suggestions.display


async def test_pick_suggestion_with_arrows_and_enter(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, ANSWER_Q[:8])
        offered = [e.id for e in kiosk(app).query_one(Suggestions).entries]
        assert len(offered) >= 2
        await pilot.press("down", "down", "enter")
        assert app.current is not None and app.current.entry.id == offered[1]


async def test_pick_suggestion_with_number_key(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, ANSWER_Q[:8])
        offered = [e.id for e in kiosk(app).query_one(Suggestions).entries]
        await pilot.press("down", "2")  # into the suggestions, then pick the second
        assert app.current is not None and app.current.entry.id == offered[1]
        assert kiosk(app).query_one("#question", Input).value == ""


async def test_digits_in_a_question_are_typed_while_suggestions_show(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, ANSWER_Q[:8])
        assert kiosk(app).query_one(Suggestions).entries  # suggestions are up
        await pilot.press(" ", "3")
        assert kiosk(app).query_one("#question", Input).value == ANSWER_Q[:8] + " 3"
        assert app.view_kind == "start"


async def test_pick_suggestion_with_click(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, ANSWER_Q[:8])
        offered = [e.id for e in kiosk(app).query_one(Suggestions).entries]
        buttons = list(kiosk(app).query(".suggestion").results(Choice))
        await pilot.click(buttons[1])
        await pilot.pause()
        assert app.current is not None and app.current.entry.id == offered[1]


async def test_digits_type_normally_without_suggestions(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, "zq 3")
        assert kiosk(app).query_one("#question", Input).value == "zq 3"
        assert app.view_kind == "start"


async def test_clarify_then_none_of_these_shows_fallback(make_app, faq):
    app = make_app()
    expected = script_clarify(app)
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, CLARIFY_Q)
        await pilot.press("enter")
        assert app.view_kind == "clarify"
        offered = [
            c.value
            for c in kiosk(app).query("#view Choice.question").results(Choice)
            if c.kind == "entry"
        ]
        assert offered == [c.entry.id for c in expected.candidates]
        await pilot.click("#none-of-these")
        await pilot.pause()
        assert app.view_kind == "fallback"
        assert view_text(app, "#fallback") == faq.fallback


async def test_clarify_candidate_by_number(make_app):
    app = make_app()
    expected = script_clarify(app)
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, CLARIFY_Q)
        await pilot.press("enter", "1")
        assert app.current is not None and app.current.entry == expected.candidates[0].entry


async def test_fallback_shows_file_text_and_topics(make_app, faq):
    app = make_app()
    assert app.engine.ask(FALLBACK_Q).kind is Kind.FALLBACK
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, FALLBACK_Q)
        await pilot.press("enter")
        assert app.view_kind == "fallback"
        assert view_text(app, "#fallback") == faq.fallback
        topics = [c.value for c in kiosk(app).query("#view Choice.topic").results(Choice)]
        assert topics == [t.id for t in faq.topics]


async def test_refer_shows_the_rule_text(make_app):
    app = make_app()
    expected = app.engine.ask(REFER_Q)
    assert expected.kind is Kind.FALLBACK and expected.referred
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, REFER_Q)
        await pilot.press("enter")
        assert app.current == expected
        assert view_text(app, "#fallback") == expected.text
        assert kiosk(app).query_one("#fallback").has_class("referred")


async def test_urgent_alert_stays_until_acknowledged(make_app, staff_log, monkeypatch):
    from faqbot.kiosk.widgets import UrgentAlert

    monkeypatch.setattr(UrgentAlert, "ACK_DELAY", 0.5)
    app = make_app()
    expected = app.engine.ask(URGENT_Q)
    assert expected.kind is Kind.URGENT
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, URGENT_Q)
        await pilot.press("enter")
        assert app.view_kind == "urgent"
        assert expected.text in view_text(app, "#urgent .urgent-text")
        assert kiosk(app).query_one("#question", Input).disabled
        start_over = kiosk(app).query_one("#start-over")
        assert start_over.disabled  # not in the first seconds either
        await pilot.press("enter", "escape", "escape", "x", "1")  # a double Enter, stray keys
        assert app.view_kind == "urgent"
        button = kiosk(app).query_one("#acknowledge")
        assert await wait_until(pilot, lambda: not button.disabled)
        assert not start_over.disabled
        # Enabled, but nothing has the focus: a bare Enter (the end of a question typed
        # without looking) dismisses nothing.
        assert app.view_kind == "urgent" and app.focused is None
        await pilot.press("enter")
        await type_text(pilot, "what do i do")  # typing, then Enter: not an acknowledgement
        await pilot.press("enter")
        assert app.view_kind == "urgent" and not button.has_focus
        await pilot.click("#acknowledge")
        await pilot.pause()
        assert app.view_kind == "start"
        assert not kiosk(app).query_one("#question", Input).disabled
    log = staff_log[1].read_text()
    assert f"urgent alert shown (rule {expected.id})" in log
    assert f"urgent alert acknowledged (rule {expected.id})" in log
    assert URGENT_Q not in log and "trouble" not in log  # rule id and time, never the words


@pytest.mark.parametrize("happening", [True, False])
async def test_urgent_check_yes_shows_the_alert_no_the_answer(make_app, staff_log, happening):
    """'Is this happening now?' (issue 9): the red flags in plain words, one tap each way."""
    from faqbot.matching.redflags import CHECK_QUESTION, URGENT_MESSAGE

    question = "my words come out mushy"
    app = make_app()
    check = app.engine.ask(question)
    assert check.is_check and check.otherwise is not None
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, question)
        await pilot.press("enter")
        assert app.view_kind == "check"
        assert view_text(app, "#check-question") == CHECK_QUESTION
        assert "Trouble breathing, swallowing or speaking" in view_text(app, "#check-text")
        assert not kiosk(app).query_one("#question", Input).disabled  # typing still works
        await pilot.press("1" if happening else "2")
        await pilot.pause()
        if happening:
            assert app.view_kind == "urgent"
            assert view_text(app, "#urgent .urgent-text") == URGENT_MESSAGE
            assert view_text(app, "#asked") == f"You asked: {question}"
        else:
            assert app.current == check.otherwise
            assert app.view_kind == check.otherwise.kind.value
    log = staff_log[1].read_text()
    assert ("urgent check answered yes" in log) is happening
    assert ("urgent alert shown (rule urgent-check)" in log) is happening
    assert "mushy" not in log


async def test_the_check_about_self_harm_says_so_and_yes_shows_the_crisis_line(make_app, staff_log):
    """Words of despair with no self-harm phrase: the check names thoughts of ending one's
    life, and "Yes" shows the self-harm message (988), not the physical red flags."""
    from faqbot.matching.redflags import CHECK_QUESTION, SELF_HARM_MESSAGE

    question = "i cant cope with this anymore"
    app = make_app()
    assert app.engine.ask(question).id == "self-harm-check"
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, question)
        await pilot.press("enter")
        assert app.view_kind == "check"
        assert view_text(app, "#check-question") == CHECK_QUESTION
        assert "ending your life" in view_text(app, "#check-text")
        await pilot.press("1")
        await pilot.pause()
        assert app.view_kind == "urgent"
        assert view_text(app, "#urgent .urgent-text") == SELF_HARM_MESSAGE
    log = staff_log[1].read_text()
    assert "urgent alert shown (rule self-harm-check)" in log
    assert "cope" not in log


async def test_browse_topic_then_question(make_app, faq):
    app = make_app()
    topic = faq.topics[1]
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("2")  # topics are numbered first on the start screen
        assert app.view_kind == "topic"
        listed = [c.value for c in kiosk(app).query("#view Choice.question").results(Choice)]
        assert listed == [e.id for e in faq.topic_entries(topic.id)]
        await pilot.press("1")
        assert app.current is not None and app.current.entry.id == listed[0]


async def test_escape_goes_back_one_step_at_a_time(make_app, faq):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("1", "1")
        assert app.view_kind == "answer"
        await type_text(pilot, "ab")
        await pilot.press("escape")
        assert kiosk(app).query_one("#question", Input).value == ""
        assert app.view_kind == "answer"
        await pilot.press("escape")
        assert app.view_kind == "topic"
        await pilot.press("escape")
        assert app.view_kind == "start"
        await pilot.press("escape")
        assert app.view_kind == "start" and app.is_running


async def test_start_over_clears_the_session(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, ANSWER_Q)
        await pilot.press("enter")
        old = kiosk(app)
        await pilot.click("#start-over")
        await pilot.pause()
        assert kiosk(app) is not old
        assert app.view_kind == "start" and app.current is None
        assert kiosk(app).history == []


async def test_results_and_feedback_are_recorded(make_app):
    recorder = ListRecorder()
    app = make_app(recorder=recorder)
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, ANSWER_Q)
        await pilot.press("enter")
        entry_id = app.current.entry.id
        await pilot.click("#helpful-no")
        await pilot.pause()
        assert [r.question for r in recorder.results] == [ANSWER_Q]
        assert recorder.feedback == [(entry_id, False)]
        assert "Thank you." in view_text(app, "#helpful .thanks")
        # Back to the same answer in the same session: thanked, not asked to vote again.
        related = app.engine.related(entry_id, 1)[0]
        await pilot.press("1")
        assert app.current.entry == related
        await pilot.press("escape")
        assert app.current.entry.id == entry_id
        assert list(kiosk(app).query("#helpful-yes")) == []
        assert view_text(app, "#helpful .thanks") == "Thank you."
        assert recorder.feedback == [(entry_id, False)]


async def test_urgent_words_are_flagged_while_typing(make_app, faq):
    app = make_app()
    assert app.engine.urgent_rule(URGENT_Q) is not None
    # Whatever the engine would suggest for the text, the urgent hint shows alone.
    app.engine.suggest = lambda text, n=5: [Suggestion(e, 50.0) for e in faq.faqs[:n]]
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, URGENT_Q)
        suggestions = kiosk(app).query_one(Suggestions)
        assert suggestions.urgent == app.engine.urgent_rule(URGENT_Q)
        assert suggestions.display and kiosk(app).query_one("#urgent-hint").display
        # Only the hint: no ordinary questions beside it, and Enter raises the alert.
        assert suggestions.entries == []
        assert not any(b.display for b in suggestions.query(".suggestion"))
        await pilot.press("enter")
        assert app.view_kind == "urgent"


async def test_one_view_after_another_of_the_same_kind(make_app, faq):
    # Each view's widgets have ids (#asked, #answer, #fallback, #none-of-these): the old view
    # must be gone before the next one is mounted, or the kiosk errors and starts over.
    app = make_app()
    expected = script_clarify(app)
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, ANSWER_Q)
        await pilot.press("enter")
        first = app.current.entry
        related = app.engine.related(first.id, 3)[0]
        await pilot.press("1")  # the first related question
        assert app.view_kind == "answer" and app.current.entry == related
        assert view_text(app, "#asked") == f"You asked: {related.question}"
        assert len(kiosk(app).query("#asked")) == 1
        await type_text(pilot, ANSWER_Q)
        await pilot.press("enter")
        assert app.current.entry == first
        for question in (FALLBACK_Q, "where can I buy a giraffe"):
            await type_text(pilot, question)
            await pilot.press("enter")
            assert app.view_kind == "fallback" and view_text(app, "#fallback") == faq.fallback
        for _ in range(2):
            await type_text(pilot, CLARIFY_Q)
            await pilot.press("enter")
            assert app.view_kind == "clarify"
        await pilot.press("1")
        assert app.current.entry == expected.candidates[0].entry
        await pilot.press("escape")
        assert app.view_kind == "clarify"
        await pilot.press("escape")  # the same clarify twice is one step back
        assert app.view_kind == "fallback"
        assert app.resets == 0


async def test_arrows_and_tab_go_straight_to_the_buttons(make_app):
    """Down (or Tab) from the question box focuses the next button, never the view itself;
    a button below the fold is scrolled into view."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, ANSWER_Q)
        await pilot.press("enter")
        screen = kiosk(app)
        view = screen.query_one("#view")
        related = list(view.query("Choice.question").results(Choice))
        await pilot.press("down")
        assert screen.focused is screen.query_one("#helpful-yes")
        await pilot.press("down")
        assert screen.focused is screen.query_one("#helpful-no")
        await pilot.press("down")
        assert screen.focused is related[0]
        assert await wait_until(pilot, lambda: view.can_view_entire(related[0]))
        await pilot.press("up", "up", "up")
        assert screen.focused is screen.query_one("#question")
        await pilot.press("tab")
        assert screen.focused is screen.query_one("#helpful-yes")
        assert not view.can_focus


async def test_focused_button_is_unmistakable(make_app, faq):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("down")
        screen = kiosk(app)
        focused, resting = list(screen.query("#view Choice.topic").results(Choice))[:2]
        assert screen.focused is focused
        await pilot.pause()
        _, _, focus_bg, focus_fg = focused.colors
        _, _, rest_bg, _ = resting.colors
        assert contrast(focus_fg, focus_bg) >= 7  # the label stays easy to read
        assert contrast(focus_bg, rest_bg) >= 3  # the whole button changes, not just its text
        # In 16 colours too: not the resting colour, and not the urgent alert's red.
        await type_text(pilot, URGENT_Q)
        await pilot.press("enter")
        alert = screen.query_one("#urgent")
        assert in_16_colours(focus_bg) not in (
            in_16_colours(rest_bg),
            in_16_colours(alert.colors[2]),
            in_16_colours(screen.colors[2]),
        )


async def test_page_keys_and_wheel_scroll_the_view_from_anywhere(make_app):
    app = make_app()
    async with app.run_test(size=(80, 16)) as pilot:
        view = kiosk(app).query_one("#view")
        assert view.max_scroll_y > 0  # the start view is longer than the screen
        assert kiosk(app).focused is kiosk(app).query_one("#question")
        await pilot.press("pagedown")
        assert view.scroll_y > 0
        await pilot.press("pageup")
        assert view.scroll_y == 0
        await pilot.press("down")  # a topic button has the focus now
        await pilot.press("pagedown")
        assert view.scroll_y > 0
        await pilot.press("pageup")
        assert view.scroll_y == 0
        # Pilot has no public wheel helper; this is what a wheel turn over the view sends.
        await pilot._post_mouse_events([events.MouseScrollDown], widget=view)
        assert await wait_until(pilot, lambda: view.scroll_y > 0)


async def test_typing_after_moving_to_a_button_keeps_the_question(make_app):
    """Typing with a button focused goes on at the end of the question; it used to select the
    whole question when the box took the focus back, so the next key replaced it."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, "zq")
        await pilot.press("tab")
        assert isinstance(kiosk(app).focused, Choice)
        await type_text(pilot, "xy")
        assert kiosk(app).query_one("#question", Input).value == "zqxy"


@pytest.mark.parametrize(
    ("typed", "kind"),
    [
        (FALLBACK_Q, "fallback"),
        (REFER_Q, "fallback"),
        (CLARIFY_Q, "clarify"),
        (URGENT_Q, "urgent"),
        ("where can I buy a [bold]zebra[/] [@click=app.quit]x[/]", "fallback"),
    ],
)
async def test_views_without_an_answer_show_what_was_asked(make_app, typed, kind):
    """The fallback, refer, clarify and urgent texts refer to the patient's own words, shown
    exactly as typed (markup too)."""
    app = make_app()
    script_clarify(app)
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, typed)
        await pilot.press("enter")
        assert app.view_kind == kind
        assert view_text(app, "#asked") == f"You asked: {typed}"
        asked = kiosk(app).query_one("#asked")
        after = kiosk(app).query_one("#fallback, .prompt, #urgent")
        assert asked.region.y < after.region.y  # above the text it explains
        assert app.is_running


async def test_none_of_these_shows_no_question(make_app):
    app = make_app()
    script_clarify(app)
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, CLARIFY_Q)
        await pilot.press("enter")
        await pilot.click("#none-of-these")
        await pilot.pause()
        assert app.view_kind == "fallback"
        assert not kiosk(app).query("#asked")


async def test_urgent_alert_hints_say_what_is_true(make_app):
    """While the alert shows, the disabled box invites no typing and the key hint names the
    one thing to do; both come back afterwards."""
    from faqbot.kiosk.hints import KEY_HINT, PLACEHOLDER, START_HINT, URGENT_KEY_HINT
    from faqbot.kiosk.views import START

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = kiosk(app)
        box = screen.query_one("#question", Input)
        assert box.placeholder == PLACEHOLDER and view_text(app, "#keys") == START_HINT
        await type_text(pilot, URGENT_Q)
        await pilot.press("enter")
        assert app.view_kind == "urgent"
        assert box.placeholder == "" and view_text(app, "#keys") == URGENT_KEY_HINT
        assert "Esc" not in view_text(app, "#keys")
        await screen.show(START)  # (the patient cannot leave the alert but by its button)
        assert box.placeholder == PLACEHOLDER and view_text(app, "#keys") == KEY_HINT
        await type_text(pilot, URGENT_Q)
        await pilot.press("enter")
        button = screen.query_one("#acknowledge")
        assert await wait_until(pilot, lambda: not button.disabled, timeout=10)
        await pilot.press("tab", "enter")  # on purpose: to the button, then Enter
        await pilot.pause()
        assert app.view_kind == "start" and kiosk(app) is not screen
        box = kiosk(app).query_one("#question", Input)
        assert box.placeholder == PLACEHOLDER and view_text(app, "#keys") == START_HINT


@pytest.mark.parametrize(
    ("button", "thanks"),
    [
        ("#helpful-yes", "Thank you."),
        (
            "#helpful-no",
            "Thank you. Sorry it did not help — please ask the front desk, or try asking"
            " another way.",
        ),
    ],
)
async def test_helpful_answer_thanks_and_returns_to_the_question_box(make_app, button, thanks):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, ANSWER_Q)
        await pilot.press("enter")
        await pilot.press("down")
        if button == "#helpful-no":
            await pilot.press("down")
        assert kiosk(app).focused is kiosk(app).query_one(button)
        await pilot.press("enter")
        await pilot.pause()
        assert view_text(app, "#helpful .thanks") == thanks
        assert kiosk(app).focused is kiosk(app).query_one("#question")
        await type_text(pilot, "ab")  # the next question can be typed at once
        assert kiosk(app).query_one("#question", Input).value == "ab"


async def test_text_lines_stop_at_72_characters_on_wide_terminals(make_app):
    """At 160 columns the answer, "You asked" and fallback text stay readable; at 80 columns
    they still use the full width."""
    long_q = FALLBACK_Q + " and a giraffe and other large animals for the garden"
    for size, capped in (((160, 45), True), (SIZE, False)):
        app = make_app()
        async with app.run_test(size=size) as pilot:
            screen = kiosk(app)
            view = screen.query_one("#view")
            for question in (ANSWER_Q, long_q):
                screen.query_one("#question", Input).value = question
                await pilot.press("enter")
            fallback, asked = screen.query_one("#fallback"), screen.query_one("#asked")
            if capped:
                assert fallback.content_region.width <= 72
                assert asked.content_region.width <= 72
            else:
                assert asked.outer_size.width == view.scrollable_content_region.width
                assert fallback.outer_size.width == view.scrollable_content_region.width
            await pilot.press("escape")  # back to the answer
            answer = screen.query_one("#answer")
            if capped:
                assert 60 <= answer.content_region.width <= 72  # a column, not a sliver
                assert screen.query_one("#asked").content_region.width <= 72
            else:
                assert answer.outer_size.width == view.scrollable_content_region.width


async def test_placeholder_is_readable(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        box = kiosk(app).query_one("#question", Input)
        for focused in (True, False):
            if not focused:
                box.blur()
            await pilot.pause()
            style = box.get_component_rich_style("input--placeholder")
            assert style.color is not None and style.bgcolor is not None
            fg, bg = Color.from_rich_color(style.color), Color.from_rich_color(style.bgcolor)
            assert contrast(fg, bg) >= 4.5, (focused, fg.hex, bg.hex)


async def test_key_hint_is_true_in_every_state(make_app):
    """Digits are typed until ↓ moves into the suggestions: the hint says so."""
    from faqbot.kiosk.hints import ASK_HINT, KEY_HINT, PICK_HINT, START_HINT, SUGGESTION_HINT

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = kiosk(app)
        box = screen.query_one("#question", Input)
        hint = screen.query_one("#keys")
        assert view_text(app, "#keys") == START_HINT
        await type_text(pilot, ANSWER_Q[:8])
        assert screen.query_one(Suggestions).entries
        assert view_text(app, "#keys") == SUGGESTION_HINT
        assert len(SUGGESTION_HINT) <= hint.content_region.width  # one line at 80 columns
        await pilot.press("2")  # as the hint says: typed, not picked
        assert box.value == ANSWER_Q[:8] + "2" and app.view_kind == "start"
        await pilot.press("backspace", "down")
        assert view_text(app, "#keys") == PICK_HINT
        await pilot.press("escape")
        assert box.value == "" and view_text(app, "#keys") == START_HINT
        await type_text(pilot, "zq 3")
        assert not screen.query_one(Suggestions).entries
        assert view_text(app, "#keys") == ASK_HINT
        await pilot.press("escape")
        assert view_text(app, "#keys") == START_HINT  # nothing to go back to: no "Esc"
        await pilot.press("1")  # with nothing typed a digit picks numbered choice 1
        assert app.view_kind == "topic"
        assert view_text(app, "#keys") == KEY_HINT  # now Esc goes back to the start


async def test_key_hint_offers_no_digits_without_numbered_choices(make_app, faq):
    import dataclasses

    from faqbot.kiosk.hints import BACK_HINT

    app = make_app(faq_override=dataclasses.replace(faq, topics=()))
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, FALLBACK_Q)
        await pilot.press("enter")
        assert app.view_kind == "fallback" and not kiosk(app).query("#view Choice")
        assert view_text(app, "#keys") == BACK_HINT


async def test_more_below_cue_shows_only_while_the_view_can_scroll_down(make_app):
    from faqbot.kiosk.hints import MORE_BELOW

    app = make_app()
    async with app.run_test(size=(80, 16)) as pilot:  # short: the start view scrolls
        screen = kiosk(app)
        view, cue = screen.query_one("#view"), screen.query_one("#more-below")
        await pilot.pause()
        assert view.max_scroll_y > 0 and cue.display
        assert view_text(app, "#more-below") == MORE_BELOW
        assert cue.region.y >= view.region.bottom  # under the view, not over its text
        for _ in range(10):
            if view.scroll_y >= view.max_scroll_y:
                break
            await pilot.press("pagedown")
        await pilot.pause()
        assert view.scroll_y == view.max_scroll_y and not cue.display  # at the bottom
        await pilot.press("pageup")
        await pilot.pause()
        assert cue.display
        await type_text(pilot, ANSWER_Q[:8])  # the suggestions cover the view: no cue
        await pilot.pause()
        assert not cue.display
        await pilot.press("escape")
        await pilot.pause()
        assert cue.display
    app = make_app()
    async with app.run_test(size=(80, 60)) as pilot:  # everything fits: no cue
        await pilot.pause()
        assert kiosk(app).query_one("#view").max_scroll_y == 0
        assert not kiosk(app).query_one("#more-below").display
        await pilot.resize_terminal(80, 16)
        await pilot.pause()
        assert kiosk(app).query_one("#more-below").display


async def test_more_below_cue_on_an_answer_at_80x24(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, ANSWER_Q)
        await pilot.press("enter")
        await pilot.pause()
        view, cue = kiosk(app).query_one("#view"), kiosk(app).query_one("#more-below")
        assert view.max_scroll_y > 0 and cue.display  # the related questions are below
        related = list(view.query("Choice.question").results(Choice))
        for _ in related:
            await pilot.press("down")
        await pilot.press("down", "down")  # Yes, No, then each related question
        assert kiosk(app).focused is related[-1]
        assert await wait_until(pilot, lambda: view.scroll_y == view.max_scroll_y)
        assert await wait_until(pilot, lambda: not cue.display)


async def test_more_below_cue_never_hides_the_last_row_it_could_show(make_app):
    """The cue takes a row from the view: where the content fits the view without the cue,
    there is no cue (growing the terminal a row at a time passes the exact fit)."""
    app = make_app()
    async with app.run_test(size=(80, 12)) as pilot:
        view, cue = kiosk(app).query_one("#view"), kiosk(app).query_one("#more-below")
        seen = set()
        for height in range(12, 40):
            await pilot.resize_terminal(80, height)
            await pilot.pause()
            assert view.scroll_y == 0
            if cue.display:
                assert view.max_scroll_y >= 2, height  # more than the row the cue takes
            else:
                assert view.max_scroll_y == 0, height
            seen.add(cue.display)
        assert seen == {True, False}


async def test_a_near_miss_with_plausible_entries_is_a_clarify_not_a_fallback(make_app, faq):
    # Issue 10: the kiosk never says "I don't have a checked answer" above questions that are
    # plausible matches; those are offered as "Did you mean...?", one tap away.
    app = make_app()
    near_miss = "how long does it last for a zebra"
    result = app.engine.ask(near_miss)
    assert result.kind is Kind.CLARIFY
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, near_miss)
        await pilot.press("enter")
        assert app.view_kind == "clarify"
        assert list(kiosk(app).query("#fallback")) == []
        await pilot.press("1")
        assert app.view_kind == "answer"
        assert app.current.entry.id == result.candidates[0].entry.id


async def test_a_fallback_offers_topics_and_no_questions(make_app, faq):
    app = make_app()
    assert app.engine.ask(FALLBACK_Q).kind is Kind.FALLBACK
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, FALLBACK_Q)
        await pilot.press("enter")
        assert view_text(app, "#fallback") == faq.fallback
        assert list(kiosk(app).query("#view Choice.question")) == []
        topics = [c.value for c in kiosk(app).query("#view Choice.topic").results(Choice)]
        assert topics == [t.id for t in faq.topics]


@pytest.mark.parametrize(("key", "kind"), [("1", "answer"), ("2", "fallback")])
async def test_one_candidate_clarify_asks_yes_or_no(make_app, faq, key, kind):
    # "Did you mean: How long does Botox last?" Yes / No (issue 10): Yes shows its answer,
    # No the fallback, by key or by click.
    app = make_app()
    script_clarify(app, "how-long-it-lasts", None)
    entry = faq.entry("how-long-it-lasts")
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, CLARIFY_Q)
        await pilot.press("enter")
        assert app.view_kind == "clarify"
        assert view_text(app, "#did-you-mean") == f"Did you mean: {entry.question}"
        choices = list(kiosk(app).query("#yes-no Choice").results(Choice))
        assert [(c.text, c.number) for c in choices] == [("Yes", 1), ("No", 2)]
        await pilot.press(key)
        await pilot.pause()
        assert app.view_kind == kind
        if kind == "answer":
            assert app.current.entry == entry
        else:
            assert view_text(app, "#fallback") == faq.fallback


async def test_one_candidate_clarify_yes_by_click(make_app, faq):
    app = make_app()
    script_clarify(app, "how-long-it-lasts", None)
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, CLARIFY_Q)
        await pilot.press("enter")
        await pilot.click("#did-you-mean-yes")
        await pilot.pause()
        assert app.view_kind == "answer"
        assert app.current.entry == faq.entry("how-long-it-lasts")


async def test_refer_offers_no_questions(make_app):
    app = make_app()
    assert app.engine.ask(REFER_Q).referred
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, REFER_Q)
        await pilot.press("enter")
        assert list(kiosk(app).query("#view Choice.question")) == []


async def test_a_digit_in_a_burst_of_typing_is_typed_not_picked(make_app):
    # In a burst (word prediction, dictation, a paste) the app sees "after 3" before the box
    # has taken in "after ", so the box still looks empty when the 3 arrives.
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        box = kiosk(app).query_one("#question", Input)
        app.last_letter = time.monotonic()  # a letter arrived a moment ago
        await pilot.press("2")
        assert app.view_kind == "start" and box.value == "2"
        box.value = ""
        app.last_letter = time.monotonic() - 2 * TYPING_BURST_SECONDS
        await pilot.press("2")
        assert app.view_kind == "topic"  # a digit on its own still picks topic 2
