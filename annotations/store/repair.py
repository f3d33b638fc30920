"""`fieldmark check --repair`: fix what can be fixed without guessing, after a backup.

Safe fixes: catalog entries (length, hash, counts) rebuilt from the text; an annotation whose
quote no longer matches its offsets re-anchored from its quote and context, or removed when
the quote is nowhere in the text; references to missing entities cleared; a missing claimant
detached; a claim's speaker entity made its speaker mention's; links to missing claims dropped; a
damaged undo history reset. Everything removed or changed is named, and the backup made first
holds the database as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from annotations.errors import FieldmarkError
from annotations.model import CONTEXT_CHARS, Annotation, ClaimAttributes
from annotations.store import Store
from annotations.store.integrity import check_store
from annotations.text.anchoring import normalize_fragment, reanchor
from annotations.text.normalize import normalize_text


@dataclass
class RepairReport:
    backup: str | None = None
    """Where the database was backed up before anything was changed."""
    actions: list[str] = field(default_factory=list)
    left: list[str] = field(default_factory=list)
    """Problems repair does not touch (unreadable files): restore a backup for those."""


def repair(store: Store, *, keep: int | None = None) -> RepairReport:
    """Back up (keeping `keep` backups), then fix every problem `check_store` finds that can be
    fixed safely. Open the store with `salvage=True` so that what does not parse or validate is
    set aside (and kept in the backup) rather than refusing the database."""
    report = RepairReport()
    problems = check_store(store)
    if not problems:
        return report
    report.backup = store.backup("before-repair", keep=keep)
    report.actions += store.rewrite_damaged()
    entity_ids = {e.id for e in store.entities()}
    for summary in store.articles():
        try:
            article = store.article(summary.id)
            annotations = store.annotations(summary.id)
        except FieldmarkError as error:
            store.quarantine_article(summary.id)
            report.actions.append(f"article {summary.id}: cannot be read ({error}); removed (the backup keeps it)")
            continue
        text = normalize_text(article.text)
        ids = {a.id: a.entity_id for a in annotations if _placed(a, text) is not None}  # what will still exist
        fixed: dict[str, Annotation | None] = {}
        for annotation in annotations:
            result, notes = _fix(annotation, text, ids, entity_ids, store)
            if result is not annotation:
                fixed[annotation.id] = result
                report.actions.extend(f"annotation {annotation.id} (article {summary.id}): {n}" for n in notes)
        new_text = text if text != article.text else None
        stale = summary.chars != len(text) or any(p.where == f"article {summary.id}" for p in problems)
        if fixed or stale or new_text is not None:
            store.repair_article(summary.id, fixed, text=new_text)
            if new_text is not None:
                report.actions.append(f"article {summary.id}: text normalised (control characters removed)")
            elif stale:
                report.actions.append(f"article {summary.id}: catalog entry rebuilt from the text")
    if any(p.where == "history" for p in problems):
        store.reset_history()
        report.actions.append("undo history was damaged: reset (earlier steps can no longer be undone)")
    store.flush(None)
    return report


def _fix(
    annotation: Annotation, text: str, ids: dict[str, str | None], entity_ids: set[str], store: Store
) -> tuple[Annotation | None, list[str]]:
    notes: list[str] = []
    result = annotation
    inside = 0 <= annotation.start < annotation.end <= len(text)
    if not inside or text[annotation.start : annotation.end] != annotation.quote:
        span = _placed(annotation, text)
        if span is None:
            return None, [f"removed: its quote {annotation.quote[:40]!r} is nowhere in the text"]
        start, end = span
        context = text[max(0, start - CONTEXT_CHARS) : start], text[end : end + CONTEXT_CHARS]
        result = replace(result, start=start, end=end, quote=text[start:end], prefix=context[0], suffix=context[1])
        notes.append(f"re-anchored from {annotation.start}-{annotation.end} to {start}-{end}")
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
        speaker = ids.get(changed.claimant_annotation_id or "")
        if speaker and speaker in entity_ids and changed.claimant_entity_id != speaker:
            notes.append(f"claimant entity set to its mention's ({speaker})")  # the mention says who spoke
            changed = replace(changed, claimant_entity_id=speaker)
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


def _exists(store: Store, article_id: str, annotation_id: str) -> bool:
    try:
        store.annotation(article_id, annotation_id)
    except FieldmarkError:
        return False
    return True


def _placed(annotation: Annotation, text: str) -> tuple[int, int] | None:
    """Where the annotation's quote is in `text` (normalised like the text, if it had to be)."""
    a = annotation
    if 0 <= a.start < a.end <= len(text) and text[a.start : a.end] == a.quote:
        return a.start, a.end
    quote, prefix, suffix = (normalize_fragment(x) for x in (a.quote, a.prefix, a.suffix))
    return reanchor(text, a.start, a.end, quote, prefix, suffix)
