"""A country's ISO 3166-1 code from its name as written: a place typed in by hand, or one only the
text knows, has a country but no codes, and tables and event rows still need the code."""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache
from typing import Any

EVERYDAY_NAMES = {
    "russia": "RU", "turkey": "TR", "democratic republic of congo": "CD", "democratic republic of the congo": "CD",
    "dr congo": "CD", "drc": "CD", "congo-kinshasa": "CD", "republic of congo": "CG", "congo-brazzaville": "CG",
    "palestine": "PS", "ivory coast": "CI", "uk": "GB", "britain": "GB", "great britain": "GB", "burma": "MM",
    "cape verde": "CV", "syria": "SY", "iran": "IR", "laos": "LA", "vietnam": "VN", "south korea": "KR",
    "north korea": "KP", "bolivia": "BO", "venezuela": "VE", "tanzania": "TZ", "moldova": "MD", "usa": "US",
    "us": "US", "u.s.": "US", "united states of america": "US", "swaziland": "SZ", "east timor": "TL",
    "micronesia": "FM", "kosovo": "XK", "republic of kosovo": "XK",
}  # fmt: skip
"""Names news and hand-typed places use that ISO's lookup does not know ("Russia", "DR Congo"), and
Kosovo, which ISO 3166 leaves out but GeoNames and the EU code as XK."""


@cache
def country_code(country: str) -> str:
    """The alpha-2 code of a country named as written ("Pakistan", "Russian Federation", "Russia",
    "Ivory Coast"), or ""."""
    import pycountry

    name = " ".join(country.split())
    if not name:
        return ""
    known = EVERYDAY_NAMES.get(name.casefold())
    if known is not None:
        return known
    try:
        return str(pycountry.countries.lookup(name).alpha_2)
    except LookupError:
        return ""


def country_as_gazetteers_name(country: str) -> str:
    """A country typed any way news writes it ("DR Congo", "Democratic Republic of Congo", "Russia",
    "Ivory Coast") under the name the gazetteers give it ("Congo, The Democratic Republic of the",
    "Russian Federation", "Côte d'Ivoire"), so that one country is one name in every table and map;
    as typed (spaces tidied) when no code is known for it. A newcomer typed the ISO form by hand, or
    left "Democratic Republic of Congo" beside the gazetteer's places in another name."""
    name = " ".join(country.split())
    return gazetteers_name_of(country_code(name)) or name


def gazetteers_name_of(code: str) -> str:
    """The name the built-in gazetteer gives the country of an ISO code; "" for no known code."""
    import pycountry

    found = pycountry.countries.get(alpha_2=code) if code else None
    return "" if found is None else gazetteers_name(found)


def gazetteers_name(country: Any) -> str:
    """The name the built-in gazetteer gives a pycountry country: its common name where ISO has one
    ("Iran", "Syria"), else its name ("Congo, The Democratic Republic of the")."""
    return str(getattr(country, "common_name", None) or country.name)


def scheme_codes(codes: Mapping[str, str], country: str | None) -> dict[str, str | None]:
    """A place's codes of the one scheme (`CODE_SCHEME`; None for one it lacks), its country's
    ISO code standing for its own `iso3166_1` when it has none (a place only the text knows):
    the places table and the map's unlocated places said "AF" and null of one place."""
    from annotations.model.entity import CODE_SCHEME

    found: dict[str, str | None] = {code: codes.get(code) or None for code in CODE_SCHEME}
    found["iso3166_1"] = found["iso3166_1"] or country_code(country or "") or None
    return found
