"""Where a claim that counts dead says they died, when it names several places: the events row of
"accused the RSF of burning villages around Kutum and of killing at least 15 people in Mellit" put
its 15 dead at Kutum, the first town named (a helper's export).

The words of killing are those nearest a number ("After the deaths of two commanders in Kutum, the
RSF attacked Mellit, killing 15 people": "killing"); the dead are at the place named after them in
their clause ("killing 15 people in Mellit"), else at the place named last before them ("In
Nadjoundi, JNIM killed 12 herders, and later burned granaries around Dapaong": Nadjoundi).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from annotations.claims.figures import death_figures
from annotations.model import Entity
from annotations.text.pattern_cache import compiled

_KILLING = compiled(r"\b(?:kill\w*|dead|died|deaths?|massacr\w*|executed|executing|slain|slaughter\w*)\b", re.I)
_NUMBER = compiled(
    r"\d[\d,]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores|hundreds)\b", re.I
)
_CLAUSE_END = compiled(r"[,;:.()–—]|\s(?:and|but|while|before|after|then)\s")

Place = tuple[str, str]
"""A place of a claim: its entity id and name."""


def dead_first(quote: str, places: Sequence[Place], entities: Mapping[str, Entity]) -> list[Place]:
    """`places`, where the claim counts dead and names more than one, the place of the dead first
    (see the module); else as given."""
    ordered = list(places)
    if len(ordered) < 2 or not death_figures(quote):
        return ordered
    killing = _nearest_a_number(quote)
    if killing is None:
        return ordered
    named = [(at, length, n) for n, place in enumerate(ordered) for at, length in _where_named(quote, place, entities)]
    clause_end = _CLAUSE_END.search(quote, killing[1])
    limit = clause_end.start() if clause_end else len(quote)
    after = [(at, -length, n) for at, length, n in named if killing[1] <= at < limit]  # the first, the longest
    ends = {at + length for at, length, _n in named}
    before = [  # the last, the longest; not where the one before lies ("the village of Babessi, in Ngo-Ketunjia
        # division, and shot dead four": Babessi, helper-366's R19)
        (at, length, n)
        for at, length, n in named
        if at < killing[0] and not _holding_the_one_before(quote, at, ends)
    ]
    chosen = min(after)[2] if after else max(before)[2] if before else None
    if chosen is None:
        return ordered
    return [ordered[chosen], *(p for n, p in enumerate(ordered) if n != chosen)]


_HOLDS_IT = compiled(r",\s+(?:in|of)\s+(?:the\s+)?$", re.IGNORECASE)


def _holding_the_one_before(quote: str, at: int, ends: set[int]) -> bool:
    """Whether the place named at `at` is where the place named right before it lies ("Babessi, in Ngo-Ketunjia")."""
    holds = _HOLDS_IT.search(quote, max(0, at - 12), at)
    return holds is not None and holds.start() in ends


def _nearest_a_number(quote: str) -> tuple[int, int] | None:
    """The span of the words of killing nearest a number in the quote."""
    numbers = [m.start() for m in _NUMBER.finditer(quote)]
    killings = [m.span() for m in _KILLING.finditer(quote)]
    if not killings or not numbers:
        return None
    return min(killings, key=lambda k: min(abs(k[0] - at) for at in numbers))


def _where_named(quote: str, place: Place, entities: Mapping[str, Entity]) -> list[tuple[int, int]]:
    """Where the place's names stand in the quote as words (any case), the longest name at each
    start: "Khartoum North" is not Khartoum."""
    entity = entities.get(place[0])
    names = {place[1], *(entity.names() if entity is not None else ())}
    found: dict[int, int] = {}
    for name in filter(None, names):
        for match in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", quote, re.IGNORECASE):
            found[match.start()] = max(found.get(match.start(), 0), len(name))
    return sorted(found.items())
