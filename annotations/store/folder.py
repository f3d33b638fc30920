"""The store: an in-memory model of the corpus, saved to TinyDB files by a background writer.

Layout of a database folder (every file a TinyDB JSON file, replaced atomically):

    fieldmark.json        schema version
    catalog/XX.json       article records without their text, with annotation counts,
                          sharded by a hash of the article id (256 shards)
    articles/ID.json      one article's text and its annotations
    entities/XX.json      entities, sharded like the catalog
    history/NNNNNNNN.json undo/redo entries, 16 a block
    state.json            history position and settings
    journal.json          present only while a write round is in flight

Saving one change rewrites only the files it touches: the article's own file, one catalog
shard, one history block and the state. None of them grows with the corpus, so a save costs
the same at 0 and at 100,000 annotations. Reads never touch the disk after an article is
first loaded; callers never wait on a write (see `writer`).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from annotations.errors import (
    CorruptDatabaseError,
    NotFoundError,
    ReadOnlyError,
    SchemaTooNewError,
    StoreError,
    ValidationError,
)
from annotations.model import (
    ARTICLE_STATUSES,
    KINDS,
    Annotation,
    Article,
    ArticleStatus,
    ClaimAttributes,
    Entity,
    new_id,
    now_iso,
    text_sha256,
)
from annotations.store.atomic import remove_stale_temps
from annotations.store.history import STATE_FILE, Change, Entry, History, RecordKind
from annotations.store.lock import WriterLock
from annotations.store.tinyfiles import FileSet, Op
from annotations.store.writer import JOURNAL_NAME, ErrorCallback, Writer, replay_journal

SCHEMA_VERSION = 1
META_FILE = "fieldmark.json"
SETTINGS_TABLE = "settings"
_SAFE_ID = re.compile(r"^[A-Za-z0-9_.-]{1,128}$")


@dataclass(frozen=True, slots=True)
class ArticleSummary:
    """An article as the catalog holds it: everything but the text, plus counts."""

    id: str
    title: str
    source: str
    published: str | None
    status: ArticleStatus
    chars: int
    sha256: str
    order: int
    imported: str
    counts: Mapping[str, int] = field(default_factory=dict)
    metadata: Mapping[str, Any] = field(default_factory=dict)

    def count(self, kind: str) -> int:
        return int(self.counts.get(kind, 0))

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "source": self.source,
            "published": self.published,
            "status": self.status,
            "chars": self.chars,
            "sha256": self.sha256,
            "order": self.order,
            "imported": self.imported,
            "counts": dict(self.counts),
            "metadata": dict(self.metadata),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> ArticleSummary:
        return cls(
            id=data["id"],
            title=data["title"],
            source=data.get("source", ""),
            published=data.get("published"),
            status=data.get("status", "todo"),
            chars=int(data.get("chars", 0)),
            sha256=data.get("sha256", ""),
            order=int(data.get("order", 0)),
            imported=data.get("imported", ""),
            counts=dict(data.get("counts", {})),
            metadata=dict(data.get("metadata", {})),
        )


def shard(key: str) -> str:
    """Two hex digits from a hash of `key`: spreads records over 256 small files."""
    return hashlib.blake2b(key.encode("utf-8"), digest_size=1).hexdigest()


def catalog_file(article_id: str) -> str:
    return f"catalog/{shard(article_id)}.json"


def article_file(article_id: str) -> str:
    if not _SAFE_ID.match(article_id):
        raise ValidationError(f"article id {article_id!r} is not usable as a file name")
    return f"articles/{article_id}.json"


def entity_file(entity_id: str) -> str:
    return f"entities/{shard(entity_id)}.json"


class Store:
    """The corpus of one database folder: articles, annotations, entities, history, settings.

    Open it with `Store.open(path)`; use it as a context manager or call `close()` so the
    last changes are flushed and the writer lock released.
    """

    def __init__(self, root: Path, files: FileSet, *, readonly: bool) -> None:
        self.root = root
        self.readonly = readonly
        self._files = files
        self._lock: WriterLock | None = None
        self._writer: Writer | None = None
        self._summaries: dict[str, ArticleSummary] = {}
        self._last_order = 0
        self._texts: dict[str, str] = {}
        self._annotations: dict[str, dict[str, Annotation]] = {}
        self._entities: dict[str, Entity] = {}
        self._settings: dict[str, Any] = {}
        self.history = History(files)

    # --- opening and closing -----------------------------------------------------------

    @classmethod
    def open(
        cls,
        path: Path | str,
        *,
        readonly: bool = False,
        create: bool = True,
        on_error: ErrorCallback | None = None,
    ) -> Store:
        """Open (or create) the database at `path`.

        Raises DatabaseLockedError when another process writes it (open with
        readonly=True instead), CorruptDatabaseError when a file does not parse (nothing is
        written then), SchemaTooNewError for a database from a newer Fieldmark.
        """
        root = Path(path).expanduser()
        if root.exists() and not root.is_dir():
            raise StoreError(f"{root}: is a file, not a Fieldmark database folder")
        if not root.exists():
            if readonly or not create:
                raise StoreError(f"{root}: no database here")
            root.mkdir(parents=True)
        elif not (root / META_FILE).exists() and any(
            p.name not in ("writer.lock", "writer.pid") for p in root.iterdir()
        ):
            raise StoreError(f"{root}: folder is not empty and is not a Fieldmark database")

        lock = None
        if not readonly:
            lock = WriterLock(root)
            lock.acquire()
        try:
            store = cls._load(root, readonly=readonly, on_error=on_error)
        except BaseException:
            if lock is not None:
                lock.release()
            raise
        store._lock = lock
        return store

    @classmethod
    def _load(cls, root: Path, *, readonly: bool, on_error: ErrorCallback | None) -> Store:
        files = FileSet(root)
        _check_schema(files, root)
        journal = root / JOURNAL_NAME
        if not readonly:
            remove_stale_temps(root)
        replay_journal(files, journal, write=not readonly)
        if not readonly and not files.exists(META_FILE):
            files.apply(Op(META_FILE, "meta", "schema", _schema_doc()))
            files.commit()
        store = cls(root, files, readonly=readonly)
        store._read_catalog()
        if not readonly:
            store._writer = Writer(files, journal, on_error=on_error)
        return store

    def _read_catalog(self) -> None:
        rows: list[ArticleSummary] = []
        for shard_file in sorted((self.root / "catalog").glob("*.json")):
            for doc in self._files.documents(f"catalog/{shard_file.name}", "articles").values():
                rows.append(ArticleSummary.from_dict(doc))
        rows.sort(key=lambda row: (row.order, row.id))
        self._summaries = {row.id: row for row in rows}
        self._last_order = max((row.order for row in rows), default=0)
        for shard_file in sorted((self.root / "entities").glob("*.json")):
            for doc in self._files.documents(f"entities/{shard_file.name}", "entities").values():
                entity = Entity.from_dict(doc)
                self._entities[entity.id] = entity
        settings = self._files.documents(STATE_FILE, SETTINGS_TABLE)
        self._settings = {key: doc.get("value") for key, doc in settings.items()}

    def flush(self, timeout: float | None = 10.0) -> bool:
        """Wait until every change so far is on disk; False if that took over `timeout`."""
        return True if self._writer is None else self._writer.flush(timeout)

    @property
    def pending_writes(self) -> int:
        return 0 if self._writer is None else self._writer.pending

    @property
    def write_error(self) -> BaseException | None:
        """The error of the last failed write round, None once writes succeed again."""
        return None if self._writer is None else self._writer.last_error

    def set_error_handler(self, handler: ErrorCallback | None) -> None:
        """Be told (from the writer thread) when a write fails, and when writing works again."""
        if self._writer is not None:
            self._writer.on_error = handler

    def close(self, timeout: float | None = 10.0) -> bool:
        """Flush, stop the writer and release the lock; True when nothing was left unsaved."""
        flushed = True
        if self._writer is not None:
            flushed = self._writer.close(timeout)
            self._writer = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None
        return flushed

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- articles -----------------------------------------------------------------------

    def articles(self) -> list[ArticleSummary]:
        """Every article in the order it was imported."""
        return list(self._summaries.values())

    def __len__(self) -> int:
        return len(self._summaries)

    def summary(self, article_id: str) -> ArticleSummary:
        try:
            return self._summaries[article_id]
        except KeyError:
            raise NotFoundError(f"no article with id {article_id}") from None

    def has_article(self, article_id: str) -> bool:
        return article_id in self._summaries

    def find_article(self, prefix: str) -> ArticleSummary:
        """An article by its id or an unambiguous id prefix."""
        if prefix in self._summaries:
            return self._summaries[prefix]
        matches = [s for s in self._summaries.values() if s.id.startswith(prefix)]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise NotFoundError(f"no article with id {prefix}")
        raise NotFoundError(f"article id {prefix} is ambiguous ({len(matches)} match)")

    def article(self, article_id: str) -> Article:
        summary = self.summary(article_id)
        self._ensure_loaded(article_id)
        return Article(
            id=summary.id,
            title=summary.title,
            text=self._texts[article_id],
            source=summary.source,
            published=summary.published,
            status=summary.status,
            metadata=dict(summary.metadata),
            imported=summary.imported,
        )

    def add_article(self, article: Article) -> bool:
        """Store a new article; False (and nothing written) if the same text is stored."""
        self._writable()
        if article.id in self._summaries:
            return False
        digest = text_sha256(article.text)
        if article.id != digest[:16]:
            raise ValidationError(f"article id {article.id} does not match its text")
        self._last_order += 1
        order = self._last_order
        summary = ArticleSummary(
            id=article.id,
            title=article.title,
            source=article.source,
            published=article.published,
            status=article.status,
            chars=len(article.text),
            sha256=digest,
            order=order,
            imported=article.imported,
            counts=dict.fromkeys(KINDS, 0),
            metadata=dict(article.metadata),
        )
        self._summaries[article.id] = summary
        self._texts[article.id] = article.text
        self._annotations[article.id] = {}
        self._submit(
            [
                Op(article_file(article.id), "article", "text", {"text": article.text}),
                self._summary_op(summary),
            ]
        )
        return True

    def set_status(self, article_id: str, status: ArticleStatus) -> Entry | None:
        """Mark an article todo, in progress or done (undoable)."""
        self._writable()
        current = self.summary(article_id).status
        if current == status:
            return None
        if status not in ARTICLE_STATUSES:
            raise ValidationError(f"article status must be one of {', '.join(ARTICLE_STATUSES)}")
        change = Change("status", article_id, article_id, {"status": current}, {"status": status})
        return self._record(f"mark {status.replace('_', ' ')}", [change])

    # --- annotations --------------------------------------------------------------------

    def annotations(self, article_id: str, *, kind: str | None = None, status: str | None = None) -> list[Annotation]:
        """The article's annotations in text order (start, then longest first)."""
        self.summary(article_id)
        self._ensure_loaded(article_id)
        rows = [
            a
            for a in self._annotations[article_id].values()
            if (kind is None or a.kind == kind) and (status is None or a.status == status)
        ]
        rows.sort(key=lambda a: (a.start, -a.end, a.kind, a.id))
        return rows

    def annotation(self, article_id: str, annotation_id: str) -> Annotation:
        self.summary(article_id)
        self._ensure_loaded(article_id)
        try:
            return self._annotations[article_id][annotation_id]
        except KeyError:
            raise NotFoundError(f"no annotation {annotation_id} in article {article_id}") from None

    def add_annotation(
        self, annotation: Annotation, *, new_entity: Entity | None = None, label: str | None = None
    ) -> Entry:
        """Store a new annotation (and the entity it introduces, if any) as one undoable step."""
        self._writable()
        article = self.article(annotation.article_id)
        annotation.validate_against(article)
        if annotation.id in self._annotations[article.id]:
            raise ValidationError(f"annotation {annotation.id} already exists")
        changes: list[Change] = []
        if new_entity is not None:
            changes.append(self._entity_change(new_entity))
        self._check_references(annotation, new_entity)
        changes.append(Change("annotation", annotation.id, article.id, None, annotation.to_dict()))
        if article.status == "todo" and annotation.status == "accepted":
            changes.append(Change("status", article.id, article.id, {"status": "todo"}, {"status": "in_progress"}))
        return self._record(label or f"add {annotation.kind} “{_short(annotation.quote)}”", changes)

    def add_annotations(self, items: Sequence[tuple[Annotation, Entity | None]], *, label: str) -> Entry:
        """Store several new annotations (with the entities they introduce) as one undoable step:
        accepting every suggestion of the same text is one change to undo."""
        self._writable()
        changes: list[Change] = []
        brought: dict[str, Entity] = {}
        for annotation, new_entity in items:
            article = self.article(annotation.article_id)
            annotation.validate_against(article)
            if annotation.id in self._annotations[article.id]:
                raise ValidationError(f"annotation {annotation.id} already exists")
            if new_entity is not None and new_entity.id not in brought:
                brought[new_entity.id] = new_entity
                changes.append(self._entity_change(new_entity))
        self._check_batch(items, brought)
        article_ids: list[str] = []
        for annotation, _ in items:
            changes.append(Change("annotation", annotation.id, annotation.article_id, None, annotation.to_dict()))
            if annotation.article_id not in article_ids:
                article_ids.append(annotation.article_id)
        for article_id in article_ids:
            if self.summary(article_id).status == "todo":
                changes.append(Change("status", article_id, article_id, {"status": "todo"}, {"status": "in_progress"}))
        return self._record(label, changes)

    def _check_batch(self, items: Sequence[tuple[Annotation, Entity | None]], brought: dict[str, Entity]) -> None:
        """References may point at entities and claimants the same batch brings."""
        known = set(self._entities) | set(brought)
        added = {a.id for a, _ in items}
        for annotation, _ in items:
            ids = [annotation.entity_id] if annotation.entity_id else []
            attributes = annotation.attributes
            if isinstance(attributes, ClaimAttributes):
                ids += (
                    [i for i in (attributes.claimant_entity_id,) if i]
                    + list(attributes.places)
                    + list(attributes.actors)
                )
                claimant = attributes.claimant_annotation_id
                if claimant and claimant not in added and claimant not in self._annotations[annotation.article_id]:
                    raise ValidationError(
                        f"claim {annotation.id}: claimant {claimant} is not an annotation of this article"
                    )
            for entity_id in ids:
                if entity_id not in known:
                    raise ValidationError(f"annotation {annotation.id} refers to unknown entity {entity_id}")

    def update_annotation(
        self, annotation: Annotation, *, new_entity: Entity | None = None, label: str | None = None
    ) -> Entry:
        """Replace an annotation with an edited version of itself (undoable)."""
        self._writable()
        before = self.annotation(annotation.article_id, annotation.id)
        annotation.validate_against(self.article(annotation.article_id))
        changes: list[Change] = []
        if new_entity is not None:
            changes.append(self._entity_change(new_entity))
        self._check_references(annotation, new_entity)
        changes.append(
            Change(
                "annotation",
                annotation.id,
                annotation.article_id,
                before.to_dict(),
                annotation.to_dict(),
            )
        )
        return self._record(label or f"edit {annotation.kind} “{_short(annotation.quote)}”", changes)

    def delete_annotation(self, article_id: str, annotation_id: str) -> Entry:
        """Remove an annotation (undoable).

        Claims that named it as their claimant keep the claimant's entity instead, in the same
        step, so no claim is left pointing at nothing.
        """
        self._writable()
        before = self.annotation(article_id, annotation_id)
        changes = [Change("annotation", annotation_id, article_id, before.to_dict(), None)]
        for claim in self.annotations(article_id, kind="claim"):
            attributes = claim.attributes
            assert isinstance(attributes, ClaimAttributes)
            if attributes.claimant_annotation_id != annotation_id:
                continue
            detached = claim.edited(
                attributes=replace(
                    attributes,
                    claimant_annotation_id=None,
                    claimant_entity_id=attributes.claimant_entity_id or before.entity_id,
                )
            )
            changes.append(Change("annotation", claim.id, article_id, claim.to_dict(), detached.to_dict()))
        return self._record(f"delete {before.kind} “{_short(before.quote)}”", changes)

    def _check_references(self, annotation: Annotation, new_entity: Entity | None) -> None:
        """Every id an annotation names must exist (the entity it brings counts)."""
        known = set(self._entities)
        if new_entity is not None:
            known.add(new_entity.id)
        entity_ids = [annotation.entity_id] if annotation.entity_id else []
        attributes = annotation.attributes
        if isinstance(attributes, ClaimAttributes):
            if attributes.claimant_entity_id:
                entity_ids.append(attributes.claimant_entity_id)
            entity_ids.extend(attributes.places)
            entity_ids.extend(attributes.actors)
            claimant = attributes.claimant_annotation_id
            if claimant is not None and claimant not in self._annotations[annotation.article_id]:
                raise ValidationError(
                    f"claim {annotation.id}: claimant {claimant} is not an annotation of this article"
                )
            for link in attributes.links:
                if link.annotation_id == annotation.id:
                    raise ValidationError(f"claim {annotation.id} cannot link to itself")
                target = self.annotation(link.article_id, link.annotation_id)
                if target.kind != "claim":
                    raise ValidationError(f"link target {target.id} is a {target.kind}, not a claim")
        for entity_id in entity_ids:
            if entity_id not in known:
                raise ValidationError(f"annotation {annotation.id} refers to unknown entity {entity_id}")

    # --- entities -----------------------------------------------------------------------

    def entities(self, kind: str | None = None) -> list[Entity]:
        rows = [e for e in self._entities.values() if kind is None or e.kind == kind]
        rows.sort(key=lambda e: (e.kind, e.name.casefold(), e.id))
        return rows

    def entity(self, entity_id: str) -> Entity:
        try:
            return self._entities[entity_id]
        except KeyError:
            raise NotFoundError(f"no entity with id {entity_id}") from None

    def get_entity(self, entity_id: str | None) -> Entity | None:
        return None if entity_id is None else self._entities.get(entity_id)

    def put_entity(self, entity: Entity, *, label: str | None = None) -> Entry:
        """Create or replace an entity (undoable)."""
        self._writable()
        return self._record(label or f"save {entity.kind} {entity.name}", [self._entity_change(entity)])

    def _entity_change(self, entity: Entity) -> Change:
        before = self._entities.get(entity.id)
        return Change(
            "entity",
            entity.id,
            None,
            None if before is None else before.to_dict(),
            entity.to_dict(),
        )

    # --- merging from other databases (imports; not part of the undo history) ----------

    def merge_entity(self, entity: Entity) -> str:
        """Add an entity from an import: "added", "same" (already here) or "kept" (ours differs)."""
        self._writable()
        existing = self._entities.get(entity.id)
        if existing == entity:
            return "same"
        if existing is not None:
            return "kept"
        self._entities[entity.id] = entity
        self._submit([Op(entity_file(entity.id), "entities", entity.id, entity.to_dict())])
        return "added"

    def merge_annotations(self, article_id: str, annotations: Iterable[Annotation]) -> dict[str, int]:
        """Add imported annotations to a stored article without overwriting any.

        Same id and same content: skipped. Same id, other content, other annotator: kept under
        a new id (both analysts' work survives). Same id and annotator but other content: ours
        is kept. Every annotation must already fit the article's text.
        """
        self._writable()
        article = self.article(article_id)
        rows = self._annotations[article_id]
        counts = {"added": 0, "same": 0, "renamed": 0, "kept": 0}
        ops: list[Op] = []
        contents = {_content_key(a) for a in rows.values()}
        for annotation in annotations:
            annotation = replace(annotation, article_id=article_id)
            annotation.validate_against(article)
            existing = rows.get(annotation.id)
            if existing == annotation or (existing is not None and _content_key(annotation) in contents):
                counts["same"] += 1  # already here (perhaps under the new id an earlier merge gave it)
                continue
            if existing is not None:
                if existing.annotator == annotation.annotator:
                    counts["kept"] += 1
                    continue
                annotation = replace(annotation, id=new_id("ann"))
                counts["renamed"] += 1
            else:
                counts["added"] += 1
            rows[annotation.id] = annotation
            contents.add(_content_key(annotation))
            ops.append(Op(article_file(article_id), "annotations", annotation.id, annotation.to_dict()))
        if ops:
            ops.append(self._refresh_counts(article_id))
            self._submit(ops)
        return counts

    # --- undo and redo ------------------------------------------------------------------

    def undo(self) -> Entry | None:
        """Reverse the last change; returns the entry undone, or None if there is none."""
        self._writable()
        entry = self.history.peek_undo()
        if entry is None:
            return None
        ops = self._apply_changes(entry.inverse_changes())
        ops.extend(self.history.step_back())
        self._submit(ops)
        return entry

    def redo(self) -> Entry | None:
        """Apply again the last change undone; None if there is none."""
        self._writable()
        entry = self.history.peek_redo()
        if entry is None:
            return None
        ops = self._apply_changes(entry.changes)
        ops.extend(self.history.step_forward())
        self._submit(ops)
        return entry

    # --- settings -----------------------------------------------------------------------

    def setting(self, key: str, default: Any = None) -> Any:
        return self._settings.get(key, default)

    def set_setting(self, key: str, value: Any) -> None:
        """Remember a preference or position (not part of the undo history)."""
        if self.readonly:
            self._settings[key] = value  # kept for this session only
            return
        if self._settings.get(key) == value and key in self._settings:
            return
        self._settings[key] = value
        self._submit([Op(STATE_FILE, SETTINGS_TABLE, key, {"value": value})])

    def change_setting(self, key: str, value: Any, *, label: str, article_id: str | None = None) -> Entry:
        """Change a setting as an undoable step (a remembered decision, such as a rejection);
        `article_id` names the article it is about, so undo can show it."""
        self._writable()
        before = {"value": self._settings[key]} if key in self._settings else None
        return self._record(label, [Change("setting", key, article_id, before, {"value": value})])

    # --- bulk reading -------------------------------------------------------------------

    def iter_articles(self) -> Iterator[tuple[Article, list[Annotation]]]:
        """Every article with its annotations, loading and releasing files as it goes."""
        for article_id in list(self._summaries):
            was_loaded = article_id in self._texts
            yield self.article(article_id), self.annotations(article_id)
            if not was_loaded:
                self._unload(article_id)

    def repair_article(self, article_id: str, fixed: Mapping[str, Annotation | None]) -> None:
        """Maintenance for `fieldmark check --repair`: replace or remove annotations and rebuild
        the article's catalog entry from its text, outside the undo history."""
        self._writable()
        self._ensure_loaded(article_id)
        rows = self._annotations[article_id]
        ops: list[Op] = []
        for annotation_id, annotation in fixed.items():
            if annotation is None:
                rows.pop(annotation_id, None)
                ops.append(Op(article_file(article_id), "annotations", annotation_id))
            else:
                rows[annotation_id] = annotation
                ops.append(Op(article_file(article_id), "annotations", annotation_id, annotation.to_dict()))
        text = self._texts[article_id]
        self._summaries[article_id] = replace(self._summaries[article_id], chars=len(text), sha256=text_sha256(text))
        ops.append(self._refresh_counts(article_id))
        self._submit(ops)

    def salvage_article(self, article_id: str) -> list[str]:
        """Maintenance: load an article whose file holds records that do not validate, dropping
        those records (named in the result; the caller has made a backup). The text must parse."""
        self._writable()
        relative = article_file(article_id)
        text_doc = self._files.documents(relative, "article").get("text")
        if text_doc is None:
            raise CorruptDatabaseError(self.root / relative, "article file missing or has no text")
        kept: dict[str, Annotation] = {}
        dropped: list[str] = []
        for key, doc in self._files.documents(relative, "annotations").items():
            try:
                kept[key] = Annotation.from_dict(doc)
            except (ValidationError, TypeError, KeyError) as error:
                dropped.append(f"{key}: {error}")
        self._texts[article_id] = text_doc["text"]
        self._annotations[article_id] = kept
        bad = [entry.split(":", 1)[0] for entry in dropped]
        if bad:
            self._submit([Op(relative, "annotations", key) for key in bad] + [self._refresh_counts(article_id)])
        return dropped

    def reset_history(self) -> None:
        """Maintenance: forget a damaged undo history."""
        self._writable()
        self._submit(self.history.reset())

    def is_loaded(self, article_id: str) -> bool:
        return article_id in self._texts

    def release(self, article_ids: Iterable[str]) -> None:
        """Forget these articles' text and annotations once every change is on disk, so bulk
        work (imports) keeps memory flat; they load again from their files when next asked for."""
        if self._writer is not None and not self.flush(timeout=None):
            return
        for article_id in article_ids:
            self._texts.pop(article_id, None)
            self._annotations.pop(article_id, None)
        self._files.discard_cached()

    # --- internals ----------------------------------------------------------------------

    def _writable(self) -> None:
        if self.readonly:
            raise ReadOnlyError(f"{self.root}: database is open read-only; changes are not saved")

    def _ensure_loaded(self, article_id: str) -> None:
        if article_id in self._texts:
            return
        relative = article_file(article_id)
        text_doc = self._files.documents(relative, "article").get("text")
        if text_doc is None:
            raise CorruptDatabaseError(self.root / relative, "article file missing or has no text")
        rows = self._files.documents(relative, "annotations")
        annotations: dict[str, Annotation] = {}
        for key, doc in rows.items():
            try:
                annotations[key] = Annotation.from_dict(doc)
            except ValidationError as error:
                raise CorruptDatabaseError(self.root / relative, f"annotation {key}: {error}") from None
        self._texts[article_id] = text_doc["text"]
        self._annotations[article_id] = annotations

    def _unload(self, article_id: str) -> None:
        self._texts.pop(article_id, None)
        self._annotations.pop(article_id, None)
        self._files.discard(article_file(article_id))

    def _record(self, label: str, changes: list[Change]) -> Entry:
        ops = self._apply_changes(changes)
        entry, history_ops = self.history.record(label, changes)
        self._submit(ops + history_ops)
        return entry

    def _apply_changes(self, changes: Iterable[Change]) -> list[Op]:
        """Apply record changes to the in-memory model; return the file operations."""
        ops: list[Op] = []
        touched: set[str] = set()
        for change in changes:
            ops.extend(self._apply_change(change))
            if change.record == "annotation" and change.article_id is not None:
                touched.add(change.article_id)
        for article_id in touched:
            ops.append(self._refresh_counts(article_id))
        return ops

    def _apply_change(self, change: Change) -> list[Op]:
        handlers: dict[RecordKind, Callable[[Change], list[Op]]] = {
            "annotation": self._apply_annotation,
            "entity": self._apply_entity,
            "status": self._apply_status,
            "setting": self._apply_setting,
        }
        return handlers[change.record](change)

    def _apply_setting(self, change: Change) -> list[Op]:
        if change.after is None:
            self._settings.pop(change.id, None)
            return [Op(STATE_FILE, SETTINGS_TABLE, change.id)]
        self._settings[change.id] = change.after["value"]
        return [Op(STATE_FILE, SETTINGS_TABLE, change.id, {"value": change.after["value"]})]

    def _apply_annotation(self, change: Change) -> list[Op]:
        article_id = change.article_id
        assert article_id is not None
        self._ensure_loaded(article_id)
        rows = self._annotations[article_id]
        if change.after is None:
            rows.pop(change.id, None)
        else:
            rows[change.id] = Annotation.from_dict(change.after)
        return [Op(article_file(article_id), "annotations", change.id, change.after)]

    def _apply_entity(self, change: Change) -> list[Op]:
        if change.after is None:
            self._entities.pop(change.id, None)
        else:
            self._entities[change.id] = Entity.from_dict(change.after)
        return [Op(entity_file(change.id), "entities", change.id, change.after)]

    def _apply_status(self, change: Change) -> list[Op]:
        assert change.after is not None
        summary = replace(self.summary(change.id), status=change.after["status"])
        self._summaries[change.id] = summary
        return [self._summary_op(summary)]

    def _refresh_counts(self, article_id: str) -> Op:
        counts: dict[str, int] = dict.fromkeys((*KINDS, "suggested"), 0)
        for annotation in self._annotations[article_id].values():
            if annotation.status == "accepted":
                counts[annotation.kind] += 1
            else:
                counts["suggested"] += 1
        summary = replace(self._summaries[article_id], counts=counts)
        self._summaries[article_id] = summary
        return self._summary_op(summary)

    def _summary_op(self, summary: ArticleSummary) -> Op:
        return Op(catalog_file(summary.id), "articles", summary.id, summary.to_dict())

    def _submit(self, ops: list[Op]) -> None:
        assert self._writer is not None, "store is closed"
        self._writer.submit(ops)


def _content_key(annotation: Annotation) -> bytes:
    """What an annotation says, without its id: two analysts' copies of one mark compare equal."""
    record = annotation.to_dict()
    del record["id"]
    return repr(sorted(record.items())).encode()


def _schema_doc() -> dict[str, Any]:
    return {"version": SCHEMA_VERSION, "created": now_iso(), "application": "fieldmark"}


def _check_schema(files: FileSet, root: Path) -> None:
    doc = files.documents(META_FILE, "meta").get("schema")
    if doc is None:
        if files.exists(META_FILE):
            raise CorruptDatabaseError(root / META_FILE, "no schema version")
        return
    version = doc.get("version")
    if not isinstance(version, int):
        raise CorruptDatabaseError(root / META_FILE, f"schema version {version!r} is not a number")
    if version > SCHEMA_VERSION:
        raise SchemaTooNewError(
            f"{root}: database schema {version} is newer than this Fieldmark understands "
            f"({SCHEMA_VERSION}); upgrade Fieldmark to open it"
        )


def _short(text: str, limit: int = 40) -> str:
    """A quote for a history label, without its own quotation marks (the label adds them)."""
    flat = " ".join(text.split()).strip("“”\"'‘’«»")
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
