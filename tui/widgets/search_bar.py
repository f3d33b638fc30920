"""The search bar: opened by `/`, Enter finds, Esc closes. It says what was asked for by message;
the screen does the finding."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import BindingType
from textual.message import Message

from ..actions import SEARCH, bindings
from .joiners import TypesJoiners


class SearchBar(TypesJoiners):
    """A one-line input docked at the bottom, hidden until opened."""

    BINDINGS: ClassVar[list[BindingType]] = bindings(SEARCH)

    class Find(Message):
        """The analyst asked to find `text`."""

        def __init__(self, text: str) -> None:
            super().__init__()
            self.text = text

    class Closed(Message):
        """The bar closed (after a search or on Esc): focus goes back to the reader."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(placeholder="search the article (Enter finds, Esc closes)", id=id)
        self.display = False

    def open(self, last: str) -> None:
        """Show the bar with the last search in it, selected (typing replaces it, Enter finds it
        again), and take the keys at once."""
        self.display = True
        self.value = last
        self.select_all()
        self.screen.set_focus(self)

    def action_close(self) -> None:
        self.display = False
        self.post_message(self.Closed())

    async def action_submit(self) -> None:
        text = self.value
        self.display = False
        self.post_message(self.Find(text))
        self.post_message(self.Closed())
