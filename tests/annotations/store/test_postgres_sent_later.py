"""Steps made while the server is away, as the analyst sees them meanwhile and when they are sent
(on the real server the suite starts, stopped and started again here)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager

from annotations.errors import SentOtherwise
from annotations.model import Article, Entity
from annotations.store.integrity import check_store
from annotations.store.postgres.store import PostgresStore

from ...postgres_server import PostgresServer, shared_server
from .team_server import mention


@contextmanager
def server_away(store: PostgresStore) -> Iterator[PostgresServer]:
    """The server stopped until the block ends, once `store` knows it is away (its listener tells
    it, as the app's does: otherwise its first read waits for the pool's time-out)."""
    server = shared_server()
    assert server is not None
    store.watch(lambda articles: None)
    server.crash()
    try:
        deadline = time.monotonic() + 60
        while not store.server_away():
            assert time.monotonic() < deadline, "the store never noticed"
            time.sleep(0.01)
        yield server
    finally:
        store.watch(None)
        server.start_again()


def test_a_step_sent_later_that_keeps_an_entity_says_so_and_the_entity_is_seen_again(
    team: tuple[PostgresStore, PostgresStore], article: Article, url: str
) -> None:
    """stop 72's review: the queue sent a prune that others' tags since cut short ("Militants
    kept: tags made since name it") without a word, and the analyst's view kept "Militants" as
    deleted (what it shows while the server is away next time)."""
    ana, _bo = team
    militants, unused = Entity.actor("Militants"), Entity.actor("Brigade 7")
    ana.put_entity(militants)
    ana.put_entity(unused)
    told: list[BaseException | None] = []
    ana.set_error_handler(told.append)
    with server_away(ana):
        assert ana.record_step("prune 2 unused", removed_entities=[militants.id, unused.id]).kept_here
        assert ana.entities() == []
    with PostgresStore(url, readonly=False, create=False, annotator="bo") as bo:
        bo.add_annotation(mention(article, "Taliban", "actor", "bo").edited(entity_id=militants.id))
    assert ana.flush()
    said = [str(e) for e in told if isinstance(e, SentOtherwise)]
    assert said == ["sent, not all as made: prune 2 unused (Militants kept: tags made since name it)"]
    assert [e.name for e in ana.entities()] == ["Militants"]
    assert check_store(ana) == []
    with server_away(ana):
        assert [e.name for e in ana.entities()] == ["Militants"]  # as last seen: kept, not deleted


def test_a_first_tag_made_while_the_server_is_away_starts_the_work_at_once(
    team: tuple[PostgresStore, PostgresStore], article: Article
) -> None:
    """stop 72's helper: after `y` with the server away the header said "todo" until it was back."""
    ana, _bo = team
    assert ana.summary(article.id).status == "todo"
    ana.article(article.id), ana.annotations(article.id), ana.articles()  # read, as the app opening it reads
    with server_away(ana):
        assert ana.add_annotation(mention(article, "Kunduz")).kept_here
        assert ana.summary(article.id).status == "in_progress"
        assert [s.status for s in ana.articles()] == ["in_progress"]
    assert ana.flush()
    assert ana.summary(article.id).status == "in_progress"
