"""What every response of the web page carries, and what protects the server: a pure ASGI
middleware (so it wraps errors and static files too) and a per-client rate limiter.

Why each header: the page shows medical answers to patients on their own phones, so nothing
may be cached on a shared phone (`no-store`), leak the page to another site (`no-referrer`),
frame it under another site's buttons (`frame-ancestors 'none'`, `X-Frame-Options`), or run
script that is not our own static file (the Content-Security-Policy has no `'unsafe-inline'`).
No cookie is ever set; a `Set-Cookie` from anywhere below is dropped.
"""

from __future__ import annotations

import logging
import math
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

from starlette.types import ASGIApp, Message, Receive, Scope, Send

log = logging.getLogger("faqbot.web")

CSP: Final = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS: Final[tuple[tuple[bytes, bytes], ...]] = tuple(
    (name.encode("latin-1"), value.encode("latin-1"))
    for name, value in (
        ("content-security-policy", CSP),
        ("cache-control", "no-store"),
        ("referrer-policy", "no-referrer"),
        ("x-frame-options", "DENY"),
        ("x-content-type-options", "nosniff"),
        ("cross-origin-opener-policy", "same-origin"),
        ("cross-origin-resource-policy", "same-origin"),
        ("permissions-policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"),
    )
)
_REPLACED: Final = frozenset(name for name, _ in SECURITY_HEADERS) | {b"set-cookie"}


class GuardMiddleware:
    """Adds `SECURITY_HEADERS` to every response and drops cookies; turns any exception below
    it into `error_page` (status 500) and logs only the exception's type and the path, never a
    message or traceback that could hold what a patient typed."""

    def __init__(self, app: ASGIApp, error_page: Callable[[], bytes]) -> None:
        self.app = app
        self.error_page = error_page

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = [
                    (name, value)
                    for name, value in message.get("headers", [])
                    if name.lower() not in _REPLACED
                ]
                message = {**message, "headers": [*headers, *SECURITY_HEADERS]}
            await send(message)

        try:
            await self.app(scope, receive, guarded_send)
        except Exception as exc:
            # The path holds entry or topic ids at most: questions only ever travel in bodies.
            log.error("error answering %s %s: %s", scope.get("method"), scope.get("path"),
                      type(exc).__name__)
            if started:
                return
            body = self.error_page()
            await guarded_send({
                "type": "http.response.start",
                "status": 500,
                "headers": [(b"content-type", b"text/html; charset=utf-8"),
                            (b"content-length", str(len(body)).encode())],
            })
            await guarded_send({"type": "http.response.body", "body": body})


@dataclass(frozen=True, slots=True)
class Rate:
    """A token bucket: `burst` requests at once, refilled at `per_second`."""

    burst: float
    per_second: float


class RateLimiter:
    """Per-client token buckets, in memory, for one worker process.

    The client is the connection's address (behind a reverse proxy, run uvicorn with
    `--proxy-headers --forwarded-allow-ips` so that it is the patient's, not the proxy's). At
    most `max_clients` buckets are kept, least recently used dropped first, so a flood of
    addresses cannot grow memory; addresses are never logged or written anywhere.
    """

    def __init__(
        self, rate: Rate, *, max_clients: int = 10_000, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.rate = rate
        self.max_clients = max_clients
        self._clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()
        self._lock = threading.Lock()

    def allow(self, client: str) -> float:
        """0 when this request may go ahead (and is counted), else seconds to wait."""
        now = self._clock()
        with self._lock:
            tokens, then = self._buckets.pop(client, (self.rate.burst, now))
            tokens = min(self.rate.burst, tokens + (now - then) * self.rate.per_second)
            wait = 0.0
            if tokens >= 1.0:
                tokens -= 1.0
            else:
                wait = (1.0 - tokens) / self.rate.per_second if self.rate.per_second else math.inf
            self._buckets[client] = (tokens, now)
            while len(self._buckets) > self.max_clients:
                self._buckets.popitem(last=False)
            return wait
