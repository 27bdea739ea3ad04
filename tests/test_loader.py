"""The loader: every kind of bad content gets its exact staff-facing message; good content loads.

Each file in `content_cases/invalid/` starts with one `# expect: LINE:COL: message` line per
error it must produce (in file order); a new bug report becomes a new file there.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from faqbot.content import yamlnodes
from faqbot.content.loader import MAX_BYTES, load_faq, parse_faq_text
from faqbot.content.model import Entry, Faq, Location, Review, Rule, Topic
from faqbot.content.problems import ContentError, Problem

HERE = Path(__file__).parent
CASES = HERE / "content_cases"
INVALID = sorted((CASES / "invalid").glob("*.yaml"))
VALID = sorted((CASES / "valid").glob("*.yaml"))
DATA = HERE / "data" / "faq.yaml"
EXPECT = b"# expect: "

MINIMAL = (
    "version: 1\nfallback: Please ask your healthcare provider.\n"
    "faqs:\n  - id: a\n    question: Q?\n    answer: A.\n"
)


def _expected(path: Path) -> list[str]:
    lines = path.read_bytes().splitlines()
    return [line[len(EXPECT) :].decode("utf-8") for line in lines if line.startswith(EXPECT)]


def _problems(path: Path | str) -> list[Problem]:
    with pytest.raises(ContentError) as excinfo:
        load_faq(path)
    return list(excinfo.value.problems)


# --- one bad file per error kind -----------------------------------------------------------


@pytest.mark.parametrize("path", INVALID, ids=[p.stem for p in INVALID])
def test_invalid_file_reports_exact_messages(path: Path) -> None:
    expected = _expected(path)
    assert expected, f"{path.name} has no '# expect:' line"
    problems = _problems(path)
    assert [f"{p.line}:{p.column}: {p.message}" for p in problems] == expected
    assert all(p.path == str(path) for p in problems)


def test_every_error_in_a_file_is_reported_at_once_in_file_order() -> None:
    problems = _problems(CASES / "invalid" / "many-errors.yaml")
    assert len(problems) == 12
    assert [(p.line, p.column) for p in problems] == sorted((p.line, p.column) for p in problems)
    sections = {p.message.split(" ")[0].split("[")[0] for p in problems}
    assert {"version", "fallback", "title", "synonyms", "urgent", "faqs"} <= sections


def test_content_error_text_is_one_path_line_col_message_per_problem() -> None:
    path = CASES / "invalid" / "yaml11-time.yaml"
    with pytest.raises(ContentError) as excinfo:
        load_faq(path)
    assert str(excinfo.value) == f"{path}:7:13: {_expected(path)[0].split(': ', 1)[1]}"


# --- valid files ----------------------------------------------------------------------------


@pytest.mark.parametrize("path", VALID, ids=[p.stem for p in VALID])
def test_valid_file_loads(path: Path) -> None:
    faq = load_faq(path)
    assert faq.source == str(path)
    assert faq.faqs


def test_quoted_or_tagged_values_stay_text() -> None:
    faq = load_faq(CASES / "valid" / "quoted-surprises.yaml")
    entry = faq.entry("404")
    assert entry.answer == "10:30"
    assert entry.alternates == ("10:30", "1.10", "2024-01-02", "~", "yes", "off")
    assert faq.fallback == "no"
    assert entry.reviewed == Review("Dr Lee", dt.date(2026, 11, 1))


def test_bom_and_crlf_are_accepted_and_positions_still_count_from_the_first_character() -> None:
    faq = load_faq(CASES / "valid" / "bom-and-crlf.yaml")
    entry = faq.entry("saved-by-notepad")
    assert entry.location == Location(str(CASES / "valid" / "bom-and-crlf.yaml"), 4, 5)
    assert entry.answer == "Yes, and that is fine."


def test_shared_fixture_loads_with_topics_synonyms_and_rules() -> None:
    faq = load_faq(DATA)
    assert [t.id for t in faq.topics] == ["treatment", "after-the-injection"]
    assert all(e.topic in {"treatment", "after-the-injection"} for e in faq.faqs)
    assert 6 <= len(faq.faqs) <= 8
    assert faq.urgent and faq.refer and faq.synonyms
    for entry in faq.faqs:
        assert len(entry.phrasing_locations) == len(entry.phrasings)


FULL = """\
version: 1
title: Botox clinic
fallback: Please ask your healthcare provider.
disclaimer: General information only.
topics:
  - id: treatment
    title: The treatment
synonyms:
  - [botox, botulinum toxin]
  - [shot, injection, jab]
urgent:
  - id: breathing
    triggers: ["trouble breathing", "can't swallow"]
    answer: Please tell a staff member right now.
refer:
  - id: medicine-changes
    triggers: [change my dose]
    answer: Please ask your doctor first.
faqs:
  - id: how-long-it-lasts
    topic: treatment
    question: How long does Botox last?
    alternates:
      - When will it wear off?
      - how long does the shot work
    answer: >-
      About 3 to 4 months.
    sources: [E4, E5]
    reviewed: {by: "Dr Lee", on: 2026-11-01}
"""


def test_full_file_round_trips_into_the_right_dataclasses() -> None:
    faq = parse_faq_text(FULL, "full.yaml")
    assert faq == Faq(
        version=1,
        title="Botox clinic",
        fallback="Please ask your healthcare provider.",
        disclaimer="General information only.",
        topics=(Topic("treatment", "The treatment"),),
        synonyms=(("botox", "botulinum toxin"), ("shot", "injection", "jab")),
        urgent=(Rule("breathing", ("trouble breathing", "can't swallow"),
                     "Please tell a staff member right now."),),
        refer=(Rule("medicine-changes", ("change my dose",), "Please ask your doctor first."),),
        faqs=(
            Entry(
                id="how-long-it-lasts",
                question="How long does Botox last?",
                answer="About 3 to 4 months.",
                alternates=("When will it wear off?", "how long does the shot work"),
                topic="treatment",
                sources=("E4", "E5"),
                reviewed=Review("Dr Lee", dt.date(2026, 11, 1)),
            ),
        ),
        source="full.yaml",
    )
    entry = faq.faqs[0]
    assert entry.location == Location("full.yaml", 20, 5)
    assert entry.phrasing_locations == (
        Location("full.yaml", 22, 15),
        Location("full.yaml", 24, 9),
        Location("full.yaml", 25, 9),
    )
    assert faq.urgent[0].location == Location("full.yaml", 12, 5)
    assert faq.refer[0].location == Location("full.yaml", 16, 5)
    assert faq.title == "Botox clinic"


def test_defaults_for_optional_fields() -> None:
    faq = parse_faq_text(MINIMAL, "min.yaml")
    assert (faq.title, faq.disclaimer, faq.topics, faq.synonyms, faq.urgent, faq.refer) == (
        "Questions and answers", None, (), (), (), ())  # fmt: skip
    assert faq.faqs[0].reviewed is None and faq.faqs[0].alternates == ()


# --- the file itself ------------------------------------------------------------------------


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.yaml"
    assert [str(p) for p in _problems(path)] == [
        f"{path}:1:1: file not found -- check the path given with --faq or $FAQBOT_FAQ"
    ]


def test_directory_instead_of_file(tmp_path: Path) -> None:
    assert [p.message for p in _problems(tmp_path)] == [
        "this is a folder, not a file -- give the path of the .yaml file in it"
    ]


def test_unreadable_file_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Simulated, so it also runs as root (CI containers), where chmod 0 does not stop reading."""
    path = tmp_path / "faq.yaml"
    path.write_text(MINIMAL, encoding="utf-8")

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", refuse)
    assert [p.message for p in _problems(path)] == [
        "cannot read this file: permission denied -- let the account that runs faqbot "
        "read it (for example: chmod a+r FILE)"
    ]


def test_file_over_the_size_limit_is_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as handle:  # sparse: no 5 MB written to disk
        handle.truncate(MAX_BYTES + 1_000_000)
    assert [p.message for p in _problems(path)] == [
        "the file is 6.0 MB, over the 5 MB limit -- is this the right file? "
        "A content file is normally well under 1 MB"
    ]


def test_text_over_the_size_limit_is_refused() -> None:
    with pytest.raises(ContentError, match="over the 5 MB limit"):
        parse_faq_text("#" * (MAX_BYTES + 1), "big.yaml")


def test_utf16_file(tmp_path: Path) -> None:
    path = tmp_path / "faq.yaml"
    path.write_bytes(MINIMAL.encode("utf-16"))
    assert [p.message for p in _problems(path)] == [
        "the file is saved as UTF-16 -- save the file as UTF-8"
    ]


def test_lone_surrogate_in_text_is_reported_where_it_is() -> None:
    with pytest.raises(ContentError) as excinfo:
        parse_faq_text(MINIMAL.replace("A.", "A \ud83d."), "t.yaml")
    assert [str(p) for p in excinfo.value.problems] == [
        "t.yaml:6:15: invalid character U+D83D (half of an emoji or symbol) -- retype this "
        "character and save the file as UTF-8"
    ]


@pytest.mark.parametrize(
    "text",
    ["[" * 100_000, "- " * 100_000 + "x", "{a: " * 50_000, "a:\n" + " " * 3000 + "b: c\n"],
    ids=["flow-list", "block-list", "flow-map", "deep-indent"],
)
def test_deep_nesting_is_an_error_not_a_crash(text: str) -> None:
    """libyaml's own composer recurses in C and kills the interpreter on the first of these."""
    with pytest.raises(ContentError):
        parse_faq_text(text, "deep.yaml")


@pytest.mark.parametrize(
    "loader", [name for name in ("CSafeLoader", "SafeLoader") if hasattr(yaml, name)]
)
def test_deep_nesting_message(loader: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Our own limit and message, whichever PyYAML loader runs: libyaml 0.2.6 stops flow nesting
    at 1,000 levels with a message of its own, before our check could see the 21st."""
    monkeypatch.setattr(yamlnodes, "_Loader", getattr(yaml, loader))
    with pytest.raises(ContentError) as excinfo:
        parse_faq_text("[" * 100_000, "deep.yaml")
    assert [str(p) for p in excinfo.value.problems] == [
        "deep.yaml:1:21: lists and mappings are nested more than 20 levels deep here -- "
        "check the brackets and the indentation"
    ]


# --- never anything but ContentError -------------------------------------------------------

_FRAGMENTS = st.sampled_from([
    "version: 1\n", "version: 2\n", "fallback: Ask.\n", "faqs:\n", "topics:\n", "synonyms:\n",
    "urgent:\n", "refer:\n", "title: T\n", "  - id: a\n", "  - id: B_c\n", "    question: Q?\n",
    "    answer: A.\n", "    answer: 10:30\n", "    topic: t\n", "    alternates: x\n",
    "    alternates: [a, b]\n", "    reviewed: {by: X, on: 2026-02-30}\n", "  - [a, b]\n",
    "  - [a]\n", "    triggers: [x]\n", "    title: T\n", "&a ", "*a ", "!!binary ", "? ",
    "---\n", "...\n", "\t", ": ", "- ", "[", "]", "{", "}", "'", '"', "#", "\n", "  ", "~\n",
    "    reviewed:\n      on: '2026-01-01'\n", "    id: 1.5\n", "    sources: [S1]\n",
])  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_FRAGMENTS | st.text(max_size=12), max_size=40).map("".join))
def test_yamlish_text_never_raises_anything_but_content_error(text: str) -> None:
    try:
        faq = parse_faq_text(text, "fuzz.yaml")
    except ContentError as exc:
        assert exc.problems
        assert all(p.line >= 1 and p.column >= 1 and p.message for p in exc.problems)
    else:
        assert isinstance(faq, Faq) and faq.faqs


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_any_text_never_raises_anything_but_content_error(text: str) -> None:
    try:
        parse_faq_text(text, "fuzz.yaml")
    except ContentError as exc:
        assert exc.problems


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_in_a_file_never_raise_anything_but_content_error(data: bytes) -> None:
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "faq.yaml"
        path.write_bytes(data)
        try:
            load_faq(path)
        except ContentError as exc:
            assert exc.problems
