"""The publishing gate's verdict, apart from the gate itself (`faqbot.evaluation.publish`).

The kiosk receives verdicts from a worker thread; it imports this small module, which reads no
YAML, rather than the gate, which loads content files and runs content tests.
"""

from __future__ import annotations

from dataclasses import dataclass

from faqbot.content.model import Faq


@dataclass(frozen=True, slots=True)
class Vetting:
    """The gate's verdict on one content file: the content to publish, or why not."""

    faq: Faq | None
    """The new content when accepted, else None."""
    reasons: tuple[str, ...] = ()
    """Why it was refused, one plain sentence each (empty when accepted)."""

    @property
    def accepted(self) -> bool:
        return self.faq is not None and not self.reasons
