"""The entities screen: every place and actor of the corpus with its mentions, articles and claims.

Type to filter; Tab to the list, where letters act: space marks entities, M merges the marked
into the highlighted one, r renames, t sets an actor's type, P removes entities nothing points
to, u undoes; Enter goes to the entity's first mention, 1-8 to the use numbered so. The edits
are `annotations.entities`'s (each one undoable step); this screen only shows and asks.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from collections.abc import Set as AbstractSet
from typing import ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import DataTable, Input, Label, Static

from annotations.claims.board import claims_about
from annotations.entities import editing
from annotations.entities.matching import fold
from annotations.entities.usage import EntityRow, Usage, corpus_usage, entity_rows, follow, recount
from annotations.errors import ConflictError, ConnectionLostError, FieldmarkError
from annotations.model import ACTOR_TYPES, ActorDetails
from annotations.store import Entry, Store
from annotations.store.changes import Change
from annotations.text.quotes import counted as plural_count
from annotations.text.quotes import shorten

from ..actions import ENTITIES, ENTITIES_LIST, bindings
from ..presenters import humanise
from ..widgets.choice import ChoiceField
from ..widgets.joiners import TextInput
from ..widgets.key_hints import KeyHints
from ..widgets.message_line import MessageLine
from ..widgets.row_table import RowTable
from .entity_cells import row_cells
from .entity_uses import listed_uses, uses_shown, uses_text
from .heard_later import FollowsOthers, HeardLater, said_when_heard
from .own_steps import redo_own_step, undo_own_step
from .unread import closes_when_unread

Destination = tuple[str, int]
"""(article id, offset) of the mention to go to."""


def _told(row: EntityRow) -> str:
    """An entity as a merge names it, with its mentions: two "troops" are told apart."""
    return f"{row.entity.name} ({plural_count(row.mentions, 'mention')})"


def _tags_or_claims(change: Change) -> bool:
    """Whether a change touches a tag or a claim (what the claims about places and actors follow)."""
    records = (change.before or {}, change.after or {})
    return change.record == "annotation" and any(r.get("kind") in ("claim", "district", "actor") for r in records)


class EntitiesTable(RowTable):
    """The entities list, with the keys of `ENTITIES_LIST` (found by a newcomer: j/k did nothing,
    End scrolled the table sideways)."""

    BINDINGS: ClassVar[list[BindingType]] = bindings(ENTITIES_LIST)


class EntitiesScreen(FollowsOthers, Screen[Destination | None]):
    """Returns where to go (the first mention of an entity), or None when closed."""

    BINDINGS: ClassVar[list[BindingType]] = bindings(ENTITIES)
    PALETTE: ClassVar[tuple[str, tuple[str, ...]]] = (
        "Entities",
        tuple(f"entities.{n}" for n in ("mark", "merge", "rename", "type", "split", "prune", "undo", "redo")),
    )
    """What the command palette offers while the screen is open (`actions.palette_actions`)."""
    DEFAULT_CSS = """
    EntitiesScreen #entities { height: 1fr; }
    EntitiesScreen #uses { height: auto; max-height: 45%; border: round $secondary 50%; padding: 0 1; }
    EntitiesScreen #editor { height: auto; display: none; }
    EntitiesScreen #editor Label { padding: 1 1 0 1; }
    EntitiesScreen #editor Input, EntitiesScreen #editor ChoiceField { width: 1fr; }
    EntitiesScreen #editor ChoiceField { margin-top: 1; }  /* on its label's line, not the one above */
    """

    def __init__(self, store: Store) -> None:
        super().__init__()
        self.store = store
        self.rows: list[EntityRow] = []
        self.usage: dict[str, Usage] | None = None
        """Every entity's uses across the corpus: counted once, just after the list first shows."""
        self._about: dict[str, set[tuple[str, str]]] | None = None
        """The claims about each place and actor, as the board counts them (read again when a change
        can alter them: reading the claims index is tens of milliseconds at a thousand articles)."""
        self._unread: str | None = None
        """Why the uses are not counted: the server went away before every article was read."""
        self.marked: set[str] = set()
        self._made: list[int] = []
        """The steps made on this screen (their seqs, latest last): the ones its `u` undoes."""
        self._undone: list[int] = []
        """The steps its `u` undid: the ones its ctrl+r redoes."""
        self._merge_asked: tuple[str, frozenset[str]] | None = None
        self._editing: str | None = None
        """What the editor bar asks for: "rename" or "type"."""
        self._edited: EntityRow | None = None
        """The entity the editor bar was opened on (the list cannot move under it)."""
        self._heard = HeardLater(self, self._read_heard)

    def compose(self) -> ComposeResult:
        yield Static(Text("Entities", style="bold"), id="entities-title", markup=False)
        yield TextInput(placeholder="type to filter by name or alias; Tab to the list", id="filter")
        yield EntitiesTable(id="entities", cursor_type="row", zebra_stripes=True)
        yield Static(Text(""), id="uses", markup=False)
        with Horizontal(id="editor"):
            yield Label("", id="editor-label")
            yield TextInput(id="rename")
            yield ChoiceField([(humanise(t), t) for t in ACTOR_TYPES], ACTOR_TYPES[0], id="type")
            yield ChoiceField([("", "")], "", id="article")
        yield MessageLine(id="entities-message")
        yield KeyHints()

    @closes_when_unread
    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        for label, key in (("", "mark"), ("Name", "name"), ("Kind", "kind"), ("Type", "type")):
            table.add_column(label, key=key)
        for label, key in (("Ment", "mentions"), ("Art", "articles"), ("Clm", "claims"), ("Also", "aliases")):
            table.add_column(label, key=key)
        self.rows = entity_rows(self.store, usage={})
        self._fill()
        self.query_one("#filter", Input).focus()
        self.call_after_refresh(self.reload)

    # --- the list -----------------------------------------------------------------------

    @closes_when_unread
    def reload(self, changes: Sequence[Change] | None = None, heard: AbstractSet[str] | None = None) -> None:
        """Read the entities again; their uses are counted across the corpus the first time and
        then moved by each edit's `changes`, or counted again in the articles others changed,
        `heard` (reading 5,000 articles takes a second)."""
        try:
            self._count(changes, heard)
        except ConnectionLostError as error:  # a newcomer's A refused, though the entities were read
            self.usage, self._about, self._unread = None, None, str(error)
        self.rows = entity_rows(self.store, usage=self.usage or {}, about=self._about)
        self.marked &= {r.entity.id for r in self.rows}
        self._fill()

    def _count(self, changes: Sequence[Change] | None, heard: AbstractSet[str] | None) -> None:
        if (changes is None and heard is None) or self.usage is None:
            if self.store.server_away():  # counted from old reads, a newcomer's
                raise ConnectionLostError(str(self.store.write_error))  # offline A showed "0" for a used actor
            self.usage, self._unread = corpus_usage(self.store), None
        elif heard is not None:
            recount(self.usage, self.store, heard)
        else:
            follow(self.usage, changes or ())
        read_again = heard is None or bool(heard)  # not for a step of entities alone
        if (changes is None and read_again) or self._about is None or any(map(_tags_or_claims, changes or ())):
            self._about = claims_about(self.store)  # the whole claims index: only when it can change

    def _uses(self) -> dict[str, Usage] | None:
        """Every entity's uses; None (and said) when they cannot be counted."""
        if self.usage is None:
            self.reload()
        if self.usage is None:
            self._say("Uses are not counted while the server cannot be reached: not every article was read.")
        return self.usage

    def _fill(self) -> None:
        table = self.query_one(DataTable)
        current = self.current.entity.id if self.current is not None else None
        table.clear()
        needle = fold(self.query_one("#filter", Input).value)
        shown = [r for r in self.rows if not needle or any(needle in fold(n) for n in r.entity.names())]
        width = self.app.size.width
        number = None if self.usage is not None else "?" if self._unread else "…"
        for row in shown:
            table.add_row(*row_cells(row, width, row.entity.id in self.marked, number), key=row.entity.id)
        keys = [r.entity.id for r in shown]
        if current in keys:
            table.move_cursor(row=keys.index(current))
        unused = sum(1 for r in self.rows if not r.mentions and not r.claims) if self.usage is not None else 0
        title = f"Entities · {len(self.rows)}" + (f" · {len(shown)} shown" if needle else "")
        title += f" · {len(self.marked)} marked" if self.marked else ""
        title += f" · {unused} unused (P removes them)" if unused else ""
        self.query_one("#entities-title", Static).update(Text(title, style="bold"))
        self._show_uses()

    @property
    def current(self) -> EntityRow | None:
        table = self.query_one(DataTable)
        if not table.row_count:
            return None
        row_key, _ = table.coordinate_to_cell_key(table.cursor_coordinate)
        return next((r for r in self.rows if r.entity.id == row_key.value), None)

    @on(DataTable.RowHighlighted)
    def _highlighted(self) -> None:
        self._merge_asked = None  # another row: M asks again
        self._show_uses()

    def _show_uses(self) -> None:
        """The highlighted entity's mentions and claims across the corpus."""
        row = self.current
        uses = self.query_one("#uses", Static)
        if row is None:
            uses.update(Text("No entity matches.", style="dim"))
            return
        if self._unread is not None:
            uses.update(Text(f"{AWAY} (counting reads every article as it is now).", style="dim"))
            return
        if self.usage is None:
            uses.update(Text(f"Counting uses across {len(self.store):,} articles…", style="dim"))
            return
        use = self.usage.get(row.entity.id, Usage())
        lines = max(3, int(self.size.height * 0.45) - 2)  # the box's max-height, less its border
        uses.update(uses_text(self.store, row.entity, use, self._about or {}, max(40, uses.size.width - 2), lines))

    @on(Input.Changed, "#filter")
    def _filter(self) -> None:
        self._fill()

    # --- keys ---------------------------------------------------------------------------

    def action_move(self, delta: int) -> None:
        if self._editing is not None:
            return  # the editor bar acts on the entity it was opened on
        table = self.query_one(DataTable)
        if table.row_count:
            table.move_cursor(row=max(0, min(table.row_count - 1, table.cursor_row + delta)))

    def action_to_list(self) -> None:
        self.set_focus(self.query_one(DataTable))

    def action_to_filter(self) -> None:
        self.set_focus(self.query_one("#filter", Input))

    def action_go(self, number: int = 0) -> None:
        """Enter: to the entity's first mention (else first claim); 1-8: to the use so numbered."""
        if self._editing is not None:
            if not number:
                self._apply_editor()
            return
        row, counted_uses = self.current, self._uses()
        if counted_uses is None:
            return
        lines = max(3, int(self.size.height * 0.45) - 2)
        use = counted_uses.get(row.entity.id, Usage()) if row else Usage()
        uses = uses_shown(*listed_uses(self.store, row.entity.id, use, self._about or {}), lines) if row else []
        index = number - 1 if number else 0
        if index >= len(uses):
            self.app.bell()
            self._say("No mention to go to." if not uses else f"Only {len(uses)} uses are listed.")
            return
        chosen = uses[index]
        self.dismiss((chosen.article_id, chosen.start))

    def action_mark(self) -> None:
        row = self.current
        if row is None:
            return
        self.marked ^= {row.entity.id}
        self.action_move(1)
        self._fill()

    def action_merge(self) -> None:
        """M says what it would merge into what; M again, on the same rows, merges (space moves
        the cursor on: a newcomer merged into the row after the last one he marked)."""
        row = self.current
        others = [i for i in self.marked if row is not None and i != row.entity.id]
        if row is not None and self.marked == {row.entity.id}:  # one marked, and highlighted: into what?
            self._say("Move to the entity to merge the marked one into; M merges it into the highlighted one.")
            return
        if row is None or not others:
            self._say("Mark entities with space first; M merges them into the highlighted one.")
            return
        asked = (row.entity.id, frozenset(others))
        refused = editing.merge_refused(self.store, row.entity.id, others)
        if refused is not None:  # one line: the advice short (it was cut at 120 columns)
            self._say(f"{refused.reason}: r renames it first." if refused.renaming_helps else f"{refused.reason}.")
            return
        if self._merge_asked != asked:
            self._merge_asked = asked
            names = ", ".join(sorted(_told(r) for r in self.rows if r.entity.id in asked[1]))
            self._say(f"Merge {names} into {_told(row)}? M again merges; move to choose another.")
            return
        self._merge_asked = None
        if self._change(lambda: editing.merge(self.store, row.entity.id, others)):
            self.marked.clear()
            self._fill()

    def action_rename(self) -> None:
        row = self.current
        if row is not None:
            self._open_editor("rename", f"New name for {row.entity.name} (the old one stays an alias):")

    def action_set_type(self) -> None:
        row = self.current
        if row is None or not isinstance(row.entity.details, ActorDetails):
            self._say("A place has a kind (the Type column), set in its tag form: e on one of its mentions.")
            return
        self.query_one("#type", ChoiceField).value = row.entity.details.actor_type
        self._open_editor("type", f"Type of {row.entity.name} (←/→ or type to filter):")

    def action_split(self) -> None:
        """S: the mentions in one article become an entity of their own (a name linked across
        articles by mistake); r renames it after."""
        row, counted_uses = self.current, self._uses()
        if counted_uses is None:
            return
        use = counted_uses.get(row.entity.id, Usage()) if row is not None else Usage()
        by_article: dict[str, int] = {}
        for mention in use.mentions:
            by_article[mention.article_id] = by_article.get(mention.article_id, 0) + 1
        if row is None or len(by_article) < 2:
            self._say("Split needs mentions in two articles or more (fieldmark entities split picks single mentions).")
            return
        titles = {s.id: s.title for s in self.store.articles()}
        options = [
            (f"{shorten(titles.get(a, a), 50)} ({plural_count(n, 'mention')})", a) for a, n in by_article.items()
        ]
        choice = self.query_one("#article", ChoiceField)
        choice.set_options(options, options[0][1])
        self._open_editor("split", f"Split off the mentions of {row.entity.name} in (←/→):")

    def _split(self, row: EntityRow, article_id: str) -> None:
        counted_uses = self._uses()
        if counted_uses is None:
            return
        use = counted_uses.get(row.entity.id, Usage())
        chosen = [(m.article_id, m.id) for m in use.mentions if m.article_id == article_id]
        title = next((s.title for s in self.store.articles() if s.id == article_id), article_id)
        name = f"{row.entity.name} ({shorten(title, 30)})"
        self._change(lambda: editing.split(self.store, row.entity.id, chosen, name)[1])

    def action_prune(self) -> None:
        if self.store.server_away():
            self._say("Prune waits for the server: while it is away, the tags others made since are not seen.")
            return
        stale = editing.prunable(self.store)
        if not stale:
            self._say("Every entity is still used.")
            return
        self._change(lambda: editing.prune(self.store)[1])

    def action_undo(self) -> None:
        nothing = "No change made here to undo (the reader's steps are undone there: Esc, then u)."
        entry = undo_own_step(self.store, self._made, self._say, nothing, self._undone)
        if entry is not None:
            self.reload(entry.inverse_changes())

    def action_redo(self) -> None:
        entry = redo_own_step(self.store, self._undone, self._made, self._say)
        if entry is not None:
            self.reload(entry.changes)

    def others_changed(self, articles: frozenset[str] | None) -> None:
        """Another analyst's step on a team's server (the articles it changed; None: anything may
        have): the list is read again, with the others heard meanwhile, half a second later (it
        showed names, types and counts as they were when it opened)."""
        self._heard.heard(articles)

    def _read_heard(self, articles: frozenset[str] | None) -> None:
        self.reload(heard=articles)
        self._say(said_when_heard(articles))

    def action_close(self) -> None:
        if self._editing is not None:
            self._close_editor()
            return
        self.dismiss(None)

    # --- editing --------------------------------------------------------------------------

    def _open_editor(self, what: str, label: str) -> None:
        self._editing, self._edited = what, self.current
        self.query_one("#editor").display = True
        self.query_one("#editor-label", Label).update(Text(label))  # an entity's name in it: never markup
        rename = self.query_one("#rename", Input)
        fields: dict[str, Widget] = {"rename": rename, "type": self.query_one("#type", ChoiceField)}
        fields["split"] = self.query_one("#article", ChoiceField)
        for name, field in fields.items():
            field.display = name == what
        if what == "rename" and self.current is not None:
            rename.value = self.current.entity.name
        self.set_focus(fields[what])

    def _close_editor(self) -> None:
        self._editing = None
        self.query_one("#editor").display = False
        self.action_to_list()

    def _apply_editor(self) -> None:
        row, what = self._edited, self._editing
        self._close_editor()
        if row is None:
            return
        if what == "rename":
            name = self.query_one("#rename", Input).value
            self._change(lambda: editing.rename(self.store, row.entity.id, name, seen=row.entity))
        elif what == "split":
            self._split(row, self.query_one("#article", ChoiceField).value)
        else:
            actor_type = self.query_one("#type", ChoiceField).value
            self._change(lambda: editing.set_details(self.store, row.entity.id, actor_type=actor_type, seen=row.entity))

    def _change(self, change: Callable[[], Entry | None]) -> bool:
        """Run an edit, say what it did, show the list again; an error is said, not raised."""
        try:
            entry = change()
        except ConflictError as error:  # someone else's change came first: shown now
            self.notify(str(error), severity="warning", markup=False)
            self.reload()
            return False
        except FieldmarkError as error:
            self.notify(str(error), severity="warning", markup=False)
            return False
        if entry is None:
            self._say("Nothing changed.")
            return False
        self._made.append(entry.seq)
        self._undone.clear()  # a new step: what was undone here can no longer be redone
        self._say(f"{entry.label} (u undoes it)")
        self.reload(entry.changes)
        return True

    def _say(self, message: str) -> None:
        self.query_one("#entities-message", MessageLine).say(message)


AWAY = "Uses not counted while the server cannot be reached"
"""Said in the uses' box offline, without libpq's words (a newcomer read them in `B`'s title)."""
