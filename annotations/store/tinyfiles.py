"""TinyDB files that are read once, kept in memory and written atomically in batches.

TinyDB's own `JSONStorage` rewrites a file in place (a crash tears it) and re-reads it on
every operation. `AtomicJSONStorage` keeps the parsed data in memory, marks itself dirty on
write and leaves the actual disk write to `FileSet.commit`, which replaces every dirty file
atomically. Tables use string document ids so records keep their own ids as keys.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import orjson
from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Table

from annotations.errors import CorruptDatabaseError
from annotations.store.atomic import publish, unlink_quietly, write_temp

Tables = dict[str, dict[str, Any]]


def load_json_file(path: Path) -> Tables | None:
    """Parse a TinyDB file; None if it does not exist, CorruptDatabaseError if it is broken."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as error:
        raise CorruptDatabaseError(path, f"cannot read: {error.strerror or error}") from None
    if not raw.strip():
        raise CorruptDatabaseError(path, "file is empty")
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as error:
        raise CorruptDatabaseError(path, f"not valid JSON: {error}") from None
    if not isinstance(data, dict) or not all(isinstance(t, dict) for t in data.values()):
        raise CorruptDatabaseError(path, "not a TinyDB file (expected tables of documents)")
    for table, documents in data.items():
        for key, document in documents.items():
            if not isinstance(document, dict):
                raise CorruptDatabaseError(path, f"record {key!r} of table {table!r} is not an object")
    return data


class AtomicJSONStorage(Storage):
    """A TinyDB storage whose writes stay in memory until `FileSet.commit` saves them."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._data: Tables | None = None
        self._loaded = False
        self.dirty = False
        self.deleted = False

    def read(self) -> Tables | None:
        if not self._loaded:
            self._data = load_json_file(self.path)
            self._loaded = True
        return self._data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        self._data = data
        self._loaded = True
        self.dirty = True
        self.deleted = False

    def mark_deleted(self) -> None:
        self._data = None
        self._loaded = True
        self.dirty = True
        self.deleted = True

    def encoded(self) -> bytes:
        return orjson.dumps(self._data or {})


class KeyedTable(Table):
    """A TinyDB table whose document ids are the records' own string ids."""

    document_id_class = str  # type: ignore[assignment]

    def _get_next_id(self) -> int:
        raise TypeError("Fieldmark tables need explicit document ids")

    def apply_run(self, changes: list[tuple[str | None, dict[str, Any] | None]]) -> None:
        """Put (doc) or delete (None) each key in order, in one pass over the table."""

        def update(table: dict[Any, Any]) -> None:
            for key, doc in changes:
                assert key is not None
                if doc is None:
                    table.pop(key, None)
                else:
                    table[key] = dict(doc)

        self._update_table(update)


class KeyedTinyDB(TinyDB):
    table_class = KeyedTable

    @property
    def atomic(self) -> AtomicJSONStorage:
        """The storage, typed: every Fieldmark database file uses AtomicJSONStorage."""
        storage = self.storage
        assert isinstance(storage, AtomicJSONStorage)
        return storage


class FileSet:
    """The TinyDB files of one database, cached by relative path, guarded by one lock.

    Per-article files (texts, annotation blocks) are kept in a small LRU once clean, so memory
    holds the model once, not twice; shard files (catalog, entities, history, state) stay cached.
    """

    ARTICLE_CACHE = 128

    def __init__(self, root: Path, *, salvage: bool = False) -> None:
        self.root = root
        self.lock = threading.RLock()
        self._dbs: dict[str, KeyedTinyDB] = {}
        self._recent_articles: OrderedDict[str, None] = OrderedDict()
        self.salvage = salvage
        self.damaged: dict[str, str] = {}
        """With `salvage` (repair): files that did not parse, read as empty, and why."""

    def db(self, relative: str) -> KeyedTinyDB:
        with self.lock:
            db = self._dbs.get(relative)
            if db is None:
                db = KeyedTinyDB(self.root / relative, storage=AtomicJSONStorage)
                try:
                    db.atomic.read()  # surface corruption now, not mid-write
                except CorruptDatabaseError as error:
                    if not self.salvage:
                        raise
                    self.damaged[relative] = error.reason
                    db.atomic.write({})
                    db.atomic.dirty = False  # nothing is written until a repair rebuilds it
                self._dbs[relative] = db
            if relative.startswith(("articles/", "annotations/")):
                self._recent_articles[relative] = None
                self._recent_articles.move_to_end(relative)
            return db

    def documents(self, relative: str, name: str) -> dict[str, dict[str, Any]]:
        """All documents of a table as {id: plain dict}."""
        with self.lock:
            data = self.db(relative).atomic.read() or {}
            return {key: dict(doc) for key, doc in data.get(name, {}).items()}

    def listed(self, folder: str) -> list[str]:
        """The files of one folder (relative paths, sorted): those on disk and those made in memory
        (a journal replayed by a reader, which writes nothing), not those deleted in memory."""
        with self.lock:
            names = {f"{folder}/{path.name}" for path in (self.root / folder).glob("*.json")}
            names |= {rel for rel in self._dbs if rel.startswith(f"{folder}/")}
            return sorted(rel for rel in names if self.exists(rel))

    def exists(self, relative: str) -> bool:
        with self.lock:
            db = self._dbs.get(relative)
            if db is not None:
                return db.atomic.read() is not None
            return (self.root / relative).exists()

    def apply(self, op: Op) -> None:
        """Apply one operation to the cached files (not yet to disk)."""
        self.apply_all([op])

    def apply_all(self, ops: Iterable[Op]) -> None:
        """Apply operations in order to the cached files (not yet to disk). A run of operations on
        one table of one file is one pass over that table, so a round of 20,000 annotations of
        one article costs as much as writing them once (a pass per operation was quadratic)."""
        with self.lock:
            run: list[Op] = []
            for op in ops:
                if run and (op.file, op.table) != (run[0].file, run[0].table):
                    self._apply_run(run)
                    run = []
                run.append(op)
            if run:
                self._apply_run(run)

    def _apply_run(self, run: list[Op]) -> None:
        """Operations that all name the same file and table (or all delete the file)."""
        db = self.db(run[0].file)
        if run[0].table is None:
            db.atomic.mark_deleted()
            db.clear_cache()
            return
        table = db.table(run[0].table)
        assert isinstance(table, KeyedTable)
        table.apply_run([(op.key, op.doc) for op in run])

    def dirty(self) -> list[str]:
        with self.lock:
            return [rel for rel, db in self._dbs.items() if db.atomic.dirty]

    def commit(self) -> None:
        """Write every dirty file atomically: all temp files first, then all renames."""
        with self.lock:
            pending = [(rel, self._dbs[rel].atomic) for rel in self.dirty()]
            temps: list[tuple[Path, Path]] = []
            try:
                for _rel, storage in pending:
                    if not storage.deleted:
                        temps.append((write_temp(storage.path, storage.encoded()), storage.path))
                publish(temps)
            except BaseException:
                for temp, _final in temps:
                    unlink_quietly(temp)
                raise
            for rel, storage in pending:
                if storage.deleted:
                    unlink_quietly(storage.path)
                    self._dbs.pop(rel, None)
                storage.dirty = False
            self._trim_articles()

    def discard(self, rel: str) -> None:
        """Forget one cached file if it holds nothing unwritten (bulk reads, one article at a time)."""
        with self.lock:
            db = self._dbs.get(rel)
            if db is not None and not db.atomic.dirty:
                self._dbs.pop(rel)
                self._recent_articles.pop(rel, None)

    def _trim_articles(self) -> None:
        while len(self._recent_articles) > self.ARTICLE_CACHE:
            rel, _ = self._recent_articles.popitem(last=False)
            db = self._dbs.get(rel)
            if db is not None and not db.atomic.dirty:
                self._dbs.pop(rel)


class Op:
    """One change to one file: put or delete a document, or delete the whole file."""

    __slots__ = ("doc", "file", "key", "table")

    def __init__(
        self,
        file: str,
        table: str | None = None,
        key: str | None = None,
        doc: dict[str, Any] | None = None,
    ) -> None:
        self.file = file
        self.table = table
        self.key = key
        self.doc = doc

    def to_json(self) -> list[Any]:
        return [self.file, self.table, self.key, self.doc]

    @classmethod
    def from_json(cls, data: list[Any]) -> Op:
        file, table, key, doc = data
        return cls(file, table, key, doc)

    def __repr__(self) -> str:
        action = "delete-file" if self.table is None else ("delete" if self.doc is None else "put")
        return f"Op({action} {self.file}:{self.table}:{self.key})"


def ops_to_json(ops: Iterable[Op]) -> list[list[Any]]:
    return [op.to_json() for op in ops]
