"""`faqbot web`: the same answers as a web page for patients' own phones.

The content is loaded and validated here (the web layer never reads YAML), exactly as for the
kiosk, and the statistics options are the kiosk's own, so the opt-in is the same. The server
is uvicorn; it binds to 127.0.0.1 unless told otherwise, and its access log is off.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from faqbot.commands._common import add_faq_argument, load_or_report
from faqbot.commands.kiosk import add_stats_arguments, make_recorder

WEB_EXTRA_MISSING = (
    "faqbot web needs the web extra: pip install 'faqbot[web]' (Starlette, Jinja2, uvicorn)"
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_faq_argument(parser)
    parser.add_argument("--host", default="127.0.0.1",
                        help="address to listen on (default: 127.0.0.1, this computer only)")
    parser.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    parser.add_argument(
        "--url",
        help="the address patients open, for the QR code (default: http://HOST:PORT/); "
        "behind a reverse proxy give its https:// address",
    )
    parser.add_argument(
        "--poster",
        metavar="FILE.svg",
        help="write a printable A4 poster (title, QR code of --url, the address, a line on "
        "privacy) to this file and exit",
    )
    parser.add_argument(
        "--emergency-number",
        metavar="NUMBER",
        help="a tap-to-call button with this number on the urgent alert (e.g. 999 or 911)",
    )
    parser.add_argument(
        "--no-rate-limit",
        dest="rate_limit",
        action="store_false",
        help="no per-client limit (only for load tests: every client there is 127.0.0.1)",
    )
    parser.add_argument(
        "--proxy-headers",
        metavar="PROXY_IPS",
        help="trust X-Forwarded-For from these proxy addresses (comma-separated), so the rate "
        "limit sees each patient's address rather than the proxy's",
    )
    add_stats_arguments(parser)


def public_url(args: argparse.Namespace) -> str:
    if args.url:
        return str(args.url)
    host = "127.0.0.1" if args.host in ("0.0.0.0", "::", "") else args.host
    host = f"[{host}]" if ":" in host else host
    return f"http://{host}:{args.port}/"


def run(args: argparse.Namespace) -> int:
    try:
        import uvicorn

        from faqbot.web.app import create_app
        from faqbot.web.settings import ASK_RATE, SUGGEST_RATE, Settings
    except ImportError:
        print(WEB_EXTRA_MISSING, file=sys.stderr)
        return 2
    from faqbot.content.loader import load_faq
    from faqbot.content.paths import resolve_faq_path

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    log = logging.getLogger("faqbot.web")
    faq = load_or_report(args.faq)
    if faq is None:
        return 2
    path = resolve_faq_path(args.faq)
    if args.poster:
        return write_poster(Path(args.poster), public_url(args), faq.title)
    stored = args.stats and args.log_unanswered
    try:
        settings = Settings(
            emergency_number=args.emergency_number,
            unanswered_days=args.retention_days if stored else None,
            ask_rate=ASK_RATE if args.rate_limit else None,
            suggest_rate=SUGGEST_RATE if args.rate_limit else None,
        )
    except ValueError as exc:
        print(f"faqbot web: --emergency-number: {exc}", file=sys.stderr)
        return 2
    recorder = make_recorder(args, log, faq)
    app = create_app(faq, recorder=recorder, settings=settings,
                     load=lambda: load_faq(path), content_path=Path(path))
    url = public_url(args)
    print(f"faqbot web: patients open {url}", flush=True)
    print_qr(url)
    uvicorn.run(
        app,
        host=args.host,
        port=args.port,
        access_log=False,  # addresses and paths of patients' phones: not needed, not kept
        server_header=False,
        log_level="warning",
        proxy_headers=bool(args.proxy_headers),
        forwarded_allow_ips=args.proxy_headers or None,
    )
    return 0


def write_poster(target: Path, url: str, title: str) -> int:
    from faqbot.web.qr import poster_svg

    try:
        target.write_text(poster_svg(url, title), encoding="utf-8")
    except OSError as exc:
        print(f"faqbot web: cannot write the poster: {exc}", file=sys.stderr)
        return 2
    print(f"faqbot web: poster for {url} written to {target}")
    return 0


def print_qr(url: str) -> None:
    """The URL as a QR code in the terminal, for staff to test with their own phone."""
    try:
        from faqbot.web.qr import terminal_qr
    except ImportError:
        return
    print(terminal_qr(url), flush=True)
