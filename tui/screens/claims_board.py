"""The claims board: the claims of the whole corpus grouped into events (one place, one claim
type, dates within a week), contradictions marked, independent sources counted.

Type to filter (place, type, date, claimant, actor, words); Tab to the list. Enter goes to a claim in
its article; space marks a claim, then C links the highlighted claim to it as corroborating, X as
contradicting; L takes the link the board suggests (a claim of another side of the event
contradicts, one of the same side from another source corroborates); u undoes. The grouping is
`annotations.claims.board`'s; this screen only shows and asks.
"""

from __future__ import annotations

import asyncio
import threading
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.screen import Screen
from textual.widgets import DataTable, Input, Static

from annotations.claims.board import BoardClaim, ClaimsReading, Event, events
from annotations.claims.sources import same_source
from annotations.claims.timeline import GLYPHS, chart, timeline, timeline_line
from annotations.entities.matching import fold
from annotations.errors import ConnectionLostError, FieldmarkError
from annotations.forms.links import claim_label, link_claims
from annotations.model import LINK_TYPES, ClaimLink
from annotations.store import Store
from annotations.text.quotes import counted, shorten

from ..actions import BOARD, BOARD_LIST, bindings
from ..widgets.joiners import TextInput
from ..widgets.key_hints import KeyHints
from ..widgets.message_line import MessageLine
from ..widgets.row_table import RowTable
from .board_cells import COLUMNS, claim_fields, claim_words, event_cells, fitted, room_for_the_words
from .heard_later import FollowsOthers, HeardLater, said_when_heard
from .own_steps import redo_own_step, undo_own_step

SIDE_NAMES = {
    "attackers": "the attackers hold it",
    "government": "the government holds it",
    "denied": "denied",
}


class BoardTable(RowTable):
    """The board's list, with the keys of `BOARD_LIST`."""

    BINDINGS: ClassVar[list[BindingType]] = bindings(BOARD_LIST)


NOT_READ = "the server cannot be reached, and they were not read before"


class ClaimsBoard(FollowsOthers, Screen[tuple[str, int, str] | None]):
    """Every claim of the corpus by event; dismissed with (article id, offset) to go to one."""

    BINDINGS: ClassVar[list[BindingType]] = bindings(BOARD)
    PALETTE: ClassVar[tuple[str, tuple[str, ...]]] = (
        "Claims board",
        tuple(f"board.{n}" for n in ("mark", "corroborates", "contradicts", "suggested", "undo", "redo")),
    )
    """What the command palette offers while the screen is open (`actions.palette_actions`)."""
    DEFAULT_CSS = """
    ClaimsBoard { layout: vertical; }
    ClaimsBoard #board { height: 1fr; }
    ClaimsBoard #claim-detail { height: auto; max-height: 50%; border-top: solid $primary; padding: 0 1; }
    """

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.events: list[Event] = []
        self.rows: dict[str, tuple[Event, BoardClaim | None]] = {}
        self.marked: BoardClaim | None = None
        self.unplaced: list[BoardClaim] = []
        """Claims about no tagged place: they belong to no event, and are listed last under one
        row of their own (a newcomer could not see them: tag the place inside one to file it)."""
        self.loaded = asyncio.Event()
        """Set when the claims read last are shown (tests and benchmarks wait on it)."""
        self._generation = 0
        self._failed: str | None = None
        """Why the claims were not read (the server away before they were), shown as the title."""
        self._linked: list[int] = []
        """The steps made on the board (links), which its u undoes, latest last."""
        self._undone: list[int] = []
        """The links the board's `u` undid: what its ctrl+r redoes."""
        self._heard = HeardLater(self, self._read_heard)
        self._heard_said: str | None = None
        """What to say once the claims read again for others' changes are shown."""

    def compose(self) -> ComposeResult:
        yield Static(Text("Claims board", style="bold"), id="board-title", markup=False)
        yield TextInput(placeholder="filter by place, type, date, actor or words; Tab to the list", id="board-filter")
        yield BoardTable(id="board", cursor_type="row", header_height=2)
        yield Static(Text(""), id="claim-detail", markup=False)
        yield MessageLine(id="board-message")
        yield KeyHints()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for event_label, claim_label in COLUMNS:
            table.add_column(Text.assemble((event_label, "bold"), "\n", claim_label))
        self.query_one("#board-title", Static).update(
            Text("Claims board · reading the claims of the corpus…", style="bold")
        )
        self.query_one("#board-filter", Input).focus()
        self.call_after_refresh(self.reload)  # the board's first frame, then the reading (one at a time)

    def reload(self) -> None:
        """Read every claim again and group them (after a link, an undo, or on opening), on
        another thread: from the claims index, and from a snapshot of what is saved for the
        articles changed since it was written (deriving 10,000 claims anew takes a second; the
        board stays usable meanwhile)."""
        self._generation += 1
        generation = self._generation
        self.loaded.clear()
        reading, app, store = ClaimsReading.of(self.store), self.app, self.store

        def work() -> None:
            failed = None
            try:
                claims = reading.run()
                found = events(claims)
                unplaced = [c for c in claims if not c.places]
            except FieldmarkError as error:  # a newcomer's board said "0 events · 0 claims", then libpq's error
                away = isinstance(error, ConnectionLostError) or store.server_away()
                found, unplaced, failed = [], [], NOT_READ if away else str(error)
            app.call_from_thread(self._loaded, generation, found, unplaced, failed)

        threading.Thread(target=work, name="claims-board", daemon=True).start()

    def _loaded(self, generation: int, found: list[Event], unplaced: list[BoardClaim], failed: str | None) -> None:
        if generation != self._generation or not self.is_attached:
            return
        self.events, self.unplaced, self._failed = found, unplaced, failed
        if self.marked is not None:  # the claim marked, as read again (others' changes read while it was)
            marked = (self.marked.article_id, self.marked.claim_id)
            every = [*(c for e in found for c in e.claims), *unplaced]
            self.marked = next((c for c in every if (c.article_id, c.claim_id) == marked), None)
        self._fill()
        if self._heard_said is not None:
            self._say(self._heard_said)
            self._heard_said = None
        self.loaded.set()

    def _fill(self) -> None:
        table = self.query_one(DataTable)
        current = self.current_key
        table.clear()
        self.rows.clear()
        needle = fold(self.query_one("#board-filter", Input).value)
        matching = [e for e in self.events if not needle or _matches(e, needle)]
        loose = [c for c in self.unplaced if not needle or _claim_matches(c, needle)]
        shown = _within(matching, MAX_ROWS)
        if loose:
            shown = [*shown, Event("", NO_PLACE, "", loose)]  # last, under a row of their own
        names = fitted(self.app.size.width)
        drawn: list[tuple[str, Event, BoardClaim | None, list[Text]]] = []
        for index, event in enumerate(shown):
            drawn.append((f"event:{index}", event, None, event_cells(event, names)))
            divided = bool(event.contradictions())
            for claim in event.claims:
                key = f"claim:{index}:{claim.article_id}:{claim.claim_id}"
                drawn.append((key, event, claim, claim_fields(event, claim, claim is self.marked, divided, names)))
        room = room_for_the_words([cells for *_, cells in drawn], self.app.size.width, 10)  # the words end inside the
        # screen, with "…"
        for key, event, said, cells in drawn:
            self.rows[key] = (event, said)
            table.add_row(*(cells if said is None else [*cells, claim_words(said, room)]), key=key)
        keys = list(self.rows)
        if current in keys:
            table.move_cursor(row=keys.index(current))
        contradicted = sum(1 for e in matching if e.contradictions())
        claims = len({id(c) for e in matching for c in e.claims})  # a claim about two places is in two events
        title = f"Claims board · {counted(len(matching), 'event')} · {counted(claims + len(loose), 'claim')}"
        if loose:  # of the claims listed: "1 claim · 1 claim about no tagged place" read as one of two (helper-260)
            title += f", {len(loose)} about no tagged place, listed last"
        if len(shown) < len(matching):
            title += f" · the {len(shown)} most recent events shown: type to filter"
        title += f" · {contradicted} contradicted" if contradicted else ""
        if self._failed is not None:
            title = f"Claims board · the claims were not read: {self._failed}"
        self.query_one("#board-title", Static).update(Text(title, style="bold"))
        self._show_detail()

    @property
    def current_key(self) -> str | None:
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        row_key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        return str(row_key.value)

    @property
    def current(self) -> tuple[Event, BoardClaim | None] | None:
        key = self.current_key
        return self.rows.get(key) if key else None

    @on(DataTable.RowHighlighted)
    def _highlighted(self) -> None:
        self._show_detail()

    @on(Input.Changed, "#board-filter")
    def _filter(self) -> None:
        self._fill()

    def _show_detail(self) -> None:
        detail = self.query_one("#claim-detail", Static)
        current = self.current
        if current is None:
            empty = "No claim matches." if self.events else "No claims about tagged places yet."
            failed = f"Not shown: {self._failed}." if self._failed is not None else None
            detail.update(Text(failed or empty, style="dim"))
            return
        event, claim = current
        if claim is None and not event.place_id:
            detail.update(Text(f"{NO_PLACE}: a place tagged inside one files it under an event.", style="dim"))
            return
        if claim is None:
            sides = "; ".join(f"{counted(len(c), 'claim')}: {SIDE_NAMES.get(s, s)}" for s, c in event.sides().items())
            every = [c for e in self.events if e.place_id == event.place_id for c in e.claims]
            moments = timeline(every, event.place_id)
            text = Text(f"{event.place}: {sides or 'no side taken'}\n{timeline_line(moments)}", style="dim")
            drawn = chart(moments, width=max(20, self.size.width - 30))
            if drawn is not None:
                bar, legend = drawn.lines()
                text.append("\n")
                text.append_text(_styled_bar(bar))
                text.append(f"\n{legend}", style="dim")
            detail.update(text)
            return
        text = Text()
        text.append(f"“{shorten(claim.quote, WHOLE, strip_quotes=True)}”\n")
        if claim.when is not None:
            text.append(f"when {claim.when.describe()}  ", style="dim")
        text.append(f"from {claim.article_title}", style="dim")
        for link in claim.facts.links:
            text.append(f"\n{link.type} {claim_label(self.store, link.article_id, link.annotation_id)}")
        suggestion = suggested_link(event, claim)
        if suggestion is not None:
            kind, other = suggestion
            text.append(f"\nsuggested: {kind} “{shorten(other.quote, 60, strip_quotes=True)}” (L takes it)")
        detail.update(text)

    # --- keys -----------------------------------------------------------------------------

    def action_to_list(self) -> None:
        self.query_one(DataTable).focus()

    def action_to_filter(self) -> None:
        self.query_one("#board-filter", Input).focus()

    def others_changed(self, articles: frozenset[str] | None) -> None:
        """Another analyst's step on a team's server: the claims are read again (from the claims
        index, the articles changed derived anew) half a second later, with those heard meanwhile
        (the board showed the claims as they were when it opened)."""
        self._heard.heard(articles)

    def _read_heard(self, articles: frozenset[str] | None) -> None:
        self._heard_said = said_when_heard(articles)  # once they are shown (`_loaded`)
        self.reload()

    def action_close(self) -> None:
        self.dismiss(None)

    def action_go(self) -> None:
        current = self.current
        if current is None or current[1] is None:
            self.app.bell()
            return
        claim = current[1]
        self.dismiss((claim.article_id, claim.facts.start, claim.claim_id))

    def action_mark(self) -> None:
        current = self.current
        if current is None or current[1] is None:
            return
        self.marked = None if self.marked is current[1] else current[1]
        self._say("Marked: C or X on another claim links it to this one." if self.marked else "Unmarked.")
        self._fill()

    def action_link(self, kind: str) -> None:
        current = self.current
        if current is None or current[1] is None or self.marked is None or self.marked is current[1]:
            self._say("Mark a claim with space, then C or X on another links them.")
            return
        self._link(current[1], kind, self.marked)
        self.marked = None

    def action_take_suggestion(self) -> None:
        event, claim = self.current or (None, None)
        suggestion = suggested_link(event, claim) if event is not None and claim is not None else None
        if claim is None or suggestion is None:
            self._say("No link to suggest for this claim.")
            return
        self._link(claim, *suggestion)

    def _link(self, claim: BoardClaim, kind: str, other: BoardClaim) -> None:
        link_type = next(t for t in LINK_TYPES if t == kind)
        link = ClaimLink(link_type, other.article_id, other.claim_id)
        try:
            entry = link_claims(self.store, claim.article_id, claim.claim_id, link)
        except FieldmarkError as error:
            self.notify(str(error), severity="warning", markup=False)
            return
        if entry is None:
            self._say("They are linked so already.")
            return
        self._linked.append(entry.seq)
        self._undone.clear()  # a new step: what was undone here can no longer be redone
        self._say(f"{entry.label} (u undoes it)")
        self.reload()

    def action_undo(self) -> None:
        """Undo the last link made on the board (not the reader's steps: those are undone there)."""
        nothing = "No link made here to undo (the reader's own steps are undone there: Esc, then u)."
        if undo_own_step(self.store, self._linked, self._say, nothing, self._undone):
            self.reload()

    def action_redo(self) -> None:
        """Redo the last link the board's `u` undid."""
        if redo_own_step(self.store, self._undone, self._linked, self._say):
            self.reload()

    def _say(self, message: str) -> None:
        self.query_one("#board-message", MessageLine).say(message)


def suggested_link(event: Event, claim: BoardClaim) -> tuple[str, BoardClaim] | None:
    """The link the board proposes for a claim: contradicts a claim of another side of its event,
    else corroborates one of its own side from another source; none when linked already."""
    linked = {link.annotation_id for link in claim.facts.links}  # either way round: a link holds both ways
    linked |= {c.claim_id for c in event.claims if any(k.annotation_id == claim.claim_id for k in c.facts.links)}
    sides = event.sides()
    mine = event.side_of(claim)
    if mine is None:
        return None
    for side, members in sides.items():
        for other in members:
            if other is claim or other.claim_id in linked or same_source(other, claim):
                continue  # a source is not set against itself
            if side != mine and not event.told_in_turn(claim, other):  # a capture, then its retaking: both true
                return "contradicts", other
    for other in sides[mine]:
        if other is not claim and not same_source(other, claim) and other.claim_id not in linked:
            return "corroborates", other
    return None


WHOLE = 3_000
"""Characters of a claim the line under the list says (it said 300: a long claim was cut)."""
MAX_ROWS = 150
"""Rows drawn at once (five screens): a table of 10,000 claims takes seconds to fill, and one of 400
rows a tenth of a second; the filter finds the rest."""


def _within(found: list[Event], budget: int) -> list[Event]:
    """The first events (most recent first) whose rows fit the budget (at least one)."""
    kept: list[Event] = []
    for event in found:
        budget -= 1 + len(event.claims)
        if budget < 0 and kept:
            break
        kept.append(event)
    return kept


def _matches(event: Event, needle: str) -> bool:
    """Whether the filter's words find the event, as one phrase or each word somewhere in it ("Sake
    casualties", the place and the type, found nothing: a newcomer's)."""
    return _event_has(event, needle) or (" " in needle and all(_event_has(event, w) for w in needle.split()))


def _event_has(event: Event, needle: str) -> bool:
    """By its place or type, or one of its claims (a newcomer typed "2024-08-27" and "casualties",
    the board's first columns, and found nothing)."""
    if needle in fold(event.place) or needle in fold(event.claim_type.replace("_", " ")):
        return True
    return any(_claim_has(c, needle) for c in event.claims)


def _claim_matches(claim: BoardClaim, needle: str) -> bool:
    """Whether the filter's words find a claim, as one phrase or each word somewhere in it."""
    return _claim_has(claim, needle) or (" " in needle and all(_claim_has(claim, w) for w in needle.split()))


def _claim_has(claim: BoardClaim, needle: str) -> bool:
    """By its date, place, claimant, an actor it is about, type or words."""
    return (
        claim.about(needle)
        or claim.said_by(needle)
        or claim.concerns(needle)
        or needle in fold(claim.quote)
        or needle in fold(claim.facts.claim_type.replace("_", " "))
        or (claim.when is not None and claim.when.day.isoformat().startswith(needle.replace(" ", "-")))
    )


NO_PLACE = "no tagged place"
"""The row the claims about no tagged place are listed under."""


SIDE_STYLES = {GLYPHS["attackers"]: "red", GLYPHS["government"]: "blue", GLYPHS["contested"]: "yellow",
               GLYPHS["disputed"]: "magenta"}  # fmt: skip


def _styled_bar(line: str) -> Text:
    """A timeline chart's line with each side in its colour (the glyphs tell them apart too)."""
    text = Text()
    for character in line:
        text.append(character, style=SIDE_STYLES.get(character, "dim"))
    return text
