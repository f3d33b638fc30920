"""The single writer: takes batches of file operations and makes them durable in the background.

Callers `submit` operations and go on at once; a thread writes them. Each round first writes
a journal (the round's operations, atomically), then applies them to the TinyDB files and
replaces each changed file atomically, then removes the journal. A crash at any point leaves
either the old state or a journal that `journal.replay_journal` finishes on the next open, so changes
that span files (an annotation, its article's counts, the undo history) land together.
A failed write (full disk, read-only folder) keeps the operations, reports the error and
retries; nothing already on disk is touched until a round succeeds.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

from annotations.store.journal import write_journal
from annotations.store.reading import round_lock, turn_lock
from annotations.store.tinyfiles import FileSet, Op

ErrorCallback = Callable[[BaseException | None], None]


class Writer:
    """Background writer with acknowledgements: `durable_seq` is the last batch on disk."""

    RETRY_SECONDS = (0.05, 0.2, 0.5, 1.0, 2.0)

    def __init__(
        self,
        files: FileSet,
        journal: Path,
        *,
        on_error: ErrorCallback | None = None,
    ) -> None:
        self._files = files
        self._journal = journal
        self._round_lock = round_lock(journal.parent)
        self._turn_lock = turn_lock(journal.parent)
        self.on_error = on_error
        self.may_write = threading.Event()
        """Cleared while the startup backup links the files: the gate inside this process, where
        the file locks (flock) may not exclude each other (NFS imitates them per process)."""
        self.may_write.set()
        self._pending: list[tuple[int, list[Op]]] = []
        self._condition = threading.Condition()
        self._submitted = 0
        self.durable_seq = 0
        self.last_error: BaseException | None = None
        self._closing = False
        self._thread = threading.Thread(target=self._run, name="fieldmark-writer", daemon=True)
        self._thread.start()

    def submit(self, ops: list[Op]) -> int:
        """Queue operations; returns the sequence number that `durable_seq` will reach."""
        if not ops:
            return self._submitted
        with self._condition:
            if self._closing:
                raise RuntimeError("the writer is closed")
            self._submitted += 1
            self._pending.append((self._submitted, ops))
            self._condition.notify_all()
            return self._submitted

    def flush(self, timeout: float | None = None) -> bool:
        """Wait until everything submitted so far is durable; False on timeout."""
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._condition:
            target = self._submitted
            while self.durable_seq < target:
                remaining = None if deadline is None else deadline - time.monotonic()
                if remaining is not None and remaining <= 0:
                    return False
                self._condition.wait(remaining)
            return True

    def close(self, timeout: float | None = 10.0) -> bool:
        """Flush and stop the thread; True when everything reached the disk. A writer whose
        saves fail is not waited for again: closing, it stops after its last retries."""
        flushed = self.flush(timeout if self.last_error is None else 0)
        with self._condition:
            self._closing = True
            self._condition.notify_all()
        self._thread.join(timeout)
        return flushed and self.durable_seq >= self._submitted

    @property
    def stopped(self) -> bool:
        """Whether the thread has ended: no round of it can be half written any more."""
        return not self._thread.is_alive()

    def _run(self) -> None:
        failures = 0
        while True:
            with self._condition:
                while not self._pending and not self._closing:
                    self._condition.wait()
                if not self._pending and self._closing:
                    return
                batches = list(self._pending)
            try:
                self._write_round([op for _seq, ops in batches for op in ops])
            except Exception as error:
                failures += 1
                self._report(error)
                delay = self.RETRY_SECONDS[min(failures, len(self.RETRY_SECONDS)) - 1]
                with self._condition:
                    if self._closing and failures > len(self.RETRY_SECONDS):
                        return  # give up at close; the journal or memory keeps the rest
                    self._condition.wait(delay)
                continue
            if failures:
                failures = 0
                self._report(None)
            with self._condition:
                del self._pending[: len(batches)]
                self.durable_seq = batches[-1][0]
                self._condition.notify_all()

    def _write_round(self, ops: list[Op]) -> None:
        self.may_write.wait()
        with self._turn_lock:
            pass  # a reader waiting for a snapshot goes first
        with self._round_lock:  # a reader taking a snapshot waits for the round to end
            write_journal(self._journal, ops)
            self._files.apply_all(ops)
            self._files.commit()
            self._journal.unlink(missing_ok=True)

    def _report(self, error: BaseException | None) -> None:
        self.last_error = error
        if self.on_error is not None:
            try:
                self.on_error(error)
            except Exception:
                pass
