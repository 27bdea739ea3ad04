"""`faqbot` (the kiosk command) refuses to start on broken content, before any UI."""

from __future__ import annotations

from faqbot.cli import main


def test_broken_content_exits_2_with_the_staff_message(tmp_path, capsys):
    broken = tmp_path / "faq.yaml"
    broken.write_text("version: 1\nfaqs: [oops\n", encoding="utf-8")
    assert main(["--faq", str(broken), "--no-kiosk"]) == 2
    err = capsys.readouterr().err
    assert str(broken) in err and "faqbot check" in err


def test_nonsense_idle_timeout_is_refused(capsys):
    assert main(["--idle-timeout", "0"]) == 2
    assert "--idle-timeout" in capsys.readouterr().err
