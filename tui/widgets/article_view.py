"""The reader: the article text, read-only, with annotations highlighted and vim-like motions.

Built on `TextArea` for soft wrapping, the cursor and selections. The article text is shown
literally: `get_line` returns plain `Text` (never markup) with annotation styles on top, and
the line cache is cleared whenever the annotations change. Offsets are code points into the
normalised article text; `location_of`/`offset_of` convert to TextArea's (row, column).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.binding import BindingType
from textual.message import Message
from textual.reactive import Reactive, reactive
from textual.strip import Strip
from textual.widgets import TextArea
from textual.widgets.text_area import Selection

from annotations.entities.mentions import is_theirs
from annotations.model import Annotation
from annotations.text import navigation as textnav

from ..actions import READER, bindings
from .kind_styles import KindStyles
from .reader_drawing import CountedHeight, DrawsWhatChanged
from .steady_scroll import SteadyScrollbars

Location = tuple[int, int]
SUGGESTED, THEIRS, OWN = 0, 1, 2
"""How a span is drawn, in the order drawn: suggestions, another analyst's tags, one's own."""


class ArticleView(SteadyScrollbars, DrawsWhatChanged, TextArea):
    """The article, with the analyst's annotations and the cursor always visible."""

    BINDINGS: ClassVar[list[BindingType]] = bindings(READER)

    selection_mode: reactive[bool] = reactive(False)
    """In selection mode (`v`) every motion extends the selection."""

    selection: Reactive[Selection] = reactive(Selection(), init=False, always_update=True, repaint=False)
    """TextArea's selection (and cursor), without drawing the whole reader again at every move:
    `watch_selection` draws the lines the selection left or reached."""

    _jumped_to: tuple[int, str] | None = None
    """Where `]` last went and the annotation it showed there (the next `]` there shows the next);
    a class default, as TextArea's own __init__ already moves the selection."""

    def __init__(self, text: str = "", *, id: str | None = None) -> None:
        super().__init__(
            text,
            read_only=True,
            soft_wrap=True,
            show_line_numbers=False,
            highlight_cursor_line=False,
            id=id,
        )
        self.cursor_blink = False
        self.own = ""
        """Whose tags are drawn as one's own ("": everyone's); another analyst's are not bold."""
        self.match_cursor_bracket = False
        self._line_starts: list[int] = [0]
        self._text = text
        self._annotations: list[Annotation] = []
        self._suggestions: list[tuple[str, int, int]] = []
        self._by_line: dict[int, list[tuple[int, int, Style]]] = {}
        self._line_versions: dict[int, int] = {}
        """Bumped for a line whose annotation styles change: only that line is drawn again."""
        self._versions = 0
        self._styles = KindStyles.from_colors("#e8a23a", "#4fb3d9")
        self._found: tuple[int, int] | None = None
        """The span a search selected last (Esc leaves the cursor at its start, while it is still
        what is selected)."""
        self._index_text(text)

    # --- content ------------------------------------------------------------------------

    @property
    def article_text(self) -> str:
        """The text shown, as loaded: TextArea's `text` joins every line again at each call (a
        look at one character under the cursor cost a join of 2 MB at every save)."""
        return self._text

    def show_article(self, text: str, annotations: Sequence[Annotation], cursor: int = 0) -> None:
        """Replace the text and annotations; put the cursor at `cursor`."""
        self.selection_mode = False
        self.load_text(text)
        self.wrapped_document.__class__ = CountedHeight  # the navigator shares the same object
        self._index_text(text)
        self.set_annotations(annotations)
        self.show_offset(cursor)
        self.refresh()  # every line is new (else only changed lines are sent: a newcomer saw the last article's)

    def set_annotations(self, annotations: Sequence[Annotation]) -> None:
        """Redraw with a new set of annotations (clears TextArea's line cache)."""
        self._annotations = sorted(annotations, key=lambda a: (a.start, -a.end))
        self._rebuild_spans()

    def set_suggestions(self, spans: Sequence[tuple[str, int, int]]) -> None:
        """Draw suggestions (kind, start, end) dim under the analyst's own annotations."""
        self._suggestions = sorted(spans, key=lambda s: (s[1], -s[2]))
        self._rebuild_spans()

    def suggestion_index_at(self, offset: int) -> int | None:
        """The narrowest suggestion covering `offset` (index into the list last set), or None."""
        covering = [i for i, (_, start, end) in enumerate(self._suggestions) if start <= offset < end]
        if not covering:
            return None
        spans = self._suggestions
        return min(covering, key=lambda i: (spans[i][2] - spans[i][1], spans[i][0] == "claim"))

    @property
    def suggestion_spans(self) -> list[tuple[str, int, int]]:
        return list(self._suggestions)

    def use_kind_styles(self, styles: KindStyles) -> None:
        self._styles = styles
        self._pieces_of.clear()
        self._rebuild_spans()

    def _pieces(self, kind: str, span_start: int, span_end: int, look: int) -> list[tuple[int, int, int, Style]]:
        """A span's part on each line of the article, with its style (`look`: SUGGESTED, THEIRS or
        OWN; kept until the text or the styles change: a save at 500 annotations placed all 500
        again)."""
        key = (kind, span_start, span_end, look)
        pieces = self._pieces_of.get(key)
        if pieces is None:
            style = getattr(self._styles, kind)
            if look == SUGGESTED:
                style = style + self._styles.suggested
            elif look == THEIRS:
                style = style + self._styles.theirs
            first_row, first_col = self.location_of(span_start)
            last_row, last_col = self.location_of(span_end)
            pieces = []
            for row in range(first_row, last_row + 1):
                start = first_col if row == first_row else 0
                end = last_col if row == last_row else self._line_length(row)
                if end > start:
                    pieces.append((row, start, end, style))
            self._pieces_of[key] = pieces
        return pieces

    def _index_text(self, text: str) -> None:
        self._pieces_of: dict[tuple[str, int, int, int], list[tuple[int, int, int, Style]]] = {}
        self._text = text  # TextArea's `text` joins every line again at each call: 2 MB a call
        starts = [0]
        index = text.find("\n")
        while index >= 0:
            starts.append(index + 1)
            index = text.find("\n", index + 1)
        self._line_starts = starts

    def _rebuild_spans(self) -> None:
        by_line: dict[int, list[tuple[int, int, Style]]] = defaultdict(list)
        # Suggestions first, then another analyst's tags, then claims, so the analyst's own entity
        # colours draw on top.
        spans = [(kind, start, end, SUGGESTED) for kind, start, end in self._suggestions]
        spans += [(a.kind, a.start, a.end, self._drawn_as(a)) for a in self._annotations]
        ordered = sorted(spans, key=lambda s: (s[3], s[0] != "claim", s[1]))
        for span in ordered:
            for row, start, end, style in self._pieces(*span):
                by_line[row].append((start, end, style))
        changed = {row for row in by_line.keys() | self._by_line.keys() if by_line.get(row) != self._by_line.get(row)}
        self._by_line = dict(by_line)
        for row in changed:
            self._versions += 1
            self._line_versions[row] = self._versions
        self._refresh_rows(changed)

    def _drawn_as(self, annotation: Annotation) -> int:
        if annotation.status == "suggested":
            return SUGGESTED
        return THEIRS if is_theirs(annotation, self.own or None) else OWN

    def watch_selection(self, old: Selection, new: Selection) -> None:
        if self._jumped_to is not None and self._jumped_to[0] != self.cursor_offset:
            self._jumped_to = None  # moved away: back here, `]` starts again from what the pane shows
        rows = (old.start[0], old.end[0], new.start[0], new.end[0])
        self._refresh_rows(set(range(min(rows), max(rows) + 1)))

    def render_line(self, y: int) -> Strip:
        """A screen line, drawn again only when something on its line of the article changed.

        TextArea keys its cache of drawn lines on the whole selection when it wraps, so every
        cursor move redrew every visible line (42 of them); here the key holds only what this
        line shows of the selection and the cursor, and its annotations' version."""
        scroll_x, scroll_y = self.scroll_offset
        absolute_y = scroll_y + y
        try:
            row, _section = self.wrapped_document._offset_to_line_info[absolute_y]
        except (IndexError, TypeError):
            return super().render_line(y)
        key = (
            "line",
            self.size,
            scroll_x,
            absolute_y,
            row,
            self._selection_on(row),
            self.theme,
            self.show_cursor,
            self._line_versions.get(row, 0),
        )
        cached = self._line_cache.get(key)
        if cached is None:
            cached = self._render_line(y)
            self._line_cache[key] = cached
        return cached

    def _selection_on(self, row: int) -> tuple[int, int, tuple[int, bool] | None] | None:
        """What of the selection and the cursor a line of the article shows (see `render_line`)."""
        start, end = self.selection
        (top_row, top_col), (bottom_row, bottom_col) = sorted((start, end))
        cursor = (end[1], self._draw_cursor) if end[0] == row else None
        if start == end or not top_row <= row <= bottom_row:
            return None if cursor is None else (-1, -1, cursor)
        return (top_col if row == top_row else 0, bottom_col if row == bottom_row else -1, cursor)

    def _line_length(self, row: int) -> int:
        if row + 1 < len(self._line_starts):
            return self._line_starts[row + 1] - self._line_starts[row] - 1
        return len(self._text) - self._line_starts[row]

    def get_line(self, line_index: int) -> Text:
        """The line as plain text (never markup) with annotation styles applied."""
        line = Text(self.document.get_line(line_index), end="", no_wrap=True)
        for start, end, style in self._by_line.get(line_index, ()):
            line.stylize(style, start, end)
        return line

    # --- offsets ------------------------------------------------------------------------

    def show_offset(self, offset: int) -> None:
        """Put the cursor at `offset`, scrolled to the middle of the view."""
        self.move_cursor(self.location_of(offset), center=True)

    def location_of(self, offset: int) -> Location:
        offset = max(0, min(offset, len(self._text)))
        row = bisect_right(self._line_starts, offset) - 1
        return row, offset - self._line_starts[row]

    def offset_of(self, location: Location) -> int:
        row, column = location
        row = max(0, min(row, len(self._line_starts) - 1))
        return self._line_starts[row] + column

    @property
    def cursor_offset(self) -> int:
        return self.offset_of(self.selection.end)

    @property
    def selected_span(self) -> tuple[int, int] | None:
        """The selection as (start, end) offsets, or None when nothing is selected."""
        start, end = sorted((self.offset_of(self.selection.start), self.offset_of(self.selection.end)))
        return (start, end) if end > start else None

    @property
    def focus_offset(self) -> int:
        """Where the analyst is looking: the start of the selection, else the cursor."""
        span = self.selected_span
        return span[0] if span else self.cursor_offset

    def select_span(self, start: int, end: int, *, found: bool = False) -> None:
        """Select `start`-`end` with the cursor at the end, and scroll it into view; `found`: a
        search's match."""
        self.selection = Selection(self.location_of(start), self.location_of(end))
        self._found = (start, end) if found else None
        self.scroll_cursor_visible(center=True)

    @property
    def match_selected(self) -> bool:
        """Whether the selection is a search's match, as the search left it."""
        return self._found is not None and self.selected_span == self._found

    def annotation_at(self, offset: int, own: str | None = None) -> Annotation | None:
        """The innermost annotation covering `offset` (entities before the claims around them);
        of two on the same words, `own`'s (analyst's): `e` on words two analysts tagged in a folder
        opened the other's to edit."""
        covering = [a for a in self._annotations if a.start <= offset < a.end]
        if not covering:
            return None
        return min(covering, key=lambda a: (a.end - a.start, a.kind == "claim", a.annotator != own))

    # --- actions ------------------------------------------------------------------------

    def action_cursor_left(self, select: bool | None = None) -> None:
        super().action_cursor_left(self.selection_mode if select is None else select)

    def action_cursor_right(self, select: bool | None = None) -> None:
        super().action_cursor_right(self.selection_mode if select is None else select)

    def action_cursor_up(self, select: bool | None = None) -> None:
        super().action_cursor_up(self.selection_mode if select is None else select)

    def action_cursor_down(self, select: bool | None = None) -> None:
        super().action_cursor_down(self.selection_mode if select is None else select)

    def action_motion(self, motion: str) -> None:
        """Move by word, sentence, paragraph or to the ends; extends in selection mode."""
        text = self._text
        offset = self.cursor_offset
        motions: dict[str, Callable[[], int]] = {
            "word_forward": lambda: textnav.next_word(text, offset),
            "word_back": lambda: textnav.previous_word(text, offset),
            "word_end": lambda: textnav.word_end(text, offset),
            "sentence_forward": lambda: textnav.next_sentence(text, offset),
            "sentence_back": lambda: textnav.previous_sentence(text, offset),
            "paragraph_forward": lambda: textnav.next_paragraph(text, offset),
            "paragraph_back": lambda: textnav.previous_paragraph(text, offset),
            "start": lambda: 0,
            "end": lambda: len(text),
        }
        self.move_cursor(self.location_of(motions[motion]()), select=self.selection_mode)
        self.scroll_cursor_visible()

    def action_page(self, direction: int, half: bool = False) -> None:
        """A page (PgDn, ctrl+f) or half a page (ctrl+d, as in vim) down, or up."""
        height = max(1, (self.content_size.height - 1) // (2 if half else 1))
        target = self.navigator.get_location_at_y_offset(self.selection.end, direction * height)
        self.scroll_relative(y=direction * height, animate=False)
        self.move_cursor(target, select=self.selection_mode)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """`e` moves to a word's end while selecting (as in vim after `v`); otherwise it is the
        screen's (edit): a newcomer's `v e` opened a form."""
        if action == "motion" and parameters == ("word_end",):
            return self.selection_mode
        return True

    def action_toggle_selection(self) -> None:
        """`v`: start selecting at the cursor, or stop (keeping the selection); on a search's
        match, selecting goes on from it (a newcomer's `/a charge⏎v w w` lost "a charge")."""
        self.selection_mode = not self.selection_mode
        if self.selection_mode and not self.match_selected:
            self.selection = Selection.cursor(self.selection.end)

    def action_clear_selection(self) -> None:
        """Esc: no selection, the cursor where it is; on a search's match, at its start (`x` and
        `e` then act on what was found, not on the comma after it)."""
        self.selection_mode = False
        self.selection = Selection.cursor(
            self.location_of(self.focus_offset) if self.match_selected else self.selection.end
        )

    def action_select_phrase(self) -> None:
        """Enter with no selection: select the name or word under the cursor; on a search's match,
        the name it is part of (`/Amade⏎⏎` selects "Amade Abdala")."""
        selected = self.selected_span
        if selected is not None and selected == self._found:
            whole = self._named_around(*selected)
            if whole is not None and whole[0] <= selected[0] and selected[1] <= whole[1] and whole != selected:
                self.select_span(*whole)
                return
        if selected is not None:
            self.selection_mode = False
            return
        span = textnav.phrase_at(self._text, self.cursor_offset)
        if span is not None:
            self.select_span(*span)

    def _named_around(self, start: int, end: int) -> tuple[int, int] | None:
        named = [(s, e) for kind, s, e in self._suggestions if kind != "claim"]
        return textnav.name_around(self._text, start, end, named)

    def action_select_sentence(self) -> None:
        """`s`: select the sentence under the cursor; again to take in the next one too."""
        start, end = textnav.extend_to_sentence(self._text, self.selected_span, self.cursor_offset)
        self.selection_mode = False
        self.select_span(start, end)

    def action_select_quotation(self) -> None:
        """`"`: select the quotation around the cursor, quotation marks included."""
        span = textnav.quotation_at(self._text, self.cursor_offset)
        if span is None:
            self.app.bell()
            return
        self.selection_mode = False
        self.select_span(*span)

    class Jumped(Message):
        """`]` went to an annotation that starts where another does ("Gang members set fire…"
        opens with the actor "Gang members"): the screen shows and acts on this one."""

        def __init__(self, annotation: Annotation) -> None:
            super().__init__()
            self.annotation = annotation

    def action_jump_annotation(self, direction: int) -> None:
        """`]`/`[`: move to the start of the next or previous annotation or suggestion; `]` visits
        each annotation starting at one word, the narrowest first (a claim that opens with an
        actor could not be reached: found by a newcomer); `[` from inside a tag goes to the one
        before it, not to its own first letter (right after a save it seemed not to move), and from
        the first letter of a tag inside a claim to the tag before it, not before the claim. From
        a search's match it goes on from the match's start (its cursor is at the end: `]` went
        past a claim opening on the word found)."""
        offset = self.cursor_offset if self.selection_mode else self.focus_offset
        here = [a for a in self._annotations if a.start == offset]
        shown = self._shown_here(offset)
        if direction > 0 and shown is not None:
            ordered = sorted(here, key=lambda a: (a.end - a.start, a.kind == "claim"))
            ids = [a.id for a in ordered]
            if shown in ids and ids.index(shown) + 1 < len(ids):
                following = ordered[ids.index(shown) + 1]
                self._jumped_to = (offset, following.id)
                self.post_message(self.Jumped(following))
                return
        starts = sorted({a.start for a in self._annotations} | {start for _, start, _ in self._suggestions})
        if direction < 0 and offset not in starts:  # from inside a tag (where a save leaves the cursor): the one before
            offset = max((a.start for a in self._annotations if a.start < offset < a.end), default=offset)
        if direction > 0:
            target = next((s for s in starts if s > offset), None)
        else:
            target = next((s for s in reversed(starts) if s < offset), None)
        if target is None:
            self.app.bell()
            return
        first = self.annotation_at(target)
        self._jumped_to = (target, first.id) if first is not None and first.start == target else None
        self.move_cursor(self.location_of(target), select=self.selection_mode)
        self.scroll_cursor_visible(center=True)

    def _shown_here(self, offset: int) -> str | None:
        """The id of the annotation at the cursor that `]` moves on from: the one `]` itself went
        to, else the one the detail pane shows, when it starts here (a search or a motion landing
        on an actor that opens a claim: `]` went past the claim)."""
        if self._jumped_to is not None and self._jumped_to[0] == offset:
            return self._jumped_to[1]
        innermost = self.annotation_at(offset)
        return innermost.id if innermost is not None and innermost.start == offset else None

    def watch_selection_mode(self, selecting: bool) -> None:
        self.set_class(selecting, "-selecting")
