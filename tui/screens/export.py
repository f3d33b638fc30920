"""Export from the app: the analyst confirms the path, scope and format; the export runs on another
thread from what is saved (the analyst goes on working), and the app says where it went."""

from __future__ import annotations

import asyncio
from functools import partial
from pathlib import Path
from typing import Any, ClassVar

from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import BindingType
from textual.containers import Grid, Vertical
from textual.events import DescendantFocus
from textual.screen import ModalScreen
from textual.widgets import Input, Label, Static

from annotations.errors import FieldmarkError
from annotations.exchange.export import BOM_FORMATS, FORMATS, ExportFilter, export_saved
from annotations.exchange.selection import TABLES
from annotations.store import Store
from annotations.text.quotes import counted

from ..actions import EXPORT, bindings
from ..widgets.choice import ChoiceField
from ..widgets.key_hints import KeyHints

EXTENSIONS = {
    "json": ".json", "jsonl": ".jsonl", "w3c": ".jsonld", "brat": "", "csv": ".csv", "geojson": ".geojson",
    "events": ".csv", "events-json": ".jsonl",
}  # fmt: skip


CHOICES = [
    (f"csv: {table}" if fmt == "csv" else fmt, f"{fmt}:{table}" if fmt == "csv" else fmt)
    for fmt in FORMATS
    for table in (TABLES if fmt == "csv" else ("",))
]
"""The formats the form offers, each CSV table as one of them (`csv:places`), as the command's
`--table` does."""


READERS: list[tuple[str, bool]] = [("a program (UTF-8)", False), ("Excel (a byte order mark)", True)]
"""Who opens a table: Excel reads a file without the mark in the machine's old code page
("MitrovicÃ«" for "Mitrovicë"), as `fieldmark export --bom` says."""


_LABELS = {
    "scope": ("label-scope", "Scope"),
    "format": ("label-format", "Format"),
    "reader": ("reader-label", "For"),
    "path": ("label-path", "Path"),
}
"""Each field's label: its id and words (the focused one's marked "›": `on_descendant_focus`)."""


def _label(field: str) -> Label:
    label_id, words = _LABELS[field]
    return Label(words, classes="field-label", id=label_id)


def format_and_table(choice: str) -> tuple[str, str]:
    """The export format and CSV table a choice of the form stands for ("csv:places")."""
    fmt, _, table = choice.partition(":")
    return fmt, table or "claims"


class ExportForm(ModalScreen[tuple[str, bool, bool, Path] | None]):
    """Where to, what, in which format and, for a table, for whom; Enter exports (and gives the
    format chosen, whether the whole corpus was, whether Excel was and the folder, which the next
    export starts with), Esc cancels."""

    BINDINGS: ClassVar[list[BindingType]] = bindings(EXPORT)

    def __init__(
        self,
        store: Store,
        article_id: str | None,
        folder: Path,
        choice: str = "json",
        corpus: bool = False,
        *,
        for_excel: bool = False,
    ) -> None:
        super().__init__()
        self.store = store
        self.article_id = article_id
        self.corpus = corpus or article_id is None  # as the last export chose: a newcomer exported one article
        self.folder = folder
        self.choice = choice if choice in {value for _label, value in CHOICES} else "json"
        self.for_excel = for_excel  # a newcomer's second export for Excel came without the mark
        self._proposed = ""
        """The path the form proposed last: a path typed instead is kept when the format changes."""

    def default_path(self, choice: str, scope: str | None) -> Path:
        """A file that does not exist yet: the second export of the day is offered "-2", not the
        path of the first (which the form would refuse)."""
        fmt, table = format_and_table(choice)
        stem = f"fieldmark-{scope}" if scope else "fieldmark-corpus"
        kind = "-events" if fmt.startswith("events") else f"-{table}" if fmt == "csv" else ""
        extension = EXTENSIONS.get(fmt, "." + fmt)
        path, number = self.folder / f"{stem}{kind}{extension}", 1
        while path.exists():
            number += 1
            path = self.folder / f"{stem}{kind}-{number}{extension}"
        return path

    def compose(self) -> ComposeResult:
        with Vertical(id="form"):
            yield Static(Text("Export", style="bold"), id="form-title", markup=False)
            with Grid(id="form-fields"):
                yield _label("scope")
                scopes: list[tuple[str, str | None]] = [("whole corpus", None)]
                if self.article_id:
                    scopes.insert(0, ("this article", self.article_id))
                yield ChoiceField(scopes, None if self.corpus else self.article_id, id="scope")
                yield _label("format")
                yield ChoiceField(CHOICES, self.choice, id="format")
                yield _label("reader")
                yield ChoiceField(READERS, self.for_excel, id="reader")
                yield _label("path")
                self._proposed = str(self.default_path(self.choice, None if self.corpus else self.article_id))
                yield Input(self._proposed, id="path")
            yield Static(
                Text("Enter export · Esc cancel · an existing file is never replaced", style="dim"),
                id="form-help",
                markup=False,
            )
        yield KeyHints()  # the form's keys: the reader's, behind it, did nothing here

    def on_mount(self) -> None:
        self._show_reader(self.choice)

    def on_descendant_focus(self, event: DescendantFocus) -> None:
        """The focused field's label marked "›" and bold, as in the tagging forms: a newcomer's
        first → changed the scope to the whole corpus, unseen (no field looked focused)."""
        for field, (label_id, words) in _LABELS.items():
            marked = event.widget.id == field
            label = self.query_one(f"#{label_id}", Label)
            label.update(Text(f"› {words}" if marked else words, style="bold" if marked else ""))

    def on_choice_field_changed(self, event: ChoiceField.Changed) -> None:
        if event.control.id == "reader":
            return
        scope = self.query_one("#scope", ChoiceField).value
        fmt = self.query_one("#format", ChoiceField).value
        field = self.query_one("#path", Input)
        proposed = str(self.default_path(fmt, scope))
        if field.value.strip() in ("", self._proposed):
            field.value = proposed
        else:  # the analyst's own path is kept, in the format's extension (a newcomer's typed path was lost)
            field.value = str(_with_extension(Path(field.value.strip()), EXTENSIONS.get(format_and_table(fmt)[0], "")))
        self._proposed = proposed
        self._show_reader(fmt)

    def _show_reader(self, choice: str) -> None:
        """ "For" only where it changes the file: the tables a spreadsheet opens."""
        table = format_and_table(choice)[0] in BOM_FORMATS
        self.query_one("#reader-label").display = table
        self.query_one("#reader").display = table

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
        if not path.parent.is_dir():  # said here, the form and its path kept: the export's own error came
            # seconds after the form had closed, with the path typed lost (a newcomer's)
            self.notify(f"No folder {path.parent}; choose another path.", severity="warning", markup=False)
            return
        choice = self.query_one("#format", ChoiceField).value
        scope = self.query_one("#scope", ChoiceField).value
        for_excel = bool(self.query_one("#reader", ChoiceField).value)
        bom = for_excel and format_and_table(choice)[0] in BOM_FORMATS
        self.app.run_worker(export_in_background(self.app, self.store, choice, path, scope, bom=bom), group="export")
        self.dismiss((choice, scope is None, for_excel, path.resolve().parent))  # "out.json" is where it went


def _with_extension(path: Path, extension: str) -> Path:
    """The path with the format's extension in place of an export's ("out.json" as events: "out.csv");
    another suffix ("report.v2") is the analyst's, kept."""
    known = set(EXTENSIONS.values()) - {""}
    return path.with_suffix(extension) if path.suffix in known or not path.suffix else path


async def export_in_background(
    app: App[Any], store: Store, choice: str, path: Path, article_id: str | None, *, bom: bool = False
) -> None:
    """Export what is saved (waiting at most 2 s for pending saves: a failing disk must not
    freeze the interface) on another thread, then say where it went or why it failed."""
    fmt, table = format_and_table(choice)
    app.notify(f"Exporting to {path}…", markup=False, timeout=3)  # an events export reads every claim: seconds
    # of nothing said, to helper-368, before "Exported"
    if not store.readonly:
        store.flush(timeout=2)
    filters = ExportFilter(article=article_id, table=table)
    try:
        count = await asyncio.to_thread(partial(export_saved, bom=bom), store, fmt, path, filters)
        left = fmt.startswith("events") or fmt == "geojson"
        without_rows = await asyncio.to_thread(_left_out, store, fmt, filters) if left else ""
    except (FieldmarkError, OSError) as error:
        app.notify(f"Export failed: {error}", severity="error", markup=False, timeout=8)
        return
    events = fmt.startswith("events")
    if events and not count:  # one message: no rows, and why; no file of a header alone, which then
        await asyncio.to_thread(path.unlink, missing_ok=True)  # barred its own name (a newcomer's)
        said = " ".join(x for x in (f"Nothing written to {path}: no event rows.", without_rows) if x)
        app.notify(said, title="No events exported", severity="warning", markup=False, timeout=10)
        return
    written = counted(count, "event" if events else "article")
    app.notify(f"{written} to {path}" + ("" if events else f" as {fmt}"), title="Exported", markup=False)
    if without_rows:
        title = "Left off the map" if fmt == "geojson" else "Left out of the events"
        app.notify(without_rows, title=title, severity="warning", markup=False, timeout=10)


def _left_out(store: Store, fmt: str, filters: ExportFilter) -> str:
    """What an events export left out, or the places a GeoJSON export has no point for (a
    newcomer missed three, said only by `fieldmark export`), read from a snapshot (this runs
    on another thread)."""
    from annotations.exchange.events_out import left_out
    from annotations.exchange.geo import unlocated_places

    with store.snapshot() as snapshot:
        return unlocated_places(snapshot, filters) if fmt == "geojson" else left_out(snapshot, filters)
