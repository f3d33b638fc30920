"""The armed groups a claim names beside their units, fighters and backers: "Militants linked to JNIM" are JNIM,
"a militia backed by the junta" fought without the junta, "the 33rd Front of the dissidents" is on the dissidents'
side (split from `event_actors`, which was over 450 lines)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from annotations.claims.acled_names import A_ROLE_OF_NO_NAME
from annotations.claims.armed import actor_type, armed, inter
from annotations.entities.scope import is_generic
from annotations.model import Annotation, Entity
from annotations.model.vocabulary import NON_STATE_ARMED
from annotations.text.pattern_cache import compiled

MILITIAS = (3, 4)
"""ACLED's inter codes of political and identity militias: armed, on a side of state forces or
rebels, not a party of their own where both fight."""
OUTSIDE_FORCES = 8
"""ACLED's inter code of external forces (a peacekeeping mission's troops, a foreign company's fighters)."""
_BACKED_BY = compiled(r"\b(?:backed|supported|funded|armed|trained|sponsored|created)\s+by\s+(?:the\s+)?$", re.I)
_BACKING_IT = compiled(r"-(?:backed|supported|funded|armed|trained|sponsored|created|allied)\b", re.I)
_OF_THE_GROUP = compiled(
    r"\s*,?\s+(?:(?:linked|tied|affiliated|allied|loyal|belonging)\s+(?:to|with)|of|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def without_their_group(claim: Annotation, mentions: list[Annotation], entities: dict[str, Entity]) -> list[Annotation]:
    """Without the fighters told only by what they are right before the armed group they belong to:
    "Militants linked to JNIM attacked an army base" is JNIM's attack (the militants were actor 1
    as an Unidentified Armed Group, and JNIM its enemy); and without those told as another's
    backers ("a militia backed by the junta lost members in an ambush": the junta was actor 1),
    unless a militia backs troops in the field."""
    ordered = sorted(mentions, key=lambda a: a.start)
    dropped = {  # "a civilian militia backed by the junta" tells who backs it, not who fought
        m.id
        for m in ordered
        if (
            _BACKED_BY.search(claim.quote, 0, max(0, m.start - claim.start))
            or _BACKING_IT.match(claim.quote, m.end - claim.start)  # "the Rwanda-backed M23" (helper-275)
        )
        and inter(entities[str(m.entity_id)]) not in (*MILITIAS, OUTSIDE_FORCES)  # "troops, backed by the CJTF,
        # clashed", "troops backed by African Union forces": they fought
    }
    for mention, after in pairwise(ordered):
        group, fighters = entities.get(after.entity_id or ""), entities.get(mention.entity_id or "")
        between = claim.quote[mention.end - claim.start : after.start - claim.start]
        if _ITS_PEOPLE_AFTER.fullmatch(between) and _its_people(fighters, group):
            dropped.add(after.id)  # "Allied Democratic Forces (ADF) rebels": the group, no second one (helper-359)
        if fighters is None or group is None or not armed(fighters) or not _no_ones_name(fighters.name):
            continue
        if armed(group) and not is_generic(group.name) and _OF_THE_GROUP.fullmatch(between):
            dropped.add(mention.id)
        elif not armed(group) and _FROM_THE_COMMUNITY.fullmatch(between) and _COMMUNITY.search(group.name):
            dropped.add(after.id)  # "Armed men from the Meitei and Kuki communities": where they come from, no
            # civilians hurt (helper-366's clash was an attack on "Kuki communities")
    return [m for m in mentions if m.id not in dropped]


_FROM_THE_COMMUNITY = compiled(r"\s+(?:from|of)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w’'\-]*\s+(?:and\s+)?)*", re.IGNORECASE)
_COMMUNITY = compiled(r"\b(?:communit(?:y|ies)|tribes?|clans?|villages?)\b", re.IGNORECASE)
_ITS_PEOPLE_AFTER = compiled(r"\)?\s*")
"""Between a group's name (or its letters in brackets) and a word for its people."""


def _no_ones_name(name: str) -> bool:
    """Fighters named by what they are ("militants", "Gang fighters": helper-358's "Gang fighters from the Viv Ansanm
    coalition" were an unidentified group beside Viv Ansanm)."""
    return is_generic(name) or A_ROLE_OF_NO_NAME.fullmatch(name) is not None


def _its_people(group: Entity | None, people: Entity | None) -> bool:
    """Whether `people` ("rebels") is a common word for the fighters of `group`, named right before it."""
    return (
        group is not None
        and people is not None
        and armed(group)
        and armed(people)
        and not is_generic(group.name)
        and (is_generic(people.name) or _GANG_MEMBERS.fullmatch(people.name) is not None)
        and (inter(group) == inter(people) or {inter(group), inter(people)} <= {2, 3, 4})  # "Clan del Golfo gunmen"
    )  # (helper-364: the gunmen were a second, unidentified attacker beside the group)


_GANG_MEMBERS = compiled(r"(?:gang|militia|group)\s+members", re.IGNORECASE)
"""A group's people by another word ("Viv Ansanm gang members")."""


_A_UNIT_OF = compiled(r"\s+of\s+(?:the\s+)?$", re.IGNORECASE)


def their_groups_hurt(
    quote: str, start: int, mentions: list[Annotation], entities: dict[str, Entity], hurt: set[str]
) -> set[str]:
    """The groups of units hurt, named right after them ("attacked positions of the 33rd Front of the dissidents": the
    dissidents are the Front's, on its side, not the attackers' associates: helper-356's ELN row), with `hurt`."""
    ordered = sorted(mentions, key=lambda a: a.start)
    found = set(hurt)
    for unit, group in pairwise(ordered):
        of_it = _A_UNIT_OF.fullmatch(quote, unit.end - start, group.start - start) is not None
        ours, theirs = entities.get(unit.entity_id or ""), entities.get(group.entity_id or "")
        if of_it and unit.entity_id in found and ours is not None and theirs is not None and armed(theirs):
            found.add(theirs.id)
    return found


def generic_as_named(
    claim: Annotation, mentions: list[Annotation], named: list[Entity], victims: set[str]
) -> tuple[list[Entity], set[str]]:
    """Fighters told by a common word and hurt ("killed 30 rebels") as the one group of their kind the claim names
    and does not tell as hurt ("repelled an M23 attack on Sake and killed 30 rebels": the M23's dead; the row's
    other side was an unidentified group, and the M23 nowhere). A group told doing it stays the side that did it,
    its dead among the toll ("20 militants were killed when ISWAP fighters attacked a base": helper-357's rows made
    ISWAP the side hurt, by an unidentified group); "rival militants" are another group's. Rebels and militias only:
    soldiers killed may be another state's than the one named ("strikes carried out by Rwandan drones killed four
    soldiers")."""
    doing = {m.entity_id for m in mentions if _TOLD_DOING.match(claim.quote, m.end - claim.start)}
    for generic in [e for e in named if e.id in victims and actor_type(e) in NON_STATE_ARMED and is_generic(e.name)]:
        if _ANOTHER_GROUP.search(generic.name) or any(
            m.entity_id == generic.id
            and _ANOTHER_GROUP.search(claim.quote, max(0, m.start - claim.start - 12), m.start - claim.start)
            for m in mentions
        ):
            continue  # "killed 30 rival militants": another group's
        kin = [e for e in named if e.id not in victims and armed(e) and _a_name(e.name) and inter(e) == inter(generic)]
        if len(kin) == 1:
            named = [e for e in named if e is not generic]
            victims = victims - {generic.id} | (set() if kin[0].id in doing else {kin[0].id})
    return named, victims


def generic_as_the_articles(
    claim: Annotation,
    mentions: list[Annotation],
    annotations: Iterable[Annotation],
    found: tuple[list[Entity], set[str]],
    entities: dict[str, Entity],
) -> tuple[list[Entity], set[str]]:
    """Fighters the claim calls back by a common word with "the" ("the rebels killed six more soldiers") as the one
    group of their kind named before it in the article and not in the claim (helper-357's "Two days after Sunday's
    attack, the rebels killed six more" was an unidentified group's, the M23's attack told the sentence before). Two
    such groups named, or another group's words ("the rival militants"), leave it unidentified."""
    named, victims = found
    generics = [e for e in named if actor_type(e) in NON_STATE_ARMED and is_generic(e.name)]
    if not generics:
        return found
    before = [a for a in annotations if a.kind == "actor" and a.status == "accepted" and a.end <= claim.start]
    for generic in generics:
        called_back = [
            m
            for m in mentions
            if m.entity_id == generic.id
            and (
                _THE_BEFORE.search(claim.quote, max(0, m.start - claim.start - 8), m.start - claim.start)
                or _THE_OPENS.match(m.quote)
            )
            and not _ANOTHER_GROUP.search(claim.quote, max(0, m.start - claim.start - 12), m.start - claim.start)
        ]
        kin = {
            e.id: e
            for a in before
            if (e := entities.get(a.entity_id or "")) is not None
            and armed(e)
            and _a_name(e.name)
            and inter(e) == inter(generic)
        }
        if called_back and len(kin) == 1 and all(e.id not in kin for e in named):
            group = next(iter(kin.values()))
            named = [group if e is generic else e for e in named]
            victims = victims - {generic.id} | {group.id} if generic.id in victims else victims
    return named, victims


_THE_BEFORE = compiled(r"\b[Tt]he\s+$")
_THE_OPENS = compiled(r"[Tt]he\s")
_ANOTHER_GROUP = compiled(
    r"\b(?:rival|other|another|enemy|opposing|breakaway|splinter)\b(?:\s+\w+)?\s*$", re.IGNORECASE
)
_TOLD_DOING = compiled(
    r"(?:\s+(?:fighters|militants|rebels|insurgents|members|gunmen|jihadists|guerrillas|militiamen))?\s+"
    r"(?:had\s+|have\s+|has\s+|also\s+)?(?:attacked|ambushed|stormed|raided|overran|killed|struck|seized|captured|"
    r"abducted|launched|shelled|bombed|assaulted|fired)\b",
    re.IGNORECASE,
)
"""After a group's name, what it did: it stays the side that did it, whatever dead of its own the toll counts."""


def _a_name(name: str) -> bool:
    """A group's own name ("M23", "South Sudan People's Defence Forces"), not words of what it is ("separatist
    militants")."""
    return name[:1].isupper() and not is_generic(name)


def the_paramilitary(
    text: str,
    annotations: Iterable[Annotation],
    found: tuple[list[Entity], set[str]],
    entities: dict[str, Entity],
) -> tuple[list[Entity], set[str]]:
    """ "Paramilitary fighters" where the article introduced one group as "the paramilitary Rapid Support Forces": that
    group (helper-361's "the army's forces had repelled an RSF attack …, killing dozens of the paramilitary fighters"
    was the RSF against the paramilitaries, typed a state's forces, as a state's paramilitary police may be)."""
    named, victims = found
    generics = [e for e in named if _PARAMILITARIES.fullmatch(e.name)]
    if not generics:
        return found
    introduced = {
        e.id: e
        for a in annotations
        if a.kind == "actor" and a.status == "accepted"
        and (e := entities.get(a.entity_id or "")) is not None
        and armed(e) and _a_name(e.name)
        and _PARAMILITARY_BEFORE.search(text, max(0, a.start - 14), a.start) is not None
    }  # fmt: skip
    if len(introduced) != 1:
        return found
    group = next(iter(introduced.values()))
    swapped = {g.id for g in generics}
    named = list(dict.fromkeys(group if e.id in swapped else e for e in named))
    return named, {group.id if v in swapped else v for v in victims}


_PARAMILITARIES = compiled(r"(?:[Tt]he\s+)?[Pp]aramilitar(?:y|ies)(?:\s+(?:fighters|forces|troops|group|militia))?")
_PARAMILITARY_BEFORE = compiled(r"\b[Pp]aramilitary\s+$")
