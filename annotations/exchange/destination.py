"""Where `export -o PATH` writes: a regular file is replaced atomically, a stream is written through.

A FIFO, a character device (/dev/null, a terminal) or a name for an open descriptor
(/dev/stdout, /dev/fd/N, /proc/self/fd/N) is a reader waiting, not a file to replace: `--force`
replaced them with a regular file (as root, /dev/full itself), and `-o /dev/stdout` was refused
as "already exists". They are now written through, `--force` or not. A block device or a socket
is refused: an export is no disk image.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable
from pathlib import Path
from typing import IO

from annotations.errors import FieldmarkError
from annotations.store.atomic import as_the_user_makes, fsync_dir, private_temp, remove_dead_temps

Write = Callable[[IO[bytes]], int]
"""Writes the export into an open binary file; returns what it counts (articles, events)."""

DESCRIPTOR_NAME = re.compile(r"/dev/(stdout|stderr|stdin|fd/\d+)|/proc/(self|thread-self|\d+)/fd/\d+")
"""Names of a descriptor this process already holds: the shell opened (and perhaps truncated) it."""

LINK_HOPS = 16
"""Symbolic links followed to tell a descriptor's name behind one (/dev/stdout -> /proc/self/fd/1)."""


def write_to(destination: Path, write: Write, *, force: bool) -> int:
    """Write the export to `destination`; errors name the path the user gave."""
    try:
        if is_stream(destination):
            return _write_through(destination, write)
        return _replace(destination, write, force=force)
    except PermissionError:
        raise FieldmarkError(f"{destination}: permission denied") from None
    except OSError as error:
        raise FieldmarkError(f"{destination}: {error.strerror or error}") from None


def is_stream(destination: Path) -> bool:
    """Whether `destination` is written through: a descriptor's name, a FIFO or a character
    device (FieldmarkError for a block device or a socket)."""
    if _names_a_descriptor(destination):
        return True
    try:
        mode = destination.stat().st_mode
    except OSError:
        return False  # not there (yet): a new regular file
    if stat.S_ISBLK(mode) or stat.S_ISSOCK(mode):
        raise FieldmarkError(f"{destination}: is a {'block device' if stat.S_ISBLK(mode) else 'socket'}, not a file")
    return stat.S_ISFIFO(mode) or stat.S_ISCHR(mode)


def _names_a_descriptor(destination: Path) -> bool:
    path = Path(os.path.abspath(destination))
    for _ in range(LINK_HOPS):
        if DESCRIPTOR_NAME.fullmatch(str(path)):
            return True
        if not path.is_symlink():
            return False
        path = Path(os.path.abspath(path.parent / os.readlink(path)))
    return False


def _write_through(destination: Path, write: Write) -> int:
    """Appending: a descriptor's file the shell opened with `>>` keeps what it held, one opened
    with `>` was emptied already (a FIFO or a device has no end to append to)."""
    with open(destination, "ab") as handle:
        count = write(handle)
        handle.flush()
    return count


def _replace(destination: Path, write: Write, *, force: bool) -> int:
    if destination.is_dir():
        raise FieldmarkError(f"{destination}: is a folder")
    if destination.exists() and not force:
        raise FieldmarkError(f"{destination}: already exists; use --force to replace it")
    parent = destination.parent if str(destination.parent) else Path(".")
    if not parent.is_dir():
        raise FieldmarkError(f"{parent}: no such folder")
    remove_dead_temps(destination)
    temp = private_temp(destination)
    try:
        with open(temp, "r+b") as handle:
            count = write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        as_the_user_makes(temp)
        os.replace(temp, destination)
        fsync_dir(parent)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return count
