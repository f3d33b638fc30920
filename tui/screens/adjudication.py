"""The adjudication screen (J): the analysts' annotations of one article side by side, one row per
unit (a kind over a span), agreed ones marked; `a` takes every agreed unit into the curated layer,
1-9 take the highlighted unit as that analyst tagged it. The rules are the core's
(`annotations.team.adjudication`); this screen shows them and passes the keys on."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Static

from annotations.errors import ConflictError, FieldmarkError
from annotations.model import Annotation
from annotations.store import Entry, Store
from annotations.team.adjudication import Unit, analysts_of, said, take, take_agreed, units
from annotations.text.quotes import counted, shorten

from ..actions import ADJUDICATION, bindings
from ..widgets.key_hints import KeyHints
from ..widgets.message_line import MessageLine
from .heard_later import FollowsOthers, said_when_heard
from .own_steps import undo_own_step
from .unread import closes_when_unread

CELL = 26
"""Characters of a version in the table at most (the detail below says it whole)."""
WORDS = 30
"""Characters of a unit's words in the table at most."""


def cell_widths(width: int, versions: int) -> tuple[int, int]:
    """The words' and each version's characters for a table `width` columns wide with `versions`
    columns of versions (the analysts' and the curated one), all fitting when they can at ten
    characters or more: a newcomer's second analyst was cut off at 120 columns ("other · certain
    ·"), another's at 80. A column takes two more for its padding; the mark and kind take 15."""
    room = width - 15 - 2 * (versions + 1) - 2  # less the scroll bar
    each = max(10, room // (versions + 1))
    words = max(10, min(WORDS, room - versions * min(CELL, each)))
    return words, max(10, min(CELL, (room - words) // max(versions, 1)))


class AdjudicationScreen(FollowsOthers, Screen[None]):
    """One article's units with each analyst's version; dismissed with None."""

    BINDINGS: ClassVar[list[BindingType]] = bindings(ADJUDICATION)
    DEFAULT_CSS = """
    AdjudicationScreen { layout: vertical; }
    AdjudicationScreen #units { height: 1fr; }
    AdjudicationScreen #unit-detail { height: auto; max-height: 8; border-top: solid $primary; padding: 0 1; }
    """

    def __init__(self, store: Store, article_id: str) -> None:
        super().__init__()
        self.store = store
        self.article = store.article(article_id)
        self.analysts: list[str] = analysts_of(store.annotations(article_id))
        self.units: list[Unit] = []
        self._widths = (WORDS, CELL)
        self._made: list[int] = []
        """The steps taken here, which its u undoes."""

    def compose(self) -> ComposeResult:
        yield Static(Text("Adjudication", style="bold"), id="adjudication-title", markup=False)
        yield DataTable(id="units", cursor_type="row")
        yield Static(Text(""), id="unit-detail", markup=False)
        yield MessageLine(id="adjudication-message")
        yield KeyHints()

    @closes_when_unread
    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        self._fill()
        table.focus()
        if len(self.analysts) < 2:
            self._say(f"Annotated by {counted(len(self.analysts), 'analyst')}: adjudicating needs two.")

    def _fill(self) -> None:
        table = self.query_one(DataTable)
        row = table.cursor_row
        table.clear(columns=True)  # their widths are those of the cells they held
        table.add_columns(
            "", "kind", "words", *(Text(f"{n} {shorten(a, 14)}") for n, a in enumerate(self.analysts[:9], 1))
        )
        table.add_column("curated")
        words, cell = self._widths = cell_widths(self.size.width or self.app.size.width, len(self.analysts[:9]) + 1)
        self.units = units(self.store.annotations(self.article.id), self.analysts)
        for unit in self.units:
            same = unit.agreed(self.analysts)
            mark = Text("✓", style="green") if unit.curated else Text("=" if same else "≠", style="bold")
            cells = [mark, Text(unit.kind), Text(shorten(unit.quote, words, strip_quotes=True), no_wrap=True)]
            versions = [*(unit.versions.get(a) for a in self.analysts[:9]), unit.curated]
            cells += [Text(shorten(self._version_text(v), cell), no_wrap=True) for v in versions]
            table.add_row(*cells)
        if self.units:
            table.move_cursor(row=min(row, len(self.units) - 1))
        agreed = sum(1 for u in self.units if u.agreed(self.analysts))
        curated = sum(1 for u in self.units if u.curated)
        title = f"Adjudication · {shorten(self.article.title, 50)} · {counted(len(self.units), 'unit')} · "
        title += f"{agreed} agreed · {len(self.units) - agreed} differ · {curated} curated"
        self.query_one("#adjudication-title", Static).update(Text(title, style="bold"))
        self._show_detail()

    def on_resize(self) -> None:
        if self.units and self._widths != cell_widths(self.size.width, len(self.analysts[:9]) + 1):
            self._fill()  # the columns follow the terminal's width

    def _version_text(self, version: Annotation | None) -> str:
        """What a version says, whole (the detail below the table shows it so; a cell cuts it)."""
        return said(version, self.store)

    @property
    def current(self) -> Unit | None:
        table = self.query_one(DataTable)
        return self.units[table.cursor_row] if self.units and 0 <= table.cursor_row < len(self.units) else None

    @on(DataTable.RowHighlighted)
    def _show_detail(self) -> None:
        unit = self.current
        detail = self.query_one("#unit-detail", Static)
        if unit is None:
            detail.update(Text("No annotations by analysts in this article.", style="dim"))
            return
        text = Text(f"{unit.kind} “{shorten(unit.quote, 200, strip_quotes=True)}”\n")
        for n, analyst in enumerate(self.analysts[:9], start=1):
            text.append(f"{n} {analyst}: {self._version_text(unit.versions.get(analyst))}\n", style="dim")
        text.append(f"curated: {self._version_text(unit.curated)}", style="dim")
        detail.update(text)

    def others_changed(self, articles: frozenset[str] | None) -> None:
        """Another analyst saved in these articles (None: any may have changed): if in this one,
        the versions are read again, so what is taken is what is shown."""
        if articles is None or self.article.id in articles:
            self._fill()
            self._say(said_when_heard(articles))

    # --- keys -----------------------------------------------------------------------------

    def action_close(self) -> None:
        self.dismiss(None)

    def action_take_agreed(self) -> None:
        self._do(
            lambda: take_agreed(self.store, self.article, self.units, self.analysts), "Nothing agreed left to take."
        )

    def action_take(self, column: int) -> None:
        unit = self.current
        if unit is None or column > len(self.analysts):
            return
        analyst = self.analysts[column - 1]
        version = unit.versions.get(analyst)
        if version is None:
            self._say(f"{analyst} did not tag this.")
            return
        self._do(lambda: take(self.store, self.article, unit, version), "")

    def action_next_disagreement(self) -> None:
        table = self.query_one(DataTable)
        for offset in range(1, len(self.units) + 1):
            index = (table.cursor_row + offset) % len(self.units)
            unit = self.units[index]
            if unit.curated is None and not unit.agreed(self.analysts):
                table.move_cursor(row=index)
                return
        self._say("No disagreement left without a curated version.")

    def action_move(self, delta: int) -> None:
        table = self.query_one(DataTable)
        if table.row_count:
            table.move_cursor(row=max(0, min(table.row_count - 1, table.cursor_row + delta)))

    def action_go(self) -> None:
        self.dismiss(None)

    def action_undo(self) -> None:
        if undo_own_step(self.store, self._made, self._say, "Nothing taken here to undo."):
            self._fill()

    def _do(self, step: Callable[[], Entry | None], nothing: str) -> None:
        try:
            entry = step()
        except ConflictError as error:  # an analyst changed what was shown: show theirs now
            self.notify(str(error), title="Not taken", severity="warning", timeout=8, markup=False)
            self._fill()
            return
        except FieldmarkError as error:
            self.notify(str(error), severity="error", markup=False)
            return
        if entry is None:
            self._say(nothing)
            return
        self._made.append(entry.seq)
        self._say(f"{entry.label} (u undoes it)")
        self._fill()

    def _say(self, message: str) -> None:
        self.query_one("#adjudication-message", MessageLine).say(message)
