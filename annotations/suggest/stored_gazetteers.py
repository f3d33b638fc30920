"""The gazetteers an analyst imported into a database: kept as place indexes, opened once.

Importing streams the file's places into a new index that the store keeps whole or not at all;
suggestions and search open each stored index once per process and change (`gazetteer_stamp`),
so nothing is parsed whole again. A gazetteer kept by an older Fieldmark (a JSON list) is read
into memory as before, until it is imported again.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Hashable, Iterable, Iterator
from pathlib import Path

import orjson

from annotations.errors import IngestError
from annotations.store import Store
from annotations.suggest.gazetteer import Gazetteer, Place, PlaceLookup
from annotations.suggest.place_index import PlaceIndex, write_index

_lock = threading.Lock()
_opened: dict[Hashable, list[PlaceLookup]] = {}


def import_places(store: Store, name: str, places: Iterable[Place]) -> tuple[str, Counter[str]]:
    """Keep these places with the database as gazetteer `name` (streamed; replacing one of
    that name); its stored name and how many places of each kind it holds. If reading the
    places fails, nothing is kept."""
    kinds: Counter[str] = Counter()

    def fill(path: Path) -> None:
        kinds.update(write_index(path, places))

    stored = store.save_gazetteer(name, fill)
    return stored, kinds


def stored_gazetteers(store: Store) -> list[PlaceLookup]:
    """Every gazetteer imported into this database, opened once per change of any of them."""
    stamp = store.gazetteer_stamp()
    with _lock:
        if stamp not in _opened:
            _opened.clear()  # an index still in use elsewhere closes when let go
            _opened[stamp] = [open_stored(store.gazetteer_path(name)) for name in store.gazetteers()]
        return list(_opened[stamp])


def open_stored(path: Path) -> PlaceLookup:
    """One stored gazetteer: an index read from disk, or an older JSON list read into memory."""
    if path.suffix != ".json":
        return PlaceIndex(path)
    try:
        records = orjson.loads(path.read_bytes())
    except (OSError, orjson.JSONDecodeError) as error:
        raise IngestError(path, f"gazetteer file is damaged ({error})") from None
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise IngestError(path, "gazetteer file is damaged (not a list of places)")
    try:
        return Gazetteer(Place.from_dict(r) for r in records)
    except (KeyError, TypeError, ValueError) as error:
        raise IngestError(path, f"gazetteer file is damaged ({error})") from None


def damaged_gazetteers(store: Store) -> dict[str, str]:
    """The stored gazetteers that cannot be read whole, by name, with what is wrong."""
    damaged: dict[str, str] = {}
    for name in store.gazetteers():
        try:
            gazetteer = open_stored(store.gazetteer_path(name))
            if isinstance(gazetteer, PlaceIndex):
                gazetteer.verify()
                gazetteer.close()
        except IngestError as error:
            damaged[name] = error.reason
    return damaged


def places_of(store: Store, name: str) -> Iterator[Place]:
    """Every place of one stored gazetteer, in the order it was imported."""
    gazetteer = open_stored(store.gazetteer_path(name))
    try:
        yield from gazetteer.all_places()
    finally:
        if isinstance(gazetteer, PlaceIndex):
            gazetteer.close()
