"""A known place's name typed in a place form over the words' own names that place."""

from __future__ import annotations

from textual.widgets import Input

from annotations.model import Annotation, Article, Entity, PlaceDetails
from annotations.store import Store

from ..helpers import span
from .conftest import SIZE

TEXT = "Troops of the Northeastern Command left Lashio on Monday, and Kutkai on Tuesday."


def _with_lashio_tagged(store: Store) -> tuple[Article, Entity]:
    """The article in the store, its Lashio tagged as the city."""
    article = Article.create("Lashio", TEXT)
    lashio = Entity.place("Lashio", PlaceDetails("city", "Shan", "Myanmar"))
    store.add_article(article)
    store.add_annotation(
        Annotation.create(article, "district", *span(article, "Lashio"), entity_id=lashio.id), new_entity=lashio
    )
    return article, lashio


async def _place_form_on_the_command(app, pilot, article: Article) -> Input:  # type: ignore[no-untyped-def]
    """`d` on "Northeastern Command" (drafted a district): the form's name field."""
    await pilot.pause()
    app.main.reader.select_span(*span(article, "Northeastern Command"))
    await pilot.press("d")
    await pilot.pause()
    return next(w for w in app.main.query(Input) if w.id == "name" and w.display)


async def test_typing_a_known_places_name_links_to_it_whatever_the_words_drafted(tmp_path, make_app) -> None:
    """helper-245's: `d` on "Northeastern Command" drafted a district; "Lashio" typed (its
    completion taken) saved a second Lashio, a district, beside the city: two rows alike."""
    with Store.open(tmp_path / "db") as store:
        article, lashio = _with_lashio_tagged(store)
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            name = await _place_form_on_the_command(app, pilot, article)
            name.value = "Lashio"
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()
        places = store.entities("place")
        assert [p.name for p in places] == ["Lashio"]
        assert {a.entity_id for a in store.annotations(article.id, kind="district")} == {lashio.id}


async def test_a_name_following_the_words_is_not_completed(tmp_path, make_app) -> None:
    """helper-245's: alt+shift+← on "Shan State" made the name "northern Shan State", and the field
    showed "ment" to take (the article's word "statement"): → would have saved "Shan Statement"."""
    text = "Fighting spread across northern Shan State on Monday, a statement from the army said."
    article = Article.create("Shan", text)
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            app.main.reader.select_span(*span(article, "Shan State"))
            await pilot.press("d", "alt+shift+left")
            for _ in range(5):  # the completion is looked for by a worker: waited for, not timed
                await pilot.pause()
            await app.workers.wait_for_complete()
            name = next(w for w in app.main.query(Input) if w.id == "name" and w.display)
            assert name.value == "northern Shan State"
            assert name._suggestion == ""
            await pilot.press(*"ern Shan Sta")  # typed by the analyst: completed as before
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert name._suggestion.startswith(name.value)


async def test_typing_on_past_a_known_places_name_gives_the_drafted_kind_back(tmp_path, make_app) -> None:
    """A reviewer's: "Lashio District" typed on, past the known city's name, was saved as a city."""
    from tui.widgets.choice import ChoiceField

    with Store.open(tmp_path / "db") as store:
        article, _lashio = _with_lashio_tagged(store)
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            name = await _place_form_on_the_command(app, pilot, article)
            kind = next(c for c in app.main.query(ChoiceField) if c.id == "place_kind" and c.display)
            drafted = kind.value
            name.value = "Lashio"
            await pilot.pause()
            assert kind.value == "city" != drafted
            name.value = "Lashio District"
            await pilot.pause()
            assert kind.value == drafted
