"""Where things live by default: the database in the platform's user data folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "fieldmark"
DB_ENV = "FIELDMARK_DB"


def default_db_path() -> Path:
    """`FIELDMARK_DB` if set, else `<user data dir>/fieldmark/db`."""
    env = os.environ.get(DB_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "db"


def config_dir() -> Path:
    """The user's config folder (keymap and other preferences)."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def seeds_dir() -> Path:
    """The seed articles shipped with Fieldmark: the corpus opened when given no other."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "seeds", here.parent / "seeds"):
        if candidate.is_dir():
            return candidate
    return here.parent / "seeds"


def cache_dir() -> Path:
    """Where derived data (the built-in gazetteer's index) is kept: `FIELDMARK_CACHE` if set."""
    env = os.environ.get("FIELDMARK_CACHE")
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))
