"""The entities view and the claims board on a team's server follow the others' work while open: a
rename, a type, the uses of the articles they tag and their claims show without a key (each showed
them as they were when it opened, and a rename asked of the old name was refused), and the reader
behind is read again."""

from __future__ import annotations

from annotations.entities.editing import rename
from annotations.model import ActorDetails, Annotation, Article, Entity
from tui.screens.entities import EntitiesScreen
from tui.widgets.message_line import MessageLine
from tui.widgets.panes import AnnotationPane

from ..helpers import span
from .conftest import SIZE
from .test_claims_board import ARMY, REBELS, claim, open_board, two_sides
from .test_team import TEXT, team, until  # noqa: F401 (the fixture)


async def entities_counted(app, pilot) -> EntitiesScreen:  # type: ignore[no-untyped-def]
    """`A`, and the entities view once it has counted the uses."""
    await pilot.pause()
    await pilot.press("A")
    await until(lambda: isinstance(app.screen, EntitiesScreen) and app.screen.usage is not None)
    assert isinstance(app.screen, EntitiesScreen)
    return app.screen


def _names(screen: EntitiesScreen) -> dict[str, tuple[str, int, int]]:
    return {r.entity.name: (r.type, r.mentions, r.articles) for r in screen.rows}


async def test_others_renames_and_tags_show_in_the_open_entities_view(team, make_app) -> None:  # noqa: F811
    _server, ana, bo = team
    article, elsewhere = Article.create("Kunduz", TEXT), Article.create("Kabul", "The Taliban entered Kabul.")
    ana.add_article(article)
    ana.add_article(elsewhere)
    taliban = Entity.actor("Taliban", ActorDetails("rebel_group"))
    first = Annotation.create(article, "actor", *span(article, "Taliban"), entity_id=taliban.id, annotator="ana")
    ana.add_annotation(first, new_entity=taliban)
    app = make_app(ana)
    async with app.run_test(size=SIZE) as pilot:
        screen = await entities_counted(app, pilot)
        assert _names(screen) == {"Taliban": ("rebel_group", 1, 1)}
        rename(bo, taliban.id, "Islamic Emirate")
        await until(lambda: "Islamic Emirate" in _names(screen))
        bo.add_annotation(
            Annotation.create(elsewhere, "actor", *span(elsewhere, "Taliban"), entity_id=taliban.id, annotator="bo")
        )
        await until(lambda: _names(screen)["Islamic Emirate"] == ("rebel_group", 2, 2))  # counted, not read whole
        assert "Updated with changes another analyst saved" in str(screen.query_one(MessageLine).render())
        assert app.main.annotations == ana.annotations(article.id)  # the reader behind it read again too
        actors = app.main.query_one("#actors", AnnotationPane)
        assert "Islamic Emirate" in actors.row_text(0).plain


async def test_others_claims_show_on_the_open_board(team, make_app) -> None:  # noqa: F811
    _server, ana, bo = team
    one, two = two_sides(ana, "on Monday that its fighters captured Kindu airport", "its troops still held Kindu")
    claim(ana, one, "its fighters captured Kindu airport", REBELS, "captured")
    app = make_app(ana)
    async with app.run_test(size=SIZE) as pilot:
        board = await open_board(app, pilot)
        assert [len(e.claims) for e in board.events] == [1]
        await pilot.press("tab", "j", "space")  # the militia's claim marked, to link it
        assert board.marked is not None and board.marked.quote == "its fighters captured Kindu airport"
        claim(bo, two, "its troops still held Kindu", ARMY, "government_held")
        await until(lambda: [len(e.claims) for e in board.events] == [2] and board.loaded.is_set())
        assert "Updated with changes another analyst saved" in str(board.query_one(MessageLine).render())
        assert board.marked is not None and board.marked in board.events[0].claims  # still marked, as read again


async def test_a_view_under_another_screen_follows_too_and_unused_entities_are_heard(team, make_app) -> None:  # noqa: F811
    """A reviewer's: with the help open over the entities view, a rename another analyst made was
    lost to it for good (and a rename asked from it then refused as a conflict); an entity nothing
    names, renamed, was never heard at all."""
    _server, ana, bo = team
    article = Article.create("Kunduz", TEXT)
    ana.add_article(article)
    wagner = Entity.actor("Wagner", ActorDetails("external_other"))
    ana.merge_entity(wagner)
    app = make_app(ana)
    async with app.run_test(size=SIZE) as pilot:
        screen = await entities_counted(app, pilot)
        assert "Wagner" in _names(screen)
        await pilot.press("tab", "question_mark")  # to the list, then the help over it
        await until(lambda: app.screen is not screen)
        rename(bo, wagner.id, "Africa Corps")
        await until(lambda: "Africa Corps" in _names(screen))
