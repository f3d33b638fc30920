"""What `MainScreen` gives the parts of it kept in modules of their own for their size (the
review of suggestions, tagging): its attributes, and stubs of its methods for the type checker."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.notifications import SeverityLevel

from annotations.model import Annotation, Article
from annotations.store import Entry, Store

from ..suggestions import SuggestionsController
from ..widgets.article_view import ArticleView

if TYPE_CHECKING:
    from textual.binding import ActiveBinding

    from annotations.suggest.suggestion import Suggestion  # for types only: suggesting loads after the first frame

    from ..widgets.side import SidePanel


class MainScreenPart:
    """A part of `MainScreen`: these are the screen's."""

    store: Store
    article: Article | None
    annotations: list[Annotation]
    annotator: str
    suggesting: SuggestionsController

    if TYPE_CHECKING:  # what MainScreen provides (stubs for the type checker only)

        @property
        def reader(self) -> ArticleView: ...

        @property
        def suggestions(self) -> list[Suggestion]: ...

        @property
        def side(self) -> SidePanel: ...

        def notify(
            self,
            message: str,
            *,
            title: str = ...,
            severity: SeverityLevel = ...,
            timeout: float | None = ...,
            markup: bool = ...,
        ) -> None: ...

        def slip(self, message: str) -> None: ...

        @property
        def form_open(self) -> bool: ...

        @property
        def active_bindings(self) -> dict[str, ActiveBinding]: ...

        def _writable(self) -> bool: ...

        def _apply(self, change: Callable[[], Entry | None], then: str = "", refused: str = "") -> Entry | None: ...

        def said_saved(self, entry: Entry, then: str = "") -> None: ...
