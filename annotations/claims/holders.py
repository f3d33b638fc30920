"""Who holds a place as the claims tell it: the side a claim's control status stands for, and
whether two claims on different sides tell one change of hands after another rather than two
accounts of one moment (the claims board and the timeline read them so)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from annotations.text.pattern_cache import compiled

if TYPE_CHECKING:
    from annotations.claims.board import BoardClaim

HOLDERS = {"captured": "attackers", "retaken": "government", "government_held": "government", "encircled": "government"}
"""Who holds a place, by the control status a claim gives it ("contested" and "unknown" say nobody)."""

_CHANGED_HANDS = compiled(
    r"\b(?:captur\w*|seiz\w*|took|taken|tak(?:es|ing)\s+(?:over|control)|overr[au]n\w*|fell|fallen|falls|"
    r"retak\w*|retook|recaptur\w*|regain\w*|liberat\w*|entered|storm(?:ed|ing))\b",
    re.IGNORECASE,
)
"""Words that tell a place changed hands: the attackers' "still hold" or "in our hands" after the
army's retaking is a hold against it, not the next change (a reviewer's)."""


def status_told(status: str, claimant_type: str) -> str:
    """The control status a claim gives a place, as the board reads whose hold it tells: a place a
    rebel group says it retook or "liberated" is the attackers' (a newcomer's "Minova is
    liberated", said by M23's spokesman, stood on the government's side and was proposed as
    corroborating the army's claim). A militia's is left as told: many fight beside the state
    (Wazalendo "alongside the army retook Sake", a reviewer's)."""
    return "captured" if status == "retaken" and claimant_type == "rebel_group" else status


def in_turn(one: BoardClaim, other: BoardClaim, place_id: str) -> bool:
    """Whether two claims of who holds a place tell one change after another, not two accounts of
    one moment: the later, on a day after the other's (whole ranges apart), says in words that the
    place changed hands (`captured`, `retaken`). The MNDAA's capture of Lashio and the army's
    retaking four days later were marked as a contradiction; "remains under army control" the day
    after a capture, the attackers' "still hold" after a retaking, a retaking told on the capture's
    day and a denial still contradict."""
    if one.when is None or other.when is None:
        return False
    if "negated" in (one.facts.certainty, other.facts.certainty):
        return False  # a denial answers what it denies, whichever day it is dated
    if one.when.when.end < other.when.when.start:
        later = other
    elif other.when.when.end < one.when.when.start:
        later = one
    else:
        return False
    told = status_told(later.statuses.get(place_id, ""), later.claimant_type)
    return told in ("captured", "retaken") and _CHANGED_HANDS.search(later.quote) is not None


_TAKING_OR_LEAVING = compiled(
    r"\b(?:withdr(?:ew|awn)|fallen|fell|captur\w+|taken|took|seiz\w+|retreat\w*|abandon\w*|lost|overr[au]n|"
    r"pulled\s+out)\b",
    re.IGNORECASE,
)
_NOT_BEFORE = compiled(r"\b(?:not|never|n['’]t)\s+(?:yet\s+|been\s+)?$", re.IGNORECASE)


def every_change_denied(quote: str) -> bool:
    """Whether every word of a place taken or left is denied ("it had not withdrawn from Masisi and that the town had
    not fallen"): a hold, no change of hands (helper-362's was an armed clash, read from "fallen")."""
    told = list(_TAKING_OR_LEAVING.finditer(quote))
    return bool(told) and all(_NOT_BEFORE.search(quote, max(0, t.start() - 20), t.start()) for t in told)
