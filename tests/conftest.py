"""Shared fixtures: the test content and a factory for kiosk apps built on it."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from faqbot.app import FaqApp
from faqbot.content import Faq
from faqbot.engine import Engine
from faqbot.loader import load_faq

DATA = Path(__file__).parent / "data"
FAQ_PATH = DATA / "faq.yaml"


@pytest.fixture
def faq() -> Faq:
    return load_faq(FAQ_PATH)


@pytest.fixture
def staff_log(tmp_path: Path) -> tuple[logging.Logger, Path]:
    from faqbot.staff import open_staff_log

    path = tmp_path / "kiosk.log"
    logger, problem = open_staff_log(path)
    assert problem is None
    return logger, path


@pytest.fixture
def make_app(faq: Faq, staff_log: tuple[logging.Logger, Path]) -> Callable[..., FaqApp]:
    """`make_app(**options)`: a kiosk on the test content (options as for FaqApp)."""
    from faqbot.staff import PinGate

    def make(faq_override: Faq | None = None, pin: str | None = None, **options: Any) -> FaqApp:
        options.setdefault("log", staff_log[0])
        options.setdefault("pin_gate", PinGate(pin))
        return FaqApp(Engine(faq_override or faq), **options)

    return make
