"""Suggestions: the places, actors and claims an analyst would tag, proposed for one key to accept.

Places come from the gazetteer (built-in, the analyst's files, places already tagged), found by
name keys that survive transliteration and a strict fuzzy fallback, their kind decided by the
text ("X district", "province of X"). Actors come from what the analyst has already tagged
anywhere in the corpus, then from the lexicon. Claims start at attribution cues and cover the
reported content, with the nearest actor mention as claimant. Each recogniser has its module
(`places`, `actors`, `claims`); this one runs them in order and drops what the analyst has
already tagged or rejected.
"""

from __future__ import annotations

from annotations.model import Annotation
from annotations.suggest.actors import drop_modifiers, suggest_actors
from annotations.suggest.claims import suggest_claims
from annotations.suggest.places import suggest_places
from annotations.suggest.suggestion import Knowledge, Suggestion
from annotations.suggest.tokens import tokens


def suggest(text: str, knowledge: Knowledge) -> list[Suggestion]:
    """Every suggestion for this text, in text order, none overlapping an accepted annotation
    of the same kind, none the analyst rejected."""
    places = suggest_places(text, tokens(text), knowledge)
    actors = suggest_actors(text, knowledge, places)
    places = drop_modifiers(places, actors)
    claims, sources = suggest_claims(text, knowledge, actors, [(p.start, p.end) for p in places])
    found = [*places, *actors, *sources, *claims]
    accepted = [a for a in knowledge.accepted if a.status == "accepted"]
    kept = [
        s
        for s in found
        if s.key not in knowledge.rejected and not any(_overlaps(s, a) for a in accepted if a.kind == s.kind)
    ]
    kept.sort(key=lambda s: (s.start, -s.end, s.kind))
    return kept


def _overlaps(suggestion: Suggestion, annotation: Annotation) -> bool:
    return suggestion.start < annotation.end and annotation.start < suggestion.end

