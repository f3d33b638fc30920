"""The app shows the article the analyst was in before reading the list of every article (a
5,000-article catalog cost 70-80 ms before the first frame); the header's place in the list
follows, and a damaged catalog ends the app with the error opening it would have given."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotations.model import Article
from annotations.remembered import Remembered
from annotations.store import Store
from annotations.store.layout import catalog_file
from tui.widgets.header import HeaderBar

from .conftest import SIZE


def _corpus(db_path: Path, count: int) -> list[Article]:
    articles = [Article.create(f"Report {n}", f"Report {n} from the district of Imam Sahib.") for n in range(count)]
    with Store.open(db_path) as store:
        for article in articles:
            store.add_article(article)
    return articles


async def test_the_remembered_article_first_then_its_place_in_the_list(
    db_path: Path, remembered: Remembered, make_app
) -> None:
    articles = _corpus(db_path, 30)
    with Store.open(db_path, articles_later=True) as store:
        remembered.remember_position(store.location, articles[11].id, 0)
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            assert app.main.article is not None and app.main.article.id == articles[11].id
            await pilot.pause()
            assert store.catalog_ready()
            assert "─ 12/30" in str(app.screen.query_one(HeaderBar).render())


async def test_a_damaged_catalog_ends_the_app_with_the_error(db_path: Path, remembered: Remembered, make_app) -> None:
    articles = _corpus(db_path, 30)
    wanted = articles[11]
    other = next(a for a in articles if catalog_file(a.id) != catalog_file(wanted.id))
    (db_path / catalog_file(other.id)).write_bytes(b"[1, 2")
    with Store.open(db_path, articles_later=True) as store:
        remembered.remember_position(store.location, wanted.id, 0)
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await pilot.pause()
        assert app.return_code == 1


@pytest.mark.parametrize("case", ["its own shard", "no place remembered"])
async def test_a_damaged_catalog_met_before_the_first_frame_ends_the_app_too(
    db_path: Path, remembered: Remembered, make_app, case: str
) -> None:
    """Found in review: the remembered article's own shard damaged, or no place remembered (the
    whole list read to find the first article), escaped as a traceback."""
    articles = _corpus(db_path, 30)
    wanted = articles[11]
    (db_path / catalog_file(wanted.id)).write_bytes(b"[1, 2")
    with Store.open(db_path, articles_later=True) as store:
        if case == "its own shard":
            remembered.remember_position(store.location, wanted.id, 0)
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
        assert app.return_code == 1
