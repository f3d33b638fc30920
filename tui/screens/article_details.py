"""The article's publication date and source, set by the analyst (plain text says neither, and
claims without a date of their own are dated by the article's)."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Grid, Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from annotations.errors import FieldmarkError
from annotations.store import Entry, Store
from annotations.text.metadata import published_date, why_no_date

from ..actions import DETAILS, bindings
from ..widgets.key_hints import KeyHints


class ArticleDetailsForm(ModalScreen[Entry | None]):
    """Published (a date in any common form) and source; Enter saves, Esc cancels."""

    BINDINGS: ClassVar[list[BindingType]] = bindings(DETAILS)

    def __init__(self, store: Store, article_id: str) -> None:
        super().__init__()
        self.store = store
        self.article_id = article_id

    def compose(self) -> ComposeResult:
        summary = self.store.summary(self.article_id)
        with Vertical(id="form"):
            yield Static(Text("Article date and source", style="bold"), id="form-title", markup=False)
            with Grid(id="form-fields"):
                yield Label("Published", classes="field-label")
                yield Input(summary.published or "", placeholder="YYYY-MM-DD, or 22 June 2021", id="published")
                yield Label("Source", classes="field-label")
                yield Input(summary.source, placeholder="https://…", id="source")
            yield Static(
                Text("Enter save · Esc cancel · claims without a date of their own take this one", style="dim"),
                id="form-help",
                markup=False,
            )
        yield KeyHints()  # the form's keys: the reader's, behind it, did nothing here

    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_save(self) -> None:
        typed = self.query_one("#published", Input).value.strip()
        published = published_date(typed) if typed else None
        if typed and published is None:  # said in the form itself: a newcomer saw no toast over it
            said = f"{typed!r}: {why_no_date(typed)}: write it as 2024-07-19 or 19 July 2024."
            self.query_one("#form-help", Static).update(Text(said, style="bold"))
            self.notify(said, severity="warning", markup=False)
            return
        source = self.query_one("#source", Input).value.strip()
        try:
            entry = self.store.set_details(self.article_id, published=published, source=source)
        except FieldmarkError as error:
            self.notify(str(error), severity="error", markup=False)
            return
        self.dismiss(entry)
