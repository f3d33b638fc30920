"""The article's date and source, set in the app: the header shows it, claims are dated by it."""

from __future__ import annotations

from annotations.store import Store
from tui.screens.article_details import ArticleDetailsForm

from .conftest import SIZE


async def test_the_analyst_sets_the_articles_date_and_the_header_shows_it(seed_store: Store, make_app) -> None:
    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert "no date  I " in str(app.screen.query_one("#header").render())
        await pilot.press("I")
        await pilot.pause()
        assert isinstance(app.screen, ArticleDetailsForm)
        await pilot.press(*"22 June 2021", "enter")
        await pilot.pause()
        (summary,) = seed_store.articles()
        assert summary.published == "2021-06-22"
        assert "2021-06-22" in str(app.screen.query_one("#header").render())
        await pilot.press("I", "ctrl+u", *"soon", "enter")  # not a date: said, the form stays
        await pilot.pause()
        assert isinstance(app.screen, ArticleDetailsForm)
        await pilot.press("ctrl+u", *"2024-13-45", "enter")  # said in the form itself too (a newcomer saw nothing)
        await pilot.pause()
        assert isinstance(app.screen, ArticleDetailsForm)
        said = str(app.screen.query_one("#form-help").render())
        assert said.startswith("'2024-13-45': ") and "write it as 2024-07-19" in said
        await pilot.press("escape", "u")
        await pilot.pause()
        assert seed_store.articles()[0].published is None
