"""The claims board's rows as drawn: an event's cells and each claim's in the columns they share,
the claim's words fitted to the terminal (cut with "…", never by the screen's edge). Kept apart
from the board, which only asks."""

from __future__ import annotations

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


OTHER_COLUMNS = 104
"""Cells the columns before the words take at most, with their gaps (a claimant of 26, a cue,
"uncommitted", a status "government held")."""
NARROW_NAMES = 18
"""The cells of a place or claimant on a screen narrower than `WIDE`."""
WIDE = 150
TITLED = 60
"""The least room for the words beside which the article's title is shown (the detail shows it; at 150
columns the title left the words 25 cells: helper-258)."""


def fitted(width: int) -> tuple[int, int]:
    """The cells of a place or claimant and the room left for the words on a screen `width` wide:
    at 120 columns the words had ten cells, beside the title (a newcomer); names are cut sooner
    there, and the title left to the detail below, so the words have two dozen."""
    names = 26 if width >= WIDE else NARROW_NAMES
    return names, max(20, width - OTHER_COLUMNS + 26 - names)


def claim_cells(
    event: Event, claim: BoardClaim, marked: bool, divided: bool, room: int = 80, names: int = 26
) -> list[Text]:
    """A claim's row; `divided`: its event has contradictions (✗ on the claims in them); `room`: the
    cells its article and words may take (cut with "…" there, not by the screen's edge), `names`
    the claimant's (`fitted`)."""
    flag = "●" if marked else ("✗" if divided and event.contradicted(claim) else " ")
    facts = claim.facts
    when = claim.when.day.isoformat() if claim.when else "—"
    title = f"{shorten(claim.article_title, min(24, room // 3))} · " if room >= TITLED else ""
    words = f"{title}“{shorten(claim.quote, max(8, room - len(title) - 2), strip_quotes=True)}”"
    return [
        Text(flag, style="bold"),
        Text(when),
        Text(shorten(claim.claimant or "?", names), no_wrap=True),
        Text(facts.cue or "—"),
        Text(facts.certainty),
        Text(claim.statuses.get(event.place_id, "unknown").replace("_", " ")),
        Text(facts.grade),
        Text(words, no_wrap=True),
    ]
