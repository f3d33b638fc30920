"""Importing Fieldmark exports back (JSON, JSON Lines, brat folders), merging with what is stored.

A file is read twice and never held whole: the first pass checks every article against the
export schema and its sha256 (one clear line names the file and the first problem, and nothing
is stored), the second stores article by article. Annotations whose offsets no longer fit their
text are re-anchored from their quote and context, or reported; never silently shifted.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import IO, Any, Literal

import fastjsonschema
import ijson
import orjson

from annotations.errors import IngestError
from annotations.exchange.selection import FORMAT_NAME, FORMAT_VERSION
from annotations.model import CONTEXT_CHARS, Annotation, Article, Entity, article_id_for, text_sha256
from annotations.store import Store

RELEASE_EVERY = 250
"""Articles an import keeps in memory before it waits for the writer and lets them go."""

Progress = Callable[[int, int], None]
"""Told (done, total) after each stored article."""


@cache
def export_schema() -> dict[str, Any]:
    """The JSON Schema of the native export, shipped in the package."""
    text = resources.files("annotations.exchange.schema").joinpath("export.schema.json").read_text(encoding="utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


@cache
def _validator(definition: str | None = None) -> Callable[[Any], Any]:
    """A compiled check for the whole document, or for one of its `$defs` (an article)."""
    schema = export_schema()
    if definition is not None:
        schema = {"$ref": f"#/$defs/{definition}", "$defs": schema["$defs"]}
    return fastjsonschema.compile(schema)  # type: ignore[no-any-return]


def schema_problem(document: Any, definition: str | None = None) -> str | None:
    """Why `document` (or one `$defs` item) does not match the export schema, or None."""
    try:
        _validator(definition)(document)
    except fastjsonschema.JsonSchemaValueException as error:
        where = "/".join(str(p) for p in error.path[1:]) or "top level"
        return f"at {where}: {error.message.removeprefix(str(error.name)).strip() or error.message}"
    return None


@dataclass
class ImportReport:
    articles_added: int = 0
    articles_merged: int = 0
    annotations: dict[str, int] = field(default_factory=lambda: {"added": 0, "same": 0, "renamed": 0, "kept": 0})
    entities: dict[str, int] = field(default_factory=lambda: {"added": 0, "same": 0, "kept": 0})
    reanchored: int = 0
    problems: list[str] = field(default_factory=list)

    def line(self) -> str:
        a = self.annotations
        return (
            f"articles: {self.articles_added} new, {self.articles_merged} merged; "
            f"annotations: {a['added']} added, {a['same']} already there, {a['renamed']} kept from another "
            f"annotator under a new id, {a['kept']} conflicting kept as ours; re-anchored {self.reanchored}; "
            f"problems {len(self.problems)}"
        )


ExportKind = Literal["json", "jsonl", "brat"]


FIRST_LINE_LIMIT = 16 * 1024 * 1024
"""How much of a file's first line `export_kind` reads to tell an exported article line."""


def export_kind(path: Path) -> ExportKind | None:
    """What kind of Fieldmark export `path` is, judged by content (names may lack a suffix):
    a folder of brat `.ann` files, a JSON document with `"format": "fieldmark"` near its start
    (Fieldmark writes it first), or JSON Lines whose first line is an exported article (it has
    `sha256` and `annotations`); None for anything else, which is ingested as articles."""
    if path.is_dir():
        return "brat" if any(path.glob("*.ann")) else None
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
            handle.seek(0)
            first = handle.readline(FIRST_LINE_LIMIT)
    except OSError:
        return None
    if not head.lstrip().startswith(b"{"):
        return None
    try:
        record = orjson.loads(first)
    except orjson.JSONDecodeError:
        record = None
    if isinstance(record, dict) and "sha256" in record and "annotations" in record and "text" in record:
        return "jsonl"
    if re.search(rb'"format"\s*:\s*"fieldmark"', head):
        return "json"
    return None


class ExportFile:
    """A native export on disk (.json, or .jsonl ending with an entities line), streamed.

    `check()` reads it once and raises IngestError at the first problem; `articles()` then
    yields one article record at a time, so memory holds one article, never the whole file.
    """

    def __init__(self, path: Path, kind: ExportKind = "json") -> None:
        self.path = path
        self.kind = kind
        self.entities: list[dict[str, Any]] = []
        self.count = 0

    def check(self) -> int:
        """Check the whole file; returns how many articles it holds."""
        header: dict[str, Any] = {}
        count = 0
        for kind, value in self._records():
            if kind == "article":
                problem = schema_problem(value, "article")
                if problem is not None:
                    self._refuse(f"not a valid Fieldmark export: article {count} {problem}")
                if text_sha256(value["text"]) != value["sha256"]:
                    self._refuse(f"article {count} ({value['id']}): text does not match its sha256")
                count += 1
            else:
                header = value
        problem = schema_problem(header)
        if problem is not None:
            self._refuse(f"not a valid Fieldmark export {problem}")
        self.entities = header.get("entities", [])
        self.count = count
        return count

    def articles(self) -> Iterator[dict[str, Any]]:
        for kind, value in self._records():
            if kind == "article":
                yield value

    def _refuse(self, reason: str) -> None:
        raise IngestError(self.path, reason)

    def _records(self) -> Iterator[tuple[str, Any]]:
        """("article", record) for each article, then ("header", everything else)."""
        try:
            with self.path.open("rb") as handle:
                if self.kind == "jsonl":
                    yield from _jsonl_records(handle)
                else:
                    yield from _json_records(handle)
        except OSError as error:
            self._refuse(f"cannot read ({error.strerror or error})")
        except (orjson.JSONDecodeError, ijson.JSONError) as error:
            first_line = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
            self._refuse(f"not valid JSON ({first_line})")


def _jsonl_records(handle: IO[bytes]) -> Iterator[tuple[str, Any]]:
    entities: list[Any] = []
    for line in handle:
        if not line.strip():
            continue
        record = orjson.loads(line)
        if isinstance(record, dict) and "entities" in record and "text" not in record:
            entities.extend(record["entities"])
        else:
            yield "article", record
    header = {"format": FORMAT_NAME, "version": FORMAT_VERSION, "exported_at": "", "articles": [], "entities": entities}
    yield "header", header


def _json_records(handle: IO[bytes]) -> Iterator[tuple[str, Any]]:
    """Walk the parser's events: articles are built one at a time, other top-level keys kept."""
    header: dict[str, Any] = {}
    key = None
    events = ijson.parse(handle, use_float=True)
    first = next(events, None)
    if first is None or first[1] != "start_map":
        header["articles"] = None  # not an object at all: the schema check says so
        yield "header", header if first is not None else {}
        return
    for prefix, event, value in events:
        if prefix == "" and event == "map_key":
            key = value
        elif prefix == "articles" and event == "start_array":
            header["articles"] = []
            for article in _array_items(events, "articles"):
                yield "article", article
        elif prefix == key:
            header[key] = _build(event, value, events)
    yield "header", header


def _array_items(events: Iterator[tuple[str, str, Any]], prefix: str) -> Iterator[Any]:
    for item_prefix, event, value in events:
        if event == "end_array" and item_prefix == prefix:
            return
        yield _build(event, value, events)


def _build(event: str, value: Any, events: Iterator[tuple[str, str, Any]]) -> Any:
    """The whole value that starts with this event."""
    if event not in ("start_map", "start_array"):
        return value
    builder = ijson.ObjectBuilder()
    builder.event(event, value)
    depth = 1
    for _, event, value in events:
        builder.event(event, value)
        if event in ("start_map", "start_array"):
            depth += 1
        elif event in ("end_map", "end_array"):
            depth -= 1
            if depth == 0:
                break
    return builder.value


def read_export(path: Path) -> dict[str, Any]:
    """A small native export as one document (checked); for files that fit in memory."""
    source = ExportFile(path, export_kind(path) or "json")
    source.check()
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": "",
        "articles": list(source.articles()),
        "entities": source.entities,
    }


def reanchor(text: str, record: dict[str, Any]) -> tuple[int, int] | None:
    """Where an annotation's quote sits in `text`: its own offsets if they still fit, else the
    occurrence whose context matches best (closest to the old place on a tie), else None."""
    start, end, quote = record["start"], record["end"], record["quote"]
    if text[start:end] == quote:
        return start, end
    prefix, suffix = record.get("prefix", ""), record.get("suffix", "")
    best: tuple[int, int, int] | None = None
    position = text.find(quote)
    while position >= 0:
        before = text[max(0, position - CONTEXT_CHARS) : position]
        after = text[position + len(quote) : position + len(quote) + CONTEXT_CHARS]
        score = _common_suffix(before, prefix) + _common_prefix(after, suffix)
        candidate = (score, -abs(position - start), position)
        if best is None or candidate > best:
            best = candidate
        position = text.find(quote, position + 1)
    if best is None or (best[0] == 0 and (prefix or suffix)):
        return None
    return best[2], best[2] + len(quote)


def _common_prefix(a: str, b: str) -> int:
    count = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        count += 1
    return count


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])


def import_document(
    store: Store, document: dict[str, Any], report: ImportReport | None = None, progress: Progress | None = None
) -> ImportReport:
    """Merge a checked export held in memory into `store`."""
    return _merge(store, document["entities"], document["articles"], len(document["articles"]), report, progress)


def import_file(store: Store, path: Path, progress: Progress | None = None) -> ImportReport:
    """Check a native export file whole, then merge it article by article."""
    source = ExportFile(path, export_kind(path) or "json")
    total = source.check()
    return _merge(store, source.entities, source.articles(), total, None, progress)


def _merge(
    store: Store,
    entities: list[dict[str, Any]],
    articles: Iterator[dict[str, Any]] | list[dict[str, Any]],
    total: int,
    report: ImportReport | None,
    progress: Progress | None,
) -> ImportReport:
    """Entities first, then each article and its annotations."""
    report = report or ImportReport()
    for record in entities:
        report.entities[store.merge_entity(Entity.from_dict(record))] += 1
    loaded_here: list[str] = []
    for done, record in enumerate(articles, start=1):
        article_id = article_id_for(record["text"])
        if not store.is_loaded(article_id):
            loaded_here.append(article_id)
        _merge_article(store, article_id, record, report)
        if len(loaded_here) >= RELEASE_EVERY:
            store.flush(None)  # what is saved can be let go
            store.release(loaded_here)
            loaded_here.clear()
        if progress is not None:
            progress(done, total)
    store.flush(None)
    store.release(loaded_here)
    return report


def _merge_article(store: Store, article_id: str, record: dict[str, Any], report: ImportReport) -> None:
    text = record["text"]
    if store.has_article(article_id):
        report.articles_merged += 1
    else:
        article = Article(
            id=article_id,
            title=record["title"],
            text=text,
            source=record["source"],
            published=record.get("published"),
            status=record["status"],
            metadata=record.get("metadata") or {},
        )
        store.add_article(article)
        report.articles_added += 1
    annotations = []
    for raw in record["annotations"]:
        span = reanchor(text, raw)
        if span is None:
            report.problems.append(
                f"article {article_id}: annotation {raw['id']} ({raw['quote'][:40]!r}) not found in the text"
            )
            continue
        if span != (raw["start"], raw["end"]):
            report.reanchored += 1
        annotations.append(Annotation.from_dict({**raw, "article_id": article_id, "start": span[0], "end": span[1]}))
    for key, value in store.merge_annotations(article_id, annotations).items():
        report.annotations[key] += value


def import_brat(store: Store, folder: Path, annotator: str = "brat") -> ImportReport:
    """A brat folder: each .txt with its .ann becomes an article with its T spans and links."""
    from annotations.exchange.brat_read import read_brat_folder

    report = ImportReport()
    return import_document(store, read_brat_folder(folder, annotator), report)
