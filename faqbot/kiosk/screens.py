"""Provides `KioskScreen`: the question box, live suggestions and the current view.

One screen holds one patient's session. Starting over replaces the whole screen with a new one,
so nothing the last patient typed or saw can survive in any widget.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Button, Input

from faqbot.kiosk.guard import guarded
from faqbot.kiosk.hints import (
    DISCLAIMER,
    MORE_BELOW,
    NOT_HELPFUL,
    PLACEHOLDER,
    SAMPLE_NOTE,
    START_HINT,
    THANKS,
    UNWELL,
    key_hint,
)
from faqbot.kiosk.keys import KioskKeys
from faqbot.kiosk.views import START, View, ViewBuilder
from faqbot.kiosk.widgets import Choice, QuestionBox, Suggestions, Text, ViewArea, literal
from faqbot.matching.results import Kind, Result


class KioskScreen(KioskKeys):
    """The kiosk's only working screen (dialogs are pushed over it); its keys are `KioskKeys`."""

    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (81, "-roomy"), (110, "-wide")]
    VERTICAL_BREAKPOINTS = [(0, "-short"), (34, "-tall")]
    """Text capped at 72 characters wider than 80 columns; three columns of topic buttons on
    wide terminals; taller suggestions on tall ones."""

    NOTICE_SECONDS = 20.0
    """The notice (after an error) goes at the patient's next action, or after this long."""

    def __init__(self, notice: str | None = None) -> None:
        super().__init__()
        self.notice = notice
        self.view = START
        self.history: list[View] = []
        self.shown_hint = START_HINT
        self.voted: set[str] = set()
        """Entries rated in this session (the screen, and so this, goes at every reset)."""
        self.ready = False
        """Set once mounted: until then the widgets that `at_rest` reads do not exist yet."""

    def compose(self) -> ComposeResult:
        faq = self.kiosk.engine.faq
        with Vertical(id="top"):
            yield Text(faq.title, id="title")
            yield Text(faq.disclaimer or DISCLAIMER, id="disclaimer")
            if not faq.fully_reviewed:
                yield Text(SAMPLE_NOTE, id="sample-note")
            if self.notice:
                yield Text(self.notice, id="notice")
        yield QuestionBox(
            placeholder=PLACEHOLDER, id="question", max_length=300, select_on_focus=False
        )
        yield Suggestions(id="suggestions")
        yield ViewArea(id="view")
        yield Text(MORE_BELOW, id="more-below")
        with Horizontal(id="bar"):
            yield Choice("Start over", kind="start-over", id="start-over")
            with Vertical(id="hints"):
                yield Text(UNWELL, id="unwell")
                yield Text(self.shown_hint, id="keys")

    @guarded
    async def on_mount(self) -> None:
        self.watch(self.query_one(ViewArea), "rows_below", self.show_more_below)
        self.query_one(Suggestions).clear()
        await self.render_view(START)
        self.query_one("#question", Input).focus()
        if self.notice:
            self.set_timer(self.NOTICE_SECONDS, self.clear_notice)
        self.ready = True

    def show_more_below(self, rows_below: int) -> None:
        """The cue under the view: only while it can scroll further down. The cue takes a row
        from the view, so while it shows, one row below is just the row it took."""
        cue = self.query_one("#more-below")
        cue.set_class(rows_below > (1 if cue.has_class("-more") else 0), "-more")

    def at_rest(self) -> bool:
        """True on the start view, unscrolled, with nothing typed, nothing to go back to and no
        notice showing. False while the screen is still being built (the idle timer can fire
        then)."""
        if not self.ready:
            return False
        boxes = list(self.query("#question").results(Input))
        views = list(self.query("#view").results(VerticalScroll))
        if not boxes or not views:
            return False  # being torn down (replaced by a new session on a busy machine)
        box = boxes[0]
        scrolled = views[0].scroll_y > 0
        return (
            self.view.kind == "start"
            and not self.history
            and not box.value
            and not scrolled
            and not self.notice
        )

    @guarded
    def clear_notice(self) -> None:
        """Remove the notice: it was for the patient who saw the error, not the next one."""
        self.notice = None
        for notice in self.query("#notice"):
            notice.remove()

    def patient_acted(self) -> None:
        """A key, click or scroll: the notice has been seen."""
        if self.notice:
            self.clear_notice()

    # -- what the patient does ---------------------------------------------------------------

    @on(Input.Changed, "#question")
    @guarded
    def suggest(self, event: Input.Changed) -> None:
        engine = self.kiosk.engine
        text = event.value
        urgent = engine.urgent_rule(text) if text.strip() else None
        entries = [s.entry for s in engine.suggest(text)] if text.strip() else []
        self.query_one(Suggestions).show(entries, urgent)
        self.refresh_hints()

    @on(Input.Submitted, "#question")
    @guarded
    async def submit(self, event: Input.Submitted) -> None:
        picked = self.query_one(Suggestions).highlighted_entry()
        if picked is not None:
            await self.pick_entry(picked.id)
        elif event.value.strip():
            await self.ask(event.value)

    @on(Button.Pressed, ".choice")
    @guarded
    async def choose(self, event: Button.Pressed) -> None:
        choice = event.button
        assert isinstance(choice, Choice)
        await self.activate(choice)

    async def activate(self, choice: Choice) -> None:
        faq = self.kiosk.engine.faq
        if choice.kind in ("entry", "suggestion"):
            await self.pick_entry(choice.value)
        elif choice.kind == "topic":
            await self.show(View("topic", topic_id=choice.value))
        elif choice.kind == "none-of-these":
            fallback = Result(question="", kind=Kind.FALLBACK, text=faq.fallback)
            await self.show(View("fallback", fallback))
        elif choice.kind == "helpful":
            await self.feedback(choice.value == "yes")
        elif choice.kind in ("check-yes", "check-no"):
            await self.answer_check(choice.kind == "check-yes")
        elif choice.kind in ("acknowledge", "start-over"):
            if self.view.kind == "urgent":
                self.kiosk.urgent_closed(self.view, choice.kind)
            self.kiosk.start_over()

    async def ask(self, question: str) -> None:
        result = self.kiosk.engine.ask(question)
        self.kiosk.record(result)
        await self.show(View("check" if result.is_check else result.kind.value, result))

    async def answer_check(self, happening: bool) -> None:
        """'Is this happening now?': Yes shows the urgent alert, No what the question gets
        without the check."""
        check = self.view.result
        if self.view.kind != "check" or check is None or check.otherwise is None:
            return
        rule = check.rule
        self.kiosk.log_staff.info(
            "urgent check answered %s", "yes: showing the alert" if happening else "no"
        )
        if happening and rule is not None:
            alert = Result(check.question, Kind.URGENT, rule.answer, 100.0, rule=rule)
            await self.show(View("urgent", alert))
        else:
            otherwise = check.otherwise
            await self.show(View(otherwise.kind.value, otherwise))

    async def pick_entry(self, entry_id: str) -> None:
        entry = self.kiosk.engine.faq.entry(entry_id)
        result = Result(
            question=entry.question, kind=Kind.ANSWER, text=entry.answer, score=100.0, entry=entry
        )
        self.kiosk.record(result)
        await self.show(View("answer", result))

    async def feedback(self, helpful: bool) -> None:
        result = self.view.result
        if result is None or result.entry is None:
            return
        if result.entry.id in self.voted:
            return
        self.voted.add(result.entry.id)
        self.kiosk.recorder_feedback(result.entry.id, helpful)
        row = self.query_one("#helpful", Horizontal)
        await row.remove_children()
        await row.mount(Text(THANKS if helpful else NOT_HELPFUL, classes="thanks"))
        self.query_one("#question", Input).focus()  # the button pressed is gone: ask again

    # -- views -------------------------------------------------------------------------------

    async def show(self, view: View, *, remember: bool = True) -> None:
        """Show a view; `remember` puts the current one on the Esc stack."""
        if remember and view != self.view:
            self.history.append(self.view)
        self.clear_notice()
        box = self.query_one("#question", Input)
        box.value = ""
        self.query_one(Suggestions).clear()
        await self.render_view(view)
        urgent = view.kind == "urgent"
        box.disabled = urgent
        self.query_one("#start-over", Choice).disabled = urgent  # until the alert allows it
        self.refresh_hints()
        if urgent:
            # Nothing has the focus: an Enter typed as part of a question does nothing here.
            # The alert is dismissed by tapping "I understand" (or Tab to it, then Enter).
            self.set_focus(None)
            self.kiosk.urgent_shown(view)
        else:
            box.focus()

    def refresh_hints(self) -> None:
        """Make the question box's placeholder and the key hint true for what shows now."""
        urgent = self.view.kind == "urgent"
        self.query_one("#question", Input).placeholder = "" if urgent else PLACEHOLDER
        hint = self.key_hint()
        if hint != self.shown_hint:  # (called on every keystroke: no needless repaint)
            self.shown_hint = hint
            self.query_one("#keys", Text).update(literal(hint))

    def key_hint(self) -> str:
        """What Esc, Enter and the digits do now (see `action_back` and `action_number`)."""
        suggestions = self.query_one(Suggestions)
        return key_hint(
            urgent=self.view.kind == "urgent",
            suggesting=bool(suggestions.entries),
            highlighted=suggestions.highlighted is not None,
            typed=bool(self.query_one("#question", Input).value),
            numbered=any(c.number is not None for c in self.query("#view Choice").results(Choice)),
            can_go_back=bool(self.history),
        )

    async def render_view(self, view: View) -> None:
        """Replace the view area's widgets. The old ones must be gone before the new ones are
        mounted: both have the same ids (#asked, #answer, ...), and removal in Textual is not
        done until awaited."""
        self.view = view
        self.kiosk.current = view.result
        self.kiosk.view_kind = view.kind
        area = self.query_one("#view", VerticalScroll)
        with self.app.batch_update():
            await area.remove_children()
            builder = ViewBuilder(self.kiosk.engine, self.voted, self.kiosk.phone)
            await area.mount_all(builder.build(view))
        area.scroll_home(animate=False)
