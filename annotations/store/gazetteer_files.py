"""Gazetteers kept in a database folder (`gazetteer/NAME.json`, a list of place records)."""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from pathlib import Path
from typing import Any

import orjson

from annotations.errors import IngestError
from annotations.store.atomic import atomic_write
from annotations.store.layout import GAZETTEER_FOLDER, gazetteer_file, gazetteer_name


def names(root: Path) -> list[str]:
    return sorted(p.stem for p in (root / GAZETTEER_FOLDER).glob("*.json"))


def read(root: Path, name: str) -> list[dict[str, Any]]:
    """The records of the gazetteer stored as `name` (as `names` lists it)."""
    if name not in names(root):
        raise IngestError(root / GAZETTEER_FOLDER / name, "no such gazetteer in this database")
    path = root / GAZETTEER_FOLDER / f"{name}.json"
    try:
        records = orjson.loads(path.read_bytes())
    except (OSError, orjson.JSONDecodeError) as error:
        raise IngestError(path, f"gazetteer file is damaged ({error})") from None
    if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
        raise IngestError(path, "gazetteer file is damaged (not a list of places)")
    return records


def write(root: Path, name: str, records: Sequence[Mapping[str, Any]]) -> str:
    stored = gazetteer_name(name)
    atomic_write(root / gazetteer_file(stored), orjson.dumps([dict(r) for r in records]))
    return stored


def stamp(root: Path) -> Hashable:
    """Names, modification times and sizes: changes whenever a gazetteer file does."""
    found = []
    for path in sorted((root / GAZETTEER_FOLDER).glob("*.json")):
        try:
            info = path.stat()
        except OSError:
            continue
        found.append((path.name, info.st_mtime_ns, info.st_size))
    return (str(root), tuple(found))
