"""The claims board's rows as drawn: an event's cells and each claim's in the columns they share,
the claim's words fitted to the terminal (cut with "…", never by the screen's edge). Kept apart
from the board, which only asks."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text

from annotations.claims.board import BoardClaim, Event
from annotations.text.quotes import counted, shorten

COLUMNS = (
    ("", ""),
    ("date", ""),
    ("place", "claimant"),
    ("type", "cue"),
    ("claims", "certainty"),
    ("sources", "status"),
    ("", "grade"),
    ("", "article · words"),
)
"""Each column's label in an event's row (bold, above) and in a claim's: the rows of the two
say different things in one column (a newcomer read an event's place under "claimant")."""


def event_cells(event: Event, names: int = 26) -> list[Text]:
    """An event's row, in the claims' columns: its first day, place (cut at `names` cells), type,
    how many claims from how many sources, and whether they contradict."""
    first, last = event.first, event.last
    span = f"to {last.isoformat()}" if first and last and last != first else ""
    sources = event.independent_sources
    contradicted = bool(event.contradictions())
    bold = "bold red" if contradicted else "bold"
    loose = not event.place_id  # claims about no tagged place: no event, so no day (a newcomer read
    # its one dated claim's day as the four claims')
    day = "" if loose else first.isoformat() if first else "no date"
    return [
        Text("✗" if contradicted else "▸", style=bold),
        Text(day, style="bold"),
        Text(shorten(event.place, names), style="bold", no_wrap=True),
        Text(event.claim_type.replace("_", " "), style="bold"),
        Text(counted(len(event.claims), "claim"), style="bold"),
        Text(counted(sources, "source"), style="bold"),
        Text(""),
        Text(" ".join(x for x in (span, "contradicted" if contradicted else "") if x), style=bold),
    ]


NARROW_NAMES = 18
"""The cells of a place or claimant on a screen narrower than `WIDE`."""
WIDE = 150
TITLED = 60
"""The least room for the words beside which the article's title is shown (the detail shows it; at 150
columns the title left the words 25 cells: helper-258)."""


def fitted(width: int) -> int:
    """The cells of a place or claimant on a screen `width` wide: names are cut sooner below `WIDE`, and the title
    left to the detail below, so the words have more (`room_for_the_words`)."""
    return 26 if width >= WIDE else NARROW_NAMES


def claim_cells(
    event: Event, claim: BoardClaim, marked: bool, divided: bool, room: int = 80, names: int = 26
) -> list[Text]:
    """A claim's row; `divided`: its event has contradictions (✗ on the claims in them); `room`: the
    cells its article and words may take (cut with "…" there, not by the screen's edge), `names`
    the claimant's (`fitted`)."""
    return [*claim_fields(event, claim, marked, divided, names), claim_words(claim, room)]


def claim_fields(event: Event, claim: BoardClaim, marked: bool, divided: bool, names: int = 26) -> list[Text]:
    """A claim's cells before its words (`claim_cells`): they size the columns the words share the screen with."""
    flag = "●" if marked else ("✗" if divided and event.contradicted(claim) else " ")
    facts = claim.facts
    when = claim.when.day.isoformat() if claim.when else "—"
    return [
        Text(flag, style="bold"),
        Text(when),
        Text(shorten(claim.claimant or "?", names), no_wrap=True),
        Text(facts.cue or "—"),
        Text(facts.certainty),
        Text(claim.statuses.get(event.place_id, "unknown").replace("_", " ")),
        Text(facts.grade),
    ]


def claim_words(claim: BoardClaim, room: int) -> Text:
    """A claim's article (where there is room) and words, cut with "…" to `room` cells."""
    title = f"{shorten(claim.article_title, min(24, room // 3))} · " if room >= TITLED else ""
    return Text(f"{title}“{shorten(claim.quote, max(8, room - len(title) - 2), strip_quotes=True)}”", no_wrap=True)


def room_for_the_words(rows: Sequence[Sequence[Text]], width: int, least: int) -> int:
    """The cells the words may take on a screen `width` wide, beside the other columns as wide as the rows shown make
    them (`rows`: each row's cells before its words; the table sizes a column to its widest cell): at 120 columns, the
    words stopped at 22 cells beside 40 empty ones (helper-363), sized for the widest cue, certainty and status there
    could be. Never less than `least`."""
    widths = [max(len(above), len(below)) for above, below in COLUMNS[:-1]]
    for cells in rows:
        for column, cell in enumerate(cells[: len(widths)]):
            widths[column] = max(widths[column], cell.cell_len)
    padding = 2 * len(COLUMNS) + 2  # each cell's one space either side, and the scroll bar
    return max(least, width - sum(widths) - padding)
