"""Countries an article tells of without naming them as a place: a nationality ("Ukrainian
troops"), a country that owns something ("Ukraine's commander") or a national capital among its
places ("officials in Ouagadougou"). A name the text calls a place ("near Pokrovsk") that the
gazetteer knows in one of them is that place, with its point and codes, where no country named
as a place settles it (it was proposed as a place only the text knows, off the map)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from annotations.suggest.gazetteer import Place, PlaceLookup
from annotations.suggest.names import DEMONYMS
from annotations.suggest.place_choice import is_capital

_DEMONYM = re.compile(
    r"(?<![\w\-])(" + "|".join(re.escape(d) for d in sorted(DEMONYMS, key=len, reverse=True)) + r")(?![\w\-])"
)
_OWNER = re.compile(r"(?<![\w\-])([A-Z][\w\-]+(?: [A-Z][\w\-]+){0,2})['’]s\b")


def told_countries(text: str, gazetteers: Sequence[PlaceLookup], places: Iterable[tuple[str, list[Place]]]) -> set[str]:
    """The countries (as the gazetteer names them) of the nationalities and owners in the text,
    and of the national capitals among `places` (each a surface and the places it may be)."""
    names = {DEMONYMS[m.group(1)] for m in _DEMONYM.finditer(text)} | {m.group(1) for m in _OWNER.finditer(text)}
    told = {
        place.country
        for name in names
        for gazetteer in gazetteers
        for place in gazetteer.lookup(name)
        if place.kind == "country" and place.country
    }
    for surface, candidates in places:
        told |= {p.country for p in candidates if p.country and p.name == surface and is_capital(p)}
    return told
