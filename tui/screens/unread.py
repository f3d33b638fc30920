"""Screens that read what may not have been read before a team's server went away.

While the server cannot be reached, the store shows what its queries read last and refuses a read
it never made (`ConnectionLostError`). A newcomer's `L` during an outage closed the app with a
traceback: the library reads who is on what, which nothing had read before. An exception in a
handler also stops its screen's messages, so it is caught where it is raised: the key that opens
a screen says why it does not (`opened_when_read`), and a screen whose mounting reads more closes
itself and says why (`closes_when_unread`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar

from textual.dom import DOMNode
from textual.screen import Screen

from annotations.errors import ConnectionLostError

Handler = TypeVar("Handler", bound=Callable[..., Any])


def say_unread(node: DOMNode, error: ConnectionLostError) -> None:
    node.app.notify(
        f"Not shown while the server cannot be reached: it was not read before ({error}).",
        title="Not read yet",
        severity="warning",
        timeout=8,
        markup=False,
    )


def opened_when_read(action: Handler) -> Handler:
    """An action opening a screen whose making reads the store: said, not opened, when that was
    not read before the server went away."""

    @functools.wraps(action)
    def guarded(self: DOMNode, *args: Any, **kwargs: Any) -> Any:
        try:
            return action(self, *args, **kwargs)
        except ConnectionLostError as error:
            say_unread(self, error)
            return None

    return guarded  # type: ignore[return-value]


def closes_when_unread(handler: Handler) -> Handler:
    """A screen's handler that reads the store: the screen closes, and says why, when that was
    not read before the server went away."""

    @functools.wraps(handler)
    def guarded(self: Screen[Any], *args: Any, **kwargs: Any) -> Any:
        try:
            return handler(self, *args, **kwargs)
        except ConnectionLostError as error:
            say_unread(self, error)
            self.call_later(lambda: _close(self))
            return None

    return guarded  # type: ignore[return-value]


def _close(screen: Screen[Any]) -> None:
    """Dismiss without awaiting it (awaited from the screen's own handler, Textual refuses)."""
    if screen.is_current:
        screen.dismiss(None)
