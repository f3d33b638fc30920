"""What the suggestion tests look at in the suggestions for a sentence: the actors', places' and
claims' words, an actor's entity and type (one place for the views the round tests share)."""

from __future__ import annotations

from .test_suggestions_round_22 import found


def actors(text: str) -> list[str]:
    return [s.quote for s in found(text) if s.kind == "actor"]


def places(text: str) -> list[str]:
    return [s.quote for s in found(text) if s.kind == "district"]


def claimants(text: str) -> list[tuple[str, str | None]]:
    """Each claim's words and its claimant's, in text order."""
    return [
        (s.quote, None if s.claimant is None else text[s.claimant[0] : s.claimant[1]])
        for s in found(text)
        if s.kind == "claim"
    ]


def entity_of(text: str, quote: str) -> str | None:
    """The name of the entity of the first actor suggested with these words."""
    return next((s.entity.name for s in found(text) if s.kind == "actor" and s.quote == quote and s.entity), None)


def type_of(text: str, quote: str) -> str | None:
    """The actor type of the entity of the first actor suggested with these words."""
    entity = next((s.entity for s in found(text) if s.kind == "actor" and s.quote == quote and s.entity), None)
    return None if entity is None else entity.details.actor_type  # type: ignore[union-attr]


def entities_of(text: str, kind: str) -> dict[str, str]:
    """Each suggestion of a kind ("district", "actor"): its words, and its entity's name with its
    kind of place or actor type ("Ogori Central (district)")."""
    return {
        s.quote: f"{s.entity.name} ({getattr(s.entity.details, 'place_kind', '')}{getattr(s.entity.details, 'actor_type', '')})"
        for s in found(text)
        if s.kind == kind and s.entity is not None
    }
