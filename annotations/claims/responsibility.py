"""Who claimed an event: a group's claim of responsibility that only names an event told before it ("Boko Haram
claimed responsibility for the bombing") gives no row of its own (`no_row.RESPONSIBILITY_ONLY`), and the event's row
had no one who did it: an "Unidentified Armed Group" beside the group that said it had (helper-360's A10)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from annotations.claims.acled_names import UNIDENTIFIED, as_acled_names
from annotations.claims.armed import armed
from annotations.claims.board import BoardClaim
from annotations.claims.no_row import NO_PLACE, RESPONSIBILITY_ONLY, responsibility_named_back
from annotations.claims.own_acts import CLAIMING
from annotations.model import Entity

ClaimKey = tuple[str, str]
"""(article id, claim id)."""


def claimed_by(
    claims: Sequence[BoardClaim], reasons: Sequence[str | None], entities: Mapping[str, Entity]
) -> dict[ClaimKey, Entity]:
    """For each event claim followed in its article by an armed group's claim of responsibility for an event named
    back (before any other event claim), that group. `reasons`: why each claim gives no row (None: it gives one)."""
    found: dict[ClaimKey, Entity] = {}
    last: BoardClaim | None = None
    for claim, reason in zip(claims, reasons, strict=True):
        if last is not None and last.article_id != claim.article_id:
            last = None
        if reason is None:
            last = claim
            continue
        group = entities.get(claim.claimant_id or "")
        if last is not None and group is not None and armed(group) and _taken(claim, reason):
            found.setdefault((last.article_id, last.claim_id), group)
    return found


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


def _taken(claim: BoardClaim, reason: str) -> bool:
    """Responsibility claimed for an event named back, the claim tagged about a place or not (not denied)."""
    return (
        reason in (RESPONSIBILITY_ONLY, NO_PLACE)
        and claim.facts.cue.lower().startswith(CLAIMING)
        and responsibility_named_back(claim.quote)
    )
