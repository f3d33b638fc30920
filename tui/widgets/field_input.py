"""A form's text field: selected whole when focused, completing names from what the corpus holds.

Its own module so that the forms' bodies (`form_bodies`) hold their fields' order and filling only.
"""

from __future__ import annotations

from textual.events import Focus
from textual.geometry import Size
from textual.reactive import Reactive
from textual.suggester import Suggester
from textual.widgets.input import Selection as TextSelection

from annotations.forms.completion import NameCompletion, one_word_of

from .joiners import TypesJoiners


class _Completion(Suggester):
    """Completion (→ takes it) from what the corpus already holds, whatever the case or accents
    typed ("Far" completes to "Fāryāb"), else of the word being typed from the article's words
    (see `annotations.forms.completion`)."""

    def __init__(self, completion: NameCompletion) -> None:
        super().__init__(case_sensitive=True)  # folded there, accents too
        self.completion = completion

    async def get_suggestion(self, value: str) -> str | None:
        return self.completion.complete(value)


def completing(names: tuple[str, ...], words_of: str = "") -> Suggester | None:
    """A completion from these names (and the words of `words_of`), or none when there are none."""
    return _Completion(NameCompletion(names, words_of)) if names or words_of else None


class FieldInput(TypesJoiners):
    """A form field selected whole when focused, so typing replaces it, with the cursor at its
    start: a long name shows its beginning, not its end."""

    virtual_size: Reactive[Size] = Reactive(Size(0, 0), layout=False)
    """The width of what is typed, which Textual's `Input` sets at every letter: with Textual's own
    (`layout=True`) each letter laid out the whole screen, for a field that has no scroll bars and
    keeps its size."""

    def __init__(self, *, id: str, placeholder: str = "") -> None:
        super().__init__(id=id, placeholder=placeholder, select_on_focus=False)  # selected here, from the end

    def select_whole(self) -> None:
        self.selection = TextSelection(len(self.value), 0)

    def _on_focus(self, event: Focus) -> None:  # Textual calls Input's own handler after this one
        if not event.from_app_focus:
            self.select_whole()

    put_in: str | None = None
    """The value the form put in (`FormBody.set_text`): not completed, so nothing to take."""

    def completion_of(self, typed: str) -> str:
        """What `typed` completes to ("" for nothing more, and for the value the form put in: helper-320's hint said
        "→ takes …" where → took nothing), at once: the completion shown follows a moment later."""
        if typed == self.put_in:
            return ""
        suggester = self.suggester
        offered = suggester.completion.complete(typed) if isinstance(suggester, _Completion) else None
        return offered if offered is not None and len(offered) > len(typed) else ""

    @property
    def completion_shown(self) -> str:
        """The completion shown after what is typed ("" when none goes on from it)."""
        offered = self._suggestion
        return offered if len(offered) > len(self.value) else ""

    def action_cursor_right_word(self, select: bool = False) -> None:
        """ctrl+→ at the end of what is typed takes one word of the completion shown (→ takes
        it whole); elsewhere it moves a word, as in any field."""
        offered = self._suggestion
        if not select and self.cursor_at_end and len(offered) > len(self.value):
            self.value = one_word_of(self.value, offered)
            self.cursor_position = len(self.value)
            return
        super().action_cursor_right_word(select)
