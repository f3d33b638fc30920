"""Going to another article and back comes back where the analyst was, with the view there."""

from __future__ import annotations

from pathlib import Path

from annotations.exchange.intake import import_paths
from annotations.locations import seeds_dir
from annotations.store import Store
from tui.widgets.article_view import ArticleView
from tui.widgets.header import HeaderBar

from .conftest import SIZE


async def test_an_article_left_in_its_middle_is_found_there_again(tmp_path: Path, make_app) -> None:
    seed = next(seeds_dir().glob("*.txt"))
    other = tmp_path / "other.txt"
    paragraphs = seed.read_text(encoding="utf-8").split("\n\n")
    other.write_text("Another report\n\n" + "\n\n".join(reversed(paragraphs[1:])), encoding="utf-8")
    with Store.open(tmp_path / "db") as store:
        assert import_paths(store, [seed, other]).imported == 2
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            reader = app.screen.query_one(ArticleView)
            first = app.main.article.id
            await pilot.press(*["j"] * 60)  # well down the article: the view has moved
            await pilot.pause()
            where, offset = reader.where, reader.cursor_offset
            assert where not in ("Top", "All") and offset > 0
            await pilot.press("full_stop")
            await pilot.pause()
            assert app.main.article.id != first
            await pilot.press("comma")
            await pilot.pause()
            assert app.main.article.id == first
            assert reader.cursor_offset == offset
            assert reader.where not in ("Top", "All")
            header = str(app.screen.query_one(HeaderBar).render())
            assert f" {reader.where} " in header


async def test_quit_and_the_keys_stay_on_the_keys_line_of_a_narrow_terminal(seed_store: Store, make_app) -> None:
    """Was: at 90 columns the line was cut before `q Quit` and `? Keys`; then, at 80, the first
    keys' words cut off u, L and y (a newcomer's); then at 80 five keys of eight had no word
    (another's). Every key stays; the words while they fit, the keys narrower when not all do."""
    from tui.widgets.key_hints import KeyHints

    for size in ((90, 30), (80, 24), (60, 20), SIZE):
        app = make_app(seed_store)
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            line = str(app.screen.query_one(KeyHints).render())
            assert "Quit" in line and "Keys" in line and "…" not in line, (size, line)
            assert all(f" {key} " in f" {line}" for key in "vdac/uLy"), (size, line)
            assert "District" in line, (size, line)  # the first keys' words, even at 60
            words = ("Select", "District", "Actor", "Claim", "Search", "Undo", "Accept")
            assert all(word in line for word in words) is (size[0] >= 80), (size, line)


async def test_ctrl_d_and_ctrl_u_move_half_a_page(seed_store: Store, make_app) -> None:
    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        reader = app.screen.query_one(ArticleView)
        await pilot.press("ctrl+f")
        page = reader.scroll_y
        await pilot.press("g", "ctrl+d")
        await pilot.pause()
        assert 0 < reader.scroll_y < page and reader.cursor_offset > 0
        await pilot.press("ctrl+u")
        await pilot.pause()
        assert reader.scroll_y == 0


def _cursor_in_view(reader: ArticleView) -> bool:
    row = reader.wrapped_document.location_to_offset(reader.cursor_location).y
    return reader.scroll_y <= row < reader.scroll_y + reader.scrollable_content_region.height


async def test_the_cursor_stays_in_sight_when_the_terminal_changes_size(seed_store: Store, make_app) -> None:
    """A newcomer's: after a resize the cursor was off screen, and the next key moved a view that
    showed nothing of where it was. Lines wrap again at each width; the view follows the cursor."""
    app = make_app(seed_store)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        reader = app.screen.query_one(ArticleView)
        await pilot.press(*["j"] * 40)
        await pilot.pause()
        assert _cursor_in_view(reader)
        for size in ((160, 50), (80, 24), (200, 30), (60, 20)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            await pilot.pause()
            assert _cursor_in_view(reader), size
