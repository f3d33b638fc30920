"""Who did an event, and who fought it off, by words told after it that give no row of their own: a group's claim
of responsibility for an event told before it ("Boko Haram claimed responsibility for the bombing",
`no_row.RESPONSIBILITY_ONLY`) makes the group the doer where the event's row had no one who did it (an "Unidentified
Armed Group" beside the group that said it had: helper-360's A10); a source's blame ("The army blamed the RSF for the
attack") where no group claimed it; an armed speaker saying it "repelled the assault" is the side the event was done to
("Russia's defence ministry said its troops had captured Vodiane", then "Ukraine's military said it had repelled the
assault": helper-362's row had no actor 2), as is an armed speaker denying a taking ("a claim the army denied")."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from annotations.claims.acled_names import UNIDENTIFIED, as_acled_names
from annotations.claims.armed import armed
from annotations.claims.board import BoardClaim
from annotations.claims.named_back import event_named_back_at, responsibility_named_back
from annotations.claims.no_row import NO_PLACE, RESPONSIBILITY_ONLY
from annotations.claims.own_acts import CLAIMING
from annotations.claims.victims import ActingFor
from annotations.model import Entity
from annotations.text.pattern_cache import compiled

ClaimKey = tuple[str, str]
"""(article id, claim id)."""


class TheirWords(NamedTuple):
    """What the claims after an event say of its sides, by the event claim's key."""

    doers: dict[ClaimKey, Entity]
    defenders: dict[ClaimKey, Entity]


def their_words(
    claims: Sequence[BoardClaim],
    reasons: Sequence[str | None],
    entities: Mapping[str, Entity],
    groups: ActingFor | None = None,
) -> TheirWords:
    """For each event claim followed in its article, before any other event claim, by an armed group's claim of
    responsibility for an event named back, that group (else the one armed group another source blamed for it: "The
    army blamed the RSF for the attack", helper-362's drone strike stayed an Unidentified Armed Group's); and by an
    armed speaker's word that it fought the attack off, that speaker. `reasons`: why each claim gives no row (None:
    it gives one)."""
    own: dict[ClaimKey, Entity] = {}
    blamed: dict[ClaimKey, Entity] = {}
    defenders: dict[ClaimKey, Entity] = {}
    last: BoardClaim | None = None
    for claim, reason in zip(claims, reasons, strict=True):
        if last is not None and last.article_id != claim.article_id:
            last = None
        if reason is None:
            last = claim
            continue
        if last is None:
            continue
        key = (last.article_id, last.claim_id)
        speaker = entities.get(claim.claimant_id or "")
        if speaker is not None and groups is not None:
            # the junta's spokesman: the junta's forces (helper-368's row had "Zaw Min Tun", affiliated to the
            # Military Forces of Myanmar, as its actor 2)
            speaker = groups.acting_for(speaker, speaking=True)
        if reason == "denied" and speaker is not None and _a_taking_denied(last, claim, speaker):
            defenders.setdefault(key, speaker)
            continue
        if reason not in (RESPONSIBILITY_ONLY, NO_PLACE):
            continue
        if speaker is not None and armed(speaker) and _taken(claim):
            own.setdefault(key, speaker)
        elif speaker is not None and armed(speaker) and _FOUGHT_OFF.match(claim.quote):
            defenders.setdefault(key, speaker)
        elif (accused := _blamed(claim, entities)) is not None:
            blamed.setdefault(key, accused)
    return TheirWords({**blamed, **own}, defenders)


def _a_taking_denied(taking: BoardClaim, denial: BoardClaim, speaker: Entity) -> bool:
    """Whether an armed speaker other than the taking's denies it ("The RSF said it had seized Babanusa, a claim the
    army denied"): the side the place was taken from (helper-364's row had no actor 2)."""
    return (
        armed(speaker) and taking.facts.claim_type == "territorial_control" and denial.claimant_id != taking.claimant_id
    )


_FOUGHT_OFF = compiled(
    r"(?:that\s+)?(?:it|they|we|(?:its|their|our)\s+(?:own\s+)?(?:forces|troops|soldiers|units|fighters|men|defenders))\s+"
    r"(?:had\s+|have\s+|has\s+)?(?:repelled|repulsed|fought\s+off|beat\s+back|thwarted|foiled)\s+(?:the|this|that)\s+"
    r"(?:[\w\-]+\s+)?(?:assault|attack|offensive|raid|incursion|advance)\s*$",
    re.IGNORECASE,
)
"""A speaker's word that it fought off the attack told before ("it had repelled the assault"): the side attacked."""


def with_the_defender(
    actors: list[Entity], victims: set[str], defender: Entity | None
) -> tuple[list[Entity], set[str]]:
    """The event's parties with the side that said it fought the event off, as the side it was done to, when no
    other armed party is named as hurt or attacked."""
    if defender is None or any(a.id == defender.id for a in actors) or any(armed(a) for a in actors if a.id in victims):
        return actors, victims
    return [*actors, defender], victims | {defender.id}


def with_the_claimant(actors: list[Entity], group: Entity | None, victims: set[str]) -> list[Entity]:
    """The event's parties with the group that claimed it in the place of the armed men no one named ("a suicide
    bomber", "gunmen"), when no armed party is named as its doer (one named stays: a claim of responsibility is
    one side's word)."""
    if group is None or group.id in victims:
        return actors
    doers = [a for a in actors if armed(a) and a.id not in victims]
    if any(not _no_ones(a) for a in doers):
        return actors
    return [group, *(a for a in actors if a.id != group.id and a not in doers)]


def _no_ones(actor: Entity) -> bool:
    """Whether ACLED would name the actor an unidentified armed group (no one's name: "gunmen")."""
    return as_acled_names(actor, "")[0].name.startswith(UNIDENTIFIED)


def _taken(claim: BoardClaim) -> bool:
    """Responsibility claimed for an event named back (not denied: a denial gives another reason)."""
    return claim.facts.cue.lower().startswith(CLAIMING) and responsibility_named_back(claim.quote, claim.facts.cue)


_BLAMED_FOR = compiled(r"\s+(?:for|of(?:\s+carrying\s+out)?)\s+", re.IGNORECASE)
"""Between the group blamed and the event it is blamed for ("the RSF for the attack", "the army of the bombing")."""


def _blamed(claim: BoardClaim, entities: Mapping[str, Entity]) -> Entity | None:
    """The one armed group a claim blames for an event named back ("[the army blamed] the Rapid Support Forces for the
    attack", "[accused] JNIM of carrying out the attack")."""
    if not claim.facts.cue.lower().startswith(("blam", "accus")):
        return None
    if not any(event_named_back_at(claim.quote, m.end()) for m in _BLAMED_FOR.finditer(claim.quote)):
        return None
    accused = [entities[i] for i in claim.facts.actor_ids if i in entities and armed(entities[i])]
    return accused[0] if len(accused) == 1 else None
