"""The header line: the app, the read-only warning, the article, where it is in the corpus, its
status, suggestions and source. Everything from outside is drawn as literal text."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from rich.text import Text
from textual.widgets import Static

from annotations.model import Article
from annotations.store import Store


@dataclass(frozen=True, slots=True)
class HeaderState:
    readonly: bool = False
    holder: str | None = None
    """Who holds the database when it is open read-only ("PID 4121")."""
    title: str | None = None
    """None when there is no article at all."""
    position: int = 0
    total: int = 0
    status: str = ""
    suggestions_shown: bool = True
    suggestions: int = 0
    suggestions_loading: bool = False
    preparing_places: bool = False
    """The built-in places are being prepared (the first start only)."""
    source: str = ""
    published: str | None = None
    offline: bool = False
    """The database server cannot be reached (a team's database): changes wait on this machine."""
    not_saved: bool = False
    """Saving fails (a full disk): changes are kept in memory and retried (said until it works)."""
    queued: int = 0
    """Changes kept on this machine until the server takes them."""
    where: str = ""
    """How far down the article the reader's view is (Top, 42%, Bot, All)."""

    @classmethod
    def of(
        cls,
        store: Store,
        article: Article | None,
        suggestions_shown: bool,
        loading: bool,
        suggestions: int,
        preparing: bool = False,
        where: str = "",
    ) -> HeaderState:
        """What the header says about `article` in `store`."""
        readonly, holder = store.readonly, store.holder()
        offline, queued = store.server_away(), store.queued_changes()
        not_saved = store.write_error is not None and not offline
        if article is None:
            return cls(readonly, holder, offline=offline, queued=queued, not_saved=not_saved)
        summary = store.summary(article.id)
        order = [s.id for s in store.articles()] if store.catalog_ready() else []  # the first frame's is not
        return cls(
            readonly,
            holder,
            title=article.title,
            position=order.index(article.id) + 1 if article.id in order else 0,
            total=len(order),
            status=summary.status,
            suggestions_shown=suggestions_shown,
            suggestions=suggestions,
            suggestions_loading=loading,
            preparing_places=preparing,
            source=summary.source,
            published=summary.published,
            offline=offline,
            queued=queued,
            where=where,
            not_saved=not_saved,
        )


class HeaderBar(Static):
    """One line at the top; redrawn only when what it says changes."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(Text(""), id=id, markup=False)
        self._state: HeaderState | None = None

    def show_where(self, where: str) -> None:
        """The reader's view moved: only that part of the header changes."""
        if self._state is not None:
            self.show(replace(self._state, where=where))

    def show(self, state: HeaderState) -> None:
        if state == self._state:
            return
        self._state = state
        self.update(render_header(state, self.size.width), layout=False)  # one line: no layout of the screen

    def on_resize(self) -> None:
        if self._state is not None:  # the source shown or left out for the new width
            self.update(render_header(self._state, self.size.width), layout=False)


def render_header(state: HeaderState, width: int = 0) -> Text:
    """The header line; the article's source after its title only when the whole fits in `width`
    (0: any width): cut at the edge, it left a stray "·" after the title."""
    header = Text(no_wrap=True, overflow="ellipsis")
    header.append("Fieldmark", style="bold")
    if state.readonly:  # first, so a narrow terminal never cuts it off
        who = f" (in use by {state.holder})" if state.holder else ""
        header.append(f" read-only{who}: changes are not saved", style="bold red")
    if state.offline:
        if state.queued:
            kept = f"{state.queued} change{'s' if state.queued != 1 else ''} kept here, sent when it is back"
        else:  # nothing waits: say what will happen, not that something was kept (a newcomer's idle app)
            kept = "changes you make are kept here and sent when it is back"
        header.append(f" server unreachable: {kept}", style="bold red")
    elif state.queued:
        header.append(f" sending {state.queued} change{'s' if state.queued != 1 else ''}…", style="bold yellow")
    elif state.not_saved:  # the notice fades; this stays until saving works again
        header.append(" not saved: retrying", style="bold red")
    if state.title is None:
        header.append(" ─ no articles: run `fieldmark import PATH`")
        return header
    header.append(f" ─ {state.position}/{state.total}" if state.total else " ─", style="dim")
    if state.where:
        header.append(f" {state.where}", style="dim")
    header.append(f" · {state.status.replace('_', ' ')}", style="dim")
    if state.published:
        header.append(f" · {state.published}", style="dim")
    else:  # the key drawn as the key bar draws keys: a newcomer read "(I)" as a mark of the article
        header.append(" · no date ", style="dim").append(" I ", style="bold reverse")
    if not state.suggestions_shown:
        header.append(" · suggestions hidden ", style="dim italic").append(" S ", style="bold reverse")
    elif state.suggestions_loading and state.preparing_places:
        header.append(" · preparing places for suggestions (first start only)…", style="dim italic")
    elif state.suggestions_loading:
        header.append(" · suggestions loading…", style="dim italic")
    elif state.suggestions:
        noun = "suggestion" if state.suggestions == 1 else "suggestions"
        header.append(f" · {state.suggestions} {noun}", style="dim italic")
    header.append(" ─ ")  # the title last: a narrow terminal cuts it, never the status
    header.append(state.title or "(untitled)")
    if state.source:
        source = state.source if "://" in state.source else Path(state.source).name
        if not width or header.cell_len + len(source) + 3 <= width - 2:  # the bar's padding
            header.append(f" · {source}", style="dim")
    return header
