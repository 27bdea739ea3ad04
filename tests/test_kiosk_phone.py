"""The kiosk's start view offers the web page (its address and QR code) when the clinic sets
`--web-url`, and shows nothing of the kind otherwise."""

from __future__ import annotations

import logging

from kiosk_helpers import kiosk, view_text

from faqbot.cli import build_parser
from faqbot.commands.kiosk import phone_link
from faqbot.web.qr import terminal_qr

URL = "https://faq.example-clinic.org/"


async def test_the_start_view_shows_the_address_and_qr_code(make_app) -> None:
    app = make_app(phone=(URL, terminal_qr(URL)))
    async with app.run_test(size=(80, 50)) as pilot:
        await pilot.pause()
        qr = view_text(app, "#phone-qr")
        assert qr == terminal_qr(URL).rstrip("\n")
        headings = [w for w in kiosk(app).query(".heading") if URL in str(w.render())]
        assert len(headings) == 1


async def test_without_a_url_there_is_no_qr_code(make_app) -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert not kiosk(app).query("#phone-qr")


def test_the_option_and_the_link() -> None:
    assert build_parser().parse_args(["kiosk", "--web-url", URL]).web_url == URL
    assert build_parser().parse_args(["kiosk"]).web_url is None
    log = logging.getLogger("test")
    assert phone_link(None, log) is None
    link = phone_link(URL, log)
    assert link is not None and link[0] == URL and "█" in link[1]
