"""Provides `guarded`: no exception from a kiosk handler ever reaches Textual's crash screen.

Textual treats any exception escaping a message handler as fatal: it exits the app and prints a
traceback (with local variables) to the terminal. The only hook that sees every such error is the
private `App._handle_exception`, so instead each of our handlers is wrapped here and hands its
error to `FaqApp.recover`, which logs it for staff and starts over. Anything that still escapes
(an error inside Textual itself) is caught by the restart loop in `faqbot.commands.kiosk`.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import Any, Protocol, TypeVar, cast

F = TypeVar("F", bound=Callable[..., Any])


class _Recovers(Protocol):
    def recover(self, error: BaseException) -> None: ...


class _HasApp(Protocol):
    app: Any


def guarded(method: F) -> F:
    """Wrap a handler/action/timer method so an exception calls `self.app.recover(error)`."""

    def recover(owner: _HasApp, error: Exception) -> None:
        app = owner.app
        if not app.is_running:
            # The kiosk is closing (the staff exit, a restart): Textual takes its screens down
            # before it stops the timers, so a last idle tick may find none. Nobody is there
            # to apologise to and nothing is left to start over; staff still see it.
            staff = getattr(app, "log_staff", None)
            if staff is not None:
                staff.warning("error while the kiosk was closing: %r", error)
            return
        cast(_Recovers, app).recover(error)

    if inspect.iscoroutinefunction(method):

        @functools.wraps(method)
        async def async_wrapper(self: _HasApp, *args: Any, **kwargs: Any) -> Any:
            try:
                return await method(self, *args, **kwargs)
            except Exception as error:
                if _is_textual_control_flow(error):
                    raise
                recover(self, error)
                return None

        return cast(F, async_wrapper)

    @functools.wraps(method)
    def wrapper(self: _HasApp, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except Exception as error:
            if _is_textual_control_flow(error):
                raise
            recover(self, error)
            return None

    return cast(F, wrapper)


def _is_textual_control_flow(error: Exception) -> bool:
    """Exceptions Textual uses on purpose (SkipAction lets a key fall through to the input)."""
    from textual.actions import SkipAction

    return isinstance(error, SkipAction)
