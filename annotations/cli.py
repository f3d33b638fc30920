"""The `fieldmark` command line: import, list, show, and opening the app.

The app itself lives in `tui/`; this module only knows it as a callable handed in by the
entry point (`tui.main`), so the core never imports Textual.
"""

from __future__ import annotations

import argparse
import getpass
import io
import os
import sys
from collections.abc import Callable, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

import orjson

from annotations.errors import DatabaseLockedError, FieldmarkError
from annotations.exchange.agreement import agreement, agreement_table
from annotations.exchange.export import FORMATS, ExportFilter, export
from annotations.exchange.imports import ImportReport, export_kind, import_brat, import_file
from annotations.locations import DB_ENV, default_db_path, seeds_dir
from annotations.model import ANNOTATION_STATUSES, KINDS, PLACE_KINDS
from annotations.store.folder import Store
from annotations.text.ingest import DEFAULT_MAX_BYTES, read_paths

OpenApp = Callable[[Store, str], int]
"""Runs the app on an open store with an annotator name; returns the exit code."""

COMMANDS = ("open", "import", "list", "show", "export", "agree", "suggest", "gazetteer", "check", "backup", "restore")
PROGRESS_THRESHOLD = 20


@dataclass
class ImportSummary:
    imported: int = 0
    duplicates: int = 0
    failed: int = 0

    def line(self) -> str:
        return f"imported {self.imported}, skipped {self.duplicates} duplicates, failed {self.failed}"


def _db_help() -> str:
    source = f"from ${DB_ENV}" if os.environ.get(DB_ENV) else f"set ${DB_ENV} or --db to change"
    return f"database folder (default: {default_db_path()}, {source})"


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", type=Path, default=None, metavar="DB", help=_db_help())


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fieldmark",
        description=(
            "Read and annotate news articles: districts, actors and claims, by keyboard. "
            "With no command, opens the app (importing any PATHs first)."
        ),
        epilog=f"Database: {default_db_path()}\n(--db DB or ${DB_ENV} to change)",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    open_cmd = commands.add_parser("open", help="open the app (the default command)", description="Open the app.")
    open_cmd.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="files or folders to import first")
    open_cmd.add_argument(
        "--annotator",
        default=None,
        help="your name on new annotations (default: $FIELDMARK_ANNOTATOR or your login)",
    )
    open_cmd.add_argument("--readonly", action="store_true", help="open without the right to change anything")
    _common(open_cmd)

    import_cmd = commands.add_parser(
        "import",
        help="import articles from files or folders",
        description=("Import .txt, .md, .html, .json and .jsonl articles; folders are searched recursively."),
    )
    import_cmd.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    import_cmd.add_argument(
        "--max-size",
        type=float,
        default=DEFAULT_MAX_BYTES / (1024 * 1024),
        metavar="MB",
        help="refuse files larger than this many megabytes (default: %(default)g)",
    )
    _common(import_cmd)

    list_cmd = commands.add_parser("list", help="list the articles", description="One row per article.")
    list_cmd.add_argument("--json", action="store_true", help="print a JSON list instead of a table")
    _common(list_cmd)

    show_cmd = commands.add_parser(
        "show",
        help="print an article and its annotations",
        description="Print an article's text and annotations.",
    )
    show_cmd.add_argument("article", metavar="ARTICLE", help="article id (or a unique prefix of it)")
    _common(show_cmd)
    export_cmd = commands.add_parser(
        "export",
        help="export annotations (json, jsonl, w3c, brat, csv)",
        description="Export articles, annotations and entities. Writes to stdout unless -o is given.",
    )
    export_cmd.add_argument("--format", default="json", choices=FORMATS, help="output format (default: json)")
    export_cmd.add_argument("-o", "--output", type=Path, default=None, metavar="PATH", help="file (folder for brat)")
    export_cmd.add_argument("--force", action="store_true", help="replace an existing file")
    export_cmd.add_argument("--article", default=None, metavar="ID", help="only this article (id or unique prefix)")
    export_cmd.add_argument("--kind", default=None, choices=KINDS, help="only this kind of annotation")
    export_cmd.add_argument("--status", default=None, choices=ANNOTATION_STATUSES, help="only accepted or suggested")
    export_cmd.add_argument("--annotator", default=None, help="only this annotator's work")
    _common(export_cmd)

    agree_cmd = commands.add_parser(
        "agree",
        help="agreement between two annotators",
        description="Span precision/recall/F1 (exact and overlapping) and Cohen's kappa, A as reference.",
    )
    agree_cmd.add_argument("--annotators", nargs=2, required=True, metavar=("A", "B"))
    agree_cmd.add_argument("--kind", default=None, choices=KINDS)
    agree_cmd.add_argument("--json", action="store_true", help="print JSON instead of a table")
    _common(agree_cmd)

    suggest_cmd = commands.add_parser(
        "suggest",
        help="print the suggestions for an article",
        description="Places (with province and country), actors and claims (with claimant) Fieldmark proposes.",
    )
    suggest_cmd.add_argument("article", metavar="ARTICLE", help="article id (or a unique prefix of it)")
    suggest_cmd.add_argument("--json", action="store_true", help="print JSON instead of a table")
    _common(suggest_cmd)

    gazetteer_cmd = commands.add_parser(
        "gazetteer", help="import, list and search places", description="The places suggestions draw on."
    )
    actions = gazetteer_cmd.add_subparsers(dest="action", metavar="ACTION", required=True)
    gz_import = actions.add_parser("import", help="import a CSV or JSON gazetteer file into the database")
    gz_import.add_argument("file", type=Path, metavar="FILE")
    gz_import.add_argument("--name", default=None, help="name to keep it under (default: the file name)")
    gz_import.add_argument(
        "--column",
        action="append",
        default=[],
        metavar="FIELD=HEADER",
        help="read FIELD (name, alternates, kind, province, country, code, latitude, longitude) from HEADER",
    )
    gz_import.add_argument("--kind", default="district", choices=PLACE_KINDS, help="kind of rows that do not say")
    gz_import.add_argument("--country", default=None, help="country of rows that do not say")
    _common(gz_import)
    gz_list = actions.add_parser("list", help="the gazetteers and how many places each holds")
    _common(gz_list)
    gz_search = actions.add_parser("search", help="places with a name (any spelling)")
    gz_search.add_argument("name", metavar="NAME")
    gz_search.add_argument("--json", action="store_true")
    _common(gz_search)

    check_cmd = commands.add_parser(
        "check",
        help="verify the whole database (exit 1 on problems)",
        description="Check every article's hash, every annotation's offsets and quote, entity and claim "
        "references, the catalog and the undo history. --repair fixes what is safe to fix, after a backup.",
    )
    check_cmd.add_argument("--repair", action="store_true", help="fix what can be fixed safely (backs up first)")
    check_cmd.add_argument("--json", action="store_true", help="print problems as JSON")
    _common(check_cmd)
    backup_cmd = commands.add_parser("backup", help="snapshot the database now", description="Snapshot the database.")
    backup_cmd.add_argument("--reason", default="manual", help="a word kept in the backup's name")
    _common(backup_cmd)
    restore_cmd = commands.add_parser(
        "restore",
        help="list backups, or make the database what a backup holds",
        description="With no BACKUP, list the backups. The current state is backed up before restoring.",
    )
    restore_cmd.add_argument("backup", nargs="?", type=Path, metavar="BACKUP", help="a backup folder (or its name)")
    _common(restore_cmd)
    return parser


def _with_default_command(argv: Sequence[str]) -> list[str]:
    args = list(argv)
    if not args or (args[0] not in COMMANDS and args[0] not in ("-h", "--help")):
        return ["open", *args]
    return args


def run(
    argv: Sequence[str] | None = None,
    *,
    open_app: OpenApp | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    """Run the command line; returns the exit code (0 ok, 1 bad input, 2 usage)."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    parser = build_parser()
    args = parser.parse_args(_with_default_command(sys.argv[1:] if argv is None else argv))
    try:
        if args.command == "import":
            return _cmd_import(args, out, err)
        if args.command == "list":
            return _cmd_list(args, out)
        if args.command == "show":
            return _cmd_show(args, out)
        if args.command == "export":
            return _cmd_export(args, out, err)
        if args.command == "agree":
            return _cmd_agree(args, out)
        if args.command == "suggest":
            return _cmd_suggest(args, out)
        if args.command == "gazetteer":
            return _cmd_gazetteer(args, out)
        if args.command == "check":
            return _cmd_check(args, out)
        if args.command == "backup":
            return _cmd_backup(args, out)
        if args.command == "restore":
            return _cmd_restore(args, out)
        return _cmd_open(args, out, err, open_app)
    except FieldmarkError as error:
        err.write(f"fieldmark: error: {error}\n")
        return 1
    except OSError as error:
        where = f"{error.filename}: " if error.filename else ""
        err.write(f"fieldmark: error: {where}{error.strerror or error}\n")
        return 1
    except KeyboardInterrupt:
        err.write("fieldmark: interrupted\n")
        return 130


def main() -> int:
    """Entry point without the app (`python -m annotations`)."""
    return run()


# --- commands -----------------------------------------------------------------------------


def _db_path(args: argparse.Namespace) -> Path:
    return args.db if args.db is not None else default_db_path()


def import_paths(
    store: Store,
    paths: Sequence[Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    err: TextIO | None = None,
    progress: bool = False,
) -> ImportSummary:
    """Ingest `paths` into `store`, writing one line per refused file to `err`."""
    summary = ImportSummary()
    err = err or sys.stderr
    exports = [p for p in paths if export_kind(p) is not None]
    paths = [p for p in paths if p not in exports]
    for path in exports:
        try:
            report = _import_export(store, path, err if progress else None)
        except FieldmarkError as refusal:
            summary.failed += 1
            err.write(f"fieldmark: refused {refusal}\n")
            continue
        summary.imported += report.articles_added
        summary.duplicates += report.articles_merged
        err.write(f"fieldmark: {path}: {report.line()}\n")
        for problem in report.problems:
            err.write(f"fieldmark: {path}: {problem}\n")
    if not paths:
        return summary
    bar = _progress(err) if progress and _count_files(paths) > PROGRESS_THRESHOLD else None
    with bar or nullcontext():
        task = bar.add_task("importing", total=None) if bar else None
        for result in read_paths(paths, max_bytes=max_bytes):
            if bar is not None and task is not None:
                bar.update(task, advance=1, description=f"importing {result.path.name[:40]}")
            for error in result.errors:
                summary.failed += 1
                message = f"fieldmark: refused {error}\n"
                if bar is not None:
                    bar.console.print(message.rstrip("\n"), markup=False, highlight=False)
                else:
                    err.write(message)
            for article in result.articles:
                if store.add_article(article):
                    summary.imported += 1
                else:
                    summary.duplicates += 1
    return summary


def _import_export(store: Store, path: Path, bar_to: TextIO | None) -> ImportReport:
    """One export file or brat folder; with a progress bar on `bar_to` while it stores."""
    if export_kind(path) == "brat":
        return import_brat(store, path)
    if bar_to is None:
        return import_file(store, path)
    with _progress(bar_to) as bar:
        task = bar.add_task(f"checking {path.name[:40]}", total=None)

        def advance(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total, description=f"importing {path.name[:40]}")

        return import_file(store, path, progress=advance)


def _progress(err: TextIO) -> Any:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    return Progress(
        TextColumn("{task.description}", markup=False),
        BarColumn(),
        MofNCompleteColumn(),
        console=Console(file=err),
        transient=True,
    )


def _count_files(paths: Sequence[Path]) -> int:
    from annotations.text.ingest import find_files

    count = 0
    for _ in find_files(paths):
        count += 1
        if count > PROGRESS_THRESHOLD:
            break
    return count


def _cmd_import(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    max_bytes = int(args.max_size * 1024 * 1024)
    if max_bytes <= 0:
        raise FieldmarkError("--max-size must be more than 0")
    with Store.open(_db_path(args)) as store:
        summary = import_paths(store, args.paths, max_bytes=max_bytes, err=err, progress=err.isatty())
        if not store.flush():
            raise FieldmarkError(f"{store.root}: could not save the import: {store.write_error}")
    out.write(summary.line() + "\n")
    return 1 if summary.failed else 0


def article_rows(store: Store) -> list[dict[str, Any]]:
    """The rows of `fieldmark list --json`."""
    return [
        {
            "id": row.id,
            "title": row.title,
            "status": row.status,
            "chars": row.chars,
            "districts": row.count("district"),
            "actors": row.count("actor"),
            "claims": row.count("claim"),
        }
        for row in store.articles()
    ]


def _open_for_reading(args: argparse.Namespace) -> Store:
    path = _db_path(args)
    if not path.exists():
        raise FieldmarkError(f"{path}: no database here yet; run `fieldmark import PATH` first")
    return Store.open(path, readonly=True)


def _cmd_list(args: argparse.Namespace, out: TextIO) -> int:
    with _open_for_reading(args) as store:
        rows = article_rows(store)
    if args.json:
        out.write(orjson.dumps(rows, option=orjson.OPT_INDENT_2).decode() + "\n")
        return 0
    if not rows:
        out.write("no articles\n")
        return 0
    width = max(20, min(60, max(len(r["title"]) for r in rows)))
    out.write(f"{'id':16}  {'title':{width}}  {'status':11}  {'dist':>4}  {'act':>4}  {'clm':>4}\n")
    for row in rows:
        title = row["title"] if len(row["title"]) <= width else row["title"][: width - 1] + "…"
        out.write(
            f"{row['id']:16}  {title:{width}}  {row['status']:11}  "
            f"{row['districts']:>4}  {row['actors']:>4}  {row['claims']:>4}\n"
        )
    return 0


def _cmd_show(args: argparse.Namespace, out: TextIO) -> int:
    with _open_for_reading(args) as store:
        summary = store.find_article(args.article)
        article = store.article(summary.id)
        annotations = store.annotations(summary.id)
        out.write(f"{article.title}\n")
        out.write(f"id {article.id} · {article.status} · {article.source}\n\n")
        out.write(article.text + "\n")
        out.write(f"\nannotations: {len(annotations)}\n")
        for annotation in annotations:
            entity = store.get_entity(annotation.entity_id)
            name = f" → {entity.name}" if entity else ""
            flag = "" if annotation.status == "accepted" else f" ({annotation.status})"
            out.write(
                f"  {annotation.kind:8} {annotation.start:>6}-{annotation.end:<6} {annotation.quote!r}{name}{flag}\n"
            )
    return 0


def default_annotator() -> str:
    name = os.environ.get("FIELDMARK_ANNOTATOR")
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:
        return "analyst"


def _cmd_open(args: argparse.Namespace, out: TextIO, err: TextIO, open_app: OpenApp | None) -> int:
    if open_app is None:
        raise FieldmarkError("the app is not available here; install fieldmark and run `fieldmark`")
    annotator = args.annotator or default_annotator()
    path = _db_path(args)
    failed = 0
    if args.readonly:
        store = Store.open(path, readonly=True)
    else:
        try:
            store = Store.open(path)
        except DatabaseLockedError as error:
            err.write(f"fieldmark: {error}\nfieldmark: opening read-only\n")
            if args.paths:
                err.write("fieldmark: not importing PATHs into a read-only database\n")
            store = Store.open(path, readonly=True)
    with store:
        if not store.readonly and len(store):
            _start_backup(store)
        if not store.readonly:
            paths = list(args.paths)
            if not paths and len(store) == 0:
                paths = [seeds_dir()]
            if paths:
                summary = import_paths(store, paths, err=err)
                failed = summary.failed
                if summary.imported or summary.failed:
                    err.write(summary.line() + "\n")
        code = open_app(store, annotator)
    return code or (1 if failed else 0)


def _cmd_export(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    filters = ExportFilter(article=args.article, kind=args.kind, status=args.status, annotator=args.annotator)
    with _open_for_reading(args) as store:
        if args.output is None:
            if args.format == "brat":
                raise FieldmarkError("brat export needs a folder: use -o FOLDER")
            stream = getattr(out, "buffer", None)
            if stream is None:
                buffer = io.BytesIO()
                export(store, args.format, buffer, filters)
                out.write(buffer.getvalue().decode("utf-8"))
            else:
                out.flush()
                export(store, args.format, stream, filters)
                stream.flush()
            return 0
        total = 1 if args.article else len(store)
        bar = _progress(err) if err.isatty() and total > PROGRESS_THRESHOLD else None
        with bar or nullcontext():
            task = bar.add_task("exporting", total=total) if bar else None

            def step() -> None:
                if bar is not None and task is not None:
                    bar.update(task, advance=1)

            count = export(store, args.format, args.output, filters, force=args.force, progress=step)
    noun = "article" if count == 1 else "articles"
    err.write(f"exported {count} {noun} as {args.format} to {args.output}\n")
    return 0


def _cmd_agree(args: argparse.Namespace, out: TextIO) -> int:
    first, second = args.annotators
    kinds = [args.kind] if args.kind else list(KINDS)
    with _open_for_reading(args) as store:
        result = agreement(store, first, second, kinds)
    if args.json:
        payload = {"reference": first, "candidate": second, "kinds": result}
        out.write(orjson.dumps(payload, option=orjson.OPT_INDENT_2).decode() + "\n")
    else:
        out.write(f"{first} (reference) vs {second}\n{agreement_table(result)}\n")
    return 0


def _cmd_suggest(args: argparse.Namespace, out: TextIO) -> int:
    from annotations.suggest.review import gazetteers_for, suggestions_for

    with _open_for_reading(args) as store:
        summary = store.find_article(args.article)
        suggestions = suggestions_for(store, summary.id, gazetteers_for(store.root))
        text = store.article(summary.id).text
    rows = []
    for suggestion in suggestions:
        row = suggestion.to_dict()
        if suggestion.claimant is not None:
            row["claimant"] = {**row["claimant"], "quote": text[suggestion.claimant[0] : suggestion.claimant[1]]}  # type: ignore[dict-item]
        rows.append(row)
    if args.json:
        out.write(orjson.dumps(rows, option=orjson.OPT_INDENT_2).decode() + "\n")
        return 0
    for row in rows:
        where = ", ".join(str(row[k]) for k in ("province", "country") if row.get(k))
        extra = f" [{row.get('place_kind')}{', ' + where if where else ''}]" if row["kind"] == "district" else ""
        if row["kind"] == "claim":
            claimant = row.get("claimant")
            extra = f" ← {claimant['quote']!r} ({row['cue']})" if claimant else f" ({row['cue']})"  # type: ignore[index]
        elif row.get("entity") and row["entity"] != row["quote"]:
            extra += f" → {row['entity']}"
        quote = str(row["quote"])
        quote = quote if len(quote) <= 60 else quote[:57] + "…"
        out.write(f"{row['kind']:8} {row['start']:>6}-{row['end']:<6} {quote!r}{extra}\n")
    out.write(f"{len(rows)} suggestions\n")
    return 0


def _cmd_gazetteer(args: argparse.Namespace, out: TextIO) -> int:
    from annotations.suggest.gazetteer import gazetteer_files, read_gazetteer_file, save_gazetteer
    from annotations.suggest.review import gazetteers_for

    if args.action == "import":
        columns = {}
        for item in args.column:
            field, sep, header = item.partition("=")
            if not sep or not header:
                raise FieldmarkError(f"--column wants FIELD=HEADER, got {item!r}")
            columns[field.strip()] = header.strip()
        places = read_gazetteer_file(args.file, columns=columns, default_kind=args.kind, country=args.country)
        with Store.open(_db_path(args)) as store:
            target = save_gazetteer(store.root, args.name or args.file.stem, places)
        kinds = ", ".join(
            f"{sum(p.kind == k for p in places)} {k}" for k in PLACE_KINDS if any(p.kind == k for p in places)
        )
        out.write(f"imported {len(places)} places ({kinds}) as {target.stem}\n")
        return 0
    path = _db_path(args)
    if args.action == "list":
        from annotations.suggest.gazetteer import builtin_places

        out.write(f"built-in  {len(builtin_places())} places (pycountry countries and subdivisions, geonames cities)\n")
        for file in gazetteer_files(path):
            out.write(f"{file.stem:<9} {len(orjson.loads(file.read_bytes()))} places\n")
        return 0
    found = [p for g in gazetteers_for(path if path.exists() else None) for p in g.search(args.name)]
    if args.json:
        out.write(orjson.dumps([p.to_dict() for p in found], option=orjson.OPT_INDENT_2).decode() + "\n")
        return 0
    for place in found:
        where = ", ".join(x for x in (place.province, place.country) if x and x != place.name)
        codes = " ".join(f"{k}={v}" for k, v in place.codes.items() if k != "pcode_source")
        out.write(f"{place.name:<24} {place.kind:<9} {where:<32} {codes} · {place.source}\n")
    if not found:
        out.write(f"no place named {args.name!r}\n")
        return 1
    return 0


def _cmd_check(args: argparse.Namespace, out: TextIO) -> int:
    from annotations.errors import StoreError
    from annotations.store.backup import backups_dir
    from annotations.store.integrity import check_store

    path = _db_path(args)
    if not path.exists():
        raise FieldmarkError(f"{path}: no database here")
    try:
        store = Store.open(path) if args.repair else Store.open(path, readonly=True)
    except DatabaseLockedError:
        if args.repair:
            raise
        store = Store.open(path, readonly=True)
    except StoreError as error:
        out.write(f"problem: {error}\n")
        out.write(
            f"the database cannot be opened; `fieldmark restore --db {path}` lists backups ({backups_dir(path)})\n"
        )
        return 1
    with store:
        if args.repair:
            from annotations.store.repair import repair

            report = repair(store)
            if report.backup is not None:
                out.write(f"backed up to {report.backup.path}\n")
            for action in report.actions:
                out.write(f"repaired: {action}\n")
            for left in report.left:
                out.write(f"left: {left}\n")
        problems = check_store(store)
    if args.json:
        out.write(orjson.dumps([{"where": p.where, "problem": p.message} for p in problems]).decode() + "\n")
    else:
        for problem in problems:
            out.write(f"problem: {problem}\n")
        out.write("no problems found\n" if not problems else f"{len(problems)} problems\n")
    return 1 if problems else 0


def _cmd_backup(args: argparse.Namespace, out: TextIO) -> int:
    from annotations.store.backup import make_backup

    with Store.open(_db_path(args)) as store:
        store.flush(None)
        backup = make_backup(store.root, args.reason)
    out.write(f"backed up {backup.files} files to {backup.path}\n")
    return 0


def _cmd_restore(args: argparse.Namespace, out: TextIO) -> int:
    from annotations.store.backup import backups_dir, list_backups, restore

    path = _db_path(args)
    if args.backup is None:
        found = list_backups(path)
        if not found:
            out.write(f"no backups of {path}\n")
            return 0
        for backup in found:
            out.write(f"{backup.path.name}  {backup.reason:<16} {backup.files} files\n")
        return 0
    backup_path = args.backup if args.backup.is_dir() else backups_dir(path) / args.backup
    if not backup_path.is_dir():
        raise FieldmarkError(f"{args.backup}: no such backup; `fieldmark restore` lists them")
    before = restore(path, backup_path)
    out.write(f"restored {backup_path.name}; the state before is kept as {before.path.name}\n")
    return 0


def _start_backup(store: Store) -> None:
    """The rolling backup made each time the app opens a database: a snapshot before this
    session changes anything, made independent of the live files in the background."""
    import threading

    from annotations.store.backup import detach, keep_count, make_backup

    if keep_count():
        backup = make_backup(store.root, "start", detached=False)
        threading.Thread(target=detach, args=(backup.path,), name="backup-detach", daemon=True).start()
