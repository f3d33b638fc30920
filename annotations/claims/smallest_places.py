"""Which of a claim's places the board files it under: the smallest, less those another of its
places lies in (a town, not also its province and country), by ISO codes, a province's name, or a
second-level division the text names (split from `board`, which was over 450 lines)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import NamedTuple

from annotations.claims.admin_levels import admin2_told
from annotations.claims.claim_places import parts_of_a_toll
from annotations.entities.matching import fold
from annotations.model import Entity, PlaceDetails


def smallest_places(place_ids: Iterable[str], by_id: Mapping[str, Entity], quote: str = "") -> list[str]:
    """The places of a claim, less those another of its places lies in: "within 8 km of Pokrovsk
    in Ukraine's Donetsk region" is an event at Pokrovsk, not three (a newcomer's board counted
    25 events of 16 claims), as two villages of a province are two events, not three. A town
    named as one part of the claim's toll is not its place ("killed 14 in the Donetsk region,
    including six in Kostiantynivka": the region's event, with its 14; `--place` finds it by both)."""
    known = [i for i in dict.fromkeys(place_ids) if i in by_id]
    known = [i for i in known if not parts_of_a_toll(quote, list(by_id[i].names()))] or known
    where = {i: _Where.of(by_id[i]) for i in known}
    return [i for i in known if not any(j != i and where[j].lies_in(where[i]) for j in known)]


class _Where(NamedTuple):
    """A place's kind, the country and province codes it has, and its name, its province's and
    its country's, folded (empty where none): a village named by the text has names, not codes."""

    kind: str = ""
    country_code: str = ""
    province_code: str = ""
    name: str = ""
    province: str = ""
    country: str = ""

    @classmethod
    def of(cls, place: Entity) -> _Where:
        details = place.details
        if not isinstance(details, PlaceDetails):
            return cls()
        codes = details.codes
        names = (place.name, details.province or "", details.country or "")
        return cls(details.place_kind, codes.get("iso3166_1", ""), codes.get("iso3166_2", ""), *map(fold, names))

    def lies_in(self, outer: _Where) -> bool:
        """Whether this place lies in a country or province: by their codes, or by the name of the
        province the place is in ("Nondin", a village of "Yatenga", has no code: the claim about
        both was an event at each)."""
        if outer.kind == "country":
            by_code = bool(outer.country_code) and self.country_code == outer.country_code
            return self.kind != "country" and (by_code or (bool(outer.name) and self.country == outer.name))
        if outer.kind != "province" or self.kind in ("country", "province"):
            return False
        if outer.province_code and self.province_code == outer.province_code:
            return True
        same_country = not self.country or not outer.country or self.country == outer.country
        if bool(outer.name) and self.province == outer.name and same_country:
            return True
        # a second-level division of the place's province: Djibo, in GeoNames' Sahel, lies in Soum
        # (a newcomer's board counted "near Djibo, in Soum province" as an event at each)
        country = self.country_code or outer.country_code
        return bool(self.province) and bool(admin2_told(self.province, country, [outer.name]))
