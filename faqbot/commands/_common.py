"""Pieces the subcommands share: the `--faq` option and loading content with a staff message."""

from __future__ import annotations

import argparse
import sys

from faqbot.content.model import Faq
from faqbot.content.paths import ENV_FAQ, resolve_faq_path
from faqbot.content.problems import ContentError


def add_faq_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--faq",
        metavar="PATH",
        help=f"content file (default: ${ENV_FAQ}, else the bundled content/faq.yaml)",
    )


def load_or_report(cli_value: str | None) -> Faq | None:
    """Load and validate the content; on failure print every problem to stderr, return None."""
    from faqbot.content.loader import load_faq

    path = resolve_faq_path(cli_value)
    try:
        return load_faq(path)
    except ContentError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        count = len(exc.problems)
        print(
            f"{path}: {count} error{'s' if count != 1 else ''}; "
            f"run 'faqbot check --faq {path}' after fixing.",
            file=sys.stderr,
        )
        return None
