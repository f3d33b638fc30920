"""ACLED's names for the parties of an event told only by what they are: "Civilians (Sudan)", "Unidentified Armed
Group (Burkina Faso)", "Military Forces of Nigeria"; a country by ACLED's name for it (split from `event_actors`,
which was over 450 lines)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from annotations.claims.armed import actor_type
from annotations.entities.scope import is_generic
from annotations.model import ActorDetails, ActorType, Entity
from annotations.model.country_codes import gazetteers_name_of
from annotations.text.actor_types import NON_STATE_SIDES
from annotations.text.pattern_cache import compiled

ACLED_COUNTRY_NAMES = {
    "CD": "Democratic Republic of Congo", "CG": "Republic of Congo", "RU": "Russia", "PS": "Palestine",
    "XK": "Kosovo",
}  # fmt: skip
"""Where ACLED's name of a country is not ISO's common name (or ISO has none: Kosovo)."""


@cache
def country_name(code: str) -> str:
    """A country as ACLED names it ("Democratic Republic of Congo", "Iran"), from its ISO code."""
    return ACLED_COUNTRY_NAMES.get(code) or gazetteers_name_of(code)


def civilians_of(code: str, country: str) -> Entity:
    """ACLED's civilians of an event's country ("Civilians (Myanmar)")."""
    return unnamed("Civilians", "civilians", country_name(code) or country)


def unnamed(name: str, kind: ActorType, country: str, *, around: bool = True) -> Entity:
    """ACLED's name for an actor the text does not name: "Protesters (Nigeria)", "Military Forces
    of Nigeria"."""
    if not country:
        return Entity.actor(name.removesuffix(" of"), ActorDetails(kind))
    return Entity.actor(f"{name} ({country})" if around else f"{name} {country}", ActorDetails(kind))


UNIDENTIFIED = "Unidentified"
"""How ACLED's names of armed groups no one named open ("Unidentified Armed Group (Somalia)")."""
_UNNAMED_BY_TYPE: dict[str, tuple[str, ActorType, bool]] = {
    "civilians": ("Civilians", "civilians", True),
    "protesters": ("Protesters", "protesters", True),
    "rioters": ("Rioters", "rioters", True),
    "rebel_group": ("Unidentified Armed Group", "political_militia", True),
    "political_militia": ("Unidentified Armed Group", "political_militia", True),
    "identity_militia": ("Unidentified Communal Militia", "identity_militia", True),
}
"""ACLED's name, type and form for an actor tagged only by what it is (see `as_acled_names`).
Forces ("soldiers", "troops") are left as tagged: whose they are is not the event's country
("a Nigerian strike killed two soldiers" of another state)."""


def as_acled_names(actor: Entity, country: str, *, kinds: bool = True) -> list[Entity]:
    """An actor tagged only by what it is ("Gunmen", "villagers", "protesters") as ACLED names
    such an actor: "Unidentified Armed Group (Burkina Faso)", "Civilians (Sudan)", "Protesters
    (Kenya)"; three articles' "civilians" were three rows named alike, with no country, and
    "Gunmen" a rebel group of its own (found by a newcomer). The entity keeps its id (the
    victims of a claim are known by it). Civilians told by who they are ("farmers", "Christians",
    "passengers") are "Civilians (Mozambique)", those words kept as its associate (helper-359's rows had
    "Christians" and "passengers" as actor 2)."""
    if actor.name in _COMMANDS:  # "US Africa Command": ACLED names the state's forces
        return [replace(actor, name=_COMMANDS[actor.name])]
    congo = _OF_CONGO.fullmatch(actor.name)
    if congo is not None and country.endswith("Congo") and country != "Congo":  # "Congo's army" in Goma: the DRC's
        return [replace(actor, name=f"{congo[1]} Forces of the {country}")]  # (helper-362: one force, two names)
    kind_of_people = kinds and actor_type(actor) == "civilians" and _PEOPLE_OF_A_KIND.fullmatch(actor.name) is not None
    if not is_generic(actor.name) and not A_ROLE_OF_NO_NAME.fullmatch(actor.name) and not kind_of_people:
        return [actor]  # "separatist commander", a role with no group's name: an unidentified one's (helper-289)
    found = _UNNAMED_BY_TYPE.get(actor_type(actor))
    if found is None:
        return [actor]
    name, kind, around = found
    if kind == "identity_militia" and _A_CLANS.search(actor.name):
        name = "Unidentified Clan Militia"  # ACLED's for Somalia's clan militias no one named
    acleds = unnamed(name, kind, country, around=around)
    civilians = replace(actor, name=acleds.name, details=acleds.details)
    return (
        [civilians, replace(actor, id=f"{actor.id}:who")]
        if kind_of_people and not is_generic(actor.name)
        else [civilians]
    )


_OF_CONGO = compiled(r"(Military|Police) Forces of (?:the )?Congo")
"""A state's forces named for "Congo", which wire copy uses for either Congo: the event's ("Democratic Republic of
Congo", "Republic of Congo") where its country is one of them."""
_A_CLANS = compiled(r"\b(?:clan|clans|clansmen)\b", re.IGNORECASE)
_COMMANDS = {
    **dict.fromkeys(
        (f"{us}{command} Command" for us in ("US ", "U.S. ", "United States ") for command in ("Africa", "Central")),
        "Military Forces of the United States",
    ),
    **dict.fromkeys(("AFRICOM", "CENTCOM"), "Military Forces of the United States"),
}
"""A state's commands that strike and tell of it, by ACLED's name for their forces (helper-359's "US Africa Command"
had the militants its strike killed as its associates)."""
_PEOPLE_OF_A_KIND = compiled(
    r"(?:[A-Z][\w’'\-]+\s+)?(?:[a-z\-]+\s+)?(?:[a-z\-]+(?:s|people|men|women|children)|men|women|children|people)"
    r"|Christians|Muslims|Hindus|Jews"
    r"|(?:[a-z\-]+\s+){0,2}[a-z\-]+"
)
"""Civilians told by who they are, no body's name ("farmers", "Fulani herders", "truck drivers", "Christians",
"Alawite men": helper-360's row had "Alawite men" as actor 2, no Civilians (Syria)), or by what one of them is, in
words no name is written in ("a village chief": helper-366's row had "village chief" as actor 2)."""


A_ROLE_OF_NO_NAME = compiled(
    rf"{NON_STATE_SIDES}\s+(?:commander|fighter|leader|spokes\w+|member)s?",
    re.IGNORECASE,
)


def named_once(actors: list[Entity]) -> list[Entity]:
    """The first of the actors ACLED names alike ("gunmen" and "militiamen" are one Unidentified
    Armed Group, "villagers" and "residents" one "Civilians (Nigeria)": not actor 1 against itself)."""
    seen: set[str] = set()
    kept = []
    for actor in actors:
        if actor.name not in seen:
            seen.add(actor.name)
            kept.append(actor)
    return kept
