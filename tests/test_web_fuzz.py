"""hypothesis fuzzes the web page's endpoints: any method, path, query, body or content type
gets a page or a refusal (2xx/3xx/4xx), never a 5xx, and always the safety headers."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from web_helpers import QUESTIONS, bundled, client

from faqbot.web.app import create_app
from faqbot.web.settings import Settings

APP = create_app(bundled(), settings=Settings(ask_rate=None, suggest_rate=None))
WEB = client(APP)
PATHS = ["/", "/ask", "/pick", "/helpful", "/suggest", "/none", "/healthz", "/a/does-it-hurt",
         "/topic/after", "/static/style.css", "/static/../app.py", "/a/", "/topic/"]

texts = st.one_of(st.text(max_size=300), st.sampled_from(list(QUESTIONS.values())))
forms = st.dictionaries(st.sampled_from(["q", "id", "vote", "x"]), texts, max_size=4)
paths = st.one_of(
    st.sampled_from(PATHS),
    st.builds(lambda base, tail: base + quote(tail, safe="/%?&=."), st.sampled_from(PATHS),
              st.text(max_size=40)),
)


def check(response: Any) -> None:
    assert response.status_code < 500, (response.status_code, response.text[:300])
    assert response.headers["cache-control"] == "no-store"
    assert "set-cookie" not in response.headers


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(method=st.sampled_from(["GET", "POST", "HEAD", "PUT", "DELETE", "OPTIONS", "PATCH"]),
       path=paths, form=forms)
def test_forms_on_any_path_never_give_a_server_error(method: str, path: str,
                                                     form: dict[str, str]) -> None:
    body = "&".join(f"{quote(k)}={quote(v, safe='')}" for k, v in form.items()
                    if "\x00" not in k)
    check(WEB.request(method, path, content=body.encode("utf-8", "surrogatepass"),
                      headers={"content-type": "application/x-www-form-urlencoded"}))


@settings(max_examples=200, deadline=None)
@given(path=st.sampled_from(["/ask", "/pick", "/helpful", "/suggest"]),
       body=st.binary(max_size=6000),
       content_type=st.sampled_from(["application/x-www-form-urlencoded", "text/plain",
                                     "multipart/form-data; boundary=x", "application/json", ""]))
def test_raw_bytes_never_give_a_server_error(path: str, body: bytes, content_type: str) -> None:
    check(WEB.post(path, content=body, headers={"content-type": content_type}))


@settings(max_examples=150, deadline=None)
@given(question=st.text(max_size=500))
def test_any_question_gets_a_page(question: str) -> None:
    response = WEB.post("/ask", data={"q": question})
    check(response)
    assert response.status_code in (200, 303)
    check(WEB.post("/suggest", data={"q": question}))
