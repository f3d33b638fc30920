"""`fieldmark` keeps Python's garbage collector paused from the app's import to its first frame
(the collections set off by importing Textual and composing the screen were about 15 ms of the
start), and never leaves it paused: the app resumes it once the frame is drawn, and a start that
fails resumes it too."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import tui.main
from annotations.store import Store
from tui.app import FieldmarkApp
from tui.main import open_app

from .conftest import SIZE, app_settings


@pytest.fixture(autouse=True)
def collector_restored(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The collector as it was; and a terminal, as `fieldmark` needs one (the suite has none)."""
    monkeypatch.setattr(tui.main, "on_a_terminal", lambda: True)
    was = gc.isenabled()
    yield
    gc.enable() if was else gc.disable()


def test_paused_until_the_first_frame_then_running(seed_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: dict[str, bool] = {}
    run = FieldmarkApp.run

    def headless(app: FieldmarkApp, **_: Any) -> None:
        seen["starting"] = gc.isenabled()

        async def first_frame(pilot: Any) -> None:
            await pilot.pause()
            seen["drawn"] = gc.isenabled()
            app.exit(0)

        run(app, headless=True, size=SIZE, auto_pilot=first_frame)

    monkeypatch.setattr(FieldmarkApp, "run", headless)
    assert open_app(seed_store, app_settings(seed_store)) == 0
    assert seen == {"starting": False, "drawn": True}
    assert gc.isenabled()


def test_running_again_after_a_start_that_failed(seed_store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(app: FieldmarkApp, **_: Any) -> None:
        assert not gc.isenabled()
        raise OSError("the terminal went away")

    monkeypatch.setattr(FieldmarkApp, "run", broken)
    with pytest.raises(OSError):
        open_app(seed_store, app_settings(seed_store))
    assert gc.isenabled()


@pytest.mark.parametrize("running", [True, False])
def test_an_app_started_otherwise_leaves_the_collector_as_it_was(seed_db: Path, running: bool) -> None:
    """Tests and other hosts make the app themselves: the collector is theirs (a reviewer's: one
    a host had paused was turned on at the first frame)."""
    gc.enable() if running else gc.disable()
    with Store.open(seed_db) as store:
        app = FieldmarkApp(store, app_settings(store))

        async def first_frame(pilot: Any) -> None:
            await pilot.pause()
            assert gc.isenabled() is running
            app.exit(0)

        app.run(headless=True, size=SIZE, auto_pilot=first_frame)
    assert gc.isenabled() is running


def test_open_app_leaves_a_collector_paused_by_its_host_paused(
    seed_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    def quick(app: FieldmarkApp, **_: Any) -> None:
        assert not gc.isenabled()

    monkeypatch.setattr(FieldmarkApp, "run", quick)
    gc.disable()
    open_app(seed_store, app_settings(seed_store))
    assert not gc.isenabled()
