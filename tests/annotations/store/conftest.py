"""The real PostgreSQL server the suite starts (`postgres_server`), a database on it for each
test, and two analysts writing to it (ana, who added the article, and bo)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from annotations.model import Article
from annotations.store.postgres.store import PostgresStore

from ...postgres_server import shared_server
from .team_server import TEXT


@pytest.fixture
def url() -> str:
    server = shared_server()
    if server is None:
        pytest.skip("no PostgreSQL server programs on this machine")
    return server.database()


@pytest.fixture
def article() -> Article:
    return Article.create("Kunduz", TEXT)


@pytest.fixture
def team(url: str, article: Article) -> Iterator[tuple[PostgresStore, PostgresStore]]:
    ana = PostgresStore(url, readonly=False, create=True, annotator="ana")
    bo = PostgresStore(url, readonly=False, create=True, annotator="bo")
    ana.add_article(article)
    yield ana, bo
    ana.close()
    bo.close()
