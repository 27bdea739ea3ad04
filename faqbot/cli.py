"""The `faqbot` command line: argument parsing and dispatch, nothing else.

Each subcommand lives in `faqbot.commands.<name>` and is imported only when used, so
`faqbot ask` never pays for importing Textual.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from importlib import metadata
from typing import NoReturn

EXIT_OK = 0
EXIT_WARNINGS = 1
EXIT_ERROR = 2

SUBCOMMANDS: dict[str, str] = {
    "kiosk": "Start the kiosk (the default when no subcommand is given).",
    "ask": "Answer one question, or each line of standard input.",
    "check": "Validate a content file and report every problem.",
    "eval": "Run content tests (patient-style questions with expected outcomes).",
    "publish": "Check a draft content file and swap it in for the live one atomically.",
    "report": "Summarise what patients asked, from one or more kiosks' statistics files.",
    "web": "Serve the same answers as a web page for patients' own phones.",
}
"""Subcommand name -> one-line help. The module `faqbot.commands.<name>` implements it."""


class _Parser(argparse.ArgumentParser):
    """argparse that exits with status 2 and a one-line hint, never a traceback."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_ERROR, f"{self.prog}: error: {message}\nTry '{self.prog} --help'.\n")


def _version() -> str:
    try:
        return metadata.version("faqbot")
    except metadata.PackageNotFoundError:  # running from a source tree without installing
        return "unknown"


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="faqbot",
        description="Question-and-answer kiosk for a clinic waiting room.",
    )
    parser.add_argument("--version", action="version", version=f"faqbot {_version()}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, help_text in SUBCOMMANDS.items():
        module = importlib.import_module(f"faqbot.commands.{name}")
        module.add_arguments(sub.add_parser(name, help=help_text, description=help_text))
    return parser


def _never_fail_on_output() -> None:
    """Escape what the terminal cannot encode instead of crashing: bytes that are not UTF-8 in
    an argument (a question, a path) reach us as lone surrogates, and a strict UTF-8 stdout
    (LANG=en_US.UTF-8) would raise on them in the middle of the output."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="backslashreplace")


def main(argv: Sequence[str] | None = None) -> int:
    _never_fail_on_output()
    args_list = list(sys.argv[1:] if argv is None else argv)
    if not args_list or args_list[0] not in {*SUBCOMMANDS, "-h", "--help", "--version"}:
        # `faqbot` and `faqbot --no-kiosk ...` start the kiosk.
        args_list.insert(0, "kiosk")
    args = build_parser().parse_args(args_list)
    module = importlib.import_module(f"faqbot.commands.{args.command}")
    try:
        return int(module.run(args))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `faqbot ask ... | head`: the reader left; nothing more to say.
        sys.stderr.close()
        return 0
    except Exception as exc:
        if args.command == "kiosk":
            raise  # the kiosk supervises its own crashes (faqbot.commands.kiosk.supervise)
        print(f"faqbot: unexpected error: {_describe(exc)} (please report this)", file=sys.stderr)
        return EXIT_ERROR


def _describe(exc: Exception) -> str:
    """`Type: message` on one line: a message's newlines and terminal escapes are shown as
    Python escapes (`\\n`, `\\x1b`), so staff and scripts get exactly one line, never a trace."""
    message = "".join(
        ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii")
        for ch in str(exc)
    )
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__
