"""A one-line choice for forms: left/right cycle, typing jumps to a matching option.

Enter is left to the form (it saves), so a choice never swallows it the way a `Select`
drop-down would.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from typing import ClassVar, Generic, TypeVar

from rich.text import Text
from textual import events
from textual.binding import BindingType
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from ..actions import CHOICE, bindings

T = TypeVar("T")


class ChoiceField(Widget, Generic[T], can_focus=True):
    """Choose one of a fixed list of (label, value) options by keyboard."""

    DEFAULT_CSS = """
    ChoiceField { height: 1; width: 1fr; padding: 0 1; }
    ChoiceField:focus { background: $boost; text-style: bold; }
    """

    BINDINGS: ClassVar[list[BindingType]] = bindings(CHOICE)

    index: reactive[int] = reactive(0)

    class Changed(Message):
        def __init__(self, choice: ChoiceField[object]) -> None:
            super().__init__()
            self.choice = choice

    def __init__(
        self,
        options: Sequence[tuple[str, T]],
        value: T | None = None,
        *,
        id: str | None = None,
    ) -> None:
        super().__init__(id=id)
        if not options:
            raise ValueError("a choice needs at least one option")
        self.options = list(options)
        self._typed = ""
        self._typed_at = 0.0
        self.set_reactive(ChoiceField.index, self._index_of(value))

    def set_options(self, options: Sequence[tuple[str, T]], value: T | None = None) -> None:
        """Offer other options (a form filled again for another span), choosing `value`."""
        if not options:
            raise ValueError("a choice needs at least one option")
        self.options = list(options)
        self._typed = ""
        self.index = self._index_of(value)
        self.refresh()

    def _index_of(self, value: T | None) -> int:
        for position, (_label, candidate) in enumerate(self.options):
            if candidate == value:
                return position
        return 0

    @property
    def value(self) -> T:
        return self.options[self.index][1]

    @value.setter
    def value(self, value: T) -> None:
        self.index = self._index_of(value)

    @property
    def label(self) -> str:
        return self.options[self.index][0]

    def render(self) -> Text:
        count = len(self.options)
        text = Text(no_wrap=True, overflow="ellipsis")
        text.append("‹ ", style="dim")
        text.append(self.label)
        text.append(" ›", style="dim")
        if count > 2:
            text.append(f"  {self.index + 1}/{count}", style="dim")
        return text

    def action_step(self, delta: int) -> None:
        self.index = (self.index + delta) % len(self.options)

    def action_jump(self, index: int) -> None:
        self.index = index

    def watch_index(self) -> None:
        self.post_message(self.Changed(self))  # type: ignore[arg-type]

    def on_key(self, event: events.Key) -> None:
        """Typing selects the first option whose label starts with what was typed."""
        if not event.is_printable or event.character in (None, " "):
            return
        now = time.monotonic()
        if now - self._typed_at > 1.0:
            self._typed = ""
        self._typed_at = now
        self._typed += event.character.casefold()
        for position, (label, _value) in enumerate(self.options):
            if label.casefold().startswith(self._typed):
                self.index = position
                event.stop()
                event.prevent_default()
                return
        for position, (label, _value) in enumerate(self.options):
            if self._typed in label.casefold():
                self.index = position
                break
        event.stop()
        event.prevent_default()
