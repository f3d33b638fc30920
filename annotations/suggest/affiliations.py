"""The group a person speaks or fights for, where the text puts the group's name by the role
("M23 spokesman Lawrence Kanyuka", "Guillaume Ndjike, the FARDC spokesman"): the person's
affiliation, so that an event row codes the group, as ACLED does, not the spokesman (a newcomer's
events export had "Armed clash, Guillaume Ndjike" where the board named the army)."""

from __future__ import annotations

import re
from dataclasses import replace

from annotations.entities.scope import is_generic
from annotations.model import ActorDetails
from annotations.suggest.appositions import GROUP_TYPES, PERSON_REASONS
from annotations.suggest.names import ARMED_GROUPS, an_armed_groups_name
from annotations.suggest.roles import subject_before, subject_of
from annotations.suggest.suggestion import Suggestion
from annotations.text.pattern_cache import compiled

_ROLE = r"(?:[a-z]+\s+)?(?:spokes(?:man|woman|person)|commander|leader|chief|officer|official)"
"""A role a group gives, with a word before it ("military spokesman")."""
_GROUP_BEFORE = compiled(
    rf"\s+{_ROLE}(?:\s+(?:in|from)\s+[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?(?=,))?,?\s+(?:[A-Z][\w\-]*\.?\s+){{0,3}}"
)
"""Between a group and the person: "M23 spokesman Lawrence Kanyuka", "SSPDF spokesman Major General
Lul Ruai Koang" (a title or a rank before the name), "A TNLA spokesman, Lway Yay Oo, said" (a
helper's events row had the spokesman as actor 1), "A Fano spokesman in Gojjam, Yohannes Birhanu" (helper-307's
row had him as actor 1)."""
_THE_ARMYS_ROLE = compiled(rf"(?<![\w\-])([Aa]rmy|[Mm]ilitary|[Pp]olice)(?:{_GROUP_BEFORE.pattern})$")
"""The army's role before a name, where the article calls the army by that word elsewhere ("the army
said"): its spokesman is the army's, whose name the article gives ("Army spokesman Major General
Lul Ruai Koang"; a newcomer's event row had him as actor 1). The police's likewise."""
_A_NAME_BEFORE = compiled(r"\b(?!(?:A|An|The)\s)[A-Z][\w\-]*\s+$")
"""A name right before "army": the group's own army ("RSF army spokesman"), not the state's (an
article is no name: "An army spokesman, Nabil Abdallah" is the army's, a reviewer found)."""
_A_GROUP_NAMED_BEFORE = compiled(
    rf"(?<![\w\-])(?:(?:A|An|The)\s+)?([A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){{0,3}})(?:{_GROUP_BEFORE.pattern})$"
)
"""A group's name or letters before the role, which the suggestions may have left out there."""
_A_ROLE_FOR_A_GROUP_BEFORE = compiled(
    rf"\b{_ROLE}\s+(?:for|of)\s+(?:the\s+)?((?:al[\s\-])?[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*){{0,3}})"
    r"(?P<kind>\s+(?:militia|militias|militiamen|rebels|insurgents|fighters|group|movement|gang|cartel|faction|"
    r"(?:armed\s+)?forces))?"
    r"(?:\s+(?:(?:deployed|based|stationed|operating)\s+)?(?:in|from)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west|central)(?:ern)?\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)?)?"
    r",?\s+(?:[A-Z][\w\-]*\.?\s+){0,3}$"
)
"""The role and the group before the name: "A spokesman for the TNLA, Lway Yay Oo, said" (a reviewer's), "A
spokesman for the Fano militia in Gojjam, Asres Mare," (helper-325's row had him as actor 1), "A spokesman for JNIM
in the Sahel, …", "A spokesman for the Rwandan forces, Ronald Rwivanga," (helper-334's rows had them as actor 1)."""
_GROUP_AFTER = compiled(r",\s+(?:the|a|an)\s+(?:(?:senior|top|local|regional|former|veteran)\s+)?")
_ROLE_AFTER = compiled(rf"\s+{_ROLE}\b")
"""After the name, the group and its role: "Guillaume Ndjike, the FARDC spokesman"."""
_ROLE_THEN_GROUP = compiled(rf",\s+(?:(?:the|a|an)\s+)?{_ROLE}\s+(?:for|of|with)\s+(?:the\s+)?")
"""After the name, the role, then the group: "Colonel Ibrahima Sow, spokesman for the Senegalese Armed
Forces" (a newcomer's event row had the spokesman as the army's side)."""


def with_affiliations(text: str, found: list[Suggestion]) -> list[Suggestion]:
    """The suggestions, each new person whose role names a group suggested beside it affiliated
    to that group (every mention of the person, each keeping what its own entity holds: the
    one of "known as Sandal" has the alias)."""
    groups = [s for s in found if _a_group(s)]
    affiliation: dict[str, ActorDetails] = {}  # person's entity id -> the group's details
    for person in found:
        entity = person.entity
        if person.reason not in PERSON_REASONS or not person.new_entity or entity is None:
            continue
        if not isinstance(entity.details, ActorDetails) or entity.details.affiliation or entity.id in affiliation:
            continue
        named = _group_named_before(text, person)
        group = _named_by_the_role(text, person, groups, named)
        if group is not None and group.entity is not None and isinstance(group.entity.details, ActorDetails):
            affiliation[entity.id] = replace(group.entity.details, affiliation=group.entity.name)
        elif (own := _the_subjects_group(text, person, groups)) is not None:
            affiliation[entity.id] = own
        elif (letters := _armed_group_in_the_role(text, person, named)) is not None:
            # "A TNLA spokesman, Lway Yay Oo, said" in an article that names the TNLA nowhere else: an
            # armed group the lexicon knows (the spokesman was nobody's; an events row had him as actor 1)
            affiliation[entity.id] = ActorDetails("rebel_group", affiliation=letters)
    if not affiliation:
        return found
    return [_affiliated(s, affiliation) for s in found]


def _folded(name: str) -> str:
    """A group's name as the role and the suggestions may both write it: "al Shabaab", "al-Shabaab"."""
    return name.casefold().replace("-", " ")


def _armed_group_in_the_role(text: str, person: Suggestion, named: re.Match[str] | None) -> str | None:
    """An armed group the lexicon knows named in the person's role, before the name ("A TNLA
    spokesman, …") or after it ("Ali Dheere, an al-Shabaab military spokesman", the role no mention)."""
    for name in (named.group(1), named.group(1) + "s") if named is not None else ():
        if an_armed_groups_name().fullmatch(name) is not None:
            return name  # "A spokesman for the Houthi armed forces in Sanaa, Yahya Saree": the Houthis
    after = _AN_ARMED_GROUPS_ROLE_AFTER.match(text, person.end)
    return after.group(1) if after is not None else None


_AN_ARMED_GROUPS_ROLE_AFTER = compiled(rf"{_GROUP_AFTER.pattern}({ARMED_GROUPS})\s+{_ROLE}\b")
_ITS_ROLE_BEFORE = compiled(
    rf"\b(?:[Ii]ts|[Tt]heir)\s+{_ROLE},?\s+(?:(?:who\s+)?(?:goes\s+by(?:\s+the\s+name)?|known\s+as)\s+[\"“]?)?"
    r"(?:[A-Z][\w\-]*\.?\s+){0,3}$"
)
"""Its role before the name ("its spokesman, Jeeyand Baloch"), or the name it goes by ("Its spokesman, who goes
by the name “General Ebube”": helper-307's spokesman was actor 1 of the ADF's ambush)."""


def _the_subjects_group(text: str, person: Suggestion, groups: list[Suggestion]) -> ActorDetails | None:
    """The group that is the subject of the sentence, or of the one before, where "its spokesman"
    points ("The outlawed Baloch Liberation Army (BLA) claimed responsibility in a message sent … by its
    spokesman, Jeeyand Baloch": helper-275's spokesman was actor 1 of the BLA's toll)."""
    if _ITS_ROLE_BEFORE.search(text, max(0, person.start - 40), person.start) is None:
        return None
    for subject in (subject_of(text, person.start), subject_before(text, person.start)):
        group = next(
            (g for g in groups if g.start < person.start and g.quote and g.quote in subject and not _generic(g)), None
        )  # not "Gunmen" of "Gunmen from the Baloch Liberation Army" (helper-279)
        if group is not None and group.entity is not None and isinstance(group.entity.details, ActorDetails):
            return replace(group.entity.details, affiliation=group.entity.name)
    return None


def _generic(group: Suggestion) -> bool:
    return group.entity is None or is_generic(group.entity.name)


def affiliations_named_whole(found: list[Suggestion]) -> list[Suggestion]:
    """Each person's affiliation by the name of the group's entity once the article's mentions are
    one entity: "Army spokesman …" was affiliated to "army", a word the entity "Military Forces of the
    Democratic Republic of Congo" holds as an alias (an events row would code a group of no name)."""
    whole = {
        name.casefold(): s.entity.name
        for s in found
        if s.kind == "actor" and s.entity is not None and s.reason not in PERSON_REASONS
        for name in s.entity.names()
    }
    return [_named_whole(s, whole) for s in found]


def _named_whole(suggestion: Suggestion, whole: dict[str, str]) -> Suggestion:
    entity = suggestion.entity
    if entity is None or not isinstance(entity.details, ActorDetails) or not entity.details.affiliation:
        return suggestion
    name = whole.get(entity.details.affiliation.casefold(), entity.details.affiliation)
    if name == entity.details.affiliation:
        return suggestion
    return _with_details(suggestion, replace(entity.details, affiliation=name))


def _with_details(suggestion: Suggestion, details: ActorDetails) -> Suggestion:
    """The suggestion with its entity's details replaced."""
    assert suggestion.entity is not None
    return replace(suggestion, entity=replace(suggestion.entity, details=details))


def _group_named_before(text: str, person: Suggestion) -> re.Match[str] | None:
    """The group named with the role before the person ("A TNLA spokesman, …", "A spokesman for the
    TNLA, …"): its words are the match's first group."""
    named = _A_GROUP_NAMED_BEFORE.search(text, max(0, person.start - 60), person.start)
    if named is not None:
        return named
    role = _A_ROLE_FOR_A_GROUP_BEFORE.search(text, max(0, person.start - 100), person.start)  # "… for the Rwandan
    # forces deployed in Cabo Delgado, Brigadier General Ronald Rwivanga"
    if role is None or _SOMEONE_ELSES.search(text, max(0, role.start() - 30), role.start()):
        return None
    return role


_SOMEONE_ELSES = compiled(
    r"\b(?:by|with|to|from|of|among(?:\s+them)?|met|against|after|before)\s+(?:(?:a|an|the|two|one)\s+)?$",
    re.IGNORECASE,
)
"""Before the role, what makes it someone else's, the speaker named after it: "The civilians were shot by an officer of
the Russian forces in Bucha, Prosecutor General Andriy Kostin said" (helper-336's review: Kostin was given the
Russian forces)."""


def _affiliated(suggestion: Suggestion, affiliation: dict[str, ActorDetails]) -> Suggestion:
    """The person affiliated to the group, and of its kind: the Arakan Army's spokesman is no state
    force ("Army spokesman"), and an events row codes a person by a group of their own kind."""
    entity = suggestion.entity
    if entity is None or entity.id not in affiliation or not isinstance(entity.details, ActorDetails):
        return suggestion
    group = affiliation[entity.id]
    return _with_details(
        suggestion, replace(entity.details, affiliation=group.affiliation, actor_type=group.actor_type)
    )


def _a_group(suggestion: Suggestion) -> bool:
    entity = suggestion.entity
    return (
        suggestion.kind == "actor"
        and suggestion.reason not in PERSON_REASONS
        and entity is not None
        and isinstance(entity.details, ActorDetails)
        and entity.details.actor_type in GROUP_TYPES
    )


def _named_by_the_role(
    text: str, person: Suggestion, groups: list[Suggestion], named: re.Match[str] | None
) -> Suggestion | None:
    """The group right before the person's role ("M23 spokesman NAME"), right after the name,
    before the role (", the FARDC spokesman"), or after the name and the role (", spokesman for the
    Senegalese Armed Forces")."""
    role = _THE_ARMYS_ROLE.search(text, max(0, person.start - 60), person.start)  # "Army spokesman Major General X"
    if role is not None and not _A_NAME_BEFORE.search(text, max(0, role.start() - 40), role.start()):
        word = role.group(1).casefold()  # the army, the military or the police the article names so
        army = next((g for g in groups if g.quote.casefold() in (word, f"the {word}")), None)
        if army is not None:
            return army
    if named is not None:  # "A TNLA spokesman, Lway Yay Oo" (`_group_named_before`): the group named so
        said = {_folded(named.group(1)), _folded(named.group(1)) + "s"}  # "Houthi military spokesman": the Houthis'
        said |= {_folded(f"{named.group(1)}{kind}")} if (kind := named.groupdict().get("kind")) else set()
        by_name = (g for g in groups if g.entity is not None and said & {_folded(n) for n in g.entity.names()})
        if (group := next(by_name, None)) is not None:
            return group
    for group in groups:
        if group.end <= person.start and person.start - group.end <= 30:
            if _GROUP_BEFORE.fullmatch(text, group.end, person.start):
                return group
        if group.start >= person.end and group.start - person.end <= 8:
            if _GROUP_AFTER.fullmatch(text, person.end, group.start) and _ROLE_AFTER.match(text, group.end):
                return group
        if group.start >= person.end and group.start - person.end <= 50:
            if _ROLE_THEN_GROUP.fullmatch(text, person.end, group.start):
                return group
    return None
