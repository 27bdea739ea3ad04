"""`faqbot web` on the command line: options, the poster, the QR code, and a real server."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
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


def test_faqbot_web_serves_the_bundled_content_on_loopback() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    server = subprocess.Popen(
        [sys.executable, "-m", "faqbot", "web", "--port", str(port), "--no-stats"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                page = httpx.get(f"http://127.0.0.1:{port}/", timeout=2)
                break
            except httpx.TransportError:
                assert server.poll() is None and time.monotonic() < deadline
                time.sleep(0.1)
        assert page.status_code == 200 and "Botox for spasticity" in page.text
        asked = httpx.post(f"http://127.0.0.1:{port}/ask", data={"q": "i cant breathe Zebedee"})
        assert 'role="alert"' in asked.text
    finally:
        server.terminate()
        out, err = server.communicate(timeout=10)
    assert f"http://127.0.0.1:{port}/" in out
    assert "Zebedee" not in out + err  # no access log, no question in any log


def test_the_page_says_so_when_the_clinic_keeps_unanswered_questions(tmp_path: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    server = subprocess.Popen(
        [sys.executable, "-m", "faqbot", "web", "--port", str(port), "--log-unanswered",
         "--retention-days", "7", "--stats-db", str(tmp_path / "stats.sqlite3")],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                page = httpx.get(f"http://127.0.0.1:{port}/", timeout=2)
                break
            except httpx.TransportError:
                assert server.poll() is None and time.monotonic() < deadline
                time.sleep(0.1)
        assert "kept for 7 days" in page.text
        httpx.post(f"http://127.0.0.1:{port}/ask", data={"q": "who invented botox"})
    finally:
        server.terminate()
        server.wait(10)
    assert (tmp_path / "stats.sqlite3").exists()
