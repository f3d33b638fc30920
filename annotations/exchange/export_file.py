"""A Fieldmark export on disk, read as a stream: what kind it is, its schema, its records.

A file is read twice and never held whole: `ExportFile.check` reads every record once (each
article checked against the export schema, its sha256, and as the records it will become), and
`articles()` then yields one article at a time for storing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterator
from functools import cache
from importlib import resources
from pathlib import Path
from typing import IO, Any, Literal, NoReturn

import fastjsonschema
import ijson
import orjson

from annotations.errors import IngestError, ValidationError
from annotations.exchange.prepare import claim_keys, prepare_article, prepare_entities
from annotations.exchange.selection import FORMAT_NAME, FORMAT_VERSION
from annotations.model import text_sha256


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


ExportKind = Literal["json", "jsonl", "brat", "w3c"]


FIRST_LINE_LIMIT = 16 * 1024 * 1024
"""How much of a file's first line `export_kind` reads to tell an exported article line."""


def export_kind(path: Path) -> ExportKind | None:
    """What kind of Fieldmark export `path` is, judged by content (names may lack a suffix):
    a folder of brat `.ann` files, a JSON document with `"format": "fieldmark"` near its start
    (Fieldmark writes it first), JSON Lines whose first line is an exported article (it has
    `sha256` and `annotations`), or a W3C annotation collection; None for anything else, which
    is ingested as articles."""
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
    if _is_entities_line(record):  # the JSON Lines export of no article: its last line only
        return "jsonl"
    if re.search(rb'"format"\s*:\s*"fieldmark"', head):
        return "json"
    if b"anno.jsonld" in head and b'"AnnotationCollection"' in head:  # `w3c_read` takes it onto stored articles
        return "w3c"
    return None


def _is_entities_line(record: Any) -> bool:
    """Whether a whole first line is the entities line a JSON Lines export ends with (a JSON
    document on one line has its `articles`)."""
    return (
        isinstance(record, dict)
        and record.get("format") == FORMAT_NAME
        and isinstance(record.get("entities"), list)
        and "articles" not in record
        and "text" not in record
    )


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
        self.claims: set[tuple[str, str]] = set()
        """(article id, claim id) of every claim the file holds, which links may name."""

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
                try:
                    self.claims |= claim_keys(prepare_article(value))
                except ValidationError as error:
                    self._refuse(f"article {count} ({value['id']}): {error}")
                count += 1
            else:
                header = value
        problem = schema_problem(header)
        if problem is not None:
            self._refuse(f"not a valid Fieldmark export {problem}")
        self.entities = header.get("entities", [])
        try:
            prepare_entities(self.entities)
        except ValidationError as error:
            self._refuse(str(error))
        self.count = count
        return count

    def articles(self) -> Iterator[dict[str, Any]]:
        for kind, value in self._records():
            if kind == "article":
                yield value

    def _refuse(self, reason: str) -> NoReturn:
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
