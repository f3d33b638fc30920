"""What a control cue near a place says of something else: of the place's capital after it
("the province of Kunduz and its forces have encircled the provincial capital"), or of parts of
it before it ("controls several districts in Kunduz"): found by a newcomer on the seed."""

from __future__ import annotations

import re

from annotations.text.compass import COMPASS
from annotations.text.pattern_cache import compiled
from annotations.text.whose_hold import HeldStatus

_ANOTHER_OBJECT = compiled(
    r"(?:\w+\s+){1,3}?(?:the|its)\s+(?:provincial|district|regional|state|county)\s+(?:capital|headquarters)\b"
)
"""A capital named by its rank: "the city", "the town", "the capital" are as often the place itself
("reached Goma and captured the city")."""
_PART_OF_IT = compiled(
    r"\b(?:(?:districts|areas|parts|neighbou?rhoods)\s+(?:in|of)|(?:district|area|part|neighbou?rhood|villages?|towns?)\s+in|"
    r"(?:positions?|bases|posts|outposts|checkpoints|outskirts|suburbs|edges?|(?:(?:north|south|east|west)(?:ern)?\s+)"
    r"(?:part|parts|edge|side|half|districts|neighbou?rhoods))\s+(?:in|of|on|around)|"
    r"(?<!province\s)(?<!region\s)(?:in|on)\s+the\s+"
    f"{COMPASS}"
    r"\s+of)"
    r"\s+(?:the\s+)?(?:(?:northern|southern|eastern|western|central|north-?\w*|south-?\w*)\s+)?"
    r"(?:(?:outskirts|edge)\s+of\s+(?:the\s+)?)?(?:(?:north|south|east|west)\s+of\s+(?:the\s+)?)?"
    r"(?:(?:province|region|state|county|city|town)\s+of\s+)?$"
)
"""Words before a place that make what is said of a part of it: "several districts in", "a key
district in the northern province of", "parts of" (not "the district of X": that names it), the
army's "positions in the south of" a city, its "outskirts", "the eastern part of" it (a newcomer's
El Fasher was suggested "captured" for "taken control of the army's positions in the south of")."""


def of_another(text: str, cue_at: int, start: int) -> bool:
    """Whether a cue after the place speaks of its capital ("the province of Kunduz and its
    forces have encircled the provincial capital": found by a newcomer), not of the place."""
    return cue_at > start and _ANOTHER_OBJECT.match(text, cue_at) is not None


def of_a_part(text: str, status: HeldStatus, cue_at: int, start: int) -> HeldStatus:
    """Held in parts, a place is contested ("controls several districts in Kunduz" made the
    province "captured": found by a newcomer; "entered parts of Lalibela"); all of its parts, or
    the last of them, are the whole ("retook all districts in Kunduz")."""
    held = status in ("captured", "retaken", "government_held")
    part = cue_at < start and (found := _PART_OF_IT.search(text, max(0, start - 70), start)) is not None
    if not (held and part):
        return status
    whole = _ALL_OF_IT.search(text, max(0, found.start() - 20), found.start())  # type: ignore[union-attr]
    return status if whole is not None else "contested"


_ALL_OF_IT = compiled(r"\b(?:all|every|each|the\s+last|the\s+remaining|all\s+the|the\s+whole)\s+(?:\w+\s+)?$", re.I)
