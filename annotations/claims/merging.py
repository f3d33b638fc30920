"""One row per event, not per claim: the claims that tell one event give one ACLED row.

An attack told by four outlets (or twice in one article) was four rows, and every count of
events made from the table counted it four times. ACLED codes one event per date, location, type
and actors, from all its sources. Rows are one event when they have the same day (told as
precisely: a claim dated only by its article is not known to be of the day another names), place,
event type and sub-type, and parties that do not differ: the same actor, or an actor one source names
where another does not ("Unidentified Armed Group (Nigeria)" and ISWAP; "Civilians (Nigeria)" and
the villagers). The merged row keeps the named parties, every source, every claim's note, and the
most conservative death toll (ACLED's rule) among sources counting the same dead, added up over
different sides' dead (`_tolls`), with the range in the notes and in the low/high deaths of
`events-json`.

Claims the analyst linked (as corroborating or contradicting each other) tell one event whatever
their words give: one massacre told as 42 dead by one outlet on its day and as 51 by another the
next, or blamed on two groups, was two rows though the analyst had said the claims were of one
event. Their rows are one (`_joined_by_links`): the most precisely dated gives the day, place
and type, and their tolls count the same dead.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from annotations.claims.event_actors import VIOLENT
from annotations.claims.event_tolls import UNNAMED_DEAD, of_two_sides
from annotations.claims.event_words import LOOTING
from annotations.claims.events import EventRow
from annotations.claims.lede_details import details_joined
from annotations.claims.lent_tolls import tolls_lent_joined
from annotations.claims.merged_event import CLASH, MergedEvent
from annotations.claims.protests import EXCESSIVE_FORCE, PROTESTS, RIOTS
from annotations.claims.row_parties import Party, parties_of
from annotations.text.pattern_cache import compiled

_SAME_EVENT = ("event_date", "time_precision", "event_type", "sub_event_type", "country", "admin1", "location")


def _sub_type(row: dict[str, Any]) -> str:
    """The sub-type rows are grouped by: a battle's any, its rows then matched by `_fits`."""
    return row["event_type"] if row["event_type"] == "Battles" else row["sub_event_type"]


def _fits(one: dict[str, Any], other: dict[str, Any]) -> bool:
    """Whether two rows of one day, place and type have sub-types that do not differ (a clash fits
    a taking of territory, two takings only of the same side) and parties that do not (in either
    order: who attacked whom is each source's reading)."""
    if (
        CLASH not in (one["sub_event_type"], other["sub_event_type"])
        and one["sub_event_type"] != other["sub_event_type"]
    ):
        return False
    (a1, a2), (b1, b2) = parties_of(one), parties_of(other)
    return (a1.fits(b1) and a2.fits(b2)) or (a1.fits(b2) and a2.fits(b1) and not (a1.unnamed or b1.unnamed))


def merged_events(rows: Iterable[EventRow]) -> list[EventRow]:
    """One row per event, in the order each event is first told (see the module). A row naming
    no party of its own ("Gunmen attacked …") joins an event only when it fits one event of its
    day and place: of two attacks told, ISWAP's and Boko Haram's, it could be either."""
    by_key: dict[tuple[Any, ...], list[tuple[int, EventRow]]] = {}
    for order, row in enumerate(rows):
        key = tuple(_sub_type(row.row) if name == "sub_event_type" else row.row[name] for name in _SAME_EVENT)
        by_key.setdefault(key, []).append((order, row))
    events: list[tuple[int, MergedEvent]] = []
    for told in by_key.values():
        here: list[tuple[int, MergedEvent]] = []
        for order, row in sorted(told, key=lambda t: (_names_none(t[1].row), t[0])):
            fitting = [e for _o, e in here if _fits(e.row, row.row)]
            if len(fitting) == 1:  # every named row is in `here` before any row naming no one
                fitting[0].add(row)
            else:
                here.append((order, MergedEvent(row)))
        events += here
    joined = details_joined(_battles_of_the_week_joined(_tolls_of_no_side_joined(tolls_lent_joined(events))))
    joined = _destruction_in_the_attack_joined(_told_at_the_country_joined(joined))
    return [event.merged() for _order, event in _joined_by_links(joined)]


_PLACE_AND_DAY = tuple(name for name in _SAME_EVENT if name not in ("event_type", "sub_event_type"))


def _place_and_day(row: dict[str, Any]) -> tuple[Any, ...]:
    return tuple(row[name] for name in _PLACE_AND_DAY)


def _tolls_of_no_side_joined(events: list[tuple[int, MergedEvent]]) -> list[tuple[int, MergedEvent]]:
    """A toll told of no side at all ("authorities put the toll at 42 dead": by default a clash of
    an unnamed group against no one) joins the one other event of its day and place, whatever its
    type: a newcomer's massacre in Kenscoff was a row of civilians killed and another "Armed clash"
    of 42 dead, counted twice. Beside two events, or none, it stays its own."""
    kept: list[tuple[int, MergedEvent]] = []
    lone: list[tuple[int, MergedEvent]] = []
    others: list[tuple[int, MergedEvent]] = []
    for told in events:
        (lone if _of_no_side(told[1].row) else others).append(told)
    by_place_and_day: dict[tuple[Any, ...], list[MergedEvent]] = {}
    for _order, event in others:
        by_place_and_day.setdefault(_place_and_day(event.row), []).append(event)
    for order, event in lone:
        there = by_place_and_day.get(_place_and_day(event.row), [])
        if there and event.row["sub_event_type"] != CLASH and there[0].row["event_type"] != "Battles":
            there = []  # the dead of fighting, civilians among them: a battle's, not a protest's (a review)
        if (
            there
            and there[0].row["event_type"] in (PROTESTS, RIOTS)
            and there[0].row["sub_event_type"] != EXCESSIVE_FORCE
        ):
            there = []  # killed by no one named: no peaceful protest's dead (whose force is `force_on_the_crowd`'s);
            # the dead of a crowd fired on are (helper-362: another source's lower toll was an "Armed clash" of its own)
        if len(there) == 1:
            for row in event.rows:
                there[0].add(row)
        else:
            kept.append((order, event))
    return sorted([*others, *kept], key=lambda t: t[0])


def _of_no_side(row: dict[str, Any]) -> bool:
    """A clash of an unnamed group against no one: what a toll that says no side gives; or the dead
    of fighting told with the civilians among them ("at least 35 people had been killed in the
    fighting at Um Sumeima on Monday, among them 11 civilians": helper-258's row of an attack on
    civilians beside the battle's)."""
    if not str(row["actor1"]).startswith("Unidentified Armed Group"):
        return False
    if row["sub_event_type"] == CLASH and not row["actor2"]:
        return True
    return str(row["actor2"]).startswith("Civilians") and _IN_THE_FIGHTING.search(str(row["notes"])) is not None


def _battles_of_the_week_joined(events: list[tuple[int, MergedEvent]]) -> list[tuple[int, MergedEvent]]:
    """A battle an article tells with no day of its own (dated by the article, precision 2: "Our
    forces liberated Um Sumeima") joins the one battle the same article dates to a day of that week
    at that place with parties that do not differ ("captured Um Sumeima on Monday"): helper-258's
    two rows of one battle, the second on the article's day. Of another article, or beside two such
    battles, it stays its own: a week's claim is not known to be of the day another names. (Strikes joined
    so were tried at the eighty-seventh stop and undone: helper-326's and helper-327's reviews found another
    strike of the same force that week, on a school, a wedding, a camp, folded into the day's.)"""
    dated: dict[tuple[Any, ...], list[MergedEvent]] = {}  # by article and place: the work grows with the rows, once
    for _order, event in events:
        if event.row["event_type"] == "Battles" and int(event.row["time_precision"]) == 1:
            for article in _articles(event):
                dated.setdefault((article, *_where(event)), []).append(event)

    def the_days(_order: int, event: MergedEvent) -> list[MergedEvent]:
        if not _a_weeks_battle(event):
            return []
        (article,) = _articles(event)
        days = [d for d in dated.get((article, *_where(event)), []) if _the_days_battle(d, event)]
        named = [d for d in days if not _names_none(d.row)]
        return named or days  # the battle its parties are named in, not a toll of nobody named the next day

    return _each_joined_to_its_one(events, the_days)


def _each_joined_to_its_one(
    events: list[tuple[int, MergedEvent]], fitting: Callable[[int, MergedEvent], list[MergedEvent]]
) -> list[tuple[int, MergedEvent]]:
    """The events, each that `fitting` gives exactly one event for joined to it (its rows added), the others kept in
    their order."""
    kept: list[tuple[int, MergedEvent]] = []
    for order, event in events:
        there = fitting(order, event)
        if len(there) == 1:
            for row in event.rows:
                there[0].add(row)
        else:
            kept.append((order, event))
    return kept


def _told_at_the_country_joined(events: list[tuple[int, MergedEvent]]) -> list[tuple[int, MergedEvent]]:
    """An event an article tells at its country only (no region: "residents accused soldiers of killing three
    civilians in a reprisal raid the next day") joins the one event the same article tells after it, that day at a
    place in that country, of its kind, parties and dead ("On Monday, soldiers entered the nearby village of Bawock
    … and shot dead three men": helper-342's two rows of one raid). Told after it, either told as another ("Gunmen
    also killed three traders in Cameroon on Monday", "In a separate incident": helper-348, helper-352), without dead
    told, or beside two such events, it stays its own: the country is not known to mean that place."""
    finer: dict[tuple[str, Any, Any], list[tuple[int, MergedEvent]]] = {}  # by article, country and day: once
    for order, event in events:
        if not _at_the_country(event.row) and int(event.row["time_precision"]) == 1:
            for article in _articles(event):
                finer.setdefault((article, event.row["country"], event.row["event_date"]), []).append((order, event))

    def told_after_there(order: int, event: MergedEvent) -> list[MergedEvent]:
        if not (_at_the_country(event.row) and int(event.row["time_precision"]) == 1 and len(_articles(event)) == 1):
            return []
        if _told_as_another(event):
            return []
        (article,) = _articles(event)
        day = finer.get((article, event.row["country"], event.row["event_date"]), [])
        return [
            e
            for o, e in day
            if o > order
            and _of_the_same_dead(e.row, event.row)
            and _fits(e.row, event.row)
            and not _told_as_another(e)  # "In a separate attack on Sunday, …"
        ]

    return _each_joined_to_its_one(events, told_after_there)


def _destruction_in_the_attack_joined(events: list[tuple[int, MergedEvent]]) -> list[tuple[int, MergedEvent]]:
    """Homes or a market burned by the doers of an attack its article tells at the same place that day is that
    attack ("Gunmen … surrounded Tangaye-Foulbe early on Sunday, set fire to the market and shot men who tried to
    flee", after the army's "killed 14 civilians in an attack on the village": helper-367's second row), not an
    event of its own: ACLED codes what was burned in an attack in the attack's row. One such attack only."""

    def its_attack(_order: int, event: MergedEvent) -> list[MergedEvent]:
        row = event.row
        if row["sub_event_type"] != LOOTING or _told_as_another(event):
            return []
        doer = parties_of(row)[0]
        return [
            e
            for _o, e in events
            if e is not event
            and e.row["event_type"] in VIOLENT
            and _articles(e) & _articles(event)
            and _place_and_day(e.row) == _place_and_day(row)
            and parties_of(e.row)[0].fits(doer)
        ]

    return _each_joined_to_its_one(events, its_attack)


_ANOTHER = compiled(r"\b(?:separate(?:ly)?|elsewhere|also|another|distinct)\b", re.I)


def _told_as_another(event: MergedEvent) -> bool:
    """Whether the words of a row of the event tell it as another ("Gunmen also killed …", "In a separate incident")."""
    return any(_ANOTHER.search(told.words) for told in event.rows)


def _at_the_country(row: dict[str, Any]) -> bool:
    return not row["admin1"] and row["location"] == row["country"]


def _of_the_same_dead(one: dict[str, Any], other: dict[str, Any]) -> bool:
    return bool(one["fatalities"]) and str(one["fatalities"]) == str(other["fatalities"])


def _a_weeks_battle(event: MergedEvent) -> bool:
    row = event.row
    if any(told.told_later for told in event.rows):
        return False
    return row["event_type"] == "Battles" and int(row["time_precision"]) == 2 and len(_articles(event)) == 1


def _the_days_battle(dated: MergedEvent, week: MergedEvent) -> bool:
    """Whether `dated` is of `week`'s article, place and parties (in the same order), on a day of the
    week its date ends."""
    (one, two), (other1, other2) = parties_of(dated.row), parties_of(week.row)
    swapped = bool(one.name and two.name) and (one.name, two.name) == (other2.name, other1.name)  # the same two
    # named, told from the other side ("government forces … pushed the militants back": helper-356's second row)
    if not _articles(week) <= _articles(dated) or not (swapped or (_alike(one, other1) and _alike(two, other2))):
        return False  # told the other way round otherwise: a spokesman typed as his own party is no enemy of his group
    if week.row["sub_event_type"] != dated.row["sub_event_type"] and one.unnamed and two.unnamed:
        return False  # "Our forces have liberated Sake" is not Saturday's 17 dead of nobody named (helper-337's a1)
    if any(dated.row[name] != week.row[name] for name in ("country", "admin1", "location")):
        return False
    try:
        days = (date.fromisoformat(str(week.row["event_date"])) - date.fromisoformat(str(dated.row["event_date"]))).days
    except ValueError:
        return False
    return 0 <= days < 7


def _alike(one: Party, other: Party) -> bool:
    """The same party, or one a row leaves unnamed; a country's forces ("Military Forces of
    Colombia") are named: soldiers who rescued people near Tibu were no party of the ELN's attack."""
    if one.name == other.name:
        return True
    return any(not p.name or (p.unnamed and not p.name.startswith("Military Forces of ")) for p in (one, other))


def _where(event: MergedEvent) -> tuple[Any, ...]:
    return tuple(event.row[name] for name in ("country", "admin1", "location"))


def _articles(event: MergedEvent) -> set[str]:
    return {row.article_id for row in event.rows}


_IN_THE_FIGHTING = compiled(r"\b(?:in|during)\s+(?:the\s+)?(?:fighting|clashes|battle|combat|crossfire)\b", re.I)


def _joined_by_links(events: list[tuple[int, MergedEvent]]) -> list[tuple[int, MergedEvent]]:
    """The events, those whose claims the analyst linked (in one country) joined into one, in the
    order each is first told: the most precisely dated event of a group gives its row (the day
    another told only by its article's date is not known to be), the others' rows added to it.
    Two claims linked to a third that gives no row (about no place: a newcomer's "Fourteen of our
    citizens were killed") are joined through it."""
    ordered = sorted(events, key=lambda t: t[0])
    of_claim = {told: index for index, (_o, event) in enumerate(ordered) for told in event.told_by}
    group = list(range(len(ordered)))

    def root(index: int) -> int:
        while group[index] != index:
            group[index] = index = group[group[index]]
        return index

    through: dict[tuple[str, str], int] = {}  # a linked claim that gives no row: the others join through it
    for index, (_o, event) in enumerate(ordered):
        for row in event.rows:
            for told in row.linked:
                other = of_claim.get(told)
                if other is None:
                    other = through.setdefault(told, len(group))
                    if other == len(group):
                        group.append(other)
                elif ordered[other][1].row["country"] != event.row["country"]:
                    continue
                group[root(other)] = root(index)
    members: dict[int, list[tuple[int, MergedEvent]]] = {}
    for index, numbered in enumerate(ordered):
        members.setdefault(root(index), []).append(numbered)
    return sorted((_joined(told) for told in members.values()), key=lambda t: t[0])


def _joined(told: list[tuple[int, MergedEvent]]) -> tuple[int, MergedEvent]:
    """One event of linked events (see `_joined_by_links`), at the place of the first told."""
    if len(told) == 1:
        first, joined = told[0]
    else:
        first = min(order for order, _e in told)
        parts = sorted((e for _o, e in told), key=lambda e: int(e.row["time_precision"]))  # stable: first told first
        joined = MergedEvent(parts[0].rows[0])
        for row in [*parts[0].rows[1:], *(r for e in parts[1:] for r in e.rows)]:
            joined.add(row)
    dead = {(r.article_id, r.claim_id): r.dead for r in joined.rows}
    for row in joined.rows:
        for told_of in row.linked:
            theirs = dead.get(told_of)
            if theirs is None or not (row.dead or theirs) or of_two_sides(row.dead, theirs, joined.row):
                continue  # "34 White Army fighters were killed" linked to "three soldiers were killed": 37
            joined.same_dead.append({*row.dead, *theirs} | (set() if row.dead and theirs else {UNNAMED_DEAD}))
    return first, joined


def _names_none(row: dict[str, Any]) -> bool:
    """Whether a row names no party of its own (an Unidentified Armed Group, no second actor)."""
    return any(party.unnamed for party in parties_of(row))
