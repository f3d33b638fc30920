"""A place tagged inside a claim joins the places the claim is about.

A claim saved with its places named (the form ticks every place tagged inside it then) kept that
list when a place inside it was tagged later: "M23 rebels captured Rubare … toward Goma" stayed
filed under Goma alone on the claims board because Rubare was tagged after the claim, which the
order `R` walks suggestions in makes usual. A place tagged inside such a claim now joins its list
in the same undoable step, as if it had been tagged first. A claim naming no place needs nothing:
the board reads the places tagged inside it as they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from annotations.claims.landmarks import a_seat
from annotations.model import Annotation, ClaimAttributes


def claims_joined(
    annotations: Sequence[Annotation], places: Sequence[Annotation], text: str, *, moved_from: str | None = None
) -> list[Annotation]:
    """The article's accepted claims that name their places, each with the new place mentions
    (`places`) that lie inside it added to its places: edited copies, only of claims that change.
    Not a government's seat in the article's `text` ("backed by the junta in Ouagadougou": the
    form had left it out of an ambush near Arbinda, and tagging it then filed the ambush there).
    A mention moved to another place (`moved_from`: its place before, "Rubaya" the district made a
    city) takes that place's stead in the claims it is in, where no other mention of it lies
    (helper-363's claim kept the district with no mention left, filed under both)."""
    joined = []
    for claim in annotations:
        attributes = claim.attributes
        if claim.status != "accepted" or not isinstance(attributes, ClaimAttributes) or not attributes.places:
            continue
        inside = [
            p
            for p in places
            if p.kind == "district" and p.entity_id and claim.start <= p.start and p.end <= claim.end
            if not a_seat(text, p)
        ]
        kept = attributes.places
        if moved_from in kept and inside and not _still_named(annotations, claim, moved_from, inside):
            kept = tuple(i for i in kept if i != moved_from)
        added = tuple(dict.fromkeys(p.entity_id for p in inside if p.entity_id is not None and p.entity_id not in kept))
        if added or kept != attributes.places:
            joined.append(claim.edited(attributes=replace(attributes, places=(*kept, *added))))
    return joined


def _still_named(annotations: Sequence[Annotation], claim: Annotation, place: str, moved: Sequence[Annotation]) -> bool:
    """Whether another mention of `place` than the moved ones lies inside the claim."""
    ids = {m.id for m in moved}
    return any(
        a.kind == "district"
        and a.entity_id == place
        and a.id not in ids
        and claim.start <= a.start
        and a.end <= claim.end
        for a in annotations
    )


def joined_bases(annotations: Sequence[Annotation], joined: Sequence[Annotation]) -> list[Annotation]:
    """The claims as they were before they were joined: the versions the step's edits start from."""
    ids = {claim.id for claim in joined}
    return [a for a in annotations if a.id in ids]


def joined_label(label: str, joined: Sequence[Annotation]) -> str:
    """A step's label that says the claims it gave a place ("… (added to the 2 claims it is in)")."""
    if not joined:
        return label
    claims = "the claim" if len(joined) == 1 else f"the {len(joined)} claims"
    return f"{label} (added to {claims} it is in)"
