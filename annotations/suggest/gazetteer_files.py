"""Gazetteer files an analyst imports: CSV with columns mapped by header name, or JSON (a flat
list of places, or provinces each holding their districts). They are kept with the database
(`Store.save_gazetteer`), so a team shares them with the corpus.
"""

from __future__ import annotations

import csv
import itertools
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, BinaryIO

import ijson

from annotations.errors import IngestError
from annotations.model import PLACE_KINDS, PlaceKind
from annotations.suggest.gazetteer import Place
from annotations.suggest.gazetteer_points import read_point
from annotations.text.normalize import clean_line

COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "name": ("name", "place", "placename", "place_name", "district", "adm2_en", "admin2name_en", "label"),
    "alternates": ("alternates", "alternate_names", "alternatenames", "alt_names", "aliases", "other_names"),
    "kind": ("kind", "type", "place_kind", "feature", "level"),
    "province": ("province", "adm1_en", "admin1name_en", "admin1", "region", "state", "parent"),
    "country": ("country", "adm0_en", "admin0name_en", "country_name"),
    "code": ("code", "pcode", "p_code", "adm2_pcode", "admin2pcode", "iso", "iso3166_2"),
    "latitude": ("latitude", "lat", "y"),
    "longitude": ("longitude", "lon", "lng", "long", "x"),
}
"""Header names each field is read from, lowercased; `--column field=header` adds others."""

_KIND_WORDS: dict[str, PlaceKind] = {
    "adm0": "country",
    "adm1": "province",
    "adm2": "district",
    "state": "province",
    "region": "province",
    "town": "city",
    "municipality": "city",
}


Said = Callable[[str], None]
"""Takes one line about a row whose place was kept without something it gave (its point)."""


def _unsaid(_line: str) -> None:
    return None


LARGE = 250_000
"""Places above which an import says the gazetteer is large (documented in docs/suggestions.md):
it still works, read from disk as needed, but takes a while to import and room on disk."""


def read_gazetteer_file(
    path: Path,
    *,
    columns: Mapping[str, str] | None = None,
    default_kind: PlaceKind = "district",
    country: str | None = None,
    source: str | None = None,
    said: Said = _unsaid,
) -> list[Place]:
    """Every place of a gazetteer file at once (small files; see `iter_gazetteer_file`)."""
    return list(
        iter_gazetteer_file(path, columns=columns, default_kind=default_kind, country=country, source=source, said=said)
    )


def iter_gazetteer_file(
    path: Path,
    *,
    columns: Mapping[str, str] | None = None,
    default_kind: PlaceKind = "district",
    country: str | None = None,
    source: str | None = None,
    said: Said = _unsaid,
) -> Iterator[Place]:
    """Places from a CSV (columns mapped by header name) or JSON file (a flat list of places, or
    provinces each holding their districts), read as they are used: memory does not grow with
    the file. Raises IngestError naming the file and the reason (a file without places too,
    at its end), so whoever stores them must keep nothing until the stream is done. A row's
    point that cannot be one is left out of its place, and `said` with the row's line."""
    source = source or path.stem
    if path.suffix.lower() == ".json":
        places = _json_file_places(path, source, default_kind, country, said)
    else:
        places = _csv_file_places(path, source, default_kind, country, columns or {}, said)
    count = 0
    for place in places:
        count += 1
        yield place
    if not count:
        raise IngestError(path, "no places found (is there a name column or field?)")


def _json_file_places(
    path: Path, source: str, default_kind: PlaceKind, country: str | None, said: Said
) -> Iterator[Place]:
    try:
        with path.open("rb") as handle:
            prefix = _records_prefix(handle)
            handle.seek(0)
            counter = itertools.count(1)
            for number, record in enumerate(ijson.items(handle, prefix, use_float=True), start=1):
                try:
                    here = _said_at(said, f"place {number} of the list")
                    yield from _json_record_places(record, source, default_kind, country, counter, here)
                except ValueError as error:
                    raise IngestError(path, f"place {number} of the list: {error}") from None
    except OSError as error:
        raise IngestError(path, f"cannot read ({error.strerror or error})") from None
    except ijson.JSONError as error:
        raise IngestError(path, f"not valid JSON ({error})") from None


def _records_prefix(handle: BinaryIO) -> str:
    """Where the records are: the list at the top (`item`), the list under the first of the
    known keys present (`places.item`...), or the one object at the top (``)."""
    top_lists: set[str] = set()
    root = None
    for prefix, event, _value in ijson.parse(handle):
        if root is None:
            root = event
            if event != "start_map":
                break
        elif prefix in LIST_KEYS and event == "start_array":
            top_lists.add(prefix)
            if prefix == LIST_KEYS[0]:
                break  # the first choice: no need to read on
    if root == "start_array":
        return "item"
    found = next((key for key in LIST_KEYS if key in top_lists), None)
    return f"{found}.item" if found else ""


LIST_KEYS = ("places", "provinces", "districts", "items", "data")
"""Keys of an object at the top of a JSON gazetteer that may hold its list of places."""


def _json_record_places(
    record: Any, source: str, default_kind: PlaceKind, country: str | None, counter: Iterator[int], said: Said
) -> Iterator[Place]:
    """The places of one record: itself, and its districts (or children) if it has any."""
    if not isinstance(record, Mapping):
        return
    children = next((record[k] for k in ("districts", "children") if isinstance(record.get(k), list)), None)
    values = _json_values(record)
    ident = f"file:{source}:{next(counter)}"
    if children is None:
        place = _place(values, ident, source, default_kind, country, said)
        if place is not None:
            yield place
        return
    values.setdefault("kind", "province")
    province = _place(values, ident, source, "province", country, said)
    if province is not None:
        yield replace(province, province=province.name)
    for child in children:
        if not isinstance(child, Mapping):
            continue
        child_values = _json_values(child)
        if province is not None:
            child_values.setdefault("province", province.name)
        place = _place(child_values, f"file:{source}:{next(counter)}", source, default_kind, country, said)
        if place is not None:
            yield place


def _csv_file_places(
    path: Path, source: str, default_kind: PlaceKind, country: str | None, columns: Mapping[str, str], said: Said
) -> Iterator[Place]:
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            number = 0
            try:
                chosen = _chosen_columns(path, reader.fieldnames or (), columns)
                for number, row in enumerate(reader, start=1):
                    values = {f: (row.get(h) or "").strip() for f, h in chosen.items()}
                    here = _said_at(said, f"line {reader.line_num}")
                    place = _place(values, f"file:{source}:{number}", source, default_kind, country, here)
                    if place is not None:
                        yield place
            except csv.Error as error:
                raise IngestError(path, f"row {number + 1} after the header: {error}") from None
    except UnicodeDecodeError:
        raise IngestError(path, "not UTF-8 text") from None
    except OSError as error:
        raise IngestError(path, f"cannot read ({error.strerror or error})") from None


def _said_at(said: Said, where: str) -> Said:
    return lambda line: said(f"{where}: {line}")


def _chosen_columns(path: Path, fieldnames: Sequence[str], columns: Mapping[str, str]) -> dict[str, str]:
    """Which header each field is read from: `--column` choices, else the known names."""
    headers = {h.strip().lower(): h for h in fieldnames}
    chosen: dict[str, str] = {}
    for field_name, candidates in COLUMN_NAMES.items():
        wanted = columns.get(field_name)
        if wanted is not None:
            if wanted.strip().lower() not in headers:
                raise IngestError(
                    path, f"no column {wanted!r} for {field_name}; columns are {', '.join(headers.values())}"
                )
            chosen[field_name] = headers[wanted.strip().lower()]
            continue
        for candidate in candidates:
            if candidate in headers:
                chosen[field_name] = headers[candidate]
                break
    if "name" not in chosen:
        raise IngestError(path, f"no name column; columns are {', '.join(headers.values())} (use --column name=HEADER)")
    return chosen


def _json_values(record: Mapping[str, Any]) -> dict[str, str]:
    lowered = {str(k).lower(): v for k, v in record.items()}
    values: dict[str, str] = {}
    for field_name, candidates in COLUMN_NAMES.items():
        for candidate in candidates:
            value = lowered.get(candidate)
            if value not in (None, ""):
                values[field_name] = _text(value, field_name)
                break
    # other scripts' names (nameFa, namePa, name_ar, ...) become alternates
    extra = [str(v) for k, v in lowered.items() if k.startswith("name") and k != "name" and isinstance(v, str) and v]
    if extra:
        values["alternates"] = "|".join(filter(None, [values.get("alternates", ""), *extra]))
    return values


def _text(value: Any, field_name: str) -> str:
    """A field's value as text: a string or number, or a list of them (alternates)."""
    if isinstance(value, list) and all(isinstance(item, str | int | float) for item in value):
        return "|".join(str(item) for item in value)
    if isinstance(value, str | int | float):
        return str(value)
    raise ValueError(f"field {field_name!r} is not text ({type(value).__name__})")


def _place(
    values: Mapping[str, str], ident: str, source: str, default_kind: PlaceKind, country: str | None, said: Said
) -> Place | None:
    values = {k: clean_line(v) for k, v in values.items()}  # names from outside: no controls, one line
    source, country = clean_line(source), clean_line(country) if country else country
    name = values.get("name", "")
    if _padding(name):
        return None
    kind_word = values.get("kind", "").strip().lower()
    named = _KIND_WORDS.get(kind_word) or kind_word
    kind: PlaceKind = named if named in PLACE_KINDS else default_kind  # type: ignore[assignment]
    alternates = tuple(
        dict.fromkeys(a.strip() for a in _split(values.get("alternates", "")) if a.strip() and a.strip() != name)
    )
    point = read_point(values.get("latitude"), values.get("longitude"))
    if point.dropped:
        said(f"{name}: {point.dropped}; kept without a point")
    latitude, longitude = point.point or (None, None)
    code = values.get("code", "")
    codes = {("iso3166_2" if _looks_iso(code) else "pcode"): code} if code else {}
    if codes.get("pcode"):
        codes["pcode_source"] = source
    return Place(
        id=ident,
        name=name,
        kind=kind,
        alternates=alternates,
        province=None if _padding(values.get("province")) else values["province"],
        country=country if _padding(values.get("country")) else values["country"],
        codes=codes,
        latitude=latitude,
        longitude=longitude,
        source=source,
    )


_PADDING = {"na", "n/a", "none", "null", "unknown", "tbd", "-", "other"}


def _padding(value: str | None) -> bool:
    """Blank, placeholder ("N/A.", "unknown") or letterless values: rows that fill a table."""
    if not value or not any(c.isalpha() for c in value):
        return True
    return value.strip().rstrip(".").lower() in _PADDING


def _split(value: str) -> list[str]:
    for separator in ("|", ";"):
        if separator in value:
            return value.split(separator)
    return value.split(",") if "," in value else [value]


def _looks_iso(code: str) -> bool:
    head, _, tail = code.partition("-")
    return len(head) == 2 and head.isalpha() and head.isupper() and 1 <= len(tail) <= 3 and tail.isalnum()
