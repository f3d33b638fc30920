"""Toasts whose notification expires as they are built do not freeze the app.

Textual 8.2's `Toast` takes its notification's time left as the delay of its expiry timer. The toasts are built
again when the screen changes or the terminal is resized, and one built just as its notification expires gets a
delay below zero; Textual's `Timer` with a negative interval then loops without ever yielding (`timer.py`, the
skipping branch of `_run`): helper-361's app froze at 100 % CPU after an export's toasts and a resize, keys, `q`
and SIGTERM ignored, until killed. The delay is kept above zero here: the toast goes at once, as it should.
"""

from __future__ import annotations

from textual.notifications import Notification
from textual.widgets._toast import Toast

SHORTEST = 0.01
"""Seconds: the delay of a toast whose notification has run out (or all but)."""


def keep_toast_delays_positive() -> None:
    """Make every toast built from now on wait at least `SHORTEST` before it goes (idempotent)."""
    if getattr(Toast.__init__, "_delay_kept_positive", False):
        return
    built = Toast.__init__

    def init(self: Toast, notification: Notification) -> None:
        built(self, notification)
        self._timeout = max(self._timeout, SHORTEST)

    init._delay_kept_positive = True  # type: ignore[attr-defined]
    Toast.__init__ = init  # type: ignore[method-assign]
