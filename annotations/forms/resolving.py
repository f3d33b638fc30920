"""Which entity a saved form means: a known place or actor of that name (or alias), or a new one;
what the analyst's kind, province, country and code change of a place already linked (and what
they make it lose: a point, a GeoNames id), and which new names an actor learns as aliases (split
from `save`, which was over 450 lines)."""

from __future__ import annotations

import re
from dataclasses import replace

from annotations.entities.matching import fold, similar_entity, with_aliases
from annotations.entities.scope import linkable
from annotations.forms.inputs import ActorInput, DistrictInput
from annotations.forms.namesakes import level, meant_place, namesakes, places_by_name
from annotations.model import ActorDetails, Entity, PlaceDetails, now_iso
from annotations.model.country_codes import country_as_gazetteers_name
from annotations.store import Store
from annotations.text.normalize import unaccented_casefold

_ISO_3166_2 = re.compile(r"^[A-Z]{2}-[A-Z0-9]{1,3}$")


def _codes(code: str, existing: dict[str, str]) -> dict[str, str]:
    """The code the analyst typed, under the key of its scheme: "AF-KDZ" an ISO 3166-2
    subdivision, "AF" an ISO 3166-1 country, a number a GeoNames id, anything else "code"."""
    code = code.strip()
    if not code:
        return existing
    if _ISO_3166_2.match(code.upper()):
        key, value = "iso3166_2", code.upper()
    elif re.fullmatch(r"[A-Za-z]{2}", code):
        key, value = "iso3166_1", code.upper()
    elif code.isdigit():
        key, value = "geonames_id", code
    else:
        key, value = "code", code
    return {**{k: v for k, v in existing.items() if v != value}, key: value}


def _rekinded(old: PlaceDetails, details: PlaceDetails) -> PlaceDetails:
    """A place whose kind the analyst changed keeps where it is (country, province codes) and
    loses what identified the old kind of place (its GeoNames id and point: a town's point is
    not its district's)."""
    if details.place_kind == old.place_kind or {details.place_kind, old.place_kind} == {"city", "village"}:
        return details  # a village the analyst calls a city is the same town
    dropped = {"geonames_id", "geonames"} | ({"iso3166_2"} if details.place_kind == "country" else set())
    codes = {k: v for k, v in details.codes.items() if k not in dropped}
    return replace(details, codes=codes, latitude=None, longitude=None)


def _where(details: PlaceDetails) -> tuple[str, str]:
    return unaccented_casefold(details.province or ""), unaccented_casefold(details.country or "")


def _relocated(old: PlaceDetails, details: PlaceDetails) -> PlaceDetails:
    """A place the analyst moved to another province or country loses what placed it where the
    gazetteer had it: its GeoNames id, its point and the old province's code (a newcomer moved
    Tierra Blanca from Veracruz to Sinaloa; the map still put it in Veracruz)."""
    if _where(details) == _where(old):  # "Kābul" corrected to "Kabul" has not moved
        return details
    dropped = {"geonames_id", "geonames", "iso3166_2"} if details.place_kind != "province" else {"geonames_id"}
    if details.country != old.country:
        dropped |= {"iso3166_1", "iso3166_2"}
    codes = {k: v for k, v in details.codes.items() if k not in dropped or v not in old.codes.values()}
    return replace(details, codes=codes, latitude=None, longitude=None)


def resolve_place(store: Store, data: DistrictInput, current: str | None = None) -> tuple[Entity, bool]:
    """The place entity the form means, and whether it is new or changed (must be saved). The
    form's kind, province, country and code change a known place only when the mention was
    already linked to it (`current`): linking a mention to a known place never rewrites it (a
    newcomer's "Rio" suggested as "other, Paraná", named "Rio de Janeiro", made the city and its
    mentions "other, Paraná")."""
    name = data.name.strip()
    places = store.entities("place")  # of its name or an alias, of the form's kind: not its namesake
    found = meant_place(namesakes(places_by_name(places), name), data.place_kind, current)
    if found is not None:
        if found.id != current:
            return found, False
        old = found.details
        assert isinstance(old, PlaceDetails)
        details = replace(
            old,
            place_kind=data.place_kind,
            province=data.province.strip() or None,
            country=country_as_gazetteers_name(data.country) or None,
            codes=_codes(data.code, dict(old.codes)),
        )
        details = _relocated(old, _rekinded(old, details))
        if details == old:
            return found, False
        return replace(found, details=details, modified=now_iso()), True
    known = data.known if data.known is not None and fold(data.known_name) == fold(name) else None
    code = data.code
    if known is None or level(known.place_kind) != level(data.place_kind):
        other = _gazetteers_place(name, data)
        if other is not None and _code_kept(data):
            code = ""  # the id the form was filled with is not this place's (a town's is not its province's)
        elif other is None and known is None and _code_kept(data):
            known = data.known  # renamed, its code kept, to a name no gazetteer knows: the same place
        known = other or known
    known_codes = dict(known.codes) if known else {}
    codes = known_codes if code.strip() in known_codes.values() else _codes(code, known_codes)
    details = PlaceDetails(
        place_kind=data.place_kind,
        province=data.province.strip() or None,
        country=country_as_gazetteers_name(data.country) or None,
        codes=codes,
        latitude=known.latitude if known else None,
        longitude=known.longitude if known else None,
        source=known.source if known and known.source else "analyst",
    )
    if known is not None:  # the gazetteer's place, as another kind or elsewhere: not its id and point
        details = _relocated(known, _rekinded(known, details))
    return Entity.place(name, details), True


def _code_kept(data: DistrictInput) -> bool:
    """Whether the code is the one the form was filled with. Renamed to a name no gazetteer knows
    ("Djibo town"), it is the same place under another name: its point stays with its id (a
    newcomer's kept Djibo's GeoNames id and lost its point, and the map export left it off).
    Renamed to another place a gazetteer knows ("Arbinda"), the id is not that place's."""
    code = data.code.strip()
    return data.known is not None and bool(code) and code in data.known.codes.values()


def _gazetteers_place(name: str, data: DistrictInput) -> PlaceDetails | None:
    """The place of this name a built-in gazetteer knows at the form's kind's level (a town, an
    area), in the form's country (the most peopled), or the only one of no country said: what a
    place the analyst makes of a new kind is, with its codes and point (a newcomer's city Kunduz,
    made from the province, had none)."""
    from annotations.suggest.builtin_places import builtin_gazetteer_if_made  # loaded with the first form

    wanted, gazetteer = level(data.place_kind), builtin_gazetteer_if_made()
    if wanted is None or gazetteer is None:
        return None
    country = unaccented_casefold(country_as_gazetteers_name(data.country))
    found = [
        p
        for p in gazetteer.lookup(name)
        if level(p.kind) == wanted and (not country or unaccented_casefold(p.country or "") == country)
    ]
    if not found or (not country and len(found) > 1):
        return None  # of no country said, only a place the name alone tells
    place = max(found, key=lambda p: p.population)
    return replace(place.details(), place_kind=data.place_kind)


def resolve_actor(
    store: Store, data: ActorInput, quote: str, current: str | None = None, article_id: str | None = None
) -> tuple[Entity, bool]:
    """The actor entity the form means; a new surface form becomes an alias of it. The form's
    type and affiliation change the entity only when the mention was already linked to it
    (`current`): linking a mention to another actor never rewrites that actor."""
    name = data.name.strip()
    actors = store.entities("actor")
    if article_id is not None:  # a generic name links only within its article
        stored = {e.id: e for e in actors}
        matched = similar_entity(name, linkable(actors, store.annotations(article_id)), "actor")
        found = stored[matched.id] if matched is not None else None  # the entity as stored, all its names
    else:
        found = similar_entity(name, actors, "actor")
    if found is not None:
        old = found.details
        assert isinstance(old, ActorDetails)
        details = with_aliases(found, [" ".join(quote.split())]).details
        assert isinstance(details, ActorDetails)
        if found.id == current:
            details = replace(details, actor_type=data.actor_type, affiliation=data.affiliation.strip())
        if details == old:
            return found, False
        return replace(found, details=details, modified=now_iso()), True
    new_aliases: tuple[str, ...] = () if fold(quote) == fold(name) else (" ".join(quote.split()),)
    return Entity.actor(name, ActorDetails(data.actor_type, data.affiliation.strip(), new_aliases)), True
