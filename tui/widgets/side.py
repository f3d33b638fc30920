"""The right-hand side: Districts, Actors and Claims of the article, and the detail of the
annotation (or suggestion) in view."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import TYPE_CHECKING

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widget import Widget

from annotations.entities.mentions import (
    claimed_places,
    first_mentions,
    mention_counts,
    own_first,
    place_statuses,
    whose_rows,
)
from annotations.model import Annotation, Entity
from annotations.store import Store

from ..presenters import SUGGESTION_KEYS, claimant_name, detail_text, pane_row, suggestion_text
from .covered import Kept, arrange_in_view, kept_while_covered, made_now
from .panes import AnnotationPane, DetailPanel
from .tag_panel import TagPanel

if TYPE_CHECKING:
    from annotations.forms.fields import Fields
    from annotations.suggest.suggestion import Suggestion  # for types only: suggesting loads after the first frame


ROWS_FOR_THE_DETAIL = 36
"""A terminal lower than this gives the form the detail's rows too: at 100x30 a claim form beside the detail
showed 14 of its rows and scrolled."""


class SidePanel(Vertical):
    """One pane per kind (each actor once), then the detail."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._rows_drawn: dict[str, tuple[Annotation, Hashable, Text]] = {}
        """A row as drawn, by its annotation's id, with what it was drawn from."""
        self._rows_kept: dict[str, tuple[Annotation, Hashable, Text]] = {}
        self._entity_shown: dict[int, tuple[Entity, tuple[str, str]]] = {}
        self._panes: list[AnnotationPane] = []
        self._showing: tuple[Store, Sequence[Annotation], str | None] | None = None
        self._whose: dict[str, str] = {}
        """The rows that are only other analysts' work, with whose (see `whose_rows`)."""
        """What the panes show, to draw it again at another width."""
        self._width: int | None = None
        self.covered = False
        """The form is in sight and the panes under it: their updates are `kept` till it closes."""
        self.kept: Kept = {}

    def compose(self) -> ComposeResult:
        self._sheet = Vertical(id="sheet")
        with self._sheet:  # the panes, and under them the form: scrolled to one or the other
            with Vertical(id="panes"):
                yield AnnotationPane("district", "Districts", id="districts")
                yield AnnotationPane("actor", "Actors", id="actors")
                yield AnnotationPane("claim", "Claims", id="claims")
            self._tag_panel = TagPanel(id="tag-panel")
            yield self._tag_panel
        self._detail = DetailPanel(id="detail")  # in sight beside an open form: what the suggestion is, and why
        yield self._detail

    @property
    def form(self) -> TagPanel:
        return self._tag_panel

    @property
    def sheet(self) -> Widget:
        return self._sheet

    async def open_form(self, fields: Fields) -> None:
        """The tagging form in place of the panes: the sheet is scrolled down to it, which lays out
        nothing (a panel shown over the panes laid out the whole screen, and drew the panes under
        it: half of a key's time). The panes' updates wait for it to close (`covered`)."""
        self.covered = True
        alone = self._alone()
        if alone:  # the panes and the detail give way to the form (a layout: no scroll to keep in step with it)
            self.add_class("form-alone")
        else:
            self._scroll_sheet(to_form=True)
            arrange_in_view(self.screen)
        await self.form.open(fields)

    def _alone(self) -> bool:
        """Whether the form takes the whole side, the panes and the detail giving way: narrow or low."""
        return self.screen.has_class("narrow") or self.screen.size.height < ROWS_FOR_THE_DETAIL

    def fit_the_form(self) -> None:
        """The terminal resized with a form open: the form alone or beside the detail, as it would open
        at this size (a reviewer's form opened at 120x40 stayed squeezed beside the detail at 100x30)."""
        if self.covered:
            self.set_class(self._alone(), "form-alone")
            self.call_after_refresh(self._form_in_sight)

    def _scroll_sheet(self, *, to_form: bool) -> None:
        sheet = self.sheet
        sheet.scroll_to(y=sheet.max_scroll_y if to_form else 0, animate=False, immediate=True, force=True)

    def _form_in_sight(self) -> None:
        """Scrolled down to the form again after the side's height changed."""
        if self.covered and self.sheet.scroll_y != self.sheet.max_scroll_y:
            self._scroll_sheet(to_form=True)

    def close_form(self, focus: Widget) -> None:
        """The form out of use and the focus on `focus`; the panes in sight again once the field that
        had the focus has let it go (it is redrawn for that: out of sight, it would be looked for)."""
        field = self.screen.focused
        self.form.close()
        self.screen.set_focus(focus)
        if field is not None and field is not focus and self.form in field.ancestors:
            field.call_later(self._panes_back)  # after the field's Blur, in its own queue
        else:
            self._panes_back()

    def _panes_back(self) -> None:
        if self.form.is_open or not self.covered:  # a key typed ahead opened a form again meanwhile
            return
        self.covered = False
        self.remove_class("form-alone")
        self._scroll_sheet(to_form=False)
        arrange_in_view(self.screen)
        made_now(self.kept)

    def panes(self) -> list[AnnotationPane]:
        if not self._panes:
            self._panes = list(self.query(AnnotationPane))
        return self._panes

    @kept_while_covered("rows")
    def show_annotations(self, store: Store, annotations: Sequence[Annotation], annotator: str | None = None) -> None:
        """The panes' rows; those only other analysts' work say whose (`annotator` is the one at work)."""
        self._row_of: dict[str, str] = {}
        """A mention's id -> the id of its entity's row (the first mention's)."""
        self._showing = (store, annotations, annotator)
        self._width = self._room()
        self._whose = whose_rows(annotations, annotator)
        counts = {**mention_counts(annotations), **mention_counts(annotations, "district")}
        statuses = place_statuses(annotations)
        for place in claimed_places(annotations):  # one side's word, not what happened
            statuses[place] = f"{statuses[place]}, claimed"
        for pane in self.panes():
            shown = own_first([a for a in annotations if a.kind == pane.kind], annotator)
            mentions = None
            if pane.kind != "claim":  # each place and actor once, with its mentions counted
                mentions = sum(1 for a in shown if a.status == "accepted")
                rows = first_mentions(shown)
                first = {a.entity_id: a.id for a in rows if a.entity_id and a.status == "accepted"}
                self._row_of.update((a.id, first.get(a.entity_id or "", a.id)) for a in shown if a.status == "accepted")
                shown = rows
            pane.show([(a, self._row(store, a, counts, statuses)) for a in shown], mentions)
        self._rows_drawn, self._rows_kept = self._rows_kept, {}

    def _row(self, store: Store, annotation: Annotation, counts: dict[str, int], statuses: dict[str, str]) -> Text:
        """A pane's row, made again only when what it shows changed (a save changes one row of
        hundreds: making them all was a tenth of a save at 500 annotations)."""
        entity_id = annotation.entity_id or ""
        speaker = claimant_name(store, annotation) if annotation.kind == "claim" else None  # renamed elsewhere: redrawn
        key = entity_id if entity_id and annotation.kind != "claim" else annotation.id
        whose = self._whose.get(key) if annotation.status == "accepted" else None
        around = (
            self._shown(store.get_entity(annotation.entity_id)),
            counts.get(entity_id),
            statuses.get(entity_id),
            speaker,
            self._width,
            whose,
        )
        drawn = self._rows_drawn.get(annotation.id)
        if drawn is not None and (drawn[0] is annotation or drawn[0] == annotation) and drawn[1] == around:
            row = drawn[2]  # the same object, mostly: a store keeps an unchanged annotation's
        else:
            row = pane_row(store, annotation, counts, statuses, self._width, whose)
        self._rows_kept[annotation.id] = (annotation, around, row)
        return row

    def _room(self) -> int | None:
        """The width a pane's rows have (None before the panes are laid out)."""
        panes = self.panes()
        if not panes:
            return None
        pane = panes[0]  # its size, not its region: the panes out of sight under a form are not looked for
        width = pane.outer_size.width - pane.gutter.width
        return width if width > 0 else None

    def on_resize(self) -> None:
        """Rows drawn again for the panes' new width (names are cut to what it leaves them); an open
        form kept in sight."""
        if self.covered:
            self.call_after_refresh(self._form_in_sight)
        if self._showing is not None and self._room() != self._width:
            self.show_annotations(*self._showing)

    def _shown(self, entity: Entity | None) -> tuple[str, str] | None:
        """What of an entity a row shows, as a key: its name and details (which hold a dict: no
        hash), written once per entity object (a store hands out the same object until the entity
        changes; the object is kept with it, so no other takes its id)."""
        if entity is None:
            return None
        known = self._entity_shown.get(id(entity))
        if known is None:
            if len(self._entity_shown) > 20_000:
                self._entity_shown.clear()
            known = self._entity_shown[id(entity)] = (entity, (entity.name, repr(entity.details)))
        return known[1]

    @kept_while_covered("counts")
    def count_suggested(self, suggestions: Sequence[Suggestion]) -> None:
        """Each pane's title counts the suggestions of its kind (none while they are hidden) as its
        rows count: a place or an actor once, and not one tagged already (a reviewer read "Districts
        5+17", of which 9 were more mentions of the 5)."""
        shown = self._showing[1] if self._showing is not None else ()
        tagged = {a.entity_id for a in shown if a.status == "accepted" and a.entity_id}
        for pane in self.panes():
            of_kind = [s for s in suggestions if s.kind == pane.kind]
            if pane.kind == "claim":
                pane.suggested(len(of_kind))
            else:
                pane.suggested(len({s.entity.id if s.entity is not None else s.key for s in of_kind} - tagged))

    @kept_while_covered("highlight", by_kind=True)
    def highlight(self, annotation: Annotation) -> None:
        """Keep the row of the annotation under the cursor highlighted in its pane."""
        for pane in self.panes():
            if pane.kind == annotation.kind:
                pane.highlight_id(getattr(self, "_row_of", {}).get(annotation.id, annotation.id))

    def show_annotation(self, store: Store, annotation: Annotation | None) -> None:
        title = "Detail"
        if annotation is not None:
            entity = store.get_entity(annotation.entity_id)
            title = entity.name if entity else annotation.kind.capitalize()
        self._detail.show(detail_text(store, annotation), title)

    def show_empty_pane(self, label: str) -> None:
        """The detail of a pane with no rows (it showed the last row of another pane)."""
        self._detail.show(Text(f"No {label.lower()} in this article yet.", style="dim"), label)

    def show_suggestion(
        self,
        text: str,
        suggestion: Suggestion,
        claimant: Suggestion | None = None,
        like: Sequence[Suggestion] = (),
        held: bool = False,
        maker: Suggestion | None = None,
    ) -> None:
        """`held`: its new entity is one the corpus holds, untagged (`y` links to that one); `maker`:
        the suggestion that makes the entity it links to."""
        shown = suggestion_text(text, suggestion, claimant, like, held, maker)
        self._detail.show(shown, "Suggestion", SUGGESTION_KEYS)
