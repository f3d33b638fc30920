"""Putting tagged places on the map: from a gazetteer's place, or from what the analyst says.

A place tagged before the gazetteer that knows it was imported, or named in a spelling no
gazetteer holds ("Um Kadada" for GeoNames' "Umm Kaddadah"), has no point, and the event rows and
the map leave it out; helper-365 found no command that could give it one. `set_place` sets a
tagged place's kind, province, country or point; `from_gazetteer` gives it everything a
gazetteer's place knows (kind, province, country, codes, point), its name learnt as an alias;
`unplaced_named_in` finds the tagged places without a point that one gazetteer names, as a
gazetteer import does for the places it can now put on the map. Each change is one undoable step.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from annotations.entities.editing import as_seen
from annotations.entities.matching import fold, with_aliases
from annotations.errors import FieldmarkError, ValidationError
from annotations.model import Entity, PlaceDetails
from annotations.model.identity import now_iso
from annotations.model.vocabulary import PLACE_KINDS
from annotations.store import Entry, Store
from annotations.suggest.gazetteer import Place, PlaceLookup

ANALYST = "analyst"
"""The source of a place the analyst set by hand (a gazetteer's name otherwise): no gazetteer import moves it."""


def set_place(
    store: Store,
    entity_id: str,
    *,
    kind: str | None = None,
    province: str | None = None,
    country: str | None = None,
    point: tuple[float, float] | tuple[()] | None = None,
    seen: Entity | None = None,
) -> Entry:
    """A place's kind, province, country or point, as the analyst knows them ("" clears a province or country, an
    empty point the point). The place is the analyst's from then on: its source says so."""
    entity = _place(store, entity_id, seen)
    details = entity.details
    assert isinstance(details, PlaceDetails)
    if kind is None and province is None and country is None and point is None:
        raise ValidationError("nothing to set: give --place-kind, --province, --country, --point or --from-gazetteer")
    if kind is not None and kind not in PLACE_KINDS:
        raise ValidationError(f"place kind must be one of {', '.join(PLACE_KINDS)}; got {kind!r}")
    changed = replace(
        details,
        place_kind=kind if kind is not None else details.place_kind,  # type: ignore[arg-type]
        province=details.province if province is None else (province.strip() or None),
        country=details.country if country is None else (country.strip() or None),
        latitude=details.latitude if point is None else (point[0] if point else None),  # (): no point
        longitude=details.longitude if point is None else (point[1] if point else None),
        source=ANALYST,  # the analyst's place now: a gazetteer imported again leaves it as it is (helper-369)
    )
    said = [f"{name} {value}" for name, value in _changes(details, changed)]
    return store.record_step(
        f"set {entity.name}: {', '.join(said) or 'as it was'}", entities=[_updated(entity, changed, ())]
    )


def from_gazetteer(store: Store, entity_id: str, place: Place, seen: Entity | None = None) -> Entry:
    """The tagged place takes what the gazetteer's `place` knows (kind, province, country, codes, point); its
    name stays, the gazetteer's name becomes an alias unless another place has it."""
    entity = _place(store, entity_id, seen)
    at = f"{place.latitude}, {place.longitude}" if place.latitude is not None else "no point in it either"
    return store.record_step(
        f"set {entity.name} from {place.source or 'a gazetteer'}: {place.name}{_where(place)}, {at}",
        entities=[_as_in(store, entity, place)],
    )


def place_all(store: Store, found: Sequence[tuple[Entity, Place]], label: str) -> Entry | None:
    """Each tagged place as its gazetteer place says (`unplaced_named_in`'s pairs), in one step."""
    if not found:
        return None
    return store.record_step(label, entities=[_as_in(store, entity, place) for entity, place in found])


@dataclass(frozen=True)
class Unplaced:
    """What one gazetteer says of the tagged places with no point: those it names by one place, and
    those it names by several (the analyst chooses, by id)."""

    one: list[tuple[Entity, Place]]
    several: list[tuple[Entity, list[Place]]]


def unplaced_named_in(store: Store, gazetteer: PlaceLookup, source: str = "") -> Unplaced:
    """The tagged places without a point whose name (or an alias) this gazetteer gives a point, in the same
    country when both say one; with `source`, the gazetteer's name, those placed from it before too (a corrected
    gazetteer imported again left them on the old point: helper-367)."""
    one: list[tuple[Entity, Place]] = []
    several: list[tuple[Entity, list[Place]]] = []
    for entity in store.entities("place"):
        details = entity.details
        assert isinstance(details, PlaceDetails)
        if details.latitude is not None and not (source and details.source == source):
            continue
        named = [p for p in _named(gazetteer, entity.names()) if p.latitude is not None]
        found = [p for p in _same_country(named, details.country) if _of_one_tier(details.place_kind, p.kind)]
        if len(found) == 1 and (found[0].latitude, found[0].longitude) != (details.latitude, details.longitude):
            one.append((entity, found[0]))
        elif len(found) > 1 and details.latitude is None:  # one placed before stays where it is, unsaid
            several.append((entity, found))
    return Unplaced(one, several)


def gazetteer_place(lookups: Iterable[PlaceLookup], entity: Entity, ref: str | None) -> Place:
    """The gazetteer place `ref` names for this tagged place: its id ("gn:364933"), a code of it ("364933",
    a pcode), or a name only one place has; with no `ref`, the one place the entity's own names find. `lookups`: the
    database's gazetteers, then the built-in one (last: an id of the built-in places is found by the names only)."""
    lookups = list(lookups)
    names = [*entity.names(), *([ref] if ref else [])]
    chosen = _chosen([p for lookup in lookups for n in names for p in lookup.lookup(n)], entity, ref)
    if not chosen:  # a spelling no gazetteer holds ("Um Kadada"): the near ones
        chosen = _chosen([p for lookup in lookups for n in names for p in lookup.search(n)], entity, ref)
    if not chosen and ref:  # an id or code of a place its names do not find, in a gazetteer of the analyst's
        chosen = _chosen([p for lookup in lookups[:-1] for p in lookup.all_places()], entity, ref.strip())
    if len(chosen) == 1:
        return chosen[0]
    asked = repr(ref) if ref else f"{entity.name}'s names"
    if not chosen:
        raise FieldmarkError(f"no gazetteer place for {asked} (fieldmark gazetteer search NAME lists the places)")
    choices = "; ".join(f"{p.id} {p.name}{_where(p)}" for p in chosen[:8])
    raise FieldmarkError(f"{asked} names {len(chosen)} gazetteer places: {choices}; give one of their ids")


def _chosen(places: list[Place], entity: Entity, ref: str | None) -> list[Place]:
    """The places `ref` names among these (each once), else those in the entity's country."""
    unique = list({p.id: p for p in places}.values())
    if not ref:
        return _same_country(unique, _country(entity))
    wanted = ref.strip()
    by_id = [p for p in unique if wanted == p.id or wanted in p.codes.values()]
    return by_id or [p for p in unique if fold(wanted) in map(fold, p.names())]


def _of_one_tier(kind: str, other: str) -> bool:
    """Whether a tagged place of `kind` may be a gazetteer's place of `other`: a province or a country only one of
    its own kind (a province of no point was made a village of its name: helper-369)."""
    wide = ("country", "province")
    return kind == other or (kind not in wide and other not in wide)


def _place(store: Store, entity_id: str, seen: Entity | None) -> Entity:
    entity = as_seen(store, entity_id, seen)
    if not isinstance(entity.details, PlaceDetails):
        raise ValidationError(f"{entity.name} is an actor: it has no point (its type: --type, --affiliation)")
    return entity


def _as_in(store: Store, entity: Entity, place: Place) -> Entity:
    """The entity with the gazetteer place's details and names (those no other place has)."""
    details = entity.details
    assert isinstance(details, PlaceDetails)
    taken = {fold(n) for e in store.entities("place") if e.id != entity.id for n in e.names()}
    names = [place.name] if fold(place.name) not in taken else []  # not its alternates: a city has dozens
    taken_over = replace(place.details(), aliases=details.aliases)
    if place.latitude is None and details.latitude is not None:  # a gazetteer's place with no point takes none away
        taken_over = replace(taken_over, latitude=details.latitude, longitude=details.longitude)
    return _updated(entity, taken_over, names)


def _updated(entity: Entity, details: PlaceDetails, names: Iterable[str]) -> Entity:
    return replace(with_aliases(replace(entity, details=details), names), modified=now_iso())


def _named(gazetteer: PlaceLookup, names: Iterable[str]) -> list[Place]:
    found: dict[str, Place] = {}
    for name in names:
        for place in gazetteer.lookup(name):
            found.setdefault(place.id, place)
    return list(found.values())


def _same_country(places: list[Place], country: str | None) -> list[Place]:
    """The gazetteer places in `country`, or of no country said (the tagged place's own may be none: all)."""
    if country is None:
        return places
    return [p for p in places if p.country is None or fold(p.country) == fold(country)]


def _country(entity: Entity) -> str | None:
    details = entity.details
    return details.country if isinstance(details, PlaceDetails) else None


def _where(place: Place) -> str:
    where = ", ".join(w for w in (place.province, place.country) if w and w != place.name)
    return f" ({place.kind}{', ' + where if where else ''})"


def _changes(before: PlaceDetails, after: PlaceDetails) -> list[tuple[str, str]]:
    said = []
    for field, name in (("place_kind", "kind"), ("province", "province"), ("country", "country")):
        if getattr(before, field) != getattr(after, field):
            said.append((name, getattr(after, field) or "(none)"))
    if (before.latitude, before.longitude) != (after.latitude, after.longitude):
        said.append(("point", "(none)" if after.latitude is None else f"{after.latitude}, {after.longitude}"))
    return said


def far_from_its_country(point: tuple[float, float], country: Place | None) -> str:
    """A word when a point given by hand lies far from its place's country and would lie near it with latitude and
    longitude swapped (helper-367 put a town of Burkina Faso in Gabon, and both exports took it); "" otherwise."""
    if country is None or country.latitude is None or country.longitude is None:
        return ""
    home = (country.latitude, country.longitude)
    given, swapped = _km(point, home), _km((point[1], point[0]), home)
    if given < 1500 or swapped > given / 3 or not -90 <= point[1] <= 90:
        return ""
    return (
        f"{point[0]},{point[1]} is {given:,.0f} km from {country.name}; swapped, {point[1]},{point[0]} would be "
        f"{swapped:,.0f} km from it: latitude and longitude the wrong way round? (--point LAT,LON)"
    )


def _km(one: tuple[float, float], other: tuple[float, float]) -> float:
    """The distance between two points on the Earth, in kilometres (haversine)."""
    lat1, lon1, lat2, lon2 = map(math.radians, (*one, *other))
    a = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(a))
