"""A suggestion linking to an entity that another suggestion of the article makes says so, not
"(known)": a helper read "Myanmar National Democratic Alliance Army (known)" on an empty corpus."""

from __future__ import annotations

from pathlib import Path

from annotations.model import Article
from annotations.store import Store
from tui.widgets.panes import DetailPanel

from .conftest import SIZE
from .test_tagging_keys import ready

TEXT = "Governor Mohammad Rahmani said the town fell on Monday. Later, Rhamani said the army would return.\n"


async def test_a_speaker_linked_to_a_name_only_suggested_is_new_as_that_suggestion(tmp_path: Path, make_app) -> None:
    with Store.open(tmp_path / "db") as store:
        store.add_article(Article.create("Kunduz", TEXT))
        app = make_app(store, suggestions=True)
        async with app.run_test(size=SIZE) as pilot:
            reader = await ready(pilot, app)
            reader.move_cursor(reader.location_of(TEXT.index("Rhamani") + 1))
            await pilot.pause()
            detail = " ".join(app.main.query_one(DetailPanel).render_line(n).text for n in range(1, 4))
            assert "Mohammad Rahmani (new, as suggested at “Mohammad Rahmani”)" in detail
            reader.move_cursor(reader.location_of(TEXT.index("Mohammad") + 1))
            await pilot.press("y")
            await ready(pilot, app)
            reader.move_cursor(reader.location_of(TEXT.index("Rhamani") + 1))
            await pilot.pause()
            detail = " ".join(app.main.query_one(DetailPanel).render_line(n).text for n in range(1, 4))
            assert "Mohammad Rahmani (known)" in detail  # tagged now: in the corpus
