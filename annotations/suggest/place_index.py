"""A gazetteer as a file on disk that is read as it is asked, never parsed whole.

A gazetteer of a million places kept as one JSON list cost a minute and gigabytes each time a
command read it. Here a gazetteer is one SQLite file (the standard library's, no server), written
once from a stream of places and never changed in place (a new import writes a new file):

    places(seq, doc)                every place, its record as JSON
    names(key, seq)                 each name key of each place (see `placenames`)
    near(key, first, length)        keys that may be found by similarity, by first letter and length
    about(field, value)             how many places of each kind, the longest name in words,
                                    the index format, whether its records were written clean

Looking a name up reads a few rows through an index; counting reads `about`. The connection is
opened read-only and immutable (the file never changes), shared by threads under a lock.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from collections import Counter
from collections.abc import Hashable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import orjson

from annotations.errors import IngestError
from annotations.suggest.gazetteer import Place, PlaceLookup, fuzzy_eligible, near_bounds
from annotations.suggest.placenames import index_keys, keys
from annotations.text.normalize import lines_clean

INDEX_FORMAT = 1
"""Bumped when the tables or the name keys change: an index of another format is refused."""
BATCH = 1_000
"""Places written per statement batch while an index is built."""
SUFFIX = ".sqlite"
CACHED_KEYS = 20_000
"""Keys whose places an index keeps in memory once looked up."""

_SCHEMA = """
CREATE TABLE places (seq INTEGER PRIMARY KEY, doc BLOB NOT NULL);
CREATE TABLE names (key TEXT NOT NULL, seq INTEGER NOT NULL);
CREATE TABLE near (key TEXT PRIMARY KEY, first TEXT NOT NULL, length INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE about (field TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;
"""
_INDEXES = """
CREATE INDEX names_by_key ON names (key);
CREATE INDEX near_by_start ON near (first, length);
"""
_PLACES_OF_KEY = (
    "SELECT places.doc FROM names JOIN places ON places.seq = names.seq WHERE names.key = ? ORDER BY names.seq"
)
_PLACES_OF_KEYS = (
    "SELECT names.key, places.doc FROM names JOIN places ON places.seq = names.seq"
    " WHERE names.key IN ({marks}) ORDER BY names.key, names.seq"
)
_KEYS_PER_QUERY = 500
"""Keys asked in one query (SQLite allows 32,766 parameters; a long article has about 1,500)."""
_NEAR_KEYS = "SELECT key, first, length FROM near"
MAPPED = 1 << 30
"""Bytes of the file SQLite reads through a memory map, not a read call per page: an article's
lookups touch pages all over the file, and a call each made the lookups of a long article's first
suggestions cost four times as much. Safe because the file is never changed in place."""


def write_index(
    path: Path, places: Iterable[Place], *, fuzzy_sources_excluded: Iterable[str] = ("geonames",)
) -> Counter[str]:
    """Write the places (streamed: memory does not grow with them) into a new index at `path`,
    which must not exist; returns how many places of each kind it holds. The file is synced
    before this returns, so it can be renamed into place."""
    unfuzzy = frozenset(fuzzy_sources_excluded)
    kinds: Counter[str] = Counter()
    longest = 1
    connection = sqlite3.connect(path)
    try:
        connection.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
        for batch in _batches(places):
            rows, names, near = [], [], []
            for seq, given in batch:
                place, record = _clean_record(given)  # read back as written
                kinds[place.kind] += 1
                rows.append((seq, orjson.dumps(record)))
                for key in {k for name in place.names() for k in index_keys(name)}:
                    names.append((key, seq))
                    if fuzzy_eligible(key) and place.source not in unfuzzy:
                        near.append((key, key[:1], len(key)))
                longest = max(longest, *(len(name.split()) for name in place.names()))
            connection.executemany("INSERT INTO places VALUES (?, ?)", rows)
            connection.executemany("INSERT INTO names VALUES (?, ?)", names)
            connection.executemany("INSERT OR IGNORE INTO near VALUES (?, ?, ?)", near)
        about = {"format": INDEX_FORMAT, "longest": longest, "clean": 1, **{f"kind:{k}": n for k, n in kinds.items()}}
        connection.executemany("INSERT INTO about VALUES (?, ?)", [(k, str(v)) for k, v in about.items()])
        connection.executescript(_INDEXES)
        connection.commit()
    finally:
        connection.close()
    with path.open("rb") as handle:
        os.fsync(handle.fileno())
    return kinds


def _clean_record(place: Place) -> tuple[Place, dict[str, Any]]:
    """The place with every name clean (as `Place.from_dict` reads it) and its record, made once:
    a place whose texts are all clean already (most) is not read back to find out."""
    record = place.to_dict()
    texts = [place.name, *place.alternates, place.source, *place.codes.keys(), *place.codes.values()]
    if lines_clean([*texts, *(t for t in (place.province, place.country) if t is not None)]):
        return place, record
    clean = Place.from_dict(record)
    return (place, record) if clean == place else (clean, clean.to_dict())


def _batches(places: Iterable[Place]) -> Iterator[list[tuple[int, Place]]]:
    batch: list[tuple[int, Place]] = []
    for seq, place in enumerate(places, start=1):
        batch.append((seq, place))
        if len(batch) == BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


class PlaceIndex(PlaceLookup):
    """The places of an index file, read as they are looked up (see the module docstring)."""

    def __init__(self, path: Path, *, fuzzy_sources_excluded: Iterable[str] = ("geonames",)) -> None:
        super().__init__(fuzzy_sources_excluded)
        self.path = path
        self._lock = threading.Lock()
        try:
            uri = f"{path.resolve().as_uri()}?mode=ro&immutable=1"
            self._db = sqlite3.connect(uri, uri=True, check_same_thread=False)
            self._db.execute(f"PRAGMA mmap_size={MAPPED}")
            about = dict(self._db.execute("SELECT field, value FROM about").fetchall())
            stat = path.stat()
        except (sqlite3.Error, OSError) as error:
            raise IngestError(path, f"gazetteer index is damaged ({error})") from None
        if about.get("format") != str(INDEX_FORMAT):
            raise IngestError(path, f"gazetteer index of format {about.get('format')}; import the gazetteer again")
        self.kinds = {k.removeprefix("kind:"): int(v) for k, v in about.items() if k.startswith("kind:")}
        self.max_words = int(about.get("longest", 1))
        self._read = Place.from_clean_dict if about.get("clean") == "1" else Place.from_dict
        """How a record is read: as it is, if the index was written with every record clean
        (an index written before that cleans each name as it reads it)."""
        self._cache: dict[str, tuple[Place, ...]] = {}
        self._file = ("index", str(path.resolve()), stat.st_ino, stat.st_mtime_ns, stat.st_size)
        self._near_keys: dict[tuple[str, int], list[str]] | None = None
        self._near_of_bounds: dict[tuple[str, int, int], list[str]] = {}

    def __len__(self) -> int:
        return sum(self.kinds.values())

    def contents(self) -> Hashable:
        """The file as it was opened (an index is never changed in place; a new import is a new file)
        and the sources found by spelling only."""
        return (*self._file, tuple(sorted(self.unfuzzy)))

    def close(self) -> None:
        self._db.close()

    def places_of(self, key: str) -> Sequence[Place]:
        found = self._cache.get(key)
        if found is None:
            rows = self._query(_PLACES_OF_KEY, (key,))
            found = tuple(self._read(orjson.loads(doc)) for (doc,) in rows)
            if len(self._cache) > CACHED_KEYS:
                self._cache.clear()
            self._cache[key] = found  # an article names the same places again and again
        return found

    def prefetch(self, names: Iterable[str]) -> None:
        wanted = sorted({key for name in names for key in keys(name)} - self._cache.keys())
        if len(self._cache) + len(wanted) > CACHED_KEYS:
            self._cache.clear()
        for chunk in range(0, len(wanted), _KEYS_PER_QUERY):
            asked = wanted[chunk : chunk + _KEYS_PER_QUERY]
            found: dict[str, list[Place]] = {key: [] for key in asked}
            marks = ",".join("?" * len(asked))
            for key, doc in self._query(_PLACES_OF_KEYS.format(marks=marks), tuple(asked)):
                found[key].append(self._read(orjson.loads(doc)))
            self._cache.update((key, tuple(places)) for key, places in found.items())

    def near_candidates(self, key: str) -> Sequence[str]:
        first, shortest, longest = near_bounds(key)
        near = self._near_keys
        if near is None:  # a few thousand keys: read once, not one query per name
            near = {}
            for known, start, length in self._query(_NEAR_KEYS, ()):
                near.setdefault((start, length), []).append(known)
            self._near_keys = near  # whole, for another thread reading it
        bounds = (first, shortest, longest)
        found = self._near_of_bounds.get(bounds)
        if found is None:  # names of one first letter and length share their candidates
            found = sorted(k for length in range(shortest, longest + 1) for k in near.get((first, length), ()))
            self._near_of_bounds[bounds] = found
        return found

    def verify(self) -> None:
        """Read every page of the file (SQLite's quick check): IngestError if it is damaged."""
        found = self._query("PRAGMA quick_check", ())
        if [tuple(row) for row in found] != [("ok",)]:
            raise IngestError(self.path, f"gazetteer index is damaged ({'; '.join(str(r[0]) for r in found[:3])})")

    def all_places(self) -> Iterator[Place]:
        """Every place, in the order they were imported (read in pages, not all at once)."""
        last = 0
        while True:
            rows = self._query("SELECT seq, doc FROM places WHERE seq > ? ORDER BY seq LIMIT ?", (last, BATCH))
            if not rows:
                return
            for seq, doc in rows:
                last = seq
                yield self._read(orjson.loads(doc))

    def _query(self, sql: str, parameters: tuple[object, ...]) -> list[Any]:
        with self._lock:
            try:
                return self._db.execute(sql, parameters).fetchall()
            except sqlite3.Error as error:
                raise IngestError(self.path, f"gazetteer index is damaged ({error})") from None
