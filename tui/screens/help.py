"""Every key, from the action registry with the analyst's keymap applied, and what colours mean."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from ..actions import BUILT_IN, HELP, Action, bindings
from ..widgets.article_view import KindStyles

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
        table = Table(box=None, expand=True, show_header=False, pad_edge=False)
        table.add_column("keys", style="bold", no_wrap=True, width=28)
        table.add_column("what", ratio=1)
        table.add_column("id", style="dim", no_wrap=True)
        for title, actions in self.sections:
            table.add_row(Text(title, style="bold underline"), "", "")
            for action in actions:
                row = (self.keys_of(self.app, action, self.keymap), action.title or action.label, action.id)
                self.rows.append(row)
                table.add_row(Text(row[0]), Text(row[1]), Text(row[2]))
            for keys, what in BUILT_IN.get(title, ()):
                table.add_row(Text(keys), Text(what), Text(""))
            table.add_row("", "", "")
        table.add_row(Text("Colours", style="bold underline"), "", "")
        styles = self.kind_styles
        for sample, style, meaning in (
            ("Kunduz", styles.district, "a place you tagged"),
            ("Taliban", styles.actor, "an actor you tagged"),
            ("“Dozens…”", styles.claim, "a claim you tagged (underlined)"),
            ("Kabul", styles.district + styles.suggested, "a suggestion (dim, italic): y accepts, r rejects"),
        ):
            table.add_row(Text(sample, style=style), Text(meaning), Text(""))
        table.add_row("", "", "")
        table.add_row(
            Text("keymap", style="bold"),
            Text("remap any key by its id under [keymap] in config.toml in your config folder"),
            Text(""),
        )
        with VerticalScroll(id="help") as box:
            box.border_title = "Keys · ↑/↓ scroll · Esc closes"  # a newcomer did not know how to leave
            yield Static(table, markup=False)

    def action_close(self) -> None:
        self.dismiss(None)
