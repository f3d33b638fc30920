"""How many died in an event its sources count: the lowest figure of sources counting the same
dead (ACLED's rule), added up over the dead of different sides (split from `merging`, which was over
450 lines)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from annotations.claims.row_parties import parties_of
from annotations.claims.toll_words import THE_DEAD_PUT_AT
from annotations.text.pattern_cache import compiled

Figures = dict[tuple[str, ...], list[tuple[int, int]]]
"""Sources' (low, high) figures by whose dead they count (actor names; () for dead no one named)."""


def renamed(figures: Figures, named: dict[str, str]) -> Figures:
    """The figures by whose dead they count, a party named by kind by its name (`named`)."""
    found: Figures = {}
    for dead, pairs in figures.items():
        found.setdefault(renamed_dead(dead, named), []).extend(pairs)
    return found


def renamed_dead(dead: tuple[str, ...], named: dict[str, str]) -> tuple[str, ...]:
    """Whose dead, a party named by kind by its name (`named`): "Police Forces of Nigeria" killed
    are the Nigeria Police Force's dead once a row names it."""
    return tuple(sorted({named.get(n, n) for n in dead}))


def tolls(figures: Figures, same_dead: Iterable[set[str]] = ()) -> tuple[int, int]:
    """The low and high toll of an event from its sources' figures, by whose dead they count:
    sources counting the same dead give the lowest (ACLED's rule); each side telling of the
    other's dead ("the army said 30 ISWAP fighters were killed", "ISWAP said it killed 12
    soldiers") add up; a figure of dead no source names is at least as many as the others.
    `same_dead`: names counted as one side's dead (of claims the analyst linked)."""
    told = {dead: pairs for dead, pairs in figures.items() if dead}
    unnamed = figures.get((), [])
    if unnamed and any(UNNAMED_DEAD in names for names in same_dead):
        told, unnamed = {**told, (UNNAMED_DEAD,): unnamed}, []
    if unnamed and len(told) == 1 and all(_CIVILIANS.match(name) for name in next(iter(told))):
        # "Gunmen killed 44 civilians", then "Local sources said 39 people were killed": the same people, the lowest
        # count (helper-360's row took 44: a toll of no one's dead was a floor beside the civilians')
        (dead, pairs), unnamed = next(iter(told.items())), []
        told = {dead: [*pairs, *figures[()]]}
    sides = _sides(told, same_dead)
    low = sum(min(lo for lo, _hi in pairs) for pairs in sides)
    high = sum(max(hi for _lo, hi in pairs) for pairs in sides)
    if unnamed:
        low = max(low, min(lo for lo, _hi in unnamed))
        high = max(high, max(hi for _lo, hi in unnamed))
    return low, high


def _sides(told: Figures, same_dead: Iterable[set[str]] = ()) -> list[list[tuple[int, int]]]:
    """The figures by side: those whose dead share an actor count the same dead ("five soldiers and
    three policemen" and "four soldiers"), or are named in one of `same_dead`; others another side's."""
    groups: list[tuple[set[str], list[tuple[int, int]]]] = []
    seeds: list[tuple[tuple[str, ...], list[tuple[int, int]]]] = [(tuple(names), []) for names in same_dead]
    for dead, pairs in [*seeds, *told.items()]:
        joined = [g for g in groups if g[0] & set(dead)]
        names, figures = set(dead), list(pairs)
        for g in joined:
            names |= g[0]
            figures += g[1]
            groups.remove(g)
        groups.append((names, figures))
    return [figures for _names, figures in groups if figures]


def of_two_sides(one: tuple[str, ...], other: tuple[str, ...], row: dict[str, Any]) -> bool:
    """Whether two linked claims count the dead of the row's two sides, one each (helper-268's
    "34 White Army fighters were killed" and "three soldiers were killed", linked as corroborating
    one battle, were one toll of 3): not the same dead, however linked."""
    parties = parties_of(row)
    names = [{p.name, *p.assoc.split("; ")} - {""} for p in parties]

    def sides(dead: tuple[str, ...]) -> set[int]:
        return {next((i for i, side in enumerate(names) if name in side), -1) for name in dead}

    mine, theirs = sides(one), sides(other)
    return len(mine) == len(theirs) == 1 and -1 not in mine | theirs and mine != theirs


_CIVILIANS = compiled(r"civilians?\b", re.IGNORECASE)
"""The dead named only as civilians ("civilians", "Civilians (Niger)")."""
UNNAMED_DEAD = ""
"""In a set of `same_dead`: the dead a linked claim counts without naming them ("one person was
killed", linked to "killing two civilians": a newcomer's row said 2, not the lower 1)."""


_ONLY_DEAD = compiled(
    r"(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+|nearly\s+|around\s+|as\s+many\s+as\s+|only\s+|just\s+)?"
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|scores|hundreds)\s+"
    r"(?:(?!more\b|other\b|others\b|also\b|among\b|further\b|additional\b|new\b)[a-z\-]+\s+){0,2}?"
    r"(?:(?:had|have|has|were|was)\s+(?:been\s+)?)?(?:died|killed|dead)"
    r"(?:,\s+(?:most|many|some|several|all|half)\s+of\s+them\s+[^.;]*)?[.\s]*"
    r"|(?:the\s+)?(?:death\s+)?toll\s+(?:at|stood\s+at|was)\s+(?:at\s+least\s+)?(?:\d[\d,]*|one|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve)(?:\s+dead)?[.\s]*"  # "an administrator put the toll at nine"
    r"|(?:the\s+)?(?:(?:civilian|official|total)\s+)?(?:(?:death\s+)?toll(?:\s+(?:from|in|of|on|during)(?:\s+[\w’'\-]+){1,6}?)?"
    rf"\s+at|{THE_DEAD_PUT_AT})\s+"
    r"(?:at\s+least\s+)?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+[a-z\-]+)?[.\s]*",
    # "put the number of soldiers killed at 15", "put the number of dead at 47 soldiers" (helper-340)
    re.IGNORECASE,
)


def only_dead(words: str) -> bool:
    """Whether a claim's words tell a number of dead and nothing else: no act, weapon or doer of their own,
    not "more", "other", "also" or "among" them ("at least 22 people had died, most of them women selling
    vegetables" is another count of the strike told before it; "three more civilians were killed when gunmen
    opened fire on mourners" is another event)."""
    return _ONLY_DEAD.fullmatch(words.strip()) is not None


_REVISED = compiled(
    r"(?<!injury )(?<!injuries )(?<!wounded )(?<!casualty )"  # not the wounded's "injury toll" (helper-328)
    r"\b(?:death\s+)?toll(?:\s+(?:from|in|of)(?:\s+[\w’'\-]+){1,5}?)?\s+(?:had\s+|has\s+|have\s+)?(?:since\s+)?"
    r"(?:rose|risen|climbed|increased|jumped|grown|grew|"  # "The death toll from the Maru attack rose to 19"
    r"reached)\s+to\s+(?:at\s+least\s+)?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|"
    r"[a-z]+ty)",
    re.IGNORECASE,
)


def a_revised_toll(words: str) -> bool:
    """Whether a claim tells the toll of an event told before it risen ("The death toll rose to 14 on Tuesday after
    more bodies were found"): the same event's, its count the latest (helper-325's three revised tolls were left out,
    their events' rows keeping the first count)."""
    return _REVISED.search(words) is not None
