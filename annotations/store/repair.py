"""`fieldmark check --repair`: fix what can be fixed without guessing, after a backup.

Safe fixes: catalog entries (length, hash, counts) rebuilt from the text; an annotation whose
quote no longer matches its offsets re-anchored from its quote and context, or removed when
the quote is nowhere in the text; references to missing entities cleared; a missing claimant
detached; links to missing claims dropped; a damaged undo history reset. Everything removed or
changed is named, and the backup made first holds the database as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from annotations.errors import FieldmarkError
from annotations.model import Annotation, ClaimAttributes
from annotations.store import Store
from annotations.store.integrity import check_store
from annotations.text.anchoring import reanchor


@dataclass
class RepairReport:
    backup: str | None = None
    """Where the database was backed up before anything was changed."""
    actions: list[str] = field(default_factory=list)
    left: list[str] = field(default_factory=list)
    """Problems repair does not touch (unreadable files): restore a backup for those."""


def repair(store: Store, *, keep: int | None = None) -> RepairReport:
    """Back up (keeping `keep` backups), then fix every problem `check_store` finds that can be
    fixed safely."""
    report = RepairReport()
    problems = check_store(store)
    if not problems:
        return report
    report.backup = store.backup("before-repair", keep=keep)
    entity_ids = {e.id for e in store.entities()}
    for summary in store.articles():
        try:
            article = store.article(summary.id)
            annotations = store.annotations(summary.id)
        except FieldmarkError as error:
            try:
                dropped = store.salvage_article(summary.id)
                article = store.article(summary.id)
                annotations = store.annotations(summary.id)
            except FieldmarkError:
                report.left.append(f"article {summary.id}: cannot be read ({error}); restore it from a backup")
                continue
            report.actions.extend(f"article {summary.id}: unreadable annotation {d} removed" for d in dropped)
        ids = {a.id for a in annotations if _findable(a, article.text)}  # what will still exist
        fixed: dict[str, Annotation | None] = {}
        for annotation in annotations:
            result, notes = _fix(annotation, article.text, ids, entity_ids, store)
            if result is not annotation:
                fixed[annotation.id] = result
                report.actions.extend(f"annotation {annotation.id} (article {summary.id}): {n}" for n in notes)
        stale = summary.chars != len(article.text) or any(p.where == f"article {summary.id}" for p in problems)
        if fixed or stale:
            store.repair_article(summary.id, fixed)
            if stale:
                report.actions.append(f"article {summary.id}: catalog entry rebuilt from the text")
    if any(p.where == "history" for p in problems):
        store.reset_history()
        report.actions.append("undo history was damaged: reset (earlier steps can no longer be undone)")
    store.flush(None)
    return report


def _fix(
    annotation: Annotation, text: str, ids: set[str], entity_ids: set[str], store: Store
) -> tuple[Annotation | None, list[str]]:
    notes: list[str] = []
    result = annotation
    inside = 0 <= annotation.start < annotation.end <= len(text)
    if not inside or text[annotation.start : annotation.end] != annotation.quote:
        span = _placed(annotation, text)
        if span is None:
            return None, [f"removed: its quote {annotation.quote[:40]!r} is nowhere in the text"]
        result = replace(result, start=span[0], end=span[1])
        notes.append(f"re-anchored from {annotation.start}-{annotation.end} to {span[0]}-{span[1]}")
    if result.entity_id and result.entity_id not in entity_ids:
        notes.append(f"reference to missing entity {result.entity_id} cleared")
        result = replace(result, entity_id=None)
    attributes = result.attributes
    if isinstance(attributes, ClaimAttributes):
        changed = attributes
        if changed.claimant_annotation_id and changed.claimant_annotation_id not in ids:
            notes.append(f"missing claimant {changed.claimant_annotation_id} detached")
            changed = replace(changed, claimant_annotation_id=None)
        if changed.claimant_entity_id and changed.claimant_entity_id not in entity_ids:
            notes.append(f"missing claimant entity {changed.claimant_entity_id} cleared")
            changed = replace(changed, claimant_entity_id=None)
        places = tuple(e for e in changed.places if e in entity_ids)
        actors = tuple(e for e in changed.actors if e in entity_ids)
        if places != changed.places or actors != changed.actors:
            notes.append("references to missing places or actors dropped")
            changed = replace(changed, places=places, actors=actors)
        links = tuple(link for link in changed.links if _exists(store, link.article_id, link.annotation_id))
        if links != changed.links:
            notes.append(f"{len(changed.links) - len(links)} link(s) to missing claims dropped")
            changed = replace(changed, links=links)
        if changed is not attributes:
            result = replace(result, attributes=changed)
    return result, notes


def _findable(annotation: Annotation, text: str) -> bool:
    if (
        0 <= annotation.start < annotation.end <= len(text)
        and text[annotation.start : annotation.end] == annotation.quote
    ):
        return True
    return _placed(annotation, text) is not None


def _exists(store: Store, article_id: str, annotation_id: str) -> bool:
    try:
        store.annotation(article_id, annotation_id)
    except FieldmarkError:
        return False
    return True


def _placed(annotation: Annotation, text: str) -> tuple[int, int] | None:
    a = annotation
    return reanchor(text, a.start, a.end, a.quote, a.prefix, a.suffix)
