"""Reading a posted form, and the limits on it: the one place a request body is read.

Every question reaches the page in a POST body, so this is where a request from another site,
too many requests from one client, or a body too big is refused before any of it is read
into memory or reaches the engine. Its own module so those limits are easy to find and to test
in one place, apart from what the pages do with a form."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final
from urllib.parse import parse_qsl

from starlette.requests import Request
from starlette.responses import Response

from faqbot.web import texts
from faqbot.web.guard import RateLimiter

MAX_BODY: Final = 4096
"""Bytes a form may send: a question is at most `MAX_QUESTION` characters (up to 4 bytes each
in UTF-8 would be more, but form encoding of such text is rejected as too long, not cut)."""
MAX_QUESTION: Final = 500
"""Characters the question box takes (the kiosk's box is shorter than this)."""

Refuse = Callable[[str, int], Response]
"""Makes the page that refuses a request: (one of `texts`' lines, HTTP status) -> response."""


def client_of(request: Request) -> str:
    return request.client.host if request.client else "-"


async def read_form(
    request: Request, limiter: RateLimiter | None, refuse: Refuse
) -> dict[str, str] | Response:
    """The posted form, or the response that refuses it (from another site, too fast, too
    big). Another site's page may not post here (the browser says so in Sec-Fetch-Site):
    with no cookies there is no session to steal, but it could fill the counts."""
    if request.headers.get("sec-fetch-site") == "cross-site":
        return refuse(texts.OTHER_SITE, 403)
    if limiter is not None:
        wait = limiter.allow(client_of(request))
        if wait:
            response = refuse(texts.TOO_MANY, 429)
            response.headers["retry-after"] = str(max(1, round(wait)))
            return response
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > MAX_BODY:
        return refuse(texts.TOO_LONG, 413)
    body = bytearray()
    async for chunk in request.stream():
        body += chunk
        if len(body) > MAX_BODY:
            return refuse(texts.TOO_LONG, 413)
    pairs = parse_qsl(body.decode("utf-8", "replace"), max_num_fields=8)
    return dict(pairs)
