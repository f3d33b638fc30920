"""GeoJSON for maps (RFC 7946): one Point feature per place and article, `[longitude, latitude]`.

Its properties are what a GIS layer filters and labels by: the place's name, kind, how near its
point is (`geo_precision`: a province's or country's point is its capital's), province, country
and codes, the control status the article gives it, the article (id, title, published
date) and how often it names the place. Places without coordinates are not dropped silently:
they are listed under the foreign member `fieldmark:unlocated` with the same properties.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import IO, Any

import orjson

from annotations.entities.mentions import control_status
from annotations.exchange.selection import ExportFilter, selected
from annotations.model import CODE_SCHEME, Annotation, Article, Entity, PlaceDetails
from annotations.model.country_codes import scheme_codes
from annotations.model.vocabulary import GEO_PRECISION
from annotations.store import Store
from annotations.text.quotes import counted


def place_features(store: Store, article: Article, annotations: list[Annotation]) -> Iterator[dict[str, Any]]:
    """One feature per place the article tags (accepted or suggested mentions as filtered)."""
    mentions: dict[str, list[Annotation]] = {}
    for annotation in annotations:
        if annotation.kind == "district" and annotation.entity_id:
            mentions.setdefault(annotation.entity_id, []).append(annotation)
    for entity_id, named in mentions.items():
        entity = store.get_entity(entity_id)
        if entity is None or not isinstance(entity.details, PlaceDetails):
            continue
        yield _feature(entity, entity.details, article, named)


def _feature(entity: Entity, details: PlaceDetails, article: Article, mentions: list[Annotation]) -> dict[str, Any]:
    other_codes = {code: value for code, value in details.codes.items() if code not in CODE_SCHEME}
    properties = {
        "place_id": entity.id,
        "name": entity.name,
        "place_kind": details.place_kind,
        "geo_precision": GEO_PRECISION.get(details.place_kind, 2),  # 3: a province's or country's capital's point
        "province": details.province,
        "country": details.country,
        **scheme_codes(details.codes, details.country),  # as the places table gives them
        "other_codes": other_codes,
        "control_status": control_status(mentions),
        "article_id": article.id,
        "title": article.title,
        "published": article.published,
        "mentions": len(mentions),
    }
    located = details.latitude is not None and details.longitude is not None
    geometry = {"type": "Point", "coordinates": [details.longitude, details.latitude]} if located else None
    return {"type": "Feature", "id": f"{article.id}:{entity.id}", "geometry": geometry, "properties": properties}


def write_geojson(store: Store, out: IO[bytes], filters: ExportFilter, progress: Callable[[], None]) -> int:
    """A FeatureCollection of every located place per article; unlocated ones listed apart."""
    features: list[dict[str, Any]] = []
    unlocated: list[dict[str, Any]] = []
    count = 0
    for article, annotations in selected(store, filters):
        for feature in place_features(store, article, annotations):
            (features if feature["geometry"] is not None else unlocated).append(feature)
        count += 1
        progress()
    document = {
        "type": "FeatureCollection",
        "features": features,
        "fieldmark:unlocated": [f["properties"] for f in unlocated],
    }
    out.write(orjson.dumps(document, option=orjson.OPT_INDENT_2) + b"\n")
    return count


def unlocated_places(store: Store, filters: ExportFilter) -> str:
    """What a GeoJSON export leaves off the map, in a line ("" when every place has a point): a
    second newcomer missed seven places with no word said (they are in `fieldmark:unlocated`)."""
    unlocated = {
        feature["properties"]["place_id"]: feature["properties"]["name"]
        for article, annotations in selected(store, filters)
        for feature in place_features(store, article, annotations)
        if feature["geometry"] is None
    }
    names = sorted(unlocated.values())  # one per place: two places named "Tawila" are two
    if not names:
        return ""
    shown = ", ".join(names[:UNLOCATED_SHOWN]) + (
        f" and {len(names) - UNLOCATED_SHOWN} more" if len(names) > UNLOCATED_SHOWN else ""
    )
    return f"{counted(len(names), 'place')} without a point left off the map (under fieldmark:unlocated): {shown}"


UNLOCATED_SHOWN = 8
