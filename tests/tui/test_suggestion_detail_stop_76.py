"""A suggestion linking to an entity that another suggestion of the article makes says so, not
"(known)": a helper read "Myanmar National Democratic Alliance Army (known)" on an empty corpus."""

from __future__ import annotations

from pathlib import Path

from annotations.model import Article, Entity, PlaceDetails
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


def pane_rows(tmp_path: Path, text: str, places: list[tuple[Entity, int]]) -> list[str]:
    """The Districts pane's row of each place tagged at its offset in one article, 60 columns wide."""
    from annotations.model import Annotation
    from tui.presenters import pane_row

    rows = []
    with Store.open(tmp_path / "db") as store:
        article = Article.create("Places", text)
        store.add_article(article)
        for entity, at in places:
            store.put_entity(entity)
            mention = Annotation.create(article, "district", at, at + len(entity.name), entity_id=entity.id)
            store.add_annotation(mention)
            rows.append(pane_row(store, store.annotation(article.id, mention.id), {}, {}, 60).plain)
    return rows


def test_a_province_and_its_town_of_one_name_are_told_apart_in_the_pane(tmp_path: Path) -> None:
    """A helper's Districts pane had "Marib  in Ma’rib" twice: the province (whose province is itself,
    spelt with an apostrophe) and its town."""
    province = Entity.place("Marib", PlaceDetails("province", province="Ma’rib", country="Yemen"))
    town = Entity.place("Marib", PlaceDetails("city", province="Ma’rib", country="Yemen"))
    text = "Fighting spread across Marib province and into the city of Marib."
    rows = pane_rows(tmp_path, text, [(province, text.index("Marib")), (town, text.rindex("Marib"))])
    assert rows == ["Marib  province", "Marib  city"]  # the town named as its province: its kind


def test_a_second_level_province_keeps_its_region(tmp_path: Path) -> None:
    """The review's: a first version gave every province its kind ("Soum  province", not "in Sahel")."""
    soum = Entity.place("Soum", PlaceDetails("province", province="Sahel", country="Burkina Faso"))
    assert pane_rows(tmp_path, "Fighting spread across Soum.", [(soum, 23)]) == ["Soum  in Sahel"]
