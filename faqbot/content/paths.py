"""Where the content file is: `--faq PATH`, else `$FAQBOT_FAQ`, else the bundled content."""

from __future__ import annotations

import os
from importlib import resources
from pathlib import Path

ENV_FAQ = "FAQBOT_FAQ"


def bundled_faq_path() -> Path:
    """The project's `content/faq.yaml`: inside an installed wheel, or in a source checkout."""
    packaged = resources.files("faqbot") / "_content" / "faq.yaml"
    if packaged.is_file():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "content" / "faq.yaml"


def resolve_faq_path(cli_value: str | None) -> Path:
    """The content file to use; an empty `$FAQBOT_FAQ` counts as unset."""
    if cli_value:
        return Path(cli_value)
    from_env = os.environ.get(ENV_FAQ, "").strip()
    if from_env:
        return Path(from_env)
    return bundled_faq_path()
