"""Export in every format, to a file (replaced atomically, never over an existing one without
`force`; a FIFO or a device written through: `destination`) or a stream: native JSON and JSON
Lines (`native`), W3C Web Annotation (`w3c`), brat (`brat_write`), CSV (`tables`).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import IO

from annotations.claims.events import EventRow
from annotations.errors import FieldmarkError, UsageError
from annotations.exchange.brat_write import write_brat
from annotations.exchange.destination import write_to
from annotations.exchange.events_out import unfit_filter, write_events, write_events_json
from annotations.exchange.geo import write_geojson
from annotations.exchange.native import write_json, write_jsonl
from annotations.exchange.selection import FORMATS, ExportFilter
from annotations.exchange.tables import write_csv
from annotations.exchange.w3c import write_w3c
from annotations.store import Store

__all__ = ["BOM_FORMATS", "FORMATS", "ExportFilter", "check_filters", "export", "export_saved"]

Writer = Callable[[Store, IO[bytes], ExportFilter, Callable[[], None]], int]
STREAM_WRITERS: dict[str, Writer] = {
    "json": write_json,
    "jsonl": write_jsonl,
    "w3c": write_w3c,
    "csv": write_csv,
    "geojson": write_geojson,
    "events": write_events,
    "events-json": write_events_json,
}
BOM_FORMATS = ("csv", "events")
"""Tables a spreadsheet opens: with `bom`, they start with UTF-8's byte order mark, without which
Excel reads a file as the machine's old code page ("MitrovicÃ«" for "Mitrovicë")."""
UTF8_BOM = b"\xef\xbb\xbf"


def export(
    store: Store,
    fmt: str,
    destination: Path | IO[bytes],
    filters: ExportFilter | None = None,
    *,
    force: bool = False,
    progress: Callable[[], None] = lambda: None,
    event_rows: list[EventRow] | None = None,
    bom: bool = False,
) -> int:
    """Write `fmt` to a path (atomically) or an open binary stream; returns articles written
    (events, for the events formats: `event_rows`, those a check read already, are written
    without reading the corpus again; `bom`: see `BOM_FORMATS`)."""
    filters = filters or ExportFilter()
    if bom and fmt not in BOM_FORMATS:
        raise FieldmarkError(f"--bom is for the tables a spreadsheet opens ({', '.join(BOM_FORMATS)}), not {fmt}")
    check_filters(fmt, filters)
    if fmt == "brat":
        if not isinstance(destination, Path):
            raise FieldmarkError("brat export needs a folder: use -o FOLDER")
        if destination.exists() and not destination.is_dir():
            raise FieldmarkError(f"{destination}: exists and is not a folder")
        if destination.is_dir() and any(destination.iterdir()) and not force:
            raise FieldmarkError(f"{destination}: folder is not empty; use --force to write into it")
        return write_brat(store, destination, filters, progress)
    writer = STREAM_WRITERS[fmt]
    if event_rows is not None and fmt in ("events", "events-json"):
        writer = partial(write_events if fmt == "events" else write_events_json, rows=event_rows)
    if bom:
        writer = _after_a_bom(writer)
    if not isinstance(destination, Path):
        return writer(store, destination, filters, progress)
    return write_to(destination, lambda handle: writer(store, handle, filters, progress), force=force)


def check_filters(fmt: str, filters: ExportFilter) -> None:
    """Refuse a format or a filter that would leave the export empty or be ignored, before
    anything is read or written (UsageError: the command exits 2 for the events' filters)."""
    if fmt not in FORMATS:
        raise FieldmarkError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    wanted = {"claims": "claim", "places": "district", "actors": "actor"}.get(filters.table)
    if wanted is None:
        raise FieldmarkError(f"unknown table {filters.table!r}; choose claims, places or actors")
    if fmt == "csv" and filters.kind not in (None, wanted):
        raise FieldmarkError(
            f"the {filters.table} table lists {wanted} annotations, so --kind {filters.kind} would leave it empty; "
            "choose the table with --table claims|places|actors"
        )
    unfit = unfit_filter(filters) if fmt in ("events", "events-json") else None
    if unfit is not None:
        raise UsageError(unfit)


def _after_a_bom(writer: Writer) -> Writer:
    def write(store: Store, handle: IO[bytes], filters: ExportFilter, progress: Callable[[], None]) -> int:
        handle.write(UTF8_BOM)
        return writer(store, handle, filters, progress)

    return write


def export_saved(
    store: Store,
    fmt: str,
    destination: Path,
    filters: ExportFilter | None = None,
    *,
    force: bool = False,
    bom: bool = False,
) -> int:
    """Export what the store has saved, through a read-only snapshot of its own: an app can run
    this on another thread while the analyst goes on working (flush first to include everything
    so far)."""
    with store.snapshot() as snapshot:
        return export(snapshot, fmt, destination, filters, force=force, bom=bom)
