"""Load a content file: bytes -> text -> YAML nodes -> a validated `Faq`, or every error at once.

This is the only way into `faqbot.content.model`: the engine and the UI never see YAML. Every
problem is reported as `PATH:LINE:COL: message` naming the entry, what is wrong and how to fix
it, because the people who fix the file are clinic staff, not programmers. The loader reports
errors only; softer findings (duplicate phrasings, missing sources) are warnings for `faqbot
check`.
"""

from __future__ import annotations

import codecs
import stat
from pathlib import Path
from typing import NoReturn

from faqbot.content.model import Faq
from faqbot.content.problems import ContentError, Problem
from faqbot.content.validate import Checker
from faqbot.content.yamlnodes import NULL, ScalarNode, compose

MAX_BYTES = 5_000_000
"""Refuse bigger files before parsing: a real content file is well under 1 MB."""

_EMPTY = (
    "the file is empty -- it needs at least 'version: 1', 'fallback:' and 'faqs:' "
    "(see the content format in README.md)"
)


def load_faq(path: str | Path) -> Faq:
    """Read, parse and validate the content file at `path`; ContentError lists every problem."""
    return load_faq_bytes(path)[0]


def load_faq_bytes(path: str | Path) -> tuple[Faq, bytes]:
    """`load_faq`, and the exact bytes it read: the publishing gate checks and hashes those same
    bytes, not a second read that a writer could have changed in between."""
    source = str(path)
    data = _read_bytes(Path(path), source)
    return parse_faq_text(_decode(data, source), source), data


def parse_faq_text(text: str, source: str) -> Faq:
    """Parse and validate content given as text; `source` names it in messages and `Faq.source`."""
    text = text.removeprefix("\ufeff")
    if len(text) > MAX_BYTES // 4:
        size = len(text.encode("utf-8", "surrogatepass"))
        if size > MAX_BYTES:
            _fail(source, _too_big(size))
    composed = compose(text)
    problems = [Problem(source, f.line, f.column, f.message) for f in composed.findings]
    root = composed.root
    if composed.fatal:
        raise ContentError(problems)
    if root is None or (isinstance(root, ScalarNode) and root.tag == NULL and not root.value):
        raise ContentError([*problems, Problem(source, 1, 1, _EMPTY)])
    checker = Checker(source)
    faq = checker.faq(root)
    problems.extend(checker.problems)
    if problems or faq is None:
        problems.sort(key=lambda p: (p.line, p.column))
        raise ContentError(problems)
    return faq


def _fail(source: str, message: str, line: int = 1, column: int = 1) -> NoReturn:
    raise ContentError([Problem(source, line, column, message)])


def _too_big(size: int) -> str:
    return (
        f"the file is {size / 1_000_000:.1f} MB, over the {MAX_BYTES / 1_000_000:g} MB limit "
        "-- is this the right file? A content file is normally well under 1 MB"
    )


def _read_bytes(path: Path, source: str) -> bytes:
    """The file's bytes, or a ContentError saying in plain words why it cannot be read."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            _fail(source, "this is a folder, not a file -- give the path of the .yaml file in it")
        if not stat.S_ISREG(info.st_mode):
            _fail(source, "this is not a regular file -- give the path of a .yaml file")
        if info.st_size > MAX_BYTES:
            _fail(source, _too_big(info.st_size))
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except (FileNotFoundError, NotADirectoryError):
        _fail(source, "file not found -- check the path given with --faq or $FAQBOT_FAQ")
    except PermissionError:
        _fail(
            source,
            "cannot read this file: permission denied -- let the account that runs faqbot "
            "read it (for example: chmod a+r FILE)",
        )
    except OSError as exc:
        _fail(source, f"cannot read this file: {exc.strerror or exc}")
    except ValueError:  # e.g. a NUL character in the path
        _fail(source, "this is not a usable file path -- check for stray characters")
    if len(data) > MAX_BYTES:
        _fail(source, _too_big(len(data)))
    return data


def _decode(data: bytes, source: str) -> str:
    """UTF-8 text (a leading BOM is fine); otherwise say where the first bad byte is."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        _fail(source, "the file is saved as UTF-16 -- save the file as UTF-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        offset = exc.start
        line_start = data.rfind(b"\n", 0, offset) + 1
        line = data.count(b"\n", 0, offset) + 1
        column = len(data[line_start:offset].decode("utf-8", "replace")) + 1
        _fail(
            source,
            f"the file is not UTF-8 text: byte 0x{data[offset]:02X} at byte offset {offset} "
            "is not valid -- save the file as UTF-8 (in most editors: Save As, Encoding: UTF-8)",
            line,
            column,
        )
