"""Gazetteers kept in a database folder: `gazetteer/NAME.sqlite`, one file per gazetteer.

The store keeps each file whole and never changes it in place: a new import writes a new file
beside it and renames it over the old one. What is inside is the suggestions' business
(`suggest.place_index`); files of an older Fieldmark (`NAME.json`, a list of places) are still
listed and handed out until the gazetteer is imported again.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Hashable
from pathlib import Path

from annotations.errors import IngestError
from annotations.store.atomic import fsync_dir, private_temp, remove_dead_temps, unlink_quietly
from annotations.store.layout import GAZETTEER_FOLDER, gazetteer_file, gazetteer_name

SUFFIXES = (".sqlite", ".json")
"""The current form first, then the one an older Fieldmark wrote."""


def names(root: Path) -> list[str]:
    return sorted({p.stem for p in _files(root)})


def path(root: Path, name: str) -> Path:
    """The file of the gazetteer stored as `name` (as `names` lists it)."""
    for suffix in SUFFIXES:
        found = root / GAZETTEER_FOLDER / f"{name}{suffix}"
        if found.is_file() and not name.startswith("."):
            return found
    raise IngestError(Path(name), "no such gazetteer in this database")  # its name, not a path inside the database


def write(root: Path, name: str, fill: Callable[[Path], None]) -> str:
    """Keep a new file for gazetteer `name`, filled by `fill`: whole or not at all."""
    stored = gazetteer_name(name)
    final = root / gazetteer_file(stored)
    final.parent.mkdir(parents=True, exist_ok=True)
    remove_dead_temps(final)  # left by an import that was killed
    temp = private_temp(final)
    try:
        fill(temp)
        os.chmod(temp, 0o644)  # readable like every other file of the database (a temp is private)
        os.replace(temp, final)
    except BaseException:
        unlink_quietly(temp)
        raise
    fsync_dir(final.parent)
    unlink_quietly(final.with_suffix(".json"))  # the older form of the same gazetteer
    return stored


def remove(root: Path, name: str) -> None:
    """Remove every file of the gazetteer stored as `name` (as `names` lists it)."""
    path(root, name)  # refuses a name that is not there
    for suffix in SUFFIXES:
        unlink_quietly(root / GAZETTEER_FOLDER / f"{name}{suffix}")
    fsync_dir(root / GAZETTEER_FOLDER)


def stamp(root: Path) -> Hashable:
    """Names, modification times and sizes: changes whenever a gazetteer file does."""
    found = []
    for file in sorted(_files(root)):
        try:
            info = file.stat()
        except OSError:
            continue
        found.append((file.name, info.st_ino, info.st_mtime_ns, info.st_size))
    return (str(root), tuple(found))


def _files(root: Path) -> list[Path]:
    folder = root / GAZETTEER_FOLDER
    return [p for suffix in SUFFIXES for p in folder.glob(f"*{suffix}") if not p.name.startswith(".")]
