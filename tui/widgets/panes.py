"""The right-hand side: one list per kind, and the detail of the current annotation."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.binding import BindingType
from textual.message import Message
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from annotations.model import Annotation

from ..actions import PANE, bindings


class AnnotationPane(OptionList):
    """The annotations of one kind in text order; Enter jumps the reader to one."""

    BINDINGS: ClassVar[list[BindingType]] = bindings(PANE)

    class Chosen(Message):
        """The analyst pressed Enter on an annotation: show it in the reader."""

        def __init__(self, annotation_id: str) -> None:
            super().__init__()
            self.annotation_id = annotation_id

    class Highlighted(Message):
        """The highlighted annotation changed: show its detail."""

        def __init__(self, annotation_id: str | None) -> None:
            super().__init__()
            self.annotation_id = annotation_id

    def __init__(self, kind: str, label: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.kind = kind
        self.label = label
        self.border_title = f"{label} 0"
        self._shown: list[tuple[str, str, Text]] | None = None

    def show(self, rows: list[tuple[Annotation, Text]]) -> None:
        """Replace the rows, keeping the highlight on the same annotation when it is still there.
        The same rows again change nothing: after each change only the pane it touched is redone."""
        shown: list[tuple[str, str, Text]] = [(a.id, str(a.status), text) for a, text in rows]
        if shown == self._shown:
            return
        self._shown = shown
        current, index = self.current_id, self.highlighted
        self.clear_options()
        self.add_options(Option(text, id=annotation.id) for annotation, text in rows)
        accepted = sum(1 for annotation, _ in rows if annotation.status == "accepted")
        suggested = len(rows) - accepted
        self.border_title = f"{self.label} {accepted}" + (f" (+{suggested} suggested)" if suggested else "")
        if current is not None and not self.highlight_id(current) and index is not None and self.option_count:
            self.highlighted = min(index, self.option_count - 1)  # its row went: the one now there

    @property
    def current_id(self) -> str | None:
        if self.highlighted is None or self.option_count == 0:
            return None
        return self.get_option_at_index(self.highlighted).id

    def highlight_id(self, annotation_id: str) -> bool:
        try:
            self.highlighted = self.get_option_index(annotation_id)
        except Exception:
            return False
        return True

    def on_focus(self) -> None:
        if self.highlighted is None and self.option_count:
            self.highlighted = 0

    def _on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        if event.option.id is not None:
            self.post_message(self.Chosen(event.option.id))

    def _on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        event.stop()
        self.post_message(self.Highlighted(event.option.id))


class DetailPanel(Static):
    """The annotation under the cursor, in full."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(Text(""), id=id, markup=False)
        self.border_title = "Detail"
        self._shown: tuple[Text, str] | None = None

    def show(self, text: Text, title: str = "Detail") -> None:
        """Show `text`; the same text again changes nothing (every cursor move asks)."""
        if self._shown == (text, title):
            return
        self._shown = (text, title)
        self.border_title = title
        self.update(text)
