"""What a folder store holds in memory: the catalog, the entities, and the articles read so far.

Every read is answered from here, and every change is applied here first; applying a change
returns the file operations that make it durable, which the writer thread carries out. Article
files are read when first asked for and can be let go again (bulk work keeps memory flat).
"""

from __future__ import annotations

import os
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from contextlib import nullcontext
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar

from annotations.errors import CorruptDatabaseError, ValidationError
from annotations.model import KINDS, Annotation, Entity
from annotations.store.blocks import Blocks
from annotations.store.changes import Change, RecordKind
from annotations.store.layout import (
    ANNOTATIONS_TABLE,
    ARTICLE_TABLE,
    CATALOG_TABLE,
    ENTITIES_TABLE,
    REJECTIONS_TABLE,
    annotations_folder,
    article_file,
    block_file,
    block_number,
    catalog_file,
    entity_file,
    is_layout_path,
)
from annotations.store.reading import between_rounds
from annotations.store.summary import ArticleSummary
from annotations.store.tinyfiles import FileSet, Op
from annotations.text.normalize import clean_line

REJECTIONS_KEY = "keys"

Stored = tuple[str, str, str | None]
"""Where a record is kept: ("catalog" | "entity" | "annotation" | "rejections", its id, its
article id)."""
R = TypeVar("R")

_TEXT_SLICES = frozenset({"text", "quote", "prefix", "suffix"})
"""Fields that are pieces of an article's text: normalised with the text, not as names."""


class _Rejections:
    """An article's rejected suggestion keys as stored: `{"keys": [text, ...]}`."""

    def __init__(self, keys: frozenset[str]) -> None:
        self.keys = keys

    @classmethod
    def from_dict(cls, doc: Mapping[str, Any]) -> _Rejections:
        keys = doc.get(REJECTIONS_KEY)
        if not isinstance(keys, list) or not all(isinstance(k, str) for k in keys):
            raise ValidationError("rejected suggestions must be a list of texts")
        return cls(frozenset(keys))

    def to_dict(self) -> dict[str, Any]:
        return {REJECTIONS_KEY: sorted(self.keys)}


def _counted_as(annotation: Annotation | None) -> list[str]:
    """What an annotation adds to its article's counts: its kind once accepted, else "suggested"."""
    if annotation is None:
        return []
    return [annotation.kind if annotation.status == "accepted" else "suggested"]


def _unclean(stored: Mapping[str, Any], clean: Mapping[str, Any]) -> bool:
    """Whether a stored document holds strings its record cleaned (control characters, bidi
    overrides, line breaks in one-line fields, spacing): compared field by field, at any depth,
    and a nested mapping's keys too (metadata's)."""
    if stored == clean:
        return False  # a record as this version writes it: one comparison (5,000 at each start)
    for key, value in stored.items():
        if key in _TEXT_SLICES:
            continue
        other = clean.get(key)
        if value == other:
            continue
        if isinstance(value, str) and isinstance(other, str):
            return True  # two different strings
        if isinstance(value, Mapping) and isinstance(other, Mapping):
            if _unclean(value, other) or any(isinstance(k, str) and clean_line(k) != k for k in value):
                return True
        if isinstance(value, list) and isinstance(other, list) and all(isinstance(v, str) for v in value):
            return True  # two different lists of strings
    return False


class LoadedCorpus:
    """The in-memory model of one folder database."""

    def __init__(self, root: Path, files: FileSet, *, live_reader: bool = False) -> None:
        self.root = root
        self.files = files
        self.live_reader = live_reader
        """Read-only on the folder itself (no snapshot): an article's files are read between two
        of a writer's rounds, which may write its blocks one by one."""
        self._summaries: dict[str, ArticleSummary] | None = None
        """Every article's catalog entry; None until read (see `read_catalog`)."""
        self._catalog_lock = threading.Lock()
        self.catalog_was_read = threading.Event()
        """Set once the whole list has been read (and checked): what waits for it can go on."""
        self._last_order = 0
        self.texts: dict[str, str] = {}
        self.annotations: dict[str, dict[str, Annotation]] = {}
        self.rejections: dict[str, frozenset[str]] = {}
        self.blocks: dict[str, Blocks] = {}
        """Which block file of its article each loaded annotation is kept in."""
        self.entities: dict[str, Entity] = {}
        self.unclean: set[Stored] = set()
        self.misfiled: dict[Stored, str] = {}
        """Annotations whose record names another id or article than where it is kept (what it named)."""
        """Records whose stored strings are not clean (their copies in memory are)."""
        self.set_aside: dict[Stored, tuple[str, str]] = {}
        """With a salvaging file set: records that do not validate, left out, and why."""

    # --- reading ---------------------------------------------------------------------------

    def read_catalog(self, *, articles_later: bool = False) -> None:
        """Every entity, and every article's catalog entry: what opening a database reads. With
        `articles_later` the articles' entries are read when first needed (the app shows its
        first article from that article's own catalog shard, then lists the others: the first
        frame does not wait for 5,000 entries to be read and checked)."""
        if not articles_later:
            self._read_summaries()
        for relative in self.files.listed("entities"):
            for key, doc in self.files.documents(relative, ENTITIES_TABLE).items():
                entity = self._record(relative, ("entity", key, None), doc, Entity.from_dict)
                if entity is not None:
                    self.entities[entity.id] = entity

    @property
    def summaries(self) -> dict[str, ArticleSummary]:
        """Every article's catalog entry, read at the first use if opening left them for later
        (once, whichever thread asks first)."""
        if self._summaries is None:
            with self._catalog_lock:
                if self._summaries is None:
                    self._read_summaries()
        assert self._summaries is not None
        return self._summaries

    @property
    def catalog_read(self) -> bool:
        return self._summaries is not None

    @property
    def last_order(self) -> int:
        """The highest order of any article: a new one is listed after it."""
        self.summaries  # noqa: B018 (read first)
        return self._last_order

    @last_order.setter
    def last_order(self, value: int) -> None:
        self._last_order = value

    def _read_summaries(self) -> None:
        rows: list[ArticleSummary] = []
        for relative in self.files.listed("catalog"):
            for key, doc in self.files.documents(relative, CATALOG_TABLE).items():
                summary = self._record(relative, ("catalog", key, None), doc, ArticleSummary.from_dict)
                if summary is not None:
                    rows.append(summary)
        rows.sort(key=lambda row: (row.order, row.id))
        self._last_order = max((row.order for row in rows), default=0)
        self._summaries = {row.id: row for row in rows}
        self.catalog_was_read.set()

    def summary_of(self, article_id: str) -> ArticleSummary | None:
        """One article's catalog entry, None if there is no such article; before the whole
        catalog is read, from the article's own shard only."""
        if self._summaries is not None:
            return self._summaries.get(article_id)
        relative = catalog_file(article_id)
        if not self.files.exists(relative):
            return None
        doc = self.files.documents(relative, CATALOG_TABLE).get(article_id)
        if doc is None:
            return None
        summary = self._record(relative, ("catalog", article_id, None), doc, ArticleSummary.from_dict)
        return summary if summary is not None and summary.id == article_id else None  # as the list has it

    def first_article(self) -> str | None:
        """The first article's id (the lowest order, then id), the catalog not read yet: its
        stored documents compared as they are, and only the first one read as a record (building
        the records of 5,000 articles took 60 ms before the first frame of a first start)."""
        if self._summaries is not None:
            return next(iter(self._summaries), None)
        listed = sorted(
            (order if isinstance(order := doc.get("order", 0), int) and not isinstance(order, bool) else 0, key)
            for relative in self.files.listed("catalog")
            for key, doc in self.files.documents(relative, CATALOG_TABLE).items()
        )
        return next((key for _order, key in listed if self.summary_of(key) is not None), None)

    def any_article(self) -> bool:
        """Whether the database holds an article, without reading the whole catalog."""
        if self._summaries is not None:
            return bool(self._summaries)
        return any(self.files.documents(relative, CATALOG_TABLE) for relative in self.files.listed("catalog"))

    def _record(
        self, relative: str, where: Stored, doc: dict[str, Any], build: Callable[[dict[str, Any]], R]
    ) -> R | None:
        """A record built from its stored document: one that does not validate makes the file
        corrupt (or, salvaging, is set aside); one whose strings were not clean is noted."""
        try:
            record = build(doc)
        except (ValidationError, TypeError, KeyError, ValueError, AttributeError) as error:
            if not self.files.salvage:
                raise CorruptDatabaseError(self.root / relative, f"record {where[1]}: {error}") from None
            self.set_aside[where] = (relative, f"{relative}: record {where[1]}: {error}")
            return None
        if _unclean(doc, record.to_dict()):  # type: ignore[attr-defined]
            self.unclean.add(where)
        return record

    def is_loaded(self, article_id: str) -> bool:
        return article_id in self.texts

    def ensure_loaded(self, article_id: str) -> None:
        """Read an article's file if it is not in memory. A file without text is corrupt; a
        record that does not validate makes it corrupt too (or, salvaging, is set aside)."""
        if article_id in self.texts:
            return
        with between_rounds(self.root) if self.live_reader else nullcontext():
            self._read_article(article_id)

    def _read_article(self, article_id: str) -> None:
        relative = article_file(article_id)
        text_doc = self.files.documents(relative, ARTICLE_TABLE).get("text")
        if text_doc is None or not isinstance(text_doc.get("text"), str) or not text_doc["text"]:
            raise CorruptDatabaseError(self.root / relative, "article file missing or has no text")
        annotations: dict[str, Annotation] = {}
        blocks = Blocks()
        for block in self.block_files(article_id):
            number = block_number(block)
            blocks.found(number)
            for key, doc in self.files.documents(block, ANNOTATIONS_TABLE).items():
                where: Stored = ("annotation", key, article_id)
                annotation = self._record(block, where, doc, Annotation.from_dict)
                if annotation is not None and (annotation.id, annotation.article_id) != (key, article_id):
                    self.misfiled[where] = f"{annotation.article_id}/{annotation.id}"  # where it is kept says which it
                    annotation = replace(annotation, id=key, article_id=article_id)  # is (a fuzzed id "0" was repaired
                    # under its key, then checked by its id: never healed)
                if annotation is not None:
                    annotations[key] = annotation
                    blocks.found(number, key)
        first = block_file(article_id, 0)
        doc = self.files.documents(first, REJECTIONS_TABLE).get(REJECTIONS_KEY, {REJECTIONS_KEY: []})
        rejected = self._record(first, ("rejections", article_id, article_id), doc, _Rejections.from_dict)
        self.texts[article_id] = text_doc["text"]
        self.annotations[article_id] = annotations
        self.blocks[article_id] = blocks
        self.rejections[article_id] = rejected.keys if rejected is not None else frozenset()

    def block_files(self, article_id: str) -> list[str]:
        """The block files of an article's annotations: on disk or made in memory, and those the
        writer has yet to make. Another file in its folder (a sync tool's copy) is none of them."""
        listed = {block for block in self.files.listed(annotations_folder(article_id)) if is_layout_path(block)}
        blocks = self.blocks.get(article_id)
        listed |= {block_file(article_id, number) for number in (blocks.numbers() if blocks else ())}
        return sorted(listed)

    def unload(self, article_id: str) -> None:
        self.texts.pop(article_id, None)
        self.annotations.pop(article_id, None)
        self.rejections.pop(article_id, None)
        blocks = self.blocks.pop(article_id, None)
        self.files.discard(article_file(article_id))
        for number in {0, *(blocks.numbers() if blocks is not None else ())}:  # 0: read for its rejections
            self.files.discard(block_file(article_id, number))

    # --- changing --------------------------------------------------------------------------

    def apply_all(self, changes: Iterable[Change]) -> list[Op]:
        """Apply record changes to the model; the file operations that make them durable,
        with the catalog counts of every article whose annotations changed."""
        ops: list[Op] = []
        touched: dict[str, Counter[str]] = {}
        for change in changes:
            article_id = change.article_id if change.record == "annotation" else None
            if article_id is None:
                ops.extend(self.apply(change))
                continue
            self.ensure_loaded(article_id)
            rows, delta = self.annotations[article_id], touched.setdefault(article_id, Counter())
            delta.subtract(_counted_as(rows.get(change.id)))
            ops.extend(self.apply(change))
            delta.update(_counted_as(rows.get(change.id)))
        ops.extend(self._counts_moved(article_id, delta) for article_id, delta in touched.items())
        return ops

    def _counts_moved(self, article_id: str, delta: Counter[str]) -> Op:
        """The catalog counts moved by what changed (a save costs the same in an article of 20,000
        annotations as in one of 20); counted again from the annotations if they would not add up."""
        summary = self.summaries[article_id]
        counts = {kind: summary.count(kind) + delta[kind] for kind in (*KINDS, "suggested")}
        if any(count < 0 for count in counts.values()) or not summary.counts:
            return self.refresh_counts(article_id)
        summary = replace(summary, counts=counts, revision=os.urandom(8).hex())
        self.summaries[article_id] = summary
        return self.summary_op(summary)

    def apply(self, change: Change) -> list[Op]:
        handlers: dict[RecordKind, Callable[[Change], list[Op]]] = {
            "annotation": self._apply_annotation,
            "entity": self._apply_entity,
            "status": self._apply_status,
            "rejections": self._apply_rejections,
            "details": self._apply_details,
        }
        return handlers[change.record](change)

    def _apply_annotation(self, change: Change) -> list[Op]:
        article_id = change.article_id
        assert article_id is not None
        self.ensure_loaded(article_id)
        rows = self.annotations[article_id]
        if change.after is None:
            rows.pop(change.id, None)
        else:
            rows[change.id] = Annotation.from_dict(change.after)
        return self.annotation_ops(article_id, change.id, change.after)

    def annotation_ops(self, article_id: str, annotation_id: str, doc: dict[str, Any] | None) -> list[Op]:
        """The operation that stores (or, with None, removes) one annotation of a loaded article
        in its block: a new one goes to the last block until it is full."""
        blocks = self.blocks[article_id]
        number = blocks.place(annotation_id) if doc is not None else blocks.remove(annotation_id)
        if number is None:
            return []  # not stored: nothing to remove
        return [Op(block_file(article_id, number), ANNOTATIONS_TABLE, annotation_id, doc)]

    def _apply_entity(self, change: Change) -> list[Op]:
        if change.after is None:
            self.entities.pop(change.id, None)
        else:
            self.entities[change.id] = Entity.from_dict(change.after)
        return [Op(entity_file(change.id), ENTITIES_TABLE, change.id, change.after)]

    def _apply_status(self, change: Change) -> list[Op]:
        assert change.after is not None
        summary = replace(self.summaries[change.id], status=change.after["status"])
        self.summaries[change.id] = summary
        return [self.summary_op(summary)]

    def _apply_details(self, change: Change) -> list[Op]:
        """An article's publication date and source (kept in its catalog entry)."""
        after = change.after or {}
        summary = replace(self.summaries[change.id], published=after.get("published"), source=after.get("source") or "")
        self.summaries[change.id] = summary
        return [self.summary_op(summary)]

    def _apply_rejections(self, change: Change) -> list[Op]:
        self.ensure_loaded(change.id)
        keys = sorted((change.after or {}).get(REJECTIONS_KEY) or ())
        self.rejections[change.id] = frozenset(keys)
        doc = {REJECTIONS_KEY: keys} if keys else None
        summary = replace(self.summaries[change.id], rejected=tuple(keys))
        self.summaries[change.id] = summary
        self.blocks[change.id].found(0)
        return [Op(block_file(change.id, 0), REJECTIONS_TABLE, REJECTIONS_KEY, doc), self.summary_op(summary)]

    def refresh_counts(self, article_id: str) -> Op:
        counts: dict[str, int] = dict.fromkeys((*KINDS, "suggested"), 0)
        for annotation in self.annotations[article_id].values():
            if annotation.status == "accepted":
                counts[annotation.kind] += 1
            else:
                counts["suggested"] += 1
        summary = replace(self.summaries[article_id], counts=counts, revision=os.urandom(8).hex())
        self.summaries[article_id] = summary
        return self.summary_op(summary)

    @staticmethod
    def summary_op(summary: ArticleSummary) -> Op:
        return Op(catalog_file(summary.id), CATALOG_TABLE, summary.id, summary.to_dict())

    def entity_change(self, entity: Entity) -> Change:
        before = self.entities.get(entity.id)
        return Change("entity", entity.id, None, None if before is None else before.to_dict(), entity.to_dict())
