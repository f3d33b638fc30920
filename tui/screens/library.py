"""The library: every article with its status and counts; type to filter, Enter to open."""

from __future__ import annotations

import asyncio
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Input, Static

from annotations.store import ArticleSummary, Store
from annotations.text.normalize import unaccented_casefold
from annotations.text.quotes import counted, shorten

from ..actions import LIBRARY, bindings
from ..widgets.joiners import TextInput
from ..widgets.key_hints import KeyHints

FIRST_BATCH = 200
"""Rows shown at once when the library opens; the rest follow in batches of LATER_BATCH."""
LATER_BATCH = 400
STATUS_STYLE = {"todo": "dim", "in_progress": "yellow", "done": "green"}


OTHER_COLUMNS = 68
"""The width the columns but the title take, with their gaps and the table's scroll bar: "#",
status, date, the three counts, the id."""
WHO_COLUMN = 26
MIN_TITLE = 16


def _date_cell(published: str | None) -> Text:
    """An article's date, or "no date" marked: its claims give no event row until it has one (a
    newcomer could not see which articles would drop out of the events table)."""
    return Text(published[:10], style="dim") if published else Text("no date", style="yellow")


class LibraryScreen(Screen[str | None]):
    """Pick an article; returns its id, or None when closed."""

    BINDINGS: ClassVar[list[BindingType]] = bindings(LIBRARY)

    def __init__(self, store: Store, current: str | None) -> None:
        super().__init__()
        self.store = store
        self.current = current
        self.rows: list[ArticleSummary] = store.articles()
        self.who = who_is_on(store)
        """On a team's database: who each article is given to, and who worked on it last."""
        self._generation = 0
        self._room: int | None = None
        """How long the titles shown are (`_title_room` at the last fill)."""
        self.shown = asyncio.Event()
        """Set once the first rows are on screen (benchmarks time the opening to it)."""

    def compose(self) -> ComposeResult:
        yield Static(
            Text(f"Library · {counted(len(self.rows), 'article')}", style="bold"), id="library-title", markup=False
        )
        yield TextInput(placeholder="type to filter by title, source (file, address) or id", id="filter")
        yield DataTable(id="articles", cursor_type="row", zebra_stripes=True)
        yield KeyHints()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column("#", key="n")
        table.add_column("Title", key="title")
        table.add_column("Status", key="status")
        table.add_column("Date", key="date")
        if self.who:  # before the counts: at 120 columns a last column was off the screen
            table.add_column("Who", key="who")
        table.add_column("Dist", key="districts")
        table.add_column("Act", key="actors")
        table.add_column("Clm", key="claims")
        table.add_column("Id", key="id")
        self._fill("")
        self.query_one("#filter", Input).focus()
        self.call_after_refresh(self.shown.set)

    def _fill(self, query: str) -> None:
        """Show the articles matching `query`: the first screenfuls at once, the rest in batches
        between frames, so opening a 5,000-article library never waits for all of them."""
        table = self.query_one(DataTable)
        table.clear()
        self._room = self._title_room()  # every batch cut alike, though the screen changes meanwhile
        self._generation += 1
        needle = unaccented_casefold(query).strip()
        rows = [(position, row) for position, row in enumerate(self.rows, start=1) if _matches(row, needle)]
        current = next((i for i, (_, row) in enumerate(rows) if row.id == self.current), None)
        first = max(FIRST_BATCH, (current or 0) + FIRST_BATCH // 2)
        self._add_rows(rows[:first])
        if current is not None:
            table.move_cursor(row=current)
        if len(rows) > first:
            self._add_later(rows[first:], self._generation)
        title = f"Library · {counted(len(self.rows), 'article')}" + (f" · {len(rows)} shown" if needle else "")
        self.query_one("#library-title", Static).update(Text(title, style="bold"))

    def _add_later(self, rows: list[tuple[int, ArticleSummary]], generation: int) -> None:
        def add_batch() -> None:
            if generation != self._generation:
                return  # the filter changed meanwhile
            self._add_rows(rows[:LATER_BATCH])
            if len(rows) > LATER_BATCH:
                self._add_later(rows[LATER_BATCH:], generation)

        self.set_timer(0.01, add_batch)

    def _add_rows(self, rows: list[tuple[int, ArticleSummary]]) -> None:
        table = self.query_one(DataTable)
        for position, row in rows:
            table.add_row(
                Text(str(position), style="dim"),
                Text(shorten(row.title, self._room or MIN_TITLE) or "(untitled)", no_wrap=True, overflow="ellipsis"),
                Text(row.status.replace("_", " "), style=STATUS_STYLE.get(row.status, "")),
                _date_cell(row.published),
                *([Text(shorten(self.who.get(row.id, ""), 24), style="dim", no_wrap=True)] if self.who else []),
                Text(str(row.count("district")), justify="right"),
                Text(str(row.count("actor")), justify="right"),
                Text(str(row.count("claim")), justify="right"),
                Text(row.id, style="dim"),
                key=row.id,
            )

    def on_resize(self) -> None:
        if self._room is not None and self._title_room() != self._room:  # the titles cut again to the new width
            self._fill(self.query_one("#filter", Input).value)

    def _title_room(self) -> int:
        """How long a title may be with every other column in sight: at 90 columns a newcomer saw
        no counts of actors and claims and no ids, titles of 80 characters taking their room."""
        others = OTHER_COLUMNS + (WHO_COLUMN if self.who else 0)
        return max(MIN_TITLE, min(56 if self.who else 80, self.app.size.width - others))

    @on(Input.Changed, "#filter")
    def _filter(self, event: Input.Changed) -> None:
        self._fill(event.value)

    def action_move(self, delta: int) -> None:
        table = self.query_one(DataTable)
        if table.row_count:
            table.move_cursor(row=max(0, min(table.row_count - 1, table.cursor_row + delta)))

    def action_open(self) -> None:
        table = self.query_one(DataTable)
        if not table.row_count:
            self.app.bell()
            return
        row_key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        self.dismiss(row_key.value)

    @on(DataTable.RowSelected)
    def _row_selected(self, event: DataTable.RowSelected) -> None:
        self.dismiss(event.row_key.value)

    def action_close(self) -> None:
        self.dismiss(None)


def who_is_on(store: Store) -> dict[str, str]:
    """Article id -> "ana✓ bo · last: cy" (given to ana, done, and to bo; cy's last step was
    there); empty where no one is given anything and no one else works (a one-analyst folder)."""
    given: dict[str, list[str]] = {}
    for assignment in store.assignments():
        given.setdefault(assignment.article_id, []).append(assignment.analyst + ("✓" if assignment.done else ""))
    working: dict[str, list[str]] = {}
    for step in store.activity():
        if step.article_id:
            working.setdefault(step.article_id, []).append(step.analyst)
    if not given and len({a for names in working.values() for a in names}) < 2:
        return {}
    return {
        article_id: " ".join(given.get(article_id, []))
        + (f" · last: {', '.join(working[article_id])}" if article_id in working else "")
        for article_id in given.keys() | working.keys()
    }


def _matches(row: ArticleSummary, needle: str) -> bool:
    """Whether the filter typed (folded) is in the title or the source, or begins the id: accents
    folded too ("zvec" finds "Zvečan", as the claims board does)."""
    if not needle:
        return True
    folded = (unaccented_casefold(row.title), unaccented_casefold(row.source))
    return any(needle in words for words in folded) or row.id.startswith(needle)
