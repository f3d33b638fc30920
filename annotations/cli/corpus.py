"""Commands on the corpus: open the app, import, list, show, export, agree."""

from __future__ import annotations

import io
import time
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from annotations.cli.context import Context
from annotations.errors import ConflictError, FieldmarkError
from annotations.exchange.agreement import agreement, agreement_table
from annotations.exchange.export import ExportFilter, export
from annotations.exchange.export_file import export_kind
from annotations.exchange.intake import ImportSummary, IntakeHooks, count_files, import_paths
from annotations.locations import seeds_dir
from annotations.model import KINDS, Annotation, ClaimAttributes
from annotations.store import Store
from annotations.text.quotes import counted, shorten

if TYPE_CHECKING:
    from annotations.exchange.events_out import Checked

CLOSE_WAIT_SECONDS = 10.0
"""How long `fieldmark` waits, after the app, for saving that keeps failing (a disk full for a
moment) to work again before it says the last changes may not be saved."""
LATE_SAVE_SECONDS = 60.0
"""How long it waits for a save that is late without failing (a stalled network folder)."""


def cmd_open(ctx: Context) -> int:
    args = ctx.args
    if ctx.open_app is None:
        raise FieldmarkError("the app is not available here; install fieldmark and run `fieldmark`")
    settings = ctx.settings
    if args.annotator:
        settings = replace(settings, annotator=args.annotator)
    store = (
        Store.open(ctx.location, readonly=True, annotator=settings.annotator, articles_later=True)
        if args.readonly
        else ctx.open_preferring_writing(articles_later=True)
    )
    failed = 0
    with store:
        if store.readonly and args.paths:
            ctx.err.write("fieldmark: not importing PATHs into a read-only database\n")
        if not store.readonly:
            empty = store.is_empty()
            if not empty and settings.backups and store.startup_backups:
                store.backup_at_start(settings.backups)  # the whole list checked first
            paths = list(args.paths) or ([seeds_dir()] if empty else [])
            if paths:
                said: list[str] = []

                def say(line: str) -> None:
                    said.append(line)
                    ctx.err.write(f"{line}\n")

                summary = import_paths(store, paths, hooks=IntakeHooks(say=say))
                failed = summary.failed
                settings = replace(settings, open_article=summary.first)  # what was asked for, shown
                if summary.imported or summary.failed:
                    ctx.err.write(summary.line() + "\n")
                if failed and not summary.imported and not summary.duplicates:
                    ctx.err.write("fieldmark: nothing to open from those paths; the app was not started\n")
                    return 1
                if failed:  # the app covers the terminal: say it there too
                    settings = replace(settings, problems=(*settings.problems, *said, summary.line()))
                elif summary.imported or summary.duplicates:
                    settings = replace(settings, notices=(*settings.notices, summary.line()))
        code = ctx.open_app(store, settings)
        if not store.readonly and not _all_saved(ctx, store):
            code = code or 1
    if store.start_backup_failure is not None:  # the app showed it; said here where it stays
        ctx.err.write(f"fieldmark: {store.start_backup_failure}\n")
    return code or (1 if failed else 0)


def _all_saved(ctx: Context, store: Store) -> bool:
    """Whether every change made in the app reached the database, or this machine's queue for a
    server that cannot be reached; what may not be saved is said, never lost in silence. A save
    that is only late (a slow disk, the writer waiting for the startup backup) is waited for;
    one that keeps failing, `CLOSE_WAIT_SECONDS`."""
    store.set_error_handler(lambda error: _said_at_exit(ctx, error))  # the app's is gone with it
    if store.write_error is not None and not store.queued_changes():  # the terminal is back
        ctx.err.write(f"fieldmark: saving the last changes ({store.write_error})…\n")
    started = time.monotonic()
    while not store.flush(1.0):
        waited = time.monotonic() - started
        if waited > LATE_SAVE_SECONDS or (store.write_error is not None and waited > CLOSE_WAIT_SECONDS):
            break
        if store.queued_changes() and store.write_error is not None:
            break  # kept on this machine for a server away: safe, nothing to wait for
    else:
        return True
    if queued := store.queued_changes():
        kept = counted(queued, "change")
        ctx.err.write(f"fieldmark: {kept} kept on this machine, sent when the server can be reached\n")
        return True
    why = store.write_error or f"still not saved after {LATE_SAVE_SECONDS:.0f} s"
    ctx.err.write(f"fieldmark: the last changes may not be saved ({why}); open the database to see what was kept\n")
    return False


def _said_at_exit(ctx: Context, error: BaseException | None) -> None:
    """What a store tells once the app has ended: a server's refusal of queued steps (others'
    changes came first) is said; failures and recoveries are `_all_saved`'s to say."""
    if isinstance(error, ConflictError):
        ctx.err.write(f"fieldmark: {error}\n")


def cmd_import(ctx: Context) -> int:
    max_bytes = int(ctx.args.max_size * 1024 * 1024)
    if max_bytes <= 0:
        raise FieldmarkError("--max-size must be more than 0")
    with ctx.open_for_writing() as store:
        summary = _import_with_progress(ctx, store, ctx.args.paths, max_bytes)
        if not store.flush():
            raise FieldmarkError(f"{store.location}: could not save the import: {store.write_error}")
    ctx.out.write(summary.line() + "\n")
    return 1 if summary.failed else 0


def _import_with_progress(ctx: Context, store: Store, paths: list[Path], max_bytes: int) -> ImportSummary:
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
        return import_paths(
            store, paths, max_bytes=max_bytes, hooks=hooks, published=_published(ctx.args.published), url=ctx.args.url
        )


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
        annotations = store.annotations(summary.id)
        out.write(f"{article.title}\n")
        out.write(f"id {article.id} · {article.status.replace('_', ' ')} · {article.source}\n\n")
        out.write(article.text + "\n")
        out.write(f"\nannotations: {len(annotations)}\n")
        for annotation in annotations:
            entity = store.get_entity(annotation.entity_id)
            name = f" → {entity.name}" if entity else ""
            flag = "" if annotation.status == "accepted" else f" ({annotation.status})"
            span = f"{annotation.start:>6}-{annotation.end:<6}"
            facts = _claim_facts(store, annotation)
            out.write(f"  {annotation.kind:8} {span} {annotation.quote!r}{name}{facts}{flag}\n")
    return 0


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
    filters = ExportFilter(
        article=args.article,
        kind=args.kind,
        status=args.status,
        annotator=args.annotator,
        table=args.table,
        per_claim=args.per_claim,
    )
    events = args.format.startswith("events")
    with ctx.open_for_reading() as store:
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
    """Event rows the codebook check refuses are left out of the export: say which, and why."""
    from annotations.exchange.events_out import NO_ACTOR, checked

    check = checked(store, filters)
    for article_id, claim_id, found in check.refused:
        why = "; ".join(found)
        if NO_ACTOR in found:  # a newcomer read the codebook's words ("inter codes 0/0") as an error of the export
            why = "no actor named in it, and an event needs one: tag who did it inside the claim"
        ctx.err.write(f"fieldmark: event row of claim {claim_id} (article {article_id}) left out: {why}\n")
    return check


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
        result = agreement(store, first, second, kinds)
    if args.json:
        payload = {"reference": first, "candidate": second, "kinds": result}
        ctx.out.write(orjson.dumps(payload, option=orjson.OPT_INDENT_2).decode() + "\n")
    else:
        ctx.out.write(f"{first} (reference) vs {second}\n{agreement_table(result)}\n")
    return 0


def _line_to(ctx: Context) -> Any:
    return lambda line: ctx.err.write(line + "\n")
