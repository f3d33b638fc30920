"""A checklist whose boxes say checked or not without colour: `[x]` and `[ ]`.

Textual's `SelectionList` draws the same `X` in every box and tells them apart by colour only,
so on a monochrome terminal (or to a colour-blind analyst) chosen and unchosen places looked
the same."""

from __future__ import annotations

from typing import Any

from rich.segment import Segment
from textual.strip import Strip
from textual.widgets import Checkbox, SelectionList


class Checklist(SelectionList[Any]):
    """A `SelectionList` with an empty box for what is not chosen, whose first row is highlighted
    when it gets focus (Space then ticks it: a newcomer's Space did nothing until ↓)."""

    def on_focus(self) -> None:
        if self.highlighted is None and self.option_count:
            self.highlighted = 0

    def render_line(self, y: int) -> Strip:
        strip = super().render_line(y)
        segments = list(strip)
        if len(segments) < 3 or segments[1].text != Checkbox.BUTTON_INNER:
            return strip
        index = self.scroll_offset.y + y
        if index >= self.option_count:
            return strip
        chosen = self.get_option_at_index(index).value in set(self.selected)
        segments[1] = Segment("x" if chosen else " ", segments[1].style)
        return Strip(segments, strip.cell_length)
