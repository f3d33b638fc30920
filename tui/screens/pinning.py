"""The annotation the keys act on when the cursor alone cannot say: one chosen on the claims board,
or the wider of two that start at one word reached by `]` again ("Gang members set fire…" opens
with the actor "Gang members"). It holds until the cursor moves."""

from __future__ import annotations

from typing import TYPE_CHECKING

from annotations.model import Annotation

from ..widgets.article_view import ArticleView
from .screen_parts import MainScreenPart

if TYPE_CHECKING:
    from ..widgets.side import SidePanel


class Pinning(MainScreenPart):
    """Mixed into `MainScreen`, whose attributes and methods these are."""

    pinned: tuple[str, int] | None = None
    """The chosen annotation's id and the offset the cursor was put at for it."""

    if TYPE_CHECKING:

        @property
        def side(self) -> SidePanel: ...

        def _annotation(self, annotation_id: str) -> Annotation | None: ...

        def _update_detail(self, annotation: Annotation | None = None) -> None: ...

    def _pinned_here(self) -> Annotation | None:
        """The chosen annotation, while the cursor is where it was put for it."""
        if self.pinned is not None and self.reader.focus_offset == self.pinned[1]:
            pinned = self._annotation(self.pinned[0])
            if pinned is not None:
                return pinned
        self.pinned = None
        return None

    def on_article_view_jumped(self, event: ArticleView.Jumped) -> None:
        """`]` again on a word where two annotations start: the wider one is shown and acted on."""
        self.pinned = (event.annotation.id, self.reader.focus_offset)
        self._update_detail()
        self.side.highlight(event.annotation)
