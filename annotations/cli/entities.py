"""`fieldmark entities`: the corpus's places and actors, and the edits that keep them one per real
place or group (merge, rename, set, split, prune), plus the lists a team shares."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import orjson

from annotations.claims.board import claims_about
from annotations.cli.context import Context
from annotations.entities import editing
from annotations.entities.lists import import_list, read_list, rows_for, write_list
from annotations.entities.matching import fold
from annotations.entities.usage import EntityRow, entity_rows
from annotations.errors import FieldmarkError, NotFoundError
from annotations.model import Entity, PlaceDetails
from annotations.store import Store
from annotations.text.quotes import counted, shorten


def cmd_entities(ctx: Context) -> int:
    action = ctx.args.action or "list"
    if action == "list":
        return _list(ctx)
    if action == "export":
        return _export(ctx)
    with ctx.open_for_writing() as store:
        said = ACTIONS[action](ctx, store)
    ctx.out.write(said + "\n")
    return 0


def find_entity(store: Store, ref: str) -> Entity:
    """An entity by id, else by its name or an alias (one only)."""
    found = store.get_entity(ref)
    if found is not None:
        return found
    named = [e for e in store.entities() if fold(ref) in {fold(n) for n in e.names()}]
    if len(named) == 1:
        return named[0]
    if named:
        ids = ", ".join(f"{e.id} ({e.name})" for e in named)
        raise FieldmarkError(f"{ref!r} names {len(named)} entities: {ids}; give an id")
    raise NotFoundError(f"no entity with id or name {ref!r} (fieldmark entities lists them)")


def _where(entity: Entity) -> str:
    details = entity.details
    if isinstance(details, PlaceDetails):
        own = details.place_kind in ("province", "country")
        where = ", ".join(p for p in (details.province, details.country) if p and not (own and p == entity.name))
        return where + (" (no point)" if details.latitude is None else "")
    return details.affiliation or ""


def _home(row: EntityRow) -> str:
    return f"in “{shorten(row.home, 40, strip_quotes=True)}”" if row.home else ""


def _table(rows: Sequence[EntityRow]) -> str:
    """One line per entity, columns aligned: id, kind, type, name, where, uses, other names."""
    lines = [
        (
            row.entity.id,
            row.entity.kind,
            row.type.replace("_", " "),
            row.entity.name,
            ", ".join(w for w in (_where(row.entity), _home(row)) if w),
            f"{counted(row.mentions, 'mention')}, {counted(row.articles, 'article')}, {counted(row.claims, 'claim')}",
            ", ".join(row.entity.details.aliases),
        )
        for row in rows
    ]
    if not lines:
        return ""
    widths = [max(len(line[i]) for line in lines) for i in range(6)]
    return "".join(
        "  ".join(cell.ljust(width) for cell, width in zip(line[:6], widths, strict=True)).rstrip()
        + (f"  also: {line[6]}" if line[6] else "")
        + "\n"
        for line in lines
    )


def _list(ctx: Context) -> int:
    off_the_map = ctx.args.no_point
    if off_the_map and ctx.args.kind == "actor":
        raise FieldmarkError("--no-point lists places: actors have no point")
    with ctx.open_for_reading() as store:
        about = claims_about(store)
        rows = entity_rows(store, "place" if off_the_map else ctx.args.kind, about=about)
    if off_the_map:  # the places the event rows and the map leave out (helper-367 looked for them in the GeoJSON)
        rows = [r for r in rows if isinstance(r.entity.details, PlaceDetails) and r.entity.details.latitude is None]
    if ctx.args.json:
        ctx.out.write(orjson.dumps([r.to_dict() for r in rows], option=orjson.OPT_INDENT_2).decode() + "\n")
        return 0
    ctx.out.write(_table(rows))
    ctx.out.write(f"{len(rows)} entities\n")
    return 0


def _export(ctx: Context) -> int:
    if ctx.args.bom and ctx.args.format != "csv":
        raise FieldmarkError("--bom is for the CSV list (a spreadsheet reads JSON as it is)")
    with ctx.open_for_reading() as store:
        entities = store.entities(ctx.args.kind)
        text = ("\ufeff" if ctx.args.bom else "") + write_list(entities, ctx.args.format)
    rows = rows_for(entities)
    if rows < len(entities):  # a newcomer counted 59 rows for 60 entities and thought one lost
        ctx.err.write(
            f"fieldmark: {len(entities)} entities in {rows} rows: entities of one name and type (an actor named only "
            "by what it is, in several articles) share a row, their aliases merged\n"
        )
    if ctx.args.output is None:
        ctx.out.write(text)
        return 0
    output: Path = ctx.args.output
    if output.exists() and not ctx.args.force:
        raise FieldmarkError(f"{output} exists; --force replaces it")
    output.write_text(text, encoding="utf-8")
    ctx.out.write(f"wrote {output}\n")
    return 0


def _merge(ctx: Context, store: Store) -> str:
    keep = find_entity(store, ctx.args.keep)
    others = [find_entity(store, ref).id for ref in ctx.args.others]
    entry = editing.merge(store, keep.id, others, name=ctx.args.name)
    return f"{entry.label} (u in the app undoes it)"


def _rename(ctx: Context, store: Store) -> str:
    return editing.rename(store, find_entity(store, ctx.args.entity).id, ctx.args.name).label


def _set(ctx: Context, store: Store) -> str:
    entity = find_entity(store, ctx.args.entity)
    if isinstance(entity.details, PlaceDetails):
        return _set_place(ctx, store, entity)
    places_only = [f"--{o.replace('_', '-')}" for o in _PLACE_OPTIONS if getattr(ctx.args, o) is not None]
    if places_only:
        raise FieldmarkError(f"{entity.name} is an actor: {', '.join(places_only)} is for places")
    label = editing.set_details(store, entity.id, actor_type=ctx.args.type, affiliation=ctx.args.affiliation).label
    group = ctx.args.affiliation
    if group and not any(fold(group) in {fold(n) for n in e.names()} for e in store.entities("actor")):
        coded = f"the event rows code {entity.name} as a group only when one is"
        ctx.err.write(f"fieldmark: no actor is named {group}: {coded}\n")
    return label


_PLACE_OPTIONS = ("place_kind", "province", "country", "point", "from_gazetteer")


def _set_place(ctx: Context, store: Store, entity: Entity) -> str:
    """A place's kind, province, country or point, or all a gazetteer's place knows of it."""
    from annotations.entities import placing
    from annotations.suggest.review import gazetteers_for

    args = ctx.args
    if args.type is not None or args.affiliation is not None:
        raise FieldmarkError(f"{entity.name} is a place: --type and --affiliation are for actors")
    if args.from_gazetteer is not None:
        given = [f"--{o.replace('_', '-')}" for o in _PLACE_OPTIONS[:-1] if getattr(args, o) is not None]
        if given:
            raise FieldmarkError(f"--from-gazetteer sets them all: leave out {', '.join(given)}")
        place = placing.gazetteer_place(gazetteers_for(store), entity, args.from_gazetteer or None)
        return placing.from_gazetteer(store, entity.id, place).label
    edits = {"kind": args.place_kind, "province": args.province, "country": args.country, "point": args.point}
    label = placing.set_place(store, entity.id, **edits).label
    details = store.entity(entity.id).details
    if args.point and isinstance(details, PlaceDetails) and details.country:
        countries = [p for g in gazetteers_for(store) for p in g.lookup(details.country) if p.kind == "country"]
        warning = placing.far_from_its_country(args.point, countries[0] if countries else None)
        if warning:
            ctx.err.write(f"fieldmark: {warning}\n")
    return label


def _split(ctx: Context, store: Store) -> str:
    entity = find_entity(store, ctx.args.entity)
    mentions = []
    for ref in ctx.args.mention:
        article_ref, _, annotation_id = ref.partition(":")
        if not annotation_id:
            raise FieldmarkError(f"--mention {ref!r}: give ARTICLE:ANNOTATION (`fieldmark show ARTICLE` lists the ids)")
        mentions.append((store.find_article(article_ref).id, annotation_id))
    fresh, entry = editing.split(store, entity.id, mentions, ctx.args.name)
    return f"{entry.label}: {fresh.id}"


def _prune(ctx: Context, store: Store) -> str:
    if ctx.args.dry_run:
        stale = editing.prunable(store, ctx.args.kind)
        lines = [f"{e.id}  {e.kind:5}  {e.name}" for e in stale]
        return "\n".join([*lines, f"{len(stale)} unused entities (not removed: --dry-run)"])
    stale, _entry = editing.prune(store, ctx.args.kind)
    lines = [f"removed {e.id}  {e.kind:5}  {e.name}" for e in stale]
    return "\n".join([*lines, f"{len(stale)} unused entities removed"])


def _import(ctx: Context, store: Store) -> str:
    path: Path = ctx.args.file
    result = import_list(store, read_list(path), label=f"import entity list {path.name}")
    taught = f"{result.taught} known ones learnt other names or a point"
    return f"{path.name}: {result.added} added, {taught}, {result.same} already known"


ACTIONS = {
    "merge": _merge,
    "rename": _rename,
    "set": _set,
    "split": _split,
    "prune": _prune,
    "import": _import,
}
