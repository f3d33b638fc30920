"""`fieldmark assign` and `fieldmark adjudicate`: a team's work on a server database."""

from __future__ import annotations

import orjson

from annotations.cli.context import Context
from annotations.errors import FieldmarkError
from annotations.store import Store
from annotations.team.adjudication import CURATOR, Unit, analysts_of, said, take_agreed, units
from annotations.team.assigning import loads, plan
from annotations.text.quotes import counted, shorten


def cmd_assign(ctx: Context) -> int:
    args = ctx.args
    if args.to and args.take_from:
        raise FieldmarkError("give (--to) or take back (--take-from), not both at once")
    with ctx.open_for_writing() if args.to or args.take_from else ctx.open_for_reading() as store:
        if args.take_from:
            _take_back(ctx, store, args.take_from)
        if args.to:
            _no_article_among_analysts(store, args.to)
            ids = [store.find_article(a).id for a in args.articles] or [s.id for s in store.articles()]
            try:
                pairs = plan(ids, args.to, args.overlap, store.assignments())
            except ValueError as error:
                raise FieldmarkError(str(error)) from None
            _unknown_analysts(ctx, store, args.to)
            added = store.assign(pairs)
            given = len({article_id for article_id, _analyst in pairs})  # not those given before
            ctx.err.write(f"gave {counted(added, 'assignment')}: {counted(given, 'article')}, "
                          f"{args.overlap} of {len(set(args.to))} analysts each\n")  # fmt: skip
            if args.articles:  # asked for by id: say why one was given to no one
                _said_why_not_given(ctx, store, [i for i in ids if i not in {a for a, _ in pairs}], args.overlap)
        _print_loads(ctx, store)
    return 0


def _said_why_not_given(ctx: Context, store: Store, article_ids: list[str], overlap: int) -> None:
    """Articles asked for by id that no one new was given, and who has them (helper-255's `assign
    a154 --to zed` gave nothing without saying that a154 was ana's, at an overlap of 1)."""
    holders: dict[str, list[str]] = {}
    for assignment in store.assignments():
        holders.setdefault(assignment.article_id, []).append(assignment.analyst)
    for article_id in article_ids[:5]:
        who = ", ".join(sorted(holders.get(article_id, [])))
        ctx.err.write(f"{article_id[:8]}: given already to {who}; an overlap of {overlap} gives it no one else "
                      f"(--overlap {overlap + 1} adds one)\n")  # fmt: skip
    if len(article_ids) > 5:
        ctx.err.write(f"… and {counted(len(article_ids) - 5, 'more article')} given already\n")


def _take_back(ctx: Context, store: Store, analysts: list[str]) -> None:
    """Take articles back from analysts (a newcomer's article given to one by mistake could never
    be done: it waited for them). Their annotations stay; only the article is no longer theirs to do."""
    _no_article_among_analysts(store, analysts)
    ids = {store.find_article(a).id for a in ctx.args.articles}
    pairs = [
        (a.article_id, a.analyst)
        for a in store.assignments()
        if a.analyst in analysts and (not ids or a.article_id in ids)
    ]
    removed = store.unassign(pairs)
    if not removed:
        whose = " or ".join(f"“{name}”" for name in dict.fromkeys(analysts))
        raise FieldmarkError(
            f"nothing to take back: {'those articles are not' if ids else 'no article is'} given to {whose}"
        )
    ctx.err.write(f"took back {counted(removed, 'assignment')} (their annotations stay)\n")


def _no_article_among_analysts(store: Store, analysts: list[str]) -> None:
    """Refuse an article id given as an analyst: `--to` takes every word after it, so `assign --to
    dan 3f2a` gave all articles to "dan" and "3f2a" (a newcomer followed the docs' own example)."""
    ids = [s.id for s in store.articles()]
    for name in analysts:
        if len(name) >= 4 and all(c in "0123456789abcdef" for c in name) and any(i.startswith(name) for i in ids):
            raise FieldmarkError(
                f"“{name}” is an article's id, not an analyst: name the articles before --to "
                f"(fieldmark assign {name} --to ANALYST...)"
            )


def _unknown_analysts(ctx: Context, store: Store, analysts: list[str]) -> None:
    """Warn of a name no login, step or article given here has (a newcomer's `--to zed` gave
    articles to nobody who could take them, unsaid); not refused: an analyst may start under a
    name of their own (`--annotator`). Whether anything is given is said after, by the count."""
    known = store.analysts_known()
    for name in dict.fromkeys(analysts):
        if known is not None and name not in known:
            ctx.err.write(
                f"warning: no login or work here is named “{name}” (a typo? an analyst works under their "
                "login unless they start with --annotator)\n"
            )


def _print_loads(ctx: Context, store: Store) -> None:
    last = {a.analyst: a for a in store.activity()}
    shares = loads(store.assignments())
    if not shares:
        if not store.shared:  # a newcomer was pointed to `assign --to`, which then said it needs a server
            ctx.out.write("no articles are given to anyone: giving them to analysts needs a team's server database\n")
        else:
            ctx.out.write("no articles are given to anyone yet (fieldmark assign --to ANALYST...)\n")
        return
    titles = {s.id: s.title for s in store.articles()}
    ctx.out.write(f"{'analyst':16}  {'given':>5}  {'done':>5}  {'next':32}  last step\n")
    for share in shares:
        step = last.get(share.analyst)
        did = f"{step.time[:16]} {shorten(step.label, 40)}" if step else "-"
        upcoming = shorten(titles.get(share.next_article or "", "-"), 32)
        ctx.out.write(f"{shorten(share.analyst, 16):16}  {share.assigned:5}  {share.done:5}  {upcoming:32}  {did}\n")


def cmd_adjudicate(ctx: Context) -> int:
    args = ctx.args
    with ctx.open_for_writing() if args.take_agreed else ctx.open_for_reading() as store:
        article = store.article(store.find_article(args.article).id)
        annotations = store.annotations(article.id)
        analysts = list(args.analysts or analysts_of(annotations))
        if len(analysts) < 2:
            raise FieldmarkError(
                f"{article.title}: annotated by {counted(len(analysts), 'analyst')}; adjudicating needs two"
            )
        found = units(annotations, analysts)
        if args.take_agreed:
            entry = take_agreed(store, article, found, analysts)
            ctx.err.write(f"{entry.label}\n" if entry else "nothing agreed that is not curated already\n")
            found = units(store.annotations(article.id), analysts)
        rows = [(u, {a: said(u.versions.get(a), store) for a in analysts}) for u in found]
    if args.json:
        ctx.out.write(
            orjson.dumps([_unit_dict(u, analysts) for u in found], option=orjson.OPT_INDENT_2).decode() + "\n"
        )
        return 0
    agreed = sum(1 for u in found if u.agreed(analysts))
    ctx.out.write(f"{article.title}: {counted(len(found), 'unit')}, {agreed} agreed, "
                  f"{sum(1 for u in found if u.curated)} curated ({', '.join(analysts)})\n")  # fmt: skip
    for unit, versions in rows:
        state = "curated" if unit.curated else ("agreed" if unit.agreed(analysts) else "DIFFERS")
        where = f"{unit.start}-{unit.end}"  # two mentions of "El Fasher" read as one listed twice
        ctx.out.write(f"  {state:8} {unit.kind:8} {where:>11} “{shorten(unit.quote, 40, strip_quotes=True)}”  "
                      f"{'  '.join(f'{a}: {versions[a]}' for a in analysts)}\n")  # fmt: skip
    return 0


def _unit_dict(unit: Unit, analysts: list[str]) -> dict[str, object]:
    return {
        "kind": unit.kind,
        "start": unit.start,
        "end": unit.end,
        "quote": unit.quote,
        "agreed": unit.agreed(analysts),
        "versions": {a: v.to_dict() for a, v in unit.versions.items()},
        CURATOR: unit.curated.to_dict() if unit.curated else None,
    }
