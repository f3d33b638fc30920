"""Which known entity a name means: the same name or alias after folding, else the most
similar above a threshold."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache

from annotations.model import ActorDetails, Entity, EntityKind, PlaceDetails
from annotations.text.normalize import unaccented_casefold

SIMILARITY_THRESHOLD = 88.0
"""rapidfuzz ratio (0-100) above which two names are taken to be the same entity."""


@lru_cache(maxsize=4096)
def fold(name: str) -> str:
    """A name reduced for comparison: no accents, case, leading article or possessive."""
    plain = unaccented_casefold(name)
    plain = re.sub(r"['’]s\b", "", plain)
    plain = re.sub(r"[^\w]+", " ", plain).strip()
    return re.sub(r"^(?:the|a|an) ", "", plain)


def similar_entity(name: str, entities: Iterable[Entity], kind: EntityKind) -> Entity | None:
    """The known entity with the same name or alias, else the most similar above threshold."""
    from rapidfuzz import fuzz  # here: the first frame draws without it (the store imports this module)

    target = fold(name)
    if not target:
        return None
    best: tuple[float, Entity] | None = None
    for entity in entities:
        if entity.kind != kind:
            continue
        for candidate in entity.names():
            folded = fold(candidate)
            if folded == target:
                return entity
            score = fuzz.ratio(folded, target)
            if score >= SIMILARITY_THRESHOLD and (best is None or score > best[0]):
                best = (score, entity)
    return None if best is None else best[1]


def with_aliases(entity: Entity, names: Iterable[str]) -> Entity:
    """The entity knowing `names` as aliases too (none twice, never its own name, none empty);
    the entity itself when it knows them all."""
    known = {fold(n) for n in entity.names()}
    aliases = list(entity.details.aliases)
    for name in names:
        if fold(name) and fold(name) not in known:
            known.add(fold(name))
            aliases.append(name)
    if len(aliases) == len(entity.details.aliases):
        return entity
    details: PlaceDetails | ActorDetails = replace(entity.details, aliases=tuple(aliases))
    return replace(entity, details=details)
