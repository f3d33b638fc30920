"""At 80x24 (a newcomer's SSH session) the panes say their counts and the list being walked shows
its names: titles were cut to "Districts…" and names to 11 characters."""

from __future__ import annotations

from contextlib import asynccontextmanager

from tui.widgets.panes import AnnotationPane

from .test_detail import _long_named_actor


async def test_at_80_columns_titles_keep_their_counts_and_the_focused_list_widens(tmp_path, make_app) -> None:
    store, _article, _mention = _long_named_actor(tmp_path)
    with store:
        app = make_app(store)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            panes = {pane.id: pane for pane in app.screen.query(AnnotationPane)}
            titles = {name: str(pane.border_title) for name, pane in panes.items()}
            assert all("…" not in title and title.rstrip().endswith(tuple("0123456789")) for title in titles.values())
            assert titles["actors"] in ("Actors 1", "Act. 1")
            actors = panes["actors"]
            narrow = actors.size.width
            actors.focus()
            await pilot.pause()
            await pilot.pause()
            assert actors.size.width > narrow + 8
            assert str(actors.border_title) == "Actors 1"
            assert all(pane.size.width < actors.size.width for pane in panes.values() if pane is not actors)


def test_the_event_types_say_their_sub_type_first() -> None:
    """At 120 columns the claim form is 44 wide: "Violence against civi…" three times over (a
    newcomer's) could not be told apart; the sub-type comes first."""
    from tui.widgets.claim_body import _sub_first

    assert _sub_first("Violence against civilians: Attack") == "Attack (Violence against civilians)"
    assert _sub_first("Battles: Armed clash").startswith("Armed clash")


async def test_at_90_columns_the_library_shows_every_column(seed_store, make_app) -> None:
    """A newcomer at 90 columns saw "#  Title  Status  Dist": no counts of actors and claims, no
    ids, and no key to scroll to them (the filter box takes ← and →)."""
    from tests.tui.test_screens import screen_text
    from tui.screens.library import LibraryScreen

    app = make_app(seed_store)
    async with app.run_test(size=(90, 30)) as pilot:
        await pilot.pause()
        await pilot.press("L")
        await pilot.pause()
        assert isinstance(app.screen, LibraryScreen)
        shown = screen_text(app)
        assert "Clm" in shown and "Id" in shown and "Date" in shown  # which articles have no date, too
        assert seed_store.articles()[0].id in shown


async def test_at_90_columns_the_entities_show_their_claims_and_other_names(tmp_path, make_app) -> None:
    """A newcomer at 90 columns saw "Name  Kind  Type  Ment  Art": the claims and the other names
    were cut off, names of 40 characters taking their room."""
    from tests.tui.test_screens import screen_text

    async with _entities_of_a_long_name(tmp_path, make_app, (90, 24)) as app:
        header = next(line for line in screen_text(app).splitlines() if "Name" in line and "Kind" in line)
        assert "Clm" in header and "Also" in header


@asynccontextmanager
async def _entities_of_a_long_name(tmp_path, make_app, size: tuple[int, int]):  # type: ignore[no-untyped-def]
    """The app at `size` on the entities screen, whose one actor has a long name."""
    from tui.screens.entities import EntitiesScreen

    store, _article, _mention = _long_named_actor(tmp_path)
    with store:
        app = make_app(store)
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            await pilot.press("A")
            await pilot.pause()
            assert isinstance(app.screen, EntitiesScreen)
            yield app


async def test_at_80_columns_an_entitys_name_has_more_room_than_its_type(tmp_path, make_app) -> None:
    """A newcomer at 80 columns read "Government of B…" and "Government of U…" (names had 16
    characters, types 22): the type is cut first."""
    from textual.widgets import DataTable

    async with _entities_of_a_long_name(tmp_path, make_app, (80, 24)) as app:
        table = app.screen.query_one(DataTable)
        name, kind = str(table.get_row_at(0)[1]), str(table.get_row_at(0)[3])
        assert name.startswith("General Coordination") and kind == "external ot…"  # was "General Coordin…"


async def test_on_80_columns_keys_shown_alone_come_after_those_with_words(seed_store, make_app) -> None:  # type: ignore[no-untyped-def]
    """A newcomer's key line at 80 columns read "… u Undo L y Accept q Quit": L alone, then y with
    its word, read as L's. The keys shown without their words come after those with them."""
    from tui.widgets.key_hints import KeyHints

    app = make_app(seed_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        line = str(app.screen.query_one(KeyHints).render())
        local = line[: line.index(" q Quit")].split()
        alone = [n for n, w in enumerate(local) if len(w) == 1 and (n + 1 == len(local) or len(local[n + 1]) == 1)]
        assert alone, line  # at 80 columns one key at least is shown alone
        assert all(len(w) == 1 for w in local[alone[0] :]), line


async def test_at_80x24_the_form_takes_the_panes_rows_and_gives_them_back(seed_store, make_app) -> None:  # type: ignore[no-untyped-def]
    """Narrow, the panes lie under the article and the form takes their place and more rows: no
    pane's rows show above it (the side was scrolled to a form before it grew, and missed it)."""
    from tui.widgets.tag_panel import TagPanel

    app = make_app(seed_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        side = app.screen.query_one("#side")
        for keys in (["slash", *"Kunduz", "enter", "d"], ["n", "c"]):
            await pilot.press(*keys)
            await pilot.pause()
            form = app.screen.query_one(TagPanel)
            assert form.is_open and form.region == side.region and side.region.height >= 12
            assert not any(pane.region.overlaps(side.region) for pane in app.screen.query(AnnotationPane))
            await pilot.press("escape")
            await pilot.pause()
            assert not form.region.overlaps(side.region)
            assert all(pane.region.overlaps(side.region) for pane in app.screen.query(AnnotationPane))
