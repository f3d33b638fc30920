"""The one check that every id an annotation names exists: entities, claimants, linked claims.

Used for a single annotation and for a batch alike (a batch may name entities and claimants it
brings itself), so no way of adding annotations skips part of it.
"""

from __future__ import annotations

from collections.abc import Callable, Container, Iterable, Iterator, Sequence
from dataclasses import replace

from annotations.errors import ValidationError
from annotations.model import Annotation, ClaimAttributes

FindAnnotation = Callable[[str, str], Annotation | None]
"""(article id, annotation id) -> the stored annotation, or None."""


def check_references(annotations: Sequence[Annotation], *, entities: Container[str], find: FindAnnotation) -> None:
    """Raise ValidationError unless every id the annotations name exists, in the store or in the
    batch itself."""
    batch = {(a.article_id, a.id): a for a in annotations}

    def lookup(article_id: str, annotation_id: str) -> Annotation | None:
        return batch.get((article_id, annotation_id)) or find(article_id, annotation_id)

    for annotation in annotations:
        if isinstance(annotation.attributes, ClaimAttributes):
            _check_claim_links(annotation, annotation.attributes, lookup)
        for entity_id in named_entities(annotation):
            if entity_id not in entities:
                raise ValidationError(f"annotation {annotation.id} refers to unknown entity {entity_id}")


def named_entities(annotation: Annotation) -> list[str]:
    """The entity ids an annotation names: its own, and a claim's claimant's, places and actors."""
    named = [annotation.entity_id] if annotation.entity_id else []
    attributes = annotation.attributes
    if isinstance(attributes, ClaimAttributes):
        named += [e for e in (attributes.claimant_entity_id,) if e]
        named += [*attributes.places, *attributes.actors]
    return named


def mentions_named(claim: Annotation) -> set[tuple[str, str]]:
    """The annotations a claim names, as (article id, annotation id): its claimant's mention, and
    the claims it links to (in any article)."""
    attributes = claim.attributes
    if not isinstance(attributes, ClaimAttributes):
        return set()
    named = {(link.article_id, link.annotation_id) for link in attributes.links}
    if attributes.claimant_annotation_id:
        named.add((claim.article_id, attributes.claimant_annotation_id))
    return named


def _check_claim_links(claim: Annotation, attributes: ClaimAttributes, lookup: FindAnnotation) -> None:
    claimant = attributes.claimant_annotation_id
    if claimant is not None and lookup(claim.article_id, claimant) is None:
        raise ValidationError(f"claim {claim.id}: claimant {claimant} is not an annotation of this article")
    for link in attributes.links:
        if link.annotation_id == claim.id:
            raise ValidationError(f"claim {claim.id} cannot link to itself")
        target = lookup(link.article_id, link.annotation_id)
        if target is None:
            raise ValidationError(f"claim {claim.id}: linked claim {link.annotation_id} does not exist")
        if target.kind != "claim":
            raise ValidationError(f"link target {target.id} is a {target.kind}, not a claim")


def claims_detached_from(claimant: Annotation, claims: Iterable[Annotation]) -> Iterator[tuple[Annotation, Annotation]]:
    """(claim, claim without it) for each claim that names `claimant` as its claimant: a deleted
    mention leaves its claims the claimant's entity, not a dangling annotation id."""
    for claim in claims:
        attributes = claim.attributes
        if not isinstance(attributes, ClaimAttributes) or attributes.claimant_annotation_id != claimant.id:
            continue
        kept = attributes.claimant_entity_id or claimant.entity_id
        yield claim, claim.edited(attributes=replace(attributes, claimant_annotation_id=None, claimant_entity_id=kept))


def claims_unlinked_from(
    gone: Iterable[Annotation], claims: Iterable[Annotation]
) -> Iterator[tuple[Annotation, Annotation]]:
    """(claim, claim without them) for each claim that links to one of the deleted claims `gone`:
    a deleted claim takes the links to it along (they were left naming nothing, shown "(missing)",
    and `fieldmark check` found them)."""
    targets = {(a.article_id, a.id) for a in gone if a.kind == "claim"}
    for claim in claims:
        attributes = claim.attributes
        if not targets or not isinstance(attributes, ClaimAttributes):
            continue
        links = tuple(link for link in attributes.links if (link.article_id, link.annotation_id) not in targets)
        if links != attributes.links:
            yield claim, claim.edited(attributes=replace(attributes, links=links))
