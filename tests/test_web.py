"""The web page through Starlette's TestClient: every outcome, the privacy and security
headers, limits, recording through the port, content reload, and no question in any log."""

from __future__ import annotations

import logging
import re
import time
from pathlib import Path

import pytest
from web_helpers import QUESTIONS, KeepingRecorder, bundled, client

from faqbot.content.model import Faq
from faqbot.matching.engine import Engine
from faqbot.matching.results import Kind, Result
from faqbot.web.app import create_app
from faqbot.web.forms import MAX_BODY, MAX_QUESTION
from faqbot.web.guard import Rate, RateLimiter
from faqbot.web.outcomes import FALLBACK_TEMPLATE, outcome_of, phone_pieces
from faqbot.web.settings import Settings

HEADERS = {
    "cache-control": "no-store",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
    "x-content-type-options": "nosniff",
}


@pytest.fixture(scope="module")
def faq() -> Faq:
    return bundled()


@pytest.fixture
def recorder() -> KeepingRecorder:
    return KeepingRecorder()


@pytest.fixture
def web(faq: Faq, recorder: KeepingRecorder):  # type: ignore[no-untyped-def]
    return client(create_app(faq, recorder=recorder, settings=Settings(ask_rate=None,
                                                                      suggest_rate=None)))


def main_of(html: str) -> str:
    return html[html.index("<main") : html.index("</main>")]


def assert_safe_headers(response) -> None:  # type: ignore[no-untyped-def]
    for name, value in HEADERS.items():
        assert response.headers.get(name) == value, name
    csp = response.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "frame-ancestors 'none'" in csp
    assert "set-cookie" not in response.headers


def test_the_engine_gives_each_question_its_kind(faq: Faq) -> None:
    """The questions below stand for their kinds: if the engine changes, this says why."""
    engine = Engine(faq)
    kinds = {name: engine.ask(q) for name, q in QUESTIONS.items()}
    assert kinds["answer"].kind is Kind.ANSWER and kinds["answer"].id == "how-long-it-lasts"
    assert kinds["clarify"].kind is Kind.CLARIFY
    assert kinds["fallback"].kind is Kind.FALLBACK and not kinds["fallback"].referred
    assert kinds["refer"].kind is Kind.FALLBACK and kinds["refer"].referred
    assert kinds["urgent"].kind is Kind.URGENT


def test_start_page_has_the_form_topics_and_common_questions(web, faq: Faq) -> None:
    page = web.get("/")
    assert page.status_code == 200
    assert_safe_headers(page)
    html = page.text
    assert '<html lang="en">' in html
    assert '<form class="ask" method="post" action="/ask"' in html
    assert '<label for="q">' in html and 'id="q" name="q"' in html
    for topic in faq.topics:
        assert f'href="/topic/{topic.id}"' in html
    assert faq.disclaimer is not None and faq.disclaimer in html
    assert "no cookies" in html


def test_a_misspelled_answer_redirects_to_its_page_which_shows_it_word_for_word(
    web, faq: Faq, recorder: KeepingRecorder
) -> None:
    posted = web.post("/ask", data={"q": QUESTIONS["answer"]})
    assert posted.status_code == 303
    assert posted.headers["location"] == "/a/how-long-it-lasts"
    assert_safe_headers(posted)
    assert [r.id for r in recorder.results] == ["how-long-it-lasts"]
    page = web.get(posted.headers["location"])
    entry = faq.entry("how-long-it-lasts")
    html = main_of(page.text)
    assert "You asked:</span> " + entry.question.replace("'", "&#39;") in html
    assert f"<p>{entry.answer}</p>".replace("'", "&#39;") in html
    assert "Was this helpful?" in html
    assert "Related questions" in html
    # Showing (or reloading) the answer page counts nothing more.
    web.get(posted.headers["location"])
    assert len(recorder.results) == 1


def test_helpful_taps_are_recorded_and_thanked(web, recorder: KeepingRecorder) -> None:
    tapped = web.post("/helpful", data={"id": "how-long-it-lasts", "vote": "no"})
    assert tapped.status_code == 303
    assert recorder.feedback == [("how-long-it-lasts", False)]
    page = web.get(tapped.headers["location"]).text
    assert "Sorry it did not help" in page and "Was this helpful?" not in page
    assert web.post("/helpful", data={"id": "no-such", "vote": "yes"}).status_code == 404
    assert web.post("/helpful", data={"id": "how-long-it-lasts", "vote": "x"}).status_code == 404
    assert recorder.feedback == [("how-long-it-lasts", False)]


def test_urgent_alert_comes_first_with_tap_to_call_links(faq: Faq) -> None:
    web = client(create_app(faq, settings=Settings(emergency_number="999")))
    page = web.post("/ask", data={"q": QUESTIONS["urgent"]})
    assert page.status_code == 200
    html = main_of(page.text)
    assert html.index('role="alert"') < html.index("You asked")
    assert re.search(r"<main[^>]*>\s*<section class=\"urgent\"", html)
    assert '<a class="call" href="tel:999">Call 999</a>' in html
    assert '<a href="tel:911">911</a>' in html  # the number inside the rule's own text
    assert "i cant breathe" in html
    assert 'action="/ask"' not in html  # nothing to type while the alert shows


CHECKED = "my arm feels weak since the injection, is that normal"
"""A red-flag body word with a problem word and no trigger: the urgent check asks first."""


def test_the_urgent_check_asks_first_and_yes_shows_the_alert(web, faq: Faq) -> None:
    assert Engine(faq).ask(CHECKED).is_check
    page = web.post("/ask", data={"q": CHECKED})
    assert page.status_code == 200
    html = main_of(page.text)
    assert re.search(r"<main[^>]*>\s*<section class=\"urgent\" id=\"check\"", html)
    assert "Is this happening now?" in html and "Trouble breathing" in html
    assert html.count('action="/check"') == 2
    yes = main_of(web.post("/check", data={"now": "yes", "q": CHECKED}).text)
    assert 'role="alert"' in yes and "Please tell a staff member right now" in yes
    assert '<a href="tel:911">911</a>' in yes
    again = web.get("/urgent/urgent-check")  # Back to the alert shows it, without the question
    assert again.status_code == 200 and "Please tell a staff member right now" in again.text
    assert CHECKED not in again.text


def test_no_to_the_urgent_check_shows_what_the_question_gets_otherwise(
    web, faq: Faq, recorder: KeepingRecorder
) -> None:
    otherwise = Engine(faq).ask(CHECKED).otherwise
    assert otherwise is not None and otherwise.kind is not Kind.URGENT
    page = web.post("/check", data={"now": "no", "q": CHECKED}, follow_redirects=False)
    if otherwise.kind is Kind.ANSWER and otherwise.entry is not None:
        assert page.status_code == 303
        assert page.headers["location"] == f"/a/{otherwise.entry.id}"
    else:
        assert page.status_code == 200 and "Is this happening now?" not in page.text
    assert recorder.results[-1].kind is otherwise.kind
    assert CHECKED not in page.headers.get("location", "")


def test_yes_to_the_check_about_self_harm_shows_the_self_harm_message(web, faq: Faq) -> None:
    despair = "i feel so hopeless these days"
    assert Engine(faq).ask(despair).id == "self-harm-check"
    html = main_of(web.post("/ask", data={"q": despair}).text)
    assert "Is this happening now?" in html and "ending your life" in html
    yes = main_of(web.post("/check", data={"now": "yes", "q": despair}).text)
    assert 'role="alert"' in yes and "988" in yes and "You matter" in yes


def test_built_in_urgent_rules_have_get_addresses(web) -> None:
    for rule in ("urgent-check", "self-harm-check", "self-harm-words"):
        page = web.get(f"/urgent/{rule}")
        assert page.status_code == 200 and 'role="alert"' in page.text, rule


def test_clarify_offers_candidates_and_none_of_these(web, faq: Faq) -> None:
    html = main_of(web.post("/ask", data={"q": QUESTIONS["clarify"]}).text)
    assert "Did you mean…?" in html
    expected = Engine(faq).ask(QUESTIONS["clarify"]).candidates
    for candidate in expected:
        assert f'name="id" value="{candidate.entry.id}"' in html
    assert 'href="/none"' in html
    none = main_of(web.get("/none").text)
    assert faq.fallback.replace("'", "&#39;") in none and "You asked" not in none


def test_fallback_shows_the_text_close_questions_and_topics(web, faq: Faq) -> None:
    # a fallback that still has questions above the suggestion floor (most have none since
    # the decision model offers every plausible entry in "Did you mean...?"): a near miss,
    # the calf, which no entry may answer or offer, but the stretching entry comes close
    question = "my calf cramps up when I run, what stretches help?"
    html = main_of(web.post("/ask", data={"q": question}).text)
    assert f"You asked:</span> {question}" in html
    assert faq.fallback.replace("'", "&#39;") in html
    result = Engine(faq).ask(question)
    assert result.kind is Kind.FALLBACK and not result.referred
    close = Engine(faq).suggest(question, 3)
    assert close, "the test needs a fallback with close questions"
    assert "These questions do have checked answers:" in html
    assert "browse a topic" in html


def test_refer_shows_the_rule_text_and_no_close_questions(web, faq: Faq) -> None:
    result = Engine(faq).ask(QUESTIONS["refer"])
    html = main_of(web.post("/ask", data={"q": QUESTIONS["refer"]}).text)
    assert 'class="fallback referred"' in html
    assert result.text.replace("'", "&#39;") in html
    assert "do have checked answers" not in html


def test_a_kind_the_page_does_not_know_is_shown_as_the_fallback(faq: Faq) -> None:
    odd = Result("is it now", "urgent-check", "Is this happening now?")  # type: ignore[arg-type]
    outcome = outcome_of(odd, faq)
    assert outcome.template == FALLBACK_TEMPLATE and outcome.text == faq.fallback
    known = outcome_of(Result("x", Kind.URGENT, "Tell staff"), faq)
    assert known.template == "kinds/urgent.html" and known.text == "Tell staff"


def test_picking_a_question_counts_it_and_redirects(web, recorder: KeepingRecorder) -> None:
    picked = web.post("/pick", data={"id": "does-it-hurt"})
    assert picked.status_code == 303 and picked.headers["location"] == "/a/does-it-hurt"
    assert [(r.kind, r.id) for r in recorder.results] == [(Kind.ANSWER, "does-it-hurt")]
    assert web.post("/pick", data={"id": "<nope>"}).status_code == 404


def test_topic_pages_and_unknown_pages(web, faq: Faq) -> None:
    topic = faq.topics[0]
    html = web.get(f"/topic/{topic.id}").text
    for entry in faq.topic_entries(topic.id):
        assert f'value="{entry.id}"' in html
    missing = web.get("/topic/nope")
    assert missing.status_code == 404 and "does not exist" in missing.text
    assert_safe_headers(missing)
    assert web.get("/a/nope").status_code == 404


def test_questions_are_never_read_from_a_url(web, recorder: KeepingRecorder) -> None:
    sent = web.get("/ask", params={"q": QUESTIONS["urgent"]})
    assert sent.status_code == 303 and sent.headers["location"] == "/"
    assert recorder.results == []


def test_user_text_is_escaped(web) -> None:
    html = web.post("/ask", data={"q": "<script>alert(1)</script> botox"}).text
    assert "<script>alert" not in html and "&lt;script&gt;" in html


def test_pages_have_no_inline_script_or_style(web, faq: Faq) -> None:
    pages = [web.get("/").text, web.get("/a/how-long-it-lasts").text,
             *(web.post("/ask", data={"q": q}).text for q in QUESTIONS.values())]
    for html in pages:
        assert re.findall(r"<script(?![^>]*\bsrc=)", html) == []
        assert re.search(r"\son[a-z]+=", html) is None
        assert re.search(r"\sstyle=", html) is None


def test_static_files_carry_the_headers_too(web) -> None:
    for path in ("/static/style.css", "/static/page.js"):
        response = web.get(path)
        assert response.status_code == 200
        assert_safe_headers(response)


def test_oversized_requests_are_refused(web, recorder: KeepingRecorder) -> None:
    big = web.post("/ask", content=b"q=" + b"a" * MAX_BODY,
                   headers={"content-type": "application/x-www-form-urlencoded"})
    assert big.status_code == 413
    assert_safe_headers(big)
    long = web.post("/ask", data={"q": "b" * (MAX_QUESTION + 1)})
    assert long.status_code == 413 and "too long" in long.text
    assert recorder.results == []


def test_a_client_that_asks_too_fast_is_told_to_wait(faq: Faq) -> None:
    web = client(create_app(faq, settings=Settings(ask_rate=Rate(burst=3, per_second=0.1))))
    codes = [web.post("/ask", data={"q": "does it hurt"}).status_code for _ in range(5)]
    assert codes == [303, 303, 303, 429, 429]
    refused = web.post("/ask", data={"q": "does it hurt"})
    assert int(refused.headers["retry-after"]) >= 1
    assert_safe_headers(refused)
    assert web.get("/").status_code == 200  # reading pages is not limited


def test_rate_limiter_refills_and_forgets_old_clients() -> None:
    now = [0.0]
    limiter = RateLimiter(Rate(burst=2, per_second=1.0), max_clients=2, clock=lambda: now[0])
    assert [limiter.allow("a") for _ in range(3)] == [0.0, 0.0, pytest.approx(1.0)]
    now[0] = 1.0
    assert limiter.allow("a") == 0.0
    limiter.allow("b")
    limiter.allow("c")  # "a" is the least recently seen: dropped
    assert limiter.allow("a") == 0.0 and len(limiter._buckets) == 2


def test_suggestions_while_typing(web) -> None:
    found = web.post("/suggest", data={"q": "does it hu"}).json()
    assert found["urgent"] is None
    assert {"id": "does-it-hurt", "question": "Does the injection hurt?"} in found["suggestions"]
    urgent = web.post("/suggest", data={"q": "i cant brea"}).json()
    assert urgent["suggestions"] == [] and "urgent" in urgent["urgent"]


def test_counts_go_through_the_port_once_per_question(web, recorder: KeepingRecorder) -> None:
    for question in QUESTIONS.values():
        web.post("/ask", data={"q": question})
    assert [r.kind.value for r in recorder.results] == [
        "answer", "clarify", "fallback", "fallback", "urgent"
    ]
    web.post("/ask", data={"q": "   "})  # nothing typed: back to the start, nothing counted
    assert len(recorder.results) == 5


def test_the_recorder_is_closed_when_the_app_stops(faq: Faq) -> None:
    recorder = KeepingRecorder()
    with client(create_app(faq, recorder=recorder)) as web:
        web.get("/")
        assert not recorder.closed
    assert recorder.closed


def test_an_error_shows_a_friendly_page_and_logs_no_question(
    faq: Faq, caplog: pytest.LogCaptureFixture
) -> None:
    class Exploding(Engine):
        def ask(self, question: str) -> Result:
            raise RuntimeError(f"failed on {question}")

    web = client(create_app(Exploding(faq)))
    caplog.set_level(logging.DEBUG)
    secret = "my name is Zebedee Quux and my throat hurts"
    page = web.post("/ask", data={"q": secret})
    assert page.status_code == 500
    assert "something went wrong" in page.text and "Traceback" not in page.text
    assert "RuntimeError" not in page.text
    assert_safe_headers(page)
    assert "RuntimeError" in caplog.text  # staff learn what failed...
    assert "Zebedee" not in caplog.text  # ...never what was typed


def test_no_question_text_in_any_log(web, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    secrets = [f"{q} Zebedee" for q in QUESTIONS.values()]
    for secret in secrets:
        web.post("/ask", data={"q": secret})
        web.post("/suggest", data={"q": secret})
    assert "Zebedee" not in caplog.text


def test_content_is_reloaded_when_the_file_changes(tmp_path: Path, faq: Faq,
                                                    caplog: pytest.LogCaptureFixture) -> None:
    from faqbot.content.loader import load_faq
    from faqbot.content.paths import resolve_faq_path

    path = tmp_path / "faq.yaml"
    text = resolve_faq_path(None).read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    app = create_app(load_faq(path), load=lambda: load_faq(path), content_path=path,
                     settings=Settings(reload_every_s=0.0))
    web = client(app)
    assert "Botox for spasticity" in web.get("/").text
    path.write_text(text.replace("title: Botox for spasticity", "title: Changed title for"),
                    encoding="utf-8")
    bump = time.time() + 5
    import os

    os.utime(path, (bump, bump))
    assert "Changed title for" in web.get("/").text
    caplog.set_level(logging.INFO)
    path.write_text("version: 1\nfaqs: [\n", encoding="utf-8")  # broken
    os.utime(path, (bump + 5, bump + 5))
    assert "Changed title for" in web.get("/").text  # the last good content stays
    assert "unusable" in caplog.text


def test_emergency_number_must_be_a_number() -> None:
    with pytest.raises(ValueError):
        Settings(emergency_number='999" onclick="x')
    assert Settings(emergency_number="+44999").emergency_number == "+44999"


def test_phone_numbers_in_text_become_links_and_the_text_stays_word_for_word() -> None:
    text = "Call 999 now, or 0800 123 4567 (not 12)."
    pieces = phone_pieces(text)
    assert "".join(p.text for p in pieces) == text
    assert [p.tel for p in pieces if p.tel] == ["tel:999", "tel:08001234567"]


@pytest.mark.parametrize(("kind", "address"), [
    ("clarify", ""),  # /clarify/ and the offered entries' ids: the content decides them
    ("fallback", "/none"),
    ("refer", "/refer/medicine-changes"),
    ("urgent", "/urgent/breathing"),
])
def test_each_posted_outcome_names_a_get_address_without_the_question(
    web, kind: str, address: str, recorder: KeepingRecorder
) -> None:
    """page.js puts it in the history, so Back shows the outcome again, not a resend prompt."""
    result = Engine(bundled()).ask(QUESTIONS[kind])
    if kind == "clarify":
        assert len(result.candidates) >= 2
        address = "/clarify/" + "/".join(c.entry.id for c in result.candidates)
    posted = web.post("/ask", data={"q": QUESTIONS[kind]}).text
    assert f'data-here="{address}"' in posted
    again = web.get(address)
    assert again.status_code == 200
    assert QUESTIONS[kind] not in again.text and "You asked" not in again.text
    shown = main_of(again.text)
    if kind == "clarify":
        assert all(f'value="{c.entry.id}"' in shown for c in result.candidates)
    else:
        assert "".join(p.text for p in phone_pieces(result.text)).replace("'", "&#39;") in (
            re.sub(r"<a [^>]*>([^<]*)</a>", r"\1", shown)
        )
    assert len(recorder.results) == 1  # showing it again counts nothing


def test_get_addresses_of_unknown_rules_and_entries_are_not_found(web) -> None:
    unknown = ("/clarify/nope", "/urgent/nope", "/refer/breathing", "/urgent/medicine-changes")
    for address in unknown:
        assert web.get(address).status_code == 404, address


def test_the_privacy_line_says_when_unanswered_questions_are_kept(faq: Faq) -> None:
    plain = client(create_app(faq)).get("/").text
    assert "what you type is not kept" in plain
    kept = client(create_app(faq, settings=Settings(unanswered_days=30))).get("/").text
    assert "what you type is not kept" not in kept
    assert "questions it could not answer are kept for 30 days" in kept


def test_another_sites_page_cannot_post_here(web, recorder: KeepingRecorder) -> None:
    refused = web.post("/ask", data={"q": "does it hurt"}, headers={"sec-fetch-site": "cross-site"})
    assert refused.status_code == 403 and "ask your question on this page" in refused.text
    assert recorder.results == []
    same = web.post("/ask", data={"q": "does it hurt"}, headers={"sec-fetch-site": "same-origin"})
    assert same.status_code == 303
