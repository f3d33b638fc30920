"""Importing Fieldmark exports back (JSON, JSON Lines, brat folders), merging with what is stored.

Everything is checked before anything is stored: a file is read once to check every record
(`export_file.ExportFile.check`, `prepare`), then again to store it article by article, so a
refused file leaves the database as it was, with one line naming the file and the first problem.
Annotations whose offsets no longer fit their text are re-anchored from their quote and context,
or reported; never silently shifted.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from annotations.errors import FieldmarkError, IngestError, ValidationError
from annotations.exchange.export_file import ExportFile, export_kind, schema_problem
from annotations.exchange.mending import AnnotationKey, Known, mended
from annotations.exchange.prepare import PreparedArticle, claim_keys, prepare_article, prepare_entities
from annotations.exchange.same_entities import SameEntities
from annotations.exchange.selection import FORMAT_NAME, FORMAT_VERSION
from annotations.exchange.self_contained import is_a_filtered_copy
from annotations.model import Annotation
from annotations.store import Store
from annotations.text.ingest import DEFAULT_MAX_BYTES

RELEASE_EVERY = 250
"""Articles an import keeps in memory before it waits for the writer and lets them go."""

Progress = Callable[[int, int], None]
"""Told (done, total) after each stored article."""

StoreOrOpener = Store | Callable[[], Store]
"""Where an import goes: a store, or what opens it once the file is found whole (a database is
made only when something can be stored in it)."""


def opened(store: StoreOrOpener) -> Store:
    return store if isinstance(store, Store) else store()


@dataclass
class ImportReport:
    articles_added: int = 0
    articles_merged: int = 0
    annotations: dict[str, int] = field(default_factory=lambda: {"added": 0, "same": 0, "renamed": 0, "kept": 0})
    entities: dict[str, int] = field(default_factory=lambda: {"added": 0, "same": 0, "kept": 0, "matched": 0})
    reanchored: int = 0
    problems: list[str] = field(default_factory=list)
    """Annotations not found in their text, left out (the import counts them as failed)."""
    mended: list[str] = field(default_factory=list)
    """Annotations stored without a reference to what neither the export nor the database holds."""

    def line(self) -> str:
        a = self.annotations
        return (
            f"articles: {self.articles_added} new, {self.articles_merged} merged; "
            f"annotations: {a['added']} added, {a['same']} already there, {a['renamed']} kept from another "
            f"annotator under a new id, {a['kept']} conflicting kept as ours; re-anchored {self.reanchored}; "
            f"not found in the text, left out {len(self.problems)}; "
            f"references to what is not there taken off {len(self.mended)}; "
            f"entities: {self.entities['added']} added, {self.entities['matched']} taken as this database's of "
            "their name"
        )


def import_file(store: StoreOrOpener, path: Path, progress: Progress | None = None) -> ImportReport:
    """Check a native export file whole, then merge it article by article."""
    source = ExportFile(path, export_kind(path) or "json")
    total = source.check()
    return _merge(opened(store), source.entities, source.articles(), total, progress, source.claims)


def import_document(
    store: StoreOrOpener, document: Mapping[str, Any], source: str | Path = "export", progress: Progress | None = None
) -> ImportReport:
    """Check an export held in memory whole (a brat folder read into that shape), then merge it;
    IngestError names `source` and the first problem, with nothing stored."""
    claims = check_document(document, source)
    articles = document["articles"]
    return _merge(opened(store), document["entities"], articles, len(articles), progress, claims)


def check_document(document: Mapping[str, Any], source: str | Path) -> set[tuple[str, str]]:
    """Refuse a document that is not a whole, valid export: each article checked on its own
    first, so the message names it (or the brat file it came from); returns its claims' keys."""
    claims: set[tuple[str, str]] = set()
    articles = document.get("articles")
    for number, record in enumerate(articles if isinstance(articles, list) else ()):
        where = f"article {number}"
        if isinstance(record, Mapping):
            where = (record.get("metadata") or {}).get("file") or f"article {number} ({record.get('id')})"
        problem = schema_problem(record, "article")
        if problem is not None:
            raise IngestError(source, f"{where}: not a valid Fieldmark article {problem}")
        try:
            claims |= claim_keys(prepare_article(record))
        except ValidationError as error:
            raise IngestError(source, f"{where}: {error}") from None
    problem = schema_problem(document)
    if problem is not None:
        raise IngestError(source, f"not a valid Fieldmark export {problem}")
    try:
        prepare_entities(document["entities"])
    except ValidationError as error:
        raise IngestError(source, str(error)) from None
    return claims


def import_brat(
    store: StoreOrOpener, folder: Path, annotator: str = "brat", *, max_bytes: int = DEFAULT_MAX_BYTES
) -> ImportReport:
    """A brat folder: each .txt with its .ann becomes an article with its T spans and links; a
    folder with one file that cannot be read is refused whole."""
    from annotations.exchange.brat_read import read_brat_folder

    stored = opened(store).entities()  # names the database knows are its entities (helper-355)
    return import_document(store, read_brat_folder(folder, annotator, max_bytes=max_bytes, stored=stored), folder)


def import_w3c(store: StoreOrOpener, path: Path) -> ImportReport:
    """A W3C annotation collection Fieldmark wrote, onto the articles stored here (it holds no
    texts): those of articles not stored are left out, and said, as failed."""
    from annotations.exchange.w3c_read import read_w3c

    document, left_out = read_w3c(opened(store), path)
    report = import_document(store, document, path) if document["articles"] else ImportReport()
    report.problems += left_out
    return report


def read_export(path: Path) -> dict[str, Any]:
    """A small native export as one document (checked); for files that fit in memory."""
    source = ExportFile(path, export_kind(path) or "json")
    source.check()
    return {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "exported_at": "",
        "articles": list(source.articles()),
        "entities": source.entities,
    }


def _merge(
    store: Store,
    entities: list[dict[str, Any]],
    articles: Iterable[Mapping[str, Any]],
    total: int,
    progress: Progress | None,
    claims_in_file: set[AnnotationKey],
) -> ImportReport:
    """Entities first, then each article and its annotations (all checked already)."""
    report = ImportReport()
    same = SameEntities(store)
    for entity in prepare_entities(entities):
        taken = same.take(entity)
        if taken is not None and taken != "matched":
            report.entities[taken] += 1
    entity_ids = {entity.id for entity in store.entities()}

    def claim_exists(key: AnnotationKey) -> bool:
        return key in claims_in_file or _stored_claim(store, key)

    loaded_here: list[str] = []
    for done, record in enumerate(articles, start=1):
        prepared = prepare_article(record)
        if not store.is_loaded(prepared.article.id):
            loaded_here.append(prepared.article.id)
        prepared.annotations = same.of_article(prepared.article.id, prepared.annotations, entity_ids)
        _merge_article(store, prepared, report, lambda here: Known(entity_ids, here, claim_exists))
        if len(loaded_here) >= RELEASE_EVERY:
            store.flush(None)  # what is saved can be let go
            store.release(loaded_here)
            loaded_here.clear()
        if progress is not None:
            progress(done, total)
    store.flush(None)
    store.release(loaded_here)
    report.entities["matched"] = same.matched
    report.entities["added"] += same.added
    return report


def _stored_claim(store: Store, key: AnnotationKey) -> bool:
    try:
        return store.annotation(*key).kind == "claim"
    except FieldmarkError:
        return False


def _merge_article(
    store: Store, prepared: PreparedArticle, report: ImportReport, known_for: Callable[[set[str]], Known]
) -> None:
    article = prepared.article
    if store.has_article(article.id):
        report.articles_merged += 1
    else:
        store.add_article(article)
        report.articles_added += 1
    report.problems += prepared.problems
    report.reanchored += prepared.reanchored
    stored = {a.id: a for a in store.annotations(article.id)}
    annotations = [_ours_when_a_filtered_copy(a, stored) for a in prepared.annotations]
    annotations = _mended(
        prepared.article.id, annotations, known_for({a.id for a in annotations} | set(stored)), report
    )
    for key, value in store.merge_annotations(article.id, annotations).items():
        report.annotations[key] += value
    if prepared.rejected:  # a rejection lasts for good, in the database the export goes to too
        store.merge_rejections(article.id, prepared.rejected)


def _ours_when_a_filtered_copy(incoming: Annotation, stored: Mapping[str, Annotation]) -> Annotation:
    """Ours, for a claim a filtered export of this database brought back without its claimant
    mention or links (`self_contained`): it is already here, not a conflict."""
    ours = stored.get(incoming.id)
    return ours if ours is not None and is_a_filtered_copy(incoming, ours) else incoming


def _mended(article_id: str, incoming: list[Annotation], known: Known, report: ImportReport) -> list[Annotation]:
    """The article's annotations without references to what is not there, each said."""
    annotations = []
    for annotation in incoming:
        kept, dropped = mended(annotation, known)
        if dropped:
            where = f"article {article_id}: annotation {annotation.id}"
            report.mended.append(
                f"{where}: took off {', '.join(dropped)} (neither the export nor the database holds it)"
            )
        annotations.append(kept)
    return annotations
