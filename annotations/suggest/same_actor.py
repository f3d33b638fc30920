"""One actor under the several names one article gives it, before the analyst has tagged any: an
acronym used before the article spells it out ("RSF" in the headline, "Rapid Support Forces
(RSF)" in the lead), a state's army named by its country ("Sudan's army") and by its own name
("Sudanese Armed Forces (SAF)"), and "the army" of a report on one state's army.

A newcomer's report on Kordofan proposed "RSF" and "Rapid Support Forces" as two actors, and
"Sudan's army", "Sudanese Armed Forces" and "army" as three, to be linked by hand; their event
rows named one side three ways.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from annotations.entities.matching import fold, with_aliases
from annotations.model import ActorDetails, Entity
from annotations.suggest.canonical import army_of_country, everyday_country, names_two_countries
from annotations.suggest.suggestion import Suggestion
from annotations.suggest.surnames import a_persons_name
from annotations.suggest.tokens import Spans
from annotations.text.pattern_cache import compiled

_MEMBERS = compiled(
    r"\s+(?:fighters|troops|forces|soldiers|rebels|militants|members|units|commanders|officials?|staff|"
    r"spokes(?:man|woman|person)|peacekeepers)$"
)
"""The members of a group named by its acronym ("AA fighters" before "the Arakan Army (AA)", "UN
officials")."""
_ACRONYM = compiled(r"[A-Z]{2,7}")
_SMALL_WORDS = frozenset("of the for and on in de du des la le al el".split())
_THE_ARMY = compiled(r"(?:the\s+)?(?:army|military)", re.IGNORECASE)
"""The state's army named by no name: whose it is, the article's other names say."""


def one_actor_per_article(found: list[Suggestion], text: str = "") -> list[Suggestion]:
    """The suggestions, each new actor that is another's other name linked to that one instead
    (with its name kept as an alias of it)."""
    actors = [s for s in found if s.kind == "actor" and s.entity is not None]
    in_brackets = _named_in_brackets(text, actors)
    entities = {id(e): (e, s.new_entity) for s in actors if (e := s.entity) is not None}
    new = [e for e, is_new in entities.values() if is_new]
    by_alias = {fold(a): e for e in new for a in _aliases(e)}
    countries = {
        key: None if names_two_countries(e.name) else army_of_country(e) for key, (e, _new) in entities.items()
    }
    armies = [e for key, (e, _new) in entities.items() if countries[key] and not e.name.startswith("Military Forces")]
    if not armies:  # no army named by its own name: the one the article calls "Myanmar's military", if one
        armies = [e for key, (e, _new) in entities.items() if countries[key]]
    home = main_country(found)
    target: dict[int, Entity] = {}
    spelt_out = _by_initials([e for e, _new in entities.values()])
    for entity in new:
        core = _MEMBERS.sub("", entity.name)
        other = (
            by_alias.get(fold(core))
            or _army_named(entity, countries[id(entity)], armies, countries, home)
            or spelt_out.get(core)
            or in_brackets.get(id(entity))
        )
        if other is not None and other is not entity:
            target[id(entity)] = other
    if not target:
        return found
    known = {key for key, (_e, is_new) in entities.items() if not is_new}
    merged: dict[int, Entity] = {}
    for old_id, other in target.items():
        if id(other) not in known:  # a new actor takes the other names; a known one learns them on `y`
            merged[id(other)] = with_aliases(merged.get(id(other), other), [entities[old_id][0].name])
    return [_relinked(s, target, merged, known) for s in found]


_A_PERSON = ("official by title", "person by role", "speaker", "short for", "also ")
"""Reasons of suggestions that name a person: a body in brackets after one is theirs, not them."""


_KNOWN_AS = compiled(r",\s+(?:also\s+|better\s+|widely\s+)?known\s+as\s+(?:the\s+)?")
"""A body's other name given after it ("The Civil Defence, known as the White Helmets,")."""


def _named_in_brackets(text: str, actors: list[Suggestion]) -> dict[int, Entity]:
    """A body named, then named again in brackets in another language ("the Ombudsman's Office
    (Defensoría del Pueblo)", "the Guardia Indígena (Indigenous Guard)") or after "known as" ("the
    Civil Defence, known as the White Helmets"): the second name is the first's, when the second is
    new to the corpus."""
    at = {s.start: s for s in actors}
    other: dict[int, Entity] = {}
    for first in actors:
        known_as = _KNOWN_AS.match(text, first.end)
        second = at.get(known_as.end() if known_as else first.end + 2)
        bracketed = (
            text[first.end : first.end + 2] == " (" and second is not None and text[second.end : second.end + 1] == ")"
        )
        if (
            second is not None
            and second.new_entity
            and (bracketed or (known_as is not None and text[second.end : second.end + 1] in (",", ".", ";", ")")))
            and first.entity is not None
            and second.entity is not None
            and second.entity is not first.entity
            and not _ACRONYM.fullmatch(second.quote)
            and not any(s.reason.startswith(_A_PERSON) for s in (first, second))  # "Col. Ahmed Ali (PMF)"
        ):
            other[id(second.entity)] = first.entity
    return other


_AN_ACRONYM_WORD = compiled(
    r"(?<![\w\-])[A-Z]{3,7}(?![\w\-]|['’]s\b|\s+[A-Z]|\s+(?:spokes\w+|chief|head|leader|commander|officials?)\b)"
)
"""Capitals alone, not opening a title or another name ("KRG Prime Minister Masrour Barzani", "the
KRG's prime minister": the person speaks)."""


def initials_used_later(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """`found` with the later uses of a body's initials the article never defines ("The GDF said",
    after "a Guyana Defence Force supply boat": the claims of the force had no speaker): words of
    three capitals or more that spell the initials of one body named before them, where nothing
    else is suggested."""
    firsts: dict[int, Suggestion] = {}
    for s in found:
        if s.kind == "actor" and s.entity is not None and id(s.entity) not in firsts:
            firsts[id(s.entity)] = s
    spelt_out = _by_initials([s.entity for s in firsts.values() if s.entity is not None])
    if not spelt_out:
        return found
    taken = Spans((s.start, s.end) for s in found)
    made = []
    for word in _AN_ACRONYM_WORD.finditer(text):
        entity = spelt_out.get(word.group())
        first = firsts.get(id(entity)) if entity is not None else None
        if first is None or word.start() < first.end or taken.overlapping(word.start(), word.end()):
            continue
        made.append(
            replace(
                first, start=word.start(), end=word.end(), quote=word.group(), reason=f"initials of {first.quote}",
                score=0.85, layer="name shape",
            )
        )  # fmt: skip
    return [*found, *made]


def short_forms_of_tagged(found: list[Suggestion], tagged: list[Entity]) -> list[Suggestion]:
    """A new actor whose name opens the name of an actor tagged in the article, as its short form
    ("Frente 10" after "Frente 10 Martín Villa" was tagged; a newcomer got a second entity, though
    before the tag the two were one): that actor. Only a one-word name or a unit's number, and
    only one actor it may be ("Islamic State" is not Islamic State Sahel Province)."""
    relinked = []
    for suggestion in found:
        entity = suggestion.entity
        if suggestion.kind == "actor" and suggestion.new_entity and entity is not None and _short(entity.name):
            longer = [e for e in tagged if e.name.startswith(entity.name + " ") and not a_persons_name(e.name)]
            if len(longer) == 1:
                suggestion = replace(suggestion, entity=longer[0], new_entity=False)
        relinked.append(suggestion)
    return relinked


def _short(name: str) -> bool:
    return " " not in name or name.rsplit(" ", 1)[1].isdigit()


def _by_initials(actors: list[Entity]) -> dict[str, Entity]:
    """The actors of the article by the initials of their names ("ICRC" for the International
    Committee of the Red Cross, "HTS" for Hayat Tahrir al-Sham), where one actor alone has them;
    never a person ("UN officials" are not Usman Nuhu's)."""
    named: dict[str, list[Entity]] = {}
    for entity in actors:
        letters = _initials(entity.name)
        if len(letters) >= 2 and not _ACRONYM.fullmatch(entity.name) and not a_persons_name(entity.name):
            named.setdefault(letters, []).append(entity)
    return {letters: found[0] for letters, found in named.items() if len(found) == 1}


def _initials(name: str) -> str:
    parts = [part for word in name.split() for part in word.split("-") if part and part.lower() not in _SMALL_WORDS]
    if not all(part[:1].isupper() for part in parts):
        return ""  # "Israel's ambassador", "civilians": no name an acronym stands for
    return "".join(part[0] for part in parts)


def main_country(found: list[Suggestion]) -> str | None:
    """The country most of the article's places lie in."""
    countries = Counter(details.country for s in found if (details := s.place_details()) is not None)
    countries.pop(None, None)
    return countries.most_common(1)[0][0] if countries else None


def _army_named(
    entity: Entity, country: str | None, armies: list[Entity], countries: dict[int, str | None], home: str | None
) -> Entity | None:
    """The one army of the article a described army is: "Sudan's army" (Military Forces of
    Sudan) is the Sudanese Armed Forces; "the army" is, when the article names one army only,
    of the country most of its places lie in (not Rwanda's, in a report on Mozambique).
    `country`: whose army `entity` is by its name; `countries`: the same of every actor."""
    if not armies:
        return None
    if country is not None and entity.name.startswith("Military Forces") and entity not in armies:
        same = [a for a in armies if countries[id(a)] == country]
        return same[0] if len(same) == 1 else None
    if _THE_ARMY.fullmatch(entity.name) and _state_forces(entity) and home is not None and len(armies) == 1:
        return armies[0] if countries[id(armies[0])] == everyday_country(home) else None
    return None


def _state_forces(entity: Entity) -> bool:
    return isinstance(entity.details, ActorDetails) and entity.details.actor_type == "state_forces"


def _aliases(entity: Entity) -> tuple[str, ...]:
    return entity.details.aliases if isinstance(entity.details, ActorDetails) else ()


def _relinked(s: Suggestion, target: dict[int, Entity], merged: dict[int, Entity], known: set[int]) -> Suggestion:
    entity = s.entity
    if entity is None:
        return s
    other = target.get(id(entity), entity)
    final = merged.get(id(other), other)
    if final is entity:
        return s
    return replace(s, entity=final, new_entity=id(other) not in known)


def nicknames_not_places(found: list[Suggestion], text: str) -> list[Suggestion]:
    """A person's other name that a gazetteer knows as a town ("Alexander Díaz Mendoza, alias
    Calarcá"), later written as the person's ("Calarcá's men", "Calarcá said"): the person there,
    not the town of Quindío; where it is a place ("Residents of Tumaco, the port city"), the place."""
    nicknames = {s.quote: s for s in found if s.kind == "actor" and s.reason.startswith("also ") and " " not in s.quote}
    if not nicknames:
        return found
    return [
        replace(nicknames[s.quote], start=s.start, end=s.end)
        if s.kind == "district"
        and s.quote in nicknames
        and _THE_PERSONS.match(text, s.end)
        and not _IN_A_PLACE.search(text, max(0, s.start - 12), s.start)
        else s
        for s in found
    ]


_THE_PERSONS = compiled(
    r"['’]s\s+(?:men|fighters|followers|loyalists|lieutenants|henchmen|bodyguards|associates|allies|commanders|"
    r"group|faction|forces|troops|gang|militia|network|organi[sz]ation|structure|front|bloc)\b"
    r"|\s+(?:said|says|told|denied|claimed|accused|ordered|warned|threatened|announced)\b"
)
"""What only a person's name stands before: their men, or their words ("Police in Guayaquil said" is
the police's: `_IN_A_PLACE`)."""
_IN_A_PLACE = compiled(r"\b(?:in|of|from|near|at|to|across|around|outside)\s+$")
