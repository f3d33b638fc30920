"""One writer per database: an OS file lock plus the holder's PID for the message.

The lock is `flock`-based (filelock), so the kernel releases it when the holder dies: a
lock left by a killed process is taken over on the next open without any clean-up.
"""

from __future__ import annotations

import os
from pathlib import Path

from filelock import FileLock, Timeout

from annotations.errors import DatabaseLockedError
from annotations.store.atomic import atomic_write
from annotations.store.layout import LOCK_FILE, PID_FILE


class WriterLock:
    """Held by the one process that may write a database."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._lock = FileLock(root / LOCK_FILE, timeout=0, thread_local=False)

    def acquire(self) -> None:
        """Take the lock or raise DatabaseLockedError naming the holder's PID."""
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            raise DatabaseLockedError(self.root, holder_pid(self.root)) from None
        try:
            atomic_write(self.root / PID_FILE, f"{os.getpid()}\n".encode())
        except OSError:
            pass  # the PID only improves the message another process shows

    def release(self) -> None:
        if self._lock.is_locked:
            (self.root / PID_FILE).unlink(missing_ok=True)
            self._lock.release(force=True)


def holder_pid(root: Path) -> int | None:
    """The PID written by the current (or last) writer, if readable."""
    try:
        return int((root / PID_FILE).read_text().strip())
    except (OSError, ValueError):
        return None
