"""The country an article tells of most without naming it as a place: by a nationality
("Ukrainian troops"), as an owner ("Ukraine's commander") or by its capital among its places
("officials in Ouagadougou"). A name the text calls a place ("near Pokrovsk") that the gazetteer
knows in that country is that place, with its point and codes, where no country named as a place
settles it (it was proposed as a place only the text knows, off the map). Two countries told of
as often tell nothing: a foreign actor's nationality is everywhere in conflict news."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache

from annotations.suggest.gazetteer import Place, PlaceLookup
from annotations.suggest.names import COUNTRY_NAMES, DEMONYMS, names_trie
from annotations.suggest.place_choice import is_capital
from annotations.suggest.placenames import plain
from annotations.text.pattern_cache import compiled
from annotations.text.per_text import TEXTS_KEPT

_DEMONYM = compiled(r"(?<![\w\-])(" + names_trie("; ".join(DEMONYMS)) + r")(?![\w\-])")
_COUNTRY = compiled(r"(?<![\w\-])(?:" + names_trie("; ".join({*DEMONYMS, *DEMONYMS.values()})) + r")(?![\w\-])")
_POSSESSIVE = compiled(r"['’]s\b")
_OWNER_BEFORE = compiled(r"(?<![\w\-])((?:[A-Z][\w\-]+ ){0,2}[A-Z][\w\-]+)$")


def told_countries(text: str, gazetteers: Sequence[PlaceLookup], places: Iterable[tuple[str, list[Place]]]) -> set[str]:
    """The country (as the gazetteer names it) the text tells of most, by its nationality, its
    possessive and its capital among `places` (each a surface and the places it may be); none
    when two are told of as often ("U.S. envoys met Israeli officials": neither is where a town
    named after them lies, and Jericho is no town of New York)."""
    told: Counter[str] = Counter()  # in halves: a dateline's capital counts one, all else two
    for name, times in _told_names(text).items():
        countries = {p.country for g in gazetteers for p in g.lookup(name) if p.kind == "country" and p.country}
        for country in countries:
            told[country] += 2 * times
    for surface, candidates in places:
        capitals = {p.country for p in candidates if p.country and plain(p.name) == plain(surface) and is_capital(p)}
        for country in capitals:  # a dateline's ("BOGOTA, May 4 -") counts half: wire reports are filed from hubs
            told[country] += 1 if surface.isupper() else 2  # ("NAIROBI" for Somalia), it only breaks a tie
    ranked = told.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return set()
    return {ranked[0][0]}


@lru_cache(maxsize=TEXTS_KEPT)  # suggestions run again on the same text after every change
def _told_names(text: str) -> Counter[str]:
    """How often each country is told of by a nationality in the text, or owns something in it."""
    return nationalities_told(text) + Counter(_owners(text))


@lru_cache(maxsize=TEXTS_KEPT)
def nationalities_told(text: str) -> Counter[str]:
    """How often each country is told of by a nationality ("Cameroonian officials")."""
    return Counter(DEMONYMS[m.group(1)] for m in _DEMONYM.finditer(text))


@lru_cache(maxsize=TEXTS_KEPT)
def countries_owning(text: str) -> Counter[str]:
    """How often a country is named as an owner ("Cameroon's army", "Nigeria's north"): like a
    nationality, it tells which country's province a name shared by two is."""
    return Counter(owner for owner in _owners(text) if owner in COUNTRY_NAMES)


@lru_cache(maxsize=TEXTS_KEPT)  # read for the told countries and for the owners of provinces
def _owners(text: str) -> tuple[str, ...]:
    """The capitalised words before each "'s" ("Ukraine's", "the United States' …" aside): found
    from the possessives, not by trying a name at every word."""
    found = []
    for possessive in _POSSESSIVE.finditer(text):
        owner = _OWNER_BEFORE.search(text, max(0, possessive.start() - 60), possessive.start())
        if owner is not None:
            found.append(owner.group(1))
    return tuple(found)


def names_a_country(text: str) -> bool:
    """Whether the text names a country or a nationality of one (of those news names most)."""
    return _COUNTRY.search(text) is not None
