"""Export from the app: the analyst confirms the path, scope and format; the export runs on another
thread from what is saved (the analyst goes on working), and the app says where it went."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any, ClassVar

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import BindingType
from textual.containers import Grid, Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from annotations.errors import FieldmarkError
from annotations.exchange.export import FORMATS, ExportFilter, export_saved
from annotations.store import Store

from ..actions import EXPORT, bindings
from ..widgets.choice import ChoiceField

EXTENSIONS = {
    "json": ".json", "jsonl": ".jsonl", "w3c": ".jsonld", "brat": "", "csv": ".csv", "geojson": ".geojson",
    "events": ".csv", "events-json": ".jsonl",
}  # fmt: skip


class ExportForm(ModalScreen[None]):
    """Where to, what, and in which format; Enter exports, Esc cancels."""

    BINDINGS: ClassVar[list[BindingType]] = bindings(EXPORT)

    def __init__(self, store: Store, article_id: str | None, folder: Path) -> None:
        super().__init__()
        self.store = store
        self.article_id = article_id
        self.folder = folder

    def default_path(self, fmt: str, scope: str | None) -> Path:
        stem = f"fieldmark-{scope}" if scope else "fieldmark-corpus"
        return self.folder / f"{stem}{'-events' if fmt.startswith('events') else ''}{EXTENSIONS.get(fmt, '.' + fmt)}"

    def compose(self) -> ComposeResult:
        with Vertical(id="form"):
            yield Static(Text("Export", style="bold"), id="form-title", markup=False)
            with Grid(id="form-fields"):
                yield Label("Scope", classes="field-label")
                scopes: list[tuple[str, str | None]] = [("whole corpus", None)]
                if self.article_id:
                    scopes.insert(0, ("this article", self.article_id))
                yield ChoiceField(scopes, self.article_id, id="scope")
                yield Label("Format", classes="field-label")
                yield ChoiceField([(f, f) for f in FORMATS], "json", id="format")
                yield Label("Path", classes="field-label")
                yield Input(str(self.default_path("json", self.article_id)), id="path")
            yield Static(
                Text("Enter export · Esc cancel · an existing file is never replaced", style="dim"),
                id="form-help",
                markup=False,
            )

    def on_choice_field_changed(self, event: ChoiceField.Changed) -> None:
        scope = self.query_one("#scope", ChoiceField).value
        fmt = self.query_one("#format", ChoiceField).value
        self.query_one("#path", Input).value = str(self.default_path(fmt, scope))

    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_save(self) -> None:
        raw = self.query_one("#path", Input).value.strip()
        if not raw:
            self.notify("Give a path to export to.", severity="warning", markup=False)
            return
        path = Path(raw).expanduser()
        if path.exists():
            self.notify(f"{path} already exists; choose another name.", severity="warning", markup=False)
            return
        fmt = self.query_one("#format", ChoiceField).value
        scope = self.query_one("#scope", ChoiceField).value
        self.app.run_worker(export_in_background(self.app, self.store, fmt, path, scope), group="export")
        self.dismiss(None)


async def export_in_background(app: App[Any], store: Store, fmt: str, path: Path, article_id: str | None) -> None:
    """Export what is saved (waiting at most 2 s for pending saves: a failing disk must not
    freeze the interface) on another thread, then say where it went or why it failed."""
    if not store.readonly:
        store.flush(timeout=2)
    try:
        count = await asyncio.to_thread(export_saved, store, fmt, path, ExportFilter(article=article_id))
    except (FieldmarkError, OSError) as error:
        app.notify(f"Export failed: {error}", severity="error", markup=False, timeout=8)
        return
    app.notify(f"{count} article(s) as {fmt} to {path}", title="Exported", markup=False)
