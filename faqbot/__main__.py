"""Run faqbot as `python -m faqbot`."""

from faqbot.cli import main

raise SystemExit(main())
