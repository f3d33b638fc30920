"""The journal of a write round: written before the files, removed after, replayed after a crash.

A round that spans files (an annotation, its article's counts, its undo entry) first writes the
list of its operations to `journal.json` atomically. If the process dies before the round is
finished, the next open replays the journal, so the files hold all of the round or none of it.
A journal is data read from disk: every path it names must be one the layout produces, or it is
refused (and kept for inspection) before anything is written.
"""

from __future__ import annotations

from pathlib import Path

import orjson

from annotations.errors import CorruptDatabaseError
from annotations.store.atomic import atomic_write
from annotations.store.layout import is_layout_path
from annotations.store.tinyfiles import FileSet, Op, ops_to_json


def write_journal(path: Path, ops: list[Op]) -> None:
    atomic_write(path, orjson.dumps({"ops": ops_to_json(ops)}))


def read_journal(path: Path) -> list[Op]:
    """The operations of an unfinished round, or [] when there is none."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return []
    try:
        data = orjson.loads(raw)
        ops = [Op.from_json(item) for item in data["ops"]]
    except (orjson.JSONDecodeError, KeyError, TypeError, ValueError) as error:
        raise CorruptDatabaseError(path, f"unreadable journal: {error}") from None
    for op in ops:
        if not isinstance(op.file, str) or not is_layout_path(op.file):
            raise CorruptDatabaseError(path, f"journal names {op.file!r}, which is not a file of a database")
        if op.table is not None and not isinstance(op.table, str):
            raise CorruptDatabaseError(path, f"journal has a table name that is not text ({op.table!r})")
        if op.table is not None and not isinstance(op.key, str):
            raise CorruptDatabaseError(path, f"journal has a record key that is not text ({op.key!r})")
        if op.doc is not None and not isinstance(op.doc, dict):
            raise CorruptDatabaseError(path, f"journal has a record that is not an object in {op.file}")
    return ops


def replay_journal(files: FileSet, journal: Path, *, write: bool) -> int:
    """Finish an interrupted round; with write=False only the in-memory files see it."""
    ops = read_journal(journal)
    files.apply_all(ops)
    if write and ops:
        files.commit()
    if write:
        journal.unlink(missing_ok=True)
    return len(ops)
