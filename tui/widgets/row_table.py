"""A table of rows the analyst walks by keyboard: Home and End go to its first and last rows
(Textual's own scrolled it to its left and right edges, cutting the first letters of every row),
and the highlighted row stays in view when the table is made shorter. The entities list and the
claims board bind their keys to it."""

from __future__ import annotations

from rich.text import Text
from textual import events
from textual.widgets import DataTable


class RowTable(DataTable[Text]):
    """A `DataTable` whose `row` action goes to a row by its index, the last being -1."""

    def action_row(self, row: int) -> None:
        """The first (0) or the last (-1) row."""
        if self.row_count:
            self.move_cursor(row=row % self.row_count)

    def _on_resize(self, event: events.Resize) -> None:
        """Scrolled again to the highlighted row once laid out at the new height: the line under
        the claims board says the highlighted claim, and a long one took the list's last lines
        after End had scrolled to the last row (a newcomer's: the row was left under the edge)."""
        super()._on_resize(event)
        if self.row_count:
            self.call_after_refresh(self._scroll_cursor_into_view)
