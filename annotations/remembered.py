"""What the app remembers between runs, kept out of the database: the analyst's place in each
database and the choices made in the app (suggestions shown, theme).

One small JSON file in the user state folder, replaced atomically. It is not data: losing it
costs only the cursor position. A database is known by its location, so two databases keep two
positions, and a team's shared database keeps each analyst's own.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import orjson

from annotations.locations import state_dir
from annotations.store.atomic import atomic_write

STATE_FILE = "remembered.json"
CHOICES = ("suggestions", "theme")
MAX_POSITIONS = 200
"""Databases whose position is kept; the least recently used are forgotten."""


class Remembered:
    """The remembered state; `path=None` keeps it in memory only (tests, read-only sessions)."""

    def __init__(self, data: Mapping[str, Any] | None = None, path: Path | None = None) -> None:
        self.path = path
        self._data: dict[str, Any] = dict(data or {})

    @classmethod
    def load(cls, path: Path | None = None) -> Remembered:
        """Read the file (a missing or damaged one is an empty memory, never an error)."""
        path = path or state_dir() / STATE_FILE
        try:
            data = orjson.loads(path.read_bytes())
        except (OSError, orjson.JSONDecodeError):
            data = {}
        return cls(data if isinstance(data, dict) else {}, path)

    def choices(self) -> dict[str, Any]:
        """The choices made in the app, for `settings.load_settings(remembered=...)`."""
        return {k: self._data[k] for k in CHOICES if k in self._data}

    def remember_choice(self, key: str, value: Any) -> None:
        if key not in CHOICES:
            raise KeyError(f"{key} is not a remembered choice")
        if self._data.get(key) != value:
            self._data[key] = value
            self._save()

    def position(self, database: str) -> tuple[str | None, int]:
        """The article and offset the analyst was at in `database`."""
        found = self._positions().get(database) or {}
        article = found.get("article")
        offset = found.get("offset", 0)
        return (article if isinstance(article, str) else None, offset if isinstance(offset, int) else 0)

    def remember_position(self, database: str, article_id: str, offset: int) -> None:
        positions = self._positions()
        entry = {"article": article_id, "offset": offset}
        if positions.get(database) == entry:
            return
        positions.pop(database, None)
        positions[database] = entry  # most recent last
        while len(positions) > MAX_POSITIONS:
            positions.pop(next(iter(positions)))
        self._save()

    def _positions(self) -> dict[str, Any]:
        positions = self._data.get("positions")
        if not isinstance(positions, dict):
            positions = self._data["positions"] = {}
        return positions

    def _save(self) -> None:
        if self.path is None:
            return
        try:
            atomic_write(self.path, orjson.dumps(self._data), sync=False)
        except OSError:
            pass  # a read-only home: remembered for this run only
