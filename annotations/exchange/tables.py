"""CSV tables for spreadsheets: the claim table, one row per claim."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterator
from typing import IO, Any

from annotations.exchange.selection import ExportFilter, selected
from annotations.model import Annotation, Article, ClaimAttributes, PlaceDetails
from annotations.store import Store

CSV_COLUMNS = (
    "article_id", "article_title", "claim_id", "claim_text", "claimant", "claimant_type", "cue",
    "claim_type", "place", "province", "country", "code", "latitude", "longitude", "certainty",
    "grade", "annotator", "source",
)  # fmt: skip


def claim_rows(store: Store, article: Article, annotations: list[Annotation]) -> Iterator[dict[str, Any]]:
    by_id = {a.id: a for a in annotations}
    for claim in annotations:
        attributes = claim.attributes
        if not isinstance(attributes, ClaimAttributes):
            continue
        claimant_entity = store.get_entity(attributes.claimant_entity_id)
        claimant_name = claimant_entity.name if claimant_entity else ""
        if attributes.claimant_annotation_id and not claimant_name:
            source = by_id.get(attributes.claimant_annotation_id)
            claimant_name = source.quote if source else ""
        places = [p for p in (store.get_entity(i) for i in attributes.places) if p is not None]
        if not places:  # the places tagged inside the claim
            inside = [a for a in annotations if a.kind == "district" and claim.start <= a.start and a.end <= claim.end]
            places = [p for p in (store.get_entity(a.entity_id) for a in inside) if p is not None]
        details = [p.details for p in places if isinstance(p.details, PlaceDetails)]
        yield {
            "article_id": article.id,
            "article_title": article.title,
            "claim_id": claim.id,
            "claim_text": claim.quote,
            "claimant": claimant_name,
            "claimant_type": getattr(claimant_entity.details, "actor_type", "") if claimant_entity else "",
            "cue": attributes.cue,
            "claim_type": attributes.claim_type,
            "place": "; ".join(p.name for p in places),
            "province": "; ".join(d.province or "" for d in details),
            "country": "; ".join(d.country or "" for d in details),
            "code": "; ".join(",".join(d.codes.values()) for d in details),
            "latitude": "; ".join("" if d.latitude is None else f"{d.latitude}" for d in details),
            "longitude": "; ".join("" if d.longitude is None else f"{d.longitude}" for d in details),
            "certainty": attributes.certainty,
            "grade": str(attributes.grade) if attributes.grade else "",
            "annotator": claim.annotator,
            "source": article.source,
        }


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What makes a spreadsheet read a cell as a formula (OWASP's list for CSV injection)."""


def inert(value: Any) -> Any:
    """A cell a spreadsheet shows as text: a string that would start a formula gets a leading `'`
    (as OWASP recommends); numbers stay numbers."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) and not _number(value):
        return "'" + value
    return value


def _number(value: str) -> bool:
    """A negative coordinate ("-12.5") is a number, not a formula: left as it is."""
    try:
        float(value)
    except ValueError:
        return False
    return value.strip() == value


def write_csv(store: Store, out: IO[bytes], filters: ExportFilter, progress: Callable[[], None]) -> int:
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    writer = csv.DictWriter(text, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    count = 0
    for article, annotations in selected(store, filters):
        writer.writerows({k: inert(v) for k, v in row.items()} for row in claim_rows(store, article, annotations))
        count += 1
        progress()
    text.flush()
    text.detach()
    return count
