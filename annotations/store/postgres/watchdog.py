"""A server that stops answering without closing its connections is taken for away.

A server that is down refuses connections, and the store knows at once; a server that hangs (a
paused machine, a network that drops packets without a word) leaves every query waiting: a newcomer
pair's apps froze for a minute, keys and ctrl+c included, nothing kept for later, and no header
said the server was unreachable. The watchdog looks at each query that has run for a while; if a
new connection to the server cannot be opened either, it shuts the waiting connection's socket, so
the query fails as if the server had gone (and the step is kept here until it is back). A slow
query on a server that answers is left to finish.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any, TypeVar

import psycopg

PATIENCE = 3.0
"""Seconds a query runs before the watchdog asks whether the server still answers."""
PROBE_TIMEOUT = 2
"""Seconds a new connection may take to open, for the server to count as answering."""
TICK = 0.25
IDLE_SECONDS = 5.0
"""How long the watchdog's thread stays with nothing to watch before it ends."""

T = TypeVar("T")


class Watchdog:
    """One thread per store, looking at the connections its queries wait on."""

    def __init__(self, url: str, patience: float = PATIENCE) -> None:
        self._url, self._patience = url, patience
        self._watched: dict[int, tuple[float, psycopg.Connection[Any], int]] = {}
        """By the connection's id: when it is due, the connection, and which watch this is (a
        connection back in the pool and handed out again is watched anew: never cut for the last)."""
        self._watches = 0
        self._lock = threading.Lock()
        self._thread: threading.Thread | None = None

    @contextmanager
    def watching(self, connection: psycopg.Connection[Any]) -> Iterator[None]:
        """Watch `connection` while the block runs."""
        key = id(connection)
        with self._lock:
            self._watches += 1
            self._watched[key] = (time.monotonic() + self._patience, connection, self._watches)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="fieldmark-watchdog", daemon=True)
                self._thread.start()
        try:
            yield
        finally:
            with self._lock:
                self._watched.pop(key, None)

    def checked(self, check: Callable[[psycopg.Connection[Any]], T]) -> Callable[[psycopg.Connection[Any]], T]:
        """`check` (the pool's, of a connection it hands out: a query too) watched."""

        def watched(connection: psycopg.Connection[Any]) -> T:
            with self.watching(connection):
                return check(connection)

        return watched

    def _run(self) -> None:
        """Rounds while anything is watched; the thread ends after a while with nothing to watch
        (a store closed, a snapshot let go: none left behind), and the next watch starts another."""
        busy = time.monotonic()
        while True:
            time.sleep(TICK)
            with self._lock:
                if self._watched:
                    busy = time.monotonic()
                elif time.monotonic() - busy > IDLE_SECONDS:
                    self._thread = None
                    return
            self._round()

    def _round(self) -> None:
        """Look at the watched connections once: those due are cut if the server answers no new one."""
        now = time.monotonic()
        with self._lock:
            due = [(key, watch) for key, watch in self._watched.items() if watch[0] <= now]
        if not due:
            return
        answering = self._answers()  # up to PROBE_TIMEOUT: the watches may end, and begin again, meanwhile
        with self._lock:
            for key, (_deadline, connection, which) in due:
                held = self._watched.get(key)
                if held is None or held[2] != which:
                    continue  # done meanwhile (and perhaps another query's now)
                if answering:
                    self._watched[key] = (time.monotonic() + self._patience, connection, which)
                else:
                    del self._watched[key]
                    cut(connection)

    def _answers(self) -> bool:
        """Whether the server answers a new connection: made, or refused with a reason of its own
        (too many clients, a login refused: it is there, only busy or strict); not when nothing
        comes back in time, or nothing listens."""
        try:
            with psycopg.connect(self._url, autocommit=True, connect_timeout=PROBE_TIMEOUT):
                pass  # made: a backend started and answered (a query could wait on a server paused since)
        except psycopg.Error as error:  # libpq gives no SQLSTATE here: the server's own refusals say FATAL
            return "FATAL" in str(error)  # not a host not found, a network unreachable, a time-out
        return True


def cut(connection: psycopg.Connection[Any]) -> None:
    """Shut the connection's socket: what waits on it fails at once, as on a server gone."""
    try:
        with socket.socket(fileno=os.dup(connection.fileno())) as sock:
            sock.shutdown(socket.SHUT_RDWR)
    except (OSError, psycopg.Error):
        pass  # closed meanwhile
