"""Tolls joined to the event they took their place from: a toll told after an attack, naming no place of its own
(`claim_places.ClaimPlaces._of_the_claim_before`), counts that attack's dead when nothing says otherwise; a protest met
with deadly force is the protest's event (split from `merging`, which was over 450 lines)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from annotations.claims.event_actors import VIOLENT
from annotations.claims.events import EventRow
from annotations.claims.merged_event import MergedEvent
from annotations.claims.own_acts import OWN_ACT
from annotations.claims.protests import force_on_the_crowd
from annotations.claims.row_parties import parties_of
from annotations.text.pattern_cache import compiled


def tolls_lent_joined(events: list[tuple[int, MergedEvent]]) -> list[tuple[int, MergedEvent]]:
    """A toll that took its place from the claim told before it (`EventRow.lent_by`) joins that
    claim's event when it counted no dead and is of violence: helper-268's "al-Shabaab fighters
    stormed a forward operating base near the town of Sabiid …, detonating a suicide car bomb" and
    the officer's "11 soldiers were killed" were a bombing of no dead and a clash of an unidentified
    group. Beside an event that has its own toll (unless the toll names no one who acted and counts
    the same victims on the same day: `_its_dead_again`), or of another kind (a looting, a protest),
    or merged already, the toll stays its own: its dead are not known to be the same."""
    of_claim = {told: event for _order, event in events for told in event.told_by}
    kept: list[tuple[int, MergedEvent]] = []
    lent_alike: dict[tuple[str, str], list[MergedEvent]] = {}  # kept events by the claim their first row's places
    # came from, in the order kept: the work grows with the rows, once
    for order, event in events:
        toll = event.rows[0]
        lent = toll.lent_by if len(event.rows) == 1 else _lent_to_all(event)
        lender = of_claim.get(lent) if lent is not None else None
        if lender is None and toll.revised and len(event.rows) == 1:
            lender = _told_there_before(toll, kept)
        if (
            lender is not None
            and lender is not event
            and (
                not (lender.figures or lender.vague)
                or toll.revised
                or all(_its_dead_again(told, lender.row) for told in event.rows)
                or _a_number_for_the_words(toll, lender)
                or _THE_ATTACK_REPELLED.search(toll.words) is not None
                or _IN_THAT_FIGHT.search(toll.words) is not None
                or _the_doers_own_count(toll, lender.row)
                or _the_other_sides_dead(toll, lender.row)
            )
            and _of_violence(lender.row)
            and int(lender.row["time_precision"]) <= int(toll.row["time_precision"])  # the row's day is the lender's
            and not _linked_together(toll, lender)  # `_joined_by_links` joins them, the most precise first
        ):
            for told in event.rows:
                lender.add(_of_no_party(told, lender.row) if told.revised else told)
                of_claim[told.article_id, told.claim_id] = lender
        elif (
            lender is not None
            and lender is not event
            and len(event.rows) == 1
            and (forced := force_on_the_crowd(lender.row, toll.row)) is not None
        ):  # a protest met with deadly force: the protest's event, its toll the force's
            lender.row.update(forced)
            lender.add(_of_no_party(toll, lender.row))
            of_claim[event.told_by[0]] = lender
        elif (sibling := _counted_before(toll, lent, lent_alike)) is not None:
            sibling.add(toll)
            of_claim[event.told_by[0]] = sibling
        else:
            kept.append((order, event))
            if event.rows[0].lent_by is not None:
                lent_alike.setdefault(event.rows[0].lent_by, []).append(event)
    return kept


_THE_ATTACK_REPELLED = compiled(
    r"\b(?:repelled|repulsed|foiled|thwarted|beat\s+back|fought\s+off)\s+the\s+(?:\w+\s+)?(?:attack|assault|raid|"
    r"ambush|offensive|incursion)\b",
    re.IGNORECASE,
)
"""A toll that tells the attack told before it as the one its side fought off ("troops had repelled the attack and
neutralised 35 terrorists, and that four soldiers were killed"): that attack's dead by another source, the one event
(helper-358's Marte base: a second battle of 39 dead, dated the day the army spoke)."""


_IN_THAT_FIGHT = compiled(
    r"\b(?:in|during)\s+the\s+(?:fighting|clash(?:es)?|battle|gunfight|firefight|exchange\s+of\s+fire|attack|ambush|"
    r"raid|assault|(?:air\s*|drone\s+)?strikes?|bombing|shelling|blast|explosion)\b",
    re.IGNORECASE,
)
"""A toll told of the fight before it by its words ("One soldier was also killed in the fighting"): that fight's
dead, another side's added (helper-360: a second row against "soldier", the docs' own example)."""


def _told_there_before(toll: EventRow, kept: list[tuple[int, MergedEvent]]) -> MergedEvent | None:
    """The event of violence its article told last at a risen toll's own place ("Gunmen killed 11 villagers in
    Maru", then "The death toll from the Maru attack rose to 19": helper-364's second row, of 19, dated the
    article's day)."""
    for _order, event in reversed(kept):
        row = event.rows[0]
        if row.article_id == toll.article_id and row.row["location"] == toll.row["location"] and _of_violence(row.row):
            return event
    return None


def _lent_to_all(event: MergedEvent) -> tuple[str, str] | None:
    """The claim every row of an event took its place from, when they are all tolls of its dead (the army's
    "put the number of soldiers killed at 15" and the militants' "put the number of dead at 47 soldiers", both
    after the attack told before them: helper-340's was a second row of that attack); or tolls of one act that differ
    ("Residents said the attackers also killed five people", then a police spokesman's "only two people were killed",
    after an abduction told before them: helper-362's raid was two rows), at least one of them only its dead."""
    lent = event.rows[0].lent_by
    same = all(told.lent_by == lent and not told.revised for told in event.rows)
    return lent if same and any(told.only_dead for told in event.rows) else None


def _counted_before(
    toll: EventRow, lent: tuple[str, str] | None, lent_alike: dict[tuple[str, str], list[MergedEvent]]
) -> MergedEvent | None:
    """The event of a toll lent by the same claim, told before it, that this toll counts again ("Police said 11
    people were killed there, while a local administrator put the toll at nine", both after the looting of
    Naquitengue: helper-334's three rows of one attack), where the lender is no event of violence to join."""
    if lent is None or not toll.only_dead:
        return None
    return next(
        (e for e in lent_alike.get(lent, ()) if _of_violence(e.row) and _its_dead_again(toll, e.row)),
        None,
    )


def _of_no_party(told: EventRow, lender: dict[str, Any]) -> EventRow:
    """A toll told risen, its parties left out: the dead it lists are no side's allies ("the death toll had risen
    to 89, among them 46 Druze fighters … and 18 Bedouin fighters" made the Bedouin fighters the Druze militias'
    associated actor), nor of any kind but the event's (helper-328: "the JNIM death toll had risen to 30 after air
    strikes" made the clash an air strike)."""
    blank = {"actor1": "", "assoc_actor_1": "", "actor2": "", "assoc_actor_2": ""}
    kind = {name: lender[name] for name in ("event_type", "sub_event_type", "disorder_type")}
    return replace(told, row={**told.row, **blank, **kind})


def _a_number_for_the_words(toll: EventRow, lender: MergedEvent) -> bool:
    """Whether a lent toll gives a number of the dead its lender told only by a word for many ("killing hundreds of
    people", then "150 people were killed in the attack"), not another side's ("JNIM fighters killed several
    civilians", then "30 JNIM fighters were killed": helper-332's review found these joined as one attack)."""
    return not lender.figures and (not toll.dead or toll.dead in lender.vague)


def _its_dead_again(told: EventRow, lender: dict[str, Any]) -> bool:
    """Whether a toll lent its place counts the lender's dead again, by another source: its words tell
    dead and nothing else (`EventRow.only_dead`: no act, weapon or doer, not "more", "other", "also" or
    "among" them), it names no one who acted, is of the lender's day, and its dead are the lender's
    victims' ("A military jet bombed a market in Ramree, killing 18 people, according to a rescue group.
    A resident said at least 22 people had died": helper-314's two rows of one strike; helper-324's review:
    "Three more civilians were killed when gunmen opened fire on mourners" is another event)."""
    toll = told.row
    return (
        told.only_dead
        and (
            str(toll["actor1"]).startswith("Unidentified Armed Group")
            or (lender["actor2"] and not toll["actor2"] and parties_of(toll)[0].fits(parties_of(lender)[1]))
        )  # the victims counting their dead ("An army commander put the number of soldiers killed at 15": helper-340)
        and toll["event_date"] == lender["event_date"]
        # its dead the lender's, or no one's named ("a local administrator put the toll at nine"), or only "people"
        # ("Hospital officials said 27 people were killed" after a clash: helper-364's attack on civilians of its own)
        and (toll["actor2"] in ("", lender["actor2"]) or _ONLY_PEOPLE.fullmatch(told.words.strip()) is not None)
    )


_ONLY_PEOPLE = compiled(
    r"(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+|only\s+)?[\w,]+\s+(?:people|persons)\s+(?:had\s+|have\s+)?"
    r"(?:were\s+|been\s+)?(?:killed|died|dead)[.\s]*",
    re.IGNORECASE,
)


def _linked_together(row: EventRow, event: MergedEvent) -> bool:
    told = (row.article_id, row.claim_id)
    return any(t in row.linked for t in event.told_by) or any(told in other.linked for other in event.rows)


def _of_violence(row: dict[str, Any]) -> bool:
    return row["event_type"] in VIOLENT


def _the_doers_own_count(toll: EventRow, lender: dict[str, Any]) -> bool:
    """Whether a toll is the attackers' own count of the dead the event told before it counted ("killing three
    soldiers, police said. The BLA claimed it had killed 90 soldiers": helper-360's second row of 90): the same doer
    telling its act, of the same side's dead; one event, the lowest count its toll (ACLED's rule)."""
    (doer, dead), (lender_doer, lender_dead) = parties_of(toll.row), parties_of(lender)
    return (
        OWN_ACT.match(toll.words) is not None
        and doer.name == lender_doer.name
        and bool(dead.name)
        and dead.fits(lender_dead)
        and toll.row["event_date"] == lender["event_date"]
    )


def _the_other_sides_dead(toll: EventRow, lender: dict[str, Any]) -> bool:
    """Whether a toll counts the dead of the side that did the event told before it, killed by those it struck
    ("Five soldiers were killed, the military said, adding that all 16 attackers were killed": helper-360's second
    row of 16, a battle of the army): that event's, both sides' dead added."""
    (doer, dead), (lender_doer, lender_dead) = parties_of(toll.row), parties_of(lender)
    sides = {str(p.inter) for p in (doer, dead, lender_doer, lender_dead)}
    return (
        bool(doer.name and dead.name and lender_dead.name)
        and "7" not in sides  # armed sides both: civilians killed "when gunmen opened fire on mourners" are others
        and str(doer.inter) == str(lender_dead.inter)
        and str(dead.inter) == str(lender_doer.inter)
        and doer.fits(lender_dead)
        and dead.fits(lender_doer)
        and toll.row["event_date"] == lender["event_date"]
    )
