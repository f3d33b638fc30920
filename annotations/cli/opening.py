"""The default command: open the app on a database (importing any paths first), then make sure
every change made in it was saved. Apart from the other commands so that `fieldmark` loads
only what opening needs before the app's first frame (the exports' and claims' modules took
250 ms of it)."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

from annotations.cli.context import Context
from annotations.errors import ConflictError, FieldmarkError
from annotations.locations import seeds_dir
from annotations.store import Store
from annotations.text.quotes import counted

CLOSE_WAIT_SECONDS = 10.0
"""How long `fieldmark` waits, after the app, for saving that keeps failing (a disk full for a
moment) to work again before it says the last changes may not be saved."""
LATE_SAVE_SECONDS = 60.0
"""How long it waits for a save that is late without failing (a stalled network folder)."""


def cmd_open(ctx: Context) -> int:
    args = ctx.args
    open_app = ctx.open_app
    if open_app is None:
        raise FieldmarkError("the app is not available here; install fieldmark and run `fieldmark`")
    if args.annotator:  # the store's undo history and queue too, not only new annotations
        ctx = replace(ctx, settings=replace(ctx.settings, annotator=args.annotator))
    settings = ctx.settings
    store = (
        Store.open(ctx.location, readonly=True, annotator=settings.annotator, articles_later=True, from_last_read=True)
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
            asked = _articles_named(store, args.paths)  # `fieldmark 10c6b95f`: that article, no file
            if asked:
                settings = replace(settings, open_article=list(asked.values())[-1])
            paths = [p for p in args.paths if p not in asked] or ([seeds_dir()] if empty and not asked else [])
            if paths:
                said: list[str] = []

                def say(line: str) -> None:
                    said.append(line)
                    ctx.err.write(f"{line}\n")

                from annotations.exchange.intake import IntakeHooks, import_paths  # only with something to import

                summary = import_paths(store, paths, hooks=IntakeHooks(say=say))
                failed = summary.failed
                settings = replace(settings, open_article=summary.first)  # what was asked for, shown
                if summary.imported or summary.merged or summary.failed:
                    ctx.err.write(summary.line() + "\n")
                if failed and not summary.found:
                    ctx.err.write("fieldmark: nothing to open from those paths; the app was not started\n")
                    ctx.err.write(_meant_a_command(args.paths))
                    return 1
                if failed:  # the app covers the terminal: say it there too
                    settings = replace(settings, problems=(*settings.problems, *said, summary.line()))
                elif summary.found:
                    settings = replace(settings, notices=(*settings.notices, summary.line()))
        code = open_app(store, settings)
        if not store.readonly and not _all_saved(ctx, store):
            code = code or 1
    if store.start_backup_failure is not None:  # the app showed it; said here where it stays
        ctx.err.write(f"fieldmark: {store.start_backup_failure}\n")
    return code or (1 if failed else 0)


def _articles_named(store: Store, paths: list[Path]) -> dict[Path, str]:
    """The PATHs that are no file but an article's id or a unique prefix of it, with the id (a
    newcomer's `fieldmark 10c6b95f` was refused: "no such file or folder")."""
    named: dict[Path, str] = {}
    for path in paths:
        if path.exists() or len(path.parts) != 1 or not path.name.isalnum():
            continue
        try:
            named[path] = store.find_article(path.name).id
        except FieldmarkError:
            continue
    return named


def _meant_a_command(paths: list[Path]) -> str:
    """A hint when a missing PATH reads like a command ("fieldmark stats": `suggest --stats`)."""
    import difflib

    from annotations.cli.parser import COMMAND_NAMES

    for path in paths:
        name = str(path)
        if Path(name).exists() or "/" in name or "." in name:
            continue
        if name.lower() in ("stats", "statistics"):
            return "fieldmark: did you mean `fieldmark suggest --stats`? (`fieldmark --help` lists the commands)\n"
        close = difflib.get_close_matches(name.lower(), COMMAND_NAMES, n=1, cutoff=0.6)
        if close:
            return f"fieldmark: did you mean `fieldmark {close[0]}`? (`fieldmark --help` lists the commands)\n"
    return ""


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
