"""A checklist whose boxes say checked or not without colour (`[x]` and `[ ]`), whose row Space would
tick is marked "›" (not only by colour), and in which typing a name's first letters moves to it.

Textual's `SelectionList` draws the same `X` in every box and tells them apart by colour only,
so on a monochrome terminal (or to a colour-blind analyst) chosen and unchosen places looked
the same. A newcomer ticking one actor of twenty in a claim's "About actors" counted ↓ presses
blind; the claimant's choice already filtered as they typed."""

from __future__ import annotations

from typing import Any

from rich.segment import Segment
from textual import events
from textual.strip import Strip
from textual.widgets import Checkbox, SelectionList

from annotations.entities.matching import fold


class Checklist(SelectionList[Any]):
    """A `SelectionList` with an empty box for what is not chosen, whose first row is highlighted
    when it gets focus (Space then ticks it: a newcomer's Space did nothing until ↓), and where
    letters typed go to the next row whose name, or one of its words, begins with them."""

    _typed = ""
    """The letters typed since the highlight last moved otherwise (no clock: a burst of keys finds
    what the same keys typed slowly find)."""

    def on_focus(self) -> None:
        self._typed = ""
        if self.highlighted is None and self.option_count:
            self.highlighted = 0

    def on_key(self, event: events.Key) -> None:
        char = event.character
        if char is None or len(char) != 1 or not char.isprintable() or char == " ":
            self._typed = ""  # an arrow, Space, Enter: the next letters start a new name
            return
        event.stop()
        event.prevent_default()
        typed = self._typed + char
        found = self._row_beginning(typed, again=len(typed) == 1)
        if found is None:  # "w" then "z" with no "Wz…": a new name from the last letter
            typed = char
            found = self._row_beginning(typed, again=True)
        self._typed = typed if found is not None else ""
        if found is not None:
            self.highlighted = found

    def _row_beginning(self, typed: str, *, again: bool) -> int | None:
        """The first row from the highlighted one (after it when `again`: one letter typed again goes
        on to the next) whose name begins with `typed`, else one a word of whose name does."""
        count = self.option_count
        if not count:
            return None
        here = self.highlighted if self.highlighted is not None else -1
        first = (here + 1) if (again or here < 0) else here
        order = [(first + step) % count for step in range(count)]
        wanted = fold(typed)
        names = {i: fold(str(self.get_option_at_index(i).prompt)) for i in order}
        for matches in (
            lambda name: name.startswith(wanted),
            lambda name: any(word.startswith(wanted) for word in name.split()),
        ):
            found = next((i for i in order if matches(names[i])), None)
            if found is not None:
                return found
        return None

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
        if self.has_focus and index == self.highlighted:  # the row Space ticks, told without colour too
            segments[0] = Segment("›", segments[0].style)
        return Strip(segments, strip.cell_length)
