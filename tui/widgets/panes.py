"""The right-hand side: one list per kind, and the detail of the current annotation."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.binding import BindingType
from textual.widgets import Static

from annotations.model import Annotation

from ..actions import PANE, bindings
from .row_list import RowList

SHORT_LABELS = {"Districts": "Dist.", "Actors": "Act.", "Claims": "Clm."}
"""The panes' titles where the full word does not fit ("Acto. 1", "Clai. 1" read as typos)."""


class AnnotationPane(RowList):
    """The annotations of one kind in text order; Enter jumps the reader to one."""

    BINDINGS: ClassVar[list[BindingType]] = bindings(PANE)

    class Chosen(RowList.Chosen):
        """The analyst pressed Enter on an annotation: show it in the reader."""

        @property
        def annotation_id(self) -> str:
            return self.row_id

    class Highlighted(RowList.Highlighted):
        """The highlighted annotation changed: show its detail."""

        @property
        def annotation_id(self) -> str | None:
            return self.row_id

    def __init__(self, kind: str, label: str, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.kind = kind
        self.label = label
        self.border_title = f"{label} 0"
        self._shown: list[tuple[str, str, Text]] | None = None
        self._mentions: int | None = None
        self._counts: tuple[int, int, int | None] = (0, 0, None)
        """Accepted rows, suggested rows, mentions (None: as many as rows): what the title says."""
        self._suggesting = 0
        """The live suggestions of this pane's kind (`suggested`), counted in the title beside its rows'."""

    def show(self, rows: list[tuple[Annotation, Text]], mentions: int | None = None) -> None:
        """Replace the rows, keeping the highlight on the same annotation when it is still there;
        `mentions`: the accepted mentions the rows stand for (a row per place or actor), shown
        in the title when more, as the library counts them. The same rows again change nothing:
        after each change only the pane it touched is redone."""
        shown: list[tuple[str, str, Text]] = [(a.id, str(a.status), text) for a, text in rows]
        if shown == self._shown and mentions == self._mentions:
            return
        self._shown, self._mentions = shown, mentions
        self.set_rows([(annotation.id, text) for annotation, text in rows])
        accepted = sum(1 for annotation, _ in rows if annotation.status == "accepted")
        self._counts = (accepted, len(rows) - accepted, mentions)
        self._say_title()

    def suggested(self, count: int) -> None:
        """How many suggestions of this pane's kind the article has now: the title says them ("Districts 2
        (+5 suggested)"; two newcomers read "Districts 0" beside a header's "66 suggestions")."""
        if count != self._suggesting:
            self._suggesting = count
            self._say_title()

    def on_resize(self) -> None:  # RowList's own runs too (Textual calls each class's handler)
        self._say_title()

    def _say_title(self) -> None:
        """The title, as long as the pane's width allows: "Districts 7 · 8 mentions (+3 suggested)",
        else "Districts 7+3", else "Dist. 7+3", "Act. 1" (at 80 columns the counts were cut to "Districts…")."""
        accepted, suggested, mentions = self._counts
        suggested += self._suggesting
        title = f"{self.label} {accepted}"
        if mentions is not None and mentions > accepted:  # "Districts 7" where the library said 8
            title += f" · {mentions} mentions"
        full = title + (f" (+{suggested} suggested)" if suggested else "")
        counts = f"{accepted}" + (f"+{suggested}" if suggested else "")
        short, shortest = f"{self.label} {counts}", f"{SHORT_LABELS.get(self.label, self.label[:4] + '.')} {counts}"
        room = self.size.width - 6  # "╭─ " and " ─╮"
        self.border_title = next((t for t in (full, short) if len(t) <= room or not self.size.width), shortest)


class DetailPanel(Static):
    """The annotation under the cursor, in full."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(Text(""), id=id, markup=False)
        self.border_title = "Detail"
        self._shown: tuple[Text, str] | None = None

    def show(self, text: Text, title: str = "Detail", keys: str = "") -> None:
        """Show `text`; the same text again changes nothing (every cursor move asks). `keys`, on
        the lower border, stay in sight when the text is cut."""
        if self._shown == (text, title + keys):
            return
        self._shown = (text, title + keys)
        self.border_title = Text(title)  # a tag's name: never markup ("[/]" in a name ended the app)
        self.border_subtitle = Text(keys)
        self.update(self._fitted(text), layout=False)  # a fixed height (see fieldmark.tcss): no layout of the screen

    def on_resize(self) -> None:
        if self._shown is not None:
            self.update(self._fitted(self._shown[0]), layout=False)

    def _fitted(self, text: Text) -> Text:
        """The text as the panel's lines hold it, its last line ending in "…" when more is cut (a
        newcomer read a claim's date cut mid-sentence, and its "about" and "accepted" lines gone,
        with no sign that anything followed)."""
        width, height = self.content_region.width, self.content_region.height
        if width < 2 or height < 1:
            return text
        lines = text.wrap(self.app.console, width)
        if len(lines) <= height:
            return text
        kept = list(lines)[:height]
        last = kept[-1]
        last.rstrip()
        last.truncate(width - 1)
        if not last.plain.endswith("…"):  # a title cut already ("12 May …") is not cut twice ("……")
            last.append("…", style="dim")
        return Text("\n").join(kept)
