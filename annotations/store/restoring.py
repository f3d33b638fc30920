"""Making a database what a backup holds, all at once or not at all.

The backup is first copied whole into a new folder beside the database (`<db>.restoring`). Then
a marker beside the database (`<db>.restore.json`) records the swap, the database folder is
renamed aside (`<db>.replaced`), and the new folder renamed into its place. The folder set aside
becomes the "before-restore" backup, so a restore can itself be undone, and old backups are
pruned last, never the one being restored. A process killed at any step leaves a marker that the
next open (or restore) finishes or rolls back: the database is always the old one or the
restored one, never a mix.
"""

from __future__ import annotations

import os
import shutil
from datetime import UTC, datetime
from pathlib import Path

import orjson
from filelock import FileLock

from annotations.errors import FieldmarkError
from annotations.store.atomic import atomic_write, fsync_dir
from annotations.store.backup import DEFAULT_KEEP, Backup, database_files, list_backups, prune
from annotations.store.layout import META_FILE, backups_dir
from annotations.store.lock import WriterLock


def _sibling(root: Path, suffix: str) -> Path:
    return root.parent / f"{root.name}.{suffix}"


def restore(root: Path, backup: Path, *, keep: int = DEFAULT_KEEP) -> Backup:
    """Make the database at `root` what `backup` holds; returns the backup of the state before.
    Refused while another process writes the database."""
    root = root.resolve()
    backup = backup.resolve()
    if not (backup / META_FILE).exists():
        raise FieldmarkError(f"{backup}: not a Fieldmark backup (no fieldmark.json)")
    with FileLock(_sibling(root, "restore.lock"), timeout=0):
        finish_pending_restore(root, locked=True)
        lock = WriterLock(root)
        lock.acquire()  # nobody writes from the copy to the swap (its lock goes aside with it)
        try:
            before = _swap(root, _copy(backup, _sibling(root, "restoring")))
        finally:
            lock.release()
    prune(root, max(keep, 2), spare=(backup, before.path))
    return before


def _copy(backup: Path, target: Path) -> Path:
    """The backup's files, copied whole and synced, in a new folder beside the database."""
    shutil.rmtree(target, ignore_errors=True)
    for source in database_files(backup):
        destination = target / source.relative_to(backup)
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, destination)
        with destination.open("rb") as handle:
            os.fsync(handle.fileno())
    for folder in {p.parent for p in target.rglob("*")} | {target}:
        fsync_dir(folder)
    fsync_dir(target.parent)
    return target


def _swap(root: Path, fresh: Path) -> Backup:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    before = backups_dir(root) / f"{stamp}-before-restore"
    marker = _sibling(root, "restore.json")
    plan = {"new": fresh.name, "old": _sibling(root, "replaced").name, "before": str(before)}
    atomic_write(marker, orjson.dumps(plan))
    _roll_forward(root, marker)
    return Backup(before, stamp, "before-restore", len(database_files(before)))


def _roll_forward(root: Path, marker: Path) -> None:
    """From whichever step a restore was at: the old folder aside, the new one in its place, the
    old one kept as a backup, the marker gone."""
    plan = orjson.loads(marker.read_bytes())
    fresh, old, before = root.parent / plan["new"], root.parent / plan["old"], Path(plan["before"])
    if root.exists() and fresh.exists():
        os.replace(root, old)
        fsync_dir(root.parent)
    if fresh.exists() and not root.exists():
        os.replace(fresh, root)
        fsync_dir(root.parent)
    if old.exists():
        before.parent.mkdir(parents=True, exist_ok=True)
        for stale in (old / "writer.lock", old / "writer.pid"):
            stale.unlink(missing_ok=True)
        os.replace(old, before)
        fsync_dir(before.parent)
    marker.unlink(missing_ok=True)
    fsync_dir(root.parent)


def finish_pending_restore(root: Path, *, locked: bool = False) -> bool:
    """Finish a restore that a killed process left half done; True if there was one. Before the
    swap began (the copy may be incomplete) it is rolled back; from the swap on, forward."""
    marker = _sibling(root, "restore.json")
    fresh = _sibling(root, "restoring")
    if not marker.exists() and not fresh.exists():
        return False
    if not locked:
        with FileLock(_sibling(root, "restore.lock"), timeout=10):
            return finish_pending_restore(root, locked=True)
    if marker.exists():
        _roll_forward(root, marker)
    else:
        shutil.rmtree(fresh, ignore_errors=True)  # the copy was not finished: the old database stands
    return True


def restorable(root: Path) -> list[Backup]:
    """The backups of the database at `root`, newest first."""
    return list_backups(root.resolve())
