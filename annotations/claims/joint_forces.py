"""Two states' forces named together ("Rwandan and Mozambican troops recaptured Mocímboa da Praia"): one actor for
the suggestions (the words are one span, as the seed's "U.S. and NATO forces" is), two in an event row, the event
country's forces first and the other state's beside them. helper-359's row was a foreign state's overtaking by an
actor named "Rwandan and Mozambican troops"."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from annotations.claims.armed import actor_type
from annotations.claims.unnamed_parties import forces_of
from annotations.model import ActorDetails, Entity
from annotations.model.country_codes import country_code
from annotations.suggest.names import DEMONYM_ALTERNATION, DEMONYMS
from annotations.text.pattern_cache import compiled

_TWO_STATES = compiled(
    rf"(?:[Tt]he\s+)?(?P<one>{DEMONYM_ALTERNATION})\s+and\s+(?P<two>{DEMONYM_ALTERNATION})\s+"
    r"(?:troops|forces|soldiers|armies|armed\s+forces|military\s+forces)"
)


def forces_apart(actors: list[Entity], event_country: str, known: Iterable[Entity] = ()) -> list[Entity]:
    """The actors, two states' forces named together each on their own: the event country's first (the one
    regaining its town), the other right after it; the first keeps the actor's id (its victims are known by it)."""
    split: list[Entity] = []
    for actor in actors:
        together = _TWO_STATES.fullmatch(actor.name) if actor_type(actor) == "state_forces" else None
        if together is None:
            split.append(actor)
            continue
        countries = [DEMONYMS[together["one"]], DEMONYMS[together["two"]]]
        countries.sort(key=lambda country: country_code(country) != event_country)
        first, second = (forces_of(country, False, known) for country in countries)
        beside = ActorDetails("state_forces", affiliation=first.name)
        named = {first.name, second.name}  # one of them named apart too ("…, Rwanda's military said"): one place,
        at = next((i for i, a in enumerate(split) if a.name in named), len(split))  # the first it is named at
        split = [a for a in split if a.name not in named]
        split[at:at] = [replace(first, id=actor.id), replace(second, details=beside)]
    return split


def fights_beside(first: Entity, other: Entity) -> bool:
    """Whether `other` is a state's forces named together with `first` (`forces_apart`): on its side."""
    details = other.details
    return (
        isinstance(details, ActorDetails) and details.affiliation == first.name and actor_type(other) == "state_forces"
    )
