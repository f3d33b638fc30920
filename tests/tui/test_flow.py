"""The analyst's whole flow, by keys only, through the real app."""

from __future__ import annotations

import asyncio
from pathlib import Path

from annotations.model import Article, ClaimAttributes, DistrictAttributes, PlaceDetails
from annotations.store import Store
from tui.widgets.article_view import ArticleView
from tui.widgets.choice import ChoiceField
from tui.widgets.claim_body import ClaimBody
from tui.widgets.form_bodies import ActorBody, DistrictBody, FormBody
from tui.widgets.message_line import MessageLine
from tui.widgets.tag_panel import TagPanel

from .conftest import SIZE


def form_open(app) -> type[FormBody] | None:
    """Which form is open on the main screen (None: none)."""
    panel = app.screen.query_one(TagPanel)
    return type(panel.body) if panel.is_open and panel.body is not None else None


async def type_text(pilot, text: str) -> None:
    for char in text:
        await pilot.press(char)


async def search(pilot, text: str) -> None:
    await pilot.press("slash")
    await type_text(pilot, text)
    await pilot.press("enter")
    await pilot.pause()


async def form_on(pilot, app, words: str, *keys: str) -> type[FormBody] | None:  # type: ignore[no-untyped-def]
    """Find `words`, press `keys` (a tagging key), and say which form is open."""
    await search(pilot, words)
    await pilot.press(*keys)
    await pilot.pause()
    return form_open(app)


async def choose(pilot, field: ChoiceField, value: str) -> None:
    """Press → until the choice shows `value` (at most once round its options)."""
    for _ in range(len(field.options)):
        if field.value == value:
            return
        await pilot.press("right")
    assert field.value == value


async def tag_imam_sahib_captured_in_kunduz(pilot, app) -> None:
    await search(pilot, "Imam Sahib")
    assert app.screen.query_one(ArticleView).selected_text == "Imam Sahib"
    await pilot.press("d")
    await pilot.pause()
    assert form_open(app) is DistrictBody
    await pilot.press("tab", "tab")
    await type_text(pilot, "Kunduz")
    await pilot.press("tab", "tab", "tab")
    await choose(pilot, app.screen.query_one("#status", ChoiceField), "captured")
    await pilot.press("enter")
    await pilot.pause()
    assert form_open(app) is None


async def tag_actors_and_the_tasnim_claim(pilot, app) -> None:
    await search(pilot, "Taliban")
    await pilot.press("a")
    await pilot.pause()
    assert form_open(app) is ActorBody
    await pilot.press("enter")
    await pilot.pause()
    await search(pilot, "Tasnim News Agency")
    await pilot.press("a", "enter")
    await pilot.pause()
    await search(pilot, "Dozens of districts")
    await pilot.press("escape", "c")
    await pilot.pause()
    assert form_open(app) is ClaimBody
    assert app.screen.query_one("#claimant", ChoiceField).label.startswith("Tasnim News Agency")
    await pilot.press("enter")
    await pilot.pause()


async def test_a_district_is_tagged_with_its_province_and_status(seed_store: Store, make_app) -> None:
    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await tag_imam_sahib_captured_in_kunduz(pilot, app)
    (district,) = seed_store.annotations(seed_store.articles()[0].id)
    assert district.quote == "Imam Sahib" and district.annotator == "tester"
    assert isinstance(district.attributes, DistrictAttributes) and district.attributes.control_status == "captured"
    place = seed_store.entity(district.entity_id or "")
    assert isinstance(place.details, PlaceDetails) and place.details.province == "Kunduz"


async def test_a_claim_names_the_actor_nearest_its_cue_as_claimant(seed_store: Store, make_app) -> None:
    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await tag_actors_and_the_tasnim_claim(pilot, app)
    annotations = seed_store.annotations(seed_store.articles()[0].id)
    assert sorted(a.quote for a in annotations if a.kind == "actor") == ["Taliban", "Tasnim News Agency"]
    claim = next(a for a in annotations if a.kind == "claim")
    assert claim.quote.startswith("Dozens of districts have fallen")  # the quotation's words, without its marks
    assert isinstance(claim.attributes, ClaimAttributes) and claim.attributes.cue == "noted"
    tasnim = next(a for a in annotations if a.quote == "Tasnim News Agency")
    assert claim.attributes.claimant_annotation_id == tasnim.id


async def test_undo_and_redo_by_key(seed_store: Store, make_app) -> None:
    app = make_app(seed_store)
    article_id = seed_store.articles()[0].id
    async with app.run_test(size=SIZE) as pilot:
        await tag_actors_and_the_tasnim_claim(pilot, app)
        (claim,) = [a for a in seed_store.annotations(article_id) if a.kind == "claim"]
        reader = app.screen.query_one(ArticleView)
        reader.move_cursor(reader.location_of(0))
        await pilot.press("u")
        await pilot.pause()
        assert sorted(a.kind for a in seed_store.annotations(article_id)) == ["actor", "actor"]
        assert reader.cursor_offset == claim.start  # the reader goes to what was undone (a newcomer's wish)
        reader.move_cursor(reader.location_of(0))
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert sorted(a.kind for a in seed_store.annotations(article_id)) == ["actor", "actor", "claim"]
        assert reader.cursor_offset == claim.start


async def test_work_and_the_position_survive_a_restart(seed_db: Path, make_app, remembered) -> None:
    store = Store.open(seed_db)
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await tag_imam_sahib_captured_in_kunduz(pilot, app)
        offset = app.screen.query_one(ArticleView).cursor_offset
        await pilot.press("q")
    store.close()
    with Store.open(seed_db) as again:
        article_id = again.articles()[0].id
        assert [a.quote for a in again.annotations(article_id)] == ["Imam Sahib"]
        assert remembered.position(again.location) == (article_id, offset)


async def test_escape_cancels_a_form_and_nothing_is_saved(seed_store: Store, make_app) -> None:
    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "Kunduz")
        await pilot.press("d")
        await pilot.pause()
        assert form_open(app) is DistrictBody
        await pilot.press("escape")
        await pilot.pause()
        assert form_open(app) is None
    assert seed_store.annotations(seed_store.articles()[0].id) == []


async def test_after_a_search_and_escape_the_keys_act_on_what_was_found(seed_store: Store, make_app) -> None:
    """Found by a newcomer: `/Myrnohrad⏎`, Esc, `x` said "No annotation here to delete." (the
    cursor was left on the comma after the match)."""
    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "Kunduz")
        await pilot.press("d", "enter", "g")
        await pilot.pause()
        await search(pilot, "Kunduz")
        await pilot.press("escape", "x")
        await pilot.pause()
    assert seed_store.annotations(seed_store.articles()[0].id) == []


async def test_after_a_pane_and_escape_the_keys_act_on_the_mention_shown(seed_store: Store, make_app) -> None:
    """Found by a newcomer: Tab to the pane, Enter on "police" (shown in the reader), Esc, `e`
    said "No annotation here to edit." (the cursor rested on the space after it)."""
    app = make_app(seed_store)
    article_id = seed_store.articles()[0].id
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "Kunduz")
        await pilot.press("d", "enter", "g")
        await pilot.pause()
        await pilot.press("tab")  # to the Districts pane
        await pilot.pause()
        await pilot.press("enter")  # shows the mention in the reader
        await pilot.pause()
        await pilot.press("escape", "x")
        await pilot.pause()
    assert seed_store.annotations(article_id) == []


async def test_enter_on_a_searchs_match_selects_the_name_it_is_part_of(seed_store: Store, make_app) -> None:
    """Found by a newcomer: after `/Amade⏎`, Enter did nothing; "Amade Abdala" took Esc and Enter.
    A match that is a whole name stays as it is."""
    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        reader = app.screen.reader
        await search(pilot, "Imam")
        await pilot.press("enter")
        await pilot.pause()
        assert reader.selected_text == "Imam Sahib"
        await pilot.press("escape", "g")
        await search(pilot, "Imam Sahib")
        await pilot.press("enter")
        await pilot.pause()
        assert reader.selected_text == "Imam Sahib"


async def test_motions_selection_mode_and_enter_on_a_name(seed_store: Store, make_app) -> None:
    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        reader = app.screen.query_one(ArticleView)
        text = reader.text
        await search(pilot, "Afghan National")
        await pilot.press("escape")  # drop the selection; the cursor on what was found
        assert text[reader.cursor_offset :].startswith("Afghan National")
        first = reader.cursor_offset
        await pilot.press("v", "w", "w", "escape")  # any other selection: the cursor stays where it went
        assert reader.cursor_offset == first + len("Afghan National ")
        await search(pilot, "Taliban")
        await pilot.press("escape")
        taliban = reader.cursor_offset
        await pilot.press("n", "escape")  # from the match Esc left the cursor on: the next one
        assert reader.cursor_offset > taliban and text[reader.cursor_offset :].startswith("Taliban")
        await pilot.press("g")
        await search(pilot, "Afghan National")
        await pilot.press("escape", "enter")  # Enter on the name found: all of it
        assert reader.selected_text == "Afghan National Army"
        await pilot.press("escape", "g")
        assert reader.cursor_offset == 0
        await pilot.press("v", "w", "w", "w")
        assert reader.selected_text == "Members of Afghan "
        await pilot.press("v", "escape", "G")
        assert reader.cursor_offset == len(text)
        await pilot.press("g", "right_curly_bracket")
        assert text[reader.cursor_offset :].startswith("The Taliban on Monday")
        await pilot.press("s")
        assert reader.selected_text.startswith("The Taliban on Monday") and reader.selected_text.endswith(
            "Afghanistan."
        )


async def test_edit_and_delete_from_the_reader_and_the_panes(seed_store: Store, make_app) -> None:
    app = make_app(seed_store)
    article_id = seed_store.articles()[0].id
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "Kunduz")
        await pilot.press("d", "enter")
        await pilot.pause()
        (district,) = seed_store.annotations(article_id)
        await pilot.press("g", "right_square_bracket")  # jump to the annotation
        await pilot.press("e")
        await pilot.pause()
        assert form_open(app) is DistrictBody
        status = app.screen.query_one("#status", ChoiceField)
        await pilot.press("tab", "tab", "tab", "tab", "tab")
        assert app.focused is status
        await pilot.press("right", "enter")
        await pilot.pause()
        (edited,) = seed_store.annotations(article_id)
        assert edited.id == district.id
        assert edited.attributes != district.attributes
        await pilot.press("tab")  # to the Districts pane
        await pilot.pause()
        await pilot.press("x")
        await pilot.pause()
        assert seed_store.annotations(article_id) == []
        await pilot.press("u")
        await pilot.pause()
        assert len(seed_store.annotations(article_id)) == 1


async def test_actors_pane_lists_each_actor_once_and_enter_steps_through_mentions(seed_store: Store, make_app) -> None:
    from tui.widgets.panes import AnnotationPane

    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        reader = app.screen.query_one(ArticleView)
        for _ in range(2):
            await pilot.press("n") if reader.selected_span else await search(pilot, "Taliban")
            await pilot.press("a", "enter")
            await pilot.pause()
            await pilot.press("n")
        actors = app.screen.query_one("#actors", AnnotationPane)
        assert actors.row_count == 1
        assert actors.border_title == "Actors 1 · 2 mentions"  # as the library counts them
        mentions = [a for a in seed_store.annotations(seed_store.articles()[0].id) if a.kind == "actor"]
        assert len(mentions) == 2 and mentions[0].entity_id == mentions[1].entity_id
        await pilot.press("tab", "tab")
        assert app.focused is actors
        await pilot.press("enter")
        assert reader.selected_span == (mentions[0].start, mentions[0].end)
        await pilot.press("enter")
        assert reader.selected_span == (mentions[1].start, mentions[1].end)
        await pilot.press("escape")
        assert app.focused is reader


async def test_export_from_the_app_writes_where_the_analyst_confirms(
    seed_store: Store, make_app, tmp_path: Path
) -> None:
    import json

    from tui.screens.export import ExportForm

    from ..helpers import validate_export

    app = make_app(seed_store)
    target = tmp_path / "mine.json"
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "Kunduz")
        await pilot.press("d", "enter")
        await pilot.pause()
        await pilot.press("E")
        await pilot.pause()
        assert isinstance(app.screen, ExportForm)
        path = app.screen.query_one("#path")
        path.value = str(target)  # type: ignore[attr-defined]
        await pilot.press("enter")
        for _ in range(50):
            await pilot.pause(0.05)
            if target.exists():
                break
        document = json.loads(target.read_text())
        validate_export(document)
        assert [a["quote"] for a in document["articles"][0]["annotations"]] == ["Kunduz"]
        await pilot.pause(0.1)
        assert any("Exported" in str(n.title) for n in app._notifications)


async def _suggestions_settled(pilot) -> None:
    await pilot.pause()
    screen = pilot.app.screen if hasattr(pilot.app.screen, "suggestions_current") else pilot.app.main
    await asyncio.wait_for(screen.suggestions_current.wait(), timeout=60)
    await pilot.pause()


async def test_accepting_and_rejecting_suggestions_by_key(seed_store: Store, make_app) -> None:
    from tui.screens.main import MainScreen

    store = seed_store
    article_id = store.articles()[0].id
    app = make_app(store, suggestions=True)
    async with app.run_test(size=SIZE) as pilot:
        await _suggestions_settled(pilot)
        screen = app.screen
        assert isinstance(screen, MainScreen) and screen.suggestions
        reader = screen.reader
        text = reader.text
        # y on a place: stored with its gazetteer details
        reader.move_cursor(reader.location_of(text.index("Tajikistan") + 3))
        await pilot.press("y")
        await _suggestions_settled(pilot)
        (place,) = store.annotations(article_id, kind="district")
        entity = store.entity(place.entity_id)  # type: ignore[arg-type]
        assert (place.quote, entity.details.place_kind, entity.details.country) == (
            "Tajikistan",
            "country",
            "Tajikistan",
        )  # type: ignore[union-attr]
        # Y on the Taliban: every mention, one entity, one undo step
        reader.move_cursor(reader.location_of(text.index("Taliban") + 1))
        await pilot.press("Y")
        await _suggestions_settled(pilot)
        taliban = [a for a in store.annotations(article_id, kind="actor") if a.quote == "Taliban"]
        assert (
            len(taliban) == text.count("Taliban") - text.count("Taliban’s") and len({a.entity_id for a in taliban}) == 1
        )
        await pilot.press("u")
        await _suggestions_settled(pilot)
        assert store.annotations(article_id, kind="actor") == []
        # r on Kabul: gone now, and after a restart
        reader.move_cursor(reader.location_of(text.index("Kabul") + 1))
        uses = sum(s.quote == "Kabul" for s in screen.suggestions)
        await pilot.press("r")
        await _suggestions_settled(pilot)
        assert not any(s.quote == "Kabul" for s in screen.suggestions)
        assert uses > 1 and f"({uses} uses in this article)" in app.main.query_one(MessageLine).said
        await pilot.press("u")  # a rejection by mistake comes back with undo
        await _suggestions_settled(pilot)
        assert any(s.quote == "Kabul" for s in screen.suggestions)
        await pilot.press("ctrl+r")
        await _suggestions_settled(pilot)
        assert not any(s.quote == "Kabul" for s in screen.suggestions)
    app = make_app(store, suggestions=True)
    async with app.run_test(size=SIZE) as pilot:
        await _suggestions_settled(pilot)
        assert app.screen.suggestions and not any(s.quote == "Kabul" for s in app.screen.suggestions)  # type: ignore[attr-defined]
        # the palette's toggle hides them; ] then steps through annotations only
        await pilot.press("S")
        await pilot.pause()
        assert app.screen.reader.suggestion_spans == []  # type: ignore[attr-defined]


async def test_tagging_a_place_by_hand_fills_in_what_the_gazetteer_knows(seed_store: Store, make_app) -> None:
    app = make_app(seed_store, suggestions=True)
    async with app.run_test(size=SIZE) as pilot:
        await _suggestions_settled(pilot)
        await search(pilot, "Tajikistan")
        await pilot.press("d")
        await pilot.pause()
        assert form_open(app) is DistrictBody
        await pilot.press("enter")
        await pilot.pause()
    (place,) = seed_store.annotations(seed_store.articles()[0].id, kind="district")
    details = seed_store.entity(place.entity_id).details  # type: ignore[arg-type]
    assert isinstance(details, PlaceDetails)
    assert (details.place_kind, details.country, details.codes.get("iso3166_1")) == ("country", "Tajikistan", "TJ")


async def test_review_pressed_while_suggestions_load_starts_when_they_are_ready(seed_store: Store, make_app) -> None:
    app = make_app(seed_store)  # suggestions hidden: R shows them, and they must be computed first
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        screen = app.screen
        assert screen.reader.cursor_offset == 0  # type: ignore[attr-defined]
        await pilot.press("R")
        assert screen.suggesting.visible  # type: ignore[attr-defined]
        await _suggestions_settled(pilot)
        first = screen.suggestions[0]  # type: ignore[attr-defined]
        assert first.start > 0 and screen.reader.cursor_offset == first.start  # type: ignore[attr-defined]


async def _export_form_after_tagging_kunduz(pilot) -> None:  # type: ignore[no-untyped-def]
    """The seed's first Kunduz tagged, then `E`: the export form open."""
    from tui.screens.export import ExportForm

    await search(pilot, "Kunduz")
    await pilot.press("d", "enter", "E")
    await pilot.pause()
    assert isinstance(pilot.app.screen, ExportForm)


async def test_a_second_export_starts_with_the_last_format_at_a_path_that_is_free(
    seed_store: Store, make_app, tmp_path: Path, monkeypatch
) -> None:
    """Found by a newcomer: a second `E` offered the path of the first export (then refused it as
    existing) and json again after a csv; and the form offered no CSV table but the claims."""
    from tui.widgets.choice import ChoiceField

    monkeypatch.chdir(tmp_path)
    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await _export_form_after_tagging_kunduz(pilot)
        choice = app.screen.query_one("#format", ChoiceField)
        choice.focus()
        await pilot.press(*"places", "enter")  # typing filters the formats; Enter exports
        first = tmp_path / f"fieldmark-{app.main.article.id}-places.csv"
        for _ in range(50):
            await pilot.pause(0.05)
            if first.exists():
                break
        assert first.read_text().splitlines()[1].count("Kunduz")
        await pilot.press("E")
        await pilot.pause()
        assert app.screen.query_one("#format", ChoiceField).value == "csv:places"
        assert app.screen.query_one("#path").value == str(first.with_name(first.stem + "-2.csv"))  # type: ignore[attr-defined]
        scope = app.screen.query_one("#scope", ChoiceField)  # the whole corpus, chosen once, is kept too
        scope.focus()
        await pilot.press("right", "enter")
        corpus = tmp_path / "fieldmark-corpus-places.csv"
        for _ in range(50):
            await pilot.pause(0.05)
            if corpus.exists():
                break
        await pilot.press("E")
        await pilot.pause()
        assert app.screen.query_one("#scope", ChoiceField).value is None
        assert app.screen.query_one("#path").value == str(corpus.with_name("fieldmark-corpus-places-2.csv"))  # type: ignore[attr-defined]


async def test_an_article_opened_by_its_file_comes_back_where_the_analyst_left_it(tmp_path: Path, remembered) -> None:
    """Found by a second newcomer: `fieldmark b1.txt` on an article read before opened at its top,
    where plain `fieldmark` came back to the last article's place."""
    from dataclasses import replace

    from annotations.model import Article
    from tui.app import FieldmarkApp

    from .conftest import app_settings

    first = Article.create("First", "Fighting spread. " * 200)
    second = Article.create("Second", "Rebels advanced. " * 50)
    with Store.open(tmp_path / "db") as store:
        for article in (first, second):
            store.add_article(article)
        remembered.remember_position(store.location, first.id, 1700)
        remembered.remember_position(store.location, second.id, 34)  # read last
        app = FieldmarkApp(store, replace(app_settings(store), open_article=first.id), remembered=remembered)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            assert app.screen.article.id == first.id
            assert app.screen.query_one(ArticleView).cursor_offset == 1700


async def test_the_place_form_says_a_name_links_to_a_known_place_kept_as_it_is(seed_store: Store, make_app) -> None:
    """After a newcomer's "Rio de Janeiro", typed over a wrong suggestion, rewrote the city: the
    form says the name links to a known place, which saving keeps as it is."""
    from textual.widgets import Input, Static

    from tui.widgets.choice import ChoiceField

    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await tag_imam_sahib_captured_in_kunduz(pilot, app)
        await search(pilot, "Kunduz")
        await pilot.press("d")
        await pilot.pause()
        assert form_open(app) is DistrictBody
        hint = app.screen.query_one("#place-hint", Static)
        assert str(hint.render()) == "a new place"
        name = app.screen.query_one("#name", Input)
        name.value = "Imam Sahib"
        await pilot.pause()
        assert str(hint.render()).startswith("links to the known place Imam Sahib (kept as it is")
        app.screen.query_one("#place_kind", ChoiceField).value = "city"  # a town named like the district
        await pilot.pause()
        assert str(hint.render()) == "a new city, not the district Imam Sahib named like it"


async def test_previous_annotation_right_after_a_save_goes_to_the_tag_before(seed_store: Store, make_app) -> None:
    """A save leaves the cursor inside the new tag; `[` then went to its own first letter, which a
    newcomer saw as not moving. It goes to the tag before, as from the new tag's first letter."""
    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "Kunduz")
        await pilot.press("d", "enter")
        await search(pilot, "legislators")
        await pilot.press("d", "enter")
        await pilot.pause()
        reader = app.screen.query_one(ArticleView)
        first, second = sorted(seed_store.annotations(seed_store.articles()[0].id), key=lambda a: a.start)
        assert first.start < second.start < reader.cursor_offset < second.end
        await pilot.press("left_square_bracket")
        assert reader.cursor_offset == first.start
        await pilot.press("right_square_bracket")
        assert reader.cursor_offset == second.start


async def test_previous_annotation_from_a_tag_inside_a_claim_goes_to_the_one_before_it(
    seed_store: Store, make_app
) -> None:
    """Found by a newcomer: from the first letter of a tag inside a claim, `[` went to before the
    claim (skipping the claim and the tags in it), or nowhere for the article's first claim."""
    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await search(pilot, "Kunduz")
        await pilot.press("d", "enter", "s", "c", "enter")  # the place, then its sentence as a claim
        await pilot.pause()
        reader = app.screen.query_one(ArticleView)
        district, claim = sorted(seed_store.annotations(seed_store.articles()[0].id), key=lambda a: a.kind)[::-1]
        assert (district.kind, claim.kind) == ("district", "claim") and claim.start < district.start < claim.end
        reader.move_cursor(reader.location_of(district.start))
        await pilot.press("left_square_bracket")
        assert reader.cursor_offset == claim.start


async def test_v_on_a_search_match_goes_on_selecting_from_it(seed_store: Store, make_app) -> None:
    """Found by a newcomer: `/a charge⏎v w w` selected from the end of the match on, "a charge"
    lost, where search "selects the match"."""
    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        reader = app.screen.query_one(ArticleView)
        await search(pilot, "Afghan National")
        await pilot.press("v", "w", "w")
        assert reader.selected_text.startswith("Afghan National Army ")


async def test_a_table_exported_for_excel_starts_with_a_byte_order_mark(
    seed_store: Store, make_app, tmp_path: Path, monkeypatch
) -> None:
    """`fieldmark export --bom` had no key in the app: a table exported from it opened in Excel
    as the machine's old code page. "For" is offered for the tables only."""
    from annotations.exchange.export import UTF8_BOM
    from tui.widgets.choice import ChoiceField

    monkeypatch.chdir(tmp_path)
    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await _export_form_after_tagging_kunduz(pilot)
        reader = app.screen.query_one("#reader", ChoiceField)
        assert not reader.display  # json: nothing to choose
        app.screen.query_one("#format", ChoiceField).focus()
        await pilot.press(*"places")
        await pilot.pause()
        assert reader.display
        reader.focus()
        await pilot.press("right", "enter")
        exported = tmp_path / f"fieldmark-{app.main.article.id}-places.csv"
        for _ in range(50):
            await pilot.pause(0.05)
            if exported.exists():
                break
        content = exported.read_bytes()
        assert content.startswith(UTF8_BOM) and b"Kunduz" in content
        await pilot.press("E")  # a newcomer's second export for Excel came without the mark
        await pilot.pause()
        assert app.screen.query_one("#reader", ChoiceField).value is True


async def test_the_next_export_in_any_session_is_offered_where_the_last_went(
    seed_store: Store, make_app, tmp_path: Path, monkeypatch
) -> None:
    """A newcomer's first export was offered in the source checkout fieldmark was started in: the
    form offers the folder of the last export, in the next session too, while it is there."""
    from tui.widgets.choice import ChoiceField

    started, chosen = tmp_path / "started", tmp_path / "exports"
    started.mkdir()
    chosen.mkdir()
    monkeypatch.chdir(started)
    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await _export_form_after_tagging_kunduz(pilot)
        assert app.screen.query_one("#path").value.startswith(str(started))  # type: ignore[attr-defined]
        path = app.screen.query_one("#path")
        path.value = str(chosen / "mine.json")  # type: ignore[attr-defined]
        app.screen.query_one("#format", ChoiceField).focus()
        await pilot.press("enter")
        for _ in range(50):
            await pilot.pause(0.05)
            if (chosen / "mine.json").exists():
                break
        assert (chosen / "mine.json").exists()
    again = make_app(seed_store)
    async with again.run_test(size=SIZE) as pilot:
        await pilot.press("E")
        await pilot.pause()
        assert again.screen.query_one("#path").value.startswith(str(chosen))  # type: ignore[attr-defined]


def two_reports(store: Store) -> tuple[Article, Article]:
    """Two articles in `store`: Kunduz, where a step is made, and Herat, where `u` is pressed."""
    kunduz = Article.create("Kunduz report", "Fighting went on in Kunduz.")
    herat = Article.create("Herat report", "Shops reopened in Herat.")
    store.add_article(kunduz)
    store.add_article(herat)
    return kunduz, herat


async def kunduz_tagged(pilot, app, kunduz: Article) -> None:  # type: ignore[no-untyped-def]
    await pilot.pause()
    app.main.open_article(kunduz.id)
    await search(pilot, "Kunduz")
    await pilot.press("d", "enter")
    await pilot.pause()


async def test_undo_says_first_when_the_last_step_was_in_another_article(tmp_path, make_app) -> None:
    """A newcomer's `u` in one article took back a tag in another and switched to it without a
    word (the history is the corpus's). The first `u` says where the step was; the second undoes it
    there; a step in the article open is undone at once."""
    with Store.open(tmp_path / "db") as store:
        kunduz, herat = two_reports(store)
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            await kunduz_tagged(pilot, app, kunduz)
            assert [a.quote for a in store.annotations(kunduz.id)] == ["Kunduz"]
            app.main.open_article(herat.id)
            await pilot.pause()
            await pilot.press("u")
            await pilot.pause()
            said = str(app.screen.query_one(MessageLine).render())
            assert "was in “Kunduz report”: u again undoes it there" in said
            assert app.main.article.id == herat.id
            assert [a.quote for a in store.annotations(kunduz.id)] == ["Kunduz"]
            await pilot.press("u")
            await pilot.pause()
            assert store.annotations(kunduz.id) == []
            assert app.main.article.id == kunduz.id
            await pilot.press("ctrl+r", "u")  # redone here, then undone here: at once
            await pilot.pause()
            assert store.annotations(kunduz.id) == []


async def test_the_export_dialog_marks_the_field_the_keys_go_to(seed_store, make_app) -> None:
    """helper-245's first → in the Export dialog changed the scope to the whole corpus, unseen: no
    field looked focused. The focused field's label is marked "›", as in the tagging forms."""
    from textual.widgets import Label

    from tui.screens.export import ExportForm

    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("E")
        await pilot.pause()
        assert isinstance(app.screen, ExportForm)

        def marked() -> list[str]:
            return [
                str(label.content)
                for label in app.screen.query(".field-label").results(Label)
                if "›" in str(label.content)
            ]

        assert marked() == ["› Scope"]
        await pilot.press("tab")
        await pilot.pause()
        assert marked() == ["› Format"]
