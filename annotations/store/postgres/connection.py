"""A server store's connection: a pool for the work, a listener for the others' changes, and what
happens when the server cannot be reached (reads show what was read last, steps wait, see
`offline`); only a connection that is gone counts as lost, not a deadlock or a refused lock."""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

import psycopg
from psycopg.rows import dict_row
from psycopg_pool import ConnectionPool, PoolTimeout

from annotations.errors import NOTHING_SAVED, ConflictError, ConnectionLostError, StoreError
from annotations.store.interface import ErrorCallback
from annotations.store.postgres.live import Changed, Listener
from annotations.store.postgres.offline import OfflineQueue
from annotations.store.postgres.records import Connection
from annotations.store.postgres.watchdog import Watchdog

PROBE_SECONDS = 2.0
"""How often a store without a listener asks whether a lost server is back."""
READS_KEPT = 2_000
"""Queries whose last rows are kept for an outage (an article's annotations are one)."""

T = TypeVar("T")

logging.getLogger("psycopg").addHandler(logging.NullHandler())
"""The pool's warnings (a connection it failed to make) are ours to say, once and in our words:
never printed over the app's screen by logging's last-resort handler."""


class ServerConnection:
    """Mixed into `PostgresStore`: its pool, listener and the server's state."""

    url: str
    _where: str
    _pool: ConnectionPool
    _watchdog: Watchdog
    _origin: str
    _error_handler: ErrorCallback | None
    _write_error: BaseException | None
    _listener: Listener | None
    _probed: float
    _last_reads: OrderedDict[tuple[str, tuple[Any, ...]], list[dict[str, Any]]]
    _queue: OfflineQueue

    def _send_queued(self) -> None:
        raise NotImplementedError

    def _back_again(self, *, now: bool = False) -> bool:
        """Whether a server that was away is back, asked at most every few seconds when no
        listener says so (a command, a script), or `now` (a flush): it is then told and sent what
        waits."""
        if not now and (self._listener is not None or time.monotonic() - self._probed < PROBE_SECONDS):
            return False
        self._probed = time.monotonic()
        try:
            with psycopg.connect(self.url, autocommit=True, connect_timeout=2):
                pass
        except psycopg.Error:
            return False
        self._connection_state(None)
        if len(self._queue):
            self._send_queued()
        return True

    def watch(self, changed: Changed | None) -> None:
        if self._listener is not None:
            self._listener.stop()
            self._listener = None
        if changed is not None:
            self._listener = Listener(self.url, self._origin, changed, self._connection_state, self._watchdog)

    def _connection_state(self, error: BaseException | None) -> None:
        """The server lost (an error) or back (None): said to whoever set an error handler (the
        app then flushes, on its own thread, which sends what waits: the listener's thread never
        writes). A loss is said once, however many parts find it."""
        if error is not None and isinstance(self._write_error, ConnectionLostError):
            return  # lost already (a start from what was read last, the listener's and a read's): said once
        self._write_error = None if error is None else ConnectionLostError(f"{self._where}: {one_line(error)}")
        if self._error_handler is not None:
            self._error_handler(self._write_error)

    def _query(self, sql: str, parameters: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Rows from the server; while it cannot be reached, the rows the same query read last
        (the screen keeps showing what it showed; changes wait, see `_record`)."""
        key = (sql, tuple(parameters))
        if self._write_error is None or self._back_again():
            try:
                with self._pool.connection() as connection, self._watchdog.watching(connection):
                    with connection.cursor(row_factory=dict_row) as cursor:
                        cursor.execute(sql, parameters)  # type: ignore[arg-type]
                        rows = cursor.fetchall()
            except (psycopg.OperationalError, PoolTimeout) as error:
                if not connection_lost(error):
                    raise StoreError(f"{self._where}: {one_line(error)}") from None
                lost: ConnectionLostError = self._lost(error)
            else:
                self._last_reads[key] = rows
                self._last_reads.move_to_end(key)
                if len(self._last_reads) > READS_KEPT:
                    self._last_reads.popitem(last=False)
                return rows
        else:
            lost = ConnectionLostError(f"{self._where}: the server cannot be reached; nothing was read")
        if key in self._last_reads:
            return self._last_reads[key]
        raise lost

    @contextmanager
    def _transaction(self) -> Iterator[Connection]:
        """A pooled connection inside one transaction: committed when the block ends, rolled back
        when it raises. While the server is known to be away, refused at once (no wait for the pool)."""
        if self._write_error is not None and not self._back_again():
            raise ConnectionLostError(f"{self._where}: the server cannot be reached")
        try:
            with self._pool.connection() as connection, self._watchdog.watching(connection), connection.transaction():
                yield connection
        except (psycopg.OperationalError, PoolTimeout) as error:
            if not connection_lost(error):
                raise StoreError(f"{self._where}: {one_line(error)}{NOTHING_SAVED}") from None
            raise self._lost(error) from None
        except psycopg.errors.UniqueViolation:  # another's step made the same record in the same instant
            raise ConflictError(f"someone else saved the same record a moment ago{NOTHING_SAVED}") from None
        except psycopg.Error as error:  # a constraint, a bad value: the step cannot be saved as it is
            raise StoreError(f"{self._where}: {one_line(error)}{NOTHING_SAVED}") from None

    def _lost(self, error: BaseException) -> ConnectionLostError:
        """A server that cannot be reached, in one line."""
        self._connection_state(error)
        return ConnectionLostError(f"{self._where}: the server cannot be reached ({one_line(error)})")


def tried_again_if_chosen(work: Callable[[], T]) -> T:
    """`work` (one transaction), tried again up to three times when the server chose it as a
    deadlock's victim: two analysts' steps that lock the same rows (entities, a first tag's article)
    in another order. Its other errors are the step's own."""
    for attempt in range(3):
        try:
            return work()
        except StoreError as error:
            if attempt == 2 or not rolled_back(error.__context__):
                raise
    raise AssertionError("unreachable")


def rolled_back(error: BaseException | None) -> bool:
    """Whether the server rolled the transaction back for another's sake (SQLSTATE class 40: a
    deadlock, a serialization failure). psycopg's DeadlockDetected is not a TransactionRollback:
    steps chosen as a deadlock's victim were said as the server's error, never tried again."""
    return str(getattr(error, "sqlstate", None) or "").startswith("40")


LOST_STATES = ("08", "57P01", "57P02", "57P03")
"""SQLSTATEs of a connection that is gone (class 08; the server shutting down or starting)."""


def connection_lost(error: BaseException) -> bool:
    """Whether an error says the server cannot be reached (not a deadlock, a cancelled query, a
    lock not granted: those are this step's, and the server is there)."""
    if isinstance(error, PoolTimeout):
        return True
    state = getattr(error, "sqlstate", None)
    return state is None or any(state.startswith(prefix) for prefix in LOST_STATES)


def one_line(error: BaseException) -> str:
    """A server's error as one line (connection errors come in several)."""
    return " ".join(str(error).split())[:300] or type(error).__name__
