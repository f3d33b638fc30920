"""CSV tables for spreadsheets: one row per claim, per place mention or per actor mention, one value
per cell, names beside ids (the claim table lists a claim's places in one cell, as it always has)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import PureWindowsPath
from typing import IO, Any

from annotations.claims.claim_places import ClaimPlaces, held_as_told_by
from annotations.claims.smallest_places import smallest_places
from annotations.claims.when import event_date
from annotations.entities.usage import ACLED_INTER_CODES
from annotations.exchange.selection import ExportFilter, selected
from annotations.model import (
    ActorDetails,
    Annotation,
    Article,
    ClaimAttributes,
    DistrictAttributes,
    PlaceDetails,
)
from annotations.model.country_codes import scheme_codes
from annotations.store import Store
from annotations.text.cells import inert

CSV_COLUMNS = (
    "article_id", "article_title", "claim_id", "claim_text", "claimant", "claimant_type", "cue",
    "claim_type", "event_date", "time_precision", "date_source", "place", "province", "country", "code",
    "latitude", "longitude", "control_status", "certainty", "grade", "links", "annotator", "source", "note",
)  # fmt: skip


def claim_rows(store: Store, article: Article, annotations: list[Annotation]) -> Iterator[dict[str, Any]]:
    by_id = {a.id: a for a in annotations}
    about = ClaimPlaces(article.text, annotations)  # as the claims board files them, read once
    for claim in annotations:
        attributes = claim.attributes
        if not isinstance(attributes, ClaimAttributes):
            continue
        claimant_entity = store.get_entity(attributes.claimant_entity_id)
        claimant_name = claimant_entity.name if claimant_entity else ""
        if attributes.claimant_annotation_id and not claimant_name:
            source = by_id.get(attributes.claimant_annotation_id)
            claimant_name = source.quote if source else ""
        claimant_type = getattr(claimant_entity.details, "actor_type", "") if claimant_entity else ""
        place_ids, said = about.of(claim)
        said = held_as_told_by(said, claimant_type)  # the speaker's own hold, its side's
        named = {i: e for i in place_ids if (e := store.get_entity(i)) is not None}
        places = [named[i] for i in smallest_places(place_ids, named, claim.quote)]  # as the board files it
        details = [p.details if isinstance(p.details, PlaceDetails) else _NO_DETAILS for p in places]
        when = event_date(article.text, article.published, claim, about)  # a toll's lender's day, as the event rows
        # and the JSON's `derived` read it (helper-365's claims table said the article's day for Sunday's dead)
        yield {
            "article_id": article.id,
            "article_title": article.title,
            "claim_id": claim.id,
            "claim_text": claim.quote,
            "claimant": claimant_name,
            "claimant_type": claimant_type,
            "cue": attributes.cue,
            "claim_type": attributes.claim_type,
            "event_date": when.day.isoformat() if when else "",
            "time_precision": when.precision if when else "",
            "date_source": when.source if when else "",
            "place": "; ".join(p.name for p in places),
            "province": "; ".join(d.province or "" for d in details),
            "country": "; ".join(d.country or "" for d in details),
            "code": "; ".join(own_code(d) for d in details),
            "latitude": "; ".join("" if d.latitude is None else f"{d.latitude}" for d in details),
            "longitude": "; ".join("" if d.longitude is None else f"{d.longitude}" for d in details),
            "control_status": "; ".join(said.get(p.id, "unknown") for p in places),  # one per place listed
            "certainty": attributes.certainty,
            "grade": str(attributes.grade) if attributes.grade else "",
            "links": "; ".join(f"{link.type} {link.article_id}/{link.annotation_id}" for link in attributes.links),
            "annotator": claim.annotator,
            "source": shared_source(article.source),
            "note": attributes.note,  # the analyst's (a newcomer's "unverified" reached no table)
        }


def shared_source(source: str) -> str:
    """Where an article came from, as a table others read may say it: a web address whole, a file
    imported from this machine by its name only (a newcomer's tables carried
    "/work/shared/fixtures/…" and home folders to whoever they were sent to)."""
    if not _A_LOCAL_PATH.match(source):
        return source  # a web address, an outlet's name ("Reuters / AFP")
    return PureWindowsPath(source).name  # (which splits on "/" and "\\" alike)


_A_LOCAL_PATH = re.compile(r"(?:/|~|\.{1,2}[/\\]|[A-Za-z]:[/\\]|\\\\)")
"""How a file's path on this machine opens: "/", "~", "./", "C:\\", a share's "\\\\"."""


_NO_DETAILS = PlaceDetails()
"""A place whose details cannot be read still has its item in each cell: the cells line up."""


def own_code(details: PlaceDetails) -> str:
    """The code of the place itself (see `PlaceDetails.main_code`); a country's ISO code is no
    code of a province or town in it (the country column names it): "Rostov" coded "RU" read
    as the place's own."""
    if details.place_kind == "country" or "iso3166_1" not in details.codes or not details.country:
        return details.main_code  # (with no country cell, the country's code is all that places it)
    return replace(details, codes={k: v for k, v in details.codes.items() if k != "iso3166_1"}).main_code


PLACE_COLUMNS = (
    "article_id", "article_title", "published", "annotation_id", "mention", "start", "end", "place_id",
    "place_name", "place_kind", "province", "country", "iso3166_1", "iso3166_2", "geonames_id", "latitude",
    "longitude", "control_status", "status", "annotator", "source", "note",
)  # fmt: skip

ACTOR_COLUMNS = (
    "article_id", "article_title", "published", "annotation_id", "mention", "start", "end", "actor_id",
    "actor_name", "actor_type", "inter", "affiliation", "status", "annotator", "source", "note",
)  # fmt: skip


def mention_rows(store: Store, article: Article, annotations: list[Annotation], kind: str) -> Iterator[dict[str, Any]]:
    """One row per place (kind "district") or actor mention, with its entity's details."""
    for mention in annotations:
        if mention.kind != kind:
            continue
        entity = store.get_entity(mention.entity_id)
        row: dict[str, Any] = {
            "article_id": article.id,
            "article_title": article.title,
            "published": article.published or "",
            "annotation_id": mention.id,
            "mention": mention.quote,
            "start": mention.start,
            "end": mention.end,
            "status": mention.status,
            "annotator": mention.annotator,
            "source": shared_source(article.source),
            "note": getattr(mention.attributes, "note", ""),
        }
        details = entity.details if entity is not None else None
        if kind == "district":
            row.update(_place_cells(entity.id if entity else "", entity.name if entity else "", details))
            attributes = mention.attributes
            row["control_status"] = attributes.control_status if isinstance(attributes, DistrictAttributes) else ""
        else:
            row.update(_actor_cells(entity.id if entity else "", entity.name if entity else "", details))
        yield row


def _place_cells(entity_id: str, name: str, details: object) -> dict[str, Any]:
    if not isinstance(details, PlaceDetails):
        return {"place_id": entity_id, "place_name": name}
    codes = details.codes
    return {
        "place_id": entity_id,
        "place_name": name,
        "place_kind": details.place_kind,
        "province": details.province or "",
        "country": details.country or "",
        **{code: value or "" for code, value in scheme_codes(codes, details.country).items()},
        "latitude": "" if details.latitude is None else details.latitude,
        "longitude": "" if details.longitude is None else details.longitude,
    }


def _actor_cells(entity_id: str, name: str, details: object) -> dict[str, Any]:
    if not isinstance(details, ActorDetails):
        return {"actor_id": entity_id, "actor_name": name}
    return {
        "actor_id": entity_id,
        "actor_name": name,
        "actor_type": details.actor_type,
        "inter": ACLED_INTER_CODES.get(details.actor_type, ""),
        "affiliation": details.affiliation,
    }


def write_csv(store: Store, out: IO[bytes], filters: ExportFilter, progress: Callable[[], None]) -> int:
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    columns = {"claims": CSV_COLUMNS, "places": PLACE_COLUMNS, "actors": ACTOR_COLUMNS}[filters.table]
    writer = csv.DictWriter(text, fieldnames=columns)
    writer.writeheader()
    count = 0
    for article, annotations in selected(store, filters):
        if filters.table == "claims":
            rows = claim_rows(store, article, annotations)
        else:
            rows = mention_rows(store, article, annotations, "district" if filters.table == "places" else "actor")
        writer.writerows({k: inert(v) for k, v in row.items()} for row in rows)
        count += 1
        progress()
    text.flush()
    text.detach()
    return count
