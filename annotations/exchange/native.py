"""The native export: one JSON document (or JSON Lines) holding articles with their text,
annotations and the entities they use; `docs/export-format.md` describes it and
`schema/export.schema.json` checks it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import IO, Any

import orjson

from annotations.claims.index import article_facts
from annotations.exchange.selection import FORMAT_NAME, FORMAT_VERSION, ExportFilter, selected
from annotations.exchange.self_contained import held_references
from annotations.model import Annotation, Article, ClaimAttributes, now_iso
from annotations.store import Store


def annotation_record(annotation: Annotation, derived: dict[str, Any] | None = None) -> dict[str, Any]:
    """An annotation as the export holds it (the article is the one it is nested in); a claim's
    with what the tables read of it (`derived_of_claims`)."""
    record = annotation.to_dict()
    del record["article_id"]
    if derived is not None:
        record["derived"] = derived
    return record


def derived_of_claims(article: Article, annotations: list[Annotation]) -> dict[str, dict[str, Any]]:
    """What the claims table and the event rows read of each accepted claim, by its id: the places
    it is about (the analyst's choice, else read from it and around it) and its event's date, with
    the precision and where it was read. Not imported: an import reads it again from the text."""
    return {
        facts.claim_id: {
            "places": list(facts.place_ids),
            "event_date": facts.when.day.isoformat() if facts.when else None,
            "time_precision": facts.when.precision if facts.when else None,
            "date_source": facts.when.source if facts.when else None,
        }
        for facts in article_facts(article, annotations)  # as the claims index reads them for the tables
    }


def article_record(
    article: Article,
    annotations: list[Annotation],
    rejected: Iterable[str] = (),
    derived: dict[str, dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """An article as the export holds it, with the suggestions the analyst rejected in it (so a
    rejection lasts for good in the database the export is imported into); `derived`: what the
    tables read of its claims, when read from more annotations than these (a filtered export)."""
    derived = derived_of_claims(article, annotations) if derived is None else derived
    record: dict[str, Any] = {
        "id": article.id,
        "title": article.title,
        "source": article.source,
        "published": article.published,
        "text": article.text,
        "sha256": article.sha256,
        "status": article.status,
        "metadata": dict(article.metadata),
        "annotations": [annotation_record(a, derived.get(a.id)) for a in annotations],
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


def _record(
    store: Store, filters: ExportFilter, article: Article, annotations: list[Annotation]
) -> tuple[dict[str, Any], set[str]]:
    """An article's record, its claims' derived facts read from all its annotations (a filtered
    export holds fewer, and names none it leaves out: `self_contained`), and the entities the
    record names (the export's entities hold them)."""
    every = store.annotations(article.id) if annotations else []
    annotations = held_references(store, filters, annotations, every)
    derived = derived_of_claims(article, every) if annotations else {}
    record = article_record(article, annotations, store.rejections(article.id), derived)
    places = {place for a in record["annotations"] for place in a.get("derived", {}).get("places", ())}
    return record, used_entities(store, annotations) | places


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
        record, named = _record(store, filters, article, annotations)
        out.write(orjson.dumps(record))
        used |= named
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
        record, named = _record(store, filters, article, annotations)
        out.write(orjson.dumps(record) + b"\n")
        used |= named
        count += 1
        progress()
    entities = entity_records(store, filters, used)
    out.write(orjson.dumps({"format": FORMAT_NAME, "version": FORMAT_VERSION, "entities": entities}) + b"\n")
    return count
