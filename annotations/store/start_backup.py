"""The backup `fieldmark` makes when it opens a database with articles in it, made in the
background so that the app does not wait for it: at 5,000 articles, with the list read first
and an old backup pruned, `fieldmark` drew its first frame 1.6-1.9 s after it was started.

The writer is held at its gate from the open: its first round waits until the files are linked,
so the backup holds the database as it was opened (no other process writes while this one holds
the writer's lock, and a reader's snapshot only reads, so no file lock is needed: holding the
readers' locks while waiting made another process's `fieldmark list` wait up to 2 s). The thread
waits for the list of articles to be read and checked (the app reads it after its first frame;
else at close, or after `START_BACKUP_WAIT`, the thread reads it): a damaged catalog is never
backed up over the good backups. Old backups are pruned, and the new one copied, after the
writer is let go. A backup that cannot be made (a full disk) does not stop the analyst's work,
but is told: to the app, which shows it, and by `fieldmark` on the terminal when the app ends.
A mixin of `FolderStore`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from annotations.store.loaded import LoadedCorpus

if TYPE_CHECKING:
    from annotations.store.writer import Writer

_TELLING = threading.Lock()
"""Guards who was told of a failed startup backup (rare: one lock for every store)."""
START_BACKUP_WAIT = 2.0
"""How long the startup backup waits for the app to read the list of articles before reading it."""


class StartBackup:
    """The startup backup of a folder store (see the module)."""

    root: Path
    _corpus: LoadedCorpus
    _writer: Writer | None
    _start_backup: threading.Thread | None
    _closing: threading.Event
    _linked: threading.Event
    _start_backup_failure: str | None = None
    _on_start_backup_failure: Callable[[str], None] | None = None
    _start_backup_told: Callable[[str], None] | None = None

    def _writable(self) -> None:
        raise NotImplementedError

    def backup_at_start(self, keep: int) -> None:
        """Hold the writer, and make the backup in a thread (see the module)."""
        self._writable()
        if self._writer is not None:
            self._writer.may_write.clear()
        self._start_backup = threading.Thread(
            target=self._back_up_at_start, args=(keep,), name="start-backup", daemon=True
        )
        self._start_backup.start()

    @property
    def start_backup_failure(self) -> str | None:
        return self._start_backup_failure

    def when_start_backup_fails(self, handler: Callable[[str], None] | None) -> None:
        with _TELLING:
            self._on_start_backup_failure = handler
        self._tell_start_backup_failure()

    def _start_backup_failed(self, error: BaseException) -> None:
        with _TELLING:
            self._start_backup_failure = f"the startup backup could not be made ({error})"
        try:
            self._tell_start_backup_failure()
        except Exception:  # the app is closing: fieldmark says it on the terminal
            pass

    def _tell_start_backup_failure(self) -> None:
        """The failure, to the handler set, once (the thread failing and the app setting its
        handler at the same moment told it twice)."""
        with _TELLING:
            handler, failure = self._on_start_backup_failure, self._start_backup_failure
            if handler is None or failure is None or handler is self._start_backup_told:
                return
            self._start_backup_told = handler
        handler(failure)

    def _back_up_at_start(self, keep: int) -> None:
        """Links, then lets the writer go; prunes and copies after. Nothing here
        may end in a traceback over the app: a backup that fails is told, and the next start tries."""
        from annotations.store.backup import detach, make_backup, prune

        made = None
        try:
            deadline = time.monotonic() + START_BACKUP_WAIT
            while not self._corpus.catalog_was_read.wait(0.05) and not self._closing.is_set():
                if time.monotonic() > deadline:
                    break
            self._corpus.summaries  # noqa: B018 (read and checked, if nothing read it yet)
        except Exception:  # a damaged catalog: the app ends on it, and says why
            pass
        else:
            try:
                made = make_backup(self.root, "start", keep=None, detached=False)
            except Exception as error:  # no room, no permission: told, and the next start tries
                self._start_backup_failed(error)
        finally:
            self._linked.set()
            if self._writer is not None:
                self._writer.may_write.set()
        try:
            if made is not None:
                prune(self.root, keep)
                detach(made.path)
        except Exception:  # pruned, or copied, at the next start
            pass
