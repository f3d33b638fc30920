"""Export from the app: the analyst confirms the path, scope and format; the app says where it went."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from annotations.exchange.export import FORMATS

from ..widgets.choice import ChoiceField

EXTENSIONS = {"json": ".json", "jsonl": ".jsonl", "w3c": ".jsonld", "brat": "", "csv": ".csv"}


class ExportRequest:
    def __init__(self, path: Path, fmt: str, article_id: str | None) -> None:
        self.path = path
        self.format = fmt
        self.article_id = article_id


class ExportForm(ModalScreen[ExportRequest | None]):
    """Where to, what, and in which format; Enter exports, Esc cancels."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "save", "Export", priority=True, id="export.save"),
        Binding("escape", "cancel", "Cancel", id="export.cancel"),
    ]

    def __init__(self, article_id: str | None, folder: Path) -> None:
        super().__init__()
        self.article_id = article_id
        self.folder = folder

    def default_path(self, fmt: str, scope: str | None) -> Path:
        stem = f"fieldmark-{scope}" if scope else "fieldmark-corpus"
        return self.folder / f"{stem}{EXTENSIONS[fmt]}"

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
        self.dismiss(
            ExportRequest(
                path, self.query_one("#format", ChoiceField).value, self.query_one("#scope", ChoiceField).value
            )
        )
