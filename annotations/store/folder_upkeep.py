"""The folder store's work outside the undo history: merging imports, and repairing what
`fieldmark check` finds (records that do not validate, files that do not parse, strings stored
unclean), always after the caller made a backup.

A mixin of `FolderStore`: it works on the store's in-memory corpus and submits file operations
through its writer like every other change.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import Path

from annotations.model import Annotation, Article, Entity, text_sha256
from annotations.store.catalog_rescue import summary_in_backups
from annotations.store.history import History
from annotations.store.layout import (
    ANNOTATIONS_TABLE,
    ARTICLE_TABLE,
    CATALOG_TABLE,
    ENTITIES_TABLE,
    JOURNAL_FILE,
    META_FILE,
    META_TABLE,
    REJECTIONS_TABLE,
    article_file,
    article_of,
    block_file,
    catalog_file,
    entity_file,
    is_usable_id,
)
from annotations.store.loaded import REJECTIONS_KEY, LoadedCorpus, Stored
from annotations.store.merging import merged_annotations, merged_rejections
from annotations.store.migrations import schema_doc
from annotations.store.summary import ArticleSummary
from annotations.store.tinyfiles import FileSet, Op
from annotations.text.normalize import clean_line


class FolderUpkeep:
    """Merges and repairs of a folder store (see `FolderStore`)."""

    root: Path
    history: History
    _files: FileSet
    _corpus: LoadedCorpus

    def _writable(self) -> None:
        raise NotImplementedError

    def _submit(self, ops: list[Op]) -> None:
        raise NotImplementedError

    def article(self, article_id: str) -> Article:
        raise NotImplementedError

    def rejections(self, article_id: str) -> frozenset[str]:
        raise NotImplementedError

    # --- merging imports -----------------------------------------------------------------

    def merge_entity(self, entity: Entity) -> str:
        self._writable()
        existing = self._corpus.entities.get(entity.id)
        if existing == entity:
            return "same"
        if existing is not None:
            return "kept"
        self._corpus.entities[entity.id] = entity
        self._submit([Op(entity_file(entity.id), ENTITIES_TABLE, entity.id, entity.to_dict())])
        return "added"

    def merge_annotations(self, article_id: str, annotations: Iterable[Annotation]) -> dict[str, int]:
        self._writable()
        article = self.article(article_id)
        rows = self._corpus.annotations[article_id]
        added, counts = merged_annotations(article, rows, annotations)
        if added:
            ops = []
            for annotation in added:
                rows[annotation.id] = annotation
                ops += self._corpus.annotation_ops(article_id, annotation.id, annotation.to_dict())
            self._submit([*ops, self._corpus.refresh_counts(article_id)])
        return counts

    def merge_rejections(self, article_id: str, keys: Iterable[str]) -> int:
        self._writable()
        change, added = merged_rejections(article_id, self.rejections(article_id), keys)
        if change is not None:
            self._submit(self._corpus.apply_all([change]))
        return added

    # --- repairs -------------------------------------------------------------------------

    def repair_article(
        self, article_id: str, fixed: Mapping[str, Annotation | None], *, text: str | None = None
    ) -> None:
        self._writable()
        corpus = self._corpus
        corpus.ensure_loaded(article_id)
        relative = article_file(article_id)
        ops: list[Op] = []
        if text is not None and text != corpus.texts[article_id]:
            corpus.texts[article_id] = text
            ops.append(Op(relative, ARTICLE_TABLE, "text", {"text": text}))
        rows = corpus.annotations[article_id]
        for annotation_id, annotation in fixed.items():
            if annotation is None:
                rows.pop(annotation_id, None)
                ops += corpus.annotation_ops(article_id, annotation_id, None)
            else:
                rows[annotation_id] = annotation
                ops += corpus.annotation_ops(article_id, annotation_id, annotation.to_dict())
        current = corpus.texts[article_id]
        corpus.summaries[article_id] = replace(
            corpus.summaries[article_id], chars=len(current), sha256=text_sha256(current)
        )
        ops.append(corpus.refresh_counts(article_id))
        self._submit(ops)

    def quarantine_article(self, article_id: str) -> None:
        self._writable()
        self._corpus.summaries.pop(article_id, None)
        blocks = self._corpus.block_files(article_id)
        self._corpus.unload(article_id)
        self._submit([Op(catalog_file(article_id), CATALOG_TABLE, article_id), Op(article_file(article_id)),
                      *(Op(block) for block in blocks)])  # fmt: skip

    def reset_history(self) -> None:
        self._writable()
        self._submit(self.history.reset())

    def damage(self) -> list[tuple[str, str]]:
        files, corpus = self._files, self._corpus
        found = [(relative, f"does not parse ({reason}); set aside") for relative, reason in files.damaged.items()]
        found += [(_where(stored), reason) for stored, (_file, reason) in corpus.set_aside.items()]
        found += [
            (_where(stored), "stored text is not clean (control characters, bidi overrides, line breaks or spacing)")
            for stored in sorted(corpus.unclean, key=str)
        ]
        found += [(_where(stored), f"its record says it is {said}") for stored, said in sorted(corpus.misfiled.items())]
        found += [(f"article {article_id}", "its file is in no catalog entry") for article_id in self._uncatalogued()]
        return found

    def _uncatalogued(self) -> list[str]:
        """Articles whose file is there but whose catalog entry is lost (a damaged shard or
        record): listed by check, listed again by repair."""
        files, summaries = self._files, self._corpus.summaries
        found = []
        for path in sorted((files.root / "articles").glob("*.json")):
            article_id, relative = path.stem, f"articles/{path.name}"
            if article_id not in summaries and relative not in files.damaged and is_usable_id(article_id):
                found.append(article_id)
        return found

    def rewrite_damaged(self) -> list[str]:
        self._writable()
        done: list[str] = []
        ops: list[Op] = []
        rebuilt: set[str] = set()
        while pending := sorted(set(self._files.damaged) - rebuilt):  # a rebuild may read (and find) more
            for relative in pending:
                rebuilt.add(relative)
                ops += self._rebuilt(relative, done)
        for stored, (file, _reason) in sorted(self._corpus.set_aside.items(), key=str):
            ops += self._dropped(stored, file, done)
        for stored in sorted(self._corpus.unclean, key=str):
            ops += self._cleaned(stored, done)
        for stored in sorted(self._corpus.misfiled, key=str):
            done.append(f"{_where(stored)}: stored again as the annotation it is kept as")
            ops += self._stored_again(stored)
        for article_id in self._uncatalogued():
            if self._summary_from_file(article_id, done) is not None:
                done.append(f"article {article_id}: catalog entry rebuilt from its file")
                ops.append(self._corpus.refresh_counts(article_id))
        self._files.damaged.clear()
        self._corpus.set_aside.clear()
        self._corpus.unclean.clear()
        self._corpus.misfiled.clear()
        if ops:
            self._submit(ops)
        return done

    def _rebuilt(self, relative: str, done: list[str]) -> list[Op]:
        """A file that did not parse, written again from what the rest of the database holds."""
        corpus = self._corpus
        if relative.startswith("catalog/"):
            done.append(f"{relative}: rebuilt from the article files")
            return self._summaries_from_articles(relative, done)
        if relative.startswith("entities/"):
            done.append(f"{relative}: rewritten with the entities that could be read (references to others cleared)")
            kept = [e for e in corpus.entities.values() if entity_file(e.id) == relative]
            return [Op(relative)] + [Op(relative, ENTITIES_TABLE, e.id, e.to_dict()) for e in kept]
        if relative.startswith("history/") or relative == "state.json":
            done.append(f"{relative}: undo history reset (earlier steps can no longer be undone)")
            return self.history.reset()
        if relative == META_FILE:
            done.append(f"{relative}: schema written again")
            return [Op(META_FILE, META_TABLE, "schema", schema_doc())]
        article_id = article_of(relative)
        if relative.startswith("articles/") and article_id is not None:
            done.append(f"{relative}: article {article_id} cannot be read; removed (the backup keeps its file)")
            corpus.summaries.pop(article_id, None)
            blocks = [Op(block) for block in corpus.block_files(article_id)]
            return [Op(catalog_file(article_id), CATALOG_TABLE, article_id), Op(relative), *blocks]
        if article_id is not None:  # a block of annotations (the first also holds the rejections)
            done.append(f"{relative}: its annotations cannot be read; removed (the backup keeps its file)")
            summary = corpus.summaries.get(article_id)
            if summary is None:
                return [Op(relative)]
            corpus.ensure_loaded(article_id)
            if relative == block_file(article_id, 0) and summary.rejected:  # the catalog's copy goes too
                corpus.summaries[article_id] = replace(summary, rejected=())
            return [Op(relative), corpus.refresh_counts(article_id)]
        if relative == JOURNAL_FILE:
            done.append(f"{relative}: an unreadable journal removed (the backup keeps it)")
            (self.root / JOURNAL_FILE).unlink(missing_ok=True)
        return []

    def _summaries_from_articles(self, relative: str, done: list[str]) -> list[Op]:
        """Catalog entries for the articles of a lost shard, from their own files: the title is
        the first line of the text, the order after every other article."""
        corpus = self._corpus
        ops = [Op(relative)]
        for path in sorted((self.root / "articles").glob("*.json")):
            article_id = path.stem
            if catalog_file(article_id) != relative:
                continue
            summary = corpus.summaries.get(article_id) or self._summary_from_file(article_id, done)
            if summary is not None:
                corpus.summaries[article_id] = summary
                ops.append(corpus.refresh_counts(article_id))
        return ops

    def _summary_from_file(self, article_id: str, done: list[str]) -> ArticleSummary | None:
        """A catalog entry for the article from its file, with what only the catalog held (title, date, source,
        status) from the newest backup that has it; told in `done` either way."""
        corpus = self._corpus
        text_doc = self._files.documents(article_file(article_id), ARTICLE_TABLE).get("text") or {}
        text = text_doc.get("text")
        if not isinstance(text, str) or not text:
            return None
        stored = self._files.documents(block_file(article_id, 0), REJECTIONS_TABLE).get(REJECTIONS_KEY) or {}
        rejected = tuple(sorted(str(k) for k in stored.get(REJECTIONS_KEY) or ()))  # the catalog keeps its copy
        sha256 = text_sha256(text)
        summary = summary_in_backups(self.root, article_id, sha256)
        if summary is not None:  # its title, date, source and status, as the last backup had them
            summary = replace(summary, chars=len(text), rejected=rejected)
            corpus.last_order = max(corpus.last_order, summary.order)
            done.append(f"article {article_id}: its title, date, source and status taken from a backup")
        else:
            done.append(
                f"article {article_id}: no backup holds its title, date, source or status: titled by its first line,"
                " undated (I in the app dates it)"
            )
            corpus.last_order += 1
            title = clean_line(text.split("\n", 1)[0])[:120] or article_id
            summary = ArticleSummary(article_id, title, "", None, "in_progress", len(text), sha256,
                                     corpus.last_order, "", rejected=rejected)  # fmt: skip
        corpus.summaries[article_id] = summary
        corpus.ensure_loaded(article_id)
        return summary

    def _dropped(self, stored: Stored, file: str, done: list[str]) -> list[Op]:
        """Remove a record that does not validate from the file it was found in (not the file its
        key would be filed in: a damaged key may name no file at all)."""
        kind, key, article_id = stored
        done.append(f"{_where(stored)}: a record that does not validate removed (the backup keeps it)")
        if kind == "catalog":
            ops = [Op(file, CATALOG_TABLE, key)]
            if is_usable_id(key) and self._summary_from_file(key, done) is not None:
                done.append(f"article {key}: catalog entry rebuilt from its file")
                ops.append(self._corpus.refresh_counts(key))
            return ops
        if kind == "entity":
            return [Op(file, ENTITIES_TABLE, key)]
        assert article_id is not None
        if kind == "rejections":
            ops = [Op(block_file(article_id, 0), REJECTIONS_TABLE, REJECTIONS_KEY)]
            summary = self._corpus.summaries.get(article_id)
            if summary is not None and summary.rejected:  # the catalog's copy goes with them
                self._corpus.summaries[article_id] = replace(summary, rejected=())
                ops.append(self._corpus.summary_op(self._corpus.summaries[article_id]))
            return ops
        return [Op(file, ANNOTATIONS_TABLE, key), self._corpus.refresh_counts(article_id)]

    def _cleaned(self, stored: Stored, done: list[str]) -> list[Op]:
        done.append(f"{_where(stored)}: stored again without control characters")
        return self._stored_again(stored)

    def _stored_again(self, stored: Stored) -> list[Op]:
        """The operations that write a record again as memory holds it."""
        kind, key, article_id = stored
        corpus = self._corpus
        if kind == "catalog" and key in corpus.summaries:
            return [corpus.summary_op(corpus.summaries[key])]
        if kind == "entity" and key in corpus.entities:
            return [Op(entity_file(key), ENTITIES_TABLE, key, corpus.entities[key].to_dict())]
        if kind == "rejections" and article_id in corpus.rejections:
            keys = sorted(corpus.rejections[article_id])
            doc = {REJECTIONS_KEY: keys} if keys else None
            return [Op(block_file(article_id, 0), REJECTIONS_TABLE, REJECTIONS_KEY, doc)]
        if kind == "annotation" and article_id in corpus.annotations and key in corpus.annotations[article_id]:
            return corpus.annotation_ops(article_id, key, corpus.annotations[article_id][key].to_dict())
        return []


def _where(stored: Stored) -> str:
    kind, key, article_id = stored
    if kind == "annotation":
        return f"annotation {key} (article {article_id})"
    if kind == "rejections":
        return f"rejected suggestions (article {article_id})"
    return f"article {key}" if kind == "catalog" else f"entity {key}"
