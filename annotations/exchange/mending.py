"""An import stores no reference to what is not there.

An export can name what it does not hold: one written before filtered exports kept to what
they hold, one edited by hand, one whose claimant mention was not found in the text. Stored as
they were, `fieldmark check` then called the database broken ("claimant ann_… is missing",
"unknown entity place_…") and the place fell out of the GeoJSON, with the import saying
"problems 0". Each such reference is taken off (what is known is kept: a claim without its
mention keeps its claimant's entity), and each is said, one line per annotation.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, replace

from annotations.model import Annotation, ClaimAttributes, ClaimLink

AnnotationKey = tuple[str, str]
"""(article id, annotation id)."""


@dataclass(frozen=True)
class Known:
    """What an annotation of one article may name: the entities (the export's and the store's),
    the annotations of its article, and whether a claim of any article exists."""

    entities: Collection[str]
    here: Collection[str]
    claim_exists: Callable[[AnnotationKey], bool]


def mended(annotation: Annotation, known: Known) -> tuple[Annotation, list[str]]:
    """The annotation without the references `known` lacks, and what was taken off (none: the
    annotation itself)."""
    dropped: list[str] = []
    entity_id = annotation.entity_id
    if entity_id is not None and entity_id not in known.entities:
        dropped.append(f"entity {entity_id}")
        entity_id = None
    attributes = annotation.attributes
    if isinstance(attributes, ClaimAttributes):
        attributes = _mended_claim(attributes, known, dropped)
    if not dropped:
        return annotation, []
    return replace(annotation, entity_id=entity_id, attributes=attributes), dropped


def _mended_claim(attributes: ClaimAttributes, known: Known, dropped: list[str]) -> ClaimAttributes:
    claimant, speaker = attributes.claimant_annotation_id, attributes.claimant_entity_id
    if claimant is not None and claimant not in known.here:
        dropped.append(f"claimant mention {claimant}")
        claimant = None
    if speaker is not None and speaker not in known.entities:
        dropped.append(f"claimant entity {speaker}")
        speaker = None
    places = _known_ids(attributes.places, known.entities, "place", dropped)
    actors = _known_ids(attributes.actors, known.entities, "actor", dropped)
    links = tuple(link for link in attributes.links if _link_holds(link, known, dropped))
    return replace(
        attributes,
        claimant_annotation_id=claimant,
        claimant_entity_id=speaker,
        places=places,
        actors=actors,
        links=links,
    )


def _known_ids(ids: tuple[str, ...], entities: Collection[str], what: str, dropped: list[str]) -> tuple[str, ...]:
    dropped += [f"{what} {entity_id}" for entity_id in ids if entity_id not in entities]
    return tuple(entity_id for entity_id in ids if entity_id in entities)


def _link_holds(link: ClaimLink, known: Known, dropped: list[str]) -> bool:
    if known.claim_exists((link.article_id, link.annotation_id)):
        return True
    dropped.append(f"link to claim {link.annotation_id}")
    return False
