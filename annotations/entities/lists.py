"""Entity lists a team shares: the actors (and places) with their names, types, aliases and
affiliation, written as CSV or JSON and read back into another database.

Reading a list adds the entities a database does not know and teaches the ones it knows (same
name or alias) the list's other names; it never changes a known entity's type or name, so a
shared list cannot silently undo an analyst's decisions. One undoable step.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import orjson

from annotations.entities.matching import fold, not_placed_apart, point_filled_in
from annotations.entities.usage import ACLED_INTER_CODES
from annotations.errors import ValidationError
from annotations.model import CODE_SCHEME, ActorDetails, Entity, PlaceDetails
from annotations.model.identity import now_iso
from annotations.store import Entry, Store
from annotations.text.cells import as_written, inert_to_read_back

COLUMNS = (
    "name", "kind", "type", "aliases", "affiliation", "inter", "province", "country",
    "iso3166_1", "iso3166_2", "geonames_id", "latitude", "longitude",
)  # fmt: skip

ALIAS_SEPARATOR = "; "
"""Aliases share one CSV cell, separated by this; a ";" or "\\" inside an alias is written with a
backslash before it ("Ansar al-Sharia\\; Libya"), so an alias holding one reads back whole."""
_ALIAS_CELL = re.compile(r"(?:\\.?|[^;\\])+")
"""One alias of a cell: up to a ";" that no backslash escapes."""
_ESCAPED = re.compile(r"\\([;\\])")


def list_rows(entities: Iterable[Entity]) -> list[dict[str, Any]]:
    rows = []
    for entity in entities:
        details = entity.details
        row: dict[str, Any] = {"name": entity.name, "kind": entity.kind, "aliases": list(details.aliases)}
        if isinstance(details, ActorDetails):
            row.update(type=details.actor_type, affiliation=details.affiliation)
            row["inter"] = ACLED_INTER_CODES.get(details.actor_type)
        else:
            row.update(type=details.place_kind, province=details.province, country=details.country)
            row.update({code: details.codes.get(code) for code in CODE_SCHEME})
            row.update(latitude=details.latitude, longitude=details.longitude)
        rows.append(row)
    return rows


def rows_for(entities: Iterable[Entity]) -> int:
    """How many rows `write_list` gives these entities (entities of one name and type share one)."""
    return len(_one_row_per_name(list_rows(entities)))


def write_list(entities: Iterable[Entity], fmt: str) -> str:
    """The list as `json` or `csv` text, one row per name: actors named only by what they are
    ("civilians", "troops") are an entity per article, and a newcomer's list held four identical
    rows of "civilians" (read back, they were one anyway)."""
    rows = _one_row_per_name(list_rows(entities))
    if fmt == "json":
        return orjson.dumps(rows, option=orjson.OPT_INDENT_2).decode() + "\n"
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        cells = {**row, "aliases": alias_cell(row["aliases"])}
        writer.writerow({k: inert_to_read_back(v) for k, v in cells.items()})  # "=HYPERLINK(…)" stays text
    return out.getvalue()


def alias_cell(aliases: Iterable[str]) -> str:
    """Aliases as one CSV cell (`ALIAS_SEPARATOR`); `aliases_of_cell` reads them back."""
    return ALIAS_SEPARATOR.join(a.replace("\\", "\\\\").replace(";", "\\;") for a in aliases)


def aliases_of_cell(cell: str) -> list[str]:
    """The aliases of a CSV cell, each whole; a backslash before anything but ";" or another
    backslash stays (lists written before escaping kept such names as they are)."""
    found = (_ESCAPED.sub(r"\1", m.group()).strip() for m in _ALIAS_CELL.finditer(cell))
    return [alias for alias in found if alias]


def _one_row_per_name(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Rows alike but for their aliases as one, with the aliases of all (in order)."""
    merged: dict[tuple[Any, ...], dict[str, Any]] = {}
    for row in rows:
        key = tuple(fold(str(v)) if k == "name" else str(v) for k, v in row.items() if k != "aliases")
        if key in merged:
            first = merged[key]
            first["aliases"] = list(dict.fromkeys([*first["aliases"], *row["aliases"]]))
        else:
            merged[key] = {**row, "aliases": list(row["aliases"])}
    return list(merged.values())


def read_list(path: Path) -> list[Entity]:
    """The entities a CSV or JSON list describes (ValidationError, naming the row, if one is wrong)."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ValidationError(f"{path}: cannot be read ({error.strerror or error})") from None
    if path.suffix.lower() == ".json" or raw.lstrip()[:1] == b"[":
        try:
            data = orjson.loads(raw)
        except orjson.JSONDecodeError as error:
            raise ValidationError(f"{path.name}: not valid JSON ({error})") from None
        if not isinstance(data, list):
            raise ValidationError(f"{path.name}: an entity list is a JSON list of objects")
        rows: list[dict[str, Any]] = data
    else:
        try:
            decoded = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise ValidationError(f"{path.name}: not UTF-8 text (byte {error.start}); save it as UTF-8") from None
        rows = [
            {k: as_written(v) if isinstance(v, str) else v for k, v in row.items()}
            for row in csv.DictReader(io.StringIO(decoded))
        ]
    entities = []
    for number, row in enumerate(rows, start=1):
        if not isinstance(row, dict):
            raise ValidationError(f"{path.name}: row {number} is not an object with a name")
        try:
            entities.append(_entity(row))
        except (ValidationError, TypeError, ValueError, AttributeError) as error:
            raise ValidationError(f"{path.name}: row {number}: {error}") from error
    return entities


def _entity(row: dict[str, Any]) -> Entity:
    aliases = row.get("aliases") or []
    if isinstance(aliases, str):
        aliases = aliases_of_cell(aliases)
    kind = row.get("kind") or "actor"
    if not isinstance(kind, str):
        raise ValidationError(f"kind {kind!r} is not text (place or actor)")
    kind = kind.strip()
    name = str(row.get("name") or "")
    if kind == "place":
        place = PlaceDetails(
            place_kind=row.get("type") or "other",
            province=row.get("province") or None,
            country=row.get("country") or None,
            codes={code: str(row[code]) for code in CODE_SCHEME if row.get(code)},
            latitude=_number(row.get("latitude")),
            longitude=_number(row.get("longitude")),
            source="entity list",
            aliases=tuple(aliases),
        )
        return Entity.place(name, place)
    if kind != "actor":
        raise ValidationError(f"kind must be actor or place; got {kind!r}")
    actor = ActorDetails(row.get("type") or "external_other", row.get("affiliation") or "", tuple(aliases))
    return Entity.actor(name, actor)


def _number(value: Any) -> float | None:
    if value is None or value == "":
        return None
    return float(value)


@dataclass(frozen=True, slots=True)
class ListImport:
    added: int
    taught: int
    """Known entities that learnt new aliases, or a point they had not (a place tagged before the list came)."""
    same: int
    entry: Entry | None


def import_list(store: Store, entities: Iterable[Entity], *, label: str) -> ListImport:
    """Add what the database does not know; teach what it knows the list's other names, and a known place
    with no point the list's point (helper-365's list with coordinates was answered "1 known ones learnt other
    names" and its point dropped: no command could then put the tagged place on the map)."""
    known: dict[tuple[str, str], list[Entity]] = {}
    for e in store.entities():
        for n in e.names():
            known.setdefault((e.kind, fold(n)), []).append(e)
    changed: dict[str, Entity] = {}
    added = taught = same = 0
    for entity in entities:
        named = (k for n in entity.names() for k in known.get((entity.kind, fold(n)), ()))
        match = next((k for k in named if not_placed_apart(k, entity)), None)
        if match is None:
            changed[entity.id] = entity
            for n in entity.names():
                known.setdefault((entity.kind, fold(n)), []).append(entity)
            added += 1
            continue
        current = changed.get(match.id, match)
        names = {fold(n) for n in current.names()}
        new = [n for n in entity.names() if fold(n) not in names]
        details = current.details
        if isinstance(details, PlaceDetails) and isinstance(entity.details, PlaceDetails):
            details = point_filled_in(details, entity.details)
        if not new and details == current.details:
            same += 1
            continue
        details = replace(details, aliases=(*current.details.aliases, *new))
        changed[match.id] = replace(current, details=details, modified=now_iso())
        taught += 1
    entry = store.record_step(label, entities=list(changed.values())) if changed else None
    return ListImport(added, taught, same, entry)
