"""Others' steps heard on a team's server by a screen that shows the corpus (the entities view,
the claims board): read again together, half a second after the first one heard, so that a busy
team's steps cost one reading each half second, not one each (and a team that never stops still
shows)."""

from __future__ import annotations

from collections.abc import Callable

from textual.timer import Timer
from textual.widget import Widget

HEARD_DELAY = 0.5
"""Seconds after the first of others' steps heard before the screen reads again (with the others
heard by then)."""


class FollowsOthers:
    """A screen showing the corpus that reads again what other analysts change (`others_changed`),
    told wherever it is in the screen stack (under the help, it missed what it heard)."""

    def others_changed(self, articles: frozenset[str] | None) -> None:
        raise NotImplementedError


class HeardLater:
    """Gathers the articles others changed; `read` is called with them (None: anything may have
    changed, a server back or a step too large to name its articles) `HEARD_DELAY` later."""

    def __init__(self, owner: Widget, read: Callable[[frozenset[str] | None], None]) -> None:
        self._owner, self._read = owner, read
        self._articles: set[str] = set()
        self._everything = False
        self._timer: Timer | None = None

    def heard(self, articles: frozenset[str] | None) -> None:
        """Others changed these articles (none: only entities; None: anything)."""
        if articles is None:
            self._everything = True
        else:
            self._articles |= articles
        if self._timer is None:
            self._timer = self._owner.set_timer(HEARD_DELAY, self._now)

    def _now(self) -> None:
        articles = None if self._everything else frozenset(self._articles)
        self._timer, self._articles, self._everything = None, set(), False
        self._read(articles)


def said_when_heard(articles: frozenset[str] | None) -> str:
    """What a screen says once it has read again what others changed."""
    if articles is None:  # the server back, or a step too large to name its articles (a merge across the corpus)
        return "Read again: everything as the server holds it now."
    return "Updated with changes another analyst saved."
