"""Countries an article tells of without naming them as a place: a nationality ("Ukrainian
troops"), a country that owns something ("Ukraine's commander") or a national capital among its
places ("officials in Ouagadougou"). A name the text calls a place ("near Pokrovsk") that the
gazetteer knows in one of them is that place, with its point and codes, where no country named
as a place settles it (it was proposed as a place only the text knows, off the map)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from annotations.suggest.gazetteer import Place, PlaceLookup
from annotations.suggest.names import DEMONYMS, names_trie
from annotations.suggest.place_choice import is_capital

_DEMONYM = re.compile(r"(?<![\w\-])(" + names_trie("; ".join(DEMONYMS)) + r")(?![\w\-])")
_POSSESSIVE = re.compile(r"['’]s\b")
_OWNER_BEFORE = re.compile(r"(?<![\w\-])((?:[A-Z][\w\-]+ ){0,2}[A-Z][\w\-]+)$")


def told_countries(text: str, gazetteers: Sequence[PlaceLookup], places: Iterable[tuple[str, list[Place]]]) -> set[str]:
    """The countries (as the gazetteer names them) of the nationalities and owners in the text,
    and of the national capitals among `places` (each a surface and the places it may be)."""
    told = {
        place.country
        for name in _told_names(text)
        for gazetteer in gazetteers
        for place in gazetteer.lookup(name)
        if place.kind == "country" and place.country
    }
    for surface, candidates in places:
        told |= {p.country for p in candidates if p.country and p.name == surface and is_capital(p)}
    return told


@lru_cache(maxsize=2)  # suggestions run again on the same text after every change
def _told_names(text: str) -> frozenset[str]:
    """The countries of the nationalities in the text, and the owners before its possessives."""
    return frozenset({DEMONYMS[m.group(1)] for m in _DEMONYM.finditer(text)} | set(_owners(text)))


def _owners(text: str) -> list[str]:
    """The capitalised words before each "'s" ("Ukraine's", "the United States' …" aside): found
    from the possessives, not by trying a name at every word."""
    found = []
    for possessive in _POSSESSIVE.finditer(text):
        owner = _OWNER_BEFORE.search(text, max(0, possessive.start() - 60), possessive.start())
        if owner is not None:
            found.append(owner.group(1))
    return found
