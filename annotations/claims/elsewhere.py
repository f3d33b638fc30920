"""Places tagged in or around a claim that are not where its event happened: where another event it
names was, where people come from, where the hurt were taken (split from `claim_places`, which was over
450 lines)."""

from __future__ import annotations

import re

from annotations.claims.earlier_events import in_an_earlier_event
from annotations.model import Annotation
from annotations.text.pattern_cache import compiled

WHERE_THEY_COME_FROM = compiled(
    r"(?:\b(?:migrants?|refugees?|nationals?|pilgrims?|natives?)\s+(?:originally\s+)?from|\boriginally\s+from"
    r"|\bfrom\s+(?:his|her|their|its)\s+(?:home\s*town|hometown|home\s+village|native\s+\w+|village|home)"
    r"|\bfrom\s+the\s+direction\s+of)\s+"  # "approached the base from the direction of Lake Chad"
    r"(?:the\s+)?(?:(?:near|in|of|outside)\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
"""Where people come from ("six of them migrants from the Horn of Africa", "two friends from his home
town near Dire Dawa"): not where it happened."""
_FROM_THE = compiled(r"\b(?:from|towards?)\s+the\s+$", re.IGNORECASE)
_A_DIRECTION_AFTER = compiled(r"\s+(?:direction|side|axis|flank)\b", re.IGNORECASE)
_A_HOSPITAL = r"(?:hospital|clinic|infirmary|medical\s+(?:centre|center|facility)|health\s+(?:centre|center))"
_WHERE_THE_HURT_WENT = compiled(
    r"\b(?:flown|airlifted|evacuated|taken|rushed|transferred|brought|moved|referred|admitted)\s+(?:to|at)\s+"
    r"(?:the\s+|a\s+)?(?:(?:(?!and\b|but\b|where\b|after\b)[\w\-’']+\s+){0,5}?"
    rf"{_A_HOSPITAL}(?:\s+\([^()]{{1,12}}\))?\s+(?:in|at)\s+(?:the\s+)?|(?:[\w\-’']+\s+){{0,4}}{_A_HOSPITAL}\s+\()$",
    re.IGNORECASE,
)
"""Where the wounded or the dead were taken ("four others were wounded and were flown to the Combined
Military Hospital (CMH) in Quetta", its short form too): not where it happened (helper-275's toll was a
clash at Quetta); a hospital said, not "troops were moved to Mastung … where they clashed" (helper-277)."""
_TAKEN_TO = compiled(
    r"\b(?:flown|airlifted|evacuated|taken|rushed|transferred|brought|moved|referred|admitted)\s+(?:to|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_HOSPITAL = compiled(_A_HOSPITAL, re.IGNORECASE)
"""A hospital tagged as the place the hurt were taken to ("flown to the Combined Military Hospital")."""


def elsewhere(text: str, claim: Annotation, place: Annotation, earlier: list[tuple[int, int]], since: int) -> bool:
    """Whether a place tagged in or around the claim is not where its event happened: where another
    event it names was (`earlier`, spans of its words), or where people come from (looked for back
    to `since`)."""
    return (
        in_an_earlier_event(earlier, place.start - claim.start, place.end - claim.start)
        or WHERE_THEY_COME_FROM.search(text, max(since, place.start - 60), place.start) is not None
        or (
            _FROM_THE.search(text, max(since, place.start - 10), place.start) is not None
            and _A_DIRECTION_AFTER.match(text, place.end) is not None
        )  # "They came from the Lake Chad direction" (helper-285's tolls of Marte were at Lake Chad)
        or _WHERE_THE_HURT_WENT.search(text, max(since, place.start - 90), place.start) is not None
        or (
            _TAKEN_TO.search(text, max(since, place.start - 40), place.start) is not None
            and _HOSPITAL.search(place.quote) is not None
        )
    )
