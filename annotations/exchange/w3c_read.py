"""Reading a W3C Web Annotation collection Fieldmark wrote (`w3c`) back onto the articles this
database holds: the collection keeps each annotation's article id, selectors, kind, entity and
attributes, but no article text, so an article not stored here cannot take its annotations (a
reviewer's `import all.w3c` was refused as an unsupported file type, with no word of why).

The collection becomes a native export document, each article's text and fields taken from the
store, and is merged as one (`imports.import_document`): re-anchoring, per-annotator merging and
the checks are the native import's."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import orjson

from annotations.errors import FieldmarkError, IngestError
from annotations.exchange.selection import FORMAT_NAME, FORMAT_VERSION
from annotations.model import ENTITY_KIND_OF, Article, text_sha256
from annotations.store import Store

_URN = re.compile(r"urn:fieldmark:(annotation|entity|article):(.+)")


def read_w3c(store: Store, path: Path) -> tuple[dict[str, Any], list[str]]:
    """The collection as an export document of the stored articles it annotates, and what was
    left out, one line each (articles not stored here, annotations not of Fieldmark's kinds)."""
    try:
        collection = orjson.loads(path.read_bytes())
        items = collection["first"]["items"]
    except (OSError, orjson.JSONDecodeError, KeyError, TypeError) as error:
        raise IngestError(path, f"not a W3C annotation collection Fieldmark can read ({error})") from None
    if not isinstance(items, list):
        raise IngestError(path, "not a W3C annotation collection Fieldmark can read (no list of items)")
    articles: dict[str, dict[str, Any]] = {}
    entities: dict[str, dict[str, Any]] = {}
    missing: dict[str, str] = {}
    foreign = 0
    for item in items:
        read = _annotation(item) if isinstance(item, dict) else None
        if read is None:
            foreign += 1
            continue
        article_id, title, record, entity = read
        if article_id not in articles and article_id not in missing:
            stored = _stored(store, article_id)
            if stored is None:
                missing[article_id] = title
                continue
            articles[article_id] = _article_record(stored)
        if article_id in missing:
            continue
        articles[article_id]["annotations"].append(record)
        if entity is not None:
            entities.setdefault(entity["id"], entity)
    said = [
        f"article {ident} ({title or 'no title'}) is not in this database: import its text, then this file again"
        for ident, title in missing.items()
    ]
    if foreign:
        said.append(f"{foreign} items are not Fieldmark annotations (no kind, article or position): left out")
    listed = collection.get("fieldmark:entities")
    for entity in listed if isinstance(listed, list) else ():
        if isinstance(entity, dict) and isinstance(entity.get("id"), str):
            entities[entity["id"]] = entity  # whole, with those only claims name (identifying bodies hold no dates)
    document = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": str(collection.get("generated") or ""),
        "articles": list(articles.values()),
        "entities": list(entities.values()),
    }
    return document, said


def _stored(store: Store, article_id: str) -> Article | None:
    try:
        return store.article(article_id)
    except FieldmarkError:  # not stored here (or not readable): it cannot take annotations
        return None


def _article_record(article: Article) -> dict[str, Any]:
    return {
        "id": article.id, "title": article.title, "source": article.source, "published": article.published,
        "text": article.text, "sha256": text_sha256(article.text), "status": article.status,
        "metadata": dict(article.metadata), "annotations": [],
    }  # fmt: skip


def _annotation(item: Mapping[str, Any]) -> tuple[str, str, dict[str, Any], dict[str, Any] | None] | None:
    """(article id, article title, annotation record, entity record or None) of one item; None
    for an item that is not one of Fieldmark's."""
    target, bodies = item.get("target"), item.get("body")
    if not isinstance(target, dict) or not isinstance(bodies, list):
        return None
    bodies = [b for b in bodies if isinstance(b, dict)]
    kind = next((b.get("value") for b in bodies if b.get("purpose") == "tagging"), None)
    ident, article_id = _ident(item.get("id"), "annotation"), target.get("fieldmark:article")
    selectors = {s.get("type"): s for s in target.get("selector") or () if isinstance(s, dict)}
    quote, position = selectors.get("TextQuoteSelector"), selectors.get("TextPositionSelector")
    if kind not in ("district", "actor", "claim") or not ident or not isinstance(article_id, str):
        return None
    if quote is None or position is None:
        return None
    attributes = _attributes(bodies)
    entity = _entity(bodies, ENTITY_KIND_OF.get(kind))
    record = {
        "id": ident, "kind": kind, "start": position.get("start"), "end": position.get("end"),
        "quote": quote.get("exact"), "prefix": quote.get("prefix") or "", "suffix": quote.get("suffix") or "",
        "entity_id": entity["id"] if entity else None, "attributes": attributes,
        "status": "accepted" if item.get("motivation") == "tagging" else "suggested",
        "annotator": item.get("creator") or "", "created": item.get("created"), "modified": item.get("modified"),
    }  # fmt: skip
    return article_id, str(target.get("fieldmark:title") or ""), record, entity


def _ident(value: Any, kind: str) -> str | None:
    found = _URN.fullmatch(value) if isinstance(value, str) else None
    return found.group(2) if found and found.group(1) == kind else None


def _attributes(bodies: list[dict[str, Any]]) -> dict[str, Any]:
    described = next((b.get("value") for b in bodies if b.get("purpose") == "describing"), None)
    try:
        attributes = orjson.loads(described) if isinstance(described, str) else {}
    except orjson.JSONDecodeError:
        attributes = {}
    return attributes if isinstance(attributes, dict) else {}


def _entity(bodies: list[dict[str, Any]], kind: str | None) -> dict[str, Any] | None:
    named = next((b for b in bodies if b.get("purpose") == "identifying"), None)
    ident = _ident(named.get("source"), "entity") if named else None
    if named is None or ident is None or kind is None:
        return None
    details = named.get("fieldmark:details")
    return {
        "id": ident,
        "kind": kind,
        "name": named.get("value"),
        "details": details if isinstance(details, dict) else {},
    }
