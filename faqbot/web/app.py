"""The web page as an ASGI app (Starlette): the kiosk's outcomes on a patient's own phone.

`create_app` puts the parts together: the content (`livecontent`, reloaded when its file
changes), the handlers (`pages`), which address goes to which handler, the security middleware
(`guard`), the static files, and closing the recorder when the server stops. What each page does
is in `faqbot.web.pages`; how a form is read and limited, in `faqbot.web.forms`.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Callable
from pathlib import Path
from typing import Final

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from faqbot.content.model import Faq
from faqbot.matching.engine import Engine
from faqbot.stats.recording import NullRecorder, OutcomeRecorder
from faqbot.web.guard import GuardMiddleware
from faqbot.web.livecontent import Content
from faqbot.web.pages import Pages
from faqbot.web.settings import Settings

STATIC = Path(__file__).with_name("static")
DEFAULT_SETTINGS: Final = Settings()


def create_app(
    faq: Faq | Engine,
    *,
    recorder: OutcomeRecorder | None = None,
    settings: Settings = DEFAULT_SETTINGS,
    load: Callable[[], Faq] | None = None,
    content_path: Path | None = None,
) -> Starlette:
    """The web page for this content. `load` (with `content_path`) reloads the content when the
    file changes; the recorder is closed when the app shuts down."""
    engine = faq if isinstance(faq, Engine) else Engine(faq)
    content = Content(engine, load, content_path, settings.reload_every_s)
    recorder = recorder or NullRecorder()
    pages = Pages(content, recorder, settings)

    async def health(request: Request) -> Response:
        return PlainTextResponse("ok")

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        try:
            yield
        finally:
            recorder.close()

    routes = [
        Route("/", pages.start, methods=["GET", "HEAD"]),
        Route("/ask", pages.ask, methods=["POST"]),
        Route("/ask", pages.to_start, methods=["GET", "HEAD"]),
        Route("/pick", pages.pick, methods=["POST"]),
        Route("/a/{entry}", pages.answer, methods=["GET", "HEAD"]),
        Route("/helpful", pages.helpful, methods=["POST"]),
        Route("/topic/{topic}", pages.topic, methods=["GET", "HEAD"]),
        Route("/none", pages.none_of_these, methods=["GET", "HEAD"]),
        Route("/clarify/{ids:path}", pages.clarify_again, methods=["GET", "HEAD"]),
        Route("/urgent/{rule}", pages.rule_again, methods=["GET", "HEAD"]),
        Route("/refer/{rule}", pages.rule_again, methods=["GET", "HEAD"]),
        Route("/suggest", pages.suggest, methods=["POST"]),
        Route("/check", pages.check, methods=["POST"]),
        Route("/healthz", health, methods=["GET", "HEAD"]),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]
    app = Starlette(
        routes=routes,
        middleware=[Middleware(GuardMiddleware, error_page=pages.error_page)],
        exception_handlers={404: pages.not_found, 405: pages.not_found},
        lifespan=lifespan,
    )
    return app
