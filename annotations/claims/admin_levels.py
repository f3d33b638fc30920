"""An event's admin1 and admin2 as ACLED fills them: the country's first-level division, then the
second. A town the built-in places know is in its GeoNames first-level division (Aribinda in
Burkina Faso's Sahel region), but a village tagged from the text ("Nondin, in Yatenga province")
carries the province the text names, which in Burkina Faso is second-level: its row said admin1
"Yatenga" beside rows of "Sahel". A division's level is read from ISO 3166-2 (pycountry), which
gives each second-level division its parent.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from annotations.entities.matching import fold
from annotations.model import PlaceDetails
from annotations.suggest.admin1 import admin1_names, core_key
from annotations.text.pattern_cache import compiled

_ADMINISTRATIVE = frozenset({"Region", "Province", "State", "Governorate", "Department", "Division", "District"})
"""ISO 3166-2 types of a first-level division that governs the ones below it (not Indonesia's
"Geographical unit" Sumatera, over its provinces)."""
_KIND_WORD = compiled(r"\s+(?:province|region|state|governorate|department|prefecture|division)$")


def admin_levels(name: str, details: PlaceDetails, country: str) -> tuple[str, str]:
    """(admin1, admin2) of an event at the place `name` of country code `country` (ISO 3166-1),
    admin1 spelled one way whatever the place's source ("Marib", "Ma'rib" typed for villages of the
    text and "Ma’rib" of the gazetteer were three admin1 in helper-262's export: ISO's name)."""
    admin1, admin2 = _admin_levels(name, details, country)
    return _first_level_names(country).get(core_key(admin1), admin1) if admin1 else admin1, admin2


def _admin_levels(name: str, details: PlaceDetails, country: str) -> tuple[str, str]:
    province = details.province or ""
    if details.place_kind == "province":
        if core_key(name) in _geonames_first_level(country):
            return name, ""  # the division its towns are filed under, whatever ISO puts above it
        levels = _levels(country, name)
        if levels:  # a second-level province is admin2 of its region
            return levels
        return province or name, ""
    levels = _levels(country, province)
    if levels:  # "Nondin, in Yatenga province": Nord, then Yatenga
        return levels
    return province, name if details.place_kind == "district" else ""


def admin2_told(admin1: str, country: str, others: Sequence[str]) -> str:
    """The second-level division among the claim's other places that lies in `admin1` ("40 soldiers
    killed near Djibo, in Soum province": Djibo, in GeoNames' Sahel, is in Soum), else ""."""
    for name in others:
        levels = _levels(country, name)
        if levels is not None and fold(levels[0]) == fold(admin1):
            return levels[1]
    return ""


def _levels(country: str, division: str) -> tuple[str, str] | None:
    """(the first-level division, the second-level one) when `division` names a second-level
    division of the country and no first-level one, nor one GeoNames files towns under (Iraq's
    Arbil, in ISO's Kurdistan Region, is a governorate its towns are in); else None."""
    if not country or not division or core_key(division) in _geonames_first_level(country):
        return None
    return _second_level(country).get(_KIND_WORD.sub("", fold(division)))


@cache
def _geonames_first_level(country: str) -> frozenset[str]:
    """The keys of the divisions GeoNames files a country's towns under (admin1)."""
    return frozenset(core_key(name) for (code, _admin1), name in admin1_names().items() if code == country)


@cache
def _first_level_names(country: str) -> dict[str, str]:
    """ISO 3166-2's name of each first-level division of a country, by its key (`core_key`)."""
    import pycountry  # loaded for event rows only

    divisions = pycountry.subdivisions.get(country_code=country) or () if country else ()
    return {core_key(d.name): d.name for d in divisions if d.parent_code is None}


@cache
def _second_level(country: str) -> dict[str, tuple[str, str]]:
    """Folded names of a country's second-level divisions: their parent's name and their own."""
    import pycountry  # loaded for event rows only

    divisions = pycountry.subdivisions.get(country_code=country) or ()
    first = {d.code: d.name for d in divisions if d.parent_code is None and d.type in _ADMINISTRATIVE}
    first_names = {fold(n) for n in first.values()}
    return {
        fold(d.name): (first[d.parent_code], d.name)
        for d in divisions
        if d.parent_code in first and fold(d.name) not in first_names
    }
