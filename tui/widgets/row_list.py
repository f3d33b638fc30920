"""A list of one-line rows that draws only the rows in view.

The panes were `OptionList`s: every change of a pane (a save, an undo) rebuilt all its options
and measured the height of each (wrapping machinery run on every row), about 16 ms at 500
annotations, for rows that are one line by design. Here a row is a line; replacing the rows
costs only keeping the list, and drawing costs the rows on screen (kept until the rows, the
width or the highlight change).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from .steady_scroll import SteadyScrollbars


class RowList(SteadyScrollbars, ScrollView, can_focus=True):
    """Rows of (id, text); up/down move a highlight, Enter or a click chooses a row."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"row-list--highlight", "row-list--highlight-blurred"}
    DEFAULT_CSS = """
    RowList { background: $surface; }
    RowList > .row-list--highlight-blurred {
        color: $block-cursor-blurred-foreground;
        background: $block-cursor-blurred-background;
        text-style: $block-cursor-blurred-text-style;
    }
    RowList > .row-list--highlight {
        color: $block-cursor-foreground;
        background: $block-cursor-background;
        text-style: $block-cursor-text-style;
    }
    """
    BINDINGS: ClassVar[list[BindingType]] = []

    highlighted: reactive[int | None] = reactive(None, always_update=False)
    walked = False
    """Whether a key moved the highlight, or chose a row, since the list got the focus (Tab in and Esc out of a
    pane leaves the reader's cursor where it was: helper-351's next `c` tagged the pane's row's sentence)."""

    class Highlighted(Message):
        """The highlighted row changed (None: no rows)."""

        def __init__(self, row_id: str | None) -> None:
            super().__init__()
            self.row_id = row_id

    class Chosen(Message):
        """The analyst chose a row (Enter or a click)."""

        def __init__(self, row_id: str) -> None:
            super().__init__()
            self.row_id = row_id

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._rows: list[tuple[str, Text]] = []
        self._index: dict[str, int] = {}
        self._lines: dict[tuple[str, int, bool, bool], tuple[Text, Strip]] = {}
        """A row's line as drawn, by its id (and the text it was drawn from)."""

    # --- the rows ------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[tuple[str, Text]]) -> None:
        """Replace the rows; the highlight stays on its row's id when it is still there, else
        on the row now at its place."""
        current, index = self.current_id, self.highlighted
        old, self._rows = self._rows, list(rows)
        self._index = {row_id: n for n, (row_id, _) in enumerate(self._rows)}
        if len(self._lines) > 4 * len(self._rows) + 64:
            self._lines.clear()
        self._size_to_rows()
        if current is not None and current in self._index:
            self.set_reactive(RowList.highlighted, self._index[current])
            self._scroll_to_row(self._index[current])  # a row added above it pushed it out of sight (helper-315
            # deleted a row he could not see)
        elif index is not None and self._rows:
            self.highlighted = min(index, len(self._rows) - 1)
        elif not self._rows:
            self.highlighted = None
        self._refresh_changed(old)

    def _refresh_changed(self, old: list[tuple[str, Text]]) -> None:
        """Draw again only the lines between the first and the last row that changed (a save
        changes one row; every row drawn again was most of a pane's cost), or to the end of the
        list when rows came or went (those after moved a line)."""
        new = self._rows
        common = min(len(old), len(new))
        first = next((n for n in range(common) if old[n] != new[n]), common)
        same_end = 0  # rows that moved are lines that changed: only a list as long as before keeps its end
        while len(old) == len(new) and same_end < common - first and old[-1 - same_end] == new[-1 - same_end]:
            same_end += 1
        last = max(len(old), len(new)) - same_end
        if last > first:
            self.refresh_lines(first, last - first)
        if self.highlighted is not None:
            self.refresh_line(self.highlighted)

    @property
    def row_count(self) -> int:
        return len(self._rows)

    def row_text(self, index: int) -> Text:
        return self._rows[index][1]

    @property
    def current_id(self) -> str | None:
        if self.highlighted is None or not 0 <= self.highlighted < len(self._rows):
            return None
        return self._rows[self.highlighted][0]

    def highlight_id(self, row_id: str) -> bool:
        """Highlight the row of `row_id`; False when there is none."""
        index = self._index.get(row_id)
        if index is None:
            return False
        self.highlighted = index
        return True

    # --- moving --------------------------------------------------------------------------

    def validate_highlighted(self, highlighted: int | None) -> int | None:
        if highlighted is None or not self._rows:
            return None
        return max(0, min(highlighted, len(self._rows) - 1))

    def watch_highlighted(self, old: int | None, new: int | None) -> None:
        for index in (old, new):
            if index is not None:
                self.refresh_line(index)
        if new is not None:
            self._scroll_to_row(new)
        self.post_message(self.Highlighted(self.current_id))

    def _scroll_to_row(self, index: int) -> None:
        top, height = self.scroll_offset.y, self.scrollable_content_region.height
        if index < top:
            self.scroll_to(y=index, animate=False)
        elif height and index >= top + height:
            self.scroll_to(y=index - height + 1, animate=False)

    def action_cursor_down(self) -> None:
        self._move(1)

    def action_cursor_up(self) -> None:
        self._move(-1)

    def action_page_down(self) -> None:
        self._move(max(1, self.scrollable_content_region.height - 1))

    def action_page_up(self) -> None:
        self._move(-max(1, self.scrollable_content_region.height - 1))

    def action_first(self) -> None:
        if self._rows:
            self.walked, self.highlighted = True, 0

    def action_last(self) -> None:
        if self._rows:
            self.walked, self.highlighted = True, len(self._rows) - 1

    def _move(self, step: int) -> None:
        if self._rows:
            self.walked = True
            self.highlighted = 0 if self.highlighted is None else self.highlighted + step

    def action_choose(self) -> None:
        if (row_id := self.current_id) is not None:
            self.walked = True
            self.post_message(self.Chosen(row_id))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = offset.y + self.scroll_offset.y
        if 0 <= index < len(self._rows):
            self.highlighted = index
            self.action_choose()

    def on_focus(self) -> None:
        """The highlighted row is said again on arriving (the detail follows it: it showed what
        was under the reader's cursor until a key moved the highlight)."""
        self.walked = False
        if self.highlighted is None and self._rows:
            self.highlighted = 0
        else:
            self.post_message(self.Highlighted(self.current_id))

    def on_resize(self) -> None:
        self._size_to_rows()

    def _size_to_rows(self) -> None:
        """As many lines to scroll as rows, no width to scroll (set only when it changes:
        setting it draws every line again). A list whose height the screen gives (a pane's
        share) takes it without laying the whole screen out again: that layout was most of an
        undo's cost (a row fewer in a pane, nothing else moved). Its scroll bars follow, as a
        layout would set them (showing or hiding one lays the screen out)."""
        size = Size(0, len(self._rows))
        if size == self.virtual_size:
            return
        height = self.styles.height
        if height is None or height.is_auto or not self.container_size:
            self.virtual_size = size  # its height follows its rows, or it is not laid out yet
            return
        self.set_reactive(ScrollView.virtual_size, size)
        self._scroll_update(size)
        self._scrollbars_for = (self.outer_size, size)  # done: the next layout need not draw them again

    # --- drawing -------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        index = y + self.scroll_offset.y
        width = self.scrollable_content_region.width
        if not 0 <= index < len(self._rows):
            return Strip.blank(width, self.rich_style)
        row_id, text = self._rows[index]
        highlighted = index == self.highlighted
        key = (row_id, width, highlighted, highlighted and self.has_focus)
        drawn = self._lines.get(key)
        if drawn is None or drawn[0] != text:
            drawn = self._lines[key] = (text, self._draw(text, width, highlighted))
        return drawn[1]

    def _draw(self, text: Text, width: int, highlighted: bool) -> Strip:
        style: Style = self.rich_style
        if highlighted:
            part = "row-list--highlight" if self.has_focus else "row-list--highlight-blurred"
            style += self.get_component_rich_style(part)
        console = self.app.console
        options = console.options.update(width=width, no_wrap=True, overflow="ellipsis", height=1)
        return Strip(console.render_lines(text, options, style=style, pad=True)[0], width)

    def notify_style_update(self) -> None:
        self._lines.clear()
        super().notify_style_update()
