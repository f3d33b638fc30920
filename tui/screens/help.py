"""Every key, generated from the bindings of the widgets on screen (keymap included)."""

from __future__ import annotations

from typing import ClassVar

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.dom import DOMNode
from textual.screen import ModalScreen
from textual.widgets import Static

# TextArea's editing bindings, inert in the read-only reader: not worth a line of help.
INERT_ACTIONS = frozenset(
    {
        "delete_left", "delete_word_left", "delete_right", "delete_word_right", "cut", "paste",
        "delete_to_start_of_line", "delete_to_end_of_line_or_delete_line", "delete_line", "undo",
        "redo", "page_left", "page_right",
    }
)  # fmt: skip


def binding_rows(node: DOMNode) -> list[tuple[str, str, str]]:
    """(keys, description, binding id) for each binding of `node`, as currently mapped."""
    rows: dict[str, tuple[list[str], str]] = {}
    claimed = {k for k, bs in node.app._bindings.key_to_bindings.items() if any(b.priority for b in bs)}
    for key, bindings in node._bindings.key_to_bindings.items():
        for binding in bindings:
            if not binding.description or (binding.id is None and binding.action in INERT_ACTIONS):
                continue
            if node is not node.app and key in claimed:
                continue  # the app takes this key first (ctrl+c quits): the binding never fires
            ident = binding.id or binding.action
            keys, _ = rows.setdefault(ident, ([], binding.description))
            keys.append(node.app.get_key_display(Binding(key, binding.action)))
    return [(" ".join(dict.fromkeys(keys)), description, ident) for ident, (keys, description) in rows.items()]


class HelpScreen(ModalScreen[None]):
    """All keys, grouped by where they work."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,question_mark,q", "close", "Close", id="help.close"),
    ]

    def __init__(self, sections: list[tuple[str, DOMNode]]) -> None:
        super().__init__()
        self.sections = sections
        self.rows: list[tuple[str, str, str]] = []

    def compose(self) -> ComposeResult:
        table = Table(box=None, expand=True, show_header=False, pad_edge=False)
        table.add_column("keys", style="bold", no_wrap=True, width=28)
        table.add_column("what", ratio=1)
        table.add_column("id", style="dim", no_wrap=True)
        for title, node in self.sections:
            table.add_row(Text(title, style="bold underline"), "", "")
            rows = binding_rows(node)
            self.rows.extend(rows)
            for keys, description, ident in rows:
                table.add_row(Text(keys), Text(description), Text(ident))
            table.add_row("", "", "")
        table.add_row(
            Text("keymap", style="bold"),
            Text("remap any key by its id in keymap.toml in your config folder"),
            Text(""),
        )
        with VerticalScroll(id="help"):
            yield Static(table, markup=False)

    def action_close(self) -> None:
        self.dismiss(None)
