"""`--format events` (CSV with ACLED's columns) and `--format events-json` (the same records as
JSON lines, with UCDP-style low/best/high deaths, the event's first and last day and the claims
that tell it): one row per event (`annotations.claims.merging`), or per claim with `--per-claim`.

Rows the codebook check refuses are left out; `refused` names them, by claim id, for the command
to say."""

from __future__ import annotations

import csv
import io
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import IO

import orjson

from annotations.claims.board import BoardClaim
from annotations.claims.codebook import problems
from annotations.claims.events import COLUMNS, EventRow, event_rows
from annotations.claims.merging import merged_events
from annotations.claims.no_row import HELD, INTENT, NO_DATE, NO_PLACE
from annotations.exchange.selection import ExportFilter
from annotations.store import Store
from annotations.text.cells import inert
from annotations.text.quotes import counted, shorten


def _rows(store: Store, filters: ExportFilter, valid_rows: list[EventRow] | None = None) -> Iterator[EventRow]:
    """The valid rows, one per event (or per claim, `per_claim`), numbered per country in the
    order they are written (no gaps); `valid_rows`: those a check read already (`Checked.rows`)."""
    valid: Iterable[EventRow] = (
        valid_rows if valid_rows is not None else (e for e in _chosen(store, filters) if not problems(e.row))
    )
    numbers: dict[str, int] = {}
    for event in valid if filters.per_claim else merged_events(valid):
        prefix = str(event.row["event_id_cnty"])  # the country's code; its number is given here
        numbers[prefix] = numbers.get(prefix, 0) + 1
        event.row["event_id_cnty"] = f"{prefix}{numbers[prefix]}"
        yield event


@dataclass(frozen=True)
class Checked:
    """What the codebook check and the map make of an export's rows, read in one pass."""

    refused: list[tuple[str, str, list[str]]]
    """(article id, claim id, problems) of every event row the codebook check refuses."""
    unplaced: list[str]
    """The places of rows written with no point (a newcomer's four rows had empty coordinates,
    and nothing said so: the GeoJSON export says its own)."""
    rows: list[EventRow]
    """The rows the export writes (those the check passed), so that it reads the corpus once."""
    without: list[tuple[BoardClaim, str]]
    """The claims the filter chooses that give no row, with why."""


def checked(store: Store, filters: ExportFilter | None = None) -> Checked:
    """The rows the filter chooses, checked in one reading of the corpus: refusals, places
    without a point, the rows to write and the claims that give none."""
    filters = filters or ExportFilter()
    refusals: list[tuple[str, str, list[str]]] = []
    unplaced: dict[str, None] = {}
    rows: list[EventRow] = []
    without: list[tuple[BoardClaim, str]] = []
    made = _made_by(store, filters.annotator)  # each article's annotations read once, for both
    for event in _chosen(store, filters, without, made):
        found = problems(event.row)
        if found:
            refusals.append((event.article_id, event.claim_id, found))
            continue
        rows.append(event)
        if event.row["latitude"] is None or event.row["longitude"] is None:
            unplaced[str(event.row["location"])] = None
    chosen = [(c, why) for c, why in without if _in_article(c.article_id, filters) and made(c.article_id, c.claim_id)]
    return Checked(refusals, list(unplaced), rows, chosen)


def _in_article(article_id: str, filters: ExportFilter) -> bool:
    return filters.article is None or article_id.startswith(filters.article)


def _chosen(
    store: Store,
    filters: ExportFilter,
    without: list[tuple[BoardClaim, str]] | None = None,
    made: Callable[[str, str], bool] | None = None,
) -> Iterator[EventRow]:
    """The event rows of the articles and the analyst the filter chooses (all, or those of one
    article; everyone's, an adjudicated article's curated ones alone, or one analyst's claims:
    `--annotator` was not heeded here, and a team's events held every analyst's copy of a claim
    and the curated one); `without`: as in `event_rows`, every claim that gives none; `made`:
    `_made_by`'s, when the caller has one."""
    made = made or _made_by(store, filters.annotator)
    rows = event_rows(store, without, every_analyst=filters.annotator is not None)  # one analyst's: adjudicated or not
    return (e for e in rows if _in_article(e.article_id, filters) and made(e.article_id, e.claim_id))


def _made_by(store: Store, annotator: str | None) -> Callable[[str, str], bool]:
    """Whether a claim (article id, claim id) is `annotator`'s (None: anyone's), each article's
    annotations read once."""
    if annotator is None:
        return lambda _article_id, _claim_id: True
    theirs: dict[str, set[str]] = {}

    def made(article_id: str, claim_id: str) -> bool:
        if article_id not in theirs:
            theirs[article_id] = {a.id for a in store.annotations(article_id) if a.annotator == annotator}
        return claim_id in theirs[article_id]

    return made


def unfit_filter(filters: ExportFilter) -> str | None:
    """Why `--kind` or `--status` cannot choose event rows (None: they can). The rows are read
    from accepted claims, their places and actors from the tags inside them: `--kind claim` and
    `--status accepted` keep every row, and any other value would leave none (both were ignored:
    every row was written)."""
    if filters.kind not in (None, "claim"):
        return (
            f"event rows are made of claims (their places and actors read from the tags inside them): "
            f"--kind {filters.kind} chooses none; leave --kind out"
        )
    if filters.status not in (None, "accepted"):
        return f"event rows are read from accepted claims only: --status {filters.status} chooses none"
    return None


UNDATED_SHOWN = 3
"""Articles named when their claims give no row for want of a date (the rest are counted)."""


NO_ACTOR = "actor1 is empty"
"""The codebook check's word for a row with no actor: no one named did it."""


def left_out(store: Store, filters: ExportFilter | None = None, check: Checked | None = None) -> str:
    """What an events export leaves out and why, in a line ("" when every claim gives a row),
    naming the articles that need a date: an export of 0 events said nothing of the claims
    whose article had no date, and then nothing of which articles those were. The rows the
    codebook check refused (`checked`, read again unless given) are counted with them: the app
    said "2 claims gave no event row" where 4 did, two with no actor named; and the places of rows
    that have no point are named."""
    filters = filters or ExportFilter()
    check = checked(store, filters) if check is None else check
    without = check.without
    refusals = check.refused
    unplaced = _unplaced(check.unplaced)
    if not without and not refusals:
        return unplaced
    counts = Counter(why for _claim, why in without)
    parts = [
        f"{n} {why}" if why in ("denied", INTENT, HELD) or why.startswith("telling") else f"{n} with {why}"
        for why, n in counts.most_common()
    ]  # "2 telling of help given to the hurt", not "2 with telling of …"
    no_actor = sum(NO_ACTOR in found for _article, _claim, found in refusals)
    if no_actor:
        parts.append(f"{no_actor} with no actor named in it")
    if len(refusals) > no_actor:
        parts.append(f"{len(refusals) - no_actor} refused by the codebook check")
    said = f"{counted(len(without) + len(refusals), 'claim')} gave no event row: {', '.join(parts)}"
    hints = [  # a newcomer saw 20 of 35 claims left out and did not know why or what to do
        *(["places: tagged inside it or in its sentence, or chosen under About places"] if NO_PLACE in counts else []),
        *(["actors: tagged inside it, or chosen under About actors"] if no_actor else []),
    ]
    if hints:
        said += f" (a claim's {'; its '.join(hints)} in its form: e on the claim opens it)"
    said = f"{said}. {unplaced}" if unplaced else said
    undated = list(dict.fromkeys(shorten(c.article_title, 40) for c, why in without if why == NO_DATE))
    if not undated:
        return said
    more = len(undated) - UNDATED_SHOWN
    named = "; ".join(undated[:UNDATED_SHOWN]) + (f"; {counted(more, 'more article')}" if more > 0 else "")
    return f"{said}. No date: {named} (I in the app sets an article's date; --published on import)"


def _unplaced(places: list[str]) -> str:
    """The line naming the places of rows with no point ("" for none)."""
    if not places:
        return ""
    named = "; ".join(shorten(p, 40) for p in places[:UNDATED_SHOWN])
    more = len(places) - UNDATED_SHOWN
    more_said = f"; {counted(more, 'more place')}" if more > 0 else ""
    return (
        f"No point for the map at {named}{more_said}: their rows have no latitude or longitude "
        "(a gazetteer with them: fieldmark gazetteer import)"
    )


def write_events(
    store: Store,
    out: IO[bytes],
    filters: ExportFilter,
    progress: Callable[[], None],
    rows: list[EventRow] | None = None,
) -> int:
    """The events as CSV; `rows`: those a check read already (`Checked.rows`)."""
    text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
    writer = csv.DictWriter(text, fieldnames=COLUMNS)
    writer.writeheader()
    count = 0
    for event in _rows(store, filters, rows):
        writer.writerow({k: "" if v is None else inert(v) for k, v in event.row.items()})  # names are outside text
        count += 1
        progress()
    text.detach()
    return count


WEEK = 6
"""Days before a date of week precision the event may have been (ACLED's 2: within that week)."""


def _earliest(event: EventRow) -> str:
    """The first day the event may have been: a date of week precision taken as one day (the
    article's date, when the words give none) is the last of the week before it (a newcomer's
    rows of week precision had a range of one day)."""
    day = str(event.row["event_date"])
    if event.row["time_precision"] == 2 and event.date_end == day:
        return (date.fromisoformat(day) - timedelta(days=WEEK)).isoformat()
    return day


def write_events_json(
    store: Store,
    out: IO[bytes],
    filters: ExportFilter,
    progress: Callable[[], None],
    rows: list[EventRow] | None = None,
) -> int:
    """The events as JSON lines; `rows`: those a check read already (`Checked.rows`)."""
    count = 0
    for event in _rows(store, filters, rows):
        record = {
            **event.row,
            "date_start": _earliest(event),
            "date_end": event.date_end,
            "deaths_low": event.low,
            "deaths_best": event.row["fatalities"],
            "deaths_high": event.high,
            "fieldmark_claim": {"article_id": event.article_id, "claim_id": event.claim_id},
            "fieldmark_claims": [{"article_id": a, "claim_id": c} for a, c in event.told_by]
            or [{"article_id": event.article_id, "claim_id": event.claim_id}],
        }
        out.write(orjson.dumps(record) + b"\n")
        count += 1
        progress()
    return count
