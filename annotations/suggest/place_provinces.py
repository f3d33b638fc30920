"""The province the text puts a place in ("X district in northern Y", "Y province's X", "X, in
Y province"), and the province named for a town: what the gazetteers' own records of a name do
not say about the place an article means."""

from __future__ import annotations

import re
from dataclasses import replace

from rapidfuzz import fuzz

from annotations.model import PlaceDetails
from annotations.suggest.admin1 import core_key
from annotations.suggest.gazetteer import Place
from annotations.suggest.place_hits import PlaceHit
from annotations.suggest.placenames import name_key
from annotations.suggest.suggestion import Knowledge

_DIRECTION_WORDS = r"(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?"
_PROVINCE_AFTER = re.compile(
    rf"\s+(?i:district|town|village)\s+(?:in|of)\s+(?:the\s+)?(?i:{_DIRECTION_WORDS})([A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)"
)
_PROVINCE_BEFORE = re.compile(r"([A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)\s+[Pp]rovince['’]s\s+$")


_IN = re.compile(r",?\s+in\s+(?:the\s+)?")
_DIRECTION = re.compile(rf"(?i:{_DIRECTION_WORDS})")


def in_named_province(
    text: str, hit: PlaceHit, knowledge: Knowledge, details: PlaceDetails, provinces_at: dict[int, Place]
) -> PlaceDetails:
    """ "X in South Kivu" (a province found there: `provinces_at`, by where it starts), "X
    district in northern Y", "Y province's X" and "X, in Y province": the province the text
    puts a place in, if Y is a province the gazetteers know."""
    follows = _IN.match(text, hit.end)
    named = None
    if follows is not None:  # "in South Kivu" (the province's name), "in northern Kunduz"
        direction = _DIRECTION.match(text, follows.end())
        named = provinces_at.get(follows.end()) or (provinces_at.get(direction.end()) if direction else None)
    if named is not None and details.country in (None, named.country):  # "Minova in South Kivu"
        return replace(details, province=named.name, country=details.country or named.country)
    after = _PROVINCE_AFTER.match(text, hit.end)
    before = _PROVINCE_BEFORE.search(text, max(0, hit.start - 60), hit.start)
    for found in (after, before, _IN_A_PROVINCE.match(text, hit.end)):
        if found is None or not found.group(1)[:1].isupper():
            continue
        provinces = [p for g in knowledge.gazetteers for p in g.lookup(found.group(1)) if p.kind == "province"]
        if details.country is not None:
            provinces = [p for p in provinces if p.country == details.country]
        if provinces:
            province = provinces[0]
            return replace(details, province=province.name, country=details.country or province.country)
    return details


_IN_A_PROVINCE = re.compile(
    r"(?:\s+and\s+[A-Z][\w’'-]+)?,?\s+in\s+(?:the\s+)?([A-Z][\w’'-]+(?:\s[A-Z][\w’'-]+)?)\s+(?:province|region)\b"
)
"""", in Yatenga province" after a name (or after the name beside it: "Nondin and Soro, in …")."""


def not_another_province(text: str, hit: PlaceHit) -> list[Place]:
    """A name's places, less the provinces other than the one the text puts it in: "Nondin and
    Soro, in Yatenga province" names no province Sourou (spelt alike: a newcomer's)."""
    told = _IN_A_PROVINCE.match(text, hit.end)
    if told is None:
        return hit.places
    named = name_key(told.group(1))
    return [p for p in hit.places if p.kind != "province" or name_key(p.name) == named]


def province_of(town: Place, knowledge: Knowledge) -> Place | None:
    """The province named for a town, as a gazetteer knows it: the town's own province (the
    same ISO 3166-2 code), if named like the town (Kharkiv, Kharkivska oblast; not Sinjar, whose
    province is Ninawa: "the Sinjar region" is no name of Ninawa)."""
    code = town.codes.get("iso3166_2")
    if not code or not town.province:
        return None
    found = (p for g in knowledge.gazetteers for p in g.lookup(town.province))
    province = next((p for p in found if p.kind == "province" and p.codes.get("iso3166_2") == code), None)
    named_for_it = province is not None and fuzz.partial_ratio(name_key(town.name), core_key(province.name)) >= 75
    return province if named_for_it else None
