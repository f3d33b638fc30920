"""ACLED's codebook (2023) as far as an event row needs it: event types and their sub-types,
disorder types, actor inter codes and interactions, and the check every exported row passes."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

from annotations.model import EVENT_TYPES

DISORDER_TYPES = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Protests": "Demonstrations",
    "Riots": "Demonstrations",
    "Strategic developments": "Strategic developments",
}
"""The disorder type of each event type (ACLED marks excessive force against protesters and mob
violence as both; `disorder_type` below does)."""

INTER_CODES = range(0, 9)
"""1 state forces … 8 external/other forces; 0: no second actor."""

REQUIRED = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "inter1", "inter2", "interaction", "country", "location", "geo_precision", "source",
)  # fmt: skip


def disorder_type(event_type: str, sub_event_type: str) -> str:
    if sub_event_type in ("Excessive force against protesters", "Mob violence"):
        return "Political violence; Demonstrations"
    return DISORDER_TYPES[event_type]


def interaction(inter1: int, inter2: int) -> int:
    """ACLED's two-digit interaction code: the two inter codes, lower first (10 for state forces
    acting alone, 12 for state forces against a rebel group)."""
    if not inter2:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high


def problems(row: Mapping[str, Any]) -> list[str]:
    """What makes an event row invalid under the codebook (empty: valid)."""
    found = [f"{name} is empty" for name in REQUIRED if row.get(name) in (None, "")]
    event_type, sub_type = row.get("event_type"), row.get("sub_event_type")
    if event_type not in EVENT_TYPES:
        found.append(f"event type {event_type!r} is not one of ACLED's six")
    elif sub_type not in EVENT_TYPES[event_type]:
        found.append(f"sub-event type {sub_type!r} is not one of {event_type}'s")
    elif row.get("disorder_type") != disorder_type(event_type, sub_type):
        found.append(f"disorder type {row.get('disorder_type')!r} does not go with {sub_type!r}")
    inter1, inter2 = row.get("inter1"), row.get("inter2")
    if (
        not isinstance(inter1, int)
        or not isinstance(inter2, int)
        or inter1 not in range(1, 9)
        or inter2 not in INTER_CODES
    ):
        found.append(f"inter codes {inter1!r}/{inter2!r} are not 1-8 (0 for no second actor)")
    elif row.get("interaction") != interaction(inter1, inter2):
        found.append(f"interaction {row.get('interaction')!r} does not match inter codes {inter1}/{inter2}")
    for name in ("time_precision", "geo_precision"):
        if row.get(name) not in (1, 2, 3):
            found.append(f"{name} {row.get(name)!r} is not 1, 2 or 3")
    try:
        if date.fromisoformat(str(row.get("event_date"))).year != row.get("year"):
            found.append("year does not match the event date")
    except ValueError:
        found.append(f"event date {row.get('event_date')!r} is not a date")
    fatalities = row.get("fatalities")
    if not isinstance(fatalities, int) or fatalities < 0:
        found.append(f"fatalities {fatalities!r} is not a whole number")
    return found
