"""The main screen: the reader on the left, Districts/Actors/Claims and the detail on the right.

Layout and key handlers only: what a form starts with and what saving it does come from
`annotations.forms`, suggestions from `annotations.suggest` (run by `..suggestions`), and every
change goes through the store, whose returned step is reported and can be undone.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import BindingType
from textual.containers import Horizontal
from textual.events import Resize, ScreenResume
from textual.notifications import SeverityLevel
from textual.reactive import Reactive
from textual.screen import Screen
from textual.widget import Widget

from annotations.entities.mentions import mentions_like, others_claims_naming, own_mentions
from annotations.entities.usage import UseCounts
from annotations.errors import ConflictError, ConnectionLostError, FieldmarkError
from annotations.model import Annotation, Article
from annotations.remembered import Remembered
from annotations.settings import Settings
from annotations.store import Entry, Store
from annotations.text.finding import next_match

from ..actions import MAIN, bindings
from ..suggestions import PreparingPlaces, SuggestionsController, SuggestionsReady
from ..widgets.article_view import ArticleView
from ..widgets.header import HeaderBar, HeaderState
from ..widgets.key_hints import KeyHints
from ..widgets.kind_styles import KindStyles
from ..widgets.message_line import MessageLine
from ..widgets.panes import AnnotationPane
from ..widgets.reader_drawing import Scrolled
from ..widgets.search_bar import SearchBar
from ..widgets.side import SidePanel
from .corpus_actions import CorpusActions
from .history_keys import HistoryKeys
from .pane_focus import PaneFocus
from .pinning import Pinning
from .review import SuggestionReview
from .starting import Starting
from .tagging import OpenForm, Tagging, narrower
from .unread import say_unread

if TYPE_CHECKING:
    from annotations.suggest.suggestion import Suggestion  # for types only: suggesting loads after the first frame

NARROW_WIDTH = 100
FIRST_SUGGESTIONS_DELAY = 0.1
"""Seconds after the first article shows before suggestions start loading (it is drawn first)."""
AFTER_CHANGE_DELAY = 0.15
"""Seconds after a change before suggestions are recomputed (a burst of changes computes once)."""


SCREEN_ACTIONS = frozenset(action.action.split("(")[0] for action in MAIN)


class MainScreen(Starting, CorpusActions, SuggestionReview, Tagging, Pinning, PaneFocus, HistoryKeys, Screen[None]):
    """Where the analyst reads and tags one article at a time."""

    BINDINGS: ClassVar[list[BindingType]] = bindings(MAIN)

    focused: Reactive[Widget | None] = Reactive(None, repaint=False)
    """Textual's own, without the repaint of the whole screen at every focus change (the widgets
    that gain and lose focus restyle and redraw themselves): a third of opening a form's CPU."""

    def __init__(self, store: Store, settings: Settings, remembered: Remembered) -> None:
        super().__init__()
        self.store = store
        self.annotator = settings.annotator
        self._open_first = settings.open_article
        self.remembered = remembered
        self.article: Article | None = None
        self.annotations: list[Annotation] = []
        self.last_search = ""
        self.uses = UseCounts()
        """Uses of each entity across the corpus, counted when an entity first loses a mention."""
        self.suggesting = SuggestionsController(
            self, store, visible=settings.suggestions, uses=self.uses, annotator=settings.annotator
        )
        self._review_when_ready = False
        self._deleted_spans: set[tuple[str, int, int]] = set()
        self._deleted_said = ""
        """The spans of the tags `x` just deleted: a suggestion proposed there again is said (helper-356)."""
        self._reviewed = {}
        self._resumed = False
        self._form: OpenForm | None = None
        self._cursors: dict[str, int] = {}
        """Where the cursor was in each article opened this session."""
        self.kind_styles = KindStyles.from_colors("#4ebf71", "#ffa62b")

    @property
    def suggestions(self) -> list[Suggestion]:
        return self.suggesting.items

    @property
    def suggestions_current(self) -> asyncio.Event:
        """Set while the suggestions belong to the article and annotations shown."""
        return self.suggesting.current

    # --- layout -------------------------------------------------------------------------

    def compose(self) -> ComposeResult:
        yield HeaderBar(id="header")
        # Kept as made rather than queried for at each use (every key asks for the reader).
        self._reader, self._side = ArticleView(id="reader"), SidePanel(id="side")
        self._reader.own = self.annotator
        self._message = MessageLine(id="message")
        with Horizontal(id="body"):
            yield self._reader
            yield self._side
        yield SearchBar(id="search")
        yield self._message
        yield KeyHints()

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = False,
    ) -> None:
        """What an action did goes to the message line; warnings and errors stay toasts, and the
        keys typed ahead of an action that failed are dropped (a burst `/name⏎a⏎` whose search
        finds nothing must not tag whatever is under the cursor)."""
        if severity == "information" and self.is_mounted:
            self._message.say(message, title=title, seconds=timeout)
            return
        message = self._typed_ahead_dropped(message)
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)

    def slip(self, message: str) -> None:
        """A key that found nothing to act on (`x` a character off a tag): said on the message
        line in the warning's colour, not as a toast over the article's lines, where a newcomer
        lost the words being looked for; the keys typed after it dropped, as after a warning."""
        message = self._typed_ahead_dropped(message)
        self._message.say(message, style=f"bold {self.app.current_theme.warning or 'yellow'}")

    def _typed_ahead_dropped(self, message: str) -> str:
        """Drop the keys typed ahead of an action that failed; the message says how many went."""
        dropped = getattr(self.app, "drop_typed_ahead", lambda: 0)()
        return message + (f" ({dropped} key{'s' if dropped > 1 else ''} typed after it dropped)" if dropped else "")

    @property
    def reader(self) -> ArticleView:
        return self._reader

    @property
    def side(self) -> SidePanel:
        return self._side

    def on_mount(self) -> None:
        self._apply_theme_styles()
        self.app.theme_changed_signal.subscribe(self, lambda _theme: self._apply_theme_styles())
        try:
            article_id, offset = self._where_to_start()
        except FieldmarkError as error:  # a damaged catalog: the message opening it gave before
            self._end_with(error)
            return
        if article_id:
            self.open_article(article_id, cursor=offset)
        else:
            self._update_header()
        self.reader.focus()
        self.store.watch(self._heard_from_thread)  # a team's database: others' changes as they land
        if not self.store.catalog_ready():
            self.call_after_refresh(self._read_catalog)

    def on_unmount(self) -> None:
        self.store.watch(None)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """While a form is open its keys are the form's: the screen's own do nothing (a `d` in
        a checklist of the claim form must not open another form)."""
        if action in SCREEN_ACTIONS and self.form_open:
            return False
        return True

    @property
    def form_open(self) -> bool:
        return self._form is not None

    def on_screen_resume(self, event: ScreenResume) -> None:
        """The first time the screen is shown its widgets were styled as they were mounted, a
        moment ago: Textual would style them all again (about 9 ms before the first frame). Runs
        before Textual's own handler, which reads the flag; later resumes restyle as usual."""
        if not self._resumed:
            self._resumed = True
            event.refresh_styles = False

    def on_resize(self, event: Resize) -> None:
        """Narrow or not; an open form given the room it would open with at this size."""
        self.set_class(event.size.width < NARROW_WIDTH, "narrow")
        if self.side.form.is_open:
            self._room_for_the_form(True)
            self.side.fit_the_form()

    def _apply_theme_styles(self) -> None:
        theme = self.app.current_theme
        actor = theme.accent or theme.warning or "#ffa62b"
        self.kind_styles = KindStyles.from_colors(theme.success or "#4ebf71", actor)
        self.reader.use_kind_styles(self.kind_styles)

    # --- the article --------------------------------------------------------------------

    def open_article(self, article_id: str, cursor: int | None = None) -> None:
        """Show an article, remembering where the analyst is for the next start; one that cannot
        be read (a team's server away, and the article never read here) is said, and the current
        one stays. With no `cursor`, where the analyst last was in it this session (`,` and `.`
        and the library came back to the top of an article left in its middle)."""
        if cursor is None:  # this session's place in it, else the last run's
            cursor = self._cursors.get(article_id) or self.remembered.offset_in(self.store.location, article_id)
        self.save_position()
        first = self.article is None
        try:
            article, annotations = self.store.article(article_id), self.store.annotations(article_id)
        except ConnectionLostError as error:  # said as L and A say it (a third newcomer read two wordings)
            say_unread(self, error)
            return
        except FieldmarkError as error:
            self.notify(f"Cannot open that article: {error}", severity="error", markup=False)
            return
        self.article, self.annotations = article, annotations
        self._warned_of = None  # a `u` warned of in the article left asks again (`history_keys`)
        self.reader.show_article(self.article.text, self.annotations, cursor)
        # laid out by the next frame: the cursor's line in the middle of the view then
        self.call_after_refresh(self.reader.scroll_cursor_visible, True)
        self.reader.set_suggestions([])
        self.save_position()
        # The first run loads the gazetteer (a second of work): let the article show first.
        self.suggesting.start(article_id, FIRST_SUGGESTIONS_DELAY if first else 0.0)
        self._refresh_panes()
        self._update_header()

    def save_position(self) -> None:
        if self.article is not None:
            self._cursors[self.article.id] = self.reader.cursor_offset
            self.remembered.remember_position(self.store.location, self.article.id, self.reader.cursor_offset)

    def reload(self) -> None:
        """Re-read the current article's annotations after a change."""
        if self.article is None:
            return
        self.article = self.store.article(self.article.id)
        self.annotations = self.store.annotations(self.article.id)
        self.reader.set_annotations(self.annotations)
        self.suggesting.start(self.article.id, AFTER_CHANGE_DELAY)
        self._refresh_panes()
        self._update_header()

    # --- drawing ------------------------------------------------------------------------

    @on(PreparingPlaces)
    def _preparing_places(self) -> None:
        self._update_header()

    @on(SuggestionsReady)
    def _suggestions_ready(self) -> None:
        self._draw_suggestions()
        if self._review_when_ready:
            self._review_when_ready = False
            self.action_review_suggestions()
        self.suggesting.drawn()
        self._said_if_proposed_again()

    def _said_if_proposed_again(self) -> None:
        """After `x`, the suggestion the deleted tag had taken, proposed again (a newcomer deleted a tag made from a
        suggestion, and the same suggestion was back at once, one `Y` from tagging it again): say so, and how to
        drop it."""
        deleted, self._deleted_spans = self._deleted_spans, set()
        if any((s.kind, s.start, s.end) in deleted for s in self.suggesting.shown):  # what went, said with it: the
            # step's own line was gone by then, and helper-368 could not tell what x had deleted
            said = f"{self._deleted_said[:1].upper()}{self._deleted_said[1:]}. " if self._deleted_said else ""
            self.notify(f"{said}Suggested here again: r rejects it", timeout=5, markup=False)

    def _draw_suggestions(self) -> None:
        self.reader.set_suggestions([(s.kind, s.start, s.end) for s in self.suggesting.shown])
        self._update_header()
        self._update_detail()

    def _refresh_panes(self) -> None:
        self.side.show_annotations(self.store, self.annotations, self.annotator)
        self._update_detail()

    def _update_header(self) -> None:
        so = self.suggesting
        state = HeaderState.of(
            self.store, self.article, so.visible, so.loading, len(so.items), so.preparing, self.reader.where
        )
        self.query_one(HeaderBar).show(state)
        self.side.count_suggested(so.shown)

    def _update_detail(self, annotation: Annotation | None = None) -> None:
        """The annotation under the cursor, or the suggestion there if it is the narrower (what
        y and r act on: a suggested actor inside an accepted claim)."""
        if annotation is None:  # of two analysts' tags of the same words, the one e and x act on: own
            annotation = self._pinned_here() or self.reader.annotation_at(self.reader.focus_offset, self.annotator)
            if self._suggestion_shown(annotation):
                return
        self.side.show_annotation(self.store, annotation)

    # --- the reader and the panes --------------------------------------------------------

    @on(Scrolled)
    def _reader_scrolled(self, event: Scrolled) -> None:
        self.query_one(HeaderBar).show_where(event.where)

    @on(ArticleView.SelectionChanged)
    def _cursor_moved(self) -> None:
        self._update_detail()
        under = self._pinned_here() or self.reader.annotation_at(self.reader.focus_offset)
        if under is not None:
            self.side.highlight(under)

    # --- tagging ------------------------------------------------------------------------

    def _writable(self) -> bool:
        if self.store.readonly:
            self.notify("This database is open read-only; nothing can be changed.", severity="warning", markup=False)
            return False
        return self.article is not None

    def action_delete(self) -> None:
        if not self._writable():
            return
        annotation = self.current_annotation()
        here = self.suggestion_here() if not isinstance(self.focused, AnnotationPane) else None
        if here is not None and narrower(here, annotation):  # the suggestion the detail shows, as `e` takes it
            self.action_reject_suggestion()  # dropped as `r` drops it (a newcomer's x said "No annotation here to
            return  # delete"; inside an accepted claim, x deleted the claim while the detail showed the suggestion)
        if annotation is None:
            self.slip("No annotation here to delete.")
            return
        # A pane row is the place or actor in this article: x there deletes every mention of it
        # that is this analyst's; other analysts' (and the curated layer's) stay, and are named.
        gone, others = [annotation], list[str]()
        if isinstance(self.focused, AnnotationPane):
            gone, others = own_mentions(mentions_like(self.annotations, annotation), self.annotator)
        if not gone:
            self.slip(f"Its mentions are {' and '.join(others)}'s: x on one in the text deletes that one")
            return
        kept = f" · {' and '.join(others)}'s kept" if others else ""
        if named_by := others_claims_naming(self.annotations, gone, self.annotator):
            kept += f" · {' and '.join(named_by)}'s claim keeps its claimant without this mention"
        from annotations.claims.unlinking import claims_linking_to  # the claims index: not at start

        def delete() -> Entry:  # the claims of other articles linking to it lose their links too
            linking = claims_linking_to(self.store, gone)
            unused = self.uses.left_unused(self.store, gone)  # gone with them (one came back after a restart)
            ids = [a.id for a in gone]
            return self.store.delete_annotations(annotation.article_id, ids, linking=linking, removed_entities=unused)

        if entry := self._apply(delete, kept):
            self._deleted_spans = {(a.kind, a.start, a.end) for a in gone}
            self._deleted_said = entry.label
            self.suggesting.distrust()

    def _apply(self, change: Callable[[], Entry | None], then: str = "", refused: str = "") -> Entry | None:
        """Run a store change, report it (with `then`: where the cursor goes next; `refused`: what
        to give back when someone else's change refuses it), refresh; errors become a
        notification, not a crash."""
        try:
            entry = change()
        except ConflictError as error:  # someone else changed it since: show theirs
            self.notify(f"{error}{refused}", title="Not saved", severity="warning", timeout=12, markup=False)
            self.reload()
            return None
        except FieldmarkError as error:
            self.notify(str(error), severity="error", markup=False)
            return None
        if entry is not None:
            self.uses.after_change(self.store, entry.changes)
            self._reviewed.pop(entry.seq, None)  # a step number an undone review step had is given again
        self.reload()
        if entry is not None:
            self.said_saved(entry, then)
        return entry

    def said_saved(self, entry: Entry, then: str = "") -> None:
        """What a step did, as saved, or as kept on this machine while the server is away (a
        newcomer read "Saved" offline)."""
        title = "Kept here until the server is back" if entry.kept_here else "Saved"
        self.notify(entry.label + then, title=title, timeout=2, markup=False)

    # --- search -------------------------------------------------------------------------

    def action_search(self) -> None:
        self.query_one(SearchBar).open(self.last_search)

    @on(SearchBar.Find)
    def _search_asked(self, event: SearchBar.Find) -> None:
        self.last_search = event.text
        self.find(1, from_offset=self.reader.cursor_offset, here_too=True)

    @on(SearchBar.Closed)
    def _search_closed(self) -> None:
        self.reader.focus()

    def action_search_next(self, direction: int) -> None:
        if not self.last_search:
            self.action_search()
            return
        self.find(direction, from_offset=self.reader.cursor_offset)

    def find(self, direction: int, from_offset: int, *, here_too: bool = False) -> None:
        """Select the next (or previous) match of the last search, wrapping around; `here_too`:
        a match starting at `from_offset` counts (a new search, not `n` from a match)."""
        if self.article is None or not self.last_search:
            return
        text, selected = self.article.text, self.reader.selected_span
        found = next_match(
            text, self.last_search, selected=selected, cursor=from_offset, direction=direction, here_too=here_too
        )
        if found is None:  # on the message line: a toast covered the article's lines being searched
            self.slip(f"Not found: {self.last_search}")
            return
        target, number, count = found
        self.reader.select_span(target, target + len(self.last_search), found=True)
        self._message.say(f"{self.last_search}: match {number}/{count}", seconds=3)

    # --- corpus -------------------------------------------------------------------------

    def action_step_article(self, delta: int) -> None:
        order = [s.id for s in self.store.articles()]
        if not order or self.article is None:
            return
        index = order.index(self.article.id) + delta
        if not 0 <= index < len(order):
            self.notify("No more articles that way.", timeout=1.5, markup=False)
            return
        self.open_article(order[index])
