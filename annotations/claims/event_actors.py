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
from collections.abc import Callable, Iterable, Set

from annotations.claims.acled_names import (
    A_ROLE_OF_NO_NAME,
    as_acled_names,
    country_name,
    named_once,
    unnamed,
)
from annotations.claims.armed import ARMED, a_persons_name, actor_type, armed, inter
from annotations.claims.bystanders import (
    a_carer,
    a_channel,
    a_source_in_passing,
    not_inquiring,
    not_of_what_came_before,
)
from annotations.claims.joint_forces import fights_beside
from annotations.claims.own_acts import (
    CLAIMING,
    ITS_MEN_OPEN,
    ITS_UNITS_DID,
    OWN_ACT,
    OWN_HURT,
    RESPONSIBILITY,
    SELF,
)
from annotations.claims.their_groups import (
    generic_as_named,
    generic_as_the_articles,
    the_paramilitary,
    their_groups_hurt,
    without_their_group,
)
from annotations.claims.two_sides import Party, beside_the_state, enemies, parties, sides
from annotations.claims.victims import (
    attacked_in_the_passive,
    gave_way,
    hurt_actors,
    served_with,
    set_upon,
    targeted_actors,
)
from annotations.claims.whose_dead import killed_whom, whose_dead
from annotations.entities.matching import fold
from annotations.model import ActorDetails, ActorType, Annotation, ClaimAttributes, Entity, accepted_within
from annotations.text.pattern_cache import compiled

ACTING_CLAIMANT = ("territorial_control", "surrender", "reinforcement")
"""Claim types whose armed claimant, when no other armed party is named, is the one who acted
("the army said the town was retaken"); of a death toll it is only the source ("police said 12
people were killed")."""
VIOLENT = ("Battles", "Explosions/Remote violence", "Violence against civilians")
CROWDS: dict[str, tuple[str, ActorType]] = {"Protests": ("Protesters", "protesters"), "Riots": ("Rioters", "rioters")}


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
        if not isinstance(details, ActorDetails):
            return actor
        if not details.affiliation:
            return self._of_its_role(actor)
        group = self._by_name.get(fold(details.affiliation))
        if group is None or group.id == actor.id:
            return actor
        if details.actor_type == "media":
            return group if speaking and armed(group) else actor
        if details.actor_type not in (*ARMED, "government_officials") or not a_persons_name(actor.name):
            return actor
        if inter(group) != inter(actor) or (details.actor_type in ARMED and actor_type(group) not in ARMED):
            return actor
        return group

    def _of_its_role(self, actor: Entity) -> Entity:
        """An armed group's spokesman, commander or leader named by the group's name ("a KIA spokesman said"): the
        group, when it is known by that name (helper-359's row had "KIA spokesman" as actor 1, against the KIA)."""
        role = _A_GROUPS_ROLE.fullmatch(actor.name)
        group = self._by_name.get(fold(role["group"])) if role is not None else None
        return group if group is not None and group.id != actor.id and armed(group) and armed(actor) else actor


_A_GROUPS_ROLE = compiled(
    r"(?:[Aa]n?\s+|[Tt]he\s+)?(?P<group>.+?)\s+(?:spokes(?:man|woman|person)|commander|leader|official)s?"
)


def claim_actors(
    claim: Annotation, claimant: Entity | None, annotations: Iterable[Annotation], entities: dict[str, Entity],
    groups: Groups, status: str = "", text: str = "",
) -> tuple[list[Entity], set[str]]:  # fmt: skip
    """The actors of a claim's event, armed parties first, in text order: those tagged inside its
    words and those it is about (the claimant's own mention left out: the speaker is the source),
    with an armed claimant first when it tells of its own acts or of a place its side took
    (`status`: what the claim says of the event's place), and actors told only as killed or hurt
    last (`victims.hurt_actors`); with the ids of those."""
    attributes = claim.attributes
    assert isinstance(attributes, ClaimAttributes)
    within = [a for a in accepted_within(annotations, claim.start, claim.end, "actor") if a.entity_id in entities]
    tagged = [
        a
        for a in within
        if (a.id != attributes.claimant_annotation_id or _named_back_as_speaker(claim, a))
        and not a_channel(claim, a, entities)
        and not a_source_in_passing(claim, a, entities)
        and not a_carer(claim, a)
        and not _FORMER.search(claim.quote, max(0, a.start - claim.start - 12), a.start - claim.start)
        and not _GO_BETWEEN.search(claim.quote, max(0, a.start - claim.start - 40), a.start - claim.start)
    ]
    tagged = not_of_what_came_before(claim, not_inquiring(claim, tagged), entities)
    tagged = without_their_group(claim, tagged, entities)
    inside = [entities[a.entity_id] for a in sorted(tagged, key=_taker_first(claim)) if a.entity_id]
    named = [*inside, *(entities[i] for i in attributes.actors if i in entities)]
    named = list(dict.fromkeys(groups.acting_for(e) for e in named))
    hurt = {} if attributes.claim_type in ACTING_CLAIMANT else hurt_actors(claim, within, entities, groups)
    targets = targeted_actors(claim, within, entities, groups)  # struck: never two sides fighting each other
    targets = {
        **targets,
        **set_upon(claim, within, entities, groups),
        **attacked_in_the_passive(claim, within, entities, groups),
    }
    served = served_with(claim, within, entities, groups)
    armed_hurt = [e for e in named if e.id in hurt and e.id not in targets and e.id not in served and armed(e)]
    if _fought_each_other(armed_hurt) and all(e.id in hurt or e.id in targets for e in named if armed(e)):
        hurt = {i: e for i, e in hurt.items() if not armed(e)}  # "two soldiers were wounded and 11 ISWAP fighters
        # were killed": they fought each other
    victims = their_groups_hurt(claim.quote, claim.start, within, entities, set(hurt) | set(targets))
    if not victims and attributes.claim_type not in ACTING_CLAIMANT:
        victims = _dead_by_their_word(claim.quote, named)
    named, victims = generic_as_named(claim, within, named, victims)
    named, victims = generic_as_the_articles(claim, within, annotations, (named, victims), entities)
    named, victims = the_paramilitary(text, annotations, (named, victims), entities)
    if attributes.claim_type == "territorial_control":
        victims = victims | gave_way(claim, within, entities, groups)
    armed_hurt = [e for e in named if e.id in victims and armed(e)]
    named = [*(e for e in named if e.id not in victims), *(e for e in named if e.id in victims)]
    kin_of = [e for e in named if e.id not in victims]  # not whom his side killed (a review)
    claimant = _speaking_for(groups.acting_for(claimant, speaking=True), kin_of) if claimant is not None else None
    if claimant is not None and not armed(claimant) and inter(claimant) == 7 and OWN_HURT.search(claim.quote):
        return [*_armed_first(named), claimant], victims | {claimant.id}  # "Doctors Without Borders said two of
        # its staff members were killed": its people, the event's victims (was a battle with no one hit)
    if claimant is None or not armed(claimant):
        return _armed_first(named), victims
    others = _armed_first(e for e in named if e.id != claimant.id)
    if OWN_HURT.search(claim.quote) and not OWN_ACT.search(claim.quote) and claimant.id not in {e.id for e in named}:
        return [*others, claimant], victims | {claimant.id}  # its loss: against whoever did it
    doer_named = any(armed(e) and e.id not in victims for e in named) or _BY_SOMEONE.search(claim.quote)
    if armed_hurt and not doer_named and _enemy_of(claimant, armed_hurt):
        return [claimant, *others], victims  # the army said 20 ISWAP fighters were killed: the army killed them
    own = SELF.search(claim.quote)
    if own is not None and own.start() > 0 and doer_named and not _AN_OBJECT.search(claim.quote, 0, own.start()):
        own = None  # "bandits abducted 40 villagers, and its forces launched a search": the bandits did it
    own = own or (RESPONSIBILITY.match(claim.quote) if attributes.cue.lower().startswith(CLAIMING) else None)
    if own is None and actor_type(claimant) == "state_forces":
        own = _its_untagged_men(claim, within, claimant)  # "officers, supported by …, had pushed the gunmen back"
        if own is None and not any(armed(e) for e in named):
            own = ITS_UNITS_DID.match(claim.quote)  # "the army said units … had carried out strikes near Arbinda"
            if own is not None and own["strikes"] and _POLICE.search(claimant.name):
                own = None  # "Police said air strikes killed 16 villagers": no police flew them (helper-343)
    if own is not None or (attributes.claim_type in ACTING_CLAIMANT and _took_it(claimant, status)):
        return [claimant, *others], victims  # "the MNDAA said its fighters seized the Command"; "the army retook Kanam"
    if attributes.claim_type in ACTING_CLAIMANT and not any(armed(e) for e in named):
        return [claimant, *others], victims  # "the army said the town was retaken": the army acted
    return _armed_first(named), victims


def _taker_first(claim: Annotation) -> Callable[[Annotation], tuple[bool, int]]:
    """Mentions in text order, those after "lost … to" first: "The RSF lost control of Bara to the army" is the
    army's taking (helper-361's row had the RSF overtake Bara)."""
    lost = _LOST_TO.search(claim.quote)
    taker = claim.start + lost.end() if lost is not None else claim.end
    return lambda mention: (mention.start < taker, mention.start)


_LOST_TO = compiled(
    r"\b(?:lost|ceded|surrendered|conceded)\s+(?:(?:full\s+|complete\s+)?control\s+(?:of|over)\s+)?"
    r"(?:the\s+)?(?:\w+\s+of\s+)?(?-i:[A-Z])[\w\-’']*(?:\s+(?-i:[A-Z])[\w\-’']*)*\s+to\s+",
    re.IGNORECASE,
)
"""A place lost to whoever took it ("lost control of Bara to the army", "ceded the town of Kumbo to the rebels")."""


_FORMER = compiled(r"\b(?:former|ex-?)\s*$", re.IGNORECASE)
"""Before a group's name, a person who left it ("shot dead a former FARC fighter and his wife"): a civilian killed, not
the group fought (helper-359's row was a battle of the ELN against the FARC)."""
_GO_BETWEEN = compiled(
    r"\b(?:mediation\s+(?:by|of)|mediated\s+by|brokered\s+by|facilitated\s+by)\s+"
    r"(?:the\s+)?(?:[\w\-]+\s+){0,2}?$",
    re.IGNORECASE,
)
"""Before an actor, that it brought the parties together ("a ceasefire … after mediation by elders from Souq
al-Jumaa": helper-366's agreement was the elders', as Civilians (Libya)): no party of it."""
_POLICE = compiled(r"\b(?:police|gendarm\w*)\b", re.IGNORECASE)
_POLICE_MEN = compiled(r"officers|policemen|police\s+officers|security\s+forces", re.IGNORECASE)


def _named_back_as_speaker(claim: Annotation, speaker: Annotation) -> bool:
    """Whether the claimant's mention opens the claim's own words, the speaker named back after them ("Islamic
    State Mozambique Province fighters beheaded four Christians …, the group said"): the doer, not only the source
    (helper-359's row had an unidentified group beheading them, and the Christians its only party)."""
    opens = claim.start <= speaker.start < claim.end and not claim.quote[: speaker.start - claim.start].strip()
    return opens and _SAYS_NEXT.match(claim.quote, speaker.end - claim.start) is None  # not "Li Kyarwen said that …"


_SAYS_NEXT = compiled(
    r"\s*(?:,[^,]{0,60},\s*)?(?:said|says|say|told|tells|stated|claimed|claims|announced|reported|added|wrote|"
    r"denied|accused|confirmed)\b",
    re.IGNORECASE,
)


def _its_untagged_men(claim: Annotation, within: list[Annotation], claimant: Entity) -> re.Match[str] | None:
    """The claim opening with forces' men who acted (`ITS_MEN_OPEN`), where they are not tagged."""
    men = ITS_MEN_OPEN.match(claim.quote)
    if men is None or (_POLICE_MEN.fullmatch(men["men"]) is None and _POLICE.search(claimant.name) is not None):
        return None  # the police tell of their officers, not of soldiers (helper-316)
    start, end = claim.start + men.start("men"), claim.start + men.end("men")
    return None if any(a.start < end and start < a.end for a in within) else men


def _speaking_for(claimant: Entity, named: list[Entity]) -> Entity:
    """A person of armed forces whose group was not found (an affiliation two actors answer to:
    "army") speaks for the one actor of their kind the claim names: helper-268's army spokesman
    telling that "reinforcements had retaken Marte" was a party of his own, against the army; a role of no name
    too ("a rebel spokesman said M23 rebels captured Sake": an unidentified group against the M23, helper-354)."""
    speaks = a_persons_name(claimant.name) or A_ROLE_OF_NO_NAME.search(claimant.name) is not None
    if not speaks or not armed(claimant) or claimant in named:
        return claimant
    kin = [e for e in named if inter(e) == inter(claimant) and actor_type(e) == actor_type(claimant)]
    return kin[0] if len(kin) == 1 else claimant


def _dead_by_their_word(quote: str, named: list[Entity]) -> set[str]:
    """With no actor tagged as killed: the side the words of the dead name, when the claim's armed
    actors are one state's forces and one armed group ("the strikes had killed five terrorists",
    IDF and Hezbollah chosen for it: Hezbollah's dead, by the IDF; a newcomer's row had them the
    other way round)."""
    fighting = [e for e in named if armed(e)]
    state = [e for e in fighting if actor_type(e) == "state_forces"]
    others = [e for e in fighting if actor_type(e) != "state_forces"]
    if len(state) != 1 or len(others) != 1:
        return set()
    dead = whose_dead(quote) if killed_whom(quote) else None  # "its troops repelled attacks": no dead
    return {others[0].id} if dead == "fighters" else {state[0].id} if dead == "forces" else set()


_AN_OBJECT = compiled(r"\b(?:from|against|on|at|with|by)\s+$", re.IGNORECASE)
"""Before the speaker's own forces told mid-claim: they are the object ("the army retook Lashio
from its fighters"), not a clause of their own after the doer's act."""
_BY_SOMEONE = compiled(
    r"\b(?:by|in an? (?:\w+\s+)?(?:attack|ambush|raid|assault) (?:by|of)|in (?:an? )?(?:clash(?:es)?|fighting|"
    r"gunfight|battle|exchange of fire) with)\s",
    re.IGNORECASE,
)
"""A doer named in the words, tagged or not ("were killed by vigilantes")."""


def _fought_each_other(hurt: list[Entity]) -> bool:
    """Whether armed actors all told as hurt fought each other: of two kinds (a state's forces
    and rebels), or two groups of one kind but the state's ("ISWAP and Boko Haram fighters were
    killed"); soldiers and police hurt together are one side's loss."""
    kinds = {inter(e) for e in hurt}
    if kinds in ({1, 3}, {1, 4}):
        return False  # "at least 27 soldiers and members of the VDP were killed": the army's side and its militia
        # (helper-361's row set the army against the VDP)
    return len(kinds) > 1 or (len(hurt) > 1 and kinds != {1})


def _enemy_of(claimant: Entity, hurt: list[Entity]) -> bool:
    """Whether an armed claimant telling of others' dead killed them: a state's forces of
    rebels' dead, rebels of the state's or of a militia's, a militia of rebels' ("the CJTF said 30
    ISWAP fighters were killed"), a state's of bandits' or gangs'; "police said five vigilantes were
    killed" may be an ally's loss, "ISWAP said 30 Boko Haram fighters were killed" does not say by whom."""
    sides = {inter(claimant), *(inter(e) for e in hurt)}
    outlaws = sides == {1, 3} and all(inter(e) == 1 or _OUTLAWS.search(e.name) for e in (claimant, *hurt))
    return (sides in ({1, 2}, {2, 3}) or outlaws) and all(
        e.id != claimant.id and inter(e) != inter(claimant) for e in hurt
    )


_OUTLAWS = compiled(r"\b(?:bandits?|gangs?|gangsters?|cartels?|kidnappers?|pirates?|criminals?)\b", re.IGNORECASE)
"""A militia no state fights beside: "police said 12 bandits were killed" killed them (a
vigilante group, a self-defence force may be the state's ally)."""


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
    """Actor 1 and actor 2 of an event of this type (see the module); `victims`: the ids of the
    actors only killed or hurt in it, who did not do it."""
    where = country_name(country_code) or country
    violent = event_type in VIOLENT  # a crowd's students or worshippers are no "Civilians" beside it; those arrested
    kinds = violent or sub_type == "Arrests"  # are ("arrested 15 students": Civilians (Myanmar), helper-364)
    actors = named_once([named for actor in actors for named in as_acled_names(actor, where, kinds=kinds)])
    if event_type in CROWDS:
        name, crowd_type = CROWDS[event_type]
        crowd = [a for a in actors if actor_type(a) == crowd_type] or [unnamed(name, crowd_type, where)]
        others = [a for a in actors if a not in crowd]
        if event_type == "Riots":  # protesters who threw stones are the rioters, not whom they fought
            others = [a for a in others if actor_type(a) != "protesters"]
        joined = [a for a in others if inter(a) == 7 and not (event_type == "Riots" and a.id in victims)]
        crowd += joined  # students, residents who protest are the crowd's; not worshippers rioters attacked
        others = [a for a in others if a not in joined and sub_type != "Peaceful protest"]  # what it protests
        return (crowd[0], crowd[1:]), parties(others)[0]  # against is no party ("protection from the armed groups")
    if sub_type == "Looting/property destruction" and not any(inter(a) != 7 for a in actors):
        actors = [unnamed("Unidentified Armed Group", "political_militia", where), *actors]  # "a health centre
        # had been looted and two aid workers were missing": the aid workers are whom it was done to (helper-275)
    if event_type not in VIOLENT:
        return parties(actors)
    if not any(armed(a) and a.id not in victims for a in actors):
        if sub_type == "Government regains territory":
            actors = [unnamed("Military Forces of", "state_forces", where, around=False), *actors]
        else:
            actors = [unnamed("Unidentified Armed Group", "political_militia", where), *actors]
    if event_type == "Battles":  # the first doer against those it hurt, before any other doer
        fighting = [a for a in actors if inter(a) != 7]
        doers = [a for a in fighting if a.id not in victims]
        if sub_type == "Government regains territory":  # "officers regained control from Viv Ansanm": the state's
            doers.sort(key=lambda a: actor_type(a) != "state_forces")
        hurt = [a for a in fighting if a.id in victims]
        if doers and hurt:  # "soldiers and volunteers were killed": the army's side, its militia associated
            doer, loser = doers[0], hurt[0]
            enemy = next((a for a in doers[1:] if enemies(doer, a)), None)
            if enemy is not None and inter(loser) == inter(doer):  # "Two soldiers were killed when troops pursued
                # the rebels": the troops' own loss, against the rebels (helper-366's row was the army against them)
                police = [
                    a
                    for a in hurt
                    if (_POLICE.search(a.name) or _POLICE_MEN.search(a.name)) and not _POLICE.search(doer.name)
                ]
                return sides(doer, enemy, [*(a for a in doers[1:] if a is not enemy), *police])  # the police
                # killed with them ("Two policemen were killed when troops pursued ADF rebels": helper-369)
            return (doer, [a for a in doers[1:] if inter(a) == inter(doer) or beside_the_state(doer, a)]), (
                loser,
                [a for a in hurt[1:] if not enemies(loser, a)],
            )
        beside = [a for a in doers[1:] if fights_beside(doers[0], a)]  # "Rwandan and Mozambican troops recaptured"
        if doers and beside:
            return (doers[0], beside), parties([*hurt, *(a for a in doers[1:] if a not in beside)])[0]
        return parties([*doers[:1], *hurt, *doers[1:]])
    if event_type == "Violence against civilians":
        killed = [a for a in actors if a.id in victims or actor_type(a) in ("civilians", "media")]
        killed = [a for a in killed if inter(a) == 7] or [unnamed("Civilians", "civilians", where)]
        doers = [a for a in actors if inter(a) != 7 and a.id not in victims] or [a for a in actors if inter(a) != 7]
        first = doers[0] if doers else None
        with_first = [a for a in doers[1:] if not enemies(first, a)]  # a militia that killed with the army
        return (first, with_first), (killed[0], killed[1:])  # the killed, not another armed group
    return parties(actors)


def _armed_first(actors: Iterable[Entity]) -> list[Entity]:
    return sorted(actors, key=lambda e: not armed(e))
