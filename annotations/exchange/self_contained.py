"""A filtered export names no annotation it does not hold.

`--kind claim` (or `--status`, `--annotator`, `--article`) leaves out the actor mentions claims
name as their claimant and the claims they link to; a database made from such an export was
broken (`fieldmark check`: "claimant ann_… is missing"). The export keeps who made the claim (the
claimant's entity, which its `entities` hold) and takes off the link to the mention it left out,
and the links to claims it left out: the filter still means what it says.
"""

from __future__ import annotations

from dataclasses import replace

from annotations.errors import FieldmarkError
from annotations.exchange.selection import ExportFilter
from annotations.model import Annotation, ClaimAttributes, ClaimLink
from annotations.store import Store


def held_references(
    store: Store, filters: ExportFilter, exported: list[Annotation], every: list[Annotation]
) -> list[Annotation]:
    """`exported` (of an article that holds `every`) with the claimants and links the export
    leaves out taken off; the same list for an unfiltered export, which leaves nothing out."""
    if filters == ExportFilter():
        return exported
    held = {a.id for a in exported}
    everything_here = {a.id: a for a in every}
    return [_within(store, filters, annotation, held, everything_here) for annotation in exported]


def _within(
    store: Store, filters: ExportFilter, annotation: Annotation, held: set[str], every: dict[str, Annotation]
) -> Annotation:
    attributes = annotation.attributes
    if not isinstance(attributes, ClaimAttributes):
        return annotation
    claimant, speaker = attributes.claimant_annotation_id, attributes.claimant_entity_id
    if claimant is not None and claimant not in held:
        mention = every.get(claimant)
        speaker = speaker or (mention.entity_id if mention is not None else None)
        claimant = None
    links = tuple(link for link in attributes.links if _is_exported(store, filters, annotation, link, held))
    if (claimant, speaker, links) == (
        attributes.claimant_annotation_id,
        attributes.claimant_entity_id,
        attributes.links,
    ):
        return annotation
    kept = replace(attributes, claimant_annotation_id=claimant, claimant_entity_id=speaker, links=links)
    return replace(annotation, attributes=kept)


def _is_exported(store: Store, filters: ExportFilter, claim: Annotation, link: ClaimLink, held: set[str]) -> bool:
    """Whether the claim `link` names is in this export too (another article's is when the filter
    keeps its article and the claim)."""
    if link.article_id == claim.article_id:
        return link.annotation_id in held
    if filters.article is not None:
        return False
    try:
        return filters.keeps(store.annotation(link.article_id, link.annotation_id))
    except FieldmarkError:
        return False


def is_a_filtered_copy(incoming: Annotation, ours: Annotation) -> bool:
    """Whether `incoming` is `ours` as a filtered export wrote it (its claimant mention or links
    taken off): imported into the database it came from, it is already there, no conflict."""
    theirs, mine = incoming.attributes, ours.attributes
    if not isinstance(theirs, ClaimAttributes) or not isinstance(mine, ClaimAttributes) or incoming.id != ours.id:
        return False
    claimant = mine.claimant_annotation_id if theirs.claimant_annotation_id is not None else None
    speaker = mine.claimant_entity_id or (theirs.claimant_entity_id if claimant is None else None)
    links = tuple(link for link in mine.links if link in theirs.links)
    reduced = replace(mine, claimant_annotation_id=claimant, claimant_entity_id=speaker, links=links)
    return replace(ours, attributes=reduced) == incoming
