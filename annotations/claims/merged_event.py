"""The rows of one event merged into the row it will be: its parties named where one source names them, its
sub-type the battle's end, every source and note, and its toll counted by whose dead it is (split from `merging`,
which was over 450 lines; `merging` decides which rows are one event)."""

from __future__ import annotations

from dataclasses import replace

from annotations.claims.codebook import interaction
from annotations.claims.event_tolls import Figures, renamed, renamed_dead, tolls
from annotations.claims.event_words import REMOTE
from annotations.claims.events import EventRow
from annotations.claims.no_row import FIGHTING
from annotations.claims.row_parties import Party, parties_of

CLASH = "Armed clash"
"""The battle sub-type that a taking of territory told the same day at the same place is the end
of: "seized the headquarters" and "captured the district" were two rows of one battle."""


class MergedEvent:
    """The rows of one event, merged one by one into the row it will be."""

    def __init__(self, first: EventRow) -> None:
        self.first = first
        self.row = dict(first.row)
        self.rows = [first]
        self.figures: Figures = {}
        self.vague: Figures = {}
        """Figures told by a word for many ("dozens"), by whose dead: counted where no number counts those dead."""
        self.disputed = False
        """Whether claims of it were linked as contradicting (its outcome is then no one's word)."""
        self.same_dead: list[set[str]] = []
        """Names of dead that linked claims count alike ("42 villagers", "51 civilians")."""
        self._count(first)
        self.date_end = first.date_end
        self._end_precision = int(first.row["time_precision"])
        """The precision of the rows that give `date_end`: a row told less precisely (a week's,
        its day when it was told or the article's) is within the event's range, and does not
        stretch it (a battle of Monday joined by the article's "liberated Um Sumeima" ended on
        Wednesday, the article's day: helper-266)."""
        self.sources = [str(first.row["source"])]
        """Each row's source whole: a title holding "; " was split and said twice ("… retook Sake;
        M23 rejects claim; … retook Sake; M23 rejects claim", a newcomer's)."""

    def _count(self, event: EventRow, named: dict[str, str] | None = None) -> None:
        """Count the event's toll by whose dead it is, a party named by kind by the name another row
        gives it (`named`)."""
        if named:
            self.figures, self.vague = renamed(self.figures, named), renamed(self.vague, named)
        if (event.low, event.high) != (0, 0):
            counted = self.vague if event.vague else self.figures
            counted.setdefault(renamed_dead(event.dead, named or {}), []).append((event.low, event.high))

    def add(self, event: EventRow) -> None:
        one, two = parties_of(self.row)
        other1, other2 = parties_of(event.row)
        swapped = told_the_other_way(one, two, other1, other2)
        if swapped:
            other1, other2 = other2, other1  # the same parties, told the other way round
        parties = (one, two, other1, other2)
        one, two = one.named(other1), two.named(other2)
        named = {
            p.name: n.name
            for p, n in zip(parties, (one, two, one, two), strict=True)
            if (p.unnamed or p.name[:1].islower()) and p.name and p.name != n.name
        }  # the dead of "policemen" are the Police Forces of Pakistan's, one side (helper-345's toll counted twice)
        row = event.row
        if row["event_type"] == self.row["event_type"] == "Battles" and self._disputed_by(event):
            # claims linked as contradicting: a taking of territory told by one side and denied by
            # the other is a clash whose outcome is disputed, whoever tells it again (a newcomer's
            # row gave the army, as actor 1, the "Non-state actor overtakes territory" the RSF told)
            self.disputed = True
            self.row.update(sub_event_type=CLASH)
        elif self.row["sub_event_type"] == CLASH and row["event_type"] == self.row["event_type"] and not self.disputed:
            # the clash ended in a taking of territory, if told (a linked claim's "Attack" on civilians
            # is no battle's sub-type: a newcomer's merged row was "Battles / Attack"), with actor 1
            # the side that took it, as the row telling it says
            self.row.update(sub_event_type=row["sub_event_type"])
            if swapped and row["sub_event_type"] != CLASH:
                one, two = two, one
        elif (
            self.row["sub_event_type"] == CLASH
            and row["event_type"] == REMOTE
            and not self.disputed
            and not FIGHTING.search(str(self.row["notes"]))  # a battle told as fought stays one (a review)
        ):
            # a toll told as a clash, joined to the bombing it counts: the weapon told is the event's
            # (helper-271: a car bomb and its toll, linked, were an armed clash)
            self.row.update(event_type=REMOTE, sub_event_type=row["sub_event_type"], disorder_type=row["disorder_type"])
        elif (
            row["sub_event_type"] == CLASH
            and self.row["event_type"] == REMOTE
            and not self.disputed
            and FIGHTING.search(str(row["notes"]))
        ):  # told the other way round, the same: the fighting is the event (helper-274: it hung on the order)
            self.row.update(event_type=row["event_type"], sub_event_type=CLASH, disorder_type=row["disorder_type"])
        self.sources.append(str(row["source"]))
        self.row.update(
            actor1=one.name, assoc_actor_1=one.assoc, inter1=one.inter,
            actor2=two.name, assoc_actor_2=two.assoc, inter2=two.inter,
            interaction=interaction(int(one.inter or 0), int(two.inter or 0)) if one.inter else 0,
            time_precision=min(int(self.row["time_precision"]), int(row["time_precision"])),
            source="; ".join(dict.fromkeys(s for s in self.sources if s)),
            notes=f"{self.row['notes']} | {row['notes']}",
            timestamp=max(int(self.row["timestamp"]), int(row["timestamp"])),
        )  # fmt: skip
        self.rows.append(event)
        if not event.revised:  # a toll told risen is a floor (`merged`), not one more count to take the lowest of
            self._count(event, named)  # "Police Forces of Nigeria" killed are the Nigeria Police Force's dead
        precision = int(row["time_precision"])
        if precision < self._end_precision:
            self.date_end, self._end_precision = event.date_end, precision
        elif precision == self._end_precision:
            self.date_end = max(self.date_end, event.date_end)

    def _disputed_by(self, event: EventRow) -> bool:
        """Whether the analyst linked `event`'s claim and one of the event's as contradicting."""
        added = (event.article_id, event.claim_id)
        return any((row.article_id, row.claim_id) in event.contradicts or added in row.contradicts for row in self.rows)

    @property
    def told_by(self) -> tuple[tuple[str, str], ...]:
        """(article id, claim id) of each claim of the event, in the order they were added."""
        return tuple((row.article_id, row.claim_id) for row in self.rows)

    def merged(self) -> EventRow:
        figures = {**{dead: pairs for dead, pairs in self.vague.items() if dead not in self.figures}, **self.figures}
        low, high = tolls(figures, self.same_dead)  # "dozens of people" and a resident's "at least 19 people": 19
        risen = [row.low for row in self.rows if row.revised and row is not self.first]
        if risen:  # the toll told risen is the latest count of its dead: at least that many
            low, high = max(low, *risen), max(high, *risen)
        stated = sorted({n for told in (self.figures, self.vague) for pairs in told.values() for p in pairs for n in p})
        row = {**self.row, "fatalities": low}
        if len(self.told_by) > 1 and len(stated) > 1:
            row["notes"] = f"{row['notes']} Tolls its sources state: {', '.join(map(str, stated))}."
        return replace(self.first, row=row, low=low, high=high, date_end=self.date_end, told_by=self.told_by)


def told_the_other_way(one: Party, two: Party, other1: Party, other2: Party) -> bool:
    """Whether a row tells the event's two parties in the other order: where both orders fit (a
    party unnamed on one side, "Military Forces of …"), the order naming the same parties alike (a
    newcomer's merged row set M23 against M23: the army's row, its own forces named, joined to the
    rebels' whose army was unnamed); where neither fits (linked claims), the order matching their
    kinds (helper-266's merged row set the Kani PDF against the People's Defence Force, the army lost)."""
    straight = one.fits(other1) and two.fits(other2)
    crossed = one.fits(other2) and two.fits(other1)
    if straight and crossed:
        alike = (one.name == other1.name) + (two.name == other2.name)
        return (one.name == other2.name) + (two.name == other1.name) > alike
    if not straight and not crossed:  # claims the analyst linked, their parties named apart: by their kinds
        alike = (str(one.inter) == str(other1.inter)) + (str(two.inter) == str(other2.inter))
        return (str(one.inter) == str(other2.inter)) + (str(two.inter) == str(other1.inter)) > alike
    return not straight
