"""Places that share a name: a city and the province named after it are two places.

Kunduz, Herat, Kandahar: Afghanistan's provinces carry their capitals' names, and so do many
countries'. A newcomer with the province Kunduz tagged could not tag "the provincial capital" as
the city: the name linked to the province whatever kind the form said. A name now links to the
known place of its kind's level (a town, or an area), and a town named like a known province (or
the reverse) is a place of its own. A kind of no level ("other") links by name alone, as before:
a wrong suggestion's "other" must not split a city ("Rio" suggested as "other, Paraná").
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from annotations.entities.matching import fold
from annotations.model import Entity, PlaceDetails

_LEVELS = {"city": "town", "village": "town", "province": "area", "district": "area", "country": "area"}


def level(kind: str) -> str | None:
    """A town or an area, or None (a kind such as "other" that is neither)."""
    return _LEVELS.get(kind)


def kind_of(place: Entity) -> str:
    return place.details.place_kind if isinstance(place.details, PlaceDetails) else ""


def places_by_name(places: Iterable[Entity]) -> dict[str, list[Entity]]:
    """The known places by each of their names and aliases, folded: made again only when the
    places changed (every `d` opens a form: 5,000 places took 50 ms to fold each time)."""
    places = tuple(places)
    key = tuple((p.id, p.modified) for p in places)
    if _last and _last[0][0] == key:
        return _last[0][1]
    index: dict[str, list[Entity]] = {}
    for place in places:
        for name in dict.fromkeys(fold(n) for n in place.names()):
            index.setdefault(name, []).append(place)
    _last[:] = [(key, index)]
    return index


_last: list[tuple[tuple[tuple[str, str], ...], dict[str, list[Entity]]]] = []
"""The index `places_by_name` made last, with the places it was made of."""


def namesakes(index: dict[str, list[Entity]], name: str) -> list[Entity]:
    """The known places called `name` (by name or alias, case and accents aside)."""
    return index.get(fold(name), []) if name.strip() else []


def meant_place(named: Sequence[Entity], kind: str, current: str | None = None) -> Entity | None:
    """Which of the places sharing a name (`namesakes`) a form of this kind means: the mention's
    own (`current`) unless the form gives it a kind of the other level, else one of the kind's
    level (of the very kind first), else None when all are of the other level (a new place of
    that name), else the first. A newcomer's "Kunduz" edited from province to city made the
    province and its three other mentions a city, without its point: the mention is now the
    city's, the province stays as it was."""
    if not named:
        return None
    wanted = level(kind)
    own = next((p for p in named if p.id == current), None)
    if own is not None and (wanted is None or level(kind_of(own)) in (None, wanted)):
        return own
    if wanted is None:
        return named[0]
    same = sorted((p for p in named if level(kind_of(p)) == wanted), key=lambda p: kind_of(p) != kind)
    if same:
        return same[0]
    if all(level(kind_of(p)) not in (None, wanted) for p in named):
        return None
    return named[0]


def place_hint(named: Sequence[Entity], kind: str, *, editing_own: str | None = None) -> str:
    """What saving a place of this name and kind does, for the form: "a new place", links to a
    known one (kept as it is unless it is the mention's own), or a namesake of the other level."""
    meant = meant_place(named, kind, editing_own)
    if meant is None and named:
        return f"a new {kind or 'place'}, not the {kind_of(named[0])} {named[0].name} named like it"
    if meant is None:
        return "a new place"
    said = f"links to the known place {meant.name}"
    return said if meant.id == editing_own else f"{said} (kept as it is: e on one of its own mentions changes it)"


def known_place_fields(named: Sequence[Entity], kind: str, current: str | None = None) -> dict[str, str]:
    """The province, country and code a form shows once its name links to a known place (saving
    keeps that place as it is: a newcomer read "Country Tajikistan" under "Imam Sahib", the
    values of the words first tagged, which saving ignored); none for a new place or its own."""
    meant = meant_place(named, kind, current)
    if meant is None or meant.id == current or not isinstance(meant.details, PlaceDetails):
        return {}
    details = meant.details
    return {"province": details.province or "", "country": details.country or "", "code": details.main_code}
