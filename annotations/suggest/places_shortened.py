"""A town named whole once and by the first words of its name after ("San José del Guaviare",
later "on the outskirts of San José"): the same town, not another of those words elsewhere (it
was the capital of Costa Rica). Only names whose words go on after "del", "de" and the like, as
Spanish and Portuguese towns are shortened: "the San Juan River" leaves "San Juan" alone."""

from __future__ import annotations

from dataclasses import replace

from annotations.suggest.suggestion import Suggestion

_PARTICLES = (" del ", " de ", " de la ", " de las ", " de los ", " do ", " da ", " dos ", " das ")


def shortened_places(found: list[Suggestion]) -> list[Suggestion]:
    """The suggestions, each place of two words or more that opens the name of one other place
    of the article, before "del" or "de", linked to that place."""
    whole: dict[str, Suggestion] = {}
    for s in found:
        if s.kind == "district" and s.entity is not None and any(p in s.quote for p in _PARTICLES):
            whole.setdefault(s.quote, s)
    if not whole:
        return found
    return [_the_place(s, whole) for s in found]


def _the_place(s: Suggestion, whole: dict[str, Suggestion]) -> Suggestion:
    if s.kind != "district" or len(s.quote.split()) < 2 or s.quote in whole:
        return s
    longer = [place for name, place in whole.items() if any(name.startswith(f"{s.quote}{p}") for p in _PARTICLES)]
    if len({id(place.entity) for place in longer}) != 1:
        return s  # none, or two places it may be short for
    place = longer[0]
    return replace(s, entity=place.entity, new_entity=place.new_entity, reason=f"short for {place.quote}")
