"""Inter-annotator agreement: span precision/recall/F1 (exact and overlapping) and Cohen's kappa.

Annotator A is the reference: precision is the share of B's spans that A also has, recall the
share of A's spans that B found. For matched spans, kappa compares the entity chosen (a claim's:
its claimant's) and the key attribute of the kind (control status, nothing for actors, a claim's
type and certainty): a newcomer's two analysts who gave one claim two claimants and another two
certainties had 1.00 on both, a claim's own entity and its type alone being compared.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from annotations.model import KINDS, Annotation, ClaimAttributes, DistrictAttributes
from annotations.store import Store


@dataclass(frozen=True, slots=True)
class SpanScores:
    matched: int
    reference: int
    candidate: int

    @property
    def precision(self) -> float:
        return self.matched / self.candidate if self.candidate else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.reference if self.reference else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def cohen_kappa(pairs: Sequence[tuple[Any, Any]]) -> float | None:
    """Cohen's kappa of paired labels; None without pairs, 1.0 when both always agree on one label."""
    if not pairs:
        return None
    total = len(pairs)
    observed = sum(1 for a, b in pairs if a == b) / total
    left = Counter(a for a, _ in pairs)
    right = Counter(b for _, b in pairs)
    expected = sum(left[label] * right[label] for label in left) / (total * total)
    if expected == 1.0:
        return 1.0 if observed == 1.0 else 0.0
    return (observed - expected) / (1 - expected)


def match_spans(
    a: Sequence[Annotation], b: Sequence[Annotation], *, exact: bool
) -> list[tuple[Annotation, Annotation]]:
    """One-to-one matches of the same article: equal offsets, or (not exact) any overlap, greedily
    by largest overlap."""
    candidates = []
    for x in a:
        for y in b:
            if x.article_id != y.article_id:
                continue
            if exact and (x.start, x.end) != (y.start, y.end):
                continue
            overlap = min(x.end, y.end) - max(x.start, y.start)
            if overlap > 0:
                candidates.append((overlap, x, y))
    candidates.sort(key=lambda c: -c[0])
    used_a: set[str] = set()
    used_b: set[str] = set()
    pairs = []
    for _overlap, x, y in candidates:
        if x.id in used_a or y.id in used_b:
            continue
        used_a.add(x.id)
        used_b.add(y.id)
        pairs.append((x, y))
    return pairs


def attribute_label(annotation: Annotation) -> str | None:
    if isinstance(annotation.attributes, DistrictAttributes):
        return annotation.attributes.control_status
    if isinstance(annotation.attributes, ClaimAttributes):
        return f"{annotation.attributes.claim_type}, {annotation.attributes.certainty}"
    return None


def entity_label(annotation: Annotation, entity_of: dict[str, str | None]) -> str | None:
    """The entity a place or an actor is of; a claim's claimant's (by its mention, else as named)."""
    attributes = annotation.attributes
    if not isinstance(attributes, ClaimAttributes):
        return annotation.entity_id
    if attributes.claimant_annotation_id is not None:
        return entity_of.get(attributes.claimant_annotation_id) or attributes.claimant_entity_id
    return attributes.claimant_entity_id


def _given_to_both(store: Store, first: str, second: str) -> set[str] | None:
    """The articles given to both analysts, or None when articles are given to no one."""
    given: dict[str, set[str]] = {first: set(), second: set()}
    assignments = store.assignments()
    for assignment in assignments:
        given.get(assignment.analyst, set()).add(assignment.article_id)
    return given[first] & given[second] if assignments else None


def agreement(store: Store, first: str, second: str, kinds: Iterable[str] = KINDS) -> dict[str, dict[str, Any]]:
    """Per kind: exact and overlap scores, kappa on entity and on the key attribute, over the
    articles both analysts were given (on a team's server) or else both annotated: an article
    given to one of them alone counted every tag in it as missed by the other."""
    by_annotator: dict[str, list[Annotation]] = {first: [], second: []}
    given = _given_to_both(store, first, second)
    entity_of: dict[str, str | None] = {}
    for article, annotations in store.iter_articles():
        both = {a.annotator for a in annotations} >= {first, second}
        if not (both if given is None else article.id in given):
            continue
        for annotation in annotations:
            entity_of[annotation.id] = annotation.entity_id
            if annotation.annotator in by_annotator and annotation.status == "accepted":
                by_annotator[annotation.annotator].append(annotation)
    result: dict[str, dict[str, Any]] = {}
    for kind in kinds:
        a = [x for x in by_annotator[first] if x.kind == kind]
        b = [x for x in by_annotator[second] if x.kind == kind]
        row: dict[str, Any] = {"reference": len(a), "candidate": len(b)}
        for mode, exact in (("exact", True), ("overlap", False)):
            pairs = match_spans(a, b, exact=exact)
            scores = SpanScores(len(pairs), len(a), len(b))
            row[mode] = {
                "matched": scores.matched,
                "precision": round(scores.precision, 4),
                "recall": round(scores.recall, 4),
                "f1": round(scores.f1, 4),
            }
            if not exact:
                entity_kappa = cohen_kappa([(entity_label(x, entity_of), entity_label(y, entity_of)) for x, y in pairs])
                attribute_pairs = [(attribute_label(x), attribute_label(y)) for x, y in pairs]
                attribute_kappa = cohen_kappa(attribute_pairs) if kind != "actor" else None
                row["kappa_entity"] = None if entity_kappa is None else round(entity_kappa, 4)
                row["kappa_attribute"] = None if attribute_kappa is None else round(attribute_kappa, 4)
        result[kind] = row
    return result


def agreement_table(result: dict[str, dict[str, Any]]) -> str:
    header = (
        f"{'kind':9} {'A':>5} {'B':>5}  {'exact P/R/F1':>20}  {'overlap P/R/F1':>20}  {'κ entity':>9} {'κ attr':>7}"
    )
    lines = [header]

    def prf(scores: dict[str, Any], row: dict[str, Any]) -> str:
        if not row["reference"] and not row["candidate"]:
            return "-"  # nothing to score, not a score of 0
        return f"{scores['precision']:.2f}/{scores['recall']:.2f}/{scores['f1']:.2f}"

    def kappa(value: float | None) -> str:
        return "-" if value is None else f"{value:.2f}"

    for kind, row in result.items():
        lines.append(
            f"{kind:9} {row['reference']:>5} {row['candidate']:>5}  {prf(row['exact'], row):>20}  "
            f"{prf(row['overlap'], row):>20}  {kappa(row['kappa_entity']):>9} {kappa(row['kappa_attribute']):>7}"
        )
    return "\n".join(lines)
