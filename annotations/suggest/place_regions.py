"""A region across countries named with "the" ("the Sahel"), not the province of one country of
that name, unless a town is said to be in it (split from `places`, which was over 450 lines)."""

from __future__ import annotations

from annotations.model import PlaceKind
from annotations.suggest.place_hits import PlaceHit
from annotations.suggest.place_words import KIND_IN_NAME
from annotations.text.calendar_words import DAY_NAMES, MONTH_NAMES
from annotations.text.pattern_cache import compiled

_THE_BEFORE = compiled(
    r"\b[Tt]he\s+(?:(?:[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?:ern)?(?:-?(?:east|west)(?:ern)?)?\s+|[Cc]entral\s+)?$"
)
"""Before a region, "the" and maybe where in it ("the Sahel", "the southern Red Sea")."""
_OF_A_PROVINCE = compiled(r"(?:(?P<town>\b[A-Z][\w\-’']+),?\s+in|\bcapital\s+of)\s+the\s+$")


_AFTER_A_SMALL_WORD = compiled(
    rf"(?:(?<![\w’'\-])(?:[a-z]+|In|At|Near|On|From|Outside|{DAY_NAMES})"
    r"\s+|[.!?\n]\s*)$"
)
"""A lone capitalised word after a lower-case one ("attacked Gorgadji, in the Sahel"): a town; after
a capitalised one ("Ansarul Islam, in the Sahel", "Operation Barkhane in the Sahel") a name."""
_NO_TOWN = compiled(
    rf"State|Province|Group|Front|Qaeda|Sahel|{DAY_NAMES}|{MONTH_NAMES}|"
    r"[A-Z]{2,}"
)


def a_region(text: str, hit: PlaceHit, places_end: frozenset[int]) -> PlaceKind | None:
    """ "the Sahel" (no "region" after it) is the region across countries, when one is known by
    that name, not Burkina Faso's Sahel province ("spilled south from the Sahel", "al Qaeda's
    affiliate in the Sahel"), unless a town is in it ("Arbinda in the Sahel", "Dori, the capital
    of the Sahel")."""
    if not _THE_BEFORE.search(text, max(0, hit.start - 30), hit.start) or KIND_IN_NAME.match(text, hit.end):
        return None  # "the Sahel", "the southern Red Sea" (not Sudan's Red Sea state)
    town = _OF_A_PROVINCE.search(text, max(0, hit.start - 40), hit.start)
    if town is not None and (
        town["town"] is None
        or town.end("town") in places_end
        or (
            not _NO_TOWN.fullmatch(town["town"])
            and _AFTER_A_SMALL_WORD.search(text, max(0, town.start("town") - 30), town.start("town"))
        )
    ):
        return None  # "Arbinda in the Sahel", "Gorgadji, in the Sahel"; not "Islamic State in the Sahel"
    return "other" if any(p.kind == "other" and not p.country for p in hit.places) else None
