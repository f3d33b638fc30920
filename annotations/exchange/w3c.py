"""W3C Web Annotation: an AnnotationCollection whose annotations carry text quote and position
selectors, the kind as a tagging body, the entity as an identifying body, links as linking bodies;
every entity they name, as the JSON export has it, under `fieldmark:entities` (`w3c_read`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import IO, Any

import orjson

from annotations.exchange.selection import ExportFilter, selected
from annotations.model import Annotation, Article, ClaimAttributes, now_iso
from annotations.store import Store
from annotations.store.references import named_entities

W3C_CONTEXT = [
    "http://www.w3.org/ns/anno.jsonld",
    {"fieldmark": "urn:fieldmark:vocab#", "role": "fieldmark:role"},
]


def _urn(kind: str, ident: str) -> str:
    return f"urn:fieldmark:{kind}:{ident}"


def w3c_annotation(store: Store, article: Article, annotation: Annotation) -> dict[str, Any]:
    bodies: list[dict[str, Any]] = [{"type": "TextualBody", "purpose": "tagging", "value": annotation.kind}]
    entity = store.get_entity(annotation.entity_id)
    if entity is not None:
        bodies.append(
            {
                "type": "SpecificResource",
                "purpose": "identifying",
                "source": _urn("entity", entity.id),
                "value": entity.name,
                "fieldmark:details": entity.details.to_dict(),
            }
        )
    bodies.append(
        {
            "type": "TextualBody",
            "purpose": "describing",
            "format": "application/json",
            "value": orjson.dumps(annotation.attributes.to_dict()).decode(),
        }
    )
    if isinstance(annotation.attributes, ClaimAttributes):
        claimant = annotation.attributes.claimant_annotation_id
        if claimant:
            bodies.append(
                {
                    "type": "SpecificResource",
                    "purpose": "linking",
                    "role": "claimant",
                    "source": _urn("annotation", claimant),
                }
            )
        for link in annotation.attributes.links:
            bodies.append(
                {
                    "type": "SpecificResource",
                    "purpose": "linking",
                    "role": link.type,
                    "source": _urn("annotation", link.annotation_id),
                }
            )
    return {
        "id": _urn("annotation", annotation.id),
        "type": "Annotation",
        "motivation": "tagging" if annotation.status == "accepted" else "bookmarking",
        "creator": annotation.annotator or None,
        "created": annotation.created,
        "modified": annotation.modified,
        "body": bodies,
        "target": {
            "source": article.source or _urn("article", article.id),
            "fieldmark:article": article.id,
            "fieldmark:title": article.title,
            "selector": [
                {
                    "type": "TextQuoteSelector",
                    "exact": annotation.quote,
                    "prefix": annotation.prefix,
                    "suffix": annotation.suffix,
                },
                {"type": "TextPositionSelector", "start": annotation.start, "end": annotation.end},
            ],
        },
    }


def write_w3c(store: Store, out: IO[bytes], filters: ExportFilter, progress: Callable[[], None]) -> int:
    """An AnnotationCollection with one AnnotationPage holding every annotation."""
    out.write(b'{"@context":' + orjson.dumps(W3C_CONTEXT))
    out.write(b',"id":"urn:fieldmark:export","type":"AnnotationCollection","label":"Fieldmark export",')
    out.write(b'"generated":' + orjson.dumps(now_iso()))
    out.write(b',"first":{"type":"AnnotationPage","items":[')
    count = 0
    first = True
    named: dict[str, None] = {}
    for article, annotations in selected(store, filters):
        for annotation in annotations:
            if not first:
                out.write(b",")
            out.write(orjson.dumps(w3c_annotation(store, article, annotation)))
            first = False
            named.update(dict.fromkeys(named_entities(annotation)))
        count += 1
        progress()
    entities = [e.to_dict() for e in map(store.get_entity, named) if e is not None]
    out.write(b']},"fieldmark:entities":' + orjson.dumps(entities) + b"}\n")  # what `import` needs of them
    return count
