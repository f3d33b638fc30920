"""The places the gazetteers know by a run of words, as the words are written in the text: an
acronym only as spelt, a world town only by its own spelling (or a large one by its key), none
before a natural feature's word, and a name with an Arabic article the lists spell otherwise
("al-Raqqa" is GeoNames' Ar Raqqah, known to it as "Raqqa")."""

from __future__ import annotations

import re

from annotations.suggest.admin1 import ARABIC_ARTICLE
from annotations.suggest.gazetteer import Place
from annotations.suggest.names import OUTLETS
from annotations.suggest.people import TITLES
from annotations.suggest.place_anchors import TOWN
from annotations.suggest.place_words import COUNTRY_ACRONYMS, french_form, large_town, same_spelling
from annotations.suggest.placenames import plain
from annotations.suggest.suggestion import Knowledge
from annotations.text.pattern_cache import compiled

_AN_OUTLET = compiled(OUTLETS)
"""An outlet's name ("SANA", "IRNA"): never a town spelt like it."""
_FEATURE_AFTER = compiled(r"\s+(?:river|lake|mountains?|valley|sea|bay|gulf|strait|canal|dam)\b", re.IGNORECASE)
"""A natural feature named after a word: a town of that name is not what is meant."""


def known_places(text: str, surface: str, end: int, knowledge: Knowledge) -> list[Place]:
    """The places the gazetteers know by this name, as it is written here."""
    if surface in COUNTRY_ACRONYMS:  # "DRC": the country, whose lists know it by name only
        return [p for g in knowledge.gazetteers for p in g.lookup(COUNTRY_ACRONYMS[surface]) if p.kind == "country"]
    places = [p for g in knowledge.gazetteers for p in g.lookup(surface)]
    if not places and (french := french_form(surface)) is not None:  # "North Kivu" is "Nord-Kivu"
        places = [p for g in knowledge.gazetteers for p in g.lookup(french) if p.kind == "province"]
    spelt = surface
    if not places and (bare := _without_article(surface)) is not None:
        places, spelt = _with_their_article(bare, knowledge), bare
    if not places or surface.lower() in TITLES:  # "Defence Minister" names no village Minster
        return []  # most runs of capitalised words name no place
    places = [p for p in places if p.source != "geonames" or same_spelling(spelt, p) or large_town(spelt, p)]
    if surface.isupper() and _AN_OUTLET.fullmatch(surface):
        return []  # "the state news agency SANA": the outlet, not Sanaa
    if surface.isupper() and len(surface) > 1:  # an acronym is a place only as spelt: EUMA is no Yuma
        places = [p for p in places if same_spelling(surface, p)]
        dateline = (end - len(surface) == 0 or text[end - len(surface) - 1] == "\n") and text.startswith(",", end)
        if len(surface) <= 3 and not dateline:  # "the IG said" is no Ig of Slovenia; "JOS, Nigeria (AP)" is Jos
            places = [p for p in places if any(n == surface for n in p.names())]
    if _FEATURE_AFTER.match(text, end):  # "the Oskil river" is not the village of Oskil
        places = [p for p in places if p.source != "geonames"]
    return places


def _without_article(surface: str) -> str | None:
    """The name after its Arabic article ("al-Raqqa", "Al-Raqqa": "Raqqa"), if it opens with one."""
    article = ARABIC_ARTICLE.match(surface[:1].upper() + surface[1:])
    bare = surface[article.end() :] if article else ""
    return bare if bare[:1].isupper() else None


def _with_their_article(bare: str, knowledge: Knowledge) -> list[Place]:
    """The provinces and towns of 20,000 people or more known by the bare name whose own name
    opens with an article: the same Arabic name written with its article assimilated ("Ar
    Raqqah"), not any namesake; a village so found is as likely another of a common name
    ("al-Suwayda" near Marib is no As Suwayda of Lahij)."""
    return [
        p
        for g in knowledge.gazetteers
        for p in g.lookup(bare)
        if ARABIC_ARTICLE.match(p.name) and (p.source != "geonames" or p.population >= TOWN)
    ]


def spelt_otherwise(surface: str, places: list[Place]) -> bool:
    """Whether a name's only places are small towns whose own name is spelt otherwise, known so by
    another of their names ("Shabwa", another name of Myanmar's village Sha Bwa): as good as a near
    spelling, meant only in a country the article is about, beside the provinces spelt nearly so
    (`near_provinces`: Yemen's Shabwah)."""
    written = plain(surface)
    return all(p.source == "geonames" and p.population < _SMALL and plain(p.name) != written for p in places)


_SMALL = 20_000


def near_provinces(surface: str, knowledge: Knowledge) -> list[Place]:
    """The provinces spelt as written but for a last "h" ("Shabwa": Yemen's Shabwah; not "Hamzah",
    Hama's, nor "Baghdadi", Baghdad's)."""
    written = plain(surface).removesuffix("h")
    return [
        p
        for g in knowledge.gazetteers
        for p in g.fuzzy(surface, fuzzy_ok=lambda p: p.source != "geonames")
        if p.kind == "province" and plain(p.name).removesuffix("h") == written
    ]


_CITY_AFTER = compiled(r"[ \t]+CITY\b")
"""A dateline's "CITY" after a town's name in capitals ("ISABELA CITY, Basilan —": the lists know
it as the City of Isabela; "Isabela City" in the text is read as a town and its kind word)."""


def with_city_word(text: str, end: int, places: list[Place]) -> tuple[int, list[Place]]:
    """Where a town's name goes on with "CITY", the name's end after it and the towns among the places."""
    after = _CITY_AFTER.match(text, end)
    towns = [p for p in places if p.kind == "city"]
    return (after.end(), towns) if after is not None and towns else (end, places)
