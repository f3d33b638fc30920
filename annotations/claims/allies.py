"""Whether a militia in an event fights on the state's side: ACLED's "Government regains territory" is
the state's or its affiliates' (split from `events`, which was over 450 lines)."""

from __future__ import annotations

import re

from annotations.claims.armed import actor_type, inter
from annotations.entities.matching import fold
from annotations.model import ActorDetails, Entity
from annotations.suggest.names import ALLIED_MILITIAS
from annotations.text.actor_types import actor_type_for
from annotations.text.pattern_cache import compiled

_HELPED_THE_STATE = compiled(
    r"\b(?:helped|helping|help|alongside|together\s+with|backing|supporting|in\s+support\s+of)\s+(?:the\s+)?"
    r"(?:army|troops|soldiers|military|government\s+forces|security\s+forces)\b|"
    r"\b(?:army|troops|soldiers|military|forces),?\s+(?:backed|supported|assisted|aided|accompanied|reinforced|"
    r"joined)\s+by\b|\bwith\s+the\s+help\s+of\b",
    re.IGNORECASE,
)
"""Words of a militia fighting on the state's side: "helping the army", or "troops backed by the CJTF" (helper-354's
row had the CJTF as the army's enemy)."""


_ALLIED = compiled(ALLIED_MILITIAS)
"""Militias the lexicon knows fight beside a state's forces (Wazalendo, the CJTF, the VDP…)."""


def on_the_states_side(doer: Entity, actors: list[Entity], quote: str) -> bool:
    """A militia fighting with the state's forces: it says it helped them ("its fighters had helped
    the army retake Kafranbel"), or its affiliation names the state's forces of the event, or names
    state forces where none is named (a newcomer's allied battalion was coded as taking the town
    from the army it helped; ACLED's "Government regains territory" is the state's or its
    affiliates')."""
    if inter(doer) not in (3, 4):
        return False
    others = [a for a in actors if a.id != doer.id]
    if _ALLIED.fullmatch(doer.name) and not any(actor_type(a) == "state_forces" for a in others):
        return True  # "Wazalendo … said they had retaken the village" (from M23 or not): the state's allied
        # militia (helper-275, helper-279); beside the state's forces, the words say whether it helped them
    affiliation = doer.details.affiliation if isinstance(doer.details, ActorDetails) else ""
    state = [a for a in actors if actor_type(a) == "state_forces"]
    if not state:  # its affiliation alone says it: a militia of the state's forces ("Syrian Arab Army")
        return bool(affiliation) and actor_type_for(affiliation) == "state_forces"
    return _HELPED_THE_STATE.search(quote) is not None or any(fold(a.name) == fold(affiliation) for a in state)


def named_as_allies(actor1: Entity | None, actor2: Entity | None, quote: str, victims: set[str]) -> bool:
    """Whether actor 2 is told fighting beside actor 1 ("The Kachin Independence Army and allied People's Defence
    Force fighters seized the town": helper-359's row had the PDF as the KIA's enemy), not hurt by it nor its enemy."""
    if actor1 is None or actor2 is None or actor2.id in victims or {inter(actor1), inter(actor2)} == {1, 2}:
        return False
    names = "|".join(re.escape(name) for name in actor2.names() if len(name) > 2)
    return bool(names) and re.search(rf"{_BESIDE}\s+(?:the\s+)?(?:{names})\b", quote) is not None


_BESIDE = r"\b(?:allied|together\s+with|alongside|backed\s+by|supported\s+by|joined\s+by|aided\s+by)"
"""Words before a party that fought beside the one named first."""
