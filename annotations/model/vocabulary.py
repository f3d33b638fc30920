"""The words of the data model: every kind, status and type a record may hold, as types and tuples."""

from __future__ import annotations

from typing import Literal, get_args

Kind = Literal["district", "actor", "claim"]
ArticleStatus = Literal["todo", "in_progress", "done"]
AnnotationStatus = Literal["accepted", "suggested"]
ControlStatus = Literal["captured", "contested", "encircled", "retaken", "government_held", "unknown"]
ClaimType = Literal[
    "territorial_control",
    "casualties",
    "surrender",
    "displacement",
    "reinforcement",
    "other",
]
Certainty = Literal["certain", "probable", "possible", "negated", "uncommitted"]
Reliability = Literal["A", "B", "C", "D", "E", "F"]
LinkType = Literal["corroborates", "contradicts"]
EntityKind = Literal["place", "actor"]
PlaceKind = Literal["country", "province", "district", "city", "village", "other"]
ActorType = Literal[
    "state_forces",
    "rebel_group",
    "political_militia",
    "identity_militia",
    "rioters",
    "protesters",
    "civilians",
    "external_other",
    "media",
    "government_officials",
]

KINDS: tuple[Kind, ...] = get_args(Kind)
ARTICLE_STATUSES: tuple[ArticleStatus, ...] = get_args(ArticleStatus)
ANNOTATION_STATUSES: tuple[AnnotationStatus, ...] = get_args(AnnotationStatus)
CONTROL_STATUSES: tuple[ControlStatus, ...] = get_args(ControlStatus)
CLAIM_TYPES: tuple[ClaimType, ...] = get_args(ClaimType)
CERTAINTIES: tuple[Certainty, ...] = get_args(Certainty)
RELIABILITIES: tuple[Reliability, ...] = get_args(Reliability)
CREDIBILITIES: tuple[int, ...] = (1, 2, 3, 4, 5, 6)
LINK_TYPES: tuple[LinkType, ...] = get_args(LinkType)
ENTITY_KINDS: tuple[EntityKind, ...] = get_args(EntityKind)
ENTITY_KIND_OF: dict[str, EntityKind] = {"district": "place", "actor": "actor"}
"""The kind of entity a tag of each kind names (a claim names none of its own)."""
PLACE_KINDS: tuple[PlaceKind, ...] = get_args(PlaceKind)
GEO_PRECISION: dict[str, int] = {"village": 1, "city": 1, "district": 2, "other": 2, "province": 3, "country": 3}
"""How near a place's point is to where things happened, as ACLED's geo_precision says: 1 the town
itself, 2 somewhere in a district or area, 3 a province's or country's point, which is its
capital's or largest town's (GeoNames gives no other), not where the event was."""
ACTOR_TYPES: tuple[ActorType, ...] = get_args(ActorType)
NON_STATE_ARMED: frozenset[str] = frozenset({"rebel_group", "political_militia", "identity_militia"})
"""The armed actor types that are no state's forces."""


def toggled_done(status: ArticleStatus) -> ArticleStatus:
    """What marking an article done (or not) makes it: done, or back to in progress."""
    return "in_progress" if status == "done" else "done"


CONTEXT_CHARS = 32
"""How many characters of prefix and suffix an annotation keeps for re-anchoring."""

EVENT_TYPES: dict[str, tuple[str, ...]] = {
    "Battles": ("Armed clash", "Government regains territory", "Non-state actor overtakes territory"),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": ("Sexual violence", "Attack", "Abduction/forced disappearance"),
    "Protests": ("Peaceful protest", "Protest with intervention", "Excessive force against protesters"),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}
"""ACLED's 6 event types and their 25 sub-types."""

EVENT_SUB_TYPES: tuple[str, ...] = tuple(f"{t}: {s}" for t, subs in EVENT_TYPES.items() for s in subs)
"""Every \"Type: Sub-type\" a claim's event type may be."""
