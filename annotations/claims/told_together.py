"""Which claims of one place and kind are one event: those whose dates lie within a window of the
event's first day, and with them every claim the analyst linked to one of them, whatever its date.

A link is the analyst saying two claims tell of one event: a denial made ten days after a capture,
or one its article does not date, linked to it, was an event of its own on the board (beside the
capture, uncompared), while the events export joined them (`merging._joined_by_links`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from annotations.claims.board import BoardClaim


def told_together(
    members: Sequence[BoardClaim], window: timedelta, *, by_the_day: bool = False
) -> list[list[BoardClaim]]:
    """`members` (claims of one place and kind) in events: linked claims together, each group
    placed by its earliest day; a group of claims none of which is dated is one event with the
    other undated groups. Each event's claims by day, the undated last, then as given.
    `by_the_day` (tolls): claims whose own words date them to different days are two events, whatever
    the window (a newcomer's tolls of Sunday's and Tuesday's shelling of Minova were marked as
    contradicting); claims dated by their article's day stay within the window."""
    found: list[list[tuple[int, BoardClaim]]] = []
    undated: list[tuple[int, BoardClaim]] = []
    opened = date.min
    days_told: set[date] = set()  # the days the event's tolls are dated to by their own words
    for day, group in sorted(_groups(members), key=lambda g: (g[0] or date.max, g[1][0][0])):
        told = by_the_day and _told_to_the_day(group)
        if day is None:
            undated += group
        elif not found or day - opened > window or (told and days_told and day not in days_told):
            found.append(list(group))
            opened, days_told = day, ({day} if told else set())
        else:
            found[-1] += group
            if told:
                days_told.add(day)
    if undated:
        found.append(undated)
    return [[claim for _n, claim in sorted(event, key=_by_day)] for event in found]


def _told_to_the_day(group: list[tuple[int, BoardClaim]]) -> bool:
    """Whether every dated claim of the group is dated to the day by its own words ("on Sunday")."""
    dated = [c.when for _n, c in group if c.when is not None]
    return bool(dated) and all(w.told_to_the_day for w in dated)


def _groups(members: Sequence[BoardClaim]) -> list[tuple[date | None, list[tuple[int, BoardClaim]]]]:
    """The members joined by the links between them (either holding the link, of any type), each
    group with its earliest day and its claims numbered in the order given."""
    index = {(c.article_id, c.claim_id): n for n, c in enumerate(members)}
    parent = list(range(len(members)))

    def root(n: int) -> int:
        while parent[n] != n:
            parent[n] = n = parent[parent[n]]
        return n

    for n, claim in enumerate(members):
        for link in claim.facts.links:
            other = index.get((link.article_id, link.annotation_id))
            if other is not None:
                parent[root(other)] = root(n)
    groups: dict[int, list[tuple[int, BoardClaim]]] = {}
    for n, claim in enumerate(members):
        groups.setdefault(root(n), []).append((n, claim))
    return [(min((c.when.day for _n, c in g if c.when), default=None), g) for g in groups.values()]


def _by_day(numbered: tuple[int, BoardClaim]) -> tuple[date, int]:
    n, claim = numbered
    return (claim.when.day if claim.when else date.max), n
