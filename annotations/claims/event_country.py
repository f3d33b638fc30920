"""Which country an event row lies in: a place's own country, else the country of the place tagged
just before it in its paragraph, else the one most of the article's places lie in (a village
the gazetteer does not know has no country of its own, and a row without one is no use on a
map)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace

from annotations.claims.elsewhere import in_dateline
from annotations.model import Annotation, Entity, PlaceDetails
from annotations.model.country_codes import country_code
from annotations.suggest.canonical import country_where, everyday_country
from annotations.text.navigation import sentences_of
from annotations.text.pattern_cache import compiled

CLEAR_MAJORITY = 0.6
"""The share of an article's tagged places one country needs to lend its name to a place of none."""


def article_country(annotations: Iterable[Annotation], entities: dict[str, Entity]) -> tuple[str, str]:
    """The country most places tagged in an article lie in (three in five at least), with its ISO
    code: that of a village the gazetteer does not know ("Nadjoundi", tagged from the text alone),
    whose rows were left out for want of a country."""
    found = Counter((country, code_of_country(details)) for _a, details, country in _placed(annotations, entities))
    if not found:
        return ("", "")
    country, count = found.most_common(1)[0]
    return country if count >= CLEAR_MAJORITY * sum(found.values()) else ("", "")  # a report on two countries: none


def paragraph_start(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def places_in_countries(annotations: Iterable[Annotation], entities: dict[str, Entity]) -> list[tuple[int, int, str]]:
    """(start, end, country) of each place tagged in an article with a country that is not itself
    a country ("near the border with Burkina Faso" puts no village there), in text order."""
    return sorted(
        (a.start, a.end, country)
        for a, details, country in _placed(annotations, entities)
        if details.place_kind != "country"
    )


def _placed(
    annotations: Iterable[Annotation], entities: dict[str, Entity]
) -> Iterator[tuple[Annotation, PlaceDetails, str]]:
    """Each district tagged in an article whose place lies in a known country, with the place's
    details and that country."""
    for a in annotations:
        details = entities[a.entity_id].details if a.kind == "district" and a.entity_id in entities else None
        if isinstance(details, PlaceDetails) and details.country:
            yield a, details, details.country


def country_before(places: list[tuple[int, int, str]], since: int, at: int) -> tuple[str, str] | None:
    """The country of the place tagged last before `at` in its paragraph (from `since`; `places`
    from `places_in_countries`): "the village of Kirango", after Ségou, is in Mali whatever else
    the article names."""
    index = bisect_left(places, (at, -1, "")) - 1
    while index >= 0 and places[index][1] > at:
        index -= 1
    if index < 0 or places[index][0] < since:
        return None
    country = places[index][2]
    return country, country_code(country)


def in_country(details: PlaceDetails, words: str, country: tuple[str, str]) -> PlaceDetails:
    """A place of no known country in the country the claim's words name ("In neighbouring
    Benin, JNIM killed 54 soldiers … in Park W", in a report on Togo), else `country` (the place's
    tagged just before, else the article's)."""
    named = country_where(words)
    code = country_code(everyday_country(named)) if named else ""
    name, code = (named, code) if named and code else country
    return replace(details, country=name, codes={**details.codes, "iso3166_1": code}) if name else details


def code_of(place: Entity) -> str:
    return code_of_country(place.details) if isinstance(place.details, PlaceDetails) else ""


def code_of_country(details: PlaceDetails) -> str:
    """The ISO code of the place's country, by its codes, else by its country's name; "" for none."""
    return details.codes.get("iso3166_1", "") or country_code(details.country or "")


def provinces_told(text: str, annotations: Iterable[Annotation], entities: Mapping[str, Entity]) -> dict[str, Entity]:
    """For each place of no known province tagged in an article, the one province the sentences
    it is tagged in name, of its country or of none known ("Further south, in Lower Shabelle,
    al-Shabaab fighters stormed a base near the town of Sabiid"; "In Middle Shabelle, the army said
    … it had retaken the farming town of Adan Yabaal": helper-268's rows had no admin1). Read once
    per article, so that every row at the place says the same."""
    places = [
        (a, entities[str(a.entity_id)])
        for a in annotations
        if a.kind == "district" and a.status == "accepted" and a.entity_id in entities
        and isinstance(entities[str(a.entity_id)].details, PlaceDetails)
    ]  # fmt: skip
    told: dict[str, dict[str, Entity]] = {}
    for mention, place in places:
        details = place.details
        assert isinstance(details, PlaceDetails)
        if details.province or details.place_kind in ("province", "country"):
            continue
        start, end = sentences_of(text, mention.start, mention.end)
        country = code_of_country(details)
        for other, province in places:
            theirs = province.details
            assert isinstance(theirs, PlaceDetails)
            if (
                start <= other.start and other.end <= end and theirs.place_kind == "province"
                and (not country or code_of_country(theirs) in ("", country))
                and not _ANOTHER_WAY.search(text, max(start, other.start - 30), other.start)
                and not in_dateline(text, other.start)  # "YANGON, Myanmar (AP) - The Arakan Army captured Paletwa"
            ):  # fmt: skip
                told.setdefault(place.id, {})[province.id] = province
    return {place_id: next(iter(found.values())) for place_id, found in told.items() if len(found) == 1}


_ANOTHER_WAY = compiled(r"\b(?:road\s+to|way\s+to|from|border\s+with|bordering)\s+(?:the\s+)?$", re.I)
"""Before a province named as where people come from or go, not where the place lies ("fighters
who crossed from the Est Region attacked Nadjoundi": a review's row in Togo with Burkina's Est)."""


def in_the_province(details: PlaceDetails, province: Entity | None) -> PlaceDetails:
    """A place of no known province in `province` (`provinces_told`) when it is of the place's
    country (that of the row: the article's for a village the gazetteer does not know), with its codes."""
    if province is None or details.province or not isinstance(province.details, PlaceDetails):
        return details
    country = code_of_country(details)
    if country and code_of_country(province.details) not in ("", country):
        return details
    codes = {k: v for k, v in province.details.codes.items() if k in ("iso3166_1", "iso3166_2")}
    return replace(
        details,
        province=province.details.province or province.name,
        country=details.country or province.details.country,
        codes={**codes, **details.codes},
    )
