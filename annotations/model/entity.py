"""Entities: the one place or actor that many mentions, across articles, point to."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from annotations.errors import ValidationError
from annotations.model.checks import check_choice, check_mapping, check_text, clean_fields
from annotations.model.identity import new_id, now_iso
from annotations.model.vocabulary import (
    ACTOR_TYPES,
    ENTITY_KINDS,
    PLACE_KINDS,
    ActorType,
    EntityKind,
    PlaceKind,
)
from annotations.text.normalize import clean_line

CODE_SCHEME = ("iso3166_1", "iso3166_2", "geonames_id")
"""The codes a place is known by, from the widest to the place's own (records, forms, exports)."""


@dataclass(frozen=True, slots=True)
class PlaceDetails:
    """Where a place sits: its kind, province, country, codes and coordinates."""

    place_kind: PlaceKind = "other"
    province: str | None = None
    country: str | None = None
    codes: Mapping[str, str] = field(default_factory=dict)
    latitude: float | None = None
    longitude: float | None = None
    source: str = ""
    aliases: tuple[str, ...] = ()
    """Other names of the place (those of places merged into it)."""

    def __post_init__(self) -> None:
        check_choice(self.place_kind, PLACE_KINDS, "place kind")
        _clean_aliases(self)
        clean_fields(
            self,
            {"province": "province", "country": "country", "source": "gazetteer source"},
            optional=("province", "country"),
        )
        codes = {}
        for key, value in check_mapping(self.codes, "codes").items():
            name = clean_line(check_text(key, "code name"))
            codes[name] = clean_line(check_text(value, f"code {name}"))
            if not name or not codes[name]:
                raise ValidationError(f"code {name or '(no name)'} must not be empty")
        codes = _one_scheme(codes)
        if codes != self.codes:
            object.__setattr__(self, "codes", codes)
        for name, bound in (("latitude", 90.0), ("longitude", 180.0)):
            value = getattr(self, name)
            if value is None:
                continue
            if not isinstance(value, (int, float)) or isinstance(value, bool):
                raise ValidationError(f"{name} must be a number; got {value!r}")
            if not -bound <= value <= bound:
                raise ValidationError(f"{name} must be within ±{bound:g}; got {value}")

    @property
    def main_code(self) -> str:
        """The code that names the place itself: its GeoNames id, else its ISO code, else any."""
        for key in reversed(CODE_SCHEME):
            if key in self.codes:
                return self.codes[key]
        return next(iter(self.codes.values()), "")

    def to_dict(self) -> dict[str, Any]:
        return {
            "place_kind": self.place_kind,
            "province": self.province,
            "country": self.country,
            "codes": dict(self.codes),
            "latitude": self.latitude,
            "longitude": self.longitude,
            "source": self.source,
            **({"aliases": list(self.aliases)} if self.aliases else {}),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PlaceDetails:
        return cls(
            place_kind=data.get("place_kind", "other"),
            province=data.get("province"),
            country=data.get("country"),
            codes=dict(check_mapping(data.get("codes") or {}, "codes")),
            latitude=data.get("latitude"),
            longitude=data.get("longitude"),
            source=data.get("source", ""),
            aliases=_aliases_from(data),
        )


@dataclass(frozen=True, slots=True)
class ActorDetails:
    """What kind of actor this is (ACLED families plus media and officials) and its names."""

    actor_type: ActorType = "external_other"
    affiliation: str = ""
    aliases: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        check_choice(self.actor_type, ACTOR_TYPES, "actor type")
        clean_fields(self, {"affiliation": "affiliation"})
        _clean_aliases(self)

    def to_dict(self) -> dict[str, Any]:
        return {
            "actor_type": self.actor_type,
            "affiliation": self.affiliation,
            "aliases": list(self.aliases),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ActorDetails:
        return cls(
            actor_type=data.get("actor_type", "external_other"),
            affiliation=data.get("affiliation", ""),
            aliases=_aliases_from(data),
        )


def _one_scheme(codes: dict[str, str]) -> dict[str, str]:
    """Codes under one scheme: `iso3166_1`, `iso3166_2`, `geonames_id` (records made before it
    said `geonames`), the country's code beside its subdivision's."""
    if "geonames" in codes and "geonames_id" not in codes:
        codes = {("geonames_id" if k == "geonames" else k): v for k, v in codes.items()}
    subdivision = codes.get("iso3166_2", "")
    if "-" in subdivision and "iso3166_1" not in codes:
        codes = {"iso3166_1": subdivision.split("-", 1)[0], **codes}
    return codes


def _clean_aliases(details: PlaceDetails | ActorDetails) -> None:
    if not isinstance(details.aliases, tuple):
        raise ValidationError("aliases must be a tuple of names")
    aliases = tuple(clean_line(check_text(alias, "alias")) for alias in details.aliases)
    if not all(aliases):
        raise ValidationError("an alias must not be empty")
    if aliases != details.aliases:
        object.__setattr__(details, "aliases", aliases)


def _aliases_from(data: Mapping[str, Any]) -> tuple[str, ...]:
    aliases = data.get("aliases") or []
    if not isinstance(aliases, list):
        raise ValidationError("aliases must be a list of names")
    return tuple(aliases)


@dataclass(frozen=True, slots=True)
class Entity:
    """One canonical place or actor that mentions across articles point to."""

    id: str
    kind: EntityKind
    name: str
    details: PlaceDetails | ActorDetails
    created: str = field(default_factory=now_iso)
    modified: str = field(default_factory=now_iso)

    def __post_init__(self) -> None:
        check_text(self.id, "entity id", empty=False)
        check_choice(self.kind, ENTITY_KINDS, "entity kind")
        clean_fields(self, {"name": "entity name"}, required=("name",))
        expected = PlaceDetails if self.kind == "place" else ActorDetails
        if not isinstance(self.details, expected):
            raise ValidationError(f"a {self.kind} entity needs {expected.__name__}")

    @classmethod
    def place(cls, name: str, details: PlaceDetails | None = None, *, id: str | None = None) -> Entity:
        return cls(id or new_id("place"), "place", name, details or PlaceDetails())

    @classmethod
    def actor(cls, name: str, details: ActorDetails | None = None, *, id: str | None = None) -> Entity:
        return cls(id or new_id("actor"), "actor", name, details or ActorDetails())

    def names(self) -> Iterable[str]:
        """The canonical name and every alias."""
        yield self.name
        yield from self.details.aliases

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "name": self.name,
            "details": self.details.to_dict(),
            "created": self.created,
            "modified": self.modified,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Entity:
        kind = check_choice(data.get("kind"), ENTITY_KINDS, "entity kind")
        raw = check_mapping(data.get("details") or {}, "details")
        details: PlaceDetails | ActorDetails = (
            PlaceDetails.from_dict(raw) if kind == "place" else ActorDetails.from_dict(raw)
        )
        stamp = now_iso()
        return cls(
            id=data.get("id"),  # type: ignore[arg-type]
            kind=kind,
            name=data.get("name"),  # type: ignore[arg-type]
            details=details,
            created=data.get("created") or stamp,
            modified=data.get("modified") or stamp,
        )
