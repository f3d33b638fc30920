"""Which claims a filter chooses: a place as typed (part of its name, any case or accents, or
another spelling of it: "Al Fashir" is El Fasher), an actor who makes the claim or is in it, by
any of their names, a first day. The board, the CLI and the claims screen choose alike."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from typing import TYPE_CHECKING

from annotations.entities.matching import fold
from annotations.text.pattern_cache import compiled

if TYPE_CHECKING:
    from annotations.claims.board import BoardClaim
    from annotations.suggest.gazetteer import PlaceLookup


_ARTICLE = compiled(r"^(?:al|el|ad|ash|as|at|az|ar|an)[\s\-]+(?=\w)", re.IGNORECASE)


def names_place(wanted: str, name: str) -> bool:
    """Whether `wanted` (as typed to choose a place) names the place `name`: part of it, case and
    accents aside, or spelt otherwise ("Al Fashir" is El Fasher)."""
    return fold(wanted) in fold(name) or same_spelt_name(wanted, name)


def same_spelt_name(one: str, other: str) -> bool:
    """Two spellings of one name, by the key the gazetteers compare names by, with any Arabic
    article left out ("Al Fashir", "El-Fasher")."""
    from annotations.suggest.placenames import name_key  # the gazetteers' transliteration keys

    key = name_key(_ARTICLE.sub("", one))
    return bool(key) and key == name_key(_ARTICLE.sub("", other))  # no key (another script): no match


def select(
    claims: Iterable[BoardClaim],
    *,
    place: str | None = None,
    actor: str | None = None,
    since: date | None = None,
    spellings: Sequence[str] = (),
) -> Iterator[BoardClaim]:
    """The claims about a place, by or about an actor (any of their names, compared without case
    or accents; about: tagged inside the claim or ticked in its form), or dated on or after `since`
    (`events_chosen` groups them with the others); a place by `spellings` too, the names a
    gazetteer gives the place typed (`place_spellings`)."""
    for claim in claims:
        if place and not any(claim.about(name) for name in (place, *spellings)):
            continue
        if actor and not (claim.said_by(actor) or claim.concerns(actor)):
            continue
        if since and (claim.when is None or claim.when.when.end < since):
            continue
        yield claim


def place_spellings(place: str, gazetteers: Sequence[PlaceLookup]) -> tuple[str, ...]:
    """The names the gazetteers give the places of a name as typed ("Kiryat Shmona" is GeoNames'
    Qiryat Shmona: a newcomer's `claims --place "Kiryat Shmona"` found no claim of the town it
    had tagged from those words)."""
    found = (p.name for g in gazetteers for p in g.lookup(place) if fold(p.name) != fold(place))
    return tuple(dict.fromkeys(found))
