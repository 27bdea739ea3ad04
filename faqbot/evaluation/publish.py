"""The publishing gate: may a changed content file replace the content patients see now?

A content file that merely *loads* can still be worse than the running one: cut off while an
editor or a copy was writing it (a complete-looking answer that stops mid-sentence, every entry
after the cut gone), stripped of its urgent rules, or half deleted by mistake. Patients would get
those answers as vetted. So a change goes live only when it is:

- written in full: the kiosk waits until size and time stay the same for a moment (see
  `faqbot.kiosk.reload`), and the file ends with a line break, as every editor writes it;
- free of errors (`faqbot check`'s errors);
- still catching urgent symptoms: it has urgent rules, and none of the running rules is gone;
- not missing a large share of the running entries, and no changed answer stops mid-sentence;
- passing its content tests (`faqbot eval`) when a `tests.yaml` sits beside it.

Removing many entries or an urgent rule on purpose is a *deliberate* publish:
`faqbot publish DRAFT --allow-removals` records the draft's SHA-256 in an approval file beside
the content file, and the gate skips only those two checks for exactly those bytes.

Nothing here imports Textual: the kiosk runs `vet_file` in a worker thread, `faqbot publish`
runs it in the foreground.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from faqbot.content.model import Faq
from faqbot.content.problems import ContentError, Severity
from faqbot.evaluation.vetting import Vetting

MAX_SILENT_LOSS = 0.10
"""A change may drop at most this share of the running entries (a tidy-up, a merge); more
needs `faqbot publish --allow-removals`. A file cut off half way loses far more."""
TESTS_NAME = "tests.yaml"
"""The content tests file that, beside a content file, must still pass."""
ENDINGS = (".", "!", "?", ":", ")", '"', "'", "\u201d", "\u2019")
"""How a finished answer ends; an answer that changed and ends otherwise was probably cut."""
MAX_REASONS = 12
"""At most this many error lines in one refusal; the rest are counted (`faqbot check` lists all)."""


def approval_path(target: Path) -> Path:
    """Where `faqbot publish --allow-removals` records the approved file's SHA-256."""
    return target.with_name(f".{target.name}.approved")


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _approved(target: Path, data: bytes) -> bool:
    try:
        recorded = approval_path(target).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return False
    return recorded == digest(data)


def vet_file(
    path: Path,
    running: Faq | None,
    *,
    tests: Path | None = None,
    allow_removals: bool | None = None,
) -> Vetting:
    """Vet the file at `path` against the `running` content (None: nothing to compare with).

    `tests` defaults to `tests.yaml` beside `path` when it exists. `allow_removals` defaults to
    whether `path`'s exact bytes were approved by `faqbot publish --allow-removals`."""
    return _vet(path, running, tests=tests, allow_removals=allow_removals)[0]


def _vet(
    path: Path, running: Faq | None, *, tests: Path | None, allow_removals: bool | None
) -> tuple[Vetting, bytes]:
    from faqbot.content.loader import load_faq_bytes

    try:
        faq, data = load_faq_bytes(path)
    except ContentError as exc:
        return Vetting(None, _error_reasons(exc)), b""
    if allow_removals is None:
        allow_removals = _approved(path, data)
    if tests is None:
        beside = path.with_name(TESTS_NAME)
        tests = beside if beside.is_file() else None
    reasons = [*_incomplete(data), *compare(faq, running, allow_removals=allow_removals)]
    if tests is not None and not reasons:  # the tests are the slow part: only for a candidate
        reasons.extend(content_tests(faq, tests))
    return Vetting(None if reasons else faq, tuple(reasons)), data


def _error_reasons(exc: ContentError) -> tuple[str, ...]:
    errors = [p for p in exc.problems if p.severity is Severity.ERROR] or list(exc.problems)
    shown = [f"error: {p}" for p in errors[:MAX_REASONS]]
    if len(errors) > MAX_REASONS:
        shown.append(f"... and {len(errors) - MAX_REASONS} more errors (run `faqbot check`)")
    return tuple(shown)


def _incomplete(data: bytes) -> list[str]:
    if data and not data.endswith(b"\n"):
        return ["the file does not end with a line break: it looks cut off while being "
                "written (save it again, or use `faqbot publish`)"]
    return []


def compare(new: Faq, running: Faq | None, *, allow_removals: bool = False) -> list[str]:
    """Why `new` is worse than `running` (empty: it is not). Pure, for tests and the kiosk."""
    reasons: list[str] = []
    if not new.urgent:
        reasons.append("the file has no `urgent` rules, so urgent symptoms would not be caught")
    if running is None:
        return reasons
    new_rules = {rule.id for rule in new.urgent}
    gone_rules = [rule.id for rule in running.urgent if rule.id not in new_rules]
    if gone_rules and new.urgent and not allow_removals:
        reasons.append(
            f"urgent rule(s) {', '.join(gone_rules)} would be removed; to remove a rule on "
            "purpose use `faqbot publish DRAFT --allow-removals`")
    new_ids = {entry.id for entry in new.faqs}
    lost = [entry.id for entry in running.faqs if entry.id not in new_ids]
    if lost and len(lost) > MAX_SILENT_LOSS * len(running.faqs) and not allow_removals:
        listed = ", ".join(lost[:8]) + (", ..." if len(lost) > 8 else "")
        reasons.append(
            f"{len(lost)} of {len(running.faqs)} entries would disappear ({listed}); "
            "a file cut short or half deleted looks like this -- to remove entries on purpose "
            "use `faqbot publish DRAFT --allow-removals`")
    old_answers = {entry.id: entry.answer for entry in running.faqs}
    for entry in new.faqs:
        text = entry.answer.rstrip()
        if old_answers.get(entry.id) != entry.answer and not text.endswith(ENDINGS):
            reasons.append(
                f"the answer of '{entry.id}' now stops mid-sentence (...{text[-40:]!r}); "
                "was the file cut off?")
    return reasons


def content_tests(faq: Faq, tests: Path) -> list[str]:
    """`faqbot eval TESTS` with the project's bars: one reason per failed bar or bad case."""
    from faqbot.evaluation.cases import check_cases, load_cases
    from faqbot.evaluation.scoring import Bars, evaluate, failures
    from faqbot.matching.engine import Engine

    try:
        cases = load_cases(tests)
    except ContentError as exc:
        return [f"the content tests in {tests} cannot be read: {exc.problems[0]}"]
    problems = check_cases(cases, faq)
    if problems:
        return [f"content tests: {p}" for p in problems[:MAX_REASONS]]
    report = evaluate(Engine(faq), cases)
    return [f"content tests ({tests}) fail: {line}" for line in failures(report, Bars())]


def publish(draft: Path, target: Path, *, allow_removals: bool = False) -> Vetting:
    """Vet `draft` against the live `target` and, when accepted, swap it in atomically.

    The draft is copied next to the target and then `os.replace`d over it, so a running kiosk
    only ever sees the old file or the complete new one."""
    from faqbot.content.loader import load_faq

    running: Faq | None
    try:
        running = load_faq(target) if target.exists() else None
    except ContentError:
        running = None  # a broken live file: anything valid is better
    tests = target.with_name(TESTS_NAME)
    vetting, data = _vet(draft, running, tests=tests if tests.is_file() else None,
                         allow_removals=allow_removals)
    if not vetting.accepted:
        return vetting
    temporary = target.with_name(f".{target.name}.publishing-{os.getpid()}")
    try:
        with temporary.open("wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if target.exists():
            os.chmod(temporary, target.stat().st_mode & 0o777)
        if allow_removals:
            approval_path(target).write_text(digest(data) + "\n", encoding="ascii")
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)
    return vetting
