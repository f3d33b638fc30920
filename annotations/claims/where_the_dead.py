"""Where a claim that counts dead says they died, when it names several places: the events row of
"accused the RSF of burning villages around Kutum and of killing at least 15 people in Mellit" put
its 15 dead at Kutum, the first town named (a helper's export)."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from annotations.claims.figures import death_figures
from annotations.model import Entity
from annotations.text.pattern_cache import compiled

_KILLING = compiled(r"\b(?:kill\w*|dead|died|deaths?|massacr\w*|executed|executing|slain|slaughter\w*)\b", re.I)
_REACH = 80
"""How far after the words of killing the place where it happened is looked for (in characters)."""


def dead_first(quote: str, places: Sequence[tuple[str, str]], entities: Mapping[str, Entity]) -> list[tuple[str, str]]:
    """`places` (id, name), the place named right after the words of killing first, where the claim
    counts dead and names more than one place; else as given."""
    ordered = list(places)
    if len(ordered) < 2 or not death_figures(quote):
        return ordered
    killing = _KILLING.search(quote)
    if killing is None:
        return ordered
    after = {place: _first_after(quote, _names(place[0], place[1], entities), killing.end()) for place in ordered}
    near = [(at, n) for n, at in enumerate(after.values()) if at is not None and at - killing.end() <= _REACH]
    if not near:
        return ordered
    chosen = ordered[min(near)[1]]
    return [chosen, *(p for p in ordered if p != chosen)]


def _names(place_id: str, name: str, entities: Mapping[str, Entity]) -> list[str]:
    entity = entities.get(place_id)
    return [name, *(entity.names() if entity is not None else ())]


def _first_after(quote: str, names: Sequence[str], start: int) -> int | None:
    """Where one of the place's names stands first in the quote after `start` (as a word)."""
    found = [m.start() for n in names if n for m in [re.search(rf"(?<!\w){re.escape(n)}(?!\w)", quote[start:])] if m]
    return start + min(found) if found else None
