"""What the app remembers between runs, kept out of the database: the analyst's place in each
database and the choices made in the app (suggestions shown, theme).

One small JSON file in the user state folder, replaced atomically. It is not data: losing it
costs only the cursor position. A database is known by its location, so two databases keep two
positions. Several apps may run at once (two databases, or one read-only beside a writer): each
change is made to what the file holds now, under a lock, so no app overwrites another's place.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import orjson
from filelock import FileLock, Timeout

from annotations.locations import state_dir
from annotations.store.atomic import atomic_write

STATE_FILE = "remembered.json"
CHOICES = ("suggestions", "theme", "export_folder")
"""Choices made in the app and kept between sessions (the folder of the last export among them)."""
MAX_POSITIONS = 200
"""Databases whose position is kept; the least recently used are forgotten."""
MAX_ARTICLES = 100
"""Articles of one database whose position is kept, the least recently read forgotten first."""

Data = dict[str, Any]


class Remembered:
    """The remembered state; `path=None` keeps it in memory only (tests)."""

    def __init__(self, data: Mapping[str, Any] | None = None, path: Path | None = None) -> None:
        self.path = path
        self._data: Data = dict(data or {})

    @classmethod
    def load(cls, path: Path | None = None) -> Remembered:
        """Read the file (a missing or damaged one is an empty memory, never an error)."""
        path = path or state_dir() / STATE_FILE
        return cls(_read(path), path)

    def choices(self) -> dict[str, Any]:
        """The choices made in the app, for `settings.load_settings(remembered=...)`."""
        return {k: self._data[k] for k in CHOICES if k in self._data}

    def remember_choice(self, key: str, value: Any) -> None:
        if key not in CHOICES:
            raise KeyError(f"{key} is not a remembered choice")
        if self._data.get(key) != value:
            self._change(lambda data: data.__setitem__(key, value))

    def position(self, database: str) -> tuple[str | None, int]:
        """The article and offset the analyst was at in `database`."""
        found = _positions(self._data).get(database)
        found = found if isinstance(found, dict) else {}
        article = found.get("article")
        offset = found.get("offset", 0)
        return (article if isinstance(article, str) else None, offset if isinstance(offset, int) else 0)

    def offset_in(self, database: str, article_id: str) -> int:
        """Where the analyst last was in one article of `database` (0: never there, or forgotten):
        `fieldmark FILE` on an article read before came back to its top."""
        offset = _offsets(_positions(self._data).get(database)).get(article_id, 0)
        return offset if isinstance(offset, int) else 0

    def remember_position(self, database: str, article_id: str, offset: int) -> None:
        known = _positions(self._data).get(database)
        if isinstance(known, dict) and (known.get("article"), known.get("offset")) == (article_id, offset):
            if _offsets(known).get(article_id) == offset:
                return

        def move(data: Data) -> None:
            positions = _positions(data)
            offsets = _most_recent(_offsets(positions.get(database)), article_id, offset, MAX_ARTICLES)
            entry = {"article": article_id, "offset": offset, "offsets": offsets}
            _most_recent(positions, database, entry, MAX_POSITIONS)

        self._change(move)

    def _change(self, change: Callable[[Data], None]) -> None:
        """Apply `change` to the file as it is now (and to this copy), under the file's lock."""
        if self.path is None:
            change(self._data)
            return
        try:
            with FileLock(self.path.with_name(self.path.name + ".lock"), timeout=1):
                data = _read(self.path)
                change(data)
                atomic_write(self.path, orjson.dumps(data), sync=False)
                self._data = data
        except (OSError, Timeout):
            change(self._data)  # a read-only home or a stuck lock: remembered for this run only


def _read(path: Path) -> Data:
    try:
        data = orjson.loads(path.read_bytes())
    except (OSError, orjson.JSONDecodeError):
        return {}
    return data if isinstance(data, dict) else {}


def _positions(data: Data) -> dict[str, Any]:
    positions = data.get("positions")
    if not isinstance(positions, dict):
        positions = data["positions"] = {}
    return positions


def _offsets(entry: Any) -> dict[str, Any]:
    """A database entry's offsets per article, as a new dict (none in an older or damaged entry)."""
    offsets = entry.get("offsets") if isinstance(entry, dict) else None
    return dict(offsets) if isinstance(offsets, dict) else {}


def _most_recent(kept: dict[str, Any], key: str, value: Any, limit: int) -> dict[str, Any]:
    """`kept` with `key` set to `value` as its most recent entry (last), the least recent dropped
    beyond `limit`."""
    kept.pop(key, None)
    kept[key] = value
    while len(kept) > limit:
        kept.pop(next(iter(kept)))
    return kept
