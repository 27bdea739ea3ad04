"""Shared fixtures: the test content, a factory for kiosk apps built on it, and engines on the
bundled and sparse content shared by the whole session."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from faqbot.content.loader import load_faq
from faqbot.content.model import Faq
from faqbot.kiosk.app import FaqApp
from faqbot.matching.engine import Engine

DATA = Path(__file__).parent / "data"
FAQ_PATH = DATA / "faq.yaml"
BUNDLED_PATH = Path(__file__).resolve().parent.parent / "content" / "faq.yaml"
SPARSE_PATH = DATA / "sparse-faq.yaml"


@pytest.fixture
def faq() -> Faq:
    return load_faq(FAQ_PATH)


@pytest.fixture(scope="session")
def bundled_engine() -> Engine:
    """The bundled content's engine, built once and shared by every test that asks it
    questions (asking only fills caches of pure results). A test that calls `forget()`, sets
    `decision` or patches the engine builds its own."""
    return Engine(load_faq(BUNDLED_PATH))


@pytest.fixture(scope="session")
def sparse_engine() -> Engine:
    """The sparse day-one file's engine, shared like `bundled_engine`."""
    return Engine(load_faq(SPARSE_PATH))


@pytest.fixture
def staff_log(tmp_path: Path) -> tuple[logging.Logger, Path]:
    from faqbot.kiosk.staff import open_staff_log

    path = tmp_path / "kiosk.log"
    logger, problem = open_staff_log(path)
    assert problem is None
    return logger, path


@pytest.fixture
def make_app(
    faq: Faq, staff_log: tuple[logging.Logger, Path]
) -> Iterator[Callable[..., FaqApp]]:
    """`make_app(**options)`: a kiosk on the test content (options as for FaqApp).

    The kiosk hides its own errors from patients (apologise, start over), so a Pilot test would
    not notice one: any error the app recovers from fails the test, unless it was built with
    `expect_errors=True`."""
    from faqbot.kiosk.staff import PinGate

    unexpected: list[BaseException] = []

    def make(
        faq_override: Faq | None = None,
        pin: str | None = None,
        expect_errors: bool = False,
        **options: Any,
    ) -> FaqApp:
        options.setdefault("log", staff_log[0])
        options.setdefault("pin_gate", PinGate(pin))
        app = FaqApp(Engine(faq_override or faq), **options)
        if not expect_errors:
            recover = app.recover

            def recording(error: BaseException) -> None:
                unexpected.append(error)
                recover(error)

            app.recover = recording  # type: ignore[method-assign]
        return app

    yield make
    assert not unexpected, f"the kiosk recovered from an error: {unexpected[0]!r}"
