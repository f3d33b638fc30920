"""App fixtures: a store holding the project's seed article, and an app on it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from annotations.cli import import_paths
from annotations.locations import seeds_dir
from annotations.store.folder import Store
from tui.app import FieldmarkApp

SIZE = (120, 40)


@pytest.fixture
def seed_db(tmp_path: Path) -> Path:
    """The seed, with suggestions hidden: most tests are about what the analyst tags by hand."""
    db = tmp_path / "db"
    with Store.open(db) as store:
        summary = import_paths(store, [seeds_dir()])
        assert summary.imported == 1
        store.set_setting("suggestions.visible", False)
    return db


@pytest.fixture
def suggesting_store(seed_db: Path) -> Iterator[Store]:
    """The seed with suggestions shown, as a new user sees it."""
    with Store.open(seed_db) as store:
        store.set_setting("suggestions.visible", True)
        yield store


@pytest.fixture
def seed_store(seed_db: Path) -> Iterator[Store]:
    with Store.open(seed_db) as store:
        yield store


@pytest.fixture
def make_app(tmp_path: Path):
    def make(store: Store) -> FieldmarkApp:
        return FieldmarkApp(store, annotator="tester", keymap_file=tmp_path / "no-keymap.toml")

    return make
