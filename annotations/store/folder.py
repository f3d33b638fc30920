"""The folder store: the corpus in many small TinyDB files, saved by a background writer.

Saving one change rewrites only the files it touches (see `layout`): one block of the article's
annotations, one catalog shard, one history block and the history state. None of them grows with
the corpus or with the article, so a save costs the same at 0 and at 100,000 annotations. Reads
never touch the disk after an article is first loaded; callers never wait on a write (see
`writer`). One process writes a folder at a time (`lock`); others may open it read-only.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Hashable, Iterable
from collections.abc import Set as AbstractSet
from contextlib import nullcontext
from pathlib import Path

from annotations.errors import CorruptDatabaseError, NotFoundError, ReadOnlyError, StoreError, ValidationError
from annotations.model import Annotation, Article, Entity
from annotations.model import text_sha256 as sha256_of
from annotations.store import gazetteer_files
from annotations.store.atomic import remove_stale_temps
from annotations.store.blocks import Blocks
from annotations.store.changes import Change, Entry
from annotations.store.folder_upkeep import FolderUpkeep
from annotations.store.history import History
from annotations.store.interface import ErrorCallback
from annotations.store.journal import replay_journal
from annotations.store.layout import (
    ARTICLE_TABLE,
    DERIVED_FOLDER,
    JOURNAL_FILE,
    META_FILE,
    META_TABLE,
    article_file,
    article_of,
    prepare_folder,
)
from annotations.store.loaded import LoadedCorpus
from annotations.store.lock import WriterLock, holder_pid
from annotations.store.migrations import SCHEMA_VERSION, migrate, schema_doc, schema_version
from annotations.store.reading import being_written, let_go, round_lock, snapshot_of
from annotations.store.recording import RecordingStore
from annotations.store.restoring import finish_pending_restore
from annotations.store.start_backup import StartBackup
from annotations.store.summary import ArticleSummary
from annotations.store.tinyfiles import FileSet, Op
from annotations.store.writer import Writer


class FolderStore(StartBackup, FolderUpkeep, RecordingStore):
    """A corpus kept in one database folder."""

    def __init__(self, root: Path, files: FileSet, *, readonly: bool) -> None:
        self.root = root
        self.readonly = readonly
        self._files = files
        self._corpus = LoadedCorpus(files.root, files, live_reader=readonly and files.root == root)
        self._lock: WriterLock | None = None
        self._reading: Path | None = None
        """The snapshot a reader reads while another process writes (see `reading`)."""
        self._writer: Writer | None = None
        self._start_backup: threading.Thread | None = None
        """The backup made when the app opened the database, until it is made."""
        self._closing = threading.Event()
        self._linked = threading.Event()
        self._unsaved: dict[str, int] = {}
        """Article id -> the writer round that must finish before its file may be let go."""
        self.history = History(files)

    # --- opening and closing -------------------------------------------------------------

    @classmethod
    def open_folder(
        cls,
        path: Path | str,
        *,
        readonly: bool = False,
        create: bool = True,
        on_error: ErrorCallback | None = None,
        salvage: bool = False,
        articles_later: bool = False,
    ) -> FolderStore:
        """Open (or create) the database folder at `path`; with `articles_later` the articles'
        catalog entries are read when first needed (see `LoadedCorpus.read_catalog`).

        Raises DatabaseLockedError when another process writes it (open with readonly=True
        instead), CorruptDatabaseError when a file does not parse (nothing is written then),
        SchemaTooNewError for a database from a newer Fieldmark. With `salvage` (repair), what
        does not parse or validate is set aside instead (see `damage`) and nothing is written
        until `rewrite_damaged`.
        """
        root = Path(path).expanduser()
        finish_pending_restore(root)  # a restore killed half way: the old database or the restored one
        root = prepare_folder(root, create=create and not readonly)
        lock = None
        if not readonly:
            lock = WriterLock(root)
            lock.acquire()
        reading = snapshot_of(root) if readonly and being_written(root) else None
        try:
            store = cls._load(
                root, readonly=readonly, on_error=on_error, salvage=salvage, files_at=reading, later=articles_later
            )
        except BaseException:
            if lock is not None:
                lock.release()
            if reading is not None:
                let_go(reading)
            raise
        store._lock = lock
        store._reading = reading
        return store

    @classmethod
    def _load(
        cls,
        root: Path,
        *,
        readonly: bool,
        on_error: ErrorCallback | None,
        salvage: bool,
        files_at: Path | None,
        later: bool = False,
    ) -> FolderStore:
        files = FileSet(files_at or root, salvage=salvage)
        journal = files.root / JOURNAL_FILE  # a snapshot holds one only if a writer died mid-round
        try:
            version = schema_version(files, root)
        except CorruptDatabaseError as error:
            if not salvage:
                raise
            files.damaged[META_FILE], version = error.reason, SCHEMA_VERSION
        try:
            with round_lock(root) if not readonly else nullcontext():
                replay_journal(files, journal, write=not readonly and not salvage)
        except CorruptDatabaseError as error:
            if not salvage:
                raise
            files.damaged[JOURNAL_FILE] = error.reason
        if version is None and not readonly:
            files.apply(Op(META_FILE, META_TABLE, "schema", schema_doc()))
            files.commit()
        elif version is not None and version < SCHEMA_VERSION:
            migrate(root, files, journal, version, readonly=readonly)
        store = cls(root, files, readonly=readonly)
        # A reader of the live folder (no writer when it opened) reads the whole list now: read
        # later, it could meet a writer's round half done. A snapshot stays as it was taken.
        later = later and not salvage and (not readonly or files_at is not None)
        store._corpus.read_catalog(articles_later=later)
        if not readonly:
            store._writer = Writer(files, journal, on_error=on_error)
        return store

    @property
    def location(self) -> str:
        return str(self.root.resolve())

    def flush(self, timeout: float | None = 10.0) -> bool:
        return True if self._writer is None else self._writer.flush(timeout)

    @property
    def write_error(self) -> BaseException | None:
        return None if self._writer is None else self._writer.last_error

    def set_error_handler(self, handler: ErrorCallback | None) -> None:
        if self._writer is not None:
            self._writer.on_error = handler

    def close(self, timeout: float | None = 10.0) -> bool:
        if self._start_backup is not None:
            self._closing.set()  # no more waiting for the app to read the list
            self._linked.wait()  # then the writer writes what waited for it
            self._start_backup.join(timeout)  # old backups pruned and the new one copied, if in time
            self._start_backup = None
        flushed, stopped = True, True
        if self._writer is not None:
            flushed = self._writer.close(timeout)
            stopped = self._writer.stopped
            self._writer = None
        if self._lock is not None and stopped:  # else the process's end lets it go, the round done
            remove_stale_temps(self.root)  # a crashed writer's, at close: walking 5,000 articles' folders at open
            # was 43 ms before the first frame (the writer is done here: none of its own is left)
            self._lock.release()
            self._lock = None
        if self._reading is not None:
            let_go(self._reading)
            self._reading = None
        return flushed

    def holder(self) -> str | None:
        if not self.readonly:
            return None
        pid = holder_pid(self.root)
        return f"PID {pid}" if pid else None

    def snapshot(self) -> FolderStore:
        return FolderStore.open_folder(self.root, readonly=True)

    def backup(self, reason: str, *, keep: int | None = None, in_background: bool = False) -> str:
        from annotations.store.backup import detach, make_backup

        self.flush(None)
        made = make_backup(self.root, reason, keep=keep, detached=not in_background)
        if in_background:
            threading.Thread(target=detach, args=(made.path,), name="backup-detach", daemon=True).start()
        return str(made.path)

    # --- articles --------------------------------------------------------------------------

    def articles(self) -> list[ArticleSummary]:
        return list(self._corpus.summaries.values())

    def __len__(self) -> int:
        return len(self._corpus.summaries)

    def is_empty(self) -> bool:
        return not self._corpus.any_article()

    def first_article(self) -> str | None:
        return self._corpus.first_article()

    def catalog_ready(self) -> bool:
        return self._corpus.catalog_read

    def summary(self, article_id: str) -> ArticleSummary:
        summary = self._corpus.summary_of(article_id)
        if summary is None:
            raise NotFoundError(f"no article with id {article_id}")
        return summary

    def has_article(self, article_id: str) -> bool:
        return self._corpus.summary_of(article_id) is not None

    def article(self, article_id: str) -> Article:
        summary = self.summary(article_id)
        self._corpus.ensure_loaded(article_id)
        return Article(
            id=summary.id,
            title=summary.title,
            text=self._corpus.texts[article_id],
            source=summary.source,
            published=summary.published,
            status=summary.status,
            metadata=dict(summary.metadata),
            imported=summary.imported,
        )

    def add_article(self, article: Article) -> bool:
        self._writable()
        corpus = self._corpus
        if article.id in corpus.summaries:
            return False
        digest = sha256_of(article.text)
        if article.id != digest[:16]:
            raise ValidationError(f"article id {article.id} does not match its text")
        corpus.last_order += 1
        summary = ArticleSummary(
            id=article.id,
            title=article.title,
            source=article.source,
            published=article.published,
            status=article.status,
            chars=len(article.text),
            sha256=digest,
            order=corpus.last_order,
            imported=article.imported,
            counts={},
            metadata=dict(article.metadata),
        )
        corpus.summaries[article.id] = summary
        corpus.texts[article.id] = article.text
        corpus.annotations[article.id] = {}
        corpus.rejections[article.id] = frozenset()
        corpus.blocks[article.id] = Blocks()
        text_op = Op(article_file(article.id), ARTICLE_TABLE, "text", {"text": article.text})
        stale = [Op(block) for block in corpus.block_files(article.id)]  # left by an article removed
        self._submit([*stale, text_op, corpus.refresh_counts(article.id)])
        return True

    # --- annotations -----------------------------------------------------------------------

    def annotations(self, article_id: str, *, kind: str | None = None, status: str | None = None) -> list[Annotation]:
        self.summary(article_id)
        self._corpus.ensure_loaded(article_id)
        rows = [
            a
            for a in self._corpus.annotations[article_id].values()
            if (kind is None or a.kind == kind) and (status is None or a.status == status)
        ]
        rows.sort(key=lambda a: (a.start, -a.end, a.kind, a.id))
        return rows

    def annotation(self, article_id: str, annotation_id: str) -> Annotation:
        found = self._find(article_id, annotation_id)
        if found is None:
            raise NotFoundError(f"no annotation {annotation_id} in article {article_id}")
        return found

    def _entity_ids(self) -> AbstractSet[str]:
        return self._corpus.entities.keys()

    def _find(self, article_id: str, annotation_id: str) -> Annotation | None:
        if not self.has_article(article_id):
            return None
        self._corpus.ensure_loaded(article_id)
        return self._corpus.annotations[article_id].get(annotation_id)

    # --- entities --------------------------------------------------------------------------

    def entities(self, kind: str | None = None) -> list[Entity]:
        rows = [e for e in self._corpus.entities.values() if kind is None or e.kind == kind]
        rows.sort(key=lambda e: (e.kind, e.name.casefold(), e.id))
        return rows

    def get_entity(self, entity_id: str | None) -> Entity | None:
        return None if entity_id is None else self._corpus.entities.get(entity_id)

    # --- rejected suggestions --------------------------------------------------------------

    def rejections(self, article_id: str) -> frozenset[str]:
        self.summary(article_id)
        self._corpus.ensure_loaded(article_id)
        return self._corpus.rejections[article_id]

    def rejection_counts(self) -> Counter[str]:
        return Counter(key for summary in self._corpus.summaries.values() for key in summary.rejected)

    # --- undo and redo ---------------------------------------------------------------------

    def undo(self) -> Entry | None:
        self._writable()
        entry = self.history.peek_undo()
        if entry is None:
            return None
        ops = self._corpus.apply_all(entry.inverse_changes())
        self._submit(ops + self.history.step_back())
        return entry

    def next_undo(self) -> Entry | None:
        return self.history.peek_undo()

    def redo(self) -> Entry | None:
        self._writable()
        entry = self.history.peek_redo()
        if entry is None:
            return None
        ops = self._corpus.apply_all(entry.changes)
        self._submit(ops + self.history.step_forward())
        return entry

    def history_problems(self) -> list[str]:
        return self.history.problems()

    # --- bulk work -------------------------------------------------------------------------

    def is_loaded(self, article_id: str) -> bool:
        return self._corpus.is_loaded(article_id)

    def release(self, article_ids: Iterable[str]) -> None:
        durable = self._writer.durable_seq if self._writer is not None else 0
        for article_id in article_ids:
            if self._unsaved.get(article_id, 0) > durable:
                continue  # a change to it is still on its way to the disk: keep it
            self._unsaved.pop(article_id, None)
            self._corpus.unload(article_id)

    # --- gazetteers --------------------------------------------------------------------------

    def gazetteers(self) -> list[str]:
        return gazetteer_files.names(self.root)

    def gazetteer_path(self, name: str) -> Path:
        return gazetteer_files.path(self.root, name)

    def save_gazetteer(self, name: str, write: Callable[[Path], None]) -> str:
        self._writable()
        self.flush(None)  # changes reach the disk in the order made: those before it first
        return gazetteer_files.write(self.root, name, write)

    def remove_gazetteer(self, name: str) -> None:
        self._writable()
        gazetteer_files.remove(self.root, name)

    def gazetteer_stamp(self) -> Hashable:
        return gazetteer_files.stamp(self.root)

    def derived_folder(self) -> Path | None:
        return self.root / DERIVED_FOLDER

    # --- internals ---------------------------------------------------------------------------

    def _writable(self) -> None:
        if self.readonly:
            raise ReadOnlyError(f"{self.root}: database is open read-only; changes are not saved")

    def _record(self, label: str, changes: list[Change]) -> Entry:
        ops = self._corpus.apply_all(changes)
        entry, history_ops = self.history.record(label, changes)
        self._submit(ops + history_ops)
        return entry

    def _submit(self, ops: list[Op]) -> None:
        if self._writer is None:
            raise StoreError(f"{self.root}: the store is closed")
        seq = self._writer.submit(ops)
        for op in ops:
            article_id = article_of(op.file)
            if article_id is not None:
                self._unsaved[article_id] = seq
