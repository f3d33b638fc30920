"""Points on the map for built-in places GeoNames gives no point of their own: a country at its
capital, a district at the town it is named for (an event row and the map need a point)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from annotations.suggest.gazetteer import Place
from annotations.suggest.placenames import name_key


def countries_located(
    places: list[Place], cities: Sequence[Mapping[str, Any]], countries: Mapping[str, Mapping[str, Any]]
) -> list[Place]:
    """The countries with the point of their capital (else of their largest town): a country an
    article names is on the map and gives an event row its coordinates, at country precision."""
    points: dict[str, tuple[tuple[bool, int], Mapping[str, Any]]] = {}
    for city in cities:
        code = city["countrycode"]
        rank = (city["name"] == countries.get(code, {}).get("capital"), int(city["population"]))
        if code not in points or rank > points[code][0]:
            points[code] = (rank, city)
    located = []
    for place in places:
        found = points.get(place.codes.get("iso3166_1", "")) if place.kind == "country" else None
        if found is not None:
            place = replace(place, latitude=float(found[1]["latitude"]), longitude=float(found[1]["longitude"]))
        located.append(place)
    return located


def seats_located(
    divisions: list[Place], cities: Sequence[Mapping[str, Any]], provinces: Mapping[tuple[str, str], Place]
) -> list[Place]:
    """Second-level divisions with the point of the town they are named for, in the same country
    and province ("Moroto district", the district of Moroto town, had no point: the map and the
    events export left it off)."""
    seats: dict[tuple[str, str | None, str], Mapping[str, Any]] = {}
    for city in cities:
        province = provinces.get((city["countrycode"], city["admin1code"]))
        key = (city["countrycode"], province.name if province else None, name_key(city["name"]))
        if key not in seats or int(city["population"]) > int(seats[key]["population"]):
            seats[key] = city
    located = []
    for place in divisions:
        town = seats.get((place.codes["iso3166_1"], place.province, name_key(place.name)))
        if town is not None:
            place = replace(place, latitude=float(town["latitude"]), longitude=float(town["longitude"]))
        located.append(place)
    return located
