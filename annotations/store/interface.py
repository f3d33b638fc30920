"""The one interface to a corpus, whatever holds it: the app, the CLI and the rest of the core use it.

A backend (the TinyDB folder today, a database server later) implements every abstract method;
nothing outside `annotations/store/` knows which backend it talks to. Reads return validated
records; every change the analyst makes returns the undoable `Entry` it recorded; merges from
other databases and maintenance stay outside the undo history.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from annotations.errors import ConnectionLostError, NotFoundError, StoreError
from annotations.model import Annotation, Article, ArticleStatus, Entity
from annotations.store.changes import Entry
from annotations.store.summary import ArticleSummary

if TYPE_CHECKING:  # a team's records: loaded with the team's work, not with every store
    from annotations.store.assignment import Activity, Assignment

ErrorCallback = Callable[[BaseException | None], None]
"""Told (from any thread) when saving fails, and with None when it works again."""


class Store(ABC):
    """The corpus: articles, annotations, entities, rejected suggestions, the undo history.

    Open one with `Store.open(location)`; use it as a context manager or call `close()` so the
    last changes are saved and the database released.
    """

    readonly: bool
    shared: bool = False
    """Whether several analysts write this database at once (a team's server)."""
    startup_backups: bool = True
    """Whether the app takes a rolling backup when it opens the database (a team's server is
    backed up by whoever runs it: docs/team.md)."""

    @staticmethod
    def open(
        location: Path | str,
        *,
        readonly: bool = False,
        create: bool = True,
        on_error: ErrorCallback | None = None,
        salvage: bool = False,
        annotator: str | None = None,
        articles_later: bool = False,
        from_last_read: bool = False,
    ) -> Store:
        """Open (or create) the database at `location` with the backend it names; `salvage`
        (for repair) sets aside what cannot be read instead of refusing the database;
        `annotator`: whose steps undo and redo go through where several analysts write (a
        server; a folder has one analyst); `articles_later`: the list of articles is read when
        first asked for, not at opening (the app; see `catalog_ready`); `from_last_read`: a
        server that cannot be reached is started from what the app read last (the app)."""
        from annotations.store.opening import open_store

        return open_store(
            location,
            readonly=readonly,
            create=create,
            on_error=on_error,
            salvage=salvage,
            annotator=annotator,
            articles_later=articles_later,
            from_last_read=from_last_read,
        )

    # --- lifecycle ------------------------------------------------------------------------

    @property
    @abstractmethod
    def location(self) -> str:
        """Where the database is, for messages (a folder, or a server address without password)."""

    @abstractmethod
    def flush(self, timeout: float | None = 10.0) -> bool:
        """Wait until every change so far is saved; False if that took over `timeout`."""

    @property
    @abstractmethod
    def write_error(self) -> BaseException | None:
        """The error of the last failed save, None once saving works again."""

    @abstractmethod
    def set_error_handler(self, handler: ErrorCallback | None) -> None:
        """Be told (from any thread) when saving fails, and when it works again."""

    def server_away(self) -> bool:
        """Whether the database is a server that cannot be reached now (what is shown is what was
        read last; changes wait on this machine)."""
        return isinstance(self.write_error, ConnectionLostError)

    def queued_changes(self) -> int:
        """Steps kept on this machine until the database can be reached (a server's); 0 for a folder."""
        return 0

    def watch(self, changed: Callable[[frozenset[str] | None], None] | None) -> None:
        """Be told (on another thread) of the articles others change while this store is open,
        by their ids, or None when anything may have changed (a connection came back); None stops.
        A database only one process writes (a folder) has no others: it never calls."""
        return None

    @abstractmethod
    def close(self, timeout: float | None = 10.0) -> bool:
        """Save, then release the database; True when nothing was left unsaved."""

    @abstractmethod
    def holder(self) -> str | None:
        """Who holds the database for writing when this store could not ("PID 4121"), else None."""

    @abstractmethod
    def snapshot(self) -> Store:
        """A read-only view of what is saved now, for work on another thread (exports); the
        caller closes it. Flush first to include every change so far."""

    @abstractmethod
    def backup(self, reason: str, *, keep: int | None = None, in_background: bool = False) -> str:
        """Snapshot the whole database now and return where it went. `keep`: how many rolling
        backups to keep (the backend's default if None); `in_background` lets the slow part
        (copying) go on after returning."""

    def backup_at_start(self, keep: int) -> None:
        """The backup the app makes when it opens a database with articles in it, before anything
        changes. The whole list of articles is read and checked first: a damaged catalog is never
        backed up over the good backups (it raises here). A backend may finish in the background."""
        self.articles()
        self.backup("start", keep=keep, in_background=True)

    def when_start_backup_fails(self, handler: Callable[[str], None] | None) -> None:
        """Be told (from any thread, or at once if it has failed already) why the startup backup
        could not be made, when a backend makes it in the background. One made before
        `backup_at_start` returns raises there instead: this default never calls."""
        return None

    @property
    def start_backup_failure(self) -> str | None:
        """Why the startup backup could not be made, once known; None while it is fine."""
        return None

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- articles -------------------------------------------------------------------------

    @abstractmethod
    def articles(self) -> list[ArticleSummary]:
        """Every article in the order it was imported."""

    def __len__(self) -> int:
        return len(self.articles())

    def is_empty(self) -> bool:
        """No article yet (without listing them all where that is cheaper)."""
        return len(self) == 0

    def first_article(self) -> str | None:
        """The id of the first article of the list (None: no article), without listing them all
        where that is cheaper: the app opens it on its first start, before its first frame."""
        rows = self.articles()
        return rows[0].id if rows else None

    def catalog_ready(self) -> bool:
        """Whether `articles` answers at once: False while a store opened with `articles_later`
        has not read its list yet (the first call reads it)."""
        return True

    @abstractmethod
    def summary(self, article_id: str) -> ArticleSummary:
        """The catalog entry of an article; NotFoundError if there is none."""

    def has_article(self, article_id: str) -> bool:
        try:
            self.summary(article_id)
        except NotFoundError:
            return False
        return True

    def find_article(self, prefix: str) -> ArticleSummary:
        """An article by its id or an unambiguous id prefix."""
        if not prefix.strip():
            raise NotFoundError("no article id given (`fieldmark list` shows them)")
        if self.has_article(prefix):
            return self.summary(prefix)
        matches = [s for s in self.articles() if s.id.startswith(prefix)]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise NotFoundError(f"no article with id {prefix}")
        raise NotFoundError(f"article id {prefix} is ambiguous ({len(matches)} match)")

    @abstractmethod
    def article(self, article_id: str) -> Article:
        """The article with its text."""

    @abstractmethod
    def add_article(self, article: Article) -> bool:
        """Store a new article; False (and nothing written) if the same text is stored."""

    @abstractmethod
    def set_status(self, article_id: str, status: ArticleStatus) -> Entry | None:
        """Mark an article todo, in progress or done (undoable); None when it already is."""

    @abstractmethod
    def set_details(self, article_id: str, *, published: str | None, source: str) -> Entry | None:
        """Set an article's publication date (an ISO date, or None) and source (undoable); None
        when they are so already. Claims without a date of their own are dated by it."""

    # --- annotations ----------------------------------------------------------------------

    @abstractmethod
    def annotations(self, article_id: str, *, kind: str | None = None, status: str | None = None) -> list[Annotation]:
        """The article's annotations in text order (start, then longest first)."""

    @abstractmethod
    def annotation(self, article_id: str, annotation_id: str) -> Annotation:
        """One annotation; NotFoundError if the article does not hold it."""

    @abstractmethod
    def add_annotation(
        self, annotation: Annotation, *, new_entity: Entity | None = None, label: str | None = None
    ) -> Entry:
        """Store a new annotation (and the entity it introduces) as one undoable step."""

    @abstractmethod
    def add_annotations(self, items: Sequence[tuple[Annotation, Entity | None]], *, label: str) -> Entry:
        """Store several new annotations with the entities they introduce as one undoable step."""

    @abstractmethod
    def update_annotation(
        self,
        annotation: Annotation,
        *,
        new_entity: Entity | None = None,
        label: str | None = None,
        base: Annotation | None = None,
    ) -> Entry:
        """Replace an annotation with an edited version of itself (undoable). `base`: the version
        the edit started from (a form's), which a server checks is still the stored one."""

    def delete_annotation(self, article_id: str, annotation_id: str) -> Entry:
        """Remove an annotation (undoable); claims that named it as claimant keep its entity."""
        return self.delete_annotations(article_id, [annotation_id])

    @abstractmethod
    def delete_annotations(
        self,
        article_id: str,
        annotation_ids: Sequence[str],
        *,
        linking: Sequence[Annotation] = (),
        removed_entities: Sequence[str] = (),
    ) -> Entry:
        """Remove annotations of one article as one undoable step (every mention of a place, say);
        claims that named one as claimant keep its entity; the article's claims that link to a
        deleted claim lose that link, and so do the claims of other articles in `linking` (found
        by `annotations.claims.unlinking`: a store keeps no index of links); `removed_entities`
        (those the deletion leaves unused: `UseCounts.left_unused`) go in the same step."""

    # --- entities -------------------------------------------------------------------------

    @abstractmethod
    def entities(self, kind: str | None = None) -> list[Entity]:
        """Every entity (of one kind), by kind then name."""

    @abstractmethod
    def get_entity(self, entity_id: str | None) -> Entity | None:
        """The entity with this id, or None (also for None)."""

    def entity(self, entity_id: str) -> Entity:
        found = self.get_entity(entity_id)
        if found is None:
            raise NotFoundError(f"no entity with id {entity_id}")
        return found

    @abstractmethod
    def put_entity(self, entity: Entity, *, label: str | None = None) -> Entry:
        """Create or replace an entity (undoable)."""

    @abstractmethod
    def record_step(
        self,
        label: str,
        *,
        annotations: Sequence[Annotation] = (),
        entities: Sequence[Entity] = (),
        removed_entities: Sequence[str] = (),
        bases: Sequence[Annotation] = (),
    ) -> Entry:
        """Annotations added or edited (across articles), entities created or edited, entities
        removed: one undoable step (`bases`: the versions edits started from, as in
        `update_annotation`). The references the annotations of the step make are checked as they
        are after it; references elsewhere in the corpus are not (that would read every article):
        the caller moves every reference off an entity it removes, as merge and prune do from a
        corpus-wide count (`annotations.entities.usage`), and `fieldmark check` finds any left."""

    # --- rejected suggestions -------------------------------------------------------------

    @abstractmethod
    def rejections(self, article_id: str) -> frozenset[str]:
        """The suggestion keys the analyst rejected in this article."""

    @abstractmethod
    def set_rejections(self, article_id: str, keys: Iterable[str], *, label: str) -> Entry:
        """Replace the article's rejected suggestion keys, as one undoable step."""

    @abstractmethod
    def rejection_counts(self) -> Counter[str]:
        """How many articles of the corpus rejected each suggestion key (a count kept with the
        catalog: no article is opened)."""

    # --- undo and redo --------------------------------------------------------------------

    @abstractmethod
    def undo(self) -> Entry | None:
        """Reverse the last change; the entry undone, or None if there is none."""

    def next_undo(self) -> Entry | None:
        """The step `undo` would take back, where the store keeps one history for everyone (a
        folder); None where each analyst undoes only their own (a server)."""
        return None

    @abstractmethod
    def redo(self) -> Entry | None:
        """Apply again the last change undone; None if there is none."""

    @abstractmethod
    def history_problems(self) -> list[str]:
        """What is wrong with the stored undo history (for `fieldmark check`)."""

    # --- bulk work: exports read, imports merge (outside the undo history) -----------------

    def iter_articles(self) -> Iterator[tuple[Article, list[Annotation]]]:
        """Every article with its annotations, releasing each once the caller moves on."""
        for summary in self.articles():
            was_loaded = self.is_loaded(summary.id)
            yield self.article(summary.id), self.annotations(summary.id)
            if not was_loaded:
                self.release([summary.id])

    @abstractmethod
    def is_loaded(self, article_id: str) -> bool:
        """Whether the article is held in memory now (bulk work releases what it loaded)."""

    @abstractmethod
    def release(self, article_ids: Iterable[str]) -> None:
        """Let go of these articles' text and annotations if nothing of theirs is unsaved."""

    @abstractmethod
    def merge_entity(self, entity: Entity) -> str:
        """Add an entity from an import: "added", "same" (already here) or "kept" (ours differs)."""

    @abstractmethod
    def merge_annotations(self, article_id: str, annotations: Iterable[Annotation]) -> dict[str, int]:
        """Add imported annotations to a stored article without overwriting any; counts of
        "added", "same", "renamed" (another annotator's, kept under a new id) and "kept"."""

    @abstractmethod
    def merge_rejections(self, article_id: str, keys: Iterable[str]) -> int:
        """Add rejected suggestion keys from a copy or an import to the article's, outside the undo
        history; how many were new."""

    # --- maintenance (fieldmark check --repair) -------------------------------------------

    @abstractmethod
    def repair_article(
        self, article_id: str, fixed: Mapping[str, Annotation | None], *, text: str | None = None
    ) -> None:
        """Replace or remove annotations (and the text, with `text`) and rebuild the article's
        catalog entry from its text."""

    @abstractmethod
    def quarantine_article(self, article_id: str) -> None:
        """Take an article whose text cannot be read out of the catalog (after a backup, which
        keeps its file)."""

    @abstractmethod
    def damage(self) -> list[tuple[str, str]]:
        """(where, what) for each thing reading the database found wrong that its records hide:
        files that do not parse and records that do not validate (set aside when opened with
        `salvage`), strings stored with control characters (cleaned in memory)."""

    @abstractmethod
    def rewrite_damaged(self) -> list[str]:
        """Write back what `damage` names as the records in memory hold it, rebuilding what can
        be rebuilt and dropping what was set aside (after a backup); what was done."""

    @abstractmethod
    def reset_history(self) -> None:
        """Forget a damaged undo history."""

    # --- gazetteers kept with the corpus (shared by everyone who opens it) ------------------

    @abstractmethod
    def gazetteers(self) -> list[str]:
        """The names of the gazetteers imported into this database. The gazetteer methods but
        `save_gazetteer` are safe to call from any thread (suggestions are computed on one)."""

    @abstractmethod
    def gazetteer_path(self, name: str) -> Path:
        """A local file holding one imported gazetteer (by a name `gazetteers` lists), never
        changed in place: an index (`suggest.place_index`), or a JSON list of places kept by an
        older Fieldmark. The store keeps the file; what is in it is the suggestions' business."""

    @abstractmethod
    def save_gazetteer(self, name: str, write: Callable[[Path], None]) -> str:
        """Keep a gazetteer with the database, replacing one of the same name; its stored name.
        `write` fills a new file at the path it is given; if it raises, nothing is kept."""

    @abstractmethod
    def remove_gazetteer(self, name: str) -> None:
        """Forget one imported gazetteer (by a name `gazetteers` lists)."""

    @abstractmethod
    def gazetteer_stamp(self) -> Hashable:
        """Changes whenever an imported gazetteer does: what caches of their index are keyed on."""

    # --- a team: who annotates what ----------------------------------------------------------

    def assignments(self) -> list[Assignment]:
        """The articles given to analysts, in the corpus's order (none in a one-analyst folder)."""
        return []

    def assign(self, pairs: Sequence[tuple[str, str]]) -> int:
        """Give articles to analysts ((article id, analyst) pairs); how many were new."""
        raise StoreError(f"{self.location}: giving articles to analysts needs a team's server database (docs/team.md)")

    def unassign(self, pairs: Sequence[tuple[str, str]]) -> int:
        """Take articles back from analysts ((article id, analyst) pairs); how many were given."""
        raise StoreError(f"{self.location}: no assignments in a one-analyst database")

    def set_assignment_done(self, article_id: str, analyst: str, done: bool) -> None:
        """Mark an analyst's assigned article done (or not)."""
        raise StoreError(f"{self.location}: no assignments in a one-analyst database")

    def activity(self) -> list[Activity]:
        """Each analyst's last step (none where there is one analyst)."""
        return []

    def analysts_known(self) -> set[str] | None:
        """The names analysts work under here (a server's logins, and whoever has steps or
        articles given), to check a name given to `assign` against; None where none are kept."""
        return None

    # --- what is derived from the data ------------------------------------------------------

    @abstractmethod
    def derived_folder(self) -> Path | None:
        """A local folder, kept with this database, for indexes derived from its data that can be
        derived again (the claims index): writable by readers too, never in backups; None when
        there is none (derive each time then). Its users check what they find against
        `ArticleSummary.revision`."""
