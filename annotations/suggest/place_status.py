"""What a suggested place is said to be: the control cue near it, unless the place only says
where the place before it lies ("captured the town of Rubare in Rutshuru territory": Rubare was
captured, Rutshuru is where Rubare is; a newcomer saw Rutshuru proposed as captured)."""

from __future__ import annotations

from dataclasses import replace

from annotations.model import DistrictAttributes
from annotations.suggest.suggestion import Suggestion
from annotations.text.pattern_cache import compiled
from annotations.text.readings import control_reading_near

_WHERE_IT_LIES = compiled(
    r",?\s+(?:(?:a\s+)?(?:town|village|district|city|area|region|province|territory|county|state|governorate|oblast|"
    r"department|prefecture|municipality)\s+)?(?:in|of)\s+(?:the\s+)?"
    r"(?:[A-Z][\w\-]+(?:\s[A-Z][\w\-]+)?['’]s\s+)?(?:(?:north|south|east|west)\w*\s+|central\s+)?"
)
"""What stands between a place and the larger place it lies in ("Rubare in", "Imam Sahib district
in", "Dikwa in Nigeria's", "Dikwa, a town in northeastern")."""


def without_container_statuses(text: str, places: list[Suggestion]) -> list[Suggestion]:
    """The places, a place that only says where the one before it lies (the same cue read for
    both) saying nothing of who holds it."""
    kept = list(places)
    for index in range(1, len(kept)):
        place = kept[index]
        attributes = place.attributes
        if not isinstance(attributes, DistrictAttributes) or attributes.control_status == "unknown":
            continue
        earlier = [b for b in kept[max(0, index - 2) : index] if _WHERE_IT_LIES.fullmatch(text, b.end, place.start)]
        if not earlier:  # the place before, or the one before a country in the possessive ("in Nigeria's Borno")
            continue
        before = earlier[0]
        near_before = control_reading_near(text, before.start, before.end)
        near_place = control_reading_near(text, place.start, place.end)
        if near_before is not None and near_place is not None and near_before.cue_at == near_place.cue_at:
            kept[index] = replace(place, attributes=replace(attributes, control_status="unknown"))
    return kept
