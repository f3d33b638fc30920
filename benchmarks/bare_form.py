"""A bare Textual app that does what `d` and Enter do to the screen, without Fieldmark: a form of
seven labelled fields shown in place of three panes beside a TextArea, and hidden again. The
baseline of the tagging keys: what Textual itself spends to show and hide such a form."""

from __future__ import annotations

import time
from statistics import median
from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.widgets import Input, Label, Static, TextArea

FIELDS = ("Place", "Kind", "Province", "Country", "Code", "Status", "Note")

CSS = """
#main { height: 1fr; }
TextArea { width: 2fr; }
#side { width: 1fr; }
.pane { height: 1fr; border: round $accent; }
#form { display: none; height: auto; border: round $accent; }
.row { height: 1; }
.row Label { width: 14; }
.row Input { border: none; height: 1; width: 1fr; }
"""


class BareForm(App[None]):
    """`d` shows the form (focus in its first field), Enter hides it (focus back in the text)."""

    CSS = CSS
    BINDINGS: ClassVar = [Binding("d", "open", priority=True), Binding("enter", "close", priority=True)]

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        with Horizontal(id="main"):
            yield TextArea(self.text, read_only=True, soft_wrap=True)
            with Vertical(id="side"):
                with Vertical(id="form"):
                    yield Static("Tag place")
                    for name in FIELDS:
                        with Horizontal(classes="row"):
                            yield Label(name)
                            yield Input(name.lower())
                for n in range(3):
                    yield Static(f"pane {n}", classes="pane")
                yield Static("detail", classes="pane")

    def action_open(self) -> None:
        self._show_form(True)
        self.query_one("#form Input", Input).focus()

    def action_close(self) -> None:
        self._show_form(False)
        self.query_one(TextArea).focus()

    def _show_form(self, shown: bool) -> None:
        self.query_one("#form").display = shown
        for pane in list(self.query(".pane"))[:3]:
            pane.display = not shown


async def form_costs(text: str, presses: int) -> dict[str, float]:
    """Median CPU (ms) per `d` and per Enter in the bare app, as the reader's keys are timed."""
    app = BareForm(text)
    opened: list[float] = []
    closed: list[float] = []
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        for _ in range(presses):
            for key, samples in (("d", opened), ("enter", closed)):
                started = time.process_time()
                await pilot.press(key)
                samples.append(time.process_time() - started)
        if not app.query_one(TextArea).has_focus:
            raise RuntimeError("the bare form did not close")
    return {"open": median(opened) * 1000, "close": median(closed) * 1000}
