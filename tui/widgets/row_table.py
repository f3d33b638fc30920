"""A table of rows the analyst walks by keyboard: Home and End go to its first and last rows
(Textual's own scrolled it to its left and right edges, cutting the first letters of every row).
The entities list and the claims board bind their keys to it."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import DataTable


class RowTable(DataTable[Text]):
    """A `DataTable` whose `row` action goes to a row by its index, the last being -1."""

    def action_row(self, row: int) -> None:
        """The first (0) or the last (-1) row."""
        if self.row_count:
            self.move_cursor(row=row % self.row_count)
