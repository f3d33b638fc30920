"""Commands on what suggestions draw on: `suggest` for an article, `gazetteer import/list/search`."""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path
from typing import Any

import orjson

from annotations.cli.context import Context
from annotations.errors import FieldmarkError
from annotations.model import PLACE_KINDS, PlaceDetails
from annotations.store import Store
from annotations.text.quotes import counted, shorten


def cmd_suggest(ctx: Context) -> int:
    from annotations.suggest.review import gazetteers_for, suggestions_for

    if ctx.args.stats:
        return _suggest_stats(ctx)
    if not ctx.args.article:
        raise FieldmarkError("suggest wants an ARTICLE (or --stats for the whole corpus)")
    _say_if_preparing(ctx)
    with ctx.open_for_reading() as store:
        summary = store.find_article(ctx.args.article)
        suggestions = suggestions_for(store, summary.id, gazetteers_for(store))
        text = store.article(summary.id).text
    rows = []
    for suggestion in suggestions:
        row: dict[str, Any] = suggestion.to_dict()
        if suggestion.claimant is not None:
            row["claimant"] = {**row["claimant"], "quote": text[suggestion.claimant[0] : suggestion.claimant[1]]}
        rows.append(row)
    if ctx.args.json:
        ctx.out.write(orjson.dumps(rows, option=orjson.OPT_INDENT_2).decode() + "\n")
        return 0
    for row in rows:
        ctx.out.write(_suggestion_line(row) + "\n")
    ctx.out.write(f"{counted(len(rows), 'suggestion')}\n")
    return 0


def _say_if_preparing(ctx: Context) -> None:
    """The first command after an install that looks places up derives the built-in ones first
    (half a minute on a slow machine): said on stderr, not a silent wait."""
    from annotations.suggest.builtin_places import index_ready

    if not index_ready():
        ctx.err.write("fieldmark: preparing the built-in places (the first time after an install only)…\n")
        ctx.err.flush()


def _suggestion_line(row: dict[str, Any]) -> str:
    where = ", ".join(str(row[k]) for k in ("province", "country") if row.get(k))
    extra = f" [{row.get('place_kind')}{', ' + where if where else ''}]" if row["kind"] == "district" else ""
    if row["kind"] == "claim":
        claimant = row.get("claimant")
        extra = f" ← {claimant['quote']!r} ({row['cue']})" if claimant else f" ({row['cue']})"
    elif row.get("entity") and row["entity"] != row["quote"]:
        extra += f" → {row['entity']}"
    quote = shorten(str(row["quote"]), 60)
    return f"{row['kind']:8} {row['start']:>6}-{row['end']:<6} {quote!r}{extra}"


def _suggest_stats(ctx: Context) -> int:
    from annotations.suggest.stats import OUTCOMES, review_stats

    _say_if_preparing(ctx)
    with ctx.open_for_reading() as store:
        chosen = [store.find_article(ctx.args.article).id] if ctx.args.article else None
        tally = review_stats(store, chosen)
    rows = tally.rows()
    if ctx.args.json:
        layers = [{**asdict(row), "accepted_share": row.accepted_share} for row in rows]
        report = {"articles": tally.articles, "layers": layers, "tagged_by_hand": dict(tally.by_hand)}
        ctx.out.write(orjson.dumps(report, option=orjson.OPT_INDENT_2).decode() + "\n")
        return 0
    ctx.out.write(
        f"{'layer':11} {'kind':8} " + " ".join(f"{o:>8}" for o in OUTCOMES) + "  accepted as proposed, of reviewed\n"
    )
    for row in rows:
        share = "-" if row.accepted_share is None else f"{row.accepted_share:.0%}"
        counts = " ".join(f"{getattr(row, o):>8}" for o in OUTCOMES)
        ctx.out.write(f"{row.layer:11} {row.kind:8} {counts}  {share:>8}\n")
    by_hand = ", ".join(f"{n} {kind}" for kind, n in sorted(tally.by_hand.items())) or "none"
    ctx.out.write(f"{counted(tally.articles, 'article')}; tagged with no suggestion: {by_hand}\n")
    return 0


def _gazetteer_named(stored: list[str], asked: str) -> str:
    """The gazetteer `remove` means: its name, or the file it was imported from (named after it:
    a reviewer's `gazetteer remove places.csv` found "no such gazetteer"); refused naming those
    there are."""
    from annotations.store.layout import gazetteer_name

    for name in (asked, gazetteer_name(Path(asked).stem)):
        if name in stored:
            return name
    there = ", ".join(stored) if stored else "none"
    raise FieldmarkError(f"no gazetteer {asked!r} in this database (imported: {there}; the built-in one stays)")


def cmd_gazetteer(ctx: Context) -> int:
    action = ctx.args.action
    if action == "import":
        return _gazetteer_import(ctx)
    if action == "list":
        return _gazetteer_list(ctx)
    if action == "remove":
        with ctx.open_for_writing() as store:
            name = _gazetteer_named(store.gazetteers(), ctx.args.name)
            store.remove_gazetteer(name)
        ctx.out.write(f"removed gazetteer {name}\n")
        return 0
    return _gazetteer_search(ctx)


def _gazetteer_import(ctx: Context) -> int:
    from annotations.suggest.gazetteer_files import LARGE, iter_gazetteer_file
    from annotations.suggest.stored_gazetteers import import_places

    args = ctx.args
    columns = {}
    for item in args.column:
        field, sep, header = item.partition("=")
        if not sep or not header:
            raise FieldmarkError(f"--column wants FIELD=HEADER, got {item!r}")
        columns[field.strip()] = header.strip()
    without_point: list[str] = []

    def said(line: str) -> None:
        without_point.append(line)
        ctx.err.write(f"fieldmark: {args.file}: {line}\n")

    from annotations.store.layout import gazetteer_name

    named = gazetteer_name(args.name or args.file.stem)  # its places' ids and source say the name it is kept by
    places = iter_gazetteer_file(
        args.file, columns=columns, default_kind=args.kind, country=args.country, source=named, said=said
    )
    with ctx.open_for_writing() as store:
        stored, kinds = import_places(store, named, places)
        total = sum(kinds.values())
        counts = ", ".join(f"{kinds[k]} {k}" for k in PLACE_KINDS if kinds[k])
        dropped = f"; {len(without_point)} kept without the point their row gave" if without_point else ""
        ctx.out.write(f"imported {total} places ({counts}) as {stored}{dropped}\n")
        _place_the_tagged(ctx, store, stored)
    if total > LARGE:
        ctx.err.write(
            f"fieldmark: {stored} is a large gazetteer ({total} places, over {LARGE}): it is read from disk "
            "as needed, but places from other countries make suggestions noisier; consider keeping only "
            "the countries you follow\n"
        )
    return 0


def _place_the_tagged(ctx: Context, store: Store, stored: str) -> None:
    """The tagged places with no point that the new gazetteer names by one place take its point (and kind,
    province, country, codes), in one undoable step; those it names by several are said, with the command
    that chooses (a data manager imports a gazetteer to put the places already tagged on the map: they stayed
    off it, helper-365)."""
    from annotations.entities import placing
    from annotations.suggest.stored_gazetteers import open_stored

    gazetteer = open_stored(store.gazetteer_path(stored))
    found = placing.unplaced_named_in(store, gazetteer, stored)
    placing.place_all(store, found.one, f"place {counted(len(found.one), 'tagged place')} from gazetteer {stored}")
    for entity, place in found.one:
        details = entity.details
        moved = isinstance(details, PlaceDetails) and details.latitude is not None  # placed by it before
        at = _coordinates(place.latitude, place.longitude)
        ctx.out.write(f"{'moved' if moved else 'placed'} {entity.name}: {place.name} ({place.kind}) {at}\n")
    for entity, places in found.several:
        ids = ", ".join(p.id for p in places[:6])
        ctx.out.write(
            f"{entity.name} has no point and {stored} has {len(places)} places of its name ({ids}): "
            f"fieldmark entities set {entity.id} --from-gazetteer ID\n"
        )


def _gazetteer_list(ctx: Context) -> int:
    from annotations.suggest.builtin_places import builtin_gazetteer
    from annotations.suggest.stored_gazetteers import open_stored

    described = "pycountry countries and subdivisions, geonames cities"
    _say_if_preparing(ctx)
    ctx.out.write(f"built-in  {len(builtin_gazetteer())} places ({described})\n")
    if not ctx.exists():
        return 0
    with ctx.open_for_reading() as store:
        for name in store.gazetteers():
            ctx.out.write(f"{name:<9} {len(open_stored(store.gazetteer_path(name)))} places\n")
    return 0


def _gazetteer_search(ctx: Context) -> int:
    from annotations.suggest.review import gazetteers_for

    name = ctx.args.name
    _say_if_preparing(ctx)
    if ctx.exists():
        with ctx.open_for_reading() as store:
            found = [p for g in gazetteers_for(store) for p in g.search(name)]
    else:
        found = [p for g in gazetteers_for(None) for p in g.search(name)]
    if ctx.args.json:
        ctx.out.write(orjson.dumps([p.to_dict() for p in found], option=orjson.OPT_INDENT_2).decode() + "\n")
        return 0
    for place in found:
        where = ", ".join(
            x for x in (place.province, place.country) if x and not (x == place.name and place.kind == "province")
        )
        codes = " ".join(f"{k}={v}" for k, v in place.codes.items() if k != "pcode_source")
        at = f" {_coordinates(place.latitude, place.longitude)}" if place.latitude is not None else ""
        ctx.out.write(f"{place.name:<24} {place.kind:<9} {where:<32} {codes}{at} · {place.source}\n")
    if not found:
        ctx.out.write(f"no place named {name!r}\n")
        return 1
    return 0


def _coordinates(latitude: float | None, longitude: float | None) -> str:
    if latitude is None or longitude is None:
        return ""
    return f"{abs(latitude):.4f}°{'N' if latitude >= 0 else 'S'} {abs(longitude):.4f}°{'E' if longitude >= 0 else 'W'}"
