"""What a newcomer met in the app (a helper in tmux, stop 60): the detail panel cut with no sign; the
help that did not scroll with j and k. (The detail: a newcomer read a claim's date cut mid-sentence,
with the lines under it gone and no sign of them.)"""

from __future__ import annotations

from rich.text import Text
from textual.app import App, ComposeResult

from tui.widgets.panes import DetailPanel


class _Detail(App[None]):
    CSS = "DetailPanel { height: 6; width: 30; padding: 0 1; }"

    def compose(self) -> ComposeResult:
        yield DetailPanel(id="detail")


async def test_a_text_longer_than_the_panel_ends_in_an_ellipsis() -> None:
    app = _Detail()
    async with app.run_test(size=(40, 10)) as pilot:
        panel = app.query_one(DetailPanel)
        long = Text("\n".join(f"line {n} of a claim's detail that goes on" for n in range(10)))
        panel.show(long)
        await pilot.pause()
        shown = str(panel.render())
        assert shown.rstrip().endswith("…")
        assert "line 9" not in shown
        panel.show(Text("short"))
        await pilot.pause()
        assert str(panel.render()) == "short"


async def test_the_help_scrolls_with_j_and_k(seed_store, make_app) -> None:
    """A newcomer's j, k, g and G did nothing in the help, in an app driven by vim's keys."""
    from textual.containers import VerticalScroll

    app = make_app(seed_store)
    async with app.run_test(size=(100, 20)) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        box = app.screen.query_one("#help", VerticalScroll)
        await pilot.press("j", "j", "j")
        await pilot.pause()
        assert box.scroll_y == 3
        await pilot.press("k")
        await pilot.pause()
        assert box.scroll_y == 2
        await pilot.press("G")
        await pilot.pause()
        assert box.scroll_y == box.max_scroll_y > 3
        await pilot.press("g")
        await pilot.pause()
        assert box.scroll_y == 0
