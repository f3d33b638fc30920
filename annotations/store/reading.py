"""Reading a database that another process is writing: from a snapshot between two rounds.

A writer replaces files one by one within a round (the journal makes the round whole for the
writer and for a crash, not for a reader passing by). A reader that opens while a writer holds
the database therefore links every file into a private folder beside it while holding the round
lock, which the writer holds through each round: the links are taken between two rounds. Hard
links cost no copy, and since every write makes a new file, a link keeps the version it saw.
(Comparing inodes before and after, without a lock, is not enough: a file system hands a freed
inode number to the next new file.) A reader first takes its turn (a second lock, which the
writer passes through before each round), so a busy writer cannot keep it waiting for more than
a round. The snapshot goes when the reader closes.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

from filelock import FileLock, Timeout

from annotations.store.atomic import alive
from annotations.store.layout import LOCK_FILE, ROUND_LOCK_FILE, TURN_LOCK_FILE, is_data

WAIT_SECONDS = 10.0
"""How long a reader waits for the writer to finish a round before reading the folder as it is."""


def round_lock(root: Path) -> FileLock:
    """The lock a writer holds through one write round (released by the kernel if it dies)."""
    return FileLock(root / ROUND_LOCK_FILE, thread_local=False, poll_interval=0.005)


def turn_lock(root: Path) -> FileLock:
    """The lock a reader holds while it waits for a round to end; a writer waits for it to go."""
    return FileLock(root / TURN_LOCK_FILE, thread_local=False, poll_interval=0.005)


def being_written(root: Path) -> bool:
    """Whether another writer holds the database now (probing the lock without keeping it)."""
    probe = FileLock(root / LOCK_FILE, timeout=0, thread_local=False)
    try:
        probe.acquire(timeout=0)
    except Timeout:
        return True
    except OSError:
        return False  # the folder cannot even hold a lock file: nobody writes it
    probe.release(force=True)
    return False


def snapshot_of(root: Path) -> Path | None:
    """A private folder of hard links to the files as they are between two rounds, or None when
    none could be made (a read-only or foreign file system: read the folder itself then)."""
    _remove_dead_snapshots(root)
    target = root.parent / f".{root.name}.reading-{os.getpid()}-{uuid.uuid4().hex[:8]}"
    try:
        with turn_lock(root).acquire(timeout=WAIT_SECONDS), round_lock(root).acquire(timeout=WAIT_SECONDS):
            _link_all(root, target)
    except (Timeout, OSError):
        shutil.rmtree(target, ignore_errors=True)
        return None
    return target


@contextmanager
def between_rounds(root: Path) -> Iterator[None]:
    """Read several files of the live folder between two of a writer's rounds (an article's
    blocks, which one round may write one by one); if no writer holds it, or the locks cannot
    be had in time, read as it is."""
    with ExitStack() as held:
        if being_written(root):
            try:
                held.enter_context(turn_lock(root).acquire(timeout=WAIT_SECONDS))
                held.enter_context(round_lock(root).acquire(timeout=WAIT_SECONDS))
            except (Timeout, OSError):
                pass
        yield


def _link_all(root: Path, target: Path) -> None:
    target.mkdir()
    for source in root.rglob("*"):
        if not is_data(root, source):
            continue
        destination = target / source.relative_to(root)
        destination.parent.mkdir(parents=True, exist_ok=True)
        os.link(source, destination)


def _remove_dead_snapshots(root: Path) -> None:
    """Snapshots left by readers that were killed before they could let go of them."""
    for left in root.parent.glob(f".{root.name}.reading-*"):
        pid = left.name[len(root.name) + len(".reading-") + 1 :].split("-", 1)[0]
        if pid.isdigit() and not alive(int(pid)):
            shutil.rmtree(left, ignore_errors=True)


def let_go(snapshot: Path) -> None:
    shutil.rmtree(snapshot, ignore_errors=True)
