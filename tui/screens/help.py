"""Every key, from the action registry with the analyst's keymap applied, and what colours mean."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from ..actions import BUILT_IN, HELP, Action, bindings
from ..widgets.kind_styles import KindStyles

HelpRow = tuple[str, str, str]
"""(keys as shown, what the key does, the action id to remap it by)."""


class HelpScreen(ModalScreen[None]):
    """All keys, grouped by where they work."""

    BINDINGS: ClassVar[list[BindingType]] = bindings(HELP)

    def __init__(
        self, sections: Sequence[tuple[str, Sequence[Action]]], keymap: Mapping[str, str], styles: KindStyles
    ) -> None:
        super().__init__()
        self.sections = sections
        self.keymap = keymap
        self.kind_styles = styles
        self.rows: list[HelpRow] = []

    @staticmethod
    def keys_of(app: App[Any], action: Action, keymap: Mapping[str, str]) -> str:
        """The keys an action answers to now, as the footer shows them."""
        keys = action.current_keys(keymap).split(",")
        return " ".join(dict.fromkeys(app.get_key_display(Binding(k.strip(), action.action)) for k in keys))

    def compose(self) -> ComposeResult:
        sections = [
            (title, [(self.keys_of(self.app, a, self.keymap), a.title or a.label, a.id) for a in actions])
            for title, actions in self.sections
        ]
        self.rows = [row for _title, rows in sections for row in rows]
        parts: list[RenderableType] = []
        for title, rows in sections:
            built_in = [(keys, what, "") for keys, what in BUILT_IN.get(title, ())]
            parts += [Text(title, style="bold underline"), self._table([*rows, *built_in]), Text("")]
        styles = self.kind_styles
        parts += [
            Text("Colours", style="bold underline"),
            self._table(
                [
                    (Text("Kunduz", style=styles.district), "a place you tagged", ""),
                    (Text("Taliban", style=styles.actor), "an actor you tagged", ""),
                    (Text("“Dozens…”", style=styles.claim), "a claim you tagged (underlined)", ""),
                    (
                        Text("Kabul", style=styles.district + styles.suggested),
                        "a suggestion (dim, italic): y accepts, r rejects",
                        "",
                    ),
                    (
                        Text("Kunduz", style=styles.district + styles.theirs),
                        "another analyst's tag (not bold): the detail says whose",
                        "",
                    ),
                ]
            ),
            Text(""),
            self._table(
                [
                    (
                        Text("keymap", style="bold"),
                        "remap any key by its id under [keymap] in config.toml in your config folder",
                        "",
                    )
                ]
            ),
        ]
        with VerticalScroll(id="help") as box:
            box.border_title = "Keys · ↑/↓ or j/k scroll · Esc closes"  # a newcomer did not know how to leave
            yield Static(Group(*parts), markup=False)

    def _table(self, rows: Sequence[tuple[str | Text, str, str]]) -> Table:
        """One section's keys, in columns as wide as in every other section: the keys as wide as
        nine in ten of them need (a fixed 28 left the words a third of an 80-column line; the
        few longer keys wrap at their spaces), the ids as wide as the longest."""
        widths = sorted(len(keys) for keys, _what, _id in self.rows) or [12]
        table = Table(box=None, expand=True, show_header=False, pad_edge=False)
        table.add_column("keys", style="bold", width=max(12, min(28, widths[len(widths) * 9 // 10])))
        table.add_column("what", ratio=1)
        ids = any(action_id for _keys, _what, action_id in rows)
        if ids:  # none for the colours and the keys Textual answers to itself: the words have the room
            table.add_column("id", style="dim", no_wrap=True, width=max((len(i) for _k, _w, i in self.rows), default=0))
        for keys, what, action_id in rows:
            cells = [keys if isinstance(keys, Text) else Text(keys), Text(what)]
            table.add_row(*cells, *([Text(action_id)] if ids else []))
        return table

    def action_scroll_help(self, lines: int) -> None:
        self.query_one("#help", VerticalScroll).scroll_relative(y=lines, animate=False)

    def action_help_edge(self, end: int) -> None:
        box = self.query_one("#help", VerticalScroll)
        box.scroll_end(animate=False) if end else box.scroll_home(animate=False)

    def action_close(self) -> None:
        self.dismiss(None)
