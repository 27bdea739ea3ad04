"""`faqbot publish DRAFT`: check a draft content file and swap it in for the live one at once.

Editing the live file in place lets a running kiosk see it half written; this command vets the
draft with the kiosk's gate (`faqbot.evaluation.publish`), then replaces the live file in one
step (`os.replace`), so the kiosk only ever sees the old file or the whole new one.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

EXIT_OK, EXIT_REFUSED = 0, 2


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("draft", metavar="DRAFT", help="the edited copy of the content file")
    parser.add_argument(
        "--to", metavar="PATH",
        help="the live content file to replace (default: $FAQBOT_FAQ, else the bundled "
        "content/faq.yaml)")
    parser.add_argument(
        "--allow-removals", action="store_true",
        help="removing many entries or an urgent rule is on purpose (the kiosk accepts exactly "
        "this file then)")


def run(args: argparse.Namespace) -> int:
    from faqbot.content.paths import resolve_faq_path
    from faqbot.evaluation.publish import publish

    target = resolve_faq_path(args.to)
    draft = Path(args.draft)
    try:
        vetting = publish(draft, target, allow_removals=args.allow_removals)
    except OSError as exc:
        print(f"faqbot publish: cannot write {target}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_REFUSED
    if not vetting.accepted:
        print(f"{draft}: not published; {target} is unchanged. Why:", file=sys.stderr)
        for reason in vetting.reasons:
            print(f"  - {reason}", file=sys.stderr)
        return EXIT_REFUSED
    assert vetting.faq is not None
    print(f"{draft}: published to {target} ({len(vetting.faq.faqs)} entries); a running kiosk "
          "uses it from its next start over.")
    return EXIT_OK
