"""`faqbot` (the kiosk command): broken content refused before any UI; crashes restarted."""

from __future__ import annotations

import functools

from textual.app import App

from faqbot.cli import main
from faqbot.commands.kiosk import MAX_RESTARTS, supervise


def test_broken_content_exits_2_with_the_staff_message(tmp_path, capsys):
    broken = tmp_path / "faq.yaml"
    broken.write_text("version: 1\nfaqs: [oops\n", encoding="utf-8")
    assert main(["--faq", str(broken), "--no-kiosk"]) == 2
    err = capsys.readouterr().err
    assert str(broken) in err and "faqbot check" in err


def test_nonsense_idle_timeout_is_refused(capsys):
    assert main(["--idle-timeout", "0"]) == 2
    assert "--idle-timeout" in capsys.readouterr().err


class _Crashes(App[None]):
    def on_mount(self) -> None:
        secret = "what the patient typed"  # a local that Textual's report would show
        raise RuntimeError(f"boom {len(secret)}")


class _Exits(App[None]):
    def on_mount(self) -> None:
        self.exit()


def _headless(app: App[None]) -> App[None]:
    app.run = functools.partial(App.run, app, headless=True)  # type: ignore[method-assign]
    return app


def test_a_crashed_ui_is_logged_and_restarted_without_a_traceback(staff_log, capfd):
    apps = iter([_headless(_Crashes()), _headless(_Exits())])
    assert supervise(lambda: next(apps), staff_log[0], kiosk=True) == 0
    out, err = capfd.readouterr()
    assert "Traceback" not in out + err and "boom" not in out + err
    log = staff_log[1].read_text()
    assert "RuntimeError: boom 22" in log and "restarting" in log
    assert "what the patient typed" not in log


def test_a_kiosk_that_keeps_crashing_gives_up(staff_log):
    made = []

    def make() -> App[None]:
        made.append(1)
        return _headless(_Crashes())

    assert supervise(make, staff_log[0], kiosk=True) == 1
    assert len(made) == MAX_RESTARTS + 1


def test_an_app_that_cannot_even_be_built_is_logged_and_retried(staff_log, capfd):
    """An error outside Textual (building the app) is handled like a crash: no traceback."""
    attempts = []

    def make() -> App[None]:
        attempts.append(1)
        if len(attempts) == 1:
            raise OSError("disk went away")
        return _headless(_Exits())

    assert supervise(make, staff_log[0], kiosk=True) == 0
    out, err = capfd.readouterr()
    assert "Traceback" not in out + err
    assert "OSError: disk went away" in staff_log[1].read_text()
    assert len(attempts) == 2
