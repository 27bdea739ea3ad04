"""`Pages`: what the web page does for each address: the request handlers, and rendering their
templates with what every page needs.

Questions travel only in POST bodies, so they never reach a URL, the browser's history or an
access log. A picked question ("Did you mean…?", related, suggestions) is a POST too, answered
with a redirect to `/a/<entry id>` (post/redirect/get): the answer page is then a plain GET
that Back and reload show again without asking to resend a form or counting twice. Outcomes
are counted through the same recording port as the kiosk; nothing else is stored. Which
address goes to which handler is `faqbot.web.app`'s business.
"""

from __future__ import annotations

import time
from typing import Any, Final

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response

from faqbot.matching.engine import Engine
from faqbot.matching.results import Candidate, Kind, Result
from faqbot.matching.urgency import CHECK_RULE, DISTRESS_RULE, SELF_HARM_RULE
from faqbot.matching.verdict import CLARIFY_PROMPT
from faqbot.stats.recording import OutcomeRecorder
from faqbot.web import texts
from faqbot.web.forms import MAX_QUESTION, read_form
from faqbot.web.guard import RateLimiter
from faqbot.web.livecontent import Content
from faqbot.web.outcomes import (
    CLOSE_QUESTIONS,
    FALLBACK_TEMPLATE,
    RELATED_QUESTIONS,
    address_of,
    common_questions,
    find_entry,
    find_rule,
    find_topic,
    outcome_of,
    phone_pieces,
)
from faqbot.web.settings import Settings

SUGGESTIONS: Final = 5


def _templates() -> Environment:
    env = Environment(
        loader=PackageLoader("faqbot.web", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["texts"] = texts
    return env


class Pages:
    """The handlers of one web app, sharing its content, recorder, settings and rate limits."""

    def __init__(self, content: Content, recorder: OutcomeRecorder, settings: Settings) -> None:
        self.content = content
        self.recorder = recorder
        self.settings = settings
        self._env = _templates()
        self._ask_limit = RateLimiter(settings.ask_rate) if settings.ask_rate else None
        self._suggest_limit = (
            RateLimiter(settings.suggest_rate) if settings.suggest_rate else None
        )
        self._forgotten = time.monotonic()

    # ---------------------------------------------------------------- rendering

    def render(self, template: str, status: int = 200, **context: Any) -> HTMLResponse:
        faq = self.content.engine.faq
        page = self._env.get_template(template).render(
            faq=faq,
            disclaimer=faq.disclaimer or texts.DISCLAIMER,
            emergency_number=self.settings.emergency_number,
            unanswered_days=self.settings.unanswered_days,
            max_question=MAX_QUESTION,
            **context,
        )
        return HTMLResponse(page, status_code=status)

    def message(self, text: str, status: int) -> HTMLResponse:
        return self.render("message.html", status, message=text)

    def error_page(self) -> bytes:
        try:
            return bytes(self.message(texts.ERROR, 500).body)
        except Exception:  # the templates themselves failed: still no traceback
            return texts.ERROR.encode()

    async def engine_now(self) -> Engine:
        await self.content.maybe_reload()
        now = time.monotonic()
        if now - self._forgotten >= self.settings.forget_every_s:
            self._forgotten = now
            self.content.engine.forget()
        return self.content.engine

    def show(self, engine: Engine, result: Result) -> Response:
        faq = engine.faq
        outcome = outcome_of(result, faq)
        close = []
        plain = outcome.known and not result.referred and bool(result.question.strip())
        if outcome.template == FALLBACK_TEMPLATE and plain:
            close = [s.entry for s in engine.suggest(result.question, CLOSE_QUESTIONS)]
        return self.render(
            outcome.template,
            outcome=outcome,
            result=result,
            close=close,
            pieces=phone_pieces(outcome.text),
            here=address_of(result) if outcome.known else "/none",
        )

    async def _form(
        self, request: Request, limiter: RateLimiter | None
    ) -> dict[str, str] | Response:
        return await read_form(request, limiter, self.message)

    # ---------------------------------------------------------------- pages

    async def start(self, request: Request) -> Response:
        faq = (await self.engine_now()).faq
        return self.render("start.html", common=common_questions(faq))

    async def ask(self, request: Request) -> Response:
        form = await self._form(request, self._ask_limit)
        if isinstance(form, Response):
            return form
        question = form.get("q", "")
        if len(question) > MAX_QUESTION:
            return self.message(texts.TOO_LONG, 413)
        if not question.strip():
            return RedirectResponse("/", status_code=303)
        engine = await self.engine_now()
        result = engine.ask(question)
        self.recorder.record_result(result)
        if result.kind is Kind.ANSWER and result.entry is not None:
            return RedirectResponse(f"/a/{result.entry.id}", status_code=303)
        return self.show(engine, result)

    async def pick(self, request: Request) -> Response:
        form = await self._form(request, self._ask_limit)
        if isinstance(form, Response):
            return form
        engine = await self.engine_now()
        entry = find_entry(engine.faq, form.get("id", ""))
        if entry is None:
            return self.message(texts.NOT_FOUND, 404)
        self.recorder.record_result(
            Result(entry.question, Kind.ANSWER, entry.answer, 100.0, entry=entry)
        )
        return RedirectResponse(f"/a/{entry.id}", status_code=303)

    async def answer(self, request: Request) -> Response:
        engine = await self.engine_now()
        entry = find_entry(engine.faq, request.path_params["entry"])
        if entry is None:
            return self.message(texts.NOT_FOUND, 404)
        rated = request.query_params.get("rated")
        return self.render(
            "kinds/answer.html",
            entry=entry,
            related=engine.related(entry.id, RELATED_QUESTIONS),
            thanks={"yes": texts.THANKS, "no": texts.NOT_HELPFUL}.get(rated or ""),
        )

    async def helpful(self, request: Request) -> Response:
        form = await self._form(request, self._ask_limit)
        if isinstance(form, Response):
            return form
        engine = await self.engine_now()
        entry = find_entry(engine.faq, form.get("id", ""))
        vote = form.get("vote")
        if entry is None or vote not in ("yes", "no"):
            return self.message(texts.NOT_FOUND, 404)
        self.recorder.record_feedback(entry.id, vote == "yes")
        return RedirectResponse(f"/a/{entry.id}?rated={vote}", status_code=303)

    async def topic(self, request: Request) -> Response:
        faq = (await self.engine_now()).faq
        found = find_topic(faq, request.path_params["topic"])
        if found is None:
            return self.message(texts.NOT_FOUND, 404)
        return self.render("topic.html", topic=found, entries=faq.topic_entries(found.id))

    async def none_of_these(self, request: Request) -> Response:
        engine = await self.engine_now()
        return self.show(engine, Result("", Kind.FALLBACK, engine.faq.fallback))

    async def clarify_again(self, request: Request) -> Response:
        engine = await self.engine_now()
        ids = request.path_params["ids"].split("/")
        entries = [e for e in (find_entry(engine.faq, i) for i in ids[:5]) if e is not None]
        if not entries:
            return self.message(texts.NOT_FOUND, 404)
        candidates = tuple(Candidate(e, 0.0, e.question) for e in entries)
        return self.show(engine, Result("", Kind.CLARIFY, CLARIFY_PROMPT, candidates=candidates))

    async def check(self, request: Request) -> Response:
        """The answer to "Is this happening now?": Yes shows the urgent alert; No shows what
        the question gets without the check (the question comes back in the POST body, never
        in the address)."""
        form = await self._form(request, self._ask_limit)
        if isinstance(form, Response):
            return form
        engine = await self.engine_now()
        question = form.get("q", "")[:MAX_QUESTION]
        result = engine.ask(question)
        if form.get("now") == "yes":
            # the alert of the check this question gets (the self-harm message after the
            # check for words of despair); the general alert if the content changed under us
            rule = result.rule if result.is_check and result.rule is not None else CHECK_RULE
            alert = Result(question, Kind.URGENT, rule.answer, 100.0, rule=rule)
            return self.show(engine, alert)
        otherwise = result.otherwise if result.is_check else result
        if otherwise is None or otherwise.kind is Kind.URGENT:
            return self.show(engine, result)  # the text changed under us: ask again, safely
        self.recorder.record_result(otherwise)
        if otherwise.kind is Kind.ANSWER and otherwise.entry is not None:
            return RedirectResponse(f"/a/{otherwise.entry.id}", status_code=303)
        return self.show(engine, otherwise)

    async def rule_again(self, request: Request) -> Response:
        engine = await self.engine_now()
        urgent = request.url.path.startswith("/urgent/")
        built_in = (CHECK_RULE, DISTRESS_RULE, SELF_HARM_RULE)
        rules = (*engine.faq.urgent, *built_in) if urgent else engine.faq.refer
        rule = find_rule(rules, request.path_params["rule"])
        if rule is None:
            return self.message(texts.NOT_FOUND, 404)
        kind = Kind.URGENT if urgent else Kind.FALLBACK
        return self.show(
            engine, Result("", kind, rule.answer, 100.0, rule=rule, referred=not urgent)
        )

    async def suggest(self, request: Request) -> Response:
        form = await self._form(request, self._suggest_limit)
        if isinstance(form, Response):
            return JSONResponse({"error": "refused"}, status_code=form.status_code,
                                headers={k: v for k, v in form.headers.items()
                                         if k == "retry-after"})
        typed = form.get("q", "")[:MAX_QUESTION]
        engine = await self.engine_now()
        if engine.urgent_rule(typed) is not None:
            return JSONResponse({"urgent": texts.URGENT_HINT, "suggestions": []})
        found = engine.suggest(typed, SUGGESTIONS)
        return JSONResponse({
            "urgent": None,
            "suggestions": [{"id": s.entry.id, "question": s.entry.question} for s in found],
        })

    async def to_start(self, request: Request) -> Response:
        """A GET of a form's address (a typed URL, a query string): back to the start, and the
        query, which may hold a question, is dropped, not read."""
        return RedirectResponse("/", status_code=303)

    async def not_found(self, request: Request, exc: Exception) -> Response:
        status = getattr(exc, "status_code", 404)
        return self.message(texts.NOT_FOUND if status == 404 else texts.ERROR,
                            status if 400 <= status < 500 else 404)
