"""Atomic file replacement: temporary file, fsync, rename, fsync of the folder.

A reader (or a crash) sees either the old file or the new one, never a torn one.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable
from pathlib import Path

TEMP_SUFFIX = ".fieldmark-tmp"


def write_temp(path: Path, data: bytes, *, sync: bool = True) -> Path:
    """Write `data` beside `path` in a temporary file (fsynced unless `sync` is False); return
    the temp path. Named for this process and thread, so two threads writing one file never
    write into the same temporary."""
    if not path.parent.is_dir():
        path.parent.mkdir(parents=True, exist_ok=True)
        if sync:
            fsync_dir(path.parent.parent)  # the new folder's own entry, durable with its first file
    temp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}{TEMP_SUFFIX}")
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        view = memoryview(data)
        while view:
            written = os.write(fd, view)
            view = view[written:]
        if sync:
            os.fsync(fd)
    except BaseException:
        os.close(fd)
        unlink_quietly(temp)
        raise
    os.close(fd)
    return temp


def fsync_dir(folder: Path) -> None:
    """Make a rename inside `folder` durable."""
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def publish(pairs: Iterable[tuple[Path, Path]], *, sync: bool = True) -> None:
    """Rename each (temp, final) pair into place, then fsync every folder touched once."""
    folders: set[Path] = set()
    for temp, final in pairs:
        os.replace(temp, final)
        folders.add(final.parent)
    for folder in folders if sync else ():
        fsync_dir(folder)


def atomic_write(path: Path, data: bytes, *, sync: bool = True) -> None:
    """Replace `path` with `data` atomically, and durably unless `sync` is False (state that may
    be lost in a power cut, but must never be torn)."""
    temp = write_temp(path, data, sync=sync)
    try:
        publish([(temp, path)], sync=sync)
    except BaseException:
        unlink_quietly(temp)
        raise


def remove_stale_temps(folder: Path) -> int:
    """Delete temporary files a crashed writer left behind; return how many."""
    removed = 0
    if not folder.is_dir():
        return 0
    for where, _folders, names in os.walk(folder):  # half the time of rglob (5,000 articles: 5 ms)
        for name in names:
            if name.endswith(TEMP_SUFFIX):
                unlink_quietly(Path(where) / name)
                removed += 1
    return removed


def unlink_quietly(path: Path) -> None:
    """Remove a file if it is there; a file already gone or not removable is left to the next clean-up."""
    try:
        path.unlink()
    except OSError:
        pass


def private_temp(final: Path) -> Path:
    """A new, empty temporary file beside `final`, created exclusively (`O_CREAT|O_EXCL`, a random
    name, never through a link someone planted) and named for this process, so that
    `remove_dead_temps` can tell one left by a process that died."""
    import tempfile

    fd, name = tempfile.mkstemp(prefix=f".{final.name}.{os.getpid()}.", suffix=TEMP_SUFFIX, dir=final.parent)
    os.close(fd)
    return Path(name)


def remove_dead_temps(final: Path) -> int:
    """Delete the temporaries of `final` whose process is gone (a killed export); return how many."""
    removed = 0
    for temp in final.parent.glob(f".{final.name}.*{TEMP_SUFFIX}"):
        middle = temp.name[len(final.name) + 2 : -len(TEMP_SUFFIX)]
        pid = middle.split(".", 1)[0]
        if pid.isdigit() and not alive(int(pid)):
            unlink_quietly(temp)
            removed += 1
    return removed


def alive(pid: int) -> bool:
    """Whether a process with this PID runs (one of another user counts as running)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def as_the_user_makes(path: Path) -> None:
    """Give a file made private (`private_temp`) the mode of any other file the user makes: an
    export is theirs to share (brat's files were left readable by their owner alone)."""
    os.chmod(path, 0o666 & ~_umask())


def _umask() -> int:
    """The process's umask, read without changing it (os.umask would, for a moment, for every
    thread); 022 where the system does not say."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    return 0o022
