"""The tagging form: one panel made with the screen, below the panes, scrolled into their place
(`SidePanel.open_form`) and filled again for each tag. Enter saves, Esc cancels, Tab moves
between fields.

A form used to be a modal screen composed from scratch at every `d`, `a` or `c` (110-160 ms of
CPU, most of it redrawing the dimmed screen behind it); the panel is only shown and filled, and
it takes the keys at once (the focus moves before the next key is read: see `tui.keys`). It
says what the analyst left in it by message; the screen saves it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import VerticalScroll
from textual.message import Message
from textual.widgets import Static

from annotations.text.quotes import shorten_between

from ..actions import FORM, bindings
from .steady_text import put_text

if TYPE_CHECKING:  # the forms' fields load with the first form opened, not before the first frame
    from annotations.forms.fields import Fields
    from annotations.forms.inputs import FormInput

    from .form_bodies import FormBody

TITLES = {"district": "place", "actor": "actor", "claim": "claim"}


HELP = "Enter save · Esc cancel · Tab next field · ←/→ change a choice · alt+←/→ one word less/more"
COMPLETION_HELP = " · → takes the completion shown, ctrl+→ one word of it"
"""Said under the forms whose names complete (a place's, an actor's)."""


class TagPanel(VerticalScroll):
    """The three forms, one shown at a time."""

    BINDINGS: ClassVar[list[BindingType]] = bindings(FORM)

    class Saved(Message):
        """The analyst saved the form with these values."""

        def __init__(self, result: FormInput) -> None:
            super().__init__()
            self.result = result

    class Reach(Message):
        """Grow or shrink the span being tagged: its `edge` by a `unit`, out (1) or in (-1)."""

        def __init__(self, edge: str, unit: str, direction: int) -> None:
            super().__init__()
            self.edge, self.unit, self.direction = edge, unit, direction

    class Closed(Message):
        """The analyst cancelled the form: the panes and the reader come back."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._open = False
        self.body: FormBody | None = None
        self._help_said = HELP
        self._quoted = ("", False)
        self._overtaken = ""

    def compose(self) -> ComposeResult:
        yield Static(Text(""), id="form-title", markup=False)
        yield Static(Text(HELP, style="dim"), id="form-help", markup=False)

    @property
    def is_open(self) -> bool:
        return self._open

    def allow_focus(self) -> bool:
        """Out of sight under the panes, neither it nor its fields take the focus (Tab went into them)."""
        return self._open and super().allow_focus()

    def allow_focus_children(self) -> bool:
        return self._open

    @property
    def kind(self) -> str:
        """The kind of annotation the open form tags."""
        return self.body.KIND if self.body is not None else ""

    async def open(self, fields: Fields) -> None:
        """Show the form for these fields, filled, with the keys going to its first field. Each
        kind of form is made the first time it is needed, then kept and filled again."""
        from .form_bodies import body_for

        kind = body_for(fields)
        found = self.query(kind)
        if found:
            body = found.first()
        else:
            body = kind()
            await self.mount(body, before=self.query_one("#form-help"))
        if not body.ready:
            return  # the app is closing (SIGTERM while keys typed in a burst still open forms): nothing to fill
        if self.body is not None and self.body is not body:
            self.body.display = False
        self.body = body
        body.fill(fields)
        body.align_labels(body.first_field())
        self._overtaken = ""
        self.show_quote(fields.quote, fields.editing)
        self._say_help(HELP + (COMPLETION_HELP if body.KIND != "claim" else ""))
        body.display = True
        self._open = True
        self.scroll_home(animate=False)
        self.screen.set_focus(body.first_field(), scroll_visible=False)  # now, not after the keys already typed; the
        # form is at its top (scrolled to the first field in a form still growing, a narrow claim form hid its title)

    def _say_help(self, help_text: str) -> None:
        if help_text != self._help_said:  # laid out with the form it opens with
            self._help_said = help_text
            put_text(self.query_one("#form-help", Static), Text(help_text, style="dim"))

    def action_save(self) -> None:
        """Hand the values up; the screen saves them and closes the form in the same frame. Not
        while a choice shows "nothing matches …" (`FormBody.choice_unmatched`)."""
        if self.body is None or self.body.choice_unmatched():
            return
        result = self.body.result()
        if result is not None:
            self.post_message(self.Saved(result))

    def action_field(self, step: int) -> None:
        """Tab and shift+Tab go round the form's fields and never leave it: the focus behind an
        open form left Esc, Enter and the keys shown all wrong (only Tab came back)."""
        if self.body is None:
            return
        fields = [widget for widget in self.body.query("*") if widget.focusable and widget.display]
        if not fields:
            return
        here = self.screen.focused
        index = fields.index(here) if here in fields else -1
        self.screen.set_focus(fields[(index + step) % len(fields)])

    def action_span(self, edge: str, unit: str, direction: int) -> None:
        self.post_message(self.Reach(edge, unit, direction))

    def respan(self, fields: Fields) -> None:
        """The span changed: the title says the new words, an untyped name follows them."""
        self.show_quote(fields.quote, fields.editing)
        if self.body is not None:
            self.body.respan(fields)

    def overtaken(self, said: str) -> None:
        """Say under the title, while the form is open, what someone else did meanwhile to the
        tag it edits."""
        self._overtaken = said
        self.show_quote(*self._quoted)

    def show_quote(self, quote: str, editing: bool) -> None:
        """The title: what is being tagged (again after the span changed), and under it what
        someone else did meanwhile to the tag it edits (`overtaken`)."""
        self._quoted = (quote, editing)
        overtaken = self._overtaken
        kind = TITLES[self.body.KIND] if self.body is not None else ""
        heading = Text()
        heading.append(f"{'Edit' if editing else 'Tag'} {kind}", style="bold")
        heading.append("  " + shorten_between(quote, 100), style="italic")
        if overtaken:
            heading.append("\n" + overtaken, style="bold yellow")
        put_text(self.query_one("#form-title", Static), heading)

    def action_cancel(self) -> None:
        self.post_message(self.Closed())

    def close(self) -> None:
        """The form out of use (the side shows the panes again, the screen gives the focus back)."""
        self._open = False
