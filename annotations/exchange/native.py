"""The native export: one JSON document (or JSON Lines) holding articles with their text,
annotations and the entities they use; `docs/export-format.md` describes it and
`schema/export.schema.json` checks it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import IO, Any

import orjson

from annotations.exchange.selection import FORMAT_NAME, FORMAT_VERSION, ExportFilter, selected
from annotations.model import Annotation, Article, ClaimAttributes, now_iso
from annotations.store import Store


def annotation_record(annotation: Annotation) -> dict[str, Any]:
    """An annotation as the export holds it (the article is the one it is nested in)."""
    record = annotation.to_dict()
    del record["article_id"]
    return record


def article_record(article: Article, annotations: list[Annotation], rejected: Iterable[str] = ()) -> dict[str, Any]:
    """An article as the export holds it, with the suggestions the analyst rejected in it (so a
    rejection lasts for good in the database the export is imported into)."""
    record: dict[str, Any] = {
        "id": article.id,
        "title": article.title,
        "source": article.source,
        "published": article.published,
        "text": article.text,
        "sha256": article.sha256,
        "status": article.status,
        "metadata": dict(article.metadata),
        "annotations": [annotation_record(a) for a in annotations],
    }
    if rejected:
        record["rejected_suggestions"] = sorted(rejected)
    return record


def used_entities(store: Store, annotations: Iterable[Annotation]) -> set[str]:
    used: set[str] = set()
    for annotation in annotations:
        if annotation.entity_id:
            used.add(annotation.entity_id)
        if isinstance(annotation.attributes, ClaimAttributes):
            attributes = annotation.attributes
            used.update(attributes.places)
            used.update(attributes.actors)
            if attributes.claimant_entity_id:
                used.add(attributes.claimant_entity_id)
    return used


def entity_records(store: Store, filters: ExportFilter, used: set[str]) -> list[dict[str, Any]]:
    """Every entity for an unfiltered export, else only those the exported annotations use."""
    everything = filters == ExportFilter()
    return [e.to_dict() for e in store.entities() if everything or e.id in used]


def write_json(store: Store, out: IO[bytes], filters: ExportFilter, progress: Callable[[], None]) -> int:
    """The native document, streamed: header, one article at a time, then the entities."""
    out.write(b'{"format":"fieldmark","version":%d,"exported_at":' % FORMAT_VERSION)
    out.write(orjson.dumps(now_iso()))
    out.write(b',"articles":[\n')
    used: set[str] = set()
    count = 0
    for article, annotations in selected(store, filters):
        if count:
            out.write(b",\n")
        out.write(orjson.dumps(article_record(article, annotations, store.rejections(article.id))))
        used |= used_entities(store, annotations)
        count += 1
        progress()
    out.write(b'\n],"entities":')
    entities = entity_records(store, filters, used)
    out.write(orjson.dumps(entities))
    out.write(b"}\n")
    return count


def write_jsonl(store: Store, out: IO[bytes], filters: ExportFilter, progress: Callable[[], None]) -> int:
    """One article per line, then one line with the entities (`{"entities": [...]}`)."""
    used: set[str] = set()
    count = 0
    for article, annotations in selected(store, filters):
        out.write(orjson.dumps(article_record(article, annotations, store.rejections(article.id))) + b"\n")
        used |= used_entities(store, annotations)
        count += 1
        progress()
    entities = entity_records(store, filters, used)
    out.write(orjson.dumps({"format": FORMAT_NAME, "version": FORMAT_VERSION, "entities": entities}) + b"\n")
    return count
