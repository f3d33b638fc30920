"""The Fieldmark app (placeholder reader until the full reader lands)."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Footer, Header, Static

from annotations.store import Store


class FieldmarkApp(App[int]):
    """Shows the first article of the corpus, literally."""

    TITLE = "Fieldmark"
    BINDINGS: ClassVar = [Binding("q", "quit", "Quit", id="app.quit")]

    def __init__(self, store: Store, *, annotator: str = "") -> None:
        super().__init__()
        self.store = store
        self.annotator = annotator

    def compose(self) -> ComposeResult:
        yield Header()
        with VerticalScroll():
            yield Static(self._article_text(), id="article")
        yield Footer()

    def _article_text(self) -> Text:
        rows = self.store.articles()
        if not rows:
            return Text("No articles yet: run `fieldmark import PATH`.")
        article = self.store.article(rows[0].id)
        self.sub_title = article.title
        return Text(article.text)
