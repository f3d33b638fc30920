"""Text put in a `Static` without laying out the screen when its height stays the same.

`Static.update` lays out the whole screen by default, since new text may take more or fewer
lines. In the tagging form the title and the hints change at every `d`/`a`/`c` and with every
letter typed in a name: each was a layout of the whole screen (and, after it, a draw of all of it),
for text that nearly always takes as many lines as before.
"""

from __future__ import annotations

from typing import Any

from rich.text import Text
from textual.widgets import Static


def put_text(static: Static, text: Text) -> None:
    """Show `text`; lay out the screen only when it takes a different number of lines."""
    gutter = static.styles.gutter  # the size, not the region: a form out of sight is not looked for
    before = static.outer_size.height - gutter.height
    static.update(text, layout=False)
    width = static.outer_size.width - gutter.width
    if not static.is_mounted or width <= 0 or before <= 0:
        static.refresh(layout=True)  # not laid out yet, or hidden: its size is not known
        return
    styles: Any = static.styles  # as Textual's own `Widget.get_content_height` passes them
    if static.visual.get_height(styles, width) != before:
        static.refresh(layout=True)
