"""One row of the entities list as drawn: its cells, fitted to the terminal's width (names and
aliases cut with "…", never by the screen's edge). Kept apart from the screen, which only asks."""

from __future__ import annotations

from rich.text import Text

from annotations.entities.usage import EntityRow
from annotations.text.quotes import shorten

from ..presenters import humanise

WIDE = 110
"""Columns from which an actor's type is shown whole ("government officials")."""
TYPE_ROOM, NARROW_TYPE_ROOM = 22, 12
"""Characters of the type column, in a wide terminal and a narrower one ("government…")."""
OTHER_COLUMNS = 67
"""The width the columns but the name and the aliases take, with their gaps and the scroll bar."""
BEFORE_THE_ALIASES = 58
"""The columns before the aliases but the name, with their gaps, and the scroll bar after them: the
aliases cut by the screen's edge read as other names ("Also: Burkina Faso" for "Burkina Faso's
military government, junta")."""


def counted(row: EntityRow) -> tuple[int, int, int]:
    """The row's mentions, articles and claims, as its three count columns show them."""
    return (row.mentions, row.articles, row.claims)


def row_cells(row: EntityRow, width: int, marked: bool, number: str | None) -> tuple[Text, ...]:
    """The cells of `row` in a terminal `width` columns wide: the mark, name, kind, type, its
    counts (or `number` in their place while they are not counted: "…", "?") and aliases."""
    kinds = TYPE_ROOM if width >= WIDE else NARROW_TYPE_ROOM  # at 80 columns names had 16, types 22
    saved = TYPE_ROOM - kinds
    room = max(16, min(40, width - OTHER_COLUMNS + saved))  # 90 columns showed no Clm nor Also
    also = max(4, min(40, width - room - BEFORE_THE_ALIASES + saved))  # cut with "…", not by the edge
    return (
        Text("●" if marked else " ", style="bold"),
        name_cell(row, room),
        Text(row.entity.kind, style="dim"),
        Text(shorten(humanise(row.type), kinds), no_wrap=True),
        *(Text(number if number is not None else str(n), justify="right") for n in counted(row)),
        Text(shorten(", ".join(row.entity.details.aliases), also), style="dim italic", no_wrap=True),
    )


def name_cell(row: EntityRow, room: int = 40) -> Text:
    """The entity's name in `room` columns; a generic actor's with the article it is in
    ("residents · Clashes in…")."""
    if not row.home:
        return Text(shorten(row.entity.name, room), no_wrap=True)
    cell = Text(shorten(row.entity.name, min(24, room - 10)), no_wrap=True)
    cell.append(f" · {shorten(row.home, max(6, room - 3 - len(cell)))}", style="dim")
    return cell
