"""Commands on the corpus: import, list, show, export, agree (opening the app is `opening`)."""

from __future__ import annotations

import io
from collections import Counter
from contextlib import ExitStack
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from annotations.cli.context import Context
from annotations.errors import FieldmarkError
from annotations.exchange.agreement import agreement, agreement_table
from annotations.exchange.export import ExportFilter, check_filters, export
from annotations.exchange.export_file import export_kind
from annotations.exchange.imports import StoreOrOpener
from annotations.exchange.intake import ImportSummary, IntakeHooks, count_files, import_paths
from annotations.exchange.selection import check_annotator
from annotations.model import KINDS, Annotation, ClaimAttributes
from annotations.store import Store
from annotations.text.quotes import counted, shorten

if TYPE_CHECKING:
    from annotations.exchange.events_out import Checked


def cmd_import(ctx: Context) -> int:
    max_bytes = int(ctx.args.max_size * 1024 * 1024)
    if max_bytes <= 0:
        raise FieldmarkError("--max-size must be more than 0")
    published = _published(ctx.args.published)  # before the database is made: a wrong date left an empty one
    with ExitStack() as stack:
        made: list[Store] = []

        def store() -> Store:
            """The database, opened (made, if new) when the first thing can be stored in it."""
            if not made:
                made.append(stack.enter_context(ctx.open_for_writing()))
            return made[0]

        if ctx.exists():  # an existing one is opened first: one another process holds is said before any reading
            store()
        summary = _import_with_progress(ctx, store, ctx.args.paths, max_bytes, published)
        if made and not made[0].flush():
            raise FieldmarkError(f"{made[0].location}: could not save the import: {made[0].write_error}")
    if not made:  # `import --db NEW missing.txt` made NEW, empty
        ctx.err.write(f"fieldmark: nothing imported, so no database was made at {ctx.location}\n")
    ctx.out.write(summary.line() + "\n")
    return 1 if summary.failed else 0


def _import_with_progress(
    ctx: Context, store: StoreOrOpener, paths: list[Path], max_bytes: int, published: str | None
) -> ImportSummary:
    exports = any(export_kind(p) is not None for p in paths)  # one export can hold thousands of articles
    with ctx.progress(None if exports else count_files(paths, 20)) as bar:
        task = bar.add_task("importing", total=None) if bar else None

        def say(line: str) -> None:
            if bar is not None:
                bar.console.print(line, markup=False, highlight=False)
            else:
                ctx.err.write(line + "\n")

        def on_file(path: Path) -> None:
            if bar is not None:
                bar.update(task, advance=1, description=f"importing {path.name[:40]}")

        def on_export(path: Path) -> Any:
            if bar is None:
                return None
            bar.update(task, description=f"checking {path.name[:40]}")
            return lambda done, total: bar.update(task, completed=done, total=total)

        hooks = IntakeHooks(say=say, on_file=on_file, on_export=on_export)
        return import_paths(store, paths, max_bytes=max_bytes, hooks=hooks, published=published, url=ctx.args.url)


def _published(value: str | None) -> str | None:
    from annotations.text.metadata import typed_date

    return None if value is None else typed_date(value, "--published")


def article_rows(store: Store) -> list[dict[str, Any]]:
    """The rows of `fieldmark list --json`."""
    return [
        {
            "id": row.id,
            "title": row.title,
            "status": row.status,
            "chars": row.chars,
            "published": row.published,
            "source": row.source,
            "districts": row.count("district"),
            "actors": row.count("actor"),
            "claims": row.count("claim"),
        }
        for row in store.articles()
    ]


def cmd_list(ctx: Context) -> int:
    with ctx.open_for_reading() as store:
        rows = article_rows(store)
    if ctx.args.json:
        ctx.out.write(orjson.dumps(rows, option=orjson.OPT_INDENT_2).decode() + "\n")
        return 0
    if not rows:
        ctx.out.write("no articles\n")
        return 0
    width = max(20, min(60, max(len(r["title"]) for r in rows)))
    ctx.out.write(
        f"{'id':16}  {'published':10}  {'title':{width}}  {'status':11}  {'dist':>4}  {'act':>4}  {'clm':>4}\n"
    )
    for row in rows:
        ctx.out.write(
            f"{row['id']:16}  {row['published'] or '-':10}  {shorten(row['title'], width):{width}}  "
            f"{row['status'].replace('_', ' '):11}  {row['districts']:>4}  {row['actors']:>4}  {row['claims']:>4}\n"
        )
    return 0


def cmd_show(ctx: Context) -> int:
    out = ctx.out
    with ctx.open_for_reading() as store:
        summary = store.find_article(ctx.args.article)
        article = store.article(summary.id)
        annotations, whose = store.annotations(summary.id), ctx.args.annotator
        every = sorted({a.annotator for a in annotations})
        if whose is not None:  # a newcomer comparing two analysts' work read them interleaved
            annotations = [a for a in annotations if a.annotator == whose]
        out.write(f"{article.title}\n")
        published = f"published {article.published}" if article.published else "no date"  # a reviewer looked for it
        out.write(f"id {article.id} · {published} · {article.status.replace('_', ' ')} · {article.source}\n\n")
        out.write(article.text + "\n")
        out.write(f"\nannotations: {len(annotations)}{_by(whose, every)}\n")
        for annotation in annotations:
            entity = store.get_entity(annotation.entity_id)
            name = f" → {entity.name}" if entity else ""
            flag = "" if annotation.status == "accepted" else f" ({annotation.status})"
            span = f"{annotation.start:>6}-{annotation.end:<6}"
            facts = _claim_facts(store, annotation)
            who = f"  [{annotation.id}, {annotation.annotator}]"  # the ids `entities split --mention` takes
            out.write(f"  {annotation.kind:8} {span} {annotation.quote!r}{name}{facts}{flag}{who}\n")
            for line in _under(store, annotation):
                out.write(f"{'':24}{line}\n")
    return 0


def _under(store: Store, annotation: Annotation) -> list[str]:
    """The lines under an annotation: its event type, its links and the analyst's note (a
    newcomer's were in the app's detail and the JSON export only)."""
    from annotations.forms.links import claim_label

    attributes = annotation.attributes
    lines = []
    if isinstance(attributes, ClaimAttributes):
        if attributes.event_type:
            lines.append(f"event {attributes.event_type}")
        lines += [f"{k.type} {claim_label(store, k.article_id, k.annotation_id)}" for k in attributes.links]
    note = getattr(attributes, "note", "")
    return [*lines, *([f"note {note!r}"] if note else [])]


def _by(whose: str | None, every: list[str]) -> str:
    """ " by ana", and who has annotations here when ana has none."""
    if whose is None:
        return ""
    if whose in every or not every:
        return f" by {whose}"
    return f" by {whose} (annotations here are by {', '.join(w or 'no one named' for w in every)})"


def _claim_facts(store: Store, annotation: Annotation) -> str:
    """ " · said by X (cue) · type, certainty" for a claim (a newcomer missed who said what)."""
    attributes = annotation.attributes
    if not isinstance(attributes, ClaimAttributes):
        return ""
    speaker = store.get_entity(attributes.claimant_entity_id)
    said = f" · said by {speaker.name}" if speaker else " · no claimant"
    cue = f" (“{attributes.cue}”)" if attributes.cue else ""
    return f"{said}{cue} · {attributes.claim_type.replace('_', ' ')}, {attributes.certainty}"


def cmd_export(ctx: Context) -> int:
    args = ctx.args
    if args.table is not None and args.format != "csv":  # a newcomer's --table places with json was ignored
        raise FieldmarkError(f"--table is for --format csv (the {args.format} export holds every kind)")
    if args.per_claim and not args.format.startswith("events"):
        raise FieldmarkError("--per-claim is for --format events or events-json")
    filters = ExportFilter(
        article=args.article,
        kind=args.kind,
        status=args.status,
        annotator=args.annotator,
        table=args.table or "claims",
        per_claim=args.per_claim,
    )
    check_filters(args.format, filters)  # before the corpus is read for the events' check
    events = args.format.startswith("events")
    with ctx.open_for_reading() as store:
        if waiting := store.queued_changes():  # a newcomer exported a certainty the server then refused, unwarned
            ctx.err.write(
                f"fieldmark: {waiting} of your changes are kept on this machine, not yet on the "
                "server: the export includes them as you see them; one that others' changes came before may "
                "be refused when it is sent (open the app to send them)\n"
            )
        if args.article:  # an unknown id is said before anything is written (a document was begun, events said 0)
            filters = replace(filters, article=store.find_article(args.article).id)
        check_annotator(store, filters.annotator)  # a misspelt name wrote an empty export
        check = _say_refused_events(ctx, store, filters) if events else None
        left_out = _left_out(store, args.format, filters, check)
        if args.output is None:
            if args.format == "brat":
                raise FieldmarkError("brat export needs a folder: use -o FOLDER")
            _export_to_stdout(ctx, store, args.format, filters, check, bom=args.bom)
        else:
            total = 1 if args.article else len(store)
            with ctx.progress(total) as bar:
                task = bar.add_task("exporting", total=total) if bar else None

                def step() -> None:
                    if bar is not None:
                        bar.update(task, advance=1)

                rows = check.rows if check is not None else None  # read once, for the check and the export
                count = export(
                    store,
                    args.format,
                    args.output,
                    filters,
                    force=args.force,
                    progress=step,
                    event_rows=rows,
                    bom=args.bom,
                )
            written = counted(count, "event" if events else "article")
            ctx.err.write(f"exported {written} as {args.format} to {args.output}\n")
    if left_out:
        ctx.err.write(f"fieldmark: {left_out}\n")
    return 0


def _left_out(store: Store, fmt: str, filters: ExportFilter, check: Checked | None) -> str:
    """What an export of this format leaves out, in a line said after it ("" for none): the claims
    that gave no event row, the places with no point for the map."""
    if fmt.startswith("events"):
        from annotations.exchange.events_out import left_out  # loaded for this command only

        return left_out(store, filters, check)
    if fmt == "geojson":
        from annotations.exchange.geo import unlocated_places

        return unlocated_places(store, filters)
    return ""


def _say_refused_events(ctx: Context, store: Store, filters: ExportFilter) -> Checked:
    """Event rows the codebook check refuses are left out of the export: say which, and why. Rows
    of claims that name no actor are said one by one only when few (an analyst's export began
    with 83 such lines before the summary that counts them)."""
    from annotations.exchange.events_out import NO_ACTOR, checked

    check = checked(store, filters)
    no_actor = [(article_id, claim_id) for article_id, claim_id, found in check.refused if NO_ACTOR in found]
    for article_id, claim_id, found in check.refused:
        if NO_ACTOR in found and len(no_actor) > NO_ACTOR_LISTED:
            continue
        why = "; ".join(found)
        if NO_ACTOR in found:  # a newcomer read the codebook's words ("inter codes 0/0") as an error of the export
            why = "no actor named in it, and an event needs one: tag who did it inside the claim"
        ctx.err.write(f"fieldmark: event row of claim {claim_id} (article {article_id}) left out: {why}\n")
    if len(no_actor) > NO_ACTOR_LISTED:
        ctx.err.write(f"fieldmark: {_no_actor_line(no_actor)}\n")
    return check


NO_ACTOR_LISTED = 3
"""Claims with no actor named in them said one by one (more are counted by article)."""


def _no_actor_line(no_actor: list[tuple[str, str]]) -> str:
    """ "83 claims' event rows left out, …: 40 in article a…, 30 in b…, 13 in 2 more articles"."""
    by_article = Counter(article_id for article_id, _claim_id in no_actor).most_common()
    named = [f"{n} in article {article_id}" for article_id, n in by_article[:NO_ACTOR_LISTED]]
    rest = by_article[NO_ACTOR_LISTED:]
    if rest:
        named.append(f"{sum(n for _a, n in rest)} in {counted(len(rest), 'more article')}")
    return (
        f"{len(no_actor)} claims' event rows left out: no actor named in them, and an event needs one "
        f"(tag who did it inside the claim): {', '.join(named)}"
    )


def _export_to_stdout(
    ctx: Context, store: Store, fmt: str, filters: ExportFilter, check: Checked | None, *, bom: bool
) -> None:
    rows = check.rows if check is not None else None
    stream = getattr(ctx.out, "buffer", None)
    if stream is None:
        buffer = io.BytesIO()
        export(store, fmt, buffer, filters, event_rows=rows, bom=bom)
        ctx.out.write(buffer.getvalue().decode("utf-8"))
        return
    ctx.out.flush()
    export(store, fmt, stream, filters, event_rows=rows, bom=bom)
    stream.flush()


def cmd_agree(ctx: Context) -> int:
    args = ctx.args
    first, second = args.annotators
    kinds = [args.kind] if args.kind else list(KINDS)
    with ctx.open_for_reading() as store:
        _both_annotated(store, first, second)
        result = agreement(store, first, second, kinds)
    if all(not row["reference"] and not row["candidate"] for row in result.values()):  # was silent zeros
        ctx.err.write(f"fieldmark: no article holds accepted tags of both {first} and {second}: nothing to compare\n")
    if args.json:
        payload = {"reference": first, "candidate": second, "kinds": result}
        ctx.out.write(orjson.dumps(payload, option=orjson.OPT_INDENT_2).decode() + "\n")
    else:
        ctx.out.write(f"{first} (reference) vs {second}\n{agreement_table(result)}\n")
    return 0


def _both_annotated(store: Store, *analysts: str) -> None:
    """Refuse a name with no accepted tag in the corpus (a newcomer's misspelt one printed a table
    of zeros and succeeded), naming those who have."""
    have = {a.annotator for _article, tags in store.iter_articles() for a in tags if a.status == "accepted"}
    missing = [name for name in analysts if name not in have]
    if missing:
        listed = ", ".join(sorted(have)) or "none"
        whose = " or ".join(missing)
        raise FieldmarkError(f"no accepted tags of {whose} in this corpus (analysts with tags: {listed})")


def _line_to(ctx: Context) -> Any:
    return lambda line: ctx.err.write(line + "\n")
