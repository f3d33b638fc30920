"""Hearing what the other analysts change, as they change it (PostgreSQL's LISTEN/NOTIFY).

Every step a store commits also notifies the channel, in the same transaction (so the message
goes out exactly when the change is visible), with the ids of the articles it touched and the
store that made it. A `Listener` holds one connection of its own, listening, and tells its
callback (on its own thread) of the articles others changed. When the connection drops it says
so (`on_error`), tries again every few seconds, and once back tells the callback that anything may
have changed (None): what was missed meanwhile is read again, not replayed.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterable
from contextlib import nullcontext
from typing import Any

import psycopg

from annotations.store.changes import Change
from annotations.store.postgres.watchdog import Watchdog

CHANNEL = "fieldmark_changes"
MAX_IDS = 200
"""More articles than this in one step (a merge across the corpus) are sent as "everything"
(a notification holds at most 8,000 bytes)."""
RETRY_SECONDS = 2.0
CONNECT_SECONDS = 5
"""How long the listening connection may take to open."""
HEARTBEAT_SECONDS = 5.0
"""How often the listener asks the server whether it still answers (see `watchdog`)."""

Changed = Callable[[frozenset[str] | None], None]
"""Told the ids of the articles others changed, or None for "anything may have changed"."""


def shown_otherwise(change: Change) -> bool:
    """Whether a step's change of an entity alters what the others' screens show of it (its name,
    kind, type, province or point), not only what it learns: a tag in new words adds an alias,
    and each such tag had every article naming the entity read again, on every analyst's app."""
    if change.record != "entity" or change.before is None or change.after is None:
        return False
    return _as_shown(change.before) != _as_shown(change.after)


def _as_shown(record: dict[str, Any]) -> dict[str, Any]:
    details = {k: v for k, v in (record.get("details") or {}).items() if k != "aliases"}
    return {**{k: v for k, v in record.items() if k not in ("details", "modified")}, "details": details}


def notify(connection: psycopg.Connection[Any], origin: str, article_ids: Iterable[str]) -> None:
    """Tell the listeners, inside the caller's transaction, which articles it changes (none: only
    entities changed, which an open entities view reads again)."""
    ids = sorted(set(article_ids))
    payload = {"origin": origin, "articles": ids if len(ids) <= MAX_IDS else None}
    connection.execute("SELECT pg_notify(%s, %s)", (CHANNEL, json.dumps(payload)))


class Listener:
    """One thread, one connection, listening for the other stores' changes."""

    def __init__(
        self,
        url: str,
        origin: str,
        changed: Changed,
        on_error: Callable[[BaseException | None], None],
        watchdog: Watchdog | None = None,
    ):
        self._url, self._origin, self._changed, self._on_error = url, origin, changed, on_error
        self._watchdog = watchdog
        self._stop = threading.Event()
        self._listening = threading.Event()
        self._thread = threading.Thread(target=self._run, name="fieldmark-listen", daemon=True)
        self._thread.start()
        # Back only once listening (or failed to): a change made in between was not heard, and
        # what the caller reads next must already be covered by what it will hear.
        self._listening.wait(CONNECT_SECONDS + 1)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=3)

    def _run(self) -> None:
        lost = False
        while not self._stop.is_set():
            try:
                with psycopg.connect(self._url, autocommit=True, connect_timeout=CONNECT_SECONDS) as connection:
                    self._asked(connection, f"LISTEN {CHANNEL}")  # a server hanging now: found out too
                    self._listening.set()
                    if lost:  # back: what happened meanwhile is read again
                        lost = False
                        self._on_error(None)
                        self._changed(None)
                    self._listen(connection)
            except psycopg.Error as error:
                self._listening.set()  # not listening, but the caller waits no more
                if not lost:
                    lost = True
                    self._on_error(error)
                self._stop.wait(RETRY_SECONDS)

    def _listen(self, connection: psycopg.Connection[Any]) -> None:
        asked = time.monotonic()
        while not self._stop.is_set():
            for message in connection.notifies(timeout=0.5):
                heard = _heard(message.payload, self._origin)
                if heard is not False:
                    self._changed(heard)  # type: ignore[arg-type]
            if self._watchdog is not None and time.monotonic() - asked > HEARTBEAT_SECONDS:
                asked = time.monotonic()  # a server that hangs sends nothing: asked, it is found out
                self._asked(connection, "SELECT 1")

    def _asked(self, connection: psycopg.Connection[Any], sql: str) -> None:
        """`sql` run with the watchdog looking: a server that hangs while it waits is cut off and
        the wait fails (a listener that hung at its LISTEN heard nothing again, and said nothing)."""
        with nullcontext() if self._watchdog is None else self._watchdog.watching(connection):
            connection.execute(sql)  # type: ignore[arg-type]


def _heard(payload: str, origin: str) -> frozenset[str] | bool | None:
    """The articles a notification names (None: any), or False for our own or an unreadable one."""
    try:
        message = json.loads(payload)
    except ValueError:
        return False
    if not isinstance(message, dict) or message.get("origin") == origin:
        return False
    articles = message.get("articles")
    return None if articles is None else frozenset(str(a) for a in articles)
