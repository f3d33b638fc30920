"""Who can be a party to violence, and ACLED's inter code of each actor.

Actors typed "other" are ACLED's external forces (UN missions, foreign troops, private military
companies) but also every name the lexicon does not know, aid and rights bodies, observers: one
bears arms unless its name says it is an aid, rights or relief body or an observer, or names a
body ("institute", "network") or a person and no force. Those are coded with civilians (inter 7), as ACLED
codes aid workers.
"""

from __future__ import annotations

import re

from annotations.entities.usage import ACLED_INTER_CODES
from annotations.model import ActorDetails, Entity
from annotations.model.country_codes import country_code as code_of
from annotations.suggest.canonical import country_named_in
from annotations.text.pattern_cache import compiled

ARMED = ("state_forces", "rebel_group", "political_militia", "identity_militia", "external_other")

_NO_ARMS = compiled(
    r"\b(?:aid|relief|humanitarian|rights|amnesty|red cross|red crescent|m[ée]decins|doctors|save the children|oxfam|"
    r"unicef|unhcr|wfp|ocha|iom|icrc|msf|hunger|charity|charities|refugee council|world vision|mercy corps|"
    r"salvation army|crisis group|church|diocese|university|school|hospital|clinic|ngo|analysts?|researchers?|"
    r"sources?|observers?|witnesses|journalists?|reporters?|rescuers?|rescue\s+workers?|rescue\s+teams?|"
    r"firefighters?|medics?|paramedics?|emergency\s+services?|emergency\s+workers?)\b",
    re.IGNORECASE,
)
"""Names of bodies that bear no arms whatever else they say ("Christian Aid Mission", "Mercy Corps";
"rescuers" searching the rubble were a newcomer's row's doer of a guided bomb)."""
_FORCES_NAMED = compiled(
    r"\b(?:forces?|troops|army|military|soldiers|peacekeep\w*|missions?|stabili[sz]ation|task force|contractors|"
    r"mercenaries|Wagner|Africa Corps|corps|brigades?|battalions?|navy|air force|police|gendarmerie|guards?|"
    r"fighters|militias?|units?|vigilan\w*|hunters|drones?|operation)\b",
    re.IGNORECASE,
)
_A_BODY = compiled(
    r"\b(?:observatory|institute|foundation|network|council|league|trust|fund|platform|initiative|"
    r"organi[sz]ations?|agency|programme|program|cent(?:re|er)|united nations|UN)\b",
    re.IGNORECASE,
)
"""Names of a body that say nothing of arms: armed only with a force word ("UN Mission")."""


def armed(entity: Entity) -> bool:
    """Whether an actor can be a party to violence: a state's forces, an armed group or militia,
    or an actor typed "other" not named as an unarmed body (see the module)."""
    kind = actor_type(entity)
    if kind != "external_other":
        return kind in ARMED
    names = list(entity.names())
    if any(_NO_ARMS.search(n) for n in names):
        return False
    if any(_FORCES_NAMED.search(n) for n in names):
        return True
    return not any(_A_BODY.search(n) for n in names) and not a_persons_name(entity.name)


def a_persons_name(name: str) -> bool:
    """Whether a name is a person's, as the suggestions read names (read when first asked: the claims load no
    recogniser before). A person ("Tarik Jasarevic", a WHO spokesman; "Hikmat al-Hijri", a spiritual leader)
    typed "other" speaks for a body or a community; a fighter is typed with the group."""
    from annotations.suggest.surnames import a_persons_name as reads_as_a_person

    return reads_as_a_person(name)


def inter(entity: Entity | None) -> int:
    """ACLED's inter code of an actor's type; an outside body bearing no arms (an aid group, a
    rights watchdog) is coded with civilians (7), as ACLED codes aid workers."""
    if entity is None:
        return 0
    kind = actor_type(entity)
    return 7 if kind == "external_other" and not armed(entity) else ACLED_INTER_CODES.get(kind, 8)


def actor_type(entity: Entity) -> str:
    return entity.details.actor_type if isinstance(entity.details, ActorDetails) else ""


def forces_of_another_country(entity: Entity | None, country_code: str) -> bool:
    """Whether the actor is state forces its name gives to a country other than the event's:
    "Military Forces of Russia" taking a village in Ukraine is a foreign state's overtaking, which
    ACLED codes with the non-state actors', not the government regaining its territory."""
    if entity is None or actor_type(entity) != "state_forces" or not country_code:
        return False
    named = next(filter(None, (country_named_in(name) for name in entity.names())), None)
    return named is not None and code_of(named) not in ("", country_code)
