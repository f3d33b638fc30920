"""The app on a team's server: another analyst's change shows in the open article without a key,
and a lost server is said in the header (a real PostgreSQL server, see `postgres_server`)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest

from annotations.model import Annotation, Article, ClaimAttributes
from annotations.store import Store
from annotations.store.postgres.store import PostgresStore
from tui.widgets.header import HeaderBar

from ..helpers import span
from ..postgres_server import shared_server
from .conftest import SIZE

TEXT = "The Taliban said on Monday that they captured Kunduz. Officials in Kabul denied it."


@pytest.fixture
def team() -> Iterator[tuple[Any, PostgresStore, PostgresStore]]:
    """A new database on the test server, with ana's and bo's stores on it (closed after)."""
    server = shared_server()
    if server is None:
        pytest.skip("no PostgreSQL server programs on this machine")
    url = server.database()
    ana = PostgresStore(url, readonly=False, create=True, annotator="ana")
    bo = PostgresStore(url, readonly=False, create=True, annotator="bo")
    try:
        yield server, ana, bo
    finally:
        ana.close()
        bo.close()


async def until(condition, seconds: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    for _ in range(int(seconds / 0.05)):
        if condition():
            return
        await asyncio.sleep(0.05)
    raise AssertionError("did not happen in time")


async def edit_form_on(app, pilot, annotation: Annotation) -> None:  # type: ignore[no-untyped-def]
    """The app's first frame, then `e` on `annotation`: its edit form open."""
    await pilot.pause()
    app.main.reader.move_cursor(app.main.reader.location_of(annotation.start + 1))
    await pilot.press("e")
    await pilot.pause()


async def entities_while_away(app, pilot):  # type: ignore[no-untyped-def]
    """`A` pressed once the app says the server is away: the entities screen, its uses not counted."""
    from tui.screens.entities import EntitiesScreen

    await until(lambda: "server unreachable" in str(app.main.query_one(HeaderBar).render()))
    await pilot.press("A")
    await until(lambda: isinstance(app.screen, EntitiesScreen) and app.screen._unread is not None)
    assert isinstance(app.screen, EntitiesScreen)
    return app.screen


def kunduz_tagged(store: Store, annotator: str = "ana") -> tuple[Article, Annotation]:
    """The Kunduz article in `store`, Kunduz tagged by `annotator`: where bo's edit meets ana's."""
    article = Article.create("Kunduz", TEXT)
    store.add_article(article)
    kunduz = Annotation.create(article, "district", *span(article, "Kunduz"), annotator=annotator)
    store.add_annotation(kunduz)
    return article, kunduz


def captured_by_bo(bo: Store, kunduz: Annotation) -> None:
    """bo sets Kunduz "captured" (ana's screen hears it a moment later)."""
    from annotations.model import DistrictAttributes

    bo.update_annotation(bo.annotation(kunduz.article_id, kunduz.id).edited(attributes=DistrictAttributes("captured")))


async def test_another_analysts_change_shows_in_the_open_article_and_a_lost_server_in_the_header(
    team, make_app
) -> None:
    server, ana, bo = team
    article = Article.create("Kunduz", TEXT)
    ana.add_article(article)
    app = make_app(ana)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        bo.add_annotation(Annotation.create(article, "district", *span(article, "Kunduz"), annotator="bo"))
        await until(lambda: [a.quote for a in app.main.annotations] == ["Kunduz"])
        server.crash()
        try:
            header = app.main.query_one(HeaderBar)
            await until(lambda: "server unreachable" in str(header.render()))
            await pilot.press("j", "k")  # the screen goes on from what it read last
            await pilot.pause()
            assert [a.quote for a in app.main.annotations] == ["Kunduz"]
            from tui.widgets.message_line import MessageLine

            kabul = Annotation.create(article, "district", *span(article, "Kabul"), annotator="ana")
            assert app.main._apply(lambda: ana.add_annotation(kabul)) is not None
            await pilot.pause()
            said = str(app.main.query_one(MessageLine).render())  # a newcomer read "Saved" while offline
            assert said.startswith("Kept here until the server is back") and "Saved" not in said
        finally:
            server.start_again()
        await until(lambda: "server unreachable" not in str(header.render()))


async def test_the_adjudication_screen_takes_agreed_units_and_one_version_by_key(tmp_path, make_app) -> None:
    from annotations.model import ActorDetails, DistrictAttributes, Entity, PlaceDetails
    from annotations.team.adjudication import CURATOR
    from tui.screens.adjudication import AdjudicationScreen

    kunduz = Entity.place("Kunduz", PlaceDetails("province", country="Afghanistan"))
    taliban = Entity.actor("Taliban", ActorDetails("rebel_group"))
    article = Article.create("Kunduz", TEXT)
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        for entity in (kunduz, taliban):
            store.put_entity(entity)
        for analyst, status in (("ana", "captured"), ("bo", "contested")):
            store.add_annotation(Annotation.create(article, "actor", *span(article, "Taliban"), entity_id=taliban.id,
                                                   annotator=analyst))  # fmt: skip
            store.add_annotation(Annotation.create(article, "district", *span(article, "Kunduz"), entity_id=kunduz.id,
                                                   attributes=DistrictAttributes(status), annotator=analyst))  # fmt: skip
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await pilot.press("J")
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, AdjudicationScreen)
            assert "2 units · 1 agreed · 1 differ · 0 curated" in str(screen.query_one("#adjudication-title").render())
            await pilot.press("a", "n", "2")  # the agreed Taliban; then Kunduz as bo tagged it
            await pilot.pause()
            curated = {a.quote: a for a in store.annotations(article.id) if a.annotator == CURATOR}
            assert set(curated) == {"Taliban", "Kunduz"}
            assert isinstance(curated["Kunduz"].attributes, DistrictAttributes)
            assert curated["Kunduz"].attributes.control_status == "contested"
            await pilot.press("u")
            await pilot.pause()
            assert [a.quote for a in store.annotations(article.id) if a.annotator == CURATOR] == ["Taliban"]
            await pilot.press("escape")
            await pilot.pause()
            assert app.screen is app.main


async def test_an_analyst_starts_on_their_queue_and_the_library_says_who_is_on_what(team, remembered) -> None:
    from tui.app import FieldmarkApp
    from tui.screens.library import LibraryScreen

    from .conftest import app_settings

    _, store, bo = team
    long = "First: Taliban fighters said on Monday that they captured Kunduz, which officials in Kabul denied"
    first, second = Article.create(long, TEXT), Article.create("Second", TEXT + " Again.")
    store.add_article(first)
    store.add_article(second)
    store.assign([(second.id, "ana"), (first.id, "bo"), (second.id, "bo")])
    bo.add_annotation(Annotation.create(first, "district", *span(first, "Kunduz"), annotator="bo"))
    app = FieldmarkApp(store, app_settings(store, annotator="ana"), remembered=remembered)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert app.main.article is not None and app.main.article.id == second.id  # ana's queue: only Second
        await pilot.press("L")
        await pilot.pause()
        library = app.screen
        assert isinstance(library, LibraryScreen)
        assert library.who == {first.id: "bo · last: bo", second.id: "ana bo"}
        from textual.widgets import DataTable

        table = library.query_one(DataTable)
        widths = [(str(c.label), c.get_render_width(table)) for c in table.columns.values()]
        upto = widths[: [name for name, _ in widths].index("Who") + 1]
        assert sum(w for _, w in upto) <= 120  # on screen at 120 columns (a newcomer found it cut off)
        await pilot.press("escape", "m")  # ana's share of Second done; bo's is not: in progress for all
        await pilot.pause()
        assert [(a.analyst, a.done) for a in store.assignments() if a.article_id == second.id] == [
            ("ana", True), ("bo", False)]  # fmt: skip
        assert store.summary(second.id).status == "in_progress"


async def test_a_change_refused_for_a_conflict_shows_the_other_analysts_version(team, make_app) -> None:
    from annotations.model import DistrictAttributes

    _, ana, bo = team
    article, kunduz = kunduz_tagged(ana)
    app = make_app(ana)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        seen = app.main.annotations[0]
        captured_by_bo(bo, kunduz)
        await until(lambda: app.main.annotations[0].attributes == DistrictAttributes("captured"))  # heard
        app.main.annotations = [seen]  # as if ana's screen had not heard yet
        stale = seen.edited(attributes=DistrictAttributes("contested"))
        ana._seen[(article.id, kunduz.id)] = seen.to_dict()  # what ana's store saw before bo's change
        typed = "; your note, to type again: “bo thinks police”"  # a newcomer's note went with the form
        assert app.main._apply(lambda: ana.update_annotation(stale), refused=typed) is None
        await pilot.pause()
        assert app.main.annotations[0].attributes == DistrictAttributes("captured")  # bo's, read again
        said = [n.message for n in app._notifications]
        assert any("changed by someone else" in m and m.endswith("“bo thinks police”") for m in said)


async def test_adjudication_takes_what_it_shows_when_another_analyst_edits_meanwhile(team, make_app) -> None:
    """Found by a newcomer on a server: with J open, bo changed Goma's status; ana's screen kept
    the old one, and taking bo's version saved that old version into the curated layer. The open
    screen is now read again when another analyst saves, and a take from a version changed since
    it was shown is refused."""
    from dataclasses import replace

    from annotations.errors import ConflictError
    from annotations.model import DistrictAttributes
    from annotations.team.adjudication import CURATOR, take, units
    from tui.screens.adjudication import AdjudicationScreen

    _, ana, bo = team
    article = Article.create("Kunduz", TEXT)
    ana.add_article(article)
    for store, status in ((ana, "captured"), (bo, "contested")):
        store.add_annotation(Annotation.create(article, "district", *span(article, "Kunduz"),
                                               attributes=DistrictAttributes(status), annotator=store.annotator))  # fmt: skip
    shown = units(ana.annotations(article.id), ["ana", "bo"])[0]
    theirs = shown.versions["bo"]
    bo.update_annotation(theirs.edited(attributes=DistrictAttributes("captured")))
    with pytest.raises(ConflictError, match="bo changed this since it was shown"):
        take(ana, article, shown, theirs)  # what was shown is no longer what bo says
    assert not [a for a in ana.annotations(article.id) if a.annotator == CURATOR]
    shown = units(ana.annotations(article.id), ["ana", "bo"])[0]
    bo.update_annotation(bo.annotation(article.id, theirs.id).edited())  # saved again unchanged: only its time
    take(ana, article, shown, shown.versions["bo"])  # (a reviewer found it refused)
    ana.undo()
    app = make_app(ana)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("J")
        await until(lambda: isinstance(app.screen, AdjudicationScreen))
        screen = app.screen
        assert isinstance(screen, AdjudicationScreen)
        now = next(a for a in bo.annotations(article.id) if a.annotator == "bo")
        bo.update_annotation(now.edited(attributes=replace(now.attributes, control_status="encircled")))
        await until(lambda: "encircled" in str(screen.query_one("#unit-detail").render()))  # read again
        await pilot.press("2")
        await until(lambda: any(a.annotator == CURATOR for a in ana.annotations(article.id)))
        curated = next(a for a in ana.annotations(article.id) if a.annotator == CURATOR)
        assert isinstance(curated.attributes, DistrictAttributes) and curated.attributes.control_status == "encircled"


async def test_tagging_words_another_analyst_tagged_takes_their_words(team, make_app) -> None:
    """Found by a newcomer on a server: bo's `a` on ana's "M23 rebels" tagged "M23", and `c` on a
    colleague's claim took its quotation marks and comma: agreement then saw two units, each
    tagged by one analyst."""
    _, ana, bo = team
    text = "Taliban fighters said on Monday that they captured Kunduz, a claim officials in Kabul denied."
    article = Article.create("Kunduz", text)
    ana.add_article(article)
    bo.add_annotation(Annotation.create(article, "actor", *span(article, "Taliban fighters"), annotator="bo"))
    bo.add_annotation(Annotation.create(article, "claim", *span(article, "they captured Kunduz"), annotator="bo"))
    app = make_app(ana)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        reader = app.main.reader
        for words, key in (("Taliban", "a"), ("captured", "c")):
            reader.move_cursor(reader.location_of(text.index(words)))
            await pilot.press(key)
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()
        tagged = sorted((a.quote, a.annotator) for a in ana.annotations(article.id))
        reader.move_cursor(reader.location_of(text.index("fighters")))
        await pilot.press("a")  # the analyst's own mention there now: the key edits it, adds no third
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert len(ana.annotations(article.id)) == len(tagged)  # edited (as on one's own database), not added
        assert tagged == [  # the app's analyst is "tester"
            ("Taliban fighters", "bo"), ("Taliban fighters", "tester"), ("they captured Kunduz", "bo"),
            ("they captured Kunduz", "tester")]  # fmt: skip


async def test_the_adjudication_table_fits_120_columns_with_claims_versions(tmp_path, make_app) -> None:
    """Found by a newcomer: a claim's versions ("territorial control · certain · … · said") pushed
    the second analyst's column off the screen; the detail below says each whole."""
    from textual.widgets import DataTable

    from annotations.model import ActorDetails, ClaimAttributes, Entity
    from tui.screens.adjudication import AdjudicationScreen

    taliban = Entity.actor("Islamic Emirate of Afghanistan (Taliban)", ActorDetails("rebel_group"))
    article = Article.create("Kunduz", TEXT)
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        store.put_entity(taliban)
        for analyst, certainty in (("ana", "certain"), ("bo", "probable")):
            said = ClaimAttributes(claim_type="territorial_control", certainty=certainty, claimant_entity_id=taliban.id,
                                   cue="said")  # fmt: skip
            store.add_annotation(Annotation.create(article, "claim", *span(article, "they captured Kunduz"),
                                                   attributes=said, annotator=analyst))  # fmt: skip
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await pilot.press("J")
            await pilot.pause()
            assert isinstance(app.screen, AdjudicationScreen)
            table = app.screen.query_one(DataTable)
            assert sum(c.get_render_width(table) for c in table.columns.values()) <= SIZE[0]
            assert "probable" in str(app.screen.query_one("#unit-detail").render())  # whole, below
            for width in (80, 100):  # a second newcomer's bo was cut off at 80 columns
                await pilot.resize_terminal(width, SIZE[1])
                await pilot.pause()
                assert sum(c.get_render_width(table) for c in table.columns.values()) <= width - 2
                assert "2 bo" in str(table.columns[list(table.columns)[4]].label)


async def test_screens_not_read_before_the_server_went_away_are_said_not_a_crash(team, make_app) -> None:
    """A newcomer's `L` while the server was away closed the app with a traceback: the library
    reads who is on what, which nothing had read before. Said instead, and the reader goes on
    (as likely after a start from what was read last)."""
    from tui.screens.main import MainScreen

    server, ana, _bo = team
    article = Article.create("Kunduz", TEXT)
    ana.add_article(article)
    kabul = Article.create("Kabul", "Officials in Kabul said the road was open.")
    ana.add_article(kabul)  # never read here, with a claim (an article of no claims is not read: its counts tell)
    ana.add_annotation(Annotation.create(kabul, "claim", 0, len(kabul.text) - 1, annotator="ana",
                                         attributes=ClaimAttributes(cue="said")))  # fmt: skip
    app = make_app(ana)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        server.crash()
        try:
            header = app.main.query_one(HeaderBar)
            await until(lambda: "server unreachable" in str(header.render()))
            for key in ("L", "B", "A", "J"):
                await pilot.press(key)
                await pilot.pause()
                await pilot.pause()  # the entities' counts are read after their first frame
                assert app.is_running
                if not isinstance(app.screen, MainScreen):
                    await pilot.press("escape")
                    await pilot.pause()
                assert isinstance(app.screen, MainScreen), key
            assert any("Not shown while the server cannot be reached" in n.message for n in app._notifications)
            await pilot.press("full_stop")  # the next article, never read: said as L says it
            await pilot.pause()
            last = list(app._notifications)[-1]
            assert last.message.startswith("Not shown while the server cannot be reached: it was not read before")
            assert app.main.article is not None and app.main.article.id == article.id
        finally:
            server.start_again()


async def test_with_the_server_away_entities_show_without_uses_and_the_board_says_its_claims_were_not_read(
    team, make_app
) -> None:
    """A third newcomer, the server down: `A` refused though the entities were read (what failed
    was counting their uses across articles never read), and `B` said "0 events · 0 claims"."""
    from textual.widgets import DataTable, Static

    from annotations.model import Entity
    from tui.screens.claims_board import ClaimsBoard
    from tui.screens.entities import EntitiesScreen

    server, ana, _bo = team
    article = Article.create("Kunduz", TEXT)
    ana.add_article(article)
    kabul = Article.create("Kabul", "Officials in Kabul said the road was open.")
    ana.add_article(kabul)  # never read here, with a claim (an article of no claims is not read: its counts tell)
    ana.add_annotation(Annotation.create(kabul, "claim", 0, len(kabul.text) - 1, annotator="ana",
                                         attributes=ClaimAttributes(cue="said")))  # fmt: skip
    taliban = Entity.actor("Taliban")
    ana.add_annotation(Annotation.create(article, "actor", *span(article, "Taliban"), entity_id=taliban.id,
                                         annotator="ana"), new_entity=taliban)  # fmt: skip
    app = make_app(ana)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        ana.entities()  # read, as the forms read them
        server.crash()
        try:
            screen = await entities_while_away(app, pilot)
            cells = [str(c) for c in screen.query_one(DataTable).get_row_at(0)]
            assert "Taliban" in cells and "?" in cells
            said = str(screen.query_one("#uses", Static).render())
            assert said.startswith("Uses not counted while the server cannot be reached") and "postgresql" not in said
            await pilot.press("enter")  # to a mention: the uses are not known, said
            await pilot.pause()
            assert isinstance(app.screen, EntitiesScreen)
            await pilot.press("escape")
            await pilot.pause()
            await pilot.press("B")
            await until(lambda: isinstance(app.screen, ClaimsBoard) and app.screen.loaded.is_set())
            title = str(app.screen.query_one("#board-title", Static).render())
            assert (
                title
                == "Claims board · the claims were not read: the server cannot be reached, and they were not read before"
            )
            body = str(app.screen.query_one("#claim-detail", Static).render())  # not "No claims … yet"
            assert body.startswith("Not shown: the server cannot be reached")
        finally:
            server.start_again()


async def test_with_the_server_away_prune_waits_and_uses_are_not_counted_from_old_reads(team, make_app) -> None:
    """stop 71's newcomer pruned in `A` while the server was away: every article had been read, so
    the counts came from old reads and showed "0" for bo's "Militants", tagged since, and `P`
    deleted it when the step was sent. Offline, uses are "?" and prune waits for the server."""
    from textual.widgets import DataTable

    from annotations.model import Entity
    from tui.screens.entities import EntitiesScreen
    from tui.widgets.message_line import MessageLine

    server, ana, bo = team
    article = Article.create("Kunduz", TEXT)
    ana.add_article(article)
    ana.put_entity(Entity.actor("Militants"))
    app = make_app(ana)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("A")
        await until(lambda: isinstance(app.screen, EntitiesScreen) and app.screen.usage is not None)
        await pilot.press("escape")  # every article read: the counts could come from old reads
        server.crash()
        try:
            screen = await entities_while_away(app, pilot)
            assert "?" in [str(c) for c in screen.query_one(DataTable).get_row_at(0)]
            await pilot.press("tab", "P")
            await pilot.pause()
            said = str(screen.query_one("#entities-message", MessageLine).render())
            assert said.startswith("Prune waits for the server") and ana.queued_changes() == 0
        finally:
            server.start_again()
    assert [e.name for e in bo.entities()] == ["Militants"]


async def test_an_edit_refused_for_another_analysts_change_gives_its_note_back_in_the_form(team, make_app) -> None:
    """A third newcomer's refused edit gave her note back on the message line ("your note, to type
    again: …"), not in the form she opened again on the other analyst's version."""
    from textual.widgets import Input

    from annotations.model import DistrictAttributes

    _, ana, bo = team
    _article, kunduz = kunduz_tagged(ana, "tester")
    app = make_app(ana)
    async with app.run_test(size=SIZE) as pilot:
        await edit_form_on(app, pilot, kunduz)
        note = app.main.query_one("#note", Input)
        note.value = "bo thinks police"
        captured_by_bo(bo, kunduz)
        app.main.query_one("TagPanel").action_save()  # type: ignore[attr-defined]
        await until(lambda: any("changed by someone else" in n.message for n in app._notifications))
        said = next(n.message for n in app._notifications if "changed by someone else" in n.message)
        assert said.endswith("; e on it opens its form again with your note")
        await until(lambda: app.main.annotations[0].attributes == DistrictAttributes("captured"))
        app.main.reader.move_cursor(app.main.reader.location_of(kunduz.start + 1))
        await pilot.press("e")
        await pilot.pause()
        assert app.main.query_one("#note", Input).value == "bo thinks police"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("e")  # given back once: the next form is the record's own
        await pilot.pause()
        assert app.main.query_one("#note", Input).value == ""


async def test_a_step_kept_while_away_and_sent_not_all_as_made_is_said_when_the_server_is_back(team, make_app) -> None:
    """stop 72's review: a step kept while the server was away and cut short when sent (bo's tag
    keeps "Militants", which it deleted) was sent without a word, the entity still shown deleted."""
    from annotations.model import Entity

    server, ana, bo = team
    article, _kunduz = kunduz_tagged(ana)
    militants, unused = Entity.actor("Militants"), Entity.actor("Brigade 7")
    ana.put_entity(militants)
    ana.put_entity(unused)
    bo.add_annotation(
        Annotation.create(article, "actor", *span(article, "Taliban"), entity_id=militants.id, annotator="bo")
    )
    app = make_app(ana)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        ana.entities()
        server.crash()
        try:
            await until(lambda: "server unreachable" in str(app.main.query_one(HeaderBar).render()))
            prune = lambda: ana.record_step("prune 2 unused", removed_entities=[militants.id, unused.id])  # noqa: E731
            assert app.main._apply(prune) is not None  # as `P` would, had it read the uses before bo's tag
            assert ana.entities() == []
        finally:
            server.start_again()
        await until(lambda: any(n.title == "Sent" for n in app._notifications))
        sent = next(n for n in app._notifications if n.title == "Sent")
        assert sent.message == "sent, not all as made: prune 2 unused (Militants kept: tags made since name it)"
        assert [e.name for e in ana.entities()] == ["Militants"]


async def test_x_on_a_claim_while_the_server_is_away_is_kept_here_and_sent_later(team, make_app) -> None:
    """A deleted claim takes the links of other articles' claims along, found through the claims
    index; with the server away and articles never read here, they cannot be looked for. The
    deletion is kept as any other change (the server refuses it when sent if a claim of another
    article links to it), not an error, and no crash."""
    from annotations.store.integrity import check_store
    from tui.widgets.message_line import MessageLine

    server, ana, bo = team
    article = Article.create("Kunduz", TEXT)
    ana.add_article(article)
    kabul = Article.create("Kabul", "Officials in Kabul said the road was open.")
    bo.add_article(kabul)  # bo's, with a claim: never read by ana's app
    bo.add_annotation(Annotation.create(kabul, "claim", 0, len(kabul.text) - 1, annotator="bo",
                                        attributes=ClaimAttributes(cue="said")))  # fmt: skip
    start, end = span(article, "Taliban")
    claim = Annotation.create(article, "claim", start, end, annotator="ana", attributes=ClaimAttributes(cue="said"))
    ana.add_annotation(claim)
    app = make_app(ana)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        server.crash()
        try:
            await until(lambda: "server unreachable" in str(app.main.query_one(HeaderBar).render()))
            if app.main.reader.annotation_at(app.main.reader.focus_offset) is None:
                await pilot.press("right_square_bracket")  # to the claim
            await pilot.press("x")
            await pilot.pause()
            assert app.is_running
            said = str(app.main.query_one(MessageLine).render())
            assert said.startswith("Kept here until the server is back"), said
        finally:
            server.start_again()
        await until(lambda: ana.queued_changes() == 0)
    assert ana.annotations(article.id) == []
    assert check_store(ana) == []
