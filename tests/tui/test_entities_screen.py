"""The entities screen: filter, rename, set type, merge marked entities, undo, go to a mention."""

from __future__ import annotations

from textual.widgets import DataTable

from annotations.model import ActorDetails, Annotation, Entity
from annotations.store import Store
from tui.screens.entities import EntitiesScreen
from tui.widgets.panes import AnnotationPane

from .conftest import SIZE, end_then_home


async def open_entities(app, pilot) -> EntitiesScreen:  # type: ignore[no-untyped-def]
    """`A`, and the entities screen it opens."""
    await pilot.pause()
    await pilot.press("A")
    await pilot.pause()
    screen = app.screen
    assert isinstance(screen, EntitiesScreen)
    return screen


def tag(store: Store, words: str, entity: Entity, nth: int = 0) -> Annotation:
    (summary,) = store.articles()
    article = store.article(summary.id)
    start = -1
    for _ in range(nth + 1):
        start = article.text.index(words, start + 1)
    mention = Annotation.create(article, "actor", start, start + len(words), entity_id=entity.id)
    store.add_annotation(mention, new_entity=entity if store.get_entity(entity.id) is None else None)
    return mention


async def test_the_entities_screen_renames_types_merges_undoes_and_goes_to_a_mention(
    seed_store: Store, make_app
) -> None:
    taliban = Entity.actor("Taliban", ActorDetails("rebel_group"))
    insurgents = Entity.actor("the insurgents", ActorDetails("external_other"))
    tag(seed_store, "Taliban", taliban)
    tag(seed_store, "Taliban", taliban, 1)
    tag(seed_store, "the insurgents", insurgents)
    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_entities(app, pilot)
        await pilot.press(*"insurg")
        await pilot.pause()
        assert screen.query_one(DataTable).row_count == 1
        await pilot.press("tab", "t", "right", "enter")  # the type after external other
        await pilot.pause()
        assert seed_store.entity(insurgents.id).details.actor_type != "external_other"
        await pilot.press("u")
        await pilot.pause()
        assert seed_store.entity(insurgents.id).details.actor_type == "external_other"
        await pilot.press("space", "slash", "ctrl+u", *"Taliban", "tab", "M")  # merge the insurgents into it?
        await pilot.pause()
        assert seed_store.get_entity(insurgents.id) is not None  # asked first, merged on a second M
        assert "Merge the insurgents (1 mention) into Taliban (2 mentions)? M again merges" in str(
            screen.query_one("#entities-message").render()
        )
        await pilot.press("M")
        await pilot.pause()
        assert seed_store.get_entity(insurgents.id) is None
        assert "the insurgents" in seed_store.entity(taliban.id).details.aliases
        await pilot.press("r", "ctrl+u", *"Islamic Emirate", "enter")
        await pilot.pause()
        assert seed_store.entity(taliban.id).name == "Islamic Emirate"
        assert "mention" in str(screen.query_one("#uses").render())
        await pilot.press("enter")  # to its first mention, in the reader
        await pilot.pause()
        assert app.screen is app.main
        actors = app.main.query_one("#actors", AnnotationPane)  # its row drawn again with its new name
        assert [actors.row_text(n).plain.split("  ")[0] for n in range(actors.row_count)] == ["Islamic Emirate"]
        (summary,) = seed_store.articles()
        first = seed_store.article(summary.id).text.index("Taliban")
        assert app.main.reader.cursor_offset == first
        await pilot.press("A", *"Islamic", "tab", "2")  # the second listed use
        await pilot.pause()
        assert app.screen is app.main
        assert app.main.reader.cursor_offset == seed_store.article(summary.id).text.index("Taliban", first + 1)


async def test_the_editor_bar_acts_on_the_entity_it_was_opened_on(seed_store: Store, make_app) -> None:
    """Found in review: r, then ↓ while typing the name, renamed the next entity."""
    first = Entity.actor("Aaa Taliban", ActorDetails("rebel_group"))
    second = Entity.actor("Bbb insurgents", ActorDetails("rebel_group"))
    tag(seed_store, "Taliban", first)
    tag(seed_store, "the insurgents", second)
    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("A", "tab", "r", "down", "ctrl+u", *"NEWNAME", "enter")
        await pilot.pause()
        assert sorted(e.name for e in seed_store.entities("actor")) == ["Bbb insurgents", "NEWNAME"]


async def test_the_type_choice_stands_on_its_labels_line(seed_store: Store, make_app) -> None:
    """Found by a newcomer: the type choice was drawn on the line above its label."""
    from textual.widgets import Label

    from tui.widgets.choice import ChoiceField

    tag(seed_store, "Taliban", Entity.actor("Taliban", ActorDetails("rebel_group")))
    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("A", "tab", "t")
        await pilot.pause()
        label, choice = app.screen.query_one("#editor-label", Label), app.screen.query_one("#type", ChoiceField)
        assert choice.region.y == label.content_region.y and choice.region.height == 1


async def test_split_gives_the_mentions_in_one_article_an_entity_of_their_own(seed_store: Store, make_app) -> None:
    from annotations.model import Article

    taliban = Entity.actor("Taliban", ActorDetails("rebel_group"))
    tag(seed_store, "Taliban", taliban)
    other = Article.create("Elsewhere", "The Taliban took Kunduz on Monday.")
    seed_store.add_article(other)
    start = other.text.index("Taliban")
    seed_store.add_annotation(Annotation.create(other, "actor", start, start + 7, entity_id=taliban.id))
    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("A", *"Taliban", "tab", "S")
        await pilot.pause()
        choice = app.screen.query_one("#article")
        while "Elsewhere" not in choice.label:
            await pilot.press("right")
        await pilot.press("enter")
        await pilot.pause()
        names = sorted(e.name for e in seed_store.entities("actor"))
        assert names == ["Taliban", "Taliban (Elsewhere)"]
        (mention,) = seed_store.annotations(other.id)
        assert seed_store.entity(mention.entity_id).name == "Taliban (Elsewhere)"
        await pilot.press("u")
        await pilot.pause()
        assert [e.name for e in seed_store.entities("actor")] == ["Taliban"]


async def test_a_pane_row_follows_its_entity_when_only_the_entity_changed(seed_store: Store, make_app) -> None:
    from dataclasses import replace

    taliban = Entity.actor("Taliban", ActorDetails("rebel_group"))
    tag(seed_store, "Taliban", taliban)
    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        actors = app.main.query_one("#actors", AnnotationPane)
        assert actors.row_text(0).plain == "Taliban  rebel group"
        seed_store.put_entity(replace(taliban, name="Islamic Emirate", details=ActorDetails("state_forces")))
        app.main.reload()  # the mention is the same object: only its entity changed
        await pilot.pause()
        assert actors.row_text(0).plain.startswith("Islamic Emirate  state forces")


async def test_a_places_uses_list_the_claims_it_is_tagged_inside(seed_store: Store, make_app) -> None:
    """Found in review: the claims column counted a claim a place is tagged inside, and the list
    of its uses under it showed none."""
    from annotations.model import ClaimAttributes, PlaceDetails

    (summary,) = seed_store.articles()
    article = seed_store.article(summary.id)
    kunduz = Entity.place("Kunduz", PlaceDetails("province", country="Afghanistan"))
    at = article.text.index("Kunduz")
    sentence = article.text.rfind("\n", 0, at) + 1, article.text.index(".", at) + 1
    seed_store.add_annotation(
        Annotation.create(article, "district", at, at + 6, entity_id=kunduz.id), new_entity=kunduz
    )
    seed_store.add_annotation(
        Annotation.create(article, "claim", *sentence, attributes=ClaimAttributes(cue="announced"))
    )
    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("A", *"Kunduz")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, EntitiesScreen) and screen.current is not None
        assert screen.current.claims == 1
        uses = str(screen.query_one("#uses").render())
        assert "1 mention" in uses and "2 claim" in uses


def test_a_generic_actors_row_names_the_article_it_is_in() -> None:
    """Two "residents" rows of two articles read alike (found by a newcomer)."""
    from annotations.entities.usage import EntityRow
    from annotations.model import ActorDetails, Entity
    from tui.screens.entity_cells import name_cell

    residents = Entity.actor("residents", ActorDetails("civilians"))
    assert name_cell(EntityRow(residents, 2, 1, 0, home="Clashes in Tripoli")).plain == "residents · Clashes in Tripoli"
    assert name_cell(EntityRow(residents, 2, 2, 0)).plain == "residents"


async def test_a_mention_in_brackets_is_shown_as_written(tmp_path, make_app) -> None:
    """Found by a newcomer: the entity's uses showed "( UNHCR)"."""
    from annotations.model import Article

    text = "The United Nations High Commissioner for Refugees (UNHCR) said 4,000 people had fled."
    article = Article.create("UNHCR", text)
    unhcr = Entity.actor("UNHCR", ActorDetails("external_other"))
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        start = text.index("UNHCR")
        store.add_annotation(
            Annotation.create(article, "actor", start, start + 5, entity_id=unhcr.id), new_entity=unhcr
        )
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await pilot.press("A")
            await pilot.pause()
            await app.workers.wait_for_complete()
            await pilot.pause()
            shown = str(app.screen.query_one("#uses").render())
    assert "(UNHCR) said" in shown and "( UNHCR" not in shown


async def test_the_list_moves_by_j_and_k_and_home_and_end_go_to_its_ends(seed_store: Store, make_app) -> None:
    """Found by a newcomer: j/k did nothing in the entities list, and End scrolled the table
    sideways (the first letters of every row cut) with the cursor still on the first row."""
    from textual.widgets import DataTable

    tag(seed_store, "Taliban", Entity.actor("Taliban", ActorDetails("rebel_group")))
    tag(seed_store, "the insurgents", Entity.actor("the insurgents", ActorDetails("external_other")))
    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_entities(app, pilot)
        await pilot.press("tab")
        table = screen.query_one(DataTable)
        assert table.row_count == 2
        await pilot.press("j")
        assert table.cursor_row == 1
        await pilot.press("k")
        assert table.cursor_row == 0
        await end_then_home(pilot, table)


async def test_merge_with_the_one_marked_row_highlighted_says_to_move_to_the_other(seed_store: Store, make_app) -> None:
    """Found by a newcomer: with one row marked and highlighted, M said "Mark entities with space
    first" though the header said 1 marked."""
    tag(seed_store, "Taliban", Entity.actor("Taliban", ActorDetails("rebel_group")))
    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_entities(app, pilot)
        await pilot.press("tab", "space", "M")  # the only row: space leaves it highlighted
        await pilot.pause()
        said = str(screen.query_one("#entities-message").render())
        assert "Move to the entity to merge the marked one into" in said


async def test_a_merge_that_would_be_refused_is_not_offered(seed_store: Store, make_app) -> None:
    """Found by a newcomer: M said "Merge troops into troops? M again merges", and M again said
    it was refused (a generic name across articles needs a name that says who). The refusal is
    said at once, with the key that renames."""
    from annotations.model import Article

    first, second = (
        Entity.actor("troops", ActorDetails("state_forces")),
        Entity.actor("troops", ActorDetails("state_forces")),
    )
    tag(seed_store, "troops", first)
    other = Article.create("Elsewhere", "Troops moved north on Monday.")
    seed_store.add_article(other)
    seed_store.add_annotation(Annotation.create(other, "actor", 0, 6, entity_id=second.id), new_entity=second)
    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_entities(app, pilot)
        await pilot.press(*"troops", "tab", "space", "j", "M")
        await pilot.pause()
        said = str(screen.query_one("#entities-message").render())
        assert said.endswith("r renames it first.") and "M again merges" not in said  # whole at 120 columns
        await pilot.press("M")
        await pilot.pause()
    assert len(seed_store.entities("actor")) == 2


async def test_a_claims_row_shows_its_speakers_new_name_after_a_rename(seed_store: Store, make_app) -> None:
    """Found by a newcomer: renamed on the entities screen, the speaker's new name showed in the
    Actors pane, and the Claims pane kept the old one until another change (its row was kept: only
    the claim's own entity was compared)."""
    from annotations.model import ClaimAttributes

    leaders = Entity.actor("Mujahideen leaders", ActorDetails("political_militia"))
    speaker = tag(seed_store, "Mujahideen leaders", leaders)
    (summary,) = seed_store.articles()
    article = seed_store.article(summary.id)
    words = "expressed contempt for the Taliban"
    start = article.text.index(words)
    attributes = ClaimAttributes(cue="expressed", claimant_annotation_id=speaker.id)
    seed_store.add_annotation(Annotation.create(article, "claim", start, start + len(words), attributes=attributes))
    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        claims = app.main.query_one("#claims", AnnotationPane)
        assert claims.row_text(0).plain.startswith("Mujahideen leaders")
        await open_entities(app, pilot)
        await pilot.press(*"Mujah", "tab", "r", "ctrl+u", *"Afghan mujahideen", "enter")
        await pilot.pause()
        assert seed_store.entity(leaders.id).name == "Afghan mujahideen"
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is app.main
        assert claims.row_text(0).plain.startswith("Afghan mujahideen")


async def test_the_uses_box_keeps_room_for_claims_and_says_what_it_leaves_out(seed_store: Store, make_app) -> None:
    """Found by a newcomer: an entity with 5 mentions and 5 claims showed the mentions and 2 of the
    claims, the rest cut off by the box with no word of them, at any window size."""
    from annotations.model import ClaimAttributes, PlaceDetails

    (summary,) = seed_store.articles()
    article = seed_store.article(summary.id)
    place = Entity.place("Taliban", PlaceDetails("other"))
    start, sentences = -1, []
    for _ in range(7):
        start = article.text.index("Taliban", start + 1)
        seed_store.add_annotation(
            Annotation.create(article, "district", start, start + 7, entity_id=place.id),
            new_entity=place if seed_store.get_entity(place.id) is None else None,
        )
        sentence = (article.text.rfind(". ", 0, start) + 2, article.text.index(".", start) + 1)
        if sentence not in sentences:
            sentences.append(sentence)
    for sentence in sentences[:5]:
        seed_store.add_annotation(
            Annotation.create(article, "claim", *sentence, attributes=ClaimAttributes(cue="said"))
        )
    claims = min(5, len(sentences))
    for size, listed in (((80, 24), 6), ((120, 40), 8)):
        app = make_app(seed_store)
        async with app.run_test(size=size) as pilot:
            await pilot.pause()
            await pilot.press("A", *"Taliban")
            await pilot.pause()
            uses = str(app.screen.query_one("#uses").render())
            rows = [line.split()[1] for line in uses.splitlines() if line[:1].isdigit()]
            assert rows.count("claim") >= min(claims, listed // 2), uses
            assert len(rows) == listed
            assert "not listed here" in uses


async def test_u_here_undoes_the_edits_made_here_and_ctrl_r_redoes_them(seed_store: Store, make_app) -> None:
    """A newcomer's `u` in the entities screen took back a tag made in the reader, and ctrl+r did
    nothing there. Here `u` undoes this screen's edits alone; ctrl+r redoes what it undid."""
    insurgents = Entity.actor("the insurgents", ActorDetails("external_other"))
    tag(seed_store, "the insurgents", insurgents)  # a step made before, as in the reader
    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_entities(app, pilot)
        await pilot.press("tab", "u")
        await pilot.pause()
        assert "No change made here to undo" in str(screen.query_one("#entities-message").render())
        assert seed_store.get_entity(insurgents.id) is not None
        await pilot.press("slash", "ctrl+u", *"insurg", "tab", "r", "ctrl+u", *"Taliban fighters", "enter")
        await pilot.pause()
        assert seed_store.entity(insurgents.id).name == "Taliban fighters"
        await pilot.press("u")
        await pilot.pause()
        assert seed_store.entity(insurgents.id).name == "the insurgents"
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert seed_store.entity(insurgents.id).name == "Taliban fighters"
        assert "Redid: " in str(screen.query_one("#entities-message").render())
        await pilot.press("u", "u")  # the rename, then nothing more of this screen's
        await pilot.pause()
        assert seed_store.entity(insurgents.id).name == "the insurgents"
        assert [a.quote for a in seed_store.annotations(seed_store.articles()[0].id) if a.kind == "actor"] == [
            "the insurgents"
        ]
