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
    core = _GROUP_WORD.sub("", target) if kind == "actor" else target
    best: tuple[float, Entity] | None = None
    for entity in entities:
        if entity.kind != kind:
            continue
        for candidate in entity.names():
            folded = fold(candidate)
            if folded == target or (core and kind == "actor" and _GROUP_WORD.sub("", folded) == core):
                return entity  # "Islamic State" of "Islamic State group", "Wagner Group" of "Wagner"
            score = fuzz.ratio(folded, target)
            if score >= SIMILARITY_THRESHOLD and (best is None or score > best[0]) and _word_by_word(folded, target):
                best = (score, entity)
    return None if best is None else best[1]


_GROUP_WORD = re.compile(r"\s+(?:group|movement|network|militia|organi[sz]ation)$")
"""A word for what a name is, after it: "the Islamic State group" is the Islamic State (helper-261
saw a second entity proposed for "Islamic State" once "Islamic State group" was accepted)."""

_ARTICLES = frozenset("al el ash as ad ar an at az".split())
WORD_THRESHOLD = 75.0
"""rapidfuzz ratio under which a word of one name is another word, not another spelling."""


def _word_by_word(one: str, other: str) -> bool:
    """Whether two similar names are spelt alike word by word ("Defence"/"Defense"), not names
    whose one word is another ("Military Forces of Syria" and "Military Forces of Israel" are
    90 % alike; "People's Defence Force" and "Popular Defense Forces")."""
    from rapidfuzz import fuzz

    words, others = one.split(), other.split()
    if len(words) != len(others):
        return True  # words run together or apart ("al Shabaab", "alShabaab"): the whole decides
    countries = _country_words()
    return all(
        a == b
        or (a in _ARTICLES and b in _ARTICLES)  # "Ahrar ash-Sham", "Ahrar al-Sham"
        or (a in countries and b in countries and countries[a] == countries[b])  # "Sudan" and "Sudanese"
        or (fuzz.ratio(a, b) >= WORD_THRESHOLD and not (a in countries and b in countries))
        for a, b in zip(words, others, strict=True)
    )  # "Government of Niger" is not of Nigeria


@lru_cache(maxsize=1)
def _country_words() -> dict[str, str]:
    """Countries and nationalities written as one word, folded, with the country each names
    ("niger", "nigeria", "nigerian": nigeria)."""
    from annotations.suggest.names import DEMONYMS  # the suggestions' table of nationalities

    pairs = [*((d, c) for d, c in DEMONYMS.items()), *((c, c) for c in DEMONYMS.values())]
    return {fold(word): fold(country) for word, country in pairs if " " not in fold(word)}


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


def not_placed_apart(one: Entity, other: Entity) -> bool:
    """Whether two entities of one name may be one: actors, or places of one tier (a province is no town) in the same
    country and province where both say them (a Woussoungo of Bam is not the Woussoungo of Sanmatenga; a Kelbo of
    Mali not Burkina Faso's)."""
    first, second = one.details, other.details
    if not isinstance(first, PlaceDetails) or not isinstance(second, PlaceDetails):
        return True
    wide = {"country", "province"}
    if (first.place_kind in wide or second.place_kind in wide) and first.place_kind != second.place_kind:
        return False  # the Gao region is not the city of Gao (helper-369)
    pairs = ((first.country, second.country), (first.province, second.province))
    return all(not a or not b or fold(a) == fold(b) for a, b in pairs)


def point_filled_in(ours: PlaceDetails, theirs: PlaceDetails) -> PlaceDetails:
    """Our place with the other's point, and the codes ours lacks, where ours has none and the other has one (a place
    tagged before a list or an export with its point came: entity lists, imports)."""
    if ours.latitude is not None or theirs.latitude is None:
        return ours
    return replace(
        ours,
        latitude=theirs.latitude,
        longitude=theirs.longitude,
        codes={**theirs.codes, **ours.codes},
        source=theirs.source or ours.source,
    )
