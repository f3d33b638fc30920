"""Adjudicating several analysts' annotations of one article into one curated layer.

The article's accepted annotations are grouped into **units**: one kind over one span. A unit is
**agreed** when every analyst compared has it and their versions say the same (the same place or
actor; for a place, the same control status; for a claim, the same type, certainty and claimant
entity); otherwise it is a disagreement: some analysts lack it, or say something else. The
**curated layer** is the annotations whose annotator is `CURATOR`: taking a version copies it
there (replacing the curated one of that unit), so the analysts' own work stays as it was and
the export of `--annotator curated` is the adjudicated article.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field

from annotations.errors import ConflictError
from annotations.model import Annotation, Article, ClaimAttributes, DistrictAttributes
from annotations.store import Entry, Store
from annotations.text.quotes import shorten

CURATOR = "curated"


@dataclass
class Unit:
    """One kind over one span, as each analyst tagged it (or not), and as curated."""

    kind: str
    start: int
    end: int
    quote: str
    versions: dict[str, Annotation] = field(default_factory=dict)
    """Analyst -> their annotation of this unit."""
    curated: Annotation | None = None

    def agreed(self, analysts: Sequence[str]) -> bool:
        return all(a in self.versions for a in analysts) and len({essence(v) for v in self.versions.values()}) == 1


def essence(annotation: Annotation) -> tuple[object, ...]:
    """What two analysts must both say for their versions to agree (not ids, times or notes)."""
    attributes = annotation.attributes
    if isinstance(attributes, DistrictAttributes):
        return annotation.entity_id, attributes.control_status
    if isinstance(attributes, ClaimAttributes):
        return attributes.claim_type, attributes.certainty, attributes.claimant_entity_id, attributes.cue
    return (annotation.entity_id,)


def said(version: Annotation | None, store: Store) -> str:
    """What a version says, for people: "Kunduz · captured", "territorial control · certain · MNDAA · said"
    (entities by name); "—" for none."""
    if version is None:
        return "—"
    parts = []
    for part in essence(version):
        if not part:
            continue
        entity = store.get_entity(part) if isinstance(part, str) and "_" in part else None
        parts.append(entity.name if entity is not None else str(part).replace("_", " "))
    return " · ".join(parts) or "tagged"


def analysts_of(annotations: Sequence[Annotation]) -> list[str]:
    """Who annotated the article (the curator aside), by name (the adjudication screen's columns)."""
    return sorted({a.annotator for a in annotations if a.annotator and a.annotator != CURATOR})


def units(annotations: Sequence[Annotation], analysts: Sequence[str]) -> list[Unit]:
    """The article's units in text order, from its accepted annotations by `analysts` and the curator."""
    found: dict[tuple[str, int, int], Unit] = {}
    for annotation in annotations:
        counted = annotation.annotator in analysts or annotation.annotator == CURATOR
        if annotation.status != "accepted" or not counted:
            continue
        key = (annotation.kind, annotation.start, annotation.end)
        unit = found.setdefault(key, Unit(annotation.kind, annotation.start, annotation.end, annotation.quote))
        if annotation.annotator == CURATOR:
            unit.curated = annotation
        else:
            unit.versions.setdefault(annotation.annotator, annotation)
    return sorted(found.values(), key=lambda u: (u.start, -u.end, u.kind))


def take(store: Store, article: Article, unit: Unit, version: Annotation) -> Entry:
    """Copy `version` into the curated layer (one undoable step), in place of the unit's curated
    one; refused (ConflictError) when its analyst changed it since it was shown."""
    _as_shown(store, article, [version], [] if unit.curated is not None else [unit])
    label = f"adjudicate {unit.kind} “{shorten(unit.quote, 40)}”: take {version.annotator}'s"
    if unit.curated is not None:
        edited = unit.curated.edited(entity_id=version.entity_id, attributes=version.attributes)
        return store.update_annotation(edited, label=label)
    return store.add_annotation(_copy(article, version), label=label)


def take_agreed(store: Store, article: Article, found: Sequence[Unit], analysts: Sequence[str]) -> Entry | None:
    """Copy every agreed unit not curated yet into the curated layer, as one step; None if none."""
    agreed = [u for u in found if u.curated is None and u.agreed(analysts)]
    if not agreed:
        return None
    _as_shown(store, article, [v for u in agreed for v in u.versions.values()], agreed)
    items = [(_copy(article, u.versions[analysts[0]]), None) for u in agreed]
    return store.add_annotations(items, label=f"adjudicate: take {len(agreed)} agreed")


def _as_shown(store: Store, article: Article, versions: Sequence[Annotation], uncurated: Sequence[Unit]) -> None:
    """Refuse a take when any of these versions is no longer as the adjudicator saw it, or a unit
    shown without a curated version has one now: on a team's server its analyst may have changed
    it meanwhile, and the curated layer would keep what no one says any more (found by a newcomer:
    "Goma · government" shown, "unknown" saved); another adjudicator may have taken it (a curated
    version counts as `units` counts it: accepted; a curated suggestion left the unit untakeable)."""
    current = store.annotations(article.id)
    now = {a.id: _shown(a) for a in current}
    changed = sorted({v.annotator for v in versions if now.get(v.id) != _shown(v)})
    if changed:
        raise ConflictError(
            f"{' and '.join(changed)} changed this since it was shown: nothing was taken (look again, it is shown now)"
        )
    curated = {(a.kind, a.start, a.end) for a in current if a.annotator == CURATOR and a.status == "accepted"}
    if any((u.kind, u.start, u.end) in curated for u in uncurated):
        raise ConflictError(TAKEN_MEANWHILE)


TAKEN_MEANWHILE = "someone else curated this since it was shown: nothing was taken (look again, it is shown now)"


def curated_id(article_id: str, kind: str, start: int, end: int) -> str:
    """The one id a unit's curated version has, whoever takes it: two adjudicators pressing `a`
    in the same instant each made a copy of every agreed unit (22 curated for 11); with one id the
    server saves the first and refuses the second."""
    digest = hashlib.sha256(f"{CURATOR}|{article_id}|{kind}|{start}|{end}".encode()).hexdigest()
    return f"ann_{digest[:20]}"


def _copy(article: Article, version: Annotation) -> Annotation:
    return Annotation.create(
        article,
        version.kind,
        version.start,
        version.end,
        entity_id=version.entity_id,
        attributes=version.attributes,
        annotator=CURATOR,
        id=curated_id(article.id, version.kind, version.start, version.end),
    )


def _shown(annotation: Annotation) -> tuple[object, ...]:
    """What a take copies of a version (a form saved again unchanged only moves its time)."""
    return annotation.start, annotation.end, annotation.entity_id, annotation.attributes, annotation.status
