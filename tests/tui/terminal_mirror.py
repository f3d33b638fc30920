"""What a terminal shows: every update Textual's compositor renders, applied to a grid of cells.

A screenshot draws every line afresh, so it cannot show a region left out of a partial draw; a
terminal keeps what it is not sent again. Tests that draw less than the whole screen compare this
grid with the screen drawn whole.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest
from rich.segment import ControlType, Segment
from rich.style import Style
from textual._compositor import Compositor, CompositorUpdate
from textual.app import App

Cell = tuple[str, Style | None]


class TerminalMirror:
    """The cells a terminal of the app's size holds after the updates sent to it."""

    def __init__(self, app: App[Any]) -> None:
        self.app = app
        width, height = app.size
        self.cells: list[list[Cell]] = [[(" ", None)] * width for _ in range(height)]
        self.whole_draws = 0

    def apply(self, update: CompositorUpdate) -> None:
        console = self.app.console
        x = y = 0
        for segment in update.__rich_console__(console, console.options):
            x, y = self._put(segment, x, y)

    def _put(self, segment: Segment, x: int, y: int) -> tuple[int, int]:
        if segment.control:
            for code in segment.control:
                if code[0] == ControlType.CURSOR_MOVE_TO:
                    x, y = int(code[1]), int(code[2])
            return x, y
        if segment.text == "\n":
            return 0, y + 1
        row = self.cells[y] if 0 <= y < len(self.cells) else []
        for char in segment.text:
            if 0 <= x < len(row):
                row[x] = (char, segment.style)
            x += 1
        return x, y

    def lines(self) -> list[str]:
        return ["".join(char for char, _style in row).rstrip() for row in self.cells]

    def put_whole(self) -> None:
        """The screen as a full draw would send it now (nothing is sent to the app's terminal)."""
        for y, strip in enumerate(self.app.screen._compositor.render_strips()):
            x = 0
            for segment in strip:
                x, _ = self._put(segment, x, y)

    def whole(self) -> list[str]:
        """The lines a full draw would show now."""
        screen = TerminalMirror(self.app)
        screen.put_whole()
        return screen.lines()


@contextmanager
def mirrored(app: App[Any], monkeypatch: pytest.MonkeyPatch) -> Iterator[TerminalMirror]:
    """A mirror of the app's terminal from now on, starting from the screen drawn whole; it counts
    the whole-screen draws made meanwhile."""
    mirror = TerminalMirror(app)
    mirror.put_whole()
    render = Compositor.render_update

    def rendered(self: Compositor, full: bool = False, *args: Any, **kwargs: Any) -> Any:
        whole = full or self.size.region in self._dirty_regions
        update = render(self, full, *args, **kwargs)
        if isinstance(update, CompositorUpdate) and self is app.screen._compositor:
            mirror.whole_draws += whole
            mirror.apply(update)
        return update

    monkeypatch.setattr(Compositor, "render_update", rendered)
    yield mirror
