"""The recognisers' regular expressions, compiled once per machine instead of once per process.

Python parses and compiles a regular expression in Python code: the recognisers' 700 patterns
(lexicons of thousands of names) took most of a second of every process that made suggestions,
before the first suggestion. What the parser produces is a list of integers that the C engine
(`_sre.compile`) turns into a pattern in microseconds; it depends only on the pattern's text,
its flags and the Python that made it. Kept in the cache folder, keyed on all three, it is read
back in a few milliseconds.

A pattern is compiled by `re` the first time (and whenever its text changes: the compiled code
never goes stale, it misses); what is kept is checked to make a pattern equal to `re.compile`'s
(same text, flags and code) before it is kept. Values worked out from a pattern's parse (the
gate's first letters, a pattern's beginnings) are kept beside it (`kept`), under a name that
carries a digest of the code that works them out (`source_digest`), so a pattern found in the
cache is never parsed, and a change to that code is never served an old value. A damaged,
foreign or unreadable cache, or settings that cannot be read, cost the compile, never an error.
Patterns must be the same text in every process (a set's order changes with the hash seed: such a
pattern is compiled and kept again by each process): a test runs two seeds.
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import os
import re
import sys
import threading
from array import array
from collections.abc import Callable
from importlib import import_module
from pathlib import Path
from typing import Any, TypeVar

T = TypeVar("T")
_sre: Any = import_module("_sre")  # the C engine; no stubs (private)
_parser: Any = import_module("re._parser")
_compiler: Any = import_module("re._compiler")

FORMAT = 1
"""The layout of the cache file: written in its name, so another layout is another file."""
MOST_BYTES = 32_000_000
"""A file larger than this (patterns edited many times over, values of older code) is written
again with only the entries the writing process used: the recognisers' take 3.5 MB."""

Key = tuple[str, str, int]
"""What an entry is kept under: ("re", pattern, flags) or (what a value is, pattern, flags)."""

_CODE = next(kind for kind in "ILQ" if array(kind).itemsize == _sre.CODESIZE)
"""The engine's code words as an array holds them (4 bytes each on every platform we know)."""

_lock = threading.Lock()
_found: dict[Key, Any] | None = None  # the cache file's entries, read once
_new: dict[Key, Any] = {}  # worked out by this process, written at its exit
_used: set[Key] = set()
_misses = 0
_writes_at_exit: list[bool] = []


def compiled(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)`, from the cache when it holds it."""
    key: Key = ("re", source, int(flags))
    entry = _entries().get(key)
    if entry is not None:
        _used.add(key)
        try:
            made: re.Pattern[str] = _sre.compile(source, entry[0], list(array(_CODE, entry[1])), *entry[2:])
            return made
        except Exception:  # damaged, or made by another engine: compiled again
            pass
    return _compiled_and_kept(source, int(flags), key)


def kept(what: str, source: str, flags: int, work: Callable[[], T], valid: Callable[[Any], bool]) -> T:
    """`work()`, a value worked out from the pattern `source` (marshal-able: str, tuple, None…),
    from the cache when it holds one for the same pattern and flags that is `valid`. `what` names
    the value and the code that works it out (`source_digest`)."""
    key: Key = (what, source, int(flags))
    entries = _entries()
    if key in entries and valid(entries[key]):
        _used.add(key)
        found: T = entries[key]
        return found
    value = work()
    _remember(key, value)
    return value


def misses() -> int:
    """How many patterns this process compiled itself (the cache did not hold them)."""
    return _misses


def source_digest(*paths: str) -> str:
    """A short digest of these source files: the name of values worked out by their code."""
    digest = hashlib.sha1(usedforsecurity=False)
    for path in paths:
        digest.update(Path(path).read_bytes())
    return digest.hexdigest()[:12]


def cache_file() -> Path:
    """Where the compiled patterns are kept: per Python and engine version, in the cache folder."""
    from annotations.settings import load_settings

    version = "-".join(map(str, sys.version_info[:3]))
    return load_settings().cache / f"patterns-{sys.implementation.name}-{version}-{_sre.MAGIC}-{FORMAT}.marshal"


def write_new() -> None:
    """Add what this process compiled to the cache file (whole or not at all); nothing when it
    compiled nothing. Run at exit; a folder that cannot hold it is left alone."""
    with _lock:
        if not _new:
            return
        fresh = dict(_new)
        _new.clear()
    try:
        _write(cache_file(), fresh)
    except Exception:  # a cache folder that cannot hold it, settings that cannot be read: compiled again
        return


def _write(path: Path, fresh: dict[Key, Any]) -> None:
    """The file's entries and `fresh`, written whole (a temporary renamed over it: a reader never
    sees half a file; of two processes writing at once, the last one's entries are kept)."""
    from annotations.store.atomic import private_temp, remove_dead_temps, unlink_quietly

    on_disk = _read(path)
    data = marshal.dumps(on_disk | fresh)
    if len(data) > MOST_BYTES:
        data = marshal.dumps(_only_used(on_disk) | fresh)
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_dead_temps(path)
    temp = private_temp(path)
    try:
        temp.write_bytes(data)
        os.chmod(temp, 0o644)  # shared as the built-in places' index is
        os.replace(temp, path)
    except BaseException:
        unlink_quietly(temp)
        raise


def forget() -> None:
    """Read the cache file again at the next pattern (tests change the cache folder)."""
    global _found, _misses
    with _lock:
        _found = None
        _new.clear()
        _used.clear()
        _misses = 0


def _entries() -> dict[Key, Any]:
    global _found
    if _found is None:
        with _lock:
            if _found is None:
                try:
                    _found = _read(cache_file())
                except Exception:  # settings that cannot be read ("~nosuchuser/cache"): no cache
                    _found = {}
    return _found


def _read(path: Path) -> dict[Key, Any]:
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return data if isinstance(data, dict) else {}


def _only_used(entries: dict[Key, Any]) -> dict[Key, Any]:
    return {key: value for key, value in entries.items() if key in _used}


def _compiled_and_kept(source: str, flags: int, key: Key) -> re.Pattern[str]:
    """`re.compile`'s pattern; what its engine was given is kept when it makes the same pattern."""
    global _misses
    _misses += 1
    pattern = re.compile(source, flags)
    try:
        tree = _parser.parse(source, flags)
        code = array(_CODE, _compiler._code(tree, flags))
        names: dict[str, int] = dict(tree.state.groupdict)
        index: list[str | None] = [None] * tree.state.groups
        for name, number in names.items():
            index[number] = name
        entry = (int(flags | tree.state.flags), code.tobytes(), tree.state.groups - 1, names, tuple(index))
        if _sre.compile(source, entry[0], code.tolist(), *entry[2:]) == pattern:
            _remember(key, entry)
    except Exception:  # another Python's internals: the pattern is not kept, nothing else
        pass
    return pattern


def _remember(key: Key, value: Any) -> None:
    with _lock:
        _new[key] = value
        _used.add(key)
        if not _writes_at_exit:
            _writes_at_exit.append(True)
            atexit.register(write_new)
