"""A place named again in an article where the analyst has tagged a place of that very name: that
one. "several districts in Kunduz" was suggested as "Kunduz (new) · city" beside the tagged
province Kunduz, and `y` made a second Kunduz (helper-260); the gazetteer's city and province share
the name, and the analyst has said which one this article means."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from annotations.entities.matching import fold
from annotations.model import Annotation, Entity
from annotations.suggest.suggestion import Suggestion


def places_tagged_here(
    found: list[Suggestion], accepted: Sequence[Annotation], entities: Sequence[Entity]
) -> list[Suggestion]:
    """The suggestions, each new place whose name is that of the one place of that name tagged in
    the article linked to it instead."""
    tagged_ids = {a.entity_id for a in accepted if a.kind == "district" and a.entity_id}
    by_name: dict[str, list[Entity]] = {}
    for entity in entities:
        if entity.id in tagged_ids and entity.kind == "place":
            for name in {entity.name, *getattr(entity.details, "aliases", ())}:
                by_name.setdefault(fold(name), []).append(entity)
    if not by_name:
        return found
    relinked = []
    for s in found:
        same = by_name.get(fold(s.quote), []) if s.kind == "district" and s.new_entity else []
        if len({e.id for e in same}) == 1:
            s = replace(s, entity=same[0], new_entity=False)
        relinked.append(s)
    return relinked
