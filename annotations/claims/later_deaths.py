"""The wounded of an event who died since, told in a claim after it ("Two of the wounded died several days later"):
more dead of the event told before them in the article, its row's toll raised by them. Such a claim is no event of
its own (`no_row.THE_HURT_DIED`); its dead were left out (helper-357: the attack's row kept the four first told)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from annotations.claims.figures import death_figures
from annotations.claims.no_row import THE_HURT_DIED
from annotations.text.quotes import shorten

if TYPE_CHECKING:
    from annotations.claims.board import BoardClaim
    from annotations.claims.events import EventRow

Skipped = list[tuple["BoardClaim", str]]


def with_the_hurt_who_died(rows: Iterator[EventRow], skipped: Skipped, without: Skipped | None) -> Iterator[EventRow]:
    """`rows` (made while claims that give none are added to `skipped`), each with the dead of the claims after it in
    its article that tell of the wounded who died since; the other claims of `skipped` passed on to `without`."""
    held: EventRow | None = None
    for row in rows:
        held = _raised(held, skipped, without)  # the claims read since `held` was made, before `row`
        if held is not None:
            yield held
        held = row
    held = _raised(held, skipped, without)
    if held is not None:
        yield held


def _raised(row: EventRow | None, skipped: Skipped, without: Skipped | None) -> EventRow | None:
    for claim, reason in skipped:
        dead = sum(death_figures(claim.quote)) if reason == THE_HURT_DIED else 0
        if row is not None and dead and claim.article_id == row.article_id:
            row = replace(
                row,
                low=row.low + dead,
                high=row.high + dead,
                row={
                    **row.row,
                    "fatalities": row.row["fatalities"] + dead,
                    "notes": f"{row.row['notes']} Later: “{shorten(claim.quote, 120, strip_quotes=True)}”",
                },
            )
        elif without is not None:
            without.append((claim, reason))
    skipped.clear()
    return row
