"""A full disk or a read-only folder while the analyst works: a clear error in the app, the
change kept and retried, no half-written file; exports the same."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from annotations.store import Store, atomic

from .conftest import SIZE
from .test_flow import search


def notifications(app) -> list[str]:  # type: ignore[no-untyped-def]
    return [f"{n.title} {n.message}" for n in app._notifications]


def header(app) -> str:  # type: ignore[no-untyped-def]
    from tui.widgets.header import HeaderBar

    return str(app.main.query_one(HeaderBar).render())


@pytest.mark.parametrize("failure", [errno.ENOSPC, errno.EROFS])
async def test_saving_fails_then_recovers_and_nothing_is_lost(
    seed_db: Path, make_app, monkeypatch: pytest.MonkeyPatch, failure: int
) -> None:
    real = atomic.write_temp
    broken = {"on": False}

    def write_temp(path: Path, data: bytes, **options: bool) -> Path:
        if broken["on"]:
            raise OSError(failure, "No space left on device" if failure == errno.ENOSPC else "Read-only file system")
        return real(path, data, **options)

    monkeypatch.setattr("annotations.store.atomic.write_temp", write_temp)
    monkeypatch.setattr("annotations.store.tinyfiles.write_temp", write_temp)
    store = Store.open(seed_db)
    article_id = store.articles()[0].id
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        broken["on"] = True
        await search(pilot, "Kunduz")
        await pilot.press("d", "enter")
        for _ in range(100):
            await pilot.pause(0.02)
            if any("Save failed" in n for n in notifications(app)):
                break
        assert any("Save failed" in n and "retried" in n for n in notifications(app)), notifications(app)
        assert "not saved: retrying" in header(app)  # stays when the notice fades (a reviewer's)
        assert [a.quote for a in store.annotations(article_id)] == ["Kunduz"]  # kept in memory, shown
        assert not list(seed_db.rglob("*.fieldmark-tmp"))
        broken["on"] = False
        for _ in range(200):
            await pilot.pause(0.02)
            if any("Saving works again" in n for n in notifications(app)):
                break
        assert any("Saving works again" in n for n in notifications(app)), notifications(app)
        await pilot.pause()
        assert "not saved" not in header(app)
    store.close()
    with Store.open(seed_db, readonly=True) as again:
        assert [a.quote for a in again.annotations(article_id)] == ["Kunduz"]


async def test_an_export_that_cannot_be_written_says_so_and_leaves_nothing(
    seed_store: Store, make_app, tmp_path: Path
) -> None:
    from tui.screens.export import ExportForm, export_in_background

    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("E")
        await pilot.pause()
        assert isinstance(app.screen, ExportForm)
        app.screen.query_one("#path").value = str(blocker / "out.json")  # type: ignore[attr-defined]
        await pilot.press("enter")  # no such folder: said at once, the form kept
        await pilot.pause()
        assert isinstance(app.screen, ExportForm)
        assert any("No folder" in n for n in notifications(app)), notifications(app)
        said: list[str] = []

        class Told:  # a write failing once the form has closed: the export itself says it failed
            def notify(self, message: str, **_kwargs: object) -> None:
                said.append(message)

        await export_in_background(Told(), seed_store, "json", blocker / "out.json", None)  # type: ignore[arg-type]
        assert any("Export failed" in n for n in said), said
    assert blocker.read_text() == "x" and sorted(p.name for p in tmp_path.iterdir()) == ["a-file", "db", "state"]


async def test_a_startup_backup_that_cannot_be_made_is_shown(
    seed_db: Path, make_app, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The startup backup is made after the first frame: if it fails, the analyst is told."""
    from annotations.store import backup as backups

    def full(*args: object, **kwargs: object) -> object:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backups, "make_backup", full)
    with Store.open(seed_db, articles_later=True) as store:
        store.backup_at_start(5)
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            for _ in range(250):
                await pilot.pause(0.02)
                if any("No backup" in n for n in notifications(app)):
                    break
            shown = [n for n in notifications(app) if "No backup" in n]
            assert shown == [
                "No backup The startup backup could not be made ([Errno 28] No space left on device)."
                " The next start tries again; `fieldmark backup` makes one now."
            ]


async def test_quitting_while_saving_fails_says_what_would_be_lost_first(
    seed_db: Path, make_app, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Tried on a full disk: a tag, then `q`, and the app ended with status 0 and the tag gone
    (and each retry had stacked another "Save failed" over the screen). The first `q` now says
    the change is not saved and why; the second quits."""

    def write_temp(path: Path, data: bytes, **options: bool) -> Path:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("annotations.store.atomic.write_temp", write_temp)
    monkeypatch.setattr("annotations.store.tinyfiles.write_temp", write_temp)
    store = Store.open(seed_db)
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "Kunduz")
        await pilot.press("d", "enter")
        for _ in range(100):
            await pilot.pause(0.02)
            if store.write_error is not None:
                break
        await pilot.pause(1.0)  # retried at 0.05, 0.2 and 0.5 s: the same failure is said once
        assert len([n for n in notifications(app) if n.startswith("Save failed")]) == 1
        await pilot.press("q")
        await pilot.pause()
        assert app.is_running
        (warning,) = [n for n in notifications(app) if n.startswith("Not saved")]
        assert "No space left on device" in warning and "q again quits without them" in warning
        await pilot.press("q")
        await pilot.pause()
        assert not app.is_running
    store.close(0.5)


async def test_quitting_with_everything_saved_asks_nothing(seed_db: Path, make_app) -> None:
    with Store.open(seed_db) as store:
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            await search(pilot, "Kunduz")
            await pilot.press("d", "enter", "q")
            await pilot.pause()
            assert not app.is_running and not [n for n in notifications(app) if n.startswith("Not saved")]


async def test_a_second_failure_after_saving_worked_again_is_warned_of_again(
    seed_db: Path, make_app, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reviewer's: once warned, `q` never warned again, even of a failure after saving had
    worked again in between."""
    real = atomic.write_temp
    broken = {"on": True}

    def write_temp(path: Path, data: bytes, **options: bool) -> Path:
        if broken["on"]:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(path, data, **options)

    monkeypatch.setattr("annotations.store.atomic.write_temp", write_temp)
    monkeypatch.setattr("annotations.store.tinyfiles.write_temp", write_temp)
    store = Store.open(seed_db)
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        for word in ("Kunduz", "Kabul"):
            broken["on"] = True
            await search(pilot, word)
            await pilot.press("d", "enter")
            for _ in range(100):
                await pilot.pause(0.02)
                if store.write_error is not None:
                    break
            await pilot.press("q")
            await pilot.pause()
            assert app.is_running and any(n.startswith("Not saved") for n in notifications(app))
            broken["on"] = False
            for _ in range(200):
                await pilot.pause(0.02)
                if store.write_error is None and store.flush(0):
                    break
            app.clear_notifications()
    store.close()
