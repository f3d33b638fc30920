"""What kind of event a claim's row is (ACLED's event type and sub-type): the analyst's choice, else the weapon or
act its words name (`event_words`), else what its claim type, the control status it gives the place and its
parties tell (split from `events`, which was over 450 lines)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from annotations.claims.allies import on_the_states_side
from annotations.claims.armed import actor_type, armed, forces_of_another_country, inter
from annotations.claims.board import BoardClaim
from annotations.claims.civilian_dead import civilians_dead, some_civilians_among_them
from annotations.claims.event_words import (
    AGREEMENT,
    ARRESTED_IN_A_CLASH,
    BY_WORDS,
    HELD_FOR,
    LOOTING,
    SHELLING,
    WITHOUT_A_FIGHT,
    both_sides_fought,
    caught_between,
    clashed_then,
    fought_then,
)
from annotations.claims.no_row import A_DEATH_TOLD, ATTACKED, FIGHTING, tells_no_event
from annotations.claims.own_acts import SELF
from annotations.claims.protests import PROTESTED, PROTESTS, RIOTS, protest_kind
from annotations.claims.takings import taken_first_by_others
from annotations.claims.targets import A_POST, people_attacked
from annotations.claims.unnamed_parties import SHOT_DOWN
from annotations.model import Annotation, ClaimAttributes, Entity
from annotations.text.pattern_cache import compiled

TAKEN = ("captured", "retaken")
"""The control statuses of a place taken."""
ABDUCTION = "Abduction/forced disappearance"


@dataclass(frozen=True, slots=True)
class Tagged:
    """A claim as the board reads it, with the annotation it is (its actors, its time)."""

    claim: BoardClaim
    annotation: Annotation

    @property
    def attributes(self) -> ClaimAttributes:
        attributes = self.annotation.attributes
        assert isinstance(attributes, ClaimAttributes)
        return attributes


_A_CAUSE = compiled(r"\b(?:after|following|when)\s+(?:[\w\-’']+\s+){0,6}$", re.IGNORECASE)
"""Right before what set an event off ("… erupted after Radaa fighters detained …")."""
_ARRESTED = compiled(r"\b(?:arrest\w*|detain\w*)\b", re.IGNORECASE)


def event_kind(
    tagged: Tagged, actors: list[Entity], place_id: str, victims: set[str], figures: list[int], code: str
) -> tuple[str, str]:
    claim = tagged.claim
    if tagged.attributes.event_type:  # the analyst's choice
        event_type, _, sub_type = tagged.attributes.event_type.partition(": ")
        return event_type, sub_type
    others_armed = [a for a in actors if armed(a) and a.id not in victims and actor_type(a) != "state_forces"]
    rioting = any(actor_type(a) == "rioters" for a in actors) and not _ARRESTED.search(claim.quote)
    if rioting and not others_armed:  # police firing tear gas at them too; not "arrested 40 looters" (helper-279)
        return RIOTS, "Violent demonstration" if PROTESTED.search(claim.quote) else "Mob violence"  # "rioters had set
        # fire to two police stations" (helper-275: a looting by the rioters)
    for pattern, event_type, sub_type in BY_WORDS:
        found = next(
            (
                m
                for m in pattern.finditer(claim.quote)
                if not SHOT_DOWN.search(claim.quote, max(0, m.start() - 30), m.start())
            ),
            None,
        )  # a weapon seized did nothing; one used after it did ("recovered two grenades after … hurled a grenade")
        if sub_type == LOOTING and (
            figures
            or A_DEATH_TOLD.search(claim.quote)
            or fought_then(claim.quote)
            or claim.facts.claim_type in ("territorial_control", "surrender")
            or (ATTACKED.search(claim.quote) and A_POST.search(claim.quote))
            or people_attacked(claim.quote)
        ):  # "gunmen burned homes and killed five people", "looting shops and clashing with soldiers",
            continue  # "stormed the town of Mirebalais, … setting fire to a police station": the taking
        if found and sub_type == AGREEMENT and (figures or A_DEATH_TOLD.search(claim.quote)):
            continue  # the dead of a fight before or after the truce: the fight's row
        if found and sub_type == SHELLING and clashed_then(claim.quote):
            continue  # the missile of a clash ("clashed with Israeli troops and destroyed a tank with a missile")
        if (
            sub_type == "Arrests"
            and (figures or ARRESTED_IN_A_CLASH.search(claim.quote))
            and not HELD_FOR.search(claim.quote)
        ):
            continue  # "killed three suspected members of Los Lobos in a clash … and arrested seven": a battle
        if (
            found
            and sub_type == "Arrests"
            and _A_CAUSE.search(claim.quote, 0, found.start())
            and FIGHTING.search(claim.quote, 0, found.start())
        ):
            continue  # "The fighting between … erupted … after Radaa fighters detained a commander": the fighting
            # (helper-366's row was an arrest)
        if found and sub_type == ABDUCTION and _forces_set_upon(claim.quote, actors):
            # "JNIM attacked a convoy escorted by soldiers …, abducting several drivers": a battle with the escort
            # (helper-359's row was an abduction of civilians, the soldiers left out)
            return "Battles", "Armed clash"
        if found and sub_type == ABDUCTION and figures and max(figures) > 0:
            continue  # "three soldiers … were killed and five abducted when ISWAP fighters ambushed them": a battle;
            # "Gunmen … killed at least 38 people and abducted dozens": the killing's attack (helper-304)
        if found:
            return protest_kind(claim.quote) if event_type == PROTESTS else (event_type, sub_type)
    claim_type, status = claim.facts.claim_type, claim.statuses.get(place_id, "")
    state = bool(actors) and actor_type(actors[0]) == "state_forces" and actors[0].id not in victims  # not the army
    # that "withdrew" (helper-365's FARDC regained Sake it had left)
    doers = [a for a in actors if armed(a) and a.id not in victims]
    rebels = (  # "the RSF said its forces liberated Um Sumeima", not "ISWAP fighters were killed as troops retook it"
        bool(doers)
        and inter(doers[0]) in (2, 3, 4)
        and (
            SELF.match(claim.quote) is not None
            or not any(actor_type(a) == "state_forces" for a in actors)
            or (actors[0] is doers[0] and taken_first_by_others(claim.quote, doers[0]))
        )
        and not on_the_states_side(doers[0], actors, claim.quote)
    )
    if claim_type in ("territorial_control", "surrender"):
        killed = bool(figures or A_DEATH_TOLD.search(claim.quote))
        if status in TAKEN and WITHOUT_A_FIGHT.search(claim.quote) and not killed:
            return "Strategic developments", "Non-violent transfer of territory"
        abroad = any(forces_of_another_country(a, code) for a in [*actors[:1], *doers[:1]])
        if not abroad and ((status == "retaken" and not rebels) or (status == "captured" and state)):
            return "Battles", "Government regains territory"
        if status in ("captured", "retaken"):
            if claim_type == "surrender" and not killed:  # "30 soldiers were killed and 12 surrendered": a battle
                return "Strategic developments", "Non-violent transfer of territory"
            return "Battles", "Non-state actor overtakes territory"
        return "Battles", "Armed clash"
    if not any(armed(a) for a in actors) and tells_no_event(claim.quote, claim_type):
        return "Strategic developments", "Other"  # "medical care for the wounded", "villages bury their dead"
    if claim_type == "casualties" or (claim_type == "other" and figures):
        forces_hurt = any(actor_type(a) == "state_forces" and a.id in victims for a in actors)
        if forces_hurt and any(inter(a) in (2, 3, 4) for a in doers):
            return "Battles", "Armed clash"  # soldiers killed with civilians when attackers stormed a post
        if len(doers) > 1 and (caught_between(claim.quote) or both_sides_fought(claim.quote)):
            return "Battles", "Armed clash"  # "killed in crossfire between JNIM and the army": their battle; "Afghan
            # Taliban forces and Pakistani troops exchanged fire …, killing 12 civilians" (helper-360: an attack)
        civilians = any(  # a body bearing no arms is a victim when told as one ("according to HRW" is none)
            actor_type(a) == "civilians" or (inter(a) == 7 and a.id in victims and actor_type(a) != "media")
            for a in actors
        )
        civilians = civilians or civilians_dead(claim.quote, actors, victims) or people_attacked(claim.quote)
        civilians = civilians and not some_civilians_among_them(claim.quote)  # "41 dead, including six civilians"
        return ("Violence against civilians", "Attack") if civilians else ("Battles", "Armed clash")
    forces_attacked = ATTACKED.search(claim.quote) and any(armed(a) and a.id in victims for a in actors)
    if doers and not forces_attacked and people_attacked(claim.quote):
        return "Violence against civilians", "Attack"  # "gunmen attacked villagers and set fire to their homes"
    if (FIGHTING.search(claim.quote) and doers) or forces_attacked:
        return "Battles", "Armed clash"  # "they had pushed government forces out of the western neighbourhoods"
    post = _A_POST_ATTACKED.search(claim.quote) or (ATTACKED.search(claim.quote) and A_POST.search(claim.quote))
    if doers and post:  # "JNIM attacked a base near Kayes" (helper-359's: no event of violence); "stormed the town of
        return "Battles", "Armed clash"  # Mirebalais, setting fire to the police station" (helper-360's)
    return "Strategic developments", "Other"


_A_POST_ATTACKED = compiled(
    r"\b(?:attacked|stormed|overran|overrun|raided|assaulted|ambushed)\s+(?:an?|the|two|several)\s+(?:[\w\-]+\s+)?"
    r"(?:base|post|checkpoint|barracks|garrison|outpost|convoy|patrol|position)s?\b",
    re.IGNORECASE,
)


_ESCORTED = compiled(r"\b(?:escorted|guarded|protected|accompanied)\s+by\s+(?:\w+\s+){0,2}?(?:soldiers|troops|police|"
                     r"gendarmes|forces|army|military)\b|\b(?:military|army|police)\s+(?:escort|convoy|patrol)s?\b",
                     re.IGNORECASE)  # fmt: skip


def _forces_set_upon(quote: str, actors: list[Entity]) -> bool:
    """Whether a state's forces guarding those taken were attacked with them: the escort of a convoy (a battle)."""
    state = any(actor_type(a) == "state_forces" for a in actors[1:])
    return state and ATTACKED.search(quote) is not None and _ESCORTED.search(quote) is not None
