"""Where the main screen starts: the article the analyst left (or their queue's, or the one
asked for), and the list of every article read after the first frame (see
`Store.catalog_ready`); a damaged catalog ends the app with the message opening it gives. A part
of `MainScreen` kept in a module of its own for its size."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from annotations.errors import FieldmarkError
from annotations.remembered import Remembered

from .screen_parts import MainScreenPart

if TYPE_CHECKING:
    from textual.app import App


class Starting(MainScreenPart):
    """Mixed into `MainScreen`, whose attributes and methods these are."""

    remembered: Remembered
    _open_first: str | None
    app: App[None]

    if TYPE_CHECKING:

        def _update_header(self) -> None: ...

    def _where_to_start(self) -> tuple[str | None, int]:
        """The article and offset the analyst left (or their queue's, or the one asked for), else
        the first article."""
        article_id, offset = self.remembered.position(self.store.location)
        queued = self._first_in_queue(article_id)
        if queued is not None and queued != article_id:
            article_id, offset = queued, self.remembered.offset_in(self.store.location, queued)
        asked = self._open_first
        if asked is not None and asked != article_id and self.store.has_article(asked):
            article_id, offset = asked, self.remembered.offset_in(self.store.location, asked)  # `fieldmark FILE`
        if not article_id or not self.store.has_article(article_id):
            article_id, offset = self.store.first_article(), 0
        return article_id, offset

    def _end_with(self, error: FieldmarkError) -> None:
        self.app.exit(return_code=1, message=Text(f"fieldmark: error: {error}"))

    def _first_in_queue(self, article_id: str | None) -> str | None:
        """A team's analyst starts on their queue (a one-analyst folder has none)."""
        if not self.store.shared:
            return None
        from annotations.team.assigning import first_in_queue

        return first_in_queue(self.store, self.annotator, article_id)

    def _read_catalog(self) -> None:
        """After the first frame: the list of articles (the header's place in it, the library),
        read once; a damaged catalog ends the app as opening it would have."""
        try:
            self.store.articles()
        except FieldmarkError as error:
            self._end_with(error)
            return
        self._update_header()
