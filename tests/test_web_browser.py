"""The web page as a patient uses it: a real headless Chromium at phone size (390 by 844).

It types a misspelled question and reads the answer, taps a related question and goes back,
gets the urgent alert (and the hint while typing), taps a live suggestion, and runs axe-core
(tests/package.json, installed by `npm ci`) on the start, answer, clarify, fallback, refer and
urgent pages: 0 violations. Debian's `chromium` and `chromium-driver` are needed; `.ci/run`
installs them. Outside CI the test is skipped when they are missing; in CI that fails.

`FAQBOT_WEB_SCREENSHOTS=docs pytest tests/test_web_browser.py` also saves the README's
screenshots (390 by 844, PNG) into docs/.
"""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import uvicorn
from web_helpers import QUESTIONS, KeepingRecorder, bundled

from faqbot.matching.engine import Engine
from faqbot.web.app import create_app

ROOT = Path(__file__).resolve().parent.parent
AXE = ROOT / "tests" / "node_modules" / "axe-core" / "axe.min.js"
CHROMEDRIVER = Path("/usr/bin/chromedriver")
CHROMIUM = Path("/usr/bin/chromium")
WIDTH, HEIGHT = 390, 844
WAIT_S = 10.0

missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER, AXE) if not p.exists()]
if missing and not os.environ.get("CI"):
    pytest.skip(f"needs {', '.join(missing)} (.ci/run installs them)", allow_module_level=True)

from selenium import webdriver  # noqa: E402
from selenium.common.exceptions import WebDriverException  # noqa: E402
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.remote.webdriver import WebDriver  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def recorder() -> KeepingRecorder:
    return KeepingRecorder()


@pytest.fixture(scope="module")
def server(recorder: KeepingRecorder) -> Iterator[str]:
    """The web page on the bundled content, served by uvicorn on loopback in a thread."""
    port = free_port()
    config = uvicorn.Config(create_app(bundled(), recorder=recorder), host="127.0.0.1",
                            port=port, access_log=False, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + WAIT_S
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(WAIT_S)


@pytest.fixture(scope="module")
def browser() -> Iterator[WebDriver]:
    profile = tempfile.mkdtemp(prefix="faqbot-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run", "--disable-extensions",
                 f"--window-size={WIDTH},{HEIGHT}", f"--user-data-dir={profile}"):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": WIDTH, "height": HEIGHT, "deviceScaleFactor": 1, "mobile": True,
        })
        driver.set_page_load_timeout(WAIT_S * 3)
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


def settle(driver: WebDriver) -> WebDriverWait[WebDriver]:
    """A wait that retries through the errors chromedriver may give while a page is being
    replaced (a node "does not belong to the document", a stale element, none yet)."""
    return WebDriverWait(driver, WAIT_S, ignored_exceptions=(WebDriverException,))


def wait_for(driver: WebDriver, css: str) -> Any:
    return settle(driver).until(lambda d: d.find_element(By.CSS_SELECTOR, css))


def text_of(driver: WebDriver, css: str) -> str:
    """The element's text once the page has it (retried while the page is replaced)."""
    return str(settle(driver).until(lambda d: d.find_element(By.CSS_SELECTOR, css).text))


def wait_url(driver: WebDriver, ending: str) -> None:
    settle(driver).until(lambda d: d.current_url.endswith(ending))


def ask(driver: WebDriver, question: str) -> None:
    """Type the question and press Ask; return once the next page has loaded."""
    box = wait_for(driver, "#q")
    box.clear()
    box.send_keys(question)
    driver.execute_script("window.faqbotOldPage = true")
    driver.find_element(By.CSS_SELECTOR, "#ask-form button[type=submit]").click()
    settle(driver).until(lambda d: d.execute_script(
        "return window.faqbotOldPage === undefined && document.readyState === 'complete'"))


def axe_violations(driver: WebDriver) -> list[dict[str, Any]]:
    """axe-core's violations on the page: the WCAG 2.0, 2.1 and 2.2 A/AA rules (2.2's target
    size among them) and axe's best practices."""
    driver.execute_script(AXE.read_text(encoding="utf-8"))
    done = driver.execute_async_script(
        "const callback = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations'], runOnly: {type: 'tag', values:"
        " ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']}})"
        ".then(r => callback(r.violations.map(v => ({id: v.id, impact: v.impact,"
        " nodes: v.nodes.map(n => n.target.join(' '))}))))"
        ".catch(e => callback([{id: 'axe-error', impact: String(e), nodes: []}]));"
    )
    return list(done)


SMALL_TARGETS = """
const controls = 'button, input:not([type=hidden]), a.choice, a.call, a.back, a.home';
return [...document.querySelectorAll(controls)]
  .filter(e => { const r = e.getBoundingClientRect(); return r.height < 44 || r.width < 44; })
  .map(e => e.outerHTML.slice(0, 80));
"""


def check_page(driver: WebDriver, name: str) -> None:
    assert axe_violations(driver) == [], name
    # WCAG 2.2 target size, our own rule (axe's minimum is 24 px): every control >= 44 px.
    assert driver.execute_script(SMALL_TARGETS) == [], name
    size = driver.execute_script("return [window.innerWidth, window.innerHeight]")
    assert size == [WIDTH, HEIGHT]
    # Nothing is wider than the phone: no sideways scrolling.
    assert driver.execute_script("return document.documentElement.scrollWidth") <= WIDTH
    folder = os.environ.get("FAQBOT_WEB_SCREENSHOTS")
    if folder:
        driver.save_screenshot(str(ROOT / folder / f"web-{name}.png"))


def test_a_patient_on_a_phone(server: str, browser: WebDriver,
                              recorder: KeepingRecorder) -> None:
    driver = browser
    driver.get(server + "/")
    assert text_of(driver, "h1") == bundled().title
    check_page(driver, "start")

    # A misspelled question: the answer, word for word, on its own page.
    ask(driver, QUESTIONS["answer"])
    wait_url(driver, "/a/how-long-it-lasts")
    entry = bundled().entry("how-long-it-lasts")
    assert text_of(driver, "#answer") == entry.answer
    assert entry.question in text_of(driver, "h1")
    check_page(driver, "answer")

    # Tap a related question, then go back with the browser's Back.
    related = driver.find_elements(By.CSS_SELECTOR, "ul.choices button.choice")
    assert related
    target = related[0].get_attribute("value")
    related[0].click()
    wait_url(driver, f"/a/{target}")
    driver.back()
    wait_url(driver, "/a/how-long-it-lasts")
    assert text_of(driver, "#answer") == entry.answer

    # "Did you mean…?": tap a candidate, and Back shows the choices again (no resend prompt).
    driver.get(server + "/")
    ask(driver, QUESTIONS["clarify"])
    choices = [c.entry.id for c in Engine(bundled()).ask(QUESTIONS["clarify"]).candidates]
    here = "/clarify/" + "/".join(choices)  # in the engine's order, best first
    assert len(choices) >= 2
    wait_url(driver, here)
    check_page(driver, "clarify")
    driver.find_elements(By.CSS_SELECTOR, "ul.choices button.choice")[0].click()
    wait_url(driver, f"/a/{choices[0]}")
    driver.back()
    wait_url(driver, here)
    assert text_of(driver, "main h1") == "Did you mean…?"

    # The other kinds of page.
    for kind in ("fallback", "refer"):
        driver.get(server + "/")
        ask(driver, QUESTIONS[kind])
        assert QUESTIONS[kind] in text_of(driver, "main")
        check_page(driver, kind)

    # Urgent: the hint while typing (JavaScript on), then the alert first, tap to call.
    driver.get(server + "/")
    box = wait_for(driver, "#q")
    box.send_keys(QUESTIONS["urgent"])
    hint = wait_for(driver, "#suggestions .urgent-hint")
    assert "may be urgent" in hint.text
    driver.find_element(By.CSS_SELECTOR, "#ask-form button[type=submit]").click()
    alert = wait_for(driver, "main > section.urgent[role=alert]")
    first = driver.execute_script("return document.querySelector('main').firstElementChild")
    assert first == alert
    calls = alert.find_elements(By.CSS_SELECTOR, "a[href^='tel:']")
    assert {a.get_attribute("href") for a in calls} >= {"tel:999"}
    check_page(driver, "urgent")

    # A live suggestion while typing: tap it, read the answer, go back to the start.
    driver.get(server + "/")
    box = wait_for(driver, "#q")
    box.send_keys("does it hu")
    suggestion = wait_for(driver, "#suggestions button.suggestion[value='does-it-hurt']")
    check_page(driver, "suggestions")
    suggestion.click()
    wait_url(driver, "/a/does-it-hurt")
    driver.back()
    wait_url(driver, server + "/")
    wait_for(driver, "#q")

    kinds = [r.kind.value for r in recorder.results]
    assert kinds.count("urgent") == 1 and "clarify" in kinds and "answer" in kinds


def test_the_page_works_with_javascript_off(server: str, browser: WebDriver) -> None:
    """No script at all: the question box and the answers work the same."""
    driver = browser
    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": True})
    try:
        driver.get(server + "/")
        ask(driver, QUESTIONS["answer"])
        wait_url(driver, "/a/how-long-it-lasts")
        assert text_of(driver, "#answer") == bundled().entry(
            "how-long-it-lasts").answer
    finally:
        driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": False})


def test_text_follows_the_phones_font_size_without_sideways_scrolling(
    server: str, browser: WebDriver
) -> None:
    """A phone set to large text (here 200 %: 32 px instead of 16 px): the page's text grows
    with it and nothing needs sideways scrolling (WCAG 1.4.4 and 1.4.10)."""
    driver = browser
    driver.execute_cdp_cmd("Page.setFontSizes", {"fontSizes": {"standard": 32}})
    try:
        pages = ("/", "/a/how-long-it-lasts", "/urgent/breathing", "/clarify/how-long-it-lasts")
        for path in pages:
            driver.get(server + path)
            size = driver.execute_script(
                "return getComputedStyle(document.querySelector('main p, main h1')).fontSize")
            assert float(size.removesuffix("px")) >= 32, (path, size)
            width = driver.execute_script("return document.documentElement.scrollWidth")
            assert width <= WIDTH, (path, width)
    finally:
        driver.execute_cdp_cmd("Page.setFontSizes", {"fontSizes": {"standard": 16}})


def test_keyboard_focus_is_visible(server: str, browser: WebDriver) -> None:
    """Tab moves through the controls and each focused one draws a ring (switch access and
    keyboards on phones use the same focus)."""
    from selenium.webdriver.common.keys import Keys

    driver = browser
    driver.get(server + "/a/how-long-it-lasts")
    body = driver.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)
    seen = 0
    for _ in range(8):
        ring = driver.execute_script(
            "const e = document.activeElement, s = getComputedStyle(e);"
            "return [e.tagName, s.outlineStyle, s.outlineWidth, s.boxShadow];")
        assert ring[0] != "BODY"
        assert ring[1] != "none" and ring[2] != "0px" and ring[3] != "none", ring
        seen += 1
        driver.switch_to.active_element.send_keys(Keys.TAB)
    assert seen == 8


def test_the_dark_scheme_passes_axe_too(server: str, browser: WebDriver) -> None:
    """Phones set to dark mode get the dark colours; their contrast is checked the same way."""
    driver = browser
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {
        "features": [{"name": "prefers-color-scheme", "value": "dark"}],
    })
    try:
        for path in ("/", "/a/how-long-it-lasts", "/urgent/breathing",
                     "/clarify/how-long-it-lasts/how-long-the-injection-takes",
                     "/refer/medicine-changes", "/none"):
            driver.get(server + path)
            background = driver.execute_script(
                "return getComputedStyle(document.body).backgroundColor")
            assert background == "rgb(18, 18, 18)", path
            assert axe_violations(driver) == [], path
    finally:
        driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"features": []})
