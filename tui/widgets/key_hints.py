"""The keys line at the bottom: the keys shown for what has the focus, as one line of text.

Textual's `Footer` composes a widget per key again each time the focus moves, which cost about
a third of the CPU of saving a form (every save moves the focus back to the reader). Here the
line is one `Static` redrawn only when what it says changes.
"""

from __future__ import annotations

from rich.text import Text
from textual.screen import Screen
from textual.widgets import Static

PALETTE = "^p palette"


class KeyHints(Static):
    """`key label` for each shown binding of the focused widget and its ancestors."""

    DEFAULT_CSS = """
    KeyHints { dock: bottom; height: 1; background: $footer-background; padding: 0 1; }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(Text(""), id=id, markup=False)
        self._said: Text | None = None
        self._pending = False

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)
        self._say_keys()

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, screen: Screen[object]) -> None:
        """Said again once for all the changes of bindings a key makes (a form closing changes
        them twice: the field loses the focus, the reader gets it)."""
        if screen is self.screen and not self._pending:
            self._pending = True
            self.call_later(self._say_keys)

    def _say_keys(self) -> None:
        """The keys of what has the focus first; the app's own (quit, keys) always at the right
        end, the others cut before them on a narrow terminal (at 90 columns `q Quit` and `? Keys`
        were cut off)."""
        self._pending = False
        screen = self.screen
        width = self.content_region.width or 10_000
        parts, own = self._parts(screen, compact=False)
        full = sum(key.cell_len + word.cell_len for key, word in parts)
        if full + own.cell_len > width:  # narrow: keys without the spaces around them, one between words
            parts, own = self._parts(screen, compact=True)
        elif full + own.cell_len + len(PALETTE) <= width:
            own.append(PALETTE, style="dim")  # the palette's key last, when there is room
        local = _within(parts, max(0, width - own.cell_len))
        line = local + own
        line.no_wrap, line.overflow = True, "ellipsis"
        if line != self._said:
            self._said = line
            self.update(line, layout=False)  # one line, always: no layout of the screen

    def _parts(self, screen: Screen[object], *, compact: bool) -> tuple[list[tuple[Text, Text]], Text]:
        """The focused widget's keys (the key, its word) and the app's own keys as one text;
        `compact`: as narrow as they read (at 80 columns the words of five keys of eight were
        left out, a newcomer's "keys without labels")."""
        parts: list[tuple[Text, Text]] = []
        own = Text()
        seen: set[str] = set()
        pad, gap = ("", " ") if compact else (" ", "  ")
        for node, binding, enabled, _tooltip in screen.active_bindings.values():
            if not binding.show or binding.action in seen:
                continue
            seen.add(binding.action)
            shown = self.app.get_key_display(binding)
            key = Text(f"{pad}{shown}{pad}", style="bold reverse" if enabled else "dim reverse")
            word = Text(f" {binding.description}{gap}", style="" if enabled else "dim")
            if node is self.app:
                own.append_text(key).append_text(word)
            else:
                parts.append((key, word))
        return parts, own

    def on_resize(self) -> None:
        self._say_keys()


def _within(parts: list[tuple[Text, Text]], room: int) -> Text:
    """Each key with its word while the rest fit as keys alone (`?` says them), then keys alone:
    at 80 columns the words of the first keys cut off u, L and y. The keys shown alone come after
    those with words (a newcomer read "L y Accept" as L's word). Cut with "…" only if even the keys
    alone do not fit."""
    bare = sum(key.cell_len + 1 for key, _word in parts) + 1
    worded: list[Text] = []
    alone: list[Text] = []
    width = 0
    for n, (key, word) in enumerate(parts):
        rest = sum(k.cell_len + 1 for k, _w in parts[n + 1 :]) + 1
        if width + key.cell_len + word.cell_len + rest <= room:
            worded.append(Text.assemble(key, word))
            width += key.cell_len + word.cell_len
        else:
            alone.append(Text.assemble(key, " "))
            width += key.cell_len + 1
    line = Text().join([*worded, *alone])
    if alone:
        line.append(" ")  # a word ends in two spaces: the keys alone end so too
    if bare > room:
        line.truncate(max(0, room - 2), overflow="ellipsis")
        line.append("  ")
    return line
