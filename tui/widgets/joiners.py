"""Typing the zero-width joiners into a text field.

U+200C (zero-width non-joiner) and U+200D (zero-width joiner) are invisible, and Python does not
count them as printable, so Textual's `Input` drops them as typed. Yet they are letters of how
Persian, Dari and Pashto words are written ("می‌گوید"), and of emoji sequences: a newcomer's
name typed with them was saved without. Articles keep them (`annotations.text.normalize`), so a
name typed as the text spells it must too.
"""

from __future__ import annotations

from textual import events
from textual.widgets import Input

JOINERS = {"zero_width_non_joiner": "\u200c", "zero_width_joiner": "\u200d"}
"""The joiners by the names Textual gives their keys."""


class TypesJoiners(Input):
    """An `Input` that takes the joiners typed, as it takes any letter."""

    async def _on_key(self, event: events.Key) -> None:  # Textual calls Input's own after this one
        joiner = JOINERS.get(event.key)  # (a key sent by Textual's Pilot has no character)
        if joiner is None:
            return
        event.stop()
        event.prevent_default()  # Input's handler would drop it
        if self.selection.is_empty:
            self.insert_text_at_cursor(joiner)
        else:
            self.replace(joiner, *self.selection)


class TextInput(TypesJoiners):
    """A plain text field of a screen (a filter, a new name) that takes the joiners typed."""
