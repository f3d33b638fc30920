"""The platform's folders for Fieldmark (data, config, cache, state) and the shipped seed articles.

Only where things live by default; which of them is in force (and the environment variables
that override them) is decided in `settings`.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "fieldmark"


def data_dir() -> Path:
    """The user data folder: the default database lives in `db` inside it."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    """The user config folder: `config.toml`."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    """Derived data that can be rebuilt (the built-in gazetteer)."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def state_dir() -> Path:
    """What the app remembers between runs (see `remembered`)."""
    return Path(platformdirs.user_state_dir(APP_NAME, appauthor=False))


def seeds_dir() -> Path:
    """The seed articles shipped with Fieldmark: the corpus opened when given no other."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "seeds", here.parent / "seeds"):
        if candidate.is_dir():
            return candidate
    return here.parent / "seeds"
