"""`faqbot web` on the command line: options, the poster, the QR code, and a real server."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

import httpx
import segno

from faqbot.cli import build_parser, main
from faqbot.commands.web import public_url
from faqbot.web.qr import poster_svg, terminal_qr

ROOT = Path(__file__).resolve().parent.parent


def test_the_web_command_has_the_kiosks_statistics_options() -> None:
    args = build_parser().parse_args(["web", "--log-unanswered", "--stats-db", "x.sqlite3"])
    assert args.log_unanswered and args.stats and args.stats_db == "x.sqlite3"
    assert args.host == "127.0.0.1"
    assert not build_parser().parse_args(["web", "--no-stats"]).stats


def test_public_url() -> None:
    parse = build_parser().parse_args
    assert public_url(parse(["web"])) == "http://127.0.0.1:8000/"
    assert public_url(parse(["web", "--host", "0.0.0.0", "--port", "9"])) == "http://127.0.0.1:9/"
    assert public_url(parse(["web", "--url", "https://faq.example.org/"])) == (
        "https://faq.example.org/"
    )


def test_the_poster_is_valid_svg_with_the_address_and_a_qr_code(tmp_path: Path) -> None:
    poster = tmp_path / "poster.svg"
    assert main(["web", "--poster", str(poster), "--url", "https://faq.example.org/?a=1&b=2"]) == 0
    text = poster.read_text(encoding="utf-8")
    root = ElementTree.fromstring(text)  # well-formed, the & escaped
    words = " ".join(t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text"))
    assert "https://faq.example.org/?a=1&b=2" in words
    assert "Botox for spasticity" in words and "no cookies" in words
    assert root.find("{http://www.w3.org/2000/svg}g/{http://www.w3.org/2000/svg}path") is not None
    assert poster_svg("https://x.org/", "T") != poster_svg("https://y.org/", "T")


def test_the_terminal_qr_code_has_the_size_of_the_urls_symbol() -> None:
    url = "http://127.0.0.1:8000/"
    text = terminal_qr(url)
    expected = segno.make(url, error="m", micro=False, boost_error=False)
    # Two rows of modules per line, the quiet zone included.
    assert len(text.splitlines()) == (expected.symbol_size(border=4)[1] + 1) // 2


@contextlib.contextmanager
def running_web(*options: str, output: int | None = subprocess.PIPE) -> Iterator[Served]:
    """`faqbot web` on a free loopback port, once its start page answers; stopped after."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    server = subprocess.Popen(
        [sys.executable, "-m", "faqbot", "web", "--port", str(port), *options],
        env=env, stdout=output, stderr=output, text=True,
    )  # fmt: skip
    served = Served(server, f"http://127.0.0.1:{port}/")
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                served.start_page = httpx.get(served.url, timeout=2)
                break
            except httpx.TransportError:
                assert server.poll() is None and time.monotonic() < deadline
                time.sleep(0.1)
        yield served
    finally:
        server.terminate()
        out, err = server.communicate(timeout=10)
        served.stdout, served.stderr = out or "", err or ""


@dataclass
class Served:
    """A running `faqbot web`: its process, address, first page and (once stopped) output."""

    server: subprocess.Popen[str]
    url: str
    start_page: httpx.Response | None = None
    stdout: str = ""
    stderr: str = ""


def test_faqbot_web_serves_the_bundled_content_on_loopback() -> None:
    with running_web("--no-stats") as served:
        page = served.start_page
        assert page is not None
        assert page.status_code == 200 and "Botox for spasticity" in page.text
        asked = httpx.post(served.url + "ask", data={"q": "i cant breathe Zebedee"})
        assert 'role="alert"' in asked.text
    assert served.url in served.stdout
    assert "Zebedee" not in served.stdout + served.stderr  # no access log, no question in a log


def test_the_page_says_so_when_the_clinic_keeps_unanswered_questions(tmp_path: Path) -> None:
    options = ("--log-unanswered", "--retention-days", "7",
               "--stats-db", str(tmp_path / "stats.sqlite3"))  # fmt: skip
    with running_web(*options, output=subprocess.DEVNULL) as served:
        assert served.start_page is not None and "kept for 7 days" in served.start_page.text
        httpx.post(served.url + "ask", data={"q": "who invented botox"})
    assert (tmp_path / "stats.sqlite3").exists()
