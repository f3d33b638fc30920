"""Importing Fieldmark exports back (JSON, JSON Lines, brat folders), merging with what is stored.

A file is checked whole before anything is stored: it must match the export schema and every
article's text its sha256, else one clear line names the file and the first problem and nothing
is written. Annotations whose offsets no longer fit their text are re-anchored from their quote
and context, or reported; never silently shifted.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import orjson

from .errors import IngestError
from .export import FORMAT_NAME, FORMAT_VERSION
from .model import CONTEXT_CHARS, Annotation, Article, Entity, article_id_for, text_sha256
from .store import Store


@cache
def export_schema() -> dict[str, Any]:
    """The JSON Schema of the native export, shipped in the package."""
    text = resources.files("annotations.schema").joinpath("export.schema.json").read_text(encoding="utf-8")
    return json.loads(text)  # type: ignore[no-any-return]


def validate_export(document: Any) -> None:
    """Raise jsonschema.ValidationError unless `document` is a valid export."""
    jsonschema.validate(document, export_schema(), cls=jsonschema.Draft202012Validator)


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


def is_fieldmark_export(path: Path) -> bool:
    """Whether `path` is a Fieldmark export (JSON or JSON Lines) or a brat folder."""
    if path.is_dir():
        return any(path.glob("*.ann"))
    if path.suffix.lower() not in (".json", ".jsonl"):
        return False
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    if path.suffix.lower() == ".json":
        return bool(re.search(rb'"format"\s*:\s*"fieldmark"', head))
    first = head.split(b"\n", 1)[0]
    return b'"annotations"' in first and b'"sha256"' in first


def read_export(path: Path) -> dict[str, Any]:
    """Parse and check a native export (.json, or .jsonl with a closing entities line)."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise IngestError(path, f"cannot read ({error.strerror or error})") from None
    try:
        if path.suffix.lower() == ".jsonl":
            lines = [orjson.loads(line) for line in raw.splitlines() if line.strip()]
            entities: list[Any] = []
            articles = []
            for line in lines:
                if isinstance(line, dict) and "entities" in line and "text" not in line:
                    entities.extend(line["entities"])
                else:
                    articles.append(line)
            document: Any = {
                "format": FORMAT_NAME,
                "version": FORMAT_VERSION,
                "exported_at": "",
                "articles": articles,
                "entities": entities,
            }
        else:
            document = orjson.loads(raw)
    except orjson.JSONDecodeError as error:
        raise IngestError(path, f"not valid JSON ({error})") from None
    try:
        validate_export(document)
    except jsonschema.ValidationError as error:
        where = "/".join(str(p) for p in error.absolute_path) or "top level"
        raise IngestError(path, f"not a valid Fieldmark export at {where}: {error.message}") from None
    for position, article in enumerate(document["articles"]):
        if text_sha256(article["text"]) != article["sha256"]:
            raise IngestError(path, f"article {position} ({article['id']}): text does not match its sha256")
    return dict(document)


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


def import_document(store: Store, document: dict[str, Any], report: ImportReport | None = None) -> ImportReport:
    """Merge a checked export into `store`: entities first, then each article and its annotations."""
    report = report or ImportReport()
    for record in document["entities"]:
        report.entities[store.merge_entity(Entity.from_dict(record))] += 1
    for record in document["articles"]:
        text = record["text"]
        article_id = article_id_for(text)
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
            annotations.append(
                Annotation.from_dict({**raw, "article_id": article_id, "start": span[0], "end": span[1]})
            )
        for key, value in store.merge_annotations(article_id, annotations).items():
            report.annotations[key] += value
    return report


def import_brat(store: Store, folder: Path, annotator: str = "brat") -> ImportReport:
    """A brat folder: each .txt with its .ann becomes an article with its T spans and links."""
    from .brat import read_brat_folder

    report = ImportReport()
    return import_document(store, read_brat_folder(folder, annotator), report)
