"""How the reader draws less: only the lines that changed, and nothing again for a change of
focus or a move of the view that does not change a line.

Each of these was measured on the keys that tag (`python -m benchmarks --only keystroke`): a
frame (16 ms) is what a key may take, and Textual's `TextArea` drew the whole reader again at
every cursor move, every change of focus (opening and closing a form), every change of its
annotations and every frame (its theme read from the CSS each time). Mixed into `ArticleView`
before `TextArea`; `ArticleView.Scrolled` says where the view is, the reader having no scroll bar.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import events
from textual.geometry import Region
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.widgets import TextArea
from textual.widgets.text_area import WrappedDocument

if TYPE_CHECKING:
    _Base = TextArea
else:
    _Base = object


class Scrolled(Message):
    """How far down the reader's view is changed: the header says it, the reader having no
    scroll bar (one was redrawn at each focus change and scroll: a tenth of a tagging key)."""

    def __init__(self, where: str) -> None:
        super().__init__()
        self.where = where


class CountedHeight(WrappedDocument):
    """TextArea's wrapped view of the article, its height read from the list it keeps of every
    screen line (one entry each, after a wrap and after an edit alike). Textual sums the wrap
    offsets of every line for it, and asks at every line it draws: at 2 MB, about 2 ms a line
    (a save that redrew four lines spent 7 ms in the reader)."""

    @property
    def height(self) -> int:
        return len(self._offset_to_line_info)


class DrawsWhatChanged(_Base):
    """The drawing side of the reader (see the module)."""

    _last_look: tuple[object, ...] | None = None
    _theme_read_for: tuple[int, tuple[object, ...] | None] | None = None
    _where = ""

    def _refresh_rows(self, rows: set[int]) -> None:
        """Draw again only the screen lines of these rows of the article (a save changes one or
        two; redrawing the whole reader was about a tenth of the save's work)."""
        wrapped = self.wrapped_document
        if not rows:
            return
        if len(rows) > self.size.height:
            self.refresh()
            return
        for row in rows:
            try:
                first = wrapped.location_to_offset((row, 0)).y
                count = len(wrapped.get_offsets(row)) + 1
            except (IndexError, ValueError):
                self.refresh()
                return
            self.refresh_lines(first, count)

    def render_lines(self, crop: Region) -> list[Strip]:
        """TextArea reads its theme's colours from the CSS at every drawing of the screen (7,000
        calls a frame, the reader being in every frame); they change only with the styles or the
        theme, so they are read again only then."""
        read_for = (id(self._theme), self._last_look)
        if self._theme and read_for != self._theme_read_for:
            self._theme.apply_css(self)
            self._theme_read_for = read_for
        return super(TextArea, self).render_lines(crop)

    def _on_focus(self, event: events.Focus) -> None:
        """Textual's, without drawing the whole reader again: it looks the same with the focus
        (TextArea draws the cursor's line itself)."""
        event.prevent_default()
        self.has_focus = True
        if self.parent is not None:
            self.parent.post_message(events.DescendantFocus(self))

    def _on_blur(self, event: events.Blur) -> None:
        """Textual's, without drawing the whole reader again (see `_on_focus`)."""
        event.prevent_default()
        self.has_focus = False
        if self.parent is not None:
            self.parent.post_message(events.DescendantBlur(self))

    def watch_has_focus(self, _has_focus: bool) -> None:
        """The reader looks the same with or without the focus (no border; the cursor is drawn by
        TextArea's own watcher), so its styles are not computed again: Textual does it at every
        focus change, for the reader and the dozen parts TextArea styles (its cursor, selection,
        gutter…), a sixth of the work of opening or saving a form."""

    def notify_style_update(self) -> None:
        """Keep the drawn lines when only the focus changed (it changes the border, not a line);
        TextArea drops them at every style update, so opening a form redrew the whole article."""
        look = self._look()
        if look == self._last_look:
            ScrollView.notify_style_update(self)
            return
        self._last_look = look
        super().notify_style_update()

    def _look(self) -> tuple[object, ...]:
        """The styles lines are drawn with: the text's and the cursor's and selection's."""
        try:
            parts = tuple(self.get_component_rich_style(name) for name in ("text-area--cursor", "text-area--selection"))
        except Exception:  # not mounted yet
            return ()
        return (self.rich_style, *parts)

    @property
    def where(self) -> str:
        """How far down the view is, as vim says it: Top, 42%, Bot, or All when it all shows."""
        limit = self.max_scroll_y
        y = round(self.scroll_y)
        if limit <= 0:
            return "All"
        if y <= 0:
            return "Top"
        return "Bot" if y >= limit else f"{round(100 * y / limit)}%"

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self._tell_where()

    def watch_virtual_size(self) -> None:
        self._tell_where()

    def on_resize(self) -> None:
        """The lines wrap again at the new width: the view follows the cursor, which was left
        off screen (a newcomer's: the next key moved a view that showed nothing of it)."""
        self._tell_where()
        self.call_after_refresh(self.scroll_cursor_visible)

    def _tell_where(self) -> None:
        if (where := self.where) != self._where:
            self._where = where
            self.post_message(Scrolled(where))
