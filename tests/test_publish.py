"""The publishing gate and `faqbot publish`: a changed content file goes live only when it is
complete and no worse than the running one; otherwise it is refused with every reason."""

from __future__ import annotations

import dataclasses
import os
import re
import shutil
from pathlib import Path

import pytest

from faqbot.cli import main
from faqbot.content.loader import load_faq
from faqbot.evaluation.publish import approval_path, compare, publish, vet_file

DATA = Path(__file__).parent / "data" / "faq.yaml"
TEXT = DATA.read_text(encoding="utf-8")


def cut_at(text: str, marker: str) -> str:
    """The text up to (and including) `marker`, as a copy interrupted there would leave it."""
    return text[: text.index(marker) + len(marker)]


def without_urgent(text: str) -> str:
    start, end = text.index("urgent:\n"), text.index("refer:\n")
    return text[:start] + text[end:]


def every_other_entry_removed(text: str) -> str:
    head, _, body = text.partition("faqs:\n")
    entries = re.split(r"\n(?=  - id: )", body)
    return head + "faqs:\n" + "\n".join(entries[::2]) + "\n"


@pytest.fixture
def live(tmp_path: Path) -> Path:
    path = tmp_path / "faq.yaml"
    shutil.copy(DATA, path)
    return path


def test_the_same_file_is_accepted(live):
    vetting = vet_file(live, load_faq(DATA))
    assert vetting.accepted and vetting.reasons == ()
    assert vetting.faq == load_faq(live)


def test_a_file_cut_mid_answer_is_refused_for_loss_and_the_cut_answer(live):
    live.write_text(cut_at(TEXT, "vision problems or dizziness, from hours to") + "\n")
    vetting = vet_file(live, load_faq(DATA))
    assert not vetting.accepted and vetting.faq is None
    assert vetting.reasons[0].startswith("1 of 8 entries would disappear (common-side-effects)")
    assert vetting.reasons[1].startswith(
        "the answer of 'can-i-drive' now stops mid-sentence (...'ion problems or dizziness, "
        "from hours to'); was the file cut off?")


def test_a_file_without_a_final_line_break_is_refused_as_cut_off(live):
    live.write_text(TEXT.rstrip("\n"))
    vetting = vet_file(live, load_faq(DATA))
    assert vetting.reasons == (
        "the file does not end with a line break: it looks cut off while being written "
        "(save it again, or use `faqbot publish`)",)


def test_a_file_without_urgent_rules_is_refused(live):
    live.write_text(without_urgent(TEXT))
    assert load_faq(live).urgent == ()  # valid: `check` only warns
    vetting = vet_file(live, load_faq(DATA))
    assert not vetting.accepted
    assert any("no `urgent` rules" in reason for reason in vetting.reasons)


def test_removing_one_urgent_rule_needs_a_deliberate_publish(live):
    live.write_text(TEXT.replace("  - id: allergic-reaction\n", "  - id: allergy\n"))
    reasons = vet_file(live, load_faq(DATA)).reasons
    assert reasons and "urgent rule(s) allergic-reaction would be removed" in reasons[0]
    assert vet_file(live, load_faq(DATA), allow_removals=True).accepted


def test_a_half_deleted_file_is_refused_but_a_small_removal_is_not():
    running = load_faq(DATA)
    half = dataclasses.replace(running, faqs=running.faqs[::2])
    reasons = compare(half, running)
    assert len(reasons) == 1 and reasons[0].startswith("4 of 8 entries would disappear")
    assert compare(half, running, allow_removals=True) == []
    twenty = dataclasses.replace(running, faqs=tuple(
        dataclasses.replace(entry, id=f"{entry.id}-{n}")
        for n in range(3) for entry in running.faqs)[:20])
    two_gone = dataclasses.replace(twenty, faqs=twenty.faqs[2:])
    three_gone = dataclasses.replace(twenty, faqs=twenty.faqs[3:])
    assert compare(two_gone, twenty) == []  # 10 %: a tidy-up
    assert compare(three_gone, twenty)[0].startswith("3 of 20 entries would disappear")


def test_errors_are_reasons_with_their_location(live):
    live.write_text(TEXT.replace("version: 1", "version: 1\n\tbad: tab"))
    vetting = vet_file(live, load_faq(DATA))
    assert not vetting.accepted
    assert vetting.reasons[0].startswith(f"error: {live}:")


def test_failing_content_tests_beside_the_file_refuse_it(live):
    tests = live.with_name("tests.yaml")
    tests.write_text('- {q: "how long does botox last", expect: how-long-it-lasts}\n')
    assert vet_file(live, load_faq(DATA)).accepted
    tests.write_text('- {q: "how long does botox last", expect: can-i-drive}\n')
    reasons = vet_file(live, load_faq(DATA)).reasons
    assert reasons and reasons[0].startswith(f"content tests ({tests}) fail: 1 wrong answer")


def test_publish_swaps_a_good_draft_in_atomically(live, tmp_path):
    draft = tmp_path / "draft.yaml"
    draft.write_text(TEXT.replace("title: Botox for stiff muscles", "title: New title"))
    inode = live.stat().st_ino
    assert publish(draft, live).accepted
    assert load_faq(live).title == "New title"
    assert live.stat().st_ino != inode  # replaced, not rewritten in place
    assert not list(tmp_path.glob(".faq.yaml.publishing-*"))


def test_publish_refuses_a_bad_draft_and_leaves_the_live_file(live, tmp_path):
    draft = tmp_path / "draft.yaml"
    draft.write_text(without_urgent(TEXT))
    before = live.read_bytes()
    assert not publish(draft, live).accepted
    assert live.read_bytes() == before


def test_a_deliberate_publish_is_remembered_for_exactly_those_bytes(live, tmp_path):
    draft = tmp_path / "draft.yaml"
    draft.write_text(every_other_entry_removed(TEXT))
    assert not publish(draft, live).accepted
    assert publish(draft, live, allow_removals=True).accepted
    assert approval_path(live).is_file()
    running = load_faq(DATA)
    assert vet_file(live, running).accepted  # the kiosk honours the approval
    live.write_text(every_other_entry_removed(TEXT) + "# edited later\n")
    assert not vet_file(live, running).accepted  # other bytes: not approved


def test_publish_command(live, tmp_path, capsys):
    draft = tmp_path / "draft.yaml"
    draft.write_text(cut_at(TEXT, "20 minutes on and 20 minutes") + "\n")
    assert main(["publish", str(draft), "--to", str(live)]) == 2
    err = capsys.readouterr().err
    assert "not published" in err and "2 of 8 entries would disappear" in err
    assert "the answer of 'after-care' now stops mid-sentence" in err
    draft.write_text(TEXT.replace("title: Botox for stiff muscles", "title: Fresh"))
    assert main(["publish", str(draft), "--to", str(live)]) == 0
    assert "published" in capsys.readouterr().out
    assert load_faq(live).title == "Fresh"


def test_publish_command_without_to_uses_faqbot_faq(live, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("FAQBOT_FAQ", str(live))
    draft = tmp_path / "draft.yaml"
    draft.write_text(TEXT.replace("title: Botox for stiff muscles", "title: Env"))
    assert main(["publish", str(draft)]) == 0
    assert load_faq(live).title == "Env"
    assert os.path.exists(draft)  # the draft stays for the staff's records
