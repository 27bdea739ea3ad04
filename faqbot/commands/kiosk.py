"""`faqbot` with no subcommand: the kiosk."""

from __future__ import annotations

import argparse
import sys

from faqbot.commands._common import add_faq_argument


def add_arguments(parser: argparse.ArgumentParser) -> None:
    add_faq_argument(parser)


def run(args: argparse.Namespace) -> int:
    print("The kiosk UI is not built yet; use 'faqbot ask' meanwhile.", file=sys.stderr)
    return 2
