"""Words of names that are no places: a town only in a country the article tells of by its other
places ("Levan Kvaratskhelia" in an article on Georgia that names the United States once is no
village of Utah; "Kara" of "led by Abdel Raouf Kara" is a Togolese city only in an article about
Togo), the same word alone later too, unless a big city ("The Gaza Health Ministry … Gaza has been
under siege")."""

from __future__ import annotations

from collections import Counter

from annotations.suggest.gazetteer import Place
from annotations.suggest.place_choice import SPELT_CITY, support_of
from annotations.suggest.place_context import after_place_preposition
from annotations.suggest.place_hits import PlaceHit
from annotations.suggest.place_words import countries_of, same_spelling
from annotations.suggest.placenames import name_key


def in_other_names(text: str, exact: list[PlaceHit], in_names: set[int], named_in: Counter[str]) -> None:
    """Keep, of each hit that is a word of a longer name (`in_names`, by id) or the same word alone
    later, only the places of a country other names tell of (`named_in`: countries named as
    written), and of a town only where another town of its country is told."""
    words_of_names = {name_key(text[h.start : h.end]) for h in exact if id(h) in in_names}
    towns_by_name = _towns_by_name(text, exact)
    all_towns = sum(towns_by_name.values(), Counter())
    for hit in exact:
        named = id(hit) in in_names
        if not named and not _alone_as_in_a_name(text, hit, words_of_names):
            continue
        own = countries_of(hit.places)
        told_towns = all_towns - towns_by_name.get(name_key(text[hit.start : hit.end]), Counter())
        hit.places = [
            p
            for p in hit.places
            if p.country
            and (not named or named_in[p.country] > (p.country in own))
            and (p.kind == "country" or told_towns[p.country] or p.population >= SPELT_CITY)
        ]


def _towns_by_name(text: str, exact: list[PlaceHit]) -> dict[str, Counter[str | None]]:
    """For each name, what its mentions add to `support_of`, names of countries left out: how many
    mentions of towns and provinces tell of each country alone (read once, before any is dropped)."""
    by_name: dict[str, list[list[Place]]] = {}
    for h in exact:
        surface = text[h.start : h.end]
        if not any(p.kind == "country" and same_spelling(surface, p) for p in h.places):
            by_name.setdefault(name_key(surface), []).append(h.places)
    return {key: support_of(places) for key, places in by_name.items()}


def _alone_as_in_a_name(text: str, hit: PlaceHit, words_of_names: set[str]) -> bool:
    """A word of a name elsewhere in the text, alone here, and nothing says it is a place (no
    preposition of place, no "district" beside it): "Levan never owned a gun", of Levan
    Kvaratskhelia."""
    return (
        hit.context_kind is None
        and name_key(text[hit.start : hit.end]) in words_of_names
        and not after_place_preposition(text, hit.start - 4 if text[hit.start - 4 : hit.start] == "the " else hit.start)
    )
