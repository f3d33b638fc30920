"""Who took a place when the claim tells its taking first: the actor named before the verb, unless
that subject is a state's forces (split from `events`, which was over 450 lines)."""

from __future__ import annotations

import re

from annotations.model import Entity
from annotations.text.pattern_cache import compiled

_TAKES_FIRST = compiled(
    r"(?P<subject>(?:(?!\b(?:after|as|when|while|before|once|because|since|until)\b)[^;:])*?)\b(?:re-?captured|"
    r"retook|retaken|recaptured|captured|seized|took\s+(?:back\s+)?control|overr[au]n|liberated|regained|stormed)\b",
    re.IGNORECASE,
)
_THE_STATES = compiled(r"\b(?:army|armies|troops|soldiers|military|police|government|forces)\b", re.I)


def taken_first_by_others(quote: str, doer: Entity) -> bool:
    """Whether the taking is told first, before any clause of what else happened, by a subject
    that is no state's forces (nor the claimant's own, `SELF`): the actor named first took the place
    ("Al-Shabaab fighters recaptured the town of Moqokori … after government troops and clan militias
    withdrew overnight": helper-268's row had the army regain it)."""
    taking = _TAKES_FIRST.match(quote)
    if taking is None:
        return False
    subject = taking["subject"]
    for name in sorted(doer.names(), key=len, reverse=True):  # "Arakan Army fighters": the group's own word
        subject = re.sub(rf"\b{re.escape(name)}\b(?:\s+{_ITS_MEN})?", " ", subject, flags=re.IGNORECASE)
    return not _THE_STATES.search(subject)


_ITS_MEN = r"(?:troops|forces|soldiers|fighters|units|militants|members)\b"
"""The group's men right after its name ("Arakan Army troops recaptured …": a review)."""
