"""A claim form's places and actors follow its words as alt+arrows change them; what the analyst
ticked or unticked by hand stays so."""

from __future__ import annotations

from annotations.model import Annotation, Article, ClaimAttributes, Entity, PlaceDetails
from annotations.store import Store

from ..helpers import span
from .conftest import SIZE

TEXT = "Officials said the Taliban had captured Kunduz on Monday. Its fighters then took Taloqan, they said."
DROP_THE_FIRST_SENTENCE = ("alt+down", *["alt+shift+right"] * 9)
"""The claim grown by a sentence, then its start moved past the first: "Its fighters then took Taloqan, they said."."""


def _tagged(store: Store) -> tuple[Article, dict[str, str]]:
    article = Article.create("Kunduz", TEXT)
    store.add_article(article)
    ids = {}
    for name in ("Kunduz", "Taloqan"):
        place = Entity.place(name, PlaceDetails("city", "", "Afghanistan"))
        store.add_annotation(
            Annotation.create(article, "district", *span(article, name), entity_id=place.id), new_entity=place
        )
        ids[name] = place.id
    return article, ids


async def _claim_form_on_the_capture(app, pilot, *keys: str) -> None:  # type: ignore[no-untyped-def]
    """`c` on the first sentence, then these keys in its form."""
    await pilot.pause()
    app.main.reader.move_cursor(app.main.reader.location_of(TEXT.index("captured")))
    await pilot.press("c", *keys)
    await pilot.pause()


def _claim_places(store: Store, article: Article) -> tuple[str, ...]:
    (claim,) = [a for a in store.annotations(article.id) if a.kind == "claim"]
    assert isinstance(claim.attributes, ClaimAttributes)
    return claim.attributes.places


async def test_a_claim_shrunk_off_a_place_is_not_about_it_and_grown_over_one_is(tmp_path, make_app) -> None:
    """A newcomer's claim shrunk to "famine … confirmed in Zamzam camp" kept Adre, Chad and Tawila
    ticked and was filed under them on the board; grown over Chad, it did not tick it."""
    with Store.open(tmp_path / "db") as store:
        article, ids = _tagged(store)
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            await _claim_form_on_the_capture(app, pilot, *DROP_THE_FIRST_SENTENCE)
            assert (
                app.main._form.article.text[slice(*app.main._form.span)] == "Its fighters then took Taloqan, they said."
            )
            await pilot.press("enter")
            await pilot.pause()
        assert _claim_places(store, article) == (ids["Taloqan"],)


async def test_a_place_the_analyst_ticked_stays_ticked_when_the_words_change(tmp_path, make_app) -> None:
    from textual.widgets import SelectionList

    with Store.open(tmp_path / "db") as store:
        article, ids = _tagged(store)
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            await _claim_form_on_the_capture(app, pilot)
            places = next(c for c in app.main.query(SelectionList) if c.id == "places" and c.display)
            assert set(places.selected) == {ids["Kunduz"]}
            places.deselect(ids["Kunduz"])  # the analyst's own: not about Kunduz
            await pilot.press("alt+down")  # the words change: Taloqan comes in, Kunduz stays unticked
            await pilot.pause()
            assert set(places.selected) == set()  # the words' reading: the first place (Kunduz), unticked by hand
            places.select(ids["Taloqan"])  # the analyst's own tick
            await pilot.press(*["alt+shift+right"] * 9)
            await pilot.pause()
            assert set(places.selected) == {ids["Taloqan"]}
            await pilot.press(*["alt+shift+left"] * 9)  # back over Kunduz: the hand's choices stay (a reviewer's)
            await pilot.pause()
            assert set(places.selected) == {ids["Taloqan"]}
            await pilot.press("enter")
            await pilot.pause()
        assert _claim_places(store, article) == (ids["Taloqan"],)


async def test_the_date_an_empty_event_date_stands_for_follows_the_words(tmp_path, make_app) -> None:
    """helper-361: a claim shrunk off its "on Monday" still said, in its empty event date, that the event was on
    Monday; the date read from the words as they are now is shown (the article's, here)."""
    from textual.widgets import Input

    with Store.open(tmp_path / "db") as store:
        article = Article.create("Kunduz", TEXT, published="2025-03-12")
        store.add_article(article)
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            await _claim_form_on_the_capture(app, pilot)
            date = next(i for i in app.main.query(Input) if i.id == "event_date" and i.display)
            assert date.placeholder == "= 2025-03-10 (text)"
            await pilot.press(*DROP_THE_FIRST_SENTENCE)
            await pilot.pause()
            assert date.placeholder == "= 2025-03-12 (article)"
            assert "2025-03-12" in str(date.tooltip)
