"""A news lede and the details told after it are one event: the lede names a region and a day ("killed at least
22 civilians in an attack on a village in eastern Burkina Faso on Monday"), the paragraph after it the village and
what happened there ("Gunmen on motorcycles arrived in Tambaga, in Tapoa province, … and shot them"), often with
no day of its own. They were two rows (helper-342: 9 of the 13 rows too many on eight articles an ACLED coder had
coded first), the second dated by the article, and every count of events made from the table counted the attack
twice. The row is the lede's, at the details' place when it is finer (ACLED codes the most precise place told).

Joined only where nothing says two events: the details come right after the lede in one article, at a place
inside the lede's region (or the same region), of no other day, of the lede's kind of event or of none
("arrived … and shot them" told no act: "Other"), with parties that do not differ, and without words that tell
another event ("Separately", "in another attack")."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from annotations.claims.merged_event import MergedEvent
from annotations.claims.row_parties import MILITARY, POLICE, Party, of_its_kind, parties_of
from annotations.text.pattern_cache import compiled

PLACE_COLUMNS = (
    "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
)  # fmt: skip
"""The columns that say where an event was: the details' place replaces the lede's whole."""

UNIDENTIFIED = "Unidentified Armed Group"

NO_ACT = "Other"
"""The sub-type of a claim that tells no act of violence ("Gunmen arrived in Tambaga")."""

_DAYS_APART = 7
"""The details dated only by the article: within a week of the lede's day (an article tells this week's news)."""

_ANOTHER_EVENT = compiled(
    r"\b(?:separately|elsewhere|meanwhile|in\s+(?:a|another)\s+separate|(?:in\s+)?(?:another|a\s+second|a\s+further)"
    r"\s+(?:attack|raid|ambush|clash|incident|strike|assault|bombing|killing|abduction|kidnapping))\b",
    re.I,
)


Numbered = tuple[int, MergedEvent]


def details_joined(events: list[Numbered]) -> list[Numbered]:
    """The events, each one told right after a lede of its article and fitting it as its details joined
    to it (see the module), in the order first told."""
    kept: list[Numbered] = []
    lede: tuple[MergedEvent, dict[str, Any]] | None = None  # the event details may join, and its own region
    for order, event in sorted(events, key=lambda t: t[0]):
        if lede is not None and _details_of(event, *lede):
            _add_details(lede[0], event)
            continue
        kept.append((order, event))
        lede = (event, dict(event.row)) if _a_lede(event) else None
    return kept


def _a_lede(event: MergedEvent) -> bool:
    """An event of a day whose place is a region, not a town: the country ("… in eastern Burkina Faso"), its
    first- or second-level division ("in Nigeria's northwestern Zamfara state")."""
    row = event.row
    if int(row["time_precision"]) != 1 or row["sub_event_type"] == NO_ACT:
        return False
    level = _level(row)  # a division the size of a district ("Abu Salim", "Maru") is no region
    return level == 0 or (level < TOWN and int(row.get("geo_precision") or 0) == REGION)


def _coarse(row: dict[str, Any]) -> bool:
    return _level(row) < TOWN


TOWN = 3
REGION = 3
"""The geo-precision of a province-sized region (`GEO_PRECISION`)."""


def _level(row: dict[str, Any]) -> int:
    """How precise the row's place is: 0 the country (or a part of it told by a direction), 1 and 2 its
    divisions, TOWN a place inside them."""
    location, country = str(row["location"]), str(row["country"])
    if (location and location == country) or (not row.get("admin1") and country and location.endswith(country)):
        return 0
    return next((level for level in (1, 2) if location and location == row.get(f"admin{level}")), TOWN)


def _details_of(event: MergedEvent, lede: MergedEvent, region: dict[str, Any]) -> bool:
    """Whether `event` tells details of `lede` (whose place was `region` before any details joined it)."""
    row = event.row
    articles = {told.article_id for told in event.rows}
    if not articles <= {told.article_id for told in lede.rows}:
        return False
    if any(_ANOTHER_EVENT.search(str(told.row["notes"]).split(": ", 1)[-1]) for told in event.rows):
        return False
    if row["sub_event_type"] != NO_ACT and row["event_type"] != region["event_type"]:
        return False
    return _inside(row, region) and _of_its_day(row, region) and _parties_agree(lede.row, row)


def _inside(row: dict[str, Any], region: dict[str, Any]) -> bool:
    """Whether the row's place is in the region (a country, a division of it, or the division itself); a place
    whose divisions the gazetteer does not know (a town of Maguindanao del Sur with no province) is not known
    to be elsewhere."""
    if row["country"] != region["country"]:
        return False
    level = _level(region)
    return level == 0 or not row.get("admin1") or row.get(f"admin{level}") == region.get(f"admin{level}")


def _of_its_day(row: dict[str, Any], region: dict[str, Any]) -> bool:
    """The lede's day, or only the article's (no day of its own) within the week after it."""
    if row["event_date"] == region["event_date"]:
        return True
    if int(row["time_precision"]) != 2:
        return False
    try:
        days = (date.fromisoformat(str(row["event_date"])) - date.fromisoformat(str(region["event_date"]))).days
    except ValueError:
        return False
    return 0 <= days < _DAYS_APART


def _parties_agree(lede: dict[str, Any], row: dict[str, Any]) -> bool:
    """Parties that do not differ, in either order: the same, one unnamed, or one told by a common noun of the
    other's kind ("One soldier was also killed in the fighting" after "Philippine troops killed four militants").
    Details that tell no act have no one it was done to ("The attackers, whom local officials identified as …")."""
    (a1, a2), (b1, b2) = parties_of(lede), parties_of(row)
    if row["sub_event_type"] == NO_ACT:  # its doers the lede's, or unnamed ("Gunmen on motorcycles arrived …")
        return b1.name in (a1.name, a2.name) or (b1.name.startswith(UNIDENTIFIED) and a1.fits(b1))
    return (_agree(a1, b1) and _agree(a2, b2)) or (_agree(a1, b2) and _agree(a2, b1))


def _agree(one: Party, other: Party) -> bool:
    """The same party, one unnamed (`Party.fits`: a state's unnamed forces are not an unidentified group), or
    a state's forces and a common noun of their kind ("soldier", not "police")."""
    if one.fits(other) and not (one.unnamed and other.unnamed and one.name != other.name):
        return True
    state, common = (one, other) if one.name.startswith((MILITARY, POLICE)) else (other, one)
    return state.name.startswith((MILITARY, POLICE)) and common.name[:1].islower() and of_its_kind(state.name, common)


def _add_details(lede: MergedEvent, details: MergedEvent) -> None:
    """The details' rows added to the lede's event, and their place its place when finer."""
    finer = _level(details.row) > _level(lede.row)
    place = {name: details.row.get(name, "") for name in PLACE_COLUMNS}
    for level in ("admin1", "admin2"):  # a town whose divisions the gazetteer lacks: in the lede's
        if not place[level] and place["admin1"] in ("", lede.row.get("admin1", "")):
            place[level] = lede.row.get(level, "")
    for row in details.rows:
        lede.add(row)
    if finer:
        lede.row.update(place)
