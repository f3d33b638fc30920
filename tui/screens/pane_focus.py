"""The panes and the reader taking turns with the focus: what the detail shows, which annotation
the keys act on, and where the cursor goes when the analyst leaves a pane."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.events import DescendantFocus

from annotations.entities.mentions import mentions_like
from annotations.model import Annotation

from ..widgets.panes import AnnotationPane
from .screen_parts import MainScreenPart

if TYPE_CHECKING:
    from textual.widget import Widget

    from ..widgets.side import SidePanel


class PaneFocus(MainScreenPart):
    """Mixed into `MainScreen`, whose attributes and methods these are. Named handlers: Textual
    collects `@on` handlers only from message pumps, not from a mixin."""

    _row_in_detail = False
    """Whether the detail shows a pane's row rather than what is under the reader's cursor."""
    pinned: tuple[str, int] | None
    """The annotation the keys act on (`Pinning`): set here for the row left with Esc."""

    if TYPE_CHECKING:

        @property
        def side(self) -> SidePanel: ...

        @property
        def focused(self) -> Widget | None: ...

        def _pinned_here(self) -> Annotation | None: ...

        def has_class(self, *class_names: str) -> bool: ...

        def _update_detail(self, annotation: Annotation | None = None) -> None: ...

    def on_annotation_pane_highlighted(self, event: AnnotationPane.Highlighted) -> None:
        """The detail shows a focused pane's row (an empty pane's: none) until the reader has the
        focus again (`on_descendant_focus`)."""
        pane = self.focused
        if isinstance(pane, AnnotationPane):
            self._row_in_detail = True
            row = self._annotation(event.annotation_id) if event.annotation_id else None
            if row is not None:
                self.side.show_annotation(self.store, row)
            elif not event.annotation_id:
                self.side.show_empty_pane(pane.label)

    def on_descendant_focus(self, event: DescendantFocus) -> None:
        """Back in the reader from the panes, the detail shows what is under the cursor again (a
        newcomer's Tab round the panes left a pane's row there, not what `e` would edit). Narrow, a pane
        walked widens and the detail gives it room (fieldmark.tcss)."""
        self.side.set_class(isinstance(event.widget, AnnotationPane) and self.has_class("narrow"), "pane-walked")
        if event.widget is self.reader and self._row_in_detail:
            self._row_in_detail = False
            self._update_detail()

    def on_annotation_pane_chosen(self, event: AnnotationPane.Chosen) -> None:
        """Show the annotation in the reader; for an actor, each Enter goes to the next mention."""
        annotation = self._annotation(event.annotation_id)
        if annotation is None:
            return
        mentions = mentions_like(self.annotations, annotation)
        under = self.reader.annotation_at(self.reader.focus_offset)
        if under in mentions and len(mentions) > 1:
            annotation = mentions[(mentions.index(under) + 1) % len(mentions)]
        self.reader.select_span(annotation.start, annotation.end)
        self.side.show_annotation(self.store, annotation)

    def _annotation(self, annotation_id: str) -> Annotation | None:
        return next((a for a in self.annotations if a.id == annotation_id), None)

    def current_annotation(self) -> Annotation | None:
        """The annotation highlighted in a focused pane, else the one under the cursor."""
        focused = self.focused
        if isinstance(focused, AnnotationPane):
            row = self._annotation(focused.current_id) if focused.current_id else None
            if row is None:
                return None
            under = self.reader.annotation_at(self.reader.focus_offset)
            return under if under in mentions_like(self.annotations, row) else row
        return self._pinned_here() or self.reader.annotation_at(self.reader.focus_offset, self.annotator)

    def key_escape(self) -> None:
        """Esc in a pane goes back to the reader, where `e` and `x` act on the mention the pane
        showed once walked to (a newcomer's Esc then `e` said "No annotation here": the cursor rests
        after it); a pane only passed through leaves the cursor where it was (`RowList.walked`)."""
        if isinstance(self.focused, AnnotationPane):
            shown = self.current_annotation() if self.focused.walked else None
            if shown is not None:
                self.reader.move_cursor(self.reader.location_of(shown.start))
                self.pinned = (shown.id, self.reader.focus_offset)  # the claim, not the place its first word is
                # (helper-363's `e` opened the place "Rubaya" that starts the claim he had chosen)
            self.reader.focus()
