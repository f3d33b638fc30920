"""One row per event, not per claim: the claims that tell one event give one ACLED row.

An attack told by four outlets (or twice in one article) was four rows, and every count of
events made from the table counted it four times. ACLED codes one event per date, location, type
and actors, from all its sources. Rows are one event when they have the same day, place, event
type and sub-type, and parties that do not differ: the same actor, or an actor one source names
where another does not ("Unidentified Armed Group (Nigeria)" and ISWAP; "Civilians (Nigeria)" and
the villagers). The merged row keeps the named parties, every source, every claim's note, and the
most conservative death toll any source states (ACLED's rule), with the range in the notes and
in the low/high deaths of `events-json`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import Any

from annotations.claims.codebook import interaction
from annotations.claims.events import EventRow

UNNAMED = ("Unidentified Armed Group", "Civilians (", "Protesters (", "Rioters (", "Military Forces of ")
"""How the rows name a party no claim named (`event_actors`): any named party of that event is it."""

_SAME_EVENT = ("event_date", "event_type", "sub_event_type", "country", "admin1", "location")


@dataclass(frozen=True, slots=True)
class Party:
    """Actor 1 or actor 2 of a row, with what goes with it."""

    name: str
    assoc: str
    inter: Any

    @property
    def unnamed(self) -> bool:
        return not self.name or self.name.startswith(UNNAMED)

    def fits(self, other: Party) -> bool:
        return self.name == other.name or self.unnamed or other.unnamed

    def named(self, other: Party) -> Party:
        """The one of the two that names the party (with both associated actors)."""
        chosen = other if self.unnamed and not other.unnamed else self
        assoc = "; ".join(dict.fromkeys(a for p in (self, other) for a in p.assoc.split("; ") if a))
        return replace(chosen, assoc=assoc)


def parties_of(row: dict[str, Any]) -> tuple[Party, Party]:
    return (
        Party(row["actor1"], row["assoc_actor_1"], row["inter1"]),
        Party(row["actor2"], row["assoc_actor_2"], row["inter2"]),
    )


def _fits(one: dict[str, Any], other: dict[str, Any]) -> bool:
    """Whether two rows of one day, place and type have parties that do not differ (in either
    order: who attacked whom is each source's reading)."""
    (a1, a2), (b1, b2) = parties_of(one), parties_of(other)
    return (a1.fits(b1) and a2.fits(b2)) or (a1.fits(b2) and a2.fits(b1) and not (a1.unnamed or b1.unnamed))


class _Event:
    """The rows of one event so far, merged as they come (a corpus's rows are never all held)."""

    def __init__(self, first: EventRow) -> None:
        self.first = first
        self.row = dict(first.row)
        self.told_by = [(first.article_id, first.claim_id)]
        self.figures = [(first.low, first.high)] if (first.low, first.high) != (0, 0) else []
        self.date_end = first.date_end

    def add(self, event: EventRow) -> None:
        one, two = parties_of(self.row)
        other1, other2 = parties_of(event.row)
        if not (one.fits(other1) and two.fits(other2)):
            other1, other2 = other2, other1  # the same parties, told the other way round
        one, two = one.named(other1), two.named(other2)
        row = event.row
        self.row.update(
            actor1=one.name, assoc_actor_1=one.assoc, inter1=one.inter,
            actor2=two.name, assoc_actor_2=two.assoc, inter2=two.inter,
            interaction=interaction(int(one.inter or 0), int(two.inter or 0)) if one.inter else 0,
            time_precision=min(int(self.row["time_precision"]), int(row["time_precision"])),
            source="; ".join(dict.fromkeys(s for s in (*str(self.row["source"]).split("; "), str(row["source"])) if s)),
            notes=f"{self.row['notes']} | {row['notes']}",
            timestamp=max(int(self.row["timestamp"]), int(row["timestamp"])),
        )  # fmt: skip
        self.told_by.append((event.article_id, event.claim_id))
        if (event.low, event.high) != (0, 0):
            self.figures.append((event.low, event.high))
        self.date_end = max(self.date_end, event.date_end)

    def merged(self) -> EventRow:
        low = min((lo for lo, _hi in self.figures), default=0)
        high = max((hi for _lo, hi in self.figures), default=0)
        tolls = sorted({n for pair in self.figures for n in pair})
        row = {**self.row, "fatalities": low}
        if len(self.told_by) > 1 and len(tolls) > 1:
            row["notes"] = f"{row['notes']} Tolls its sources state: {', '.join(map(str, tolls))}."
        return replace(self.first, row=row, low=low, high=high, date_end=self.date_end, told_by=tuple(self.told_by))


def merged_events(rows: Iterable[EventRow]) -> list[EventRow]:
    """One row per event, in the order each event is first told (see the module)."""
    open_events: dict[tuple[Any, ...], list[_Event]] = {}
    events: list[_Event] = []
    for row in rows:
        key = tuple(row.row[name] for name in _SAME_EVENT)
        home = next((e for e in open_events.get(key, ()) if _fits(e.row, row.row)), None)
        if home is None:
            home = _Event(row)
            open_events.setdefault(key, []).append(home)
            events.append(home)
        else:
            home.add(row)
    return [event.merged() for event in events]
