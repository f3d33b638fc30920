"""Drawing only what changed draws the same screen as drawing everything.

To keep each key inside a frame, the reader draws again only the lines its selection or its
annotations touched (not the whole article view at every cursor move, focus change or save), and
a pane only the rows that changed. A line left out would show stale text until something else
redrew it; here, after each step of a session of keys, the screen as drawn is compared with the
screen after every widget was told to draw itself whole again.
"""

from __future__ import annotations

from rich.text import Text
from textual.app import App, ComposeResult

from annotations.store import Store
from tui.widgets.row_list import RowList

from .conftest import SIZE
from .terminal_mirror import mirrored


async def drawn(pilot) -> str:
    await pilot.pause()
    return pilot.app.export_screenshot().replace("&#160;", " ")


async def redrawn_whole(pilot) -> str:
    for widget in pilot.app.screen.walk_children(with_self=True):
        widget.refresh()
    return await drawn(pilot)


STEPS = [
    ["j", "j", "w", "w"],  # cursor moves
    ["v", "w", "w", "j"],  # a selection grows over lines
    ["escape", "k"],  # and goes
    ["slash", *"Kunduz", "enter", "d", "enter"],  # a place tagged: its line and a pane row
    ["slash", *"Taliban", "enter", "a", "enter"],  # an actor, the pane rows below it shift
    ["slash", *"Imam", "enter", "d", "x", "escape"],  # a form typed in and left: the panes come back
    ["n", "d", "enter", "n", "d", "escape"],  # a save and a form opened right after it, typed ahead
    ["tab", "j", "shift+tab"],  # focus to a pane and back
    ["u", "u"],  # undone: lines and rows go back
    ["G", "g"],  # scrolled to the end and back
]


async def test_the_screen_after_each_step_is_the_screen_drawn_whole(seed_store: Store, make_app) -> None:
    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        for keys in STEPS:
            await pilot.press(*keys)
            assert await drawn(pilot) == await redrawn_whole(pilot), keys


class Rows(App[None]):
    def compose(self) -> ComposeResult:
        yield RowList(id="rows")


async def test_a_row_list_keeps_its_highlight_on_the_same_row_and_draws_new_text() -> None:
    app = Rows()
    async with app.run_test(size=(40, 8)) as pilot:
        rows = app.query_one(RowList)
        rows.set_rows([(f"r{n}", Text(f"row {n}")) for n in range(20)])
        rows.focus()
        await pilot.pause()
        rows.highlighted = 0
        rows.action_cursor_down()
        rows.action_cursor_down()
        await drawn(pilot)
        assert rows.current_id == "r2"
        # a row's text changed, nothing else: only its line is drawn again
        rows.set_rows([(f"r{n}", Text(f"row {n}" + ("?" if n == 4 else ""))) for n in range(20)])
        changed = await drawn(pilot)
        assert "row 4?" in changed and changed == await redrawn_whole(pilot)
        before = await drawn(pilot)
        # a row inserted above and a row's text changed: the highlight stays on r2
        rows.set_rows(
            [("new", Text("a new row")), *((f"r{n}", Text(f"row {n}" + ("!" if n == 3 else ""))) for n in range(20))]
        )
        after = await drawn(pilot)
        assert rows.current_id == "r2" and rows.highlighted == 3
        assert after != before and "a new row" in after and "row 3!" in after
        assert after == await redrawn_whole(pilot)
        rows.action_last()
        assert rows.current_id == "r19"
        rows.set_rows([("only", Text("the only row"))])  # the list shrinks under the highlight
        assert rows.current_id == "only"
        assert await drawn(pilot) == await redrawn_whole(pilot)
        rows.set_rows([])
        assert rows.current_id is None and rows.row_count == 0


async def test_going_to_another_article_draws_the_whole_reader_again(tmp_path, make_app, monkeypatch) -> None:
    """Found by a newcomer: after `.` from the end of one article, the next showed most of the one
    before below its first lines: the reader marked dirty only the lines its cursor and its tags
    touched, and a terminal keeps what it is not sent again. (A screenshot cannot show it: it
    draws every line afresh.) Going to another article marks the whole reader dirty."""
    from annotations.model import Article
    from tui.widgets.article_view import ArticleView

    with Store.open(tmp_path / "db") as store:
        for n in range(2):
            store.add_article(Article.create(f"Report {n}", f"Report {n}: fighting went on near the town.\n\nMore."))
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            whole: list[bool] = []
            marked = ArticleView._set_dirty

            def spied(self, *regions):
                whole.append(not regions)
                return marked(self, *regions)

            monkeypatch.setattr(ArticleView, "_set_dirty", spied)
            for key in ("G", "full_stop", "G", "comma"):
                whole.clear()
                await pilot.press(key)
                await pilot.pause()
                assert any(whole) == (key != "G"), key


async def test_an_undo_does_not_lay_the_screen_out_again(seed_store: Store, make_app, monkeypatch) -> None:
    """An undo takes a row out of a pane and nothing else moves: the pane took its new number of
    rows by setting its scrollable size, which laid the whole screen out again (most of an undo's
    cost). Its rows and scroll bar are drawn as a layout would draw them (the test above, and the
    row list's own), without one."""
    from textual.widget import Widget

    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"Kunduz", "enter", "d", "enter")
        await pilot.pause()
        asked: list[str] = []
        refresh = Widget.refresh

        def spied(self, *regions, **kwargs):  # type: ignore[no-untyped-def]
            if kwargs.get("layout"):
                asked.append(f"{type(self).__name__}#{self.id}")
            return refresh(self, *regions, **kwargs)

        monkeypatch.setattr(Widget, "refresh", spied)
        await pilot.press("u")
        await pilot.pause()
        assert app.main.query_one("#districts").row_count == 0
        assert asked == []
        assert await drawn(pilot) == await redrawn_whole(pilot)


async def test_a_pane_whose_rows_changed_is_not_drawn_again_by_the_next_layout(seed_store: Store, make_app) -> None:
    """A save that adds a row to a pane set its scroll bars, then the layout that closed the form
    found the pane's size "changed" and set them again: a second frame for every Enter (the
    compositor drew the screen, then the pane's column). Now the pane records the scroll bars as
    current when it sets them, and the layout leaves them."""
    from tui.widgets.panes import AnnotationPane

    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        pane = app.screen.query_one("#districts", AnnotationPane)
        redrawn: list[str] = []
        original = type(pane)._size_updated

        def spied(self, size, virtual_size, container_size, layout=True):
            kept = self._scrollbars_for  # a pane whose rows alone changed (the search bar resizes it: not that)
            if self is pane and kept is not None and kept[0] == size and kept[1] != self.virtual_size:
                redrawn.append(f"{size} {self.virtual_size}")
            return original(self, size, virtual_size, container_size, layout)

        type(pane)._size_updated = spied  # type: ignore[method-assign]
        try:
            for name in ("Kunduz", "Kabul", "Tajikistan"):
                await pilot.press("slash", *name, "enter", "d", "enter")
                await pilot.pause()
        finally:
            type(pane)._size_updated = original  # type: ignore[method-assign]
        assert pane.virtual_size.height >= 3
        assert redrawn == []
        assert await drawn(pilot) == await redrawn_whole(pilot)


async def test_the_tagging_keys_draw_only_what_they_change(seed_store: Store, make_app, monkeypatch) -> None:
    """`d`, typing in the form, Enter and Esc draw the form's or the panes' region, not the whole
    screen: a widget out of sight told to redraw (a pane under the form, a field after the form
    closed) made Textual arrange and draw all of the screen, a third of the key's time. Counted
    by the compositor's whole-screen draws, which only the first form of each kind may need (it is
    mounted then) or whose hint under the name takes more or fewer lines than before (not here)."""
    from textual._compositor import Compositor

    whole: list[int] = []
    draw_whole = Compositor.render_full_update

    def counted(self, *args, **kwargs):
        whole.append(1)
        return draw_whole(self, *args, **kwargs)

    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"Kunduz", "enter", "d", "escape")  # the place form's first opening
        await pilot.pause()
        monkeypatch.setattr(Compositor, "render_full_update", counted)
        for keys in (["d"], ["escape"], ["d"], *[[c] for c in "ab"], ["backspace"], ["escape"], ["d"], ["enter"]):
            await pilot.press(*keys)
            await pilot.pause()
            assert not whole, keys


async def test_what_a_terminal_shows_after_tagging_keys_is_the_screen_drawn_whole(
    seed_store: Store, make_app, monkeypatch
) -> None:
    """The updates sent to the terminal, applied to a grid of cells (`terminal_mirror`), leave it
    as a full draw would: a region left out of a partial draw shows here. Forms opened on tags of
    all kinds (their hints take more or fewer lines: a layout at `d`, then the scroll at Enter)."""
    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"Kunduz", "enter", "d", "escape", "g")  # the form's first opening
        await pilot.pause()
        with mirrored(app, monkeypatch) as mirror:
            for n in range(12):
                await pilot.press("w", "enter", "d")
                await pilot.pause()
                assert mirror.lines() == mirror.whole(), n
                await pilot.press("enter")
                await pilot.pause()
                assert mirror.lines() == mirror.whole(), n
            assert mirror.whole_draws == 0  # a scroll after a layout draws what it changed
            for keys in STEPS:
                await pilot.press(*keys)
                await pilot.pause()
                assert mirror.lines() == mirror.whole(), keys
