"""A group's other names told in words, not in parentheses: "the Special Deterrence Force, known as
Radaa", "The insurgents call themselves Ahl al-Sunna wal-Jamaa", "the Ma'awisley" after its clan's
militias; each, and every later use of it, the same actor (`acronyms` reads those in parentheses)."""

from __future__ import annotations

import re
from dataclasses import replace

from annotations.entities.matching import with_aliases
from annotations.model import ActorDetails, Entity
from annotations.suggest.acronyms import REASON, name_uses
from annotations.suggest.names import another_groups_name
from annotations.suggest.suggestion import Suggestion
from annotations.text.navigation import sentence_at
from annotations.text.pattern_cache import compiled

_KNOWN_AS = compiled(
    r"(?:\s+\([A-Z][\w\-]{1,11}\))?"  # "Islamic State Mozambique Province (ISMP), known locally as al-Shabaab"
    r"(?:(?P<where>\s+(?:in|for|to|on)\s+(?:the\s+)?[\w\-’']+(?:\s+[A-Z][\w\-’']+)*),|,)?"  # "the mission in the area,"
    r"\s+(?:also\s+|better\s+|locally\s+|widely\s+|commonly\s+)?known\s+(?:locally\s+)?"
    r"(?:as|by its (?:[A-Z][a-z]+ )?(?:acronym|abbreviation|initials))\s+[\"“‘]?"  # 'known locally as "al-Shabaab"'
    r"(?P<alias>(?:al-|el-|ash-|as-|ad-|an-)?[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,3})"  # "known as Dan Na Ambassagou"
    # whole (helper-277)
)
ALIAS_REASON = "the name it is known as"
_NAMED_GROUPS = (
    "organisation",
    "international body",
    "armed group",
    REASON,
    "armed forces",
    "armed group (described)",
    "tribe or clan",
    "forces' own office",
)
"""Actors a name after "known as" names ("local militias known as Naparama")."""
_CALLS_ITSELF = compiled(
    r"\bcall(?:s|ing)?\s+(?:itself|themselves)\s+(?:the\s+)?"
    r"([A-Z][\w’'\-]*(?:\s+(?:(?:al|wal|el|ul|bin|ibn)-[\w’'\-]+|[A-Z][\w’'\-]*|\d{1,3}(?=\s+[A-Z]|\b)))*)"
)  # a unit's number too: "Frente 10 Martín Villa"
SELF_NAME_REASON = "the name it calls itself"
_SPLIT_FROM = compiled(
    r"\b(?:dissidents?|dissident\s+\w+|splinter\s+\w+|breakaway\s+\w+|factions?|offshoots?|remnants?|wings?)"
    r"\s+of\s+(?:the\s+)?(?:former\s+|defunct\s+|demobili[sz]ed\s+)?$",
    re.IGNORECASE,
)
"""Words before a group that make what calls itself a name a group of its own: "the dissident
structure of the former FARC that calls itself Frente 10" is not the FARC."""
_UNIT_NUMBER = compiled(r"[A-Z][\w’'\-]*\s+\d{1,3}\b")
"""A unit named by its number ("Frente 10"), the short form of its full name."""


def self_names(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """ "The insurgents call themselves Ahl al-Sunna wal-Jamaa": the name is the actor just named
    in the sentence, and so is every later use of it."""
    made: list[Suggestion] = []
    for named in _CALLS_ITSELF.finditer(text):
        sentence = sentence_at(text, named.start())[0]
        subjects = [
            s for s in found if s.kind == "actor" and s.entity is not None and sentence <= s.start < named.start()
        ]
        if not subjects:
            continue
        group = max(subjects, key=lambda s: s.start)
        assert group.entity is not None
        if _SPLIT_FROM.search(text, sentence, group.start):  # a group of its own, of the kind it split from
            details = group.entity.details
            kind = details.actor_type if isinstance(details, ActorDetails) else "rebel_group"
            own = Entity.actor(named.group(1), ActorDetails(kind))
            made += name_uses(text, named.group(1), named.start(1), SELF_NAME_REASON, own, True)
            numbered = _UNIT_NUMBER.match(named.group(1))  # "Frente 10" after "Frente 10 Martín Villa"
            if numbered is not None and numbered.group() != named.group(1):
                taken = {u.start for u in made}
                made += [
                    u for u in name_uses(text, numbered.group(), 0, SELF_NAME_REASON, own, True) if u.start not in taken
                ]
            continue
        entity = with_aliases(group.entity, [named.group(1)]) if group.new_entity else group.entity
        made += name_uses(text, named.group(1), named.start(1), SELF_NAME_REASON, entity, group.new_entity)
    return made


_CLAN_MILITIA = compiled(r"(\S+) clan militias?")
CLAN_REASON = "the clan its militia is named for"


def clan_militias(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """ "the Ma'awisley", after "Ma'awisley clan militias": the clan's name alone then means its
    militia, as the same actor."""
    made: list[Suggestion] = []
    for group in found:
        named = _CLAN_MILITIA.fullmatch(group.quote)
        if named is None or group.entity is None or group.reason != "tribe or clan":
            continue
        name = named.group(1)
        made += [
            use
            for use in name_uses(text, name, group.end, CLAN_REASON, group.entity, group.new_entity)
            if text[max(0, use.start - 4) : use.start] in ("the ", "The ")
        ]
    return made


def known_as(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """A group's other name ("the Special Deterrence Force, known as Radaa") and every later use
    of it: the same actor."""
    made: list[Suggestion] = []
    for group in found:
        named = _KNOWN_AS.match(text, group.end)
        if named is None or group.entity is None or group.reason not in _NAMED_GROUPS:
            continue
        if group.reason == "armed group" and named["where"] is not None:
            continue  # "the Islamic State in West Africa Province, known as ISWAP": a branch, not the group
        alias = named["alias"]
        named_so_elsewhere = another_groups_name(alias, group.entity.names())  # a local nickname: no alias
        entity = with_aliases(group.entity, [alias]) if group.new_entity and not named_so_elsewhere else group.entity
        described = (
            group.reason == "armed forces"
            and all(w[:1].islower() for w in group.quote.split()[1:])
            and getattr(group.entity.details, "actor_type", "") != "state_forces"  # not "Myanmar's military, known as
        )  # Tatmadaw" (helper-279)
        # "pro-government militias", "State-backed militias" opening a sentence: words of what it is, no name
        if (group.reason == "armed group (described)" or described) and group.new_entity:
            # "a Lendu-dominated militia known as CODECO": the group is CODECO, the words before say what it is
            entity = Entity.actor(alias, group.entity.details)  # type: ignore[arg-type]
            made.append(replace(group, entity=entity))
        made += name_uses(text, alias, named.start("alias"), ALIAS_REASON, entity, group.new_entity)
    return made
