"""`fieldmark claims`: the claims of the corpus grouped into events, contradictions marked."""

from __future__ import annotations

from datetime import date

import orjson

from annotations.claims.board import BoardClaim, Event, board_claims, events_chosen
from annotations.claims.choosing import names_place, place_spellings, select
from annotations.claims.timeline import chart, timeline, timeline_line
from annotations.cli.context import Context
from annotations.exchange.selection import check_annotator
from annotations.store import Store
from annotations.text.metadata import typed_date
from annotations.text.quotes import counted, shorten


def cmd_claims(ctx: Context) -> int:
    since = _since(ctx.args.since)
    annotator = ctx.args.annotator
    with ctx.open_for_reading() as store:
        check_annotator(store, annotator)  # as `export --annotator` refuses one with no work here
        every = list(board_claims(store, every_analyst=annotator is not None))
        spellings = _spellings(ctx.args.place, store) if ctx.args.place else ()
    if annotator is not None:  # one analyst's claims (or the curated ones), adjudicated or not
        every = [claim for claim in every if claim.annotator == annotator]
    chosen = list(select(every, place=ctx.args.place, actor=ctx.args.actor, since=since, spellings=spellings))
    found = events_chosen(every, chosen)
    if ctx.args.place and not ctx.args.json:
        named = (p for c in chosen for p in c.places if names_place(ctx.args.place, p[1]))
        for place_id, name in dict.fromkeys(named):
            moments = timeline(chosen, place_id)
            if moments:
                drawn = chart(moments)
                ctx.out.write(f"{name}, as the claims tell it: {timeline_line(moments)}\n")
                ctx.out.write("".join(f"  {line}\n" for line in drawn.lines()) if drawn else "")
                ctx.out.write("\n")
    if ctx.args.json:
        ctx.out.write(orjson.dumps([e.to_dict() for e in found], option=orjson.OPT_INDENT_2).decode() + "\n")
        return 0
    for event in found:
        ctx.out.write(_heading(event) + "\n")
        for claim in event.claims:
            ctx.out.write(_row(claim, event.place_id) + "\n")
        if event.contradictions():
            ctx.out.write("  ✗ " + _contradicting(event) + "\n")
    unplaced = sum(1 for c in chosen if not c.places)
    shown = len({id(c) for e in found for c in e.claims})  # a claim about two places is in two events, one claim
    ctx.out.write(f"{counted(len(found), 'event')} from {counted(shown, 'claim')}")
    ctx.out.write(f"; {counted(unplaced, 'claim')} about no tagged place not grouped\n" if unplaced else "\n")
    return 0


def _contradicting(event: Event) -> str:
    """What contradicts what: the sides the claims stand on, else the claims the analyst linked as
    contradicting (a newcomer's linked pair printed "✗" and nothing after it)."""
    sides = event.sides()
    if len(sides) > 1:
        return " · ".join(_side(side, len(claims)) for side, claims in sides.items())
    pairs = (f"{a.claimant or 'no claimant'} against {b.claimant or 'no claimant'}" for a, b in event.contradictions())
    return "linked as contradicting: " + "; ".join(pairs)


def _since(value: str | None) -> date | None:
    return None if value is None else date.fromisoformat(typed_date(value, "--since"))


def _heading(event: Event) -> str:
    first, last = event.first, event.last
    when = (
        "undated" if first is None else first.isoformat() + (f" – {last.isoformat()}" if last and last != first else "")
    )
    count = len(event.claims)
    sources = event.independent_sources
    flag = " · CONTRADICTED" if event.contradictions() else ""
    return (
        f"{event.place} · {event.claim_type.replace('_', ' ')} · {when} · {counted(count, 'claim')}, "
        f"{counted(sources, 'independent source')}{flag}"
    )


SIDES = {"attackers": "the attackers hold it", "government": "the government holds it", "denied": "denied"}


def _side(side: str, count: int) -> str:
    return f"{SIDES.get(side, side)} ({counted(count, 'claim')})"


def _spellings(place: str, store: Store) -> tuple[str, ...]:
    """The gazetteers' names of the place typed, once the built-in places are prepared (a filter
    does not wait for their first derivation)."""
    from annotations.suggest.builtin_places import index_ready
    from annotations.suggest.review import gazetteers_for

    return place_spellings(place, gazetteers_for(store)) if index_ready() else ()


def _row(claim: BoardClaim, place_id: str) -> str:
    when = f"{claim.when.day.isoformat()} {claim.when.level:6}" if claim.when else f"{'no date':17}"
    who = claim.claimant + (f" ({claim.claimant_type.replace('_', ' ')})" if claim.claimant_type else "")
    facts = claim.facts
    status = claim.statuses.get(place_id, "") or "unknown"  # as the board says it
    return (
        f"  {when}  {shorten(who or '?', 30):30}  {shorten(facts.cue or '-', 14):14}  {facts.certainty:11}  "
        f"{status.replace('_', ' '):15}  {facts.grade:2}  {shorten(claim.article_title, 30)}: "
        f"“{shorten(claim.quote, 60, strip_quotes=True)}”"
    )
