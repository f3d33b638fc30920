"""A faction's word in brackets after its movement's name: "the National Socialist Council of
Nagaland (Khaplang)", "the United Liberation Front of Asom (Independent)". The bracket is part of
the name, as event datasets write it (ACLED's "NSCN-K: National Socialist Council of Nagaland
(Khaplang)"), not the name's short form ("Khaplang" was taken for an acronym of the council) nor
something else in brackets.
"""

from __future__ import annotations

from dataclasses import replace

from annotations.model import ActorDetails, Entity
from annotations.suggest.acronym_shapes import a_word_acronym_of
from annotations.suggest.names import DEMONYMS, OUTLETS
from annotations.suggest.place_words import COMMON
from annotations.suggest.suggestion import Suggestion
from annotations.text.pattern_cache import compiled

_FACTION = compiled(r" \((?P<word>[A-Z][a-z]{2,14}(?:-[A-Z][a-z]{2,14})?)\)")
"""One capitalised word (or two joined, "Marxist-Leninist") in brackets."""
_AN_OUTLET = compiled(OUTLETS)
_NAMES = ("organisation", "armed group", "political party", "group by description")
"""The suggestions a faction's word may follow: a body's name."""


def factions_named(text: str, found: list[Suggestion], places: list[Suggestion]) -> list[Suggestion]:
    """Each new body's name followed by its faction's word in brackets, as one name with it (the
    caller keeps the longer of overlapping suggestions)."""
    at_places = {p.start for p in places}
    made = []
    for s in found:
        match = _FACTION.match(text, s.end)
        if match is None or s.kind != "actor" or not s.new_entity or s.entity is None or s.reason not in _NAMES:
            continue
        word = match["word"]
        if (
            match.start("word") in at_places
            or word.lower() in COMMON
            or word in DEMONYMS
            or _AN_OUTLET.fullmatch(word)
            or a_word_acronym_of(word, s.quote)
        ):
            continue  # a place, a day, a people, a source, or the name's short form after all
        details = s.entity.details
        if isinstance(details, ActorDetails):
            name = text[s.start : match.end()]
            made.append(replace(s, end=match.end(), quote=name, entity=Entity.actor(name, details)))
    return made
