"""Leaving when the terminal does: an SSH connection drops, `tmux kill-session`, a closed window.

A hang-up usually comes as SIGHUP (the app saves and exits on it), but not always: a process
without a controlling terminal, or one whose shell did not pass the signal on, only sees its
terminal vanish. Textual's input thread then spins on end-of-file (or stops on EIO) and the app
would live on, holding the database's writer lock. This watch polls the terminal for hang-up and
error (without reading it, which stays Textual's job) and asks the app to save and exit.
"""

from __future__ import annotations

import os
import select
import sys
import threading
from collections.abc import Callable

GONE = select.POLLHUP | select.POLLERR | select.POLLNVAL
INTERVAL_MS = 100


class TerminalWatch:
    """Calls `on_gone` (from its own thread) once the terminal on `fd` hangs up or fails."""

    def __init__(self, on_gone: Callable[[], None], fd: int | None = None) -> None:
        self.on_gone = on_gone
        self.fd = sys.__stdin__.fileno() if fd is None and sys.__stdin__ is not None else fd
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="terminal-watch", daemon=True)

    def start(self) -> bool:
        """Start watching; False (nothing watched) when input is not a terminal (tests, pipes)."""
        if self.fd is None or not os.isatty(self.fd):
            return False
        self._thread.start()
        return True

    def stop(self) -> None:
        self._stop.set()

    def _watch(self) -> None:
        assert self.fd is not None
        poller = select.poll()
        poller.register(self.fd, GONE)  # no POLLIN: the input is read by Textual, not here
        while not self._stop.is_set():
            try:
                events = poller.poll(INTERVAL_MS)
            except OSError:
                events = [(self.fd, select.POLLERR)]
            if any(mask & GONE for _fd, mask in events):
                self.on_gone()
                return


def mute_output() -> None:
    """The terminal is gone: what is still written to it (Textual restoring it, a warning at
    exit, Python flushing its streams) goes nowhere, instead of failing. A failed flush at exit
    made the process end with status 120 though it had saved and released the database."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
    except OSError:
        return
    for fd in (1, 2):
        try:
            os.dup2(devnull, fd)
        except OSError:
            pass  # closed already: nothing will be written there
    os.close(devnull)
