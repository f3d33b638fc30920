"""A claim told inside a claim the analyst tagged: "The lawmakers bluntly criticized Kabul …, which
Rhamani said included “psychological war” tactics" tagged whole still holds Rhamani's own claim,
its speaker inside the tagged words. Tagging the wider one dropped the suggestion of it without a
word (helper-260): a suggestion a tag of its kind overlaps is otherwise settled by that tag."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from annotations.model import ClaimAttributes


def told_inside(suggestion: Any, accepted: Sequence[Any]) -> bool:
    """Whether a suggested claim lies within tagged claims, each holding its speaker's words, and
    none of them said by that same speaker (then it is the tag's own claim, told again)."""
    if suggestion.kind != "claim" or suggestion.claimant is None:
        return False
    speaker = suggestion.claimant
    around = [a for a in accepted if a.kind == "claim" and a.start < suggestion.end and suggestion.start < a.end]
    actors = {getattr(a, "id", None): (a.start, a.end) for a in accepted if a.kind == "actor"}
    return bool(around) and all(
        a.start <= suggestion.start
        and suggestion.end <= a.end
        and (a.start, a.end) != (suggestion.start, suggestion.end)
        and a.start <= speaker[0]
        and speaker[1] <= a.end
        and _speaker_of(a, actors) != speaker
        for a in around
    )


def _speaker_of(claim: Any, actors: dict[Any, tuple[int, int]]) -> tuple[int, int] | None:
    """The span of a tagged claim's speaker: a suggestion's own, an annotation's claimant mention."""
    claimant = getattr(claim, "claimant", None)
    if isinstance(claimant, tuple):
        return claimant
    attributes = getattr(claim, "attributes", None)
    if isinstance(attributes, ClaimAttributes) and attributes.claimant_annotation_id:
        return actors.get(attributes.claimant_annotation_id)
    return None
