"""The detail panel says when its text is cut: a newcomer read a claim's date cut mid-sentence,
with the lines under it gone and no sign of them."""

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
