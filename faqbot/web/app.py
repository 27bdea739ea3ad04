"""The web page as an ASGI app (Starlette): the kiosk's outcomes on a patient's own phone.

Questions travel only in POST bodies, so they never reach a URL, the browser's history or an
access log. A picked question ("Did you mean…?", related, suggestions) is a POST too, answered
with a redirect to `/a/<entry id>` (post/redirect/get): the answer page is then a plain GET
that Back and reload show again without asking to resend a form or counting twice. Outcomes
are counted through the same recording port as the kiosk; nothing else is stored.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import re
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final
from urllib.parse import parse_qsl

from jinja2 import Environment, PackageLoader, select_autoescape
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import (
    HTMLResponse,
    JSONResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
)
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from faqbot.content.model import Faq
from faqbot.content.problems import ContentError
from faqbot.matching.engine import Engine
from faqbot.matching.results import Candidate, Kind, Result
from faqbot.matching.urgency import CHECK_RULE, SELF_HARM_RULE
from faqbot.matching.verdict import CLARIFY_PROMPT
from faqbot.stats.recording import NullRecorder, OutcomeRecorder
from faqbot.web import texts
from faqbot.web.guard import GuardMiddleware, Rate, RateLimiter
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

log = logging.getLogger("faqbot.web")

MAX_BODY: Final = 4096
"""Bytes a form may send: a question is at most `MAX_QUESTION` characters (up to 4 bytes each
in UTF-8 would be more, but form encoding of such text is rejected as too long, not cut)."""
MAX_QUESTION: Final = 500
"""Characters the question box takes (the kiosk's box is shorter than this)."""
SUGGESTIONS: Final = 5
STATIC = Path(__file__).with_name("static")
ASK_RATE: Final = Rate(burst=20, per_second=0.5)
SUGGEST_RATE: Final = Rate(burst=60, per_second=5)
EMERGENCY: Final = re.compile(r"\+?[0-9]{2,15}")


@dataclass(frozen=True, slots=True)
class Settings:
    """How one web app behaves; the command line fills it in."""

    ask_rate: Rate | None = ASK_RATE
    """Questions, picks and taps per client: 20 at once, then one every 2 s. None: no limit
    (the load benchmark, which is all one client)."""
    suggest_rate: Rate | None = SUGGEST_RATE
    """Suggestions while typing (one request per pause in typing)."""
    emergency_number: str | None = None
    """Shown as a big tap-to-call button on the urgent alert (numbers in the rule's own text
    are links anyway)."""
    reload_every_s: float = 5.0
    """How often the content file's modification time is checked."""
    unanswered_days: int | None = None
    """Days the recorder keeps redacted unanswered questions (`--log-unanswered`), so the
    page's privacy line says so; None when no question text is stored."""
    forget_every_s: float = 600.0
    """How often the engine drops its caches of typed words (the kiosk does it at each reset;
    a web server has no reset)."""

    def __post_init__(self) -> None:
        if self.emergency_number is not None and not EMERGENCY.fullmatch(self.emergency_number):
            raise ValueError(f"not a phone number: {self.emergency_number!r} (digits, "
                             "optionally one leading +)")


@dataclass
class Content:
    """The engine in use, and how to reload it when the file changes (the kiosk's rule: an
    invalid new file is ignored and the last good content stays, with its errors logged)."""

    engine: Engine
    load: Callable[[], Faq] | None = None
    path: Path | None = None
    reload_every_s: float = 5.0
    _mtime: float | None = None
    _checked: float = field(default_factory=time.monotonic)
    _reloading: bool = False

    def __post_init__(self) -> None:
        self._mtime = self._stat()

    def _stat(self) -> float | None:
        if self.path is None:
            return None
        try:
            return os.stat(self.path).st_mtime
        except OSError:
            return None

    async def maybe_reload(self) -> None:
        """Reload in a thread when the file changed; requests go on with the old engine."""
        now = time.monotonic()
        if self.load is None or self._reloading or now - self._checked < self.reload_every_s:
            return
        self._checked = now
        mtime = self._stat()
        if mtime is None or mtime == self._mtime:
            return
        self._reloading = True
        try:
            engine = await asyncio.to_thread(self._build)
        except (ContentError, OSError) as exc:
            problems = getattr(exc, "problems", ())
            log.error("content file changed but is unusable (%d problem(s)); keeping the last "
                      "good content; run 'faqbot check'", len(problems) or 1)
        else:
            self.engine = engine
            log.info("content reloaded from %s", self.path)
        finally:
            self._mtime = mtime
            self._reloading = False

    def _build(self) -> Engine:
        assert self.load is not None
        return Engine(self.load())


def _templates() -> Environment:
    env = Environment(
        loader=PackageLoader("faqbot.web", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["texts"] = texts
    return env


def create_app(
    faq: Faq | Engine,
    *,
    recorder: OutcomeRecorder | None = None,
    settings: Settings = Settings(),
    load: Callable[[], Faq] | None = None,
    content_path: Path | None = None,
) -> Starlette:
    """The web page for this content. `load` (with `content_path`) reloads the content when the
    file changes; the recorder is closed when the app shuts down."""
    engine = faq if isinstance(faq, Engine) else Engine(faq)
    content = Content(engine, load, content_path, settings.reload_every_s)
    recorder = recorder or NullRecorder()
    env = _templates()
    ask_limit = RateLimiter(settings.ask_rate) if settings.ask_rate else None
    suggest_limit = RateLimiter(settings.suggest_rate) if settings.suggest_rate else None
    forgotten = [time.monotonic()]

    def render(template: str, status: int = 200, **context: Any) -> HTMLResponse:
        faq = content.engine.faq
        page = env.get_template(template).render(
            faq=faq,
            disclaimer=faq.disclaimer or texts.DISCLAIMER,
            emergency_number=settings.emergency_number,
            unanswered_days=settings.unanswered_days,
            max_question=MAX_QUESTION,
            **context,
        )
        return HTMLResponse(page, status_code=status)

    def message(text: str, status: int) -> HTMLResponse:
        return render("message.html", status, message=text)

    def error_page() -> bytes:
        try:
            return bytes(message(texts.ERROR, 500).body)
        except Exception:  # the templates themselves failed: still no traceback
            return texts.ERROR.encode()

    async def engine_now() -> Engine:
        await content.maybe_reload()
        now = time.monotonic()
        if now - forgotten[0] >= settings.forget_every_s:
            forgotten[0] = now
            content.engine.forget()
        return content.engine

    def client_of(request: Request) -> str:
        return request.client.host if request.client else "-"

    async def read_form(request: Request, limiter: RateLimiter | None) -> dict[str, str] | Response:
        """The posted form, or the response that refuses it (from another site, too fast, too
        big). Another site's page may not post here (the browser says so in Sec-Fetch-Site):
        with no cookies there is no session to steal, but it could fill the counts."""
        if request.headers.get("sec-fetch-site") == "cross-site":
            return message(texts.OTHER_SITE, 403)
        if limiter is not None:
            wait = limiter.allow(client_of(request))
            if wait:
                response = message(texts.TOO_MANY, 429)
                response.headers["retry-after"] = str(max(1, round(wait)))
                return response
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > MAX_BODY:
            return message(texts.TOO_LONG, 413)
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > MAX_BODY:
                return message(texts.TOO_LONG, 413)
        pairs = parse_qsl(body.decode("utf-8", "replace"), max_num_fields=8)
        return dict(pairs)

    # ---------------------------------------------------------------- pages

    async def start(request: Request) -> Response:
        faq = (await engine_now()).faq
        return render("start.html", common=common_questions(faq))

    async def ask(request: Request) -> Response:
        form = await read_form(request, ask_limit)
        if isinstance(form, Response):
            return form
        question = form.get("q", "")
        if len(question) > MAX_QUESTION:
            return message(texts.TOO_LONG, 413)
        if not question.strip():
            return RedirectResponse("/", status_code=303)
        engine = await engine_now()
        result = engine.ask(question)
        recorder.record_result(result)
        if result.kind is Kind.ANSWER and result.entry is not None:
            return RedirectResponse(f"/a/{result.entry.id}", status_code=303)
        return show(engine, result)

    def show(engine: Engine, result: Result) -> Response:
        faq = engine.faq
        outcome = outcome_of(result, faq)
        close = []
        plain = outcome.known and not result.referred and bool(result.question.strip())
        if outcome.template == FALLBACK_TEMPLATE and plain:
            close = [s.entry for s in engine.suggest(result.question, CLOSE_QUESTIONS)]
        return render(
            outcome.template,
            outcome=outcome,
            result=result,
            close=close,
            pieces=phone_pieces(outcome.text),
            here=address_of(result) if outcome.known else "/none",
        )

    async def pick(request: Request) -> Response:
        form = await read_form(request, ask_limit)
        if isinstance(form, Response):
            return form
        engine = await engine_now()
        entry = find_entry(engine.faq, form.get("id", ""))
        if entry is None:
            return message(texts.NOT_FOUND, 404)
        recorder.record_result(
            Result(entry.question, Kind.ANSWER, entry.answer, 100.0, entry=entry)
        )
        return RedirectResponse(f"/a/{entry.id}", status_code=303)

    async def answer(request: Request) -> Response:
        engine = await engine_now()
        entry = find_entry(engine.faq, request.path_params["entry"])
        if entry is None:
            return message(texts.NOT_FOUND, 404)
        rated = request.query_params.get("rated")
        return render(
            "kinds/answer.html",
            entry=entry,
            related=engine.related(entry.id, RELATED_QUESTIONS),
            thanks={"yes": texts.THANKS, "no": texts.NOT_HELPFUL}.get(rated or ""),
        )

    async def helpful(request: Request) -> Response:
        form = await read_form(request, ask_limit)
        if isinstance(form, Response):
            return form
        engine = await engine_now()
        entry = find_entry(engine.faq, form.get("id", ""))
        vote = form.get("vote")
        if entry is None or vote not in ("yes", "no"):
            return message(texts.NOT_FOUND, 404)
        recorder.record_feedback(entry.id, vote == "yes")
        return RedirectResponse(f"/a/{entry.id}?rated={vote}", status_code=303)

    async def topic(request: Request) -> Response:
        faq = (await engine_now()).faq
        found = find_topic(faq, request.path_params["topic"])
        if found is None:
            return message(texts.NOT_FOUND, 404)
        return render("topic.html", topic=found, entries=faq.topic_entries(found.id))

    async def none_of_these(request: Request) -> Response:
        engine = await engine_now()
        return show(engine, Result("", Kind.FALLBACK, engine.faq.fallback))

    async def clarify_again(request: Request) -> Response:
        engine = await engine_now()
        ids = request.path_params["ids"].split("/")
        entries = [e for e in (find_entry(engine.faq, i) for i in ids[:5]) if e is not None]
        if not entries:
            return message(texts.NOT_FOUND, 404)
        candidates = tuple(Candidate(e, 0.0, e.question) for e in entries)
        return show(engine, Result("", Kind.CLARIFY, CLARIFY_PROMPT, candidates=candidates))

    async def check(request: Request) -> Response:
        """The answer to "Is this happening now?": Yes shows the urgent alert; No shows what
        the question gets without the check (the question comes back in the POST body, never
        in the address)."""
        form = await read_form(request, ask_limit)
        if isinstance(form, Response):
            return form
        engine = await engine_now()
        question = form.get("q", "")[:MAX_QUESTION]
        if form.get("now") == "yes":
            alert = Result(question, Kind.URGENT, CHECK_RULE.answer, 100.0, rule=CHECK_RULE)
            return show(engine, alert)
        result = engine.ask(question)
        otherwise = result.otherwise if result.is_check else result
        if otherwise is None or otherwise.kind is Kind.URGENT:
            return show(engine, result)  # the text changed under us: ask again, safely
        recorder.record_result(otherwise)
        if otherwise.kind is Kind.ANSWER and otherwise.entry is not None:
            return RedirectResponse(f"/a/{otherwise.entry.id}", status_code=303)
        return show(engine, otherwise)

    async def rule_again(request: Request) -> Response:
        engine = await engine_now()
        urgent = request.url.path.startswith("/urgent/")
        rules = (*engine.faq.urgent, CHECK_RULE, SELF_HARM_RULE) if urgent else engine.faq.refer
        rule = find_rule(rules, request.path_params["rule"])
        if rule is None:
            return message(texts.NOT_FOUND, 404)
        kind = Kind.URGENT if urgent else Kind.FALLBACK
        return show(engine, Result("", kind, rule.answer, 100.0, rule=rule, referred=not urgent))

    async def suggest(request: Request) -> Response:
        form = await read_form(request, suggest_limit)
        if isinstance(form, Response):
            return JSONResponse({"error": "refused"}, status_code=form.status_code,
                                headers={k: v for k, v in form.headers.items()
                                         if k == "retry-after"})
        typed = form.get("q", "")[:MAX_QUESTION]
        engine = await engine_now()
        if engine.urgent_rule(typed) is not None:
            return JSONResponse({"urgent": texts.URGENT_HINT, "suggestions": []})
        found = engine.suggest(typed, SUGGESTIONS)
        return JSONResponse({
            "urgent": None,
            "suggestions": [{"id": s.entry.id, "question": s.entry.question} for s in found],
        })

    async def to_start(request: Request) -> Response:
        """A GET of a form's address (a typed URL, a query string): back to the start, and the
        query, which may hold a question, is dropped, not read."""
        return RedirectResponse("/", status_code=303)

    async def health(request: Request) -> Response:
        return PlainTextResponse("ok")

    async def not_found(request: Request, exc: Exception) -> Response:
        status = getattr(exc, "status_code", 404)
        return message(texts.NOT_FOUND if status == 404 else texts.ERROR,
                       status if 400 <= status < 500 else 404)

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        try:
            yield
        finally:
            recorder.close()

    routes = [
        Route("/", start, methods=["GET", "HEAD"]),
        Route("/ask", ask, methods=["POST"]),
        Route("/ask", to_start, methods=["GET", "HEAD"]),
        Route("/pick", pick, methods=["POST"]),
        Route("/a/{entry}", answer, methods=["GET", "HEAD"]),
        Route("/helpful", helpful, methods=["POST"]),
        Route("/topic/{topic}", topic, methods=["GET", "HEAD"]),
        Route("/none", none_of_these, methods=["GET", "HEAD"]),
        Route("/clarify/{ids:path}", clarify_again, methods=["GET", "HEAD"]),
        Route("/urgent/{rule}", rule_again, methods=["GET", "HEAD"]),
        Route("/refer/{rule}", rule_again, methods=["GET", "HEAD"]),
        Route("/suggest", suggest, methods=["POST"]),
        Route("/check", check, methods=["POST"]),
        Route("/healthz", health, methods=["GET", "HEAD"]),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]
    app = Starlette(
        routes=routes,
        middleware=[Middleware(GuardMiddleware, error_page=error_page)],
        exception_handlers={404: not_found, 405: not_found},
        lifespan=lifespan,
    )
    return app
