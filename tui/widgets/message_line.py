"""The message line above the keys: what the last action did ("Saved · add actor …", "Undid: …").

Textual's toasts are drawn over the screen; at the bottom they covered the detail pane (what `y`
and `r` act on), at the top the reader's line ends and the Districts pane, for seconds after
each save. A line of its own covers nothing. Warnings and errors are still toasts: they must
be seen.
"""

from __future__ import annotations

import re

from rich.text import Text
from textual.timer import Timer
from textual.widgets import Static

from annotations.text.quotes import shorten

DEFAULT_SECONDS = 4.0


class MessageLine(Static):
    """One line, cleared a few seconds after it last changed."""

    DEFAULT_CSS = """
    MessageLine { height: 1; padding: 0 1; color: $text-muted; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(Text(""), id=id, markup=False)
        self._clear_timer: Timer | None = None
        self.said = ""
        """What the line says now (tests and the help read it)."""

    def say(self, message: str, *, title: str = "", seconds: float | None = None, style: str = "") -> None:
        line = Text(no_wrap=True, overflow="ellipsis", style=style)
        if title:
            line.append(f"{title} · ", style="bold")
        room = self.content_region.width - line.cell_len if self.content_region.width else None
        line.append(quotes_cut_to(" ".join(message.split()), room))
        if self.content_region.width:  # cut here: Textual crops a Text without its "…"
            line.truncate(self.content_region.width, overflow="ellipsis")
        self.said = line.plain
        self.update(line, layout=False)  # one line, always: no layout of the screen
        if self._clear_timer is not None:
            self._clear_timer.stop()
        self._clear_timer = self.set_timer(seconds or DEFAULT_SECONDS, self._clear)

    def _clear(self) -> None:
        self._clear_timer = None
        self.said = ""
        self.update(Text(""), layout=False)


_QUOTED = re.compile(r"“([^“”]{12,})”")


def quotes_cut_to(message: str, room: int | None) -> str:
    """`message` in `room` columns, its longest quotations cut first ("… the tag “…” is bo's: u
    again undoes it"): at 120 columns a newcomer's line lost its advice to the line's end."""
    while room is not None and len(message) > room:
        quoted = max(_QUOTED.finditer(message), key=lambda m: len(m.group(1)), default=None)
        if quoted is None:
            break
        words = quoted.group(1)
        kept = max(10, len(words) - (len(message) - room))
        if kept >= len(words) - 1:
            break
        message = f"{message[: quoted.start(1)]}{shorten(words, kept)}{message[quoted.end(1) :]}"
    return message
