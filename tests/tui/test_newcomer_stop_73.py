"""What a newcomer met in the app (stop 73)."""

from __future__ import annotations

from annotations.store import Store
from tui.widgets.claim_body import ClaimBody

from .conftest import SIZE
from .test_flow import form_on, form_open, search, type_text


async def test_a_day_that_does_not_exist_keeps_the_claim_form_open_with_what_was_chosen(
    seed_store: Store, make_app
) -> None:
    """An event date of "2024-13-01" closed the claim form with a toast, and everything chosen in
    it (a certainty, links) was lost; a new claim with "2024-02-31" was not saved at all."""
    from textual.widgets import Input

    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert await form_on(pilot, app, "Dozens of districts", "escape", "c") is ClaimBody
        app.screen.query_one("#event_date", Input).focus()
        await pilot.pause()
        await type_text(pilot, "2024-02-31")
        await pilot.press("enter")
        await pilot.pause()
        assert form_open(app) is ClaimBody  # still open, the date to correct
        said = [n.message for n in app._notifications]
        assert said and said[-1].startswith("event date: 2024-02-31 is no day of") and "stays open" in said[-1]
        assert app.screen.focused is app.screen.query_one("#event_date", Input)
        assert seed_store.annotations(seed_store.articles()[0].id) == []
        await pilot.press("ctrl+u")
        await type_text(pilot, "2024-02-28")
        await pilot.press("enter")
        await pilot.pause()
        assert form_open(app) is None
        (claim,) = seed_store.annotations(seed_store.articles()[0].id)
        assert claim.attributes.event_date == "2024-02-28"  # type: ignore[union-attr]


def test_a_suggestion_of_a_place_no_tag_names_any_more_is_accepted_as_that_place(tmp_path) -> None:
    """The newcomer deleted the only "Dori" (`x`); its suggestion then said "Dori (new)" (entities
    no tag names are left out of what suggestions link to, so that one deleted is not proposed
    from the analyst's tags) and `y` made a second Dori: `entities` listed two, one with 0
    mentions. Accepted, it is the Dori held."""
    from annotations.model import Article, DistrictAttributes, Entity, PlaceDetails
    from annotations.suggest import Suggestion
    from annotations.suggest.review import accept

    text = "Militants attacked Dori on Monday."
    start = text.index("Dori")

    def dori() -> Suggestion:  # as the engine makes it each time: a new entity of the gazetteer's
        place = Entity.place("Dori", PlaceDetails("city", country="Burkina Faso"))
        return Suggestion("district", start, start + 4, "Dori", "gazetteer", entity=place,
                          attributes=DistrictAttributes())  # fmt: skip

    with Store.open(tmp_path / "db") as store:
        article = Article.create("Dori", text)
        store.add_article(article)
        first = dori()
        assert accept(store, article, [first], [first], annotator="ana") is not None
        (tag,) = store.annotations(article.id)
        store.delete_annotations(article.id, [tag.id])
        again = dori()
        assert accept(store, article, [again], [again], annotator="ana") is not None
        assert [e.name for e in store.entities("place")] == ["Dori"]
        (tag,) = store.annotations(article.id)
        assert tag.entity_id == first.entity.id  # type: ignore[union-attr]
        other = Entity.place("Dori", PlaceDetails("city", country="Niger"))  # another Dori is another place
        store.delete_annotations(article.id, [tag.id])
        elsewhere = Suggestion("district", start, start + 4, "Dori", "gazetteer", entity=other,
                               attributes=DistrictAttributes())  # fmt: skip
        accept(store, article, [elsewhere], [elsewhere], annotator="ana")
        assert sorted(e.details.country for e in store.entities("place")) == ["Burkina Faso", "Niger"]  # type: ignore[union-attr]


async def test_a_u_warned_of_asks_again_after_the_analyst_went_to_another_article(tmp_path, make_app) -> None:
    """The newcomer's `u` said "… was in “…”: u again undoes it there"; he went to another article
    and back, and two slow `u` undid that step and the one before it without a word between."""
    from tui.widgets.message_line import MessageLine

    from .test_flow import kunduz_tagged, two_reports

    with Store.open(tmp_path / "db") as store:
        kunduz, herat = two_reports(store)
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            await kunduz_tagged(pilot, app, kunduz)
            app.main.open_article(herat.id)
            await pilot.pause()
            await pilot.press("u")
            await pilot.pause()
            assert "u again undoes it there" in str(app.screen.query_one(MessageLine).render())
            app.main.open_article(kunduz.id)  # and back
            app.main.open_article(herat.id)
            await pilot.pause()
            await pilot.press("u")
            await pilot.pause()
            assert "u again undoes it there" in str(app.screen.query_one(MessageLine).render())
            assert [a.quote for a in store.annotations(kunduz.id)] == ["Kunduz"]  # asked again, not undone


async def test_growing_a_known_places_span_by_a_word_before_keeps_the_place(tmp_path, make_app) -> None:
    """The newcomer's `e` on a suggestion of "Imam Sahib" (tagged already) and alt+shift+← made
    the name "cities. Imam Sahib", saved as a new place; a name that is not a known one still
    follows the words."""
    from textual.widgets import Input

    from annotations.model import Article
    from tui.widgets.article_view import ArticleView
    from tui.widgets.tag_panel import TagPanel

    text = "Troops entered Kunduz on Monday. Officials in the cities. Kunduz fell on Tuesday."
    with Store.open(tmp_path / "db") as store:
        article = Article.create("Kunduz", text)
        store.add_article(article)
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            reader = app.screen.query_one(ArticleView)
            first = text.index("Kunduz")
            reader.select_span(first, first + 6)
            await pilot.press("d", "enter")
            await pilot.pause()
            second = text.rindex("Kunduz")
            reader.select_span(second, second + 6)
            await pilot.press("d")
            await pilot.pause()
            assert app.screen.query_one("#name", Input).value == "Kunduz"
            await pilot.press("alt+shift+left")
            await pilot.pause()
            assert app.screen.query_one("#name", Input).value == "Kunduz"  # the known place, its words grown
            await pilot.press("enter")
            await pilot.pause()
            assert [e.name for e in store.entities("place")] == ["Kunduz"]
            tags = store.annotations(article.id)
            assert [t.quote for t in tags] == ["Kunduz", "cities. Kunduz"] and len({t.entity_id for t in tags}) == 1
            officials = text.index("Officials")
            reader.select_span(officials, officials + 9)
            await pilot.pause()
            await pilot.press("a")
            await pilot.pause()
            await pilot.press("alt+right")  # a word after: a new name follows the words
            await pilot.pause()
            body = app.screen.query_one(TagPanel).body
            assert body is not None and body.query_one("#name", Input).value == "Officials in"


def test_a_search_match_inside_a_suggested_name_selects_the_whole_name() -> None:
    """The newcomer's `/Defence⏎⏎a` tagged "Defence" of "Volunteers for the Defence of the Homeland",
    suggested whole (the capitals stop at "of the"); a name with no suggestion around it is the
    run of capitalised words, as before."""
    from annotations.text.navigation import name_around

    text = "The Volunteers for the Defence of the Homeland said Amade Abdala fled."
    volunteers = (text.index("Volunteers"), text.index(" said"))
    defence = text.index("Defence")
    assert name_around(text, defence, defence + 7, [volunteers]) == volunteers
    amade = text.index("Amade")
    assert name_around(text, amade, amade + 5, [volunteers]) == (amade, amade + len("Amade Abdala"))


async def test_a_name_linked_to_a_known_place_shows_that_places_fields(tmp_path, make_app) -> None:
    """The newcomer typed a known place's name over "Tajikistan": the form kept showing "Country
    Tajikistan", which saving ignored (a known place is linked as it is)."""
    from textual.widgets import Input

    from annotations.model import Article, Entity, PlaceDetails
    from tui.widgets.article_view import ArticleView
    from tui.widgets.choice import ChoiceField

    text = "Fighting reached Khanabad on Monday."
    with Store.open(tmp_path / "db") as store:
        article = Article.create("Khanabad", text)
        store.add_article(article)
        store.put_entity(Entity.place("Imam Sahib", PlaceDetails("district", province="Kunduz", country="Afghanistan")))
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            start = text.index("Khanabad")
            app.screen.query_one(ArticleView).select_span(start, start + 8)
            await pilot.press("d")
            await pilot.pause()
            app.screen.query_one("#place_kind", ChoiceField).value = "district"
            app.screen.query_one("#country", Input).value = "Tajikistan"
            name = app.screen.query_one("#name", Input)
            name.value = "Imam Sahib"
            await pilot.pause()
            shown = {f: app.screen.query_one(f"#{f}", Input).value for f in ("province", "country")}
            assert shown == {"province": "Kunduz", "country": "Afghanistan"}
            assert "links to the known place Imam Sahib" in str(app.screen.query_one("#place-hint").render())


async def test_slash_defence_enter_enter_selects_the_suggested_groups_whole_name(tmp_path, make_app) -> None:
    """The same through the app: the reader takes the name from the suggestions it shows."""
    from annotations.model import Article

    from .test_tagging_keys import ready

    text = "Fighters of the Volunteers for the Defence of the Homeland attacked Djibo on Sunday, officials said."
    with Store.open(tmp_path / "db") as store:
        store.add_article(Article.create("Djibo", text))
        app = make_app(store, suggestions=True)
        async with app.run_test(size=SIZE) as pilot:
            reader = await ready(pilot, app)
            assert ("Volunteers for the Defence of the Homeland", "actor") in [
                (s.quote, s.kind) for s in app.main.suggestions
            ]
            await search(pilot, "Defence")
            await pilot.press("enter")
            await pilot.pause()
            assert reader.selected_text == "Volunteers for the Defence of the Homeland"


def test_a_search_match_inside_a_suggested_name_selects_it_not_the_titles_before_it() -> None:
    """helper-245's `/Guterres⏎⏎a` opened the actor "UN Secretary-General Antonio Guterres" (the
    run of capitals) though "Antonio Guterres" was suggested around the match."""
    from annotations.text.navigation import name_around

    text = "UN Secretary-General Antonio Guterres called for a ceasefire."
    guterres = (text.index("Antonio"), text.index(" called"))
    at = text.index("Guterres")
    assert name_around(text, at, at + 8, [(0, 2), guterres]) == guterres
