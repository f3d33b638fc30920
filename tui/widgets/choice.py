"""A one-line choice for forms: left/right cycle, typing filters the options.

Typing narrows the options to those whose label holds every typed word ("tas" finds "Tasnim
News Agency" among 52 actor mentions) and chooses the first; left/right then cycle through the
matches only, Backspace widens the filter again, leaving the field forgets it. Enter is left to
the form (it saves), so a choice never swallows it the way a `Select` drop-down would.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence
from typing import ClassVar, Generic, TypeVar

from rich.text import Text
from textual import events
from textual.binding import BindingType
from textual.geometry import Size
from textual.message import Message
from textual.reactive import reactive
from textual.widget import Widget

from annotations.suggest.placenames import plain as folded

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

        @property
        def control(self) -> ChoiceField[object]:
            """The choice that changed (what `on(ChoiceField.Changed, "#id")` selects by)."""
            return self.choice

    def __init__(
        self,
        options: Sequence[tuple[str, T]],
        value: T | None = None,
        *,
        id: str | None = None,
        lines: int = 1,
    ) -> None:
        super().__init__(id=id)
        self.lines = lines
        """Lines the label may take: a claim to link to is told apart by its words, which one line
        of the form cut to "‹ “Militants linke… ›" (a newcomer could not see what was chosen)."""
        if lines > 1:
            self.styles.height = "auto"
            self.styles.max_height = lines
        if not options:
            raise ValueError("a choice needs at least one option")
        self.options = list(options)
        self._words: list[str] = []
        self._filter = ""
        self._matches: list[int] = []
        self.set_reactive(ChoiceField.index, self._index_of(value))

    def set_options(self, options: Sequence[tuple[str, T]], value: T | None = None, words: Sequence[str] = ()) -> None:
        """Offer other options (a form filled again for another span), choosing `value`;
        `words`: more words each option is found by when typing (a claim's all, not only the
        opening its label shows)."""
        if not options:
            raise ValueError("a choice needs at least one option")
        self.options = list(options)
        self._words = list(words)
        self._filter, self._matches = "", []
        self._before: int | None = None
        """The choice before a filter was typed (nothing typed or matching goes back to it)."""
        self.index = self._index_of(value)
        self.refresh(layout=self.lines > 1)

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
        return self._drawn(self.content_size.width)

    def _drawn(self, width: int) -> Text:
        """The filter (if one is typed), the label between ‹ ›, and where it is among the options
        when there is room for it whole; the filter and ‹ › always shown, the label cut to the
        room left ("‹ Armed Forces of the Democratic Rep… ›"), at `width` (0: not laid out yet)."""
        before = Text(no_wrap=True)
        if self._filter:  # first: a long option must not push what was typed out of sight
            if self._matches:
                place = self._matches.index(self.index) + 1 if self.index in self._matches else 0
                before.append(f"“{self._filter}” {place}/{len(self._matches)} ", style="dim")
            else:
                before.append(f"nothing matches “{self._filter}” ", style="bold")
        count = len(self.options)
        after = f" ›  {self.index + 1}/{count}" if not self._filter and count > 2 else " ›"
        if width and before.cell_len + 2 + Text(self.label).cell_len + len(after) > width:
            after = " ›"  # the label matters more than where it is among the options
        room = max(1, (width - 6) * self.lines + 6 - before.cell_len - 2 - len(after)) if width else None
        text = before
        text.no_wrap = True
        text.append("‹ ", style="dim")
        text.append(_cut(self.label, room))
        text.append(after, style="dim")
        return _in_lines(text, width) if self.lines > 1 and width else text

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        """The lines the choice is drawn in at the width it is being laid out at: measured at the
        width it had before, a form opened on a claimant of one line left it two lines high after
        one of two, and every label under it stood a line above its field."""
        return self._lines_at(width)

    def height_needed(self) -> int:
        """The lines the choice takes as it is now drawn (a form aligns its labels by them before
        laying it out again)."""
        return self._lines_at(self.content_size.width)

    def _lines_at(self, width: int) -> int:
        if self.lines == 1 or not width:
            return 1
        return max(1, min(self.lines, self._drawn(width).plain.count("\n") + 1))

    def action_step(self, delta: int) -> None:
        among = self._matches if self._filter and self._matches else list(range(len(self.options)))
        place = among.index(self.index) if self.index in among else -1
        self.index = among[(place + delta) % len(among)]

    def action_jump(self, index: int) -> None:
        self.index = index

    def watch_index(self) -> None:
        if self.lines > 1:  # a label of several lines: laid out again at its new height
            self.refresh(layout=True)
        self.post_message(self.Changed(self))  # type: ignore[arg-type]

    def on_resize(self) -> None:
        """A choice of several lines measures them only once laid out at its width (a form opened
        on a claim of a long event type): the form's labels follow it then."""
        if self.lines > 1:
            self.post_message(self.Changed(self))  # type: ignore[arg-type]

    def on_blur(self) -> None:
        """Leaving keeps what the filter chose; the filter itself is forgotten. A filter that matches nothing stays
        shown, and the form will not save past it (`FormBody.choice_unmatched`): helper-363 typed "town" in a place's
        kind, Tab and Enter, and the place was saved with the kind it had, unsaid."""
        if self.unmatched:
            return
        self._filter, self._matches = "", []
        self._before = None
        self.refresh(layout=self.lines > 1)

    def on_key(self, event: events.Key) -> None:
        """Typing filters; Backspace widens the filter (a space is a next-option key until a
        filter is being typed, then it is part of it)."""
        if event.key == "backspace" and self._filter:
            self._narrow(self._filter[:-1])
        elif event.is_printable and event.character and (event.character != " " or self._filter):
            self._narrow(self._filter + event.character)
        else:
            return
        event.stop()
        event.prevent_default()

    @property
    def unmatched(self) -> str:
        """What was typed when it matches no option (shown "nothing matches …"), else ""."""
        return self._filter if self._filter and not self._matches else ""

    def _narrow(self, typed: str) -> None:
        """Options holding every typed word (never the "none" option: typing "a" must not choose
        "‹no claimant›"); the first is chosen. With nothing typed, or nothing matching, the
        choice goes back to what it was before typing began."""
        if typed and not self._filter:
            self._before = self.index
        self._filter = typed
        self._matches = matching(self.options, typed, self._words)
        if typed and self._matches:
            if self.index not in self._matches[:1]:
                self.index = self._matches[0]
        elif self._before is not None:
            self.index = self._before
        self.refresh(layout=self.lines > 1)


def matching(options: Sequence[tuple[str, object]], typed: str, more: Sequence[str] = ()) -> list[int]:
    """The options holding every typed word (whatever the case and accents) in their label or
    their `more` words, names that start with the first word first (`_rank`); never an option
    whose value is None."""
    words = folded(typed).split()
    extra = [*more, *([""] * (len(options) - len(more)))]
    labels = [folded(f"{label} {extra[i]}" if extra[i] else label) for i, (label, _value) in enumerate(options)]
    found = [i for i, (_l, value) in enumerate(options) if value is not None and all(w in labels[i] for w in words)]
    return sorted(found, key=lambda i: _rank(labels[i], words[0]) if words else 0)


def _rank(label: str, first: str) -> int:
    """Names that start with what is typed first, then those with a word that does, then the rest
    ("Gov": the Government of Afghanistan before an actor whose alias holds "government")."""
    if label.startswith(first):
        return 0
    return 1 if re.search(rf"(?<![\w]){re.escape(first)}", label) else 2


_WHERE = re.compile(r"(?: \(mention \d+ of \d+\))?(?:, suggested)?$")
"""Which mention of a name a choice is ("… (mention 2 of 3)"), and whether it is suggested: kept
when a long label is cut (shorter, "(2 of 3)", in a narrow field), what tells two mentions of one
name apart."""


def _in_lines(text: Text, width: int) -> Text:
    """The text broken into lines of `width` at spaces, hyphens and slashes, a word too long for a line broken in
    it: Rich's wrapping left "‹ " alone on a line before a link, and the rest lost its "›"; "Shelling/artillery/mi" /
    "ssile attack" broke inside a word (helper-363). Slashes are read as hyphens to find the breaks (one character
    for one: the offsets hold)."""
    plain = text.plain.replace("/", "-")
    chunks = textwrap.wrap(plain, width, break_long_words=True, break_on_hyphens=True, drop_whitespace=False)
    offsets, at = [], 0
    for chunk in chunks[:-1]:
        at += len(chunk)
        offsets.append(at)
    lines = text.divide(offsets)
    for line in lines:
        line.rstrip()
    joined = Text("\n", no_wrap=True).join(lines)
    joined.no_wrap = True
    return joined


def _cut(label: str, room: int | None) -> str:
    """The label, or as much of it as fits `room` cells with an ellipsis (all of it before the
    field is laid out), keeping where it is in the article: two mentions of one long name were
    both "Mohamed Hamdan D…" to a newcomer."""
    text = Text(label)
    if room is None or text.cell_len <= room:
        return label
    where = _WHERE.search(label)
    tail = where.group() if where is not None else ""
    head = Text(label[: len(label) - len(tail)])
    for said in (tail, tail.replace("(mention ", "("), ""):  # "(2 of 3)" when the words do not fit
        if Text(said).cell_len < room - 4:
            tail = said
            break
    head.truncate(room - Text(tail).cell_len, overflow="ellipsis")
    return head.plain + tail
