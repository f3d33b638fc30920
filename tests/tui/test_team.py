"""The app on a team's server: another analyst's change shows in the open article without a key,
and a lost server is said in the header (a real PostgreSQL server, see `postgres_server`)."""

from __future__ import annotations

import asyncio

import pytest

from annotations.model import Annotation, Article
from annotations.store.postgres.store import PostgresStore
from tui.widgets.header import HeaderBar

from ..helpers import span
from ..postgres_server import shared_server
from .conftest import SIZE

TEXT = "The Taliban said on Monday that they captured Kunduz. Officials in Kabul denied it."


async def until(condition, seconds: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    for _ in range(int(seconds / 0.05)):
        if condition():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("did not happen in time")


async def test_another_analysts_change_shows_in_the_open_article_and_a_lost_server_in_the_header(make_app) -> None:
    server = shared_server()
    if server is None:
        pytest.skip("no PostgreSQL server programs on this machine")
    url = server.database()
    article = Article.create("Kunduz", TEXT)
    ana = PostgresStore(url, readonly=False, create=True, annotator="ana")
    bo = PostgresStore(url, readonly=False, create=True, annotator="bo")
    ana.add_article(article)
    try:
        app = make_app(ana)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            bo.add_annotation(Annotation.create(article, "district", *span(article, "Kunduz"), annotator="bo"))
            await until(lambda: [a.quote for a in app.main.annotations] == ["Kunduz"])
            server.crash()
            try:
                header = app.main.query_one(HeaderBar)
                await until(lambda: "server unreachable" in str(header.render()))
                await pilot.press("j", "k")  # the screen goes on from what it read last
                await pilot.pause()
                assert [a.quote for a in app.main.annotations] == ["Kunduz"]
            finally:
                server.start_again()
            await until(lambda: "server unreachable" not in str(header.render()))
    finally:
        ana.close()
        bo.close()
