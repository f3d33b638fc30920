"""Place names of several words that a gazetteer knows whole: with "and" ("Jammu and Kashmir",
"Sīstān va Balūchestān") or a country's with "of" ("the Democratic Republic of the Congo"),
which the words one by one would give as two places."""

from __future__ import annotations

from collections.abc import Sequence

from annotations.suggest.place_hits import PlaceHit
from annotations.suggest.suggestion import Knowledge
from annotations.suggest.tokens import Token, capitalised
from annotations.text.pattern_cache import compiled
from annotations.text.place_kinds import place_kind_from_context


def joined_by_and(text: str, tokens: Sequence[Token], index: int, knowledge: Knowledge) -> PlaceHit | None:
    """ "Jammu and Kashmir", "Bosnia and Herzegovina": a name with "and" in it, if a gazetteer
    knows it whole (else the two names are two places)."""
    names = joined_names(tokens, index)
    if not names:
        return None
    start, end = tokens[index][0], tokens[index + 2][1]
    places = next(filter(None, ([p for g in knowledge.gazetteers for p in g.lookup(n)] for n in names)), [])
    return PlaceHit(start, end, places, True, place_kind_from_context(text, start, end)) if places else None


_WITH_OF = compiled(r"(?:[A-Z][\w\-]* +){1,3}(?i:of) +(?:(?i:the) +)?[A-Z][\w\-]*(?: +[A-Z][\w\-]*)?")


def country_with_of(text: str, start: int, knowledge: Knowledge) -> PlaceHit | None:
    """A country by a name with "of" in it, if a gazetteer knows it whole ("the Democratic
    Republic of the Congo", "Islamic Republic of Iran"): "Republic" and "Congo" were two places.
    So too a region or a sea the built-in list, the analyst's files or tags know whole ("the
    Horn of Africa"), never a GeoNames town that only sounds like it."""
    match = _WITH_OF.match(text, start)
    if match is None:
        return None
    name = match.group()
    for surface in (name, name.rsplit(" ", 1)[0]):  # "… of the Congo on Monday"
        spellings = dict.fromkeys((surface, _OF_NO_THE.sub("of the ", surface)))  # "… of Congo": wire spelling
        known = [p for g in knowledge.gazetteers for s in spellings for p in g.lookup(s)]
        places = [p for p in known if p.kind == "country"] or [p for p in known if p.source != "geonames"]
        if places:  # a region or a sea known whole ("the Horn of Africa"), not Horn, Austria
            return PlaceHit(start, start + len(surface), places, True, None)
    republic = REPUBLIC_OF.match(text, start)
    if republic is not None:  # "the Republic of Abkhazia": the region by its own state's name, not Republic, Missouri
        name = republic["name"]
        for words in (name, name.split(" ", 1)[0]):  # "… of Bougainville President Ishmael Toroama"
            found = [p for g in knowledge.gazetteers for p in g.lookup(words) if p.kind in ("country", "province")]
            countries = [p for p in found if p.kind == "country"]  # "the Republic of Georgia" is the country
            if found:
                end = republic.start("name") + len(words)
                return PlaceHit(start, end, countries or found, True, None if countries else "province")
    return None


REPUBLIC_OF = compiled(r"(?:Autonomous (?:Republic|Region)|Republic) of (?P<name>[A-Z][\w\-]*(?: [A-Z][\w\-]*)?)\b")
"""A country or a region by its state's formal name, whose own name is `name`."""


_OF_NO_THE = compiled(r"\b(?i:of) (?!(?i:the) )")


def joined_names(tokens: Sequence[Token], index: int) -> list[str]:
    """The name two words joined by "and" may be, also as a gazetteer writes "and" in another
    language ("Sīstān va Balūchestān"); none unless the words are written so."""
    if index + 2 >= len(tokens) or tokens[index + 1][2] != "and" or not capitalised(tokens[index + 2][2]):
        return []
    first, second = tokens[index][2], tokens[index + 2][2]
    return [f"{first} {joiner} {second}" for joiner in ("and", "va", "y", "et", "e")]
