"""A place's control status over time as the claims tell it: day by day, as a line of text and as
a small chart a terminal draws (one cell per day, or per few days for a long span).

A claim about a day tells the status from that day until another claim tells otherwise, so the
chart holds each status until the next one; days before the first claim are not drawn.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from annotations.claims.board import BoardClaim
from annotations.claims.holders import HOLDERS, status_told


@dataclass(frozen=True, slots=True)
class Moment:
    """One point of a place's timeline: a day, who the claims of that day say holds it."""

    day: date
    status: str
    """The control status most claims of the day give ("captured"…), or "disputed"."""
    sources: tuple[str, ...]

    @property
    def side(self) -> str:
        """Who holds the place that day: "attackers", "government", "contested" or "disputed"."""
        return HOLDERS.get(self.status) or ("disputed" if self.status == "disputed" else "contested")


def timeline(claims: Iterable[BoardClaim], place_id: str) -> list[Moment]:
    """The place's control status day by day as the claims tell it (denials aside), oldest first."""
    by_day: dict[date, list[BoardClaim]] = {}
    for claim in claims:
        status = claim.statuses.get(place_id)
        if claim.when and status and status != "unknown" and claim.facts.certainty != "negated":
            by_day.setdefault(claim.when.day, []).append(claim)
    moments = []
    for day in sorted(by_day):
        said = {status_told(c.statuses[place_id], c.claimant_type) for c in by_day[day]}
        status = next(iter(said)) if len(said) == 1 else "disputed"
        moments.append(Moment(day, status, tuple(dict.fromkeys(c.claimant or c.article_title for c in by_day[day]))))
    return moments


def timeline_line(moments: Sequence[Moment]) -> str:
    """ "06-21 captured (MNDAA) → 06-23 government held (army)": the timeline in words, with the
    years when it spans more than one ("2015-01-01 captured (…) → 2025-06-15 …")."""
    shown = _day_format(m.day for m in moments)
    return " → ".join(
        f"{m.day.strftime(shown)} {m.status.replace('_', ' ')} ({', '.join(m.sources[:2])})" for m in moments
    )


def _day_format(days: Iterable[date]) -> str:
    return "%m-%d" if len({day.year for day in days}) <= 1 else "%Y-%m-%d"


GLYPHS = {"attackers": "█", "government": "▓", "contested": "▒", "disputed": "?"}
LEGEND = {
    "attackers": "the attackers hold it",
    "government": "the government holds it",
    "contested": "contested",
    "disputed": "claims of one day disagree",
}


@dataclass(frozen=True, slots=True)
class Chart:
    """The timeline as cells: the side each cell's days were told to be on."""

    first: date
    last: date
    days_per_cell: int
    sides: tuple[str, ...]

    def bar(self) -> str:
        return "".join(GLYPHS[side] for side in self.sides)

    def lines(self) -> list[str]:
        """ "06-21 ████▓▓▓▓ 07-16 (a cell a day)" and the legend of the sides it shows."""
        cell = "a cell a day" if self.days_per_cell == 1 else f"a cell per {self.days_per_cell} days"
        shown = _day_format((self.first, self.last))
        first, last = self.first.strftime(shown), self.last.strftime(shown)
        legend = "  ".join(f"{GLYPHS[s]} {LEGEND[s]}" for s in GLYPHS if s in self.sides)
        return [f"{first} {self.bar()} {last} ({cell})", legend]


CHARTED = timedelta(days=366)
"""How far back from the last told day the chart goes: a claim about an earlier year ("in 2015
the town fell") would hold its status across the years between in a cell per months."""


def chart(moments: Sequence[Moment], width: int = 56) -> Chart | None:
    """The moments of the last year told as at most `width` cells from the first told day to the
    last; None for fewer than two days told (a chart would say no more than the line)."""
    moments = [m for m in moments if m.day >= moments[-1].day - CHARTED] if moments else []
    if len({m.day for m in moments}) < 2:
        return None
    first, last = moments[0].day, moments[-1].day
    span = (last - first).days + 1
    per_cell = -(-span // width)
    sides = []
    told = iter(moments)
    current = next(told)
    upcoming = next(told, None)
    for cell in range(-(-span // per_cell)):
        end = first + timedelta(days=(cell + 1) * per_cell - 1)
        while upcoming is not None and upcoming.day <= end:  # the cell shows its last told day
            current, upcoming = upcoming, next(told, None)
        sides.append(current.side)
    return Chart(first, last, per_cell, tuple(sides))
