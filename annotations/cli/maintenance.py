"""Commands that keep a database sound: `check [--repair]`, `backup`, `restore`."""

from __future__ import annotations

import shlex
from pathlib import Path

import orjson

from annotations.cli.context import Context
from annotations.errors import DatabaseLockedError, FieldmarkError, StoreError
from annotations.store import Store
from annotations.store.integrity import Problem, check_store
from annotations.store.layout import META_FILE, backups_dir
from annotations.store.opening import is_server_location, location_to_paste, shown_location
from annotations.text.quotes import counted


def cmd_check(ctx: Context) -> int:
    args, out = ctx.args, ctx.out
    if not ctx.exists():
        raise FieldmarkError(f"{shown_location(ctx.location)}: no database here")
    try:
        store = _open_for_check(ctx.location, repair=args.repair)
    except StoreError as error:
        out.write(f"problem: {error}\n")
        if is_server_location(ctx.location):  # a newcomer was told to repair a folder named like the address
            out.write(
                "nothing was checked: a server's database is checked on the server, once it can be reached; "
                f"`fieldmark restore --db {location_to_paste(ctx.location)}` lists the archives kept on this machine\n"
            )
            return 1
        if _never_a_database(ctx.location):  # a newcomer was told to repair or restore a folder of notes
            out.write("nothing here was a Fieldmark database (no backups of one beside it either): check --db\n")
            return 1
        out.write(
            f"the database cannot be opened; `fieldmark check --repair` sets aside what it can, "
            f"`fieldmark restore --db {location_to_paste(ctx.location)}` lists backups "
            f"({backups_dir(Path(ctx.location).expanduser())})\n"
        )
        return 1
    with store:
        if args.repair:
            _repair(ctx, store)
        problems = check_store(store) + _gazetteer_problems(store)
    if args.json:
        out.write(orjson.dumps([{"where": p.where, "problem": p.message} for p in problems]).decode() + "\n")
    else:
        for problem in problems:
            out.write(f"problem: {problem}\n")
        out.write("no problems found\n" if not problems else f"{len(problems)} problems\n")
        if problems and not args.repair:
            out.write(
                "`fieldmark check --repair` fixes what is safe to fix, after a backup; "
                f"`fieldmark restore --db {location_to_paste(ctx.location)}` lists the backups\n"
            )
    return 1 if problems else 0


def _open_for_check(location: str, *, repair: bool) -> Store:
    """Repair writes (and so needs the database to itself); a check reads alongside a writer.
    Both salvage: what does not parse or validate is listed (and, repairing, set aside after a
    backup) instead of stopping at the first damaged file."""
    if repair:
        return Store.open(location, salvage=True)
    return Store.open(location, readonly=True, salvage=True)


def _gazetteer_problems(store: Store) -> list[Problem]:
    from annotations.suggest.stored_gazetteers import damaged_gazetteers

    return [Problem(f"gazetteer {name}", reason) for name, reason in damaged_gazetteers(store).items()]


def _repair(ctx: Context, store: Store) -> None:
    from annotations.store.repair import repair

    report = repair(store, keep=ctx.settings.backups)
    damaged = _gazetteer_problems(store)
    if damaged and report.backup is None:
        report.backup = store.backup("before-repair", keep=ctx.settings.backups)
    for problem in damaged:
        store.remove_gazetteer(problem.where.removeprefix("gazetteer "))
        report.actions.append(f"{problem}; removed (the backup keeps it): import it again")
    if report.backup is not None:
        ctx.out.write(f"backed up to {report.backup}\n")
    for action in report.actions:
        ctx.out.write(f"repaired: {action}\n")
    for left in report.left:
        ctx.out.write(f"left: {left}\n")


def _never_a_database(location: str) -> bool:
    """Whether a folder that does not open holds no sign it ever was a database: no metadata file
    and no backups beside it (one that lost its metadata file has its backups, and is repaired)."""
    if is_server_location(location):
        return False
    from annotations.store.backup import list_backups

    root = Path(location).expanduser()
    return root.is_dir() and not (root / META_FILE).exists() and not list_backups(root)


def cmd_backup(ctx: Context) -> int:
    try:
        with Store.open(ctx.location, annotator=ctx.settings.annotator) as store:
            where = store.backup(ctx.args.reason, keep=ctx.settings.backups)
    except DatabaseLockedError as error:  # the app has it open: back up what it has saved
        where = _backup_beside_its_writer(ctx, error)
    if Path(where).is_dir():
        files = sum(1 for p in Path(where).rglob("*") if p.is_file() and not p.name.startswith("."))
        ctx.out.write(f"backed up {files} files to {where}\n")
    else:
        ctx.out.write(f"backed up to {where}\n")  # a server's archive (pg_dump)
    return 0


def _backup_beside_its_writer(ctx: Context, locked: DatabaseLockedError) -> str:
    from filelock import Timeout

    from annotations.store.backup import backup_while_written

    who = f"PID {locked.pid}" if locked.pid else "another process"
    try:
        made = backup_while_written(Path(ctx.location).expanduser(), ctx.args.reason, keep=ctx.settings.backups)
    except Timeout:
        raise FieldmarkError(
            f"{locked.path} is open in {who}, which did not pause between "
            "two saves for 10 s: try again, or close it first"
        ) from None
    ctx.err.write(f"fieldmark: {who} has it open: backing up what it has saved\n")
    return str(made.path)


def cmd_restore(ctx: Context) -> int:
    from annotations.store.backup import list_backups
    from annotations.store.restoring import finish_pending_restore, restore

    if is_server_location(ctx.location):
        return _server_backups(ctx)
    path = Path(ctx.location).expanduser().resolve()
    finish_pending_restore(path)
    if ctx.args.backup is None:
        found = list_backups(path)
        if not found:
            ctx.out.write(f"no backups of {path}\n")
            return 0
        for backup in found:
            ctx.out.write(f"{backup.path.name}  {backup.reason:<16} {backup.files} files\n")
        return 0
    backup_path = ctx.args.backup if ctx.args.backup.is_dir() else backups_dir(path) / ctx.args.backup
    if not backup_path.is_dir():
        raise FieldmarkError(f"{ctx.args.backup}: no such backup; `fieldmark restore` lists them")
    if not ctx.args.force:
        _not_anothers(path, backup_path)
    before = restore(path, backup_path, keep=ctx.settings.backups)
    ctx.out.write(f"restored {backup_path.name}; the state before is kept as {before.path.name}\n")
    return 0


def _not_anothers(path: Path, backup: Path) -> None:
    """Refuse a backup kept beside another database when this one holds articles: a reviewer's
    `restore --db r2 r1.backups/…` replaced r2's articles with r1's without a word (its state
    before is kept, but nothing said so was wanted). Into a new or empty folder it is how a
    database is brought back elsewhere."""
    kept_in = backup.resolve().parent
    if kept_in == backups_dir(path):
        return
    try:
        with Store.open(path, readonly=True) as store:
            held = len(store)
    except (FieldmarkError, OSError):
        return  # none here, or one that does not open: what a restore is for
    if held:
        raise FieldmarkError(
            f"{backup} is a backup of another database ({kept_in.name.removesuffix('.backups')}), "
            f"and {path} holds {counted(held, 'article')} it would replace: --force to restore it all the same "
            "(the state before is kept as a backup)"
        )


def _server_backups(ctx: Context) -> int:
    """A server database's archives taken here (`fieldmark backup`, `check --repair`): listed;
    restored by whoever runs the server, with pg_restore (docs/team.md), not by Fieldmark, which
    would drop every analyst's work since."""
    from annotations.store.postgres.extras import kept_folder
    from annotations.store.postgres.url import describe_url

    where = describe_url(str(ctx.location))
    archives = sorted((kept_folder(where) / "backups").glob("*.dump"))
    if ctx.args.backup is None:
        if not archives:
            ctx.out.write(f"no backups of {where} on this machine\n")
        for archive in archives:
            ctx.out.write(f"{archive.name}  {archive.stat().st_size:,} bytes\n")
        return 0
    named = ctx.args.backup if ctx.args.backup.is_file() else kept_folder(where) / "backups" / ctx.args.backup
    if not named.is_file():
        raise FieldmarkError(f"{ctx.args.backup}: no such backup; `fieldmark restore --db {where}` lists them")
    raise FieldmarkError(
        "a server database is restored by whoever runs the server, every analyst's work since lost: "
        f"pg_restore --clean --dbname={_without_password(str(ctx.location))} {shlex.quote(str(named))}"
    )


def _without_password(url: str) -> str:
    """The server database's address as pg_restore takes it, its password left out (quoted for a
    shell: a socket's folder and options such as sslmode kept, which the shown address is not)."""
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    parts = conninfo_to_dict(url)
    parts.pop("password", None)
    return shlex.quote(make_conninfo("", **parts))


def _nested(source: str, destination: str) -> bool:
    """Whether one database folder would be inside the other (a newcomer's "copy copy1 copy1/sub"
    made a database inside the database, which its backups then copied)."""
    if "://" in source or "://" in destination:
        return False
    here, there = Path(source).resolve(), Path(destination).resolve()
    return here != there and (here in there.parents or there in here.parents)


def cmd_copy(ctx: Context) -> int:
    from annotations.exchange.copying import copy_database

    source, destination = ctx.args.source, ctx.args.destination
    if _nested(source, destination):
        ctx.err.write(f"{shown_location(destination)}: inside {shown_location(source)}; copy to a folder outside it\n")
        return 1
    with (
        Store.open(source, readonly=True, create=False) as reader,
        Store.open(destination, annotator=ctx.settings.annotator) as writer,
    ):
        total = len(reader)
        with ctx.progress(total) as bar:
            task = bar.add_task("copying", total=total) if bar else None

            def step(done: int, _total: int) -> None:
                if bar is not None:
                    bar.update(task, completed=done)

            report = copy_database(reader, writer, step)
    ctx.err.write(f"{report.line()} from {shown_location(source)} to {shown_location(destination)}\n")
    return 0
