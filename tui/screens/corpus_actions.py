"""The main screen's ways out to the corpus (library, entities, claims board, date and source,
export, adjudication) and its part in a team (others' changes heard, the server lost): a part of
`MainScreen` kept in a module of its own for its size."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from annotations.entities.usage import UseCounts
from annotations.errors import FieldmarkError
from annotations.model import toggled_done
from annotations.remembered import Remembered
from annotations.store import Entry
from annotations.text.quotes import counted

from .screen_parts import MainScreenPart
from .unread import opened_when_read

if TYPE_CHECKING:
    from textual.app import App


EXPORT_FOLDER = "export_folder"
"""The remembered folder of the last export: the next one, in any session, is offered there (a
newcomer's first export went into the source checkout fieldmark was started in)."""


def _last_folder(remembered: Remembered | None) -> Path:
    """The folder the last export went to, while it is there; else the one fieldmark started in."""
    kept = remembered.choices().get(EXPORT_FOLDER) if remembered is not None else None
    folder = Path(kept) if isinstance(kept, str) else None
    return folder if folder is not None and folder.is_dir() else Path.cwd()


class CorpusActions(MainScreenPart):
    """Mixed into `MainScreen`, whose attributes and methods these are."""

    uses: UseCounts
    app: App[None]
    pinned: tuple[str, int] | None
    _export_choice: str = "json"
    """The format (and CSV table) of the last export this session: the next one starts with it."""
    _export_corpus: bool = False
    """Whether the last export this session was of the whole corpus: the next one starts so."""
    _export_for_excel: bool = False
    """Whether the last table exported this session was for Excel: the next one is too."""

    if TYPE_CHECKING:

        def reload(self) -> None: ...

        def form_overtaken(self) -> bool: ...

        def open_article(self, article_id: str, cursor: int | None = None) -> None: ...

        def _update_header(self) -> None: ...

        def _update_detail(self) -> None: ...

    def action_toggle_done(self) -> None:
        if not self._writable() or self.article is None:
            return
        from annotations.team.assigning import mark_share  # a team's, after the first frame

        article_id = self.article.id
        try:
            marked = mark_share(self.store, article_id, self.annotator)
        except FieldmarkError as error:
            self.notify(f"Not marked: {error}", severity="warning", markup=False)
            return
        if marked is None:  # not given to anyone in particular: the article's own status
            status = toggled_done(self.store.summary(article_id).status)
            self._apply(lambda: self.store.set_status(article_id, status))
            return
        if self.store.summary(article_id).status != marked.status:
            self._apply(lambda: self.store.set_status(article_id, marked.status))  # type: ignore[arg-type]
        share = "done" if marked.done else "not done"
        self.notify(
            f"Your share {share} ({marked.analysts_done} of {marked.analysts} analysts done); "
            f"{counted(marked.left, 'article')} left in your queue.",
            timeout=4,
            markup=False,
        )
        self._update_header()

    @opened_when_read
    def action_export(self) -> None:
        """`E`: export this article or the corpus to a path the analyst confirms."""
        from .export import ExportForm

        remembered: Remembered | None = getattr(self.app, "remembered", None)

        def chosen(choice: tuple[str, bool, bool, Path] | None) -> None:
            if choice is not None:  # the next export starts with them
                self._export_choice, self._export_corpus, self._export_for_excel, folder = choice
                if remembered is not None:
                    remembered.remember_choice(EXPORT_FOLDER, str(folder))

        here = self.article.id if self.article else None
        form = ExportForm(
            self.store, here, _last_folder(remembered), self._export_choice, self._export_corpus,
            for_excel=self._export_for_excel,
        )  # fmt: skip
        self.app.push_screen(form, chosen)

    @opened_when_read
    def action_entities(self) -> None:
        """A: every place and actor of the corpus; Enter on one goes to its first mention."""
        from .entities import EntitiesScreen

        self.app.push_screen(EntitiesScreen(self.store), self._back_from_corpus)

    @opened_when_read
    def action_article_details(self) -> None:
        """I: the article's publication date and source."""
        from .article_details import ArticleDetailsForm

        if self.article is None or not self._writable():
            return

        def saved(entry: Entry | None) -> None:
            if entry is not None:
                self.said_saved(entry)
                self.reload()

        self.app.push_screen(ArticleDetailsForm(self.store, self.article.id), saved)

    @opened_when_read
    def action_claims_board(self) -> None:
        """B: the claims of the corpus by event; Enter on one goes to it."""
        from .claims_board import ClaimsBoard

        self.app.push_screen(ClaimsBoard(self.store), self._back_from_corpus)

    def _back_from_corpus(self, destination: tuple[str, int] | tuple[str, int, str] | None) -> None:
        """Back from a corpus-wide screen: names, types and links may have changed; go where
        the analyst chose, if anywhere (and to the annotation chosen there, if one was)."""
        self.uses.forget()  # merged, pruned: counted again when next needed
        self.reload()
        if destination is not None:
            article_id, offset = destination[0], destination[1]
            self.pinned = (destination[2], offset) if len(destination) > 2 else None
            if self.article is None or article_id != self.article.id:
                self.open_article(article_id, offset)
            else:
                self.reader.show_offset(offset)
            if self.pinned:
                self._update_detail()  # the cursor may not have moved: the detail says the chosen one

    @opened_when_read
    def action_library(self) -> None:
        from .library import LibraryScreen

        def chosen(article_id: str | None) -> None:
            if article_id:
                self.open_article(article_id)

        self.app.push_screen(LibraryScreen(self.store, self.article.id if self.article else None), chosen)

    @opened_when_read
    def action_adjudicate(self) -> None:
        """J: the analysts' annotations of this article side by side; take versions into the curated layer."""
        from .adjudication import AdjudicationScreen

        if self.article is None or not self._writable():
            return
        self.app.push_screen(AdjudicationScreen(self.store, self.article.id), self._back_from_adjudication)

    def _back_from_adjudication(self, _done: object) -> None:
        """Versions taken into the curated layer name entities: counted again when next needed (an
        `x` after it removed an entity the curated layer still named: helper-355)."""
        self.uses.forget()
        self.reload()

    # --- a team's database -------------------------------------------------------------------

    def _heard_from_thread(self, articles: frozenset[str] | None) -> None:
        """From the store's listening thread: others changed these articles (None: any)."""
        try:
            self.app.call_from_thread(self._heard, articles)
        except RuntimeError:
            pass  # the app is stopping

    def _heard(self, articles: frozenset[str] | None) -> None:
        """Show what others saved in the open article (within a second of their saving it), and in
        the screens that follow their work (`FollowsOthers`: the entities view, the claims board,
        the adjudication of an article) wherever they are in the screen stack."""
        from .heard_later import FollowsOthers, said_when_heard  # (only on a team's database)

        following = [screen for screen in self.app.screen_stack if isinstance(screen, FollowsOthers)]
        for screen in following:
            screen.others_changed(articles)  # which says so itself
        in_view = self.app.screen in following
        if self.article is None or (articles is not None and self.article.id not in articles):
            return
        self.reload()
        if not self.form_overtaken() and not in_view:  # (a form overtaken says what happened to its tag)
            self.notify(said_when_heard(articles), timeout=2, markup=False)

    def show_connection(self) -> None:
        """The server was lost or is back: the header says which."""
        self._update_header()
