""" "The government" that acts: an actor, the government the article has named before it, else
the government of the country the article names most.

News names a government once ("the Peruvian government", "Lima", "the Zamfara State
Government") and then calls it "the government" when it speaks or acts ("the government said it
would not pay ransom", "urged the government to invest in roads"). Without this the words were
nobody's, and the claim went to whoever was named nearest ("Farmers urged the government …, and
the government said it would send troops": the farmers said it).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from annotations.entities.matching import fold
from annotations.model import ActorDetails, Entity
from annotations.suggest.acting import REASON as STATE_ACTING
from annotations.suggest.acting import SUBJECT_BEFORE, acts
from annotations.suggest.canonical import everyday_country, government_of, the
from annotations.suggest.suggestion import Suggestion
from annotations.suggest.tokens import Spans

REASON = "the government"
_THE_GOVERNMENT = re.compile(r"(?<![\w’'\-])[Tt]he\s+((?:(?:federal|central|national)\s+)?[Gg]overnment)(?![\w’'\-])")
_THE_CENTRE = re.compile(r"(?<![\w’'\-])the\s+(Centre)(?![\w’'\-])")
"""India's union government as Indian news names it ("urged the Centre to intervene")."""
_WOULD_DO = re.compile(
    r"\s+[\"“]?(?:would|will|could|must|should|can|cannot|had|has|does|did|is|was)\s+(?:not\s+|never\s+)?"
    r"(?!be\b|been\b|being\b)(?:[a-z]+ing\b|(?!\w+ed\b)[a-z]+\b)"
)
"""What the government would or will do ("would not pay ransom", "“does not rule out”"), not
what is done to it ("would be toppled")."""
_A_GOVERNMENT = re.compile(r"\bGovernment\b|\bgovernment$")
"""An actor's name that says it is a government ("Government of Peru", "Zamfara State Government")."""


def the_government(
    text: str, actors: Sequence[Suggestion], places: Sequence[Suggestion], known: Sequence[Entity] = ()
) -> list[Suggestion]:
    """Each "the government" that acts, as the government named last before it (a state acting
    counts only if it is the article's country), else as the government of the country the article
    names most (none when two are named as often)."""
    taken = Spans((a.start, a.end) for a in actors)
    name = _country_of_the_article(places)
    country = _office(government_of(name, name) if name else None, known)
    governments = sorted(
        (a for a in actors if _is_a_government(a) and (a.reason != STATE_ACTING or _same(a.entity, country, True))),
        key=lambda a: a.start,
    )  # "China urged restraint. The government said…": Myanmar's, the article's, not China's
    found: list[Suggestion] = []
    matches = [*_THE_GOVERNMENT.finditer(text), *(_THE_CENTRE.finditer(text) if name == "India" else ())]
    for match in sorted(matches, key=lambda m: m.start()):
        start, end = match.span(1)
        if taken.overlapping(start, end) or not _acts_here(text, match.start(), end):
            continue
        before = [g for g in governments if g.end <= match.start()]
        if before:
            named = before[-1]
            entity, new = named.entity, named.new_entity
        else:
            entity, new = country, country is not None and country not in known
        if entity is None:
            continue
        found.append(
            Suggestion("actor", start, end, text[start:end], REASON, entity=entity, new_entity=new, score=0.8,
                       layer="lexicon")
        )  # fmt: skip
    return found


def _acts_here(text: str, start: int, end: int) -> bool:
    """Whether "the government" at start-end acts: as a state does, or as the subject of what it
    would or will do ("would not pay ransom"; not "Critics of the government had said")."""
    if acts(text, start, end):
        return True
    return _WOULD_DO.match(text, end) is not None and SUBJECT_BEFORE.search(text, max(0, start - 40), start) is not None


def _same(entity: Entity | None, country: Entity | None, unknown: bool) -> bool:
    """Whether the entity is the country's government (`unknown` when the country is not known)."""
    if country is None:
        return unknown
    return entity is not None and fold(entity.name) == fold(country.name)


def _is_a_government(actor: Suggestion) -> bool:
    entity = actor.entity
    return (
        entity is not None
        and isinstance(entity.details, ActorDetails)
        and entity.details.actor_type == "government_officials"
        and _A_GOVERNMENT.search(entity.name) is not None
    )


def _country_of_the_article(places: Sequence[Suggestion]) -> str | None:
    """The country whose places the article names most often (none when two are named as often)."""
    named = Counter(
        d.country or (p.entity.name if d.place_kind == "country" else None)
        for p in places
        if p.entity and (d := p.place_details())
    )
    named.pop(None, None)
    ranked = named.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _office(name: str | None, known: Sequence[Entity]) -> Entity | None:
    """The office of that name, the corpus's own when it knows it."""
    if name is None:
        return None
    corpus = next((e for e in known if e.kind == "actor" and fold(e.name) == fold(name)), None)
    return corpus or Entity.actor(name, ActorDetails("government_officials"))


def the_presidency(text: str, places: Sequence[Suggestion], known: Sequence[Entity] = ()) -> list[Suggestion]:
    """ "the presidency said", "a statement from the presidency": the presidency of the country
    the article names most, an actor."""
    found: list[Suggestion] = []
    office: Entity | None = None
    for match in _THE_PRESIDENCY.finditer(text):
        start, end = match.span(1)
        if not (acts(text, match.start(), end) or _STATEMENT_OF.search(text, max(0, start - 40), match.start())):
            continue
        if office is None:
            country = _country_of_the_article(places)
            office = _office(f"Presidency of {the(everyday_country(country))}" if country else None, known)
            if office is None:
                return []
        found.append(
            Suggestion("actor", start, end, text[start:end], PRESIDENCY, entity=office, new_entity=office not in known,
                       score=0.8, layer="lexicon")
        )  # fmt: skip
    return found


PRESIDENCY = "the presidency"
_THE_PRESIDENCY = re.compile(r"(?<![\w’'\-])[Tt]he\s+([Pp]residency)(?![\w’'\-])")
_STATEMENT_OF = re.compile(r"\b(?:statement|spokes(?:man|woman|person)|communiqué)\s+(?:from|of|for|by)\s+$")
