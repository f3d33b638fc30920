"""App fixtures: a store holding the project's seed article, and an app on it."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from annotations.exchange.intake import import_paths
from annotations.locations import seeds_dir
from annotations.remembered import Remembered
from annotations.settings import Settings
from annotations.store import Store
from tui.app import FieldmarkApp

SIZE = (120, 40)


@pytest.fixture
def seed_db(tmp_path: Path) -> Path:
    """The seed article in a new database."""
    db = tmp_path / "db"
    with Store.open(db) as store:
        summary = import_paths(store, [seeds_dir()])
        assert summary.imported == 1
    return db


@pytest.fixture
def seed_store(seed_db: Path) -> Iterator[Store]:
    with Store.open(seed_db) as store:
        yield store


def app_settings(store: Store, *, suggestions: bool = False, annotator: str = "tester") -> Settings:
    """Settings as a test wants them: suggestions hidden unless asked for (most tests are about
    what the analyst tags by hand), no keymap, nothing read from the user's config."""
    return Settings(db=store.location, annotator=annotator, suggestions=suggestions)


@pytest.fixture
def remembered(tmp_path: Path) -> Remembered:
    return Remembered.load(tmp_path / "state" / "remembered.json")


@pytest.fixture
def make_app(remembered: Remembered):
    def make(store: Store, *, suggestions: bool = False) -> FieldmarkApp:
        return FieldmarkApp(store, app_settings(store, suggestions=suggestions), remembered=remembered)

    return make


async def end_then_home(pilot, table) -> None:  # type: ignore[no-untyped-def]
    """End goes to a table's last row, the table not scrolled sideways (the first letters of every
    row were cut), and Home back to the first: the entities screen and the claims board alike."""
    await pilot.press("end")
    await pilot.pause()
    assert table.cursor_row == table.row_count - 1 and table.scroll_x == 0
    await pilot.press("home")
    assert table.cursor_row == 0
    await pilot.press("G")  # as in the reader (a newcomer's G did nothing on the board)
    await pilot.pause()
    assert table.cursor_row == table.row_count - 1 and table.scroll_x == 0
    await pilot.press("g")
    assert table.cursor_row == 0
