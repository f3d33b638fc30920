"""Who the parties of an event row are: actor 1 and actor 2 with their associated actors, as
ACLED's codebook names them, from the actors an analyst tagged in and around a claim.

ACLED codes groups, not people: a fighter or an official whose affiliation names a known group
of their own kind is coded as that group. Violence always has a doer: when no one tagged could
have done it, actor 1 is an "Unidentified Armed Group (Country)", and the victims of violence
against civilians are "Civilians (Country)" when none is tagged. A protest or a riot is the
crowd's: "Protesters (Country)" or "Rioters (Country)" is actor 1 unless the crowd is tagged, and
the police that dispersed them actor 2. Civilians are never a party to a battle.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Set
from functools import cache

from annotations.entities.matching import fold
from annotations.entities.usage import ACLED_INTER_CODES
from annotations.model import ActorDetails, ActorType, Annotation, ClaimAttributes, Entity

ARMED = ("state_forces", "rebel_group", "political_militia", "identity_militia", "external_other")
SELF = re.compile(
    r"^(?:that\s+)?(?:it|they|we)\b|\b(?:its|their|our)\s+(?:own\s+)?(?:\w+\s+)?(?:fighters|forces|troops|soldiers|"
    r"militants|men|units|army|guerrillas|combatants)\b|^(?:that\s+)?(?:his|her)\s+(?:own\s+)?(?:\w+\s+)?(?:fighters|"
    r"forces|troops|soldiers|militants|men|units|guerrillas|combatants)\b",
    re.IGNORECASE,
)
"""A claim in which the speaker tells of its own acts ("it captured…", "his fighters seized…"; a
person's "his" only opening the claim: "bandits abducted the village head and his men" is not
the speaker's)."""
ACTING_CLAIMANT = ("territorial_control", "surrender", "reinforcement")
"""Claim types whose armed claimant, when no other armed party is named, is the one who acted
("the army said the town was retaken"); of a death toll it is only the source ("police said 12
people were killed")."""
VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")
CROWDS: dict[str, tuple[str, ActorType]] = {"Protests": ("Protesters", "protesters"), "Riots": ("Rioters", "rioters")}
ACLED_COUNTRY_NAMES = {
    "CD": "Democratic Republic of Congo", "CG": "Republic of Congo", "RU": "Russia", "PS": "Palestine",
}  # fmt: skip
"""Where ACLED's name of a country is not ISO's common name."""

Party = tuple[Entity | None, list[Entity]]
"""An event's actor and the actors associated with it."""


class Groups:
    """The corpus's actors by every name they go by (folded), for the affiliations that name
    them; a name two actors share names neither ("al-Shabaab" of Somalia and of Mozambique)."""

    def __init__(self, entities: Iterable[Entity]) -> None:
        self._by_name: dict[str, Entity | None] = {}
        for entity in entities:
            if isinstance(entity.details, ActorDetails):
                for name in {fold(n) for n in entity.names()}:
                    known = self._by_name.get(name, entity)
                    self._by_name[name] = entity if known is entity else None

    def acting_for(self, actor: Entity, *, speaking: bool = False) -> Entity:
        """The group a person acts for: the known group their affiliation names, of their own
        inter code and armed if they are ("Luis Emilio Cardozo", a commander of the ELN, is the
        ELN; a colonel of the Ministry of Defence stays an armed party); an outlet speaking for an
        armed group is that group (Amaq telling of "its fighters"). A civilian, a journalist or a
        group ("ISWAP", affiliated to the Islamic State) stays itself."""
        details = actor.details
        if not isinstance(details, ActorDetails) or not details.affiliation:
            return actor
        group = self._by_name.get(fold(details.affiliation))
        if group is None or group.id == actor.id:
            return actor
        if details.actor_type == "media":
            return group if speaking and armed(group) else actor
        if details.actor_type not in (*ARMED, "government_officials") or not _a_persons_name(actor.name):
            return actor
        if inter(group) != inter(actor) or (details.actor_type in ARMED and actor_type(group) not in ARMED):
            return actor
        return group


def claim_actors(
    claim: Annotation, claimant: Entity | None, annotations: Iterable[Annotation], entities: dict[str, Entity],
    groups: Groups, status: str = "",
) -> tuple[list[Entity], set[str]]:  # fmt: skip
    """The actors of a claim's event, armed parties first, in text order: those tagged inside its
    words and those it is about (the claimant's own mention left out: the speaker is the source),
    with an armed claimant first when it tells of its own acts or of a place its side took
    (`status`: what the claim says of the event's place), and armed actors told only as killed or
    hurt last; with the ids of those."""
    attributes = claim.attributes
    assert isinstance(attributes, ClaimAttributes)
    tagged = [
        a for a in annotations
        if a.kind == "actor" and a.status == "accepted" and a.entity_id in entities
        and a.id != attributes.claimant_annotation_id and claim.start <= a.start and a.end <= claim.end
    ]  # fmt: skip
    inside = [entities[a.entity_id] for a in sorted(tagged, key=lambda a: a.start) if a.entity_id]
    named = [*inside, *(entities[i] for i in attributes.actors if i in entities)]
    named = list(dict.fromkeys(groups.acting_for(e) for e in named))
    victims = (
        set() if attributes.claim_type in ACTING_CLAIMANT else _armed_victims(claim, annotations, entities, groups)
    )
    if len({inter(e) for e in named if e.id in victims}) > 1 and all(e.id in victims for e in named if armed(e)):
        victims = set()  # "two soldiers were wounded and 11 ISWAP fighters were killed": they fought each other
    named = [*(e for e in named if e.id not in victims), *(e for e in named if e.id in victims)]
    claimant = groups.acting_for(claimant, speaking=True) if claimant is not None else None
    if claimant is None or not armed(claimant):
        return _armed_first(named), victims
    others = _armed_first(e for e in named if e.id != claimant.id)
    hurt = [e for e in named if e.id in victims]
    if hurt and not any(armed(e) and e.id not in victims for e in named) and _enemy_of(claimant, hurt):
        return [claimant, *others], victims  # the army said 20 ISWAP fighters were killed: the army killed them
    if SELF.search(claim.quote) or (attributes.claim_type in ACTING_CLAIMANT and _took_it(claimant, status)):
        return [claimant, *others], victims  # "the MNDAA said its fighters seized the Command"; "the army retook Kanam"
    if attributes.claim_type in ACTING_CLAIMANT and not any(armed(e) for e in named):
        return [claimant, *others], victims  # "the army said the town was retaken": the army acted
    return _armed_first(named), victims


_KILLED_AFTER = re.compile(
    r"(?:\s+(?:fighters|militants|soldiers|troops|members|men|policemen|officers|insurgents|rebels|gunmen))?"
    r"\s+(?:(?:were|was|had been|have been|has been|are|is|being)\s+(?:\w+\s+)?(?:killed|wounded|injured|abducted|"
    r"kidnapped|executed|beheaded|ambushed|taken hostage)|(?:\w+\s+)?(?:died|perished|lost their lives))\b",
    re.IGNORECASE,
)
_KILLED_BEFORE = re.compile(
    r"\b(?:killed|killing|kills|wounded|wounding|injured|injuring|abducted|abducting|kidnapped|kidnapping|executed|"
    r"beheaded|ambushed|ambushing)\s+(?:(?:at least|some|about|nearly|more than|over|up to|dozens of|scores of)\s+)?"
    r"(?:(?!(?:when|as|after|by|in|at|on|near|while|and|but|during|before|since|because|with|from|for)\b)[\w\-]+\s+){0,3}$",
    re.IGNORECASE,
)
"""Around an actor's words: it was killed, not the killer ("Twelve soldiers were killed",
"gunmen killed four policemen")."""


def _armed_victims(
    claim: Annotation, annotations: Iterable[Annotation], entities: dict[str, Entity], groups: Groups
) -> set[str]:
    """The armed actors a claim tells only as killed or hurt ("twelve soldiers were killed when
    ISWAP attacked": ISWAP did it, the army is actor 2), by the ids of the groups they act for."""
    told: dict[str, bool] = {}
    for a in annotations:
        inside = claim.start <= a.start and a.end <= claim.end
        if a.kind != "actor" or a.status != "accepted" or a.entity_id not in entities or not inside:
            continue
        group = groups.acting_for(entities[a.entity_id])
        before = claim.quote[max(0, a.start - claim.start - 60) : a.start - claim.start]
        hurt = bool(_KILLED_AFTER.match(claim.quote, a.end - claim.start) or _KILLED_BEFORE.search(before))
        told[group.id] = told.get(group.id, True) and hurt and armed(group)
    return {entity_id for entity_id, only_hurt in told.items() if only_hurt}


def _enemy_of(claimant: Entity, hurt: list[Entity]) -> bool:
    """Whether an armed claimant telling of others' dead is their enemy: of another side (inter
    code) than every one of them ("police said 12 soldiers were killed" is the state's own loss)."""
    return all(e.id != claimant.id and inter(e) != inter(claimant) for e in hurt)


def _took_it(claimant: Entity, status: str) -> bool:
    """Whether the claim says the claimant's side took the place: the state retook or holds it,
    or others captured it ("ISWAP said the army fled Kanam")."""
    state = actor_type(claimant) == "state_forces"
    return status in ("retaken", "government_held") if state else status == "captured"


def event_parties(
    event_type: str,
    sub_type: str,
    actors: list[Entity],
    country_code: str,
    country: str,
    victims: Set[str] = frozenset(),
) -> tuple[Party, Party]:
    """Actor 1 and actor 2 of an event of this type (see the module); `victims`: the ids of armed
    actors only killed or hurt in it, who did not do it."""
    where = country_name(country_code) or country
    if event_type in CROWDS:
        name, crowd_type = CROWDS[event_type]
        crowd = [a for a in actors if actor_type(a) == crowd_type] or [_unnamed(name, crowd_type, where)]
        others = [a for a in actors if a not in crowd]
        if event_type == "Protests":  # students, residents who protest are the crowd's
            crowd += [a for a in others if inter(a) == 7]
            others = [a for a in others if inter(a) != 7]
        return (crowd[0], crowd[1:]), parties(others)[0]
    if event_type not in VIOLENT:
        return parties(actors)
    if not any(armed(a) and a.id not in victims for a in actors):
        if sub_type == "Government regains territory":
            actors = [_unnamed("Military Forces of", "state_forces", where, around=False), *actors]
        else:
            actors = [_unnamed("Unidentified Armed Group", "political_militia", where), *actors]
    if event_type == "Battles":
        return parties([a for a in actors if not unarmed_victim(a)])
    if event_type == "Violence against civilians":
        killed = [a for a in actors if unarmed_victim(a)] or [_unnamed("Civilians", "civilians", where)]
        doers = [a for a in actors if not unarmed_victim(a)]
        (doer, with_doer), _ = parties(doers)
        return (doer, with_doer), (killed[0], killed[1:])  # the killed, not another armed group
    return parties(actors)


def parties(actors: list[Entity]) -> tuple[Party, Party]:
    """Actor 1 and actor 2 of an event from its actors (armed parties first): actor 1 the first,
    actor 2 the first of another kind (inter code) than actor 1, else the next; each with the
    others of its own kind as associated actors ("Taliban and Haqqani fighters attacked army
    posts": Taliban with Haqqani network, then the army). Others of a third kind are left out."""
    if not actors:
        return (None, []), (None, [])
    first, rest = actors[0], actors[1:]
    second = next((a for a in rest if inter(a) != inter(first)), None)
    if second is None:
        return (first, []), (rest[0] if rest else None, rest[1:])
    with_first = [a for a in rest if inter(a) == inter(first)]
    with_second = [a for a in rest if a is not second and inter(a) == inter(second)]
    return (first, with_first), (second, with_second)


_FORCES_NAMED = re.compile(
    r"\b(?:forces?|troops|army|military|soldiers|peacekeep\w*|task force|contractors|mercenaries|Wagner|"
    r"Africa Corps|brigades?|battalions?|navy|air force|police|gendarmerie|guards?|fighters|militias?|units?)\b",
    re.IGNORECASE,
)
_UNARMED_NAMED = re.compile(
    r"\b(?:aid|relief|humanitarian|rights|amnesty|watch|red cross|red crescent|m[ée]decins|doctors|save the children|"
    r"oxfam|unicef|unhcr|wfp|ocha|iom|icrc|msf|hunger|charity|church|diocese|university|school|hospital|clinic|ngo|"
    r"observatory|institute|foundation|network|association|committee|commission|society|council|league|trust|fund|"
    r"platform|initiative|organi[sz]ation|agency|programme|program|cent(?:re|er)|united nations|un|analysts?|"
    r"researchers?|sources?|observers?|witnesses|community|communities)\b",
    re.IGNORECASE,
)
"""Outside actors (typed "other") whose names say they bear no arms: aid, rights and UN bodies,
observers. Any other "other" may be a force ("MNJTF", "Lakurawa", a private military company,
"Chad" acting): "other" is also the type of every name the lexicon does not know."""


def armed(entity: Entity) -> bool:
    """Whether an actor can be a party to violence: a state's forces, an armed group or militia,
    or an outside actor not named as an aid, rights or UN body ("Human Rights Watch said Kanam
    was retaken" names no one who retook it; UN peacekeepers are a force)."""
    kind = actor_type(entity)
    if kind != "external_other":
        return kind in ARMED
    names = list(entity.names())
    return any(_FORCES_NAMED.search(n) for n in names) or not any(_UNARMED_NAMED.search(n) for n in names)


def unarmed_victim(entity: Entity) -> bool:
    """Civilians and the press (ACLED's inter code 7), with aid, rights and UN bodies."""
    return inter(entity) == 7


def inter(entity: Entity | None) -> int:
    """ACLED's inter code of an actor's type; an outside body bearing no arms (an aid group, a
    rights watchdog) is coded with civilians (7), as ACLED codes aid workers."""
    if entity is None:
        return 0
    kind = actor_type(entity)
    return 7 if kind == "external_other" and not armed(entity) else ACLED_INTER_CODES.get(kind, 8)


def actor_type(entity: Entity) -> str:
    return entity.details.actor_type if isinstance(entity.details, ActorDetails) else ""


@cache
def country_name(code: str) -> str:
    """A country as ACLED names it ("Democratic Republic of Congo", "Iran"), from its ISO code."""
    import pycountry

    country = pycountry.countries.get(alpha_2=code) if code else None
    if country is None:
        return ""
    return ACLED_COUNTRY_NAMES.get(code) or getattr(country, "common_name", "") or country.name


def _armed_first(actors: Iterable[Entity]) -> list[Entity]:
    return sorted(actors, key=lambda e: not armed(e))


def _unnamed(name: str, kind: ActorType, country: str, *, around: bool = True) -> Entity:
    """ACLED's name for an actor the text does not name: "Protesters (Nigeria)", "Military Forces
    of Nigeria"."""
    if not country:
        return Entity.actor(name.removesuffix(" of"), ActorDetails(kind))
    return Entity.actor(f"{name} ({country})" if around else f"{name} {country}", ActorDetails(kind))


def _a_persons_name(name: str) -> bool:
    from annotations.suggest.people import a_persons_name  # the suggestions' reading of names

    return a_persons_name(name)
