"""A server that hangs (paused, or a network that drops packets without a word) is taken for away,
as one that is down: a newcomer pair's apps froze for a minute, keys and ctrl+c included, no header
said the server was unreachable, and nothing was kept for later. On the real server the suite
starts, paused with SIGSTOP (its backends too) and resumed."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import pytest

from annotations.errors import ConnectionLostError
from annotations.model import Article
from annotations.store.postgres.store import PostgresStore

from ...postgres_server import shared_server
from .team_server import mention
from .test_postgres_races import in_thread

ENOUGH = 120.0
"""Seconds after which a call still waiting counts as hung (it returns in a few when it works)."""


def _returns(call: Callable[[], Any]) -> Any:
    """What `call` returns, run on a thread: a call that never returns fails the test, not hangs it."""
    thread, outcome = in_thread(call)
    thread.join(ENOUGH)
    assert not thread.is_alive(), "the call still waits on a server that hangs"
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["done"]


def test_a_step_made_while_the_server_hangs_is_kept_here_and_sent_when_it_answers(url: str, article: Article) -> None:
    server = shared_server()
    assert server is not None
    ana = PostgresStore(url, readonly=False, create=True, annotator="ana")
    ana.add_article(article)
    told: list[BaseException | None] = []
    ana.set_error_handler(told.append)
    ana.watch(lambda articles: None)
    kunduz = mention(article, "Kunduz")
    ana.article(article.id), ana.annotations(article.id)  # read, as the app reads the article it opens
    server.pause()
    try:
        entry = _returns(lambda: ana.add_annotation(kunduz))
        assert entry.kept_here
        assert any(isinstance(t, ConnectionLostError) for t in told)
        assert _returns(lambda: ana.annotations(article.id)) is not None  # reads show what was read last
    finally:
        server.resume()
    assert ana.flush(30)
    assert [a.id for a in ana.annotations(article.id)] == [kunduz.id]
    ana.close()


def _told_when_lost(url: str, article: Article) -> tuple[PostgresStore, threading.Event]:
    """ana's store with her article, and what is set when she is told the server cannot be reached."""
    ana = PostgresStore(url, readonly=False, create=True, annotator="ana")
    ana.add_article(article)
    lost = threading.Event()
    ana.set_error_handler(lambda error: lost.set() if isinstance(error, ConnectionLostError) else None)
    return ana, lost


def test_the_listener_finds_a_server_that_hangs_with_nothing_asked(url: str, article: Article) -> None:
    """With no key pressed the header must still come to say the server cannot be reached."""
    server = shared_server()
    assert server is not None
    ana, lost = _told_when_lost(url, article)
    ana.watch(lambda articles: None)
    server.pause()
    try:
        assert lost.wait(ENOUGH), "nobody was told"
    finally:
        server.resume()
    ana.close()


def test_a_server_that_hangs_as_the_listener_begins_is_found_out(
    url: str, article: Article, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The server stops right after the listener's connection is made, before its LISTEN is
    answered (under load, the test above paused it there now and then): the listener is not left
    waiting for ever, hearing nothing and saying nothing; the header is told."""
    from annotations.store.postgres import live

    server = shared_server()
    assert server is not None
    ana, lost = _told_when_lost(url, article)
    connect, paused = live.psycopg.connect, threading.Event()

    def made_then_paused(*args: Any, **kwargs: Any) -> Any:
        connection = connect(*args, **kwargs)
        if threading.current_thread().name == "fieldmark-listen" and not paused.is_set():
            paused.set()
            server.pause()
        return connection

    monkeypatch.setattr(live.psycopg, "connect", made_then_paused)
    try:
        ana.watch(lambda articles: None)
        assert paused.is_set()
        assert lost.wait(ENOUGH), "nobody was told"
    finally:
        server.resume()
    monkeypatch.undo()
    ana.close()


def test_a_server_that_refuses_a_new_connection_still_answers(url: str) -> None:
    """A server refusing another connection with a reason of its own (too many clients, a login
    refused) is there, only busy or strict: a slow query on it is not cut."""
    from annotations.store.postgres.watchdog import Watchdog

    server = shared_server()
    assert server is not None
    assert Watchdog(url)._answers()
    assert Watchdog(url.replace(f"{server.role}@", "nosuchrole@"))._answers()  # refused at once, with a reason
    server.pause()
    try:
        assert not Watchdog(url)._answers()
    finally:
        server.resume()
