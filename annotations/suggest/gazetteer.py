"""The places Fieldmark knows, indexed by every spelling: `Place` records and the `Gazetteer`.

Places come from three sources (built-in countries, subdivisions and cities: `builtin_places`;
files an analyst imports: `gazetteer_files`; and the places the analyst has already tagged);
each source is one `Gazetteer`, looked up by name keys that survive transliteration
(`placenames`) with a strict fuzzy fallback.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields
from typing import Any

from rapidfuzz import fuzz, process

from annotations.model import Entity, PlaceDetails, PlaceKind
from annotations.suggest.placenames import index_keys, keys, name_key
from annotations.text.normalize import clean_line

FUZZY_CUTOFF = 86.0
"""rapidfuzz ratio on name keys (0-100) a near spelling needs (Tarinkot/Tirin Kot: 87.5)."""
FUZZY_MIN_LENGTH = 6
"""Shorter keys are matched exactly only: short names collide too easily."""


@dataclass(frozen=True, slots=True)
class Place:
    """One known place. `id` says where it came from: iso:AF-KDZ, gn:1138958, file:NAME:N, entity:ID."""

    id: str
    name: str
    kind: PlaceKind
    alternates: tuple[str, ...] = ()
    province: str | None = None
    country: str | None = None
    codes: Mapping[str, str] = field(default_factory=dict)
    latitude: float | None = None
    longitude: float | None = None
    source: str = ""
    population: int = 0

    def names(self) -> tuple[str, ...]:
        return (self.name, *self.alternates)

    def details(self) -> PlaceDetails:
        return PlaceDetails(
            place_kind=self.kind,
            province=self.province,
            country=self.country,
            codes=dict(self.codes),
            latitude=self.latitude,
            longitude=self.longitude,
            source=self.source,
        )

    def to_dict(self) -> dict[str, Any]:
        where = {k: v for k, v in self.details().to_dict().items() if k != "place_kind"}
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "alternates": list(self.alternates),
            **where,
            "population": self.population,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Place:
        """A stored place; every name read clean (a file written before names were cleaned)."""

        def text(value: Any) -> str | None:
            return None if value is None else clean_line(str(value))

        return cls(
            id=str(data["id"]),
            name=clean_line(str(data["name"])),
            kind=data.get("kind", "other"),
            alternates=tuple(clean_line(str(a)) for a in data.get("alternates") or ()),
            province=text(data.get("province")),
            country=text(data.get("country")),
            codes={clean_line(str(k)): clean_line(str(v)) for k, v in (data.get("codes") or {}).items()},
            latitude=data.get("latitude"),
            longitude=data.get("longitude"),
            source=clean_line(str(data.get("source", ""))),
            population=int(data.get("population") or 0),
        )

    @classmethod
    def from_clean_dict(cls, data: Mapping[str, Any]) -> Place:
        """A place `to_dict` wrote from a clean place (an index marks its records so): read as
        it is, without cleaning each of its names again (a city has dozens)."""
        return cls(
            id=data["id"],
            name=data["name"],
            kind=data["kind"],
            alternates=tuple(data["alternates"]),
            province=data.get("province"),
            country=data.get("country"),
            codes=data.get("codes") or {},
            latitude=data.get("latitude"),
            longitude=data.get("longitude"),
            source=data.get("source") or "",
            population=data.get("population") or 0,
        )

    @classmethod
    def from_entity(cls, entity: Entity) -> Place:
        """A place the analyst tagged: it is known from then on, in every article."""
        details = entity.details
        assert isinstance(details, PlaceDetails)
        return cls(
            id=f"entity:{entity.id}",
            name=entity.name,
            kind=details.place_kind,
            alternates=tuple(entity.names())[1:],
            province=details.province,
            country=details.country,
            codes=dict(details.codes),
            latitude=details.latitude,
            longitude=details.longitude,
            source=details.source or "analyst",
        )


class PlaceLookup(ABC):
    """What suggestions and search ask of a gazetteer, however it is held: places by name key,
    with a fuzzy fallback for spellings the keys do not join. `Gazetteer` holds its places in
    memory; `place_index.PlaceIndex` reads them from a file on disk as they are asked for."""

    max_words: int = 1
    """The most words any name has: how long a run of words suggestions look up."""

    def __init__(self, fuzzy_sources_excluded: Iterable[str]) -> None:
        self.unfuzzy = frozenset(fuzzy_sources_excluded)
        """Sources whose places are found by their spelling only (world cities: too many of
        them are near common words)."""
        self._near: dict[tuple[str, float], list[str]] = {}

    @abstractmethod
    def __len__(self) -> int: ...

    @abstractmethod
    def places_of(self, key: str) -> Sequence[Place]:
        """The places one of whose names has this key."""

    @abstractmethod
    def near_candidates(self, key: str) -> Sequence[str]:
        """Keys a fuzzy match may return for `key`: of a place some source lets be found by
        similarity, starting with the same letter, at most two letters longer or shorter."""

    @abstractmethod
    def all_places(self) -> Iterator[Place]:
        """Every place, in the order they were given."""

    def contents(self) -> Hashable:
        """What the lookup answers from, as a value: lookups of equal contents answer alike, so
        what suggestions worked out with one holds with the other (`pieces`). By default the
        lookup itself: equal to no other."""
        return self

    def prefetch(self, names: Iterable[str]) -> None:
        """Get ready to look these names up: an index on disk reads them in one query rather
        than one query per name. Places held in memory need nothing."""
        del names

    def lookup(self, name: str) -> list[Place]:
        """Places with this name under any spelling the keys join."""
        found: dict[str, Place] = {}  # by id: a key of a national gazetteer may hold hundreds
        for key in keys(name):
            for place in self.places_of(key):
                found.setdefault(place.id, place)
        return list(found.values())

    def fuzzy(
        self, name: str, *, cutoff: float = FUZZY_CUTOFF, fuzzy_ok: Callable[[Place], bool] | None = None
    ) -> list[Place]:
        """Places whose key is near this name's key (exact keys first); [] for short names.

        `fuzzy_ok`, if given, filters which places may be found by similarity alone."""
        key = name_key(name)
        if len(key) < FUZZY_MIN_LENGTH:
            return []
        near = self._near.get((key, cutoff))
        if near is None:
            candidates = self.near_candidates(key)
            near = [
                m for m, _score, _ in process.extract(key, candidates, scorer=fuzz.ratio, score_cutoff=cutoff, limit=5)
            ]
            if len(self._near) > 50_000:
                self._near.clear()
            self._near[(key, cutoff)] = near  # names recur: each is looked up once
        found: dict[str, Place] = {}
        for match in near:
            for place in self.places_of(match):
                if place.id not in found and (fuzzy_ok is None or fuzzy_ok(place)):
                    found[place.id] = place
        return list(found.values())

    def search(self, name: str, limit: int = 20) -> list[Place]:
        """Exact spellings first, then near ones, larger places first within each."""
        exact = self.lookup(name)
        ids = {p.id for p in exact}
        near = [p for p in self.fuzzy(name, cutoff=80.0) if p.id not in ids and p.source not in self.unfuzzy]
        rank = sorted(exact, key=_importance) + sorted(near, key=_importance)
        return rank[:limit]


def fuzzy_eligible(key: str) -> bool:
    """Whether a key is long enough to be found by similarity (see `FUZZY_MIN_LENGTH`)."""
    return len(key) >= FUZZY_MIN_LENGTH - 1


def near_bounds(key: str) -> tuple[str, int, int]:
    """The first letter and the shortest and longest length of keys near `key`."""
    return key[:1], len(key) - 2, len(key) + 2


class Gazetteer(PlaceLookup):
    """Places held in memory and indexed by name key (places the analyst tagged, small files)."""

    def __init__(self, places: Iterable[Place], *, fuzzy_sources_excluded: Iterable[str] = ("geonames",)) -> None:
        super().__init__(fuzzy_sources_excluded)
        self.places: list[Place] = list(places)
        self._by_key: dict[str, list[Place]] = {}
        self.max_words = 1
        for place in self.places:
            for name in place.names():
                self.max_words = max(self.max_words, len(name.split()))
                for key in index_keys(name):
                    bucket = self._by_key.setdefault(key, [])
                    if not bucket or bucket[-1] is not place:  # two names of a place may share a key
                        bucket.append(place)
        self._by_start: dict[str, list[str]] | None = None
        self._contents: tuple[Hashable, ...] | None = None

    def __len__(self) -> int:
        return len(self.places)

    def contents(self) -> Hashable:
        """Every place's record (the places the analyst tagged are gathered anew for each run of
        the suggestions, the same ones mostly)."""
        if self._contents is None:  # which sources are found by spelling only, too: they answer otherwise
            self._contents = (tuple(sorted(self.unfuzzy)), *(_record_key(p) for p in self.places))
        return self._contents

    def all_places(self) -> Iterator[Place]:
        return iter(self.places)

    def places_of(self, key: str) -> Sequence[Place]:
        return self._by_key.get(key, ())

    def near_candidates(self, key: str) -> Sequence[str]:
        if self._by_start is None:
            self._by_start = {}
            for known, places in self._by_key.items():
                if fuzzy_eligible(known) and any(p.source not in self.unfuzzy for p in places):
                    self._by_start.setdefault(known[:1], []).append(known)
            for candidates in self._by_start.values():
                candidates.sort()  # as an index returns them: equal scores come out in one order
        first, shortest, longest = near_bounds(key)
        return [k for k in self._by_start.get(first, ()) if shortest <= len(k) <= longest]


def _record_key(place: Place) -> Hashable:
    return (*(getattr(place, name) for name in _RECORD_FIELDS), tuple(sorted(place.codes.items())))


_RECORD_FIELDS = tuple(f.name for f in fields(Place) if f.name != "codes")


def _importance(place: Place) -> tuple[int, int]:
    order = {"country": 0, "province": 1, "district": 2, "city": 3, "village": 4, "other": 5}
    return (order.get(place.kind, 9), -place.population)
