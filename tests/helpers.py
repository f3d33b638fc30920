"""Small helpers shared by the tests."""

from __future__ import annotations

from typing import Any

import jsonschema

from annotations.exchange.export_file import export_schema
from annotations.model import Article


def span(article: Article, phrase: str, nth: int = 0) -> tuple[int, int]:
    """Offsets of the nth occurrence of `phrase` in the article text."""
    start = -1
    for _ in range(nth + 1):
        start = article.text.index(phrase, start + 1)
    return start, start + len(phrase)


def validate_export(document: Any) -> None:
    """Check an export with jsonschema, the reference validator, independent of the importer's
    compiled one: both must agree that what Fieldmark writes matches the shipped schema."""
    jsonschema.validate(document, export_schema(), cls=jsonschema.Draft202012Validator)


def claim_about(
    store: Any, article: Article, words: str, place: Any, speaker: Any, *, status: str, certainty: str = "certain"
) -> Any:
    """Tag `words` as a territorial claim by `speaker`, with the first mention of `place` inside
    them tagged as that place with `status` (its entity added to the store the first time)."""
    from annotations.model import Annotation, ClaimAttributes, DistrictAttributes

    start, end = span(article, words)
    at = article.text.index(place.name, start)
    district = DistrictAttributes(control_status=status)  # type: ignore[arg-type]
    mention = Annotation.create(article, "district", at, at + len(place.name), entity_id=place.id, attributes=district)
    store.add_annotation(mention, new_entity=place if store.get_entity(place.id) is None else None)
    attributes = ClaimAttributes(
        claimant_entity_id=speaker.id,
        cue="said",
        claim_type="territorial_control",
        certainty=certainty,  # type: ignore[arg-type]
    )
    claim = Annotation.create(article, "claim", start, end, attributes=attributes)
    store.add_annotation(claim)
    return claim


def taliban_tagged(store: Any, article: Article, annotator: str) -> Any:
    """Tag the article's first "Taliban" as a new actor Taliban by `annotator`: the tag (another
    analyst's work for the tests of double annotation)."""
    from annotations.model import ActorDetails, Annotation, Entity

    taliban = Entity.actor("Taliban", ActorDetails("rebel_group"))
    tag = Annotation.create(article, "actor", *span(article, "Taliban"), entity_id=taliban.id, annotator=annotator)
    store.add_annotation(tag, new_entity=taliban)
    return tag
