"""A news lede and the details told after it are one event: the lede names a region and a day ("killed at least
22 civilians in an attack on a village in eastern Burkina Faso on Monday"), the paragraph after it the village and
what happened there ("Gunmen on motorcycles arrived in Tambaga, in Tapoa province, … and shot them"), often with
no day of its own. They were two rows (helper-342: 9 of the 13 rows too many on eight articles an ACLED coder had
coded first), the second dated by the article, and every count of events made from the table counted the attack
twice. The row is the lede's, at the details' place when it is finer (ACLED codes the most precise place told).

Joined only where nothing says two events: the details come right after the lede in one article (or after the
ledes of one story, "…, and residents accused soldiers of killing three civilians in a reprisal raid", details
joining the one they fit); they tell no act of their own (a description, "arrived … and shot them"; a toll that
took the lede's place; words of the lede's event again, "in the fighting"), and no words tell another event
("Separately", "Gunmen also killed", "Troops later pursued"); they are at a place inside the lede's region (or
the region itself; once details named a village, another village is another event), of no other day, of the
lede's kind of event or of none, with parties that do not differ (helper-344's review of the first version found
another killing, a pursuit and the rest of a series of attacks joined)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

from annotations.claims.event_words import REMOTE
from annotations.claims.events import EventRow
from annotations.claims.merged_event import MergedEvent
from annotations.claims.row_parties import CIVILIANS, MILITARY, POLICE, Party, of_its_kind, parties_of
from annotations.entities.matching import fold
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
    r"\b(?:separately|elsewhere|meanwhile|in\s+(?:a|another)\s+separate|(?:in\s+)?(?:another|a\s+second|a\s+third|"
    r"a\s+further|other|a\s+nearby)\s+(?:attacks?|raids?|ambush(?:es)?|clash(?:es)?|incidents?|strikes?|assaults?|"
    r"bombings?|killings?|abductions?|kidnappings?|villages?|towns?|districts?|bombs?|blasts?|explosions?|devices?)|"
    r"(?<!was\s)(?<!were\s)(?<!been\s)also\s+(?:killed|attacked|abducted|kidnapped|stormed|raided|burned|torched|shot|ambushed|struck|bombed)|"
    r"(?:in|across)\s+(?:the\s+)?(?:north|south|east|west|centre|center)\w*\s+(?:of\s+the\s+country|part|region)|"
    r"later|subsequently|pursu\w+|chased|tracked\s+down|retaliat\w+|in\s+response|counter-?attack\w*|reprisal|"
    r"(?<!and\s)then|earlier|(?:the|a)\s+(?:day|night|week|month)\s+(?:before|earlier|ago)|(?:last|previous)\s+"
    r"(?:week|month|year)|(?:\w+\s+)?(?:days?|weeks?|months?)\s+(?:before|ago))\b",
    re.I,
)
"""Words of another event told after a lede ("Gunmen also killed three farmers in Tsafe", "In the north of the
country, gunmen killed five traders", "Troops later pursued the attackers": helper-344's wrong joins)."""

_BACK = compiled(
    r"\b(?:in|during|after)\s+the\s+(?:attack|fighting|clash(?:es)?|raid|ambush|assault|violence|massacre|shooting|"
    r"bombing|killings?)\b(?!\s+(?:on|against)\b)|"
    r"^\s*the\s+\w+(?:\s+\w+)?\s+(?:was|were|had\s+been)\s+(?:attacked|ambushed|struck|hit|raided|stormed|targeted)\b|"
    r"^\s*the\s+(?:drones?|missiles?|strikes?|shells?|bombs?|rockets?|blast|explosion)\s+(?:hit|struck|landed|exploded)\b|"
    r"^\s*(?:the|their|its)\s+(?:[\w\-]+\s+){0,2}?(?:ran|drove|rolled)\s+over\s+the\s+(?:[\w\-]+\s+)?"
    r"(?:explosive|device|bomb|mine|landmine|IED)s?\b",
    re.I,
)
"""Words that tell of the lede's event again ("One soldier was also killed in the fighting in Datu Hoffer
Ampatuan", "The convoy was attacked near the town of Djibo", "The drone hit a market", "Their armored vehicle ran
over the explosive device": helper-346): a toll or a detail of it,
not an act of its own; not "in the attack on the cattle market", another (helper-345)."""
_A_TOLL = compiled(
    r"\s*(?:the\s+)?(?:[\w\-]+\s+){0,3}?(?:death\s+)?(?:toll|number\s+of\s+(?:the\s+)?(?:dead|[\w\-]+\s+killed))\b",
    re.I,
)
"""A toll put at a number ("the toll at five, all of them police officers"): the dead counted, no act told."""
_SEVERAL = compiled(
    r"\b(?:(?:in|during)\s+(?:a\s+(?:series|wave|string)\s+of\s+)?(?:attacks|raids|assaults|strikes|clashes|ambushes)\b|"
    r"(?:series|wave|string)\s+of\s+(?:attacks|raids|assaults|strikes|clashes)|"
    r"(?:two|three|four|five|six|several|\d+)\s+(?:villages|towns|districts|communities|places))",
    re.I,
)
"""A lede of several events ("in attacks on three villages", "a series of attacks"): no details are all of it."""
_ITS_OWN_ACT = compiled(
    r"(?<!was\s)(?<!were\s)(?<!been\s)(?<!also\s)\b(?:killed|killing|shot|attacked|ambushed|stormed|raided|struck|bombed|"
    r"captured|seized|repelled)\s+(?:at\s+least\s+|more\s+than\s+)?(?:\d+|a|an|the|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|several|dozens|scores|some|their|its|his|her)\b|\bclashed\s+with\b",
    re.I,
)
"""An act told by its doer before the words of the fighting (helper-346's narrow miss): not the lede's told again."""


Numbered = tuple[int, MergedEvent]
Lede = tuple[MergedEvent, dict[str, Any]]
"""An event details may join, with its row as it was before any joined it (its region)."""


def details_joined(events: list[Numbered]) -> list[Numbered]:
    """The events, each one told right after a lede of its article and fitting it as its details joined
    to it (see the module), in the order first told."""
    rowed = {told for _order, event in events for told in event.told_by}  # a claim not here gave no valid row (a
    # description, "The convoy was attacked near Djibo", names no doer): the tolls it lent, right after a lede, are its
    kept: list[Numbered] = []
    ledes: list[Lede] = []  # the events details may join, each with its own region
    lenders: dict[tuple[str, str], Lede] = {}  # every lede kept, by its claims
    joined = False  # details joined one of them: a lede told after is another story's
    for order, event in sorted(events, key=lambda t: t[0]):
        toll_of = _its_toll(event, lenders)
        fitting = [toll_of] if toll_of is not None else [lede for lede in ledes if _details_of(event, *lede, rowed)]
        if len(fitting) == 1:
            _add_details(fitting[0][0], event)
            lenders.update(dict.fromkeys(event.told_by, fitting[0]))  # a toll lent by the details is the lede's too
            joined = True
            continue
        kept.append((order, event))
        if not _a_lede(event):
            ledes = []
            continue
        lede = (event, dict(event.row))
        lenders.update(dict.fromkeys(event.told_by, lede))
        if joined or not ledes:
            ledes, joined = [lede], False
        else:  # a lede telling two events ("…, and residents accused soldiers of killing three civilians")
            ledes.append(lede)
    return kept


def _its_toll(event: MergedEvent, lenders: dict[tuple[str, str], Lede]) -> Lede | None:
    """The lede whose place every row of the event took (a toll told after "The attack took place in Bannu
    district", `EventRow.lent_by`), when the event is of its region and day: the lede's dead counted again,
    whatever the toll's words made its kind and parties ("The district police chief put the toll at five")."""
    lent = {row.lent_by for row in event.rows}
    if len(lent) != 1 or None in lent:
        return None
    lede = lenders.get(next(iter(lent)))  # type: ignore[arg-type]
    if lede is None or _ANOTHER_EVENT.search(" ".join(row.words for row in event.rows)):
        return None
    if not all(row.only_dead or row.row["sub_event_type"] == NO_ACT or _A_TOLL.match(row.words) for row in event.rows):
        return None  # "Soldiers killed 12 of the attackers": the army's own act (helper-345)
    return lede if _inside(event.row, lede[1]) and _of_its_day(event.row, lede[1]) else None


def _a_lede(event: MergedEvent) -> bool:
    """An event of a day whose place is a region, not a town: the country ("… in eastern Burkina Faso"), its
    first- or second-level division ("in Nigeria's northwestern Zamfara state")."""
    row = event.row
    if int(row["time_precision"]) != 1 or row["sub_event_type"] == NO_ACT:
        return False
    if any(_SEVERAL.search(told.words) for told in event.rows):
        return False  # "killed at least 35 people in attacks on three villages": no one village is its place
    level = _level(row)  # a division the size of a district ("Abu Salim", "Maru") is no region
    return level == 0 or (level < TOWN and int(row.get("geo_precision") or 0) == REGION)


TOWN = 3
REGION = 3
"""The geo-precision of a province-sized region (`GEO_PRECISION`)."""


def _level(row: dict[str, Any]) -> int:
    """How precise the row's place is: 0 the country (or a part of it told by a direction), 1 and 2 its
    divisions, TOWN a place inside them."""
    location, country = fold(str(row["location"])), fold(str(row["country"]))  # "Tillaberi" is "Tillabéri"
    if location and (location == country or (country and _A_PART_OF.fullmatch(location.removesuffix(country)))):
        return 0
    if location and location == fold(str(row.get("admin2") or "")):
        return 2
    if location and (location == fold(str(row.get("admin1") or "")) or int(row.get("geo_precision") or 0) == REGION):
        return 1  # a province the gazetteer names otherwise than its division ("Kara Region", "Kara")
    return TOWN


_A_PART_OF = compiled(
    r"(?:(?:north|south|east|west|central|centre|center)(?:ern)?|(?:north|south)[\s-]?(?:east|west)(?:ern)?|"
    r"(?:the\s+)?(?:north|south|east|west|centre|center)\s+of)\s+",
    re.I,
)
"""A part of the country told by its direction ("eastern", "central", "the north of"), folded."""


def _details_of(event: MergedEvent, lede: MergedEvent, region: dict[str, Any], rowed: set[tuple[str, str]]) -> bool:
    """Whether `event` tells details of `lede` (whose place was `region` before any details joined it)."""
    row = event.row
    articles = {told.article_id for told in event.rows}
    if not articles <= {told.article_id for told in lede.rows}:
        return False
    if not all(_of_the_lede(told, lede, event.told_by, rowed) for told in event.rows):
        return False
    if _level(lede.row) == TOWN and _level(row) == TOWN and row["location"] != lede.row["location"]:
        return False  # details named the village: another village is another event's
    if row["sub_event_type"] != NO_ACT and row["event_type"] != region["event_type"]:
        return False
    return _inside(row, region) and _of_its_day(row, region) and _parties_agree(lede.row, row)


def _of_the_lede(
    told: EventRow, lede: MergedEvent, own: tuple[tuple[str, str], ...], rowed: set[tuple[str, str]]
) -> bool:
    """Whether a claim tells of the lede's event, not of one of its own: it tells no act ("arrived … and shot
    them"), or its toll took its place from the lede (`EventRow.lent_by`), or its words tell of the event
    again ("in the fighting"); and no words say another event."""
    words = told.words
    if _ANOTHER_EVENT.search(words):
        return False
    lent = told.lent_by is not None and (told.lent_by in (*lede.told_by, *own) or told.lent_by not in rowed)
    described = told.row["sub_event_type"] == NO_ACT and lede.row["event_type"] != REMOTE  # a strike's details say
    # what it hit, not who arrived where ("The insurgents then arrived in Damboa": helper-345)
    again = _BACK.search(words)
    if again is not None and again.start() > 0 and _ITS_OWN_ACT.search(words, 0, again.start()):
        again = None  # "troops killed 11 al Shabaab fighters in the fighting near Awdheegle": an act of its own
    return described or lent or again is not None


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
    if row["sub_event_type"] == NO_ACT:  # its doers the lede's, unnamed ("Gunmen on motorcycles arrived …") or none,
        # or the lede's victims told of ("the victims, Amhara farmers, were rounded up": helper-346)
        victims = a2.name.startswith(CIVILIANS) and str(b1.inter) == "7"
        return (
            not b1.name
            or b1.name in (a1.name, a2.name)
            or victims
            or (b1.name.startswith(UNIDENTIFIED) and a1.fits(b1))
        )
    return (_agree(a1, b1) and _agree(a2, b2)) or (_agree(a1, b2) and _agree(a2, b1))


def _agree(one: Party, other: Party) -> bool:
    """The same party, one unnamed (`Party.fits`: a state's unnamed forces are not an unidentified group), or
    a state's forces and a common noun of their kind ("soldier", not "police")."""
    if one.fits(other) and not (one.name and other.name and one.unnamed and other.unnamed and one.name != other.name):
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
        lede.add(replace(row, dead=(MORE_DEAD,)) if not row.dead and _MORE_DEAD.search(row.words) else row)
    if finer:
        lede.row.update(place)


MORE_DEAD = "more dead"
"""Whose dead details count that are said to be more than the lede's ("several of them were also killed", of the
attackers after the soldiers they killed): another side's, added to the lede's toll (helper-346: the row said 10,
the larger of the two, where the rows before had 8 and 10)."""
_MORE_DEAD = compiled(r"\b(?:were|was|had\s+been)\s+also\s+(?:killed|shot\s+dead)|\balso\s+died\b", re.I)
