"""Every action of the app in one registry: the bindings, the command palette, the help screen and
the keymap are all made from it, so a key, a name and a description are written once.

Each action has an id (what `[keymap]` in the config file remaps), its default keys, the Textual
action it runs, a short label (footer and help), and, if it belongs in the command palette, a
title and a line of help there.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from textual.binding import Binding, BindingType


@dataclass(frozen=True, slots=True)
class Action:
    id: str
    keys: str
    action: str
    label: str
    show: bool = False
    """Shown in the footer."""
    priority: bool = False
    title: str = ""
    """The command palette's name for it; empty keeps it out of the palette."""
    help: str = ""

    def binding(self) -> Binding:
        return Binding(self.keys, self.action, self.label, show=self.show, priority=self.priority, id=self.id)

    def current_keys(self, keymap: Mapping[str, str]) -> str:
        """The keys this action answers to now (the keymap's, else the default)."""
        return keymap.get(self.id, self.keys)


def bindings(actions: Sequence[Action]) -> list[BindingType]:
    return [action.binding() for action in actions]


def palette_actions(screen: object) -> tuple[str, list[Action]]:
    """The name of a corpus screen and the actions of it the command palette offers while it is
    open: its edits, by the ids its class lists in `PALETTE` (none for another screen)."""
    name, wanted = getattr(type(screen), "PALETTE", ("", ()))
    registry = {a.id: a for a in (*ENTITIES, *BOARD)}
    return name, [registry[i] for i in wanted if i in registry]


MAIN = (
    Action("tag.district", "d", "tag('district')", "District", True, title="Tag district", help="Tag the selection as a place"),
    Action("tag.actor", "a", "tag('actor')", "Actor", True, title="Tag actor", help="Tag the selection as an actor"),
    Action("tag.claim", "c", "tag('claim')", "Claim", True, title="Tag claim", help="Tag the selection, quotation or sentence as a claim"),
    Action("annotation.edit", "e", "edit", "Edit", title="Edit annotation", help="Edit the annotation under the cursor"),
    Action("annotation.delete", "x", "delete", "Delete", title="Delete annotation", help="Delete the annotation under the cursor (a suggestion there: reject it, as r); on a pane row, every mention of that place or actor that is yours"),
    Action("reader.search", "slash", "search", "Search", True, title="Search the article", help="Find text and select it"),
    Action("reader.search_next", "n", "search_next(1)", "Next match"),
    Action("reader.search_previous", "N", "search_next(-1)", "Previous match"),
    Action("history.undo", "u", "undo", "Undo", True, title="Undo", help="Undo the last change, also after a restart"),
    Action("history.redo", "ctrl+r", "redo", "Redo", title="Redo", help="Redo the last change undone"),
    Action("corpus.previous", "comma", "step_article(-1)", "Previous article", title="Previous article", help="Open the previous article"),
    Action("corpus.next", "full_stop", "step_article(1)", "Next article", title="Next article", help="Open the next article"),
    Action("corpus.library", "L", "library", "Library", True, title="Library", help="Every article with status and counts"),
    Action("corpus.entities", "A", "entities", "Entities", title="Entities", help="Every place and actor of the corpus: rename, set type, merge"),
    Action("corpus.details", "I", "article_details", "Date and source", title="Article date and source…", help="Set the article's publication date and source"),
    Action("corpus.claims", "B", "claims_board", "Claims board", title="Claims board", help="The claims of the corpus by event: contradictions, sources, links"),
    Action("corpus.done", "m", "toggle_done", "Done", title="Mark done / not done", help="Toggle the article's done status"),
    Action("corpus.adjudicate", "J", "adjudicate", "Adjudicate", title="Adjudicate…", help="The analysts' annotations of this article side by side: take versions into the curated layer"),
    Action("corpus.export", "E", "export", "Export", title="Export…", help="Export this article or the corpus (json, jsonl, w3c, brat, csv, geojson, events, events-json)"),
    Action("suggest.accept", "y", "accept_suggestion(False)", "Accept", True, title="Accept suggestion", help="Accept the suggestion under the cursor"),
    Action("suggest.accept_all", "Y", "accept_suggestion(True)", "Accept all like it", title="Accept all like it", help="Accept every suggestion with the same text (in any case, if it names the same entity)"),
    Action("suggest.reject", "r", "reject_suggestion", "Reject", title="Reject suggestion", help="Never propose this text as this kind in this article again"),
    Action("suggest.review", "R", "review_suggestions", "Review suggestions", title="Review suggestions", help="Walk through the suggestions in text order from the cursor, a claim after the places and actors in it (y, Y, r)"),
    Action("suggest.next", "greater_than_sign", "next_suggestion(1)", "Next suggestion", title="Next suggestion", help="Move to the next suggestion, past what is tagged"),
    Action("suggest.previous", "less_than_sign", "next_suggestion(-1)", "Previous suggestion", title="Previous suggestion", help="Move to the previous suggestion, past what is tagged"),
    Action("suggest.toggle", "S", "toggle_suggestions", "Show/hide suggestions", title="Toggle suggestions", help="Show or hide suggested places, actors and claims"),
)  # fmt: skip

READER = (
    Action("reader.left", "h", "cursor_left(None)", "Left"),
    Action("reader.right", "l", "cursor_right(None)", "Right"),
    Action("reader.down", "j", "cursor_down(None)", "Down"),
    Action("reader.up", "k", "cursor_up(None)", "Up"),
    Action("reader.word_forward", "w", "motion('word_forward')", "Next word"),
    Action("reader.word_back", "b", "motion('word_back')", "Previous word"),
    Action("reader.word_end", "e", "motion('word_end')", "End of the word (while selecting)"),
    Action("reader.sentence_forward", ")", "motion('sentence_forward')", "Next sentence"),
    Action("reader.sentence_back", "(", "motion('sentence_back')", "Previous sentence"),
    Action("reader.paragraph_forward", "}", "motion('paragraph_forward')", "Next paragraph"),
    Action("reader.paragraph_back", "{", "motion('paragraph_back')", "Previous paragraph"),
    Action("reader.start", "g", "motion('start')", "Start of article"),
    Action("reader.end", "G", "motion('end')", "End of article"),
    Action("reader.page_down", "pagedown,ctrl+f", "page(1)", "Page down"),
    Action("reader.page_up", "pageup,ctrl+b", "page(-1)", "Page up"),
    Action("reader.half_page_down", "ctrl+d", "page(1, True)", "Half a page down"),
    Action("reader.half_page_up", "ctrl+u", "page(-1, True)", "Half a page up"),
    Action("reader.select", "v", "toggle_selection", "Select", True),
    Action("reader.phrase", "enter", "select_phrase", "Phrase"),
    Action("reader.sentence", "s", "select_sentence", "Sentence"),
    Action("reader.quotation", "quotation_mark", "select_quotation", "Quotation"),
    Action("reader.clear", "escape", "clear_selection", "Clear selection"),
    Action("reader.next_annotation", "]", "jump_annotation(1)", "Next annotation or suggestion"),
    Action("reader.previous_annotation", "[", "jump_annotation(-1)", "Previous annotation or suggestion"),
)

BUILT_IN: dict[str, tuple[tuple[str, str], ...]] = {
    "Reader": (("arrows", "Move"), ("shift+arrows", "Extend the selection"), ("home / end", "Start / end of the line")),
    "Everywhere": (("tab / shift+tab", "Next / previous area: the reader, the panes"), ("ctrl+p", "Command palette")),
}
"""Keys of Textual's own widgets that Fieldmark keeps: listed in the help, not remappable."""

PANE = (
    Action("pane.down", "j,down", "cursor_down", "Down"),
    Action("pane.up", "k,up", "cursor_up", "Up"),
    Action("pane.first", "g,home", "first", "First"),
    Action("pane.last", "G,end", "last", "Last"),
    Action("pane.page_down", "pagedown", "page_down", "Page down"),
    Action("pane.page_up", "pageup", "page_up", "Page up"),
    Action("pane.choose", "enter", "choose", "Show in the article"),
)

FORM = (
    Action("form.save", "enter", "save", "Save", True, priority=True),
    Action("form.cancel", "escape", "cancel", "Cancel", True),
    Action("form.next_field", "tab", "field(1)", "Next field", priority=True),
    Action("form.previous_field", "shift+tab", "field(-1)", "Previous field", priority=True),
    Action("form.end_word_grow", "alt+right", "span('end', 'word', 1)", "Span: one more word", priority=True),
    Action("form.end_word_shrink", "alt+left", "span('end', 'word', -1)", "Span: one word less", priority=True),
    Action("form.start_word_grow", "alt+shift+left", "span('start', 'word', 1)", "Span: a word before", priority=True),
    Action(
        "form.start_word_shrink",
        "alt+shift+right",
        "span('start', 'word', -1)",
        "Span: from the next word",
        priority=True,
    ),
    Action(
        "form.end_sentence_grow",
        "alt+down",
        "span('end', 'sentence', 1)",
        "Span: to the end of the sentence, then the next",
        priority=True,
    ),
    Action(
        "form.end_sentence_shrink", "alt+up", "span('end', 'sentence', -1)", "Span: one sentence less", priority=True
    ),
)

CHOICE = (
    Action("choice.previous", "left", "step(-1)", "Previous"),
    Action("choice.next", "right,space", "step(1)", "Next"),
    Action("choice.first", "home", "jump(0)", "First"),
)

LIBRARY = (
    Action("library.close", "escape,q", "close", "Back", True),
    Action("library.down", "down", "move(1)", "Down"),
    Action("library.up", "up", "move(-1)", "Up"),
    Action("library.page_down", "pagedown", "move(20)", "Page down"),
    Action("library.page_up", "pageup", "move(-20)", "Page up"),
    Action("library.open", "enter", "open", "Open", True, priority=True),
)

ENTITIES = (
    Action("entities.close", "escape,q", "close", "Back", True),
    Action("entities.down", "down", "move(1)", "Down"),
    Action("entities.up", "up", "move(-1)", "Up"),
    Action("entities.go", "enter", "go", "Go", True, priority=True),
    Action("entities.list", "tab", "to_list", "List"),
    Action("entities.filter", "slash", "to_filter", "Filter"),
    Action("entities.mark", "space", "mark", "Mark", True),
    Action("entities.merge", "M", "merge", "Merge", True),
    Action("entities.rename", "r", "rename", "Rename", True),
    Action("entities.type", "t", "set_type", "Type", True),
    Action("entities.split", "S", "split", "Split"),
    Action("entities.prune", "P", "prune", "Prune", True),
    Action("entities.undo", "u", "undo", "Undo", True),
    Action("entities.redo", "ctrl+r", "redo", "Redo"),
    *(
        Action(
            f"entities.go_{n}", str(n), f"go({n})", f"Go to use {n}", help=f"Go to the use numbered {n} below the list"
        )
        for n in range(1, 9)
    ),
)

ENTITIES_LIST = (
    Action("entities.next", "j", "cursor_down", "Next row"),
    Action("entities.previous", "k", "cursor_up", "Previous row"),
    Action("entities.first", "home,g", "row(0)", "First row"),
    Action("entities.last", "end,G", "row(-1)", "Last row"),
)
"""The entities list: j/k as ↓/↑, Home/End (g/G, as in the reader) to its ends (Textual's End
scrolled the table sideways, cutting the first letters of every row)."""

BOARD = (
    Action("board.close", "escape,q", "close", "Back", True),
    Action("board.go", "enter", "go", "Go", True, priority=True),
    Action("board.list", "tab", "to_list", "List"),
    Action("board.filter", "slash", "to_filter", "Filter"),
    Action("board.mark", "space", "mark", "Mark", True),
    Action("board.corroborates", "C", "link('corroborates')", "Corroborates", True),
    Action("board.contradicts", "X", "link('contradicts')", "Contradicts", True),
    Action("board.suggested", "L", "take_suggestion", "Take suggested link", True),
    Action("board.undo", "u", "undo", "Undo", True),
    Action("board.redo", "ctrl+r", "redo", "Redo"),
)

BOARD_LIST = (
    Action("board.down", "j", "cursor_down", "Next row"),
    Action("board.up", "k", "cursor_up", "Previous row"),
    Action("board.first", "home,g", "row(0)", "First row"),
    Action("board.last", "end,G", "row(-1)", "Last row"),
)
"""The board's list: j/k as ↓/↑, and Home/End (g/G, as in the reader: a newcomer's G did nothing)
to its first and last rows (Textual's table scrolled to its left and right edges, hiding the date
and claimant)."""

ADJUDICATION = (
    Action("adjudicate.close", "escape", "close", "Back", True),
    Action("adjudicate.agreed", "a", "take_agreed", "Take all agreed", True),
    *(
        Action(
            f"adjudicate.take_{n}",
            str(n),
            f"take({n})",
            f"Take {n}'s",
            n <= 2,
            help=f"Take the version of the analyst in column {n} into the curated layer",
        )
        for n in range(1, 10)
    ),
    Action("adjudicate.next", "n", "next_disagreement", "Next disagreement", True),
    Action("adjudicate.down", "j", "move(1)", "Down"),
    Action("adjudicate.up", "k", "move(-1)", "Up"),
    Action("adjudicate.go", "enter", "go", "Go", priority=True),
    Action("adjudicate.undo", "u", "undo", "Undo", True),
)

SEARCH = (Action("search.close", "escape", "close", "Close"),)

DETAILS = (
    Action("details.save", "enter", "save", "Save", True, priority=True),
    Action("details.cancel", "escape", "cancel", "Cancel", True),
)

EXPORT = (
    Action("export.save", "enter", "save", "Export", True, priority=True),
    Action("export.cancel", "escape", "cancel", "Cancel", True),
)

HELP = (
    Action("help.close", "escape,question_mark,q", "close", "Close"),
    Action("help.down", "j", "scroll_help(1)", "Down"),  # as in the reader: a newcomer's j and k did nothing
    Action("help.up", "k", "scroll_help(-1)", "Up"),
    Action("help.top", "g", "help_edge(0)", "Top"),
    Action("help.bottom", "G", "help_edge(1)", "Bottom"),
)

APP = (
    Action("app.quit", "q", "quit", "Quit", True, title="Quit", help="Save the position and quit"),
    Action("app.interrupt", "ctrl+c", "interrupt", "Quit", priority=True),
    Action(
        "app.help", "question_mark", "help", "Keys", True, title="Help: all keys", help="Every key and what it does"
    ),
)

SECTIONS: tuple[tuple[str, tuple[Action, ...]], ...] = (
    ("Tagging, history, articles", MAIN),
    ("Reader", READER),
    ("Panes", PANE),
    ("Forms", FORM + CHOICE),
    ("Library", LIBRARY),
    ("Entities (A)", (*ENTITIES, *ENTITIES_LIST)),
    ("Claims board (B)", (*BOARD, *BOARD_LIST)),
    ("Adjudication (J)", ADJUDICATION),
    ("Everywhere", APP),
)
"""The help screen's sections, in order."""
