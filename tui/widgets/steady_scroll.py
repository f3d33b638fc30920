"""Scrolling widgets that do not redraw their scroll bars at every layout of the screen.

Textual's `ScrollView` compares the size the layout gives it with its own scrollable size, which
for a scroll view always differ, so every layout of the screen (a form shown, a pane's rows
changed) updated and redrew the scroll bars of the reader and of each pane, and sent them a
resize: a second redraw of most of the screen after each tagging key (about 2 ms of the 16 a
key may take). Here that work is done only when the widget's size or scrollable size changed.
"""

from __future__ import annotations

from typing import Any

from textual.geometry import Size


class SteadyScrollbars:
    """Mixed in before a `ScrollView` (a plain class, so Textual still finds the widget's CSS
    through its first base): scroll bars updated only on a real change."""

    _scrollbars_for: tuple[Size, Size] | None = None
    virtual_size: Size

    def _size_updated(self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True) -> bool:
        if self._scrollbars_for == (size, self.virtual_size):
            return False
        base: Any = super()
        changed: bool = base._size_updated(size, virtual_size, container_size, layout)
        self._scrollbars_for = (size, self.virtual_size)
        return changed
