"""The claims board by keys: events with contradictions, marking and linking, the suggested link,
undo, and Enter to a claim in its article."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from pathlib import Path

from annotations.entities.matching import fold
from annotations.model import (
    ActorDetails,
    Annotation,
    Article,
    ClaimAttributes,
    ClaimLink,
    Entity,
    PlaceDetails,
)
from annotations.store import Store
from tui.screens.claims_board import ClaimsBoard

from ..helpers import claim_about
from .conftest import SIZE, end_then_home

KINDU = Entity.place("Kindu", PlaceDetails("city", country="DR Congo"))
REBELS = Entity.actor("Mai-Mai Kifuafua", ActorDetails("political_militia"))
ARMY = Entity.actor("FARDC", ActorDetails("state_forces"))


def claim(store: Store, article: Article, words: str, speaker: Entity, status: str) -> Annotation:
    return claim_about(store, article, words, KINDU, speaker, status=status)


def two_sides(store: Store, militia_says: str, army_says: str) -> tuple[Article, Article]:
    """Kindu's actors, and two articles of one day: the militia's word and the army's."""
    for entity in (KINDU, REBELS, ARMY):
        store.put_entity(entity)
    one = Article.create("Militia takes Kindu", f"The militia said {militia_says}.", published="2021-06-22")
    two = Article.create("Army holds Kindu", f"The army said {army_says}.", published="2021-06-22")
    store.add_article(one)
    store.add_article(two)
    return one, two


def opening_with_an_actor(store: Store, text: str, actor: str, words: str) -> tuple[Annotation, Annotation]:
    """Kindu's actors and one article: the militia tagged at `actor`, and the army's claim `words`,
    which opens with it (the mention and the claim)."""
    from ..helpers import span

    for entity in (KINDU, REBELS, ARMY):
        store.put_entity(entity)
    article = Article.create("Kindu", text, published="2021-06-22")
    store.add_article(article)
    mention = Annotation.create(article, "actor", *span(article, actor), entity_id=REBELS.id)
    store.add_annotation(mention)
    return mention, claim(store, article, words, ARMY, "unknown")


async def open_board(app, pilot) -> ClaimsBoard:  # type: ignore[no-untyped-def]
    """`B`, and the board once its claims are read."""
    await pilot.pause()
    await pilot.press("B")
    board = app.screen
    assert isinstance(board, ClaimsBoard)
    await asyncio.wait_for(board.loaded.wait(), 30)
    return board


async def test_the_board_shows_a_contradicted_event_and_links_claims_by_keys(tmp_path: Path, make_app) -> None:
    with Store.open(tmp_path / "db") as store:
        one, two = two_sides(
            store, "on Monday that its fighters captured Kindu airport", "its troops still held Kindu after the attack"
        )
        taken = claim(store, one, "its fighters captured Kindu airport", REBELS, "captured")
        held = claim(store, two, "its troops still held Kindu after the attack", ARMY, "government_held")
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            board = await open_board(app, pilot)
            await pilot.pause()
            assert "1 event · 2 claims · 1 contradicted" in str(board.query_one("#board-title").render())
            told = str(board.query_one("#claim-detail").render())  # the event's row: its place's timeline
            assert "06-21 █▓ 06-22 (a cell a day)" in told and "▓ the government holds it" in told
            await pilot.press("tab", "down")  # the first claim, under the event's row
            await pilot.pause()
            assert "suggested: contradicts" in str(board.query_one("#claim-detail").render())
            await pilot.press("L")  # take the suggested link
            await asyncio.wait_for(board.loaded.wait(), 30)
            first = board.current
            assert first is not None and first[1] is not None
            linked = store.annotation(first[1].article_id, first[1].claim_id).attributes
            assert isinstance(linked, ClaimAttributes) and [link.type for link in linked.links] == ["contradicts"]
            await pilot.press("u")
            await asyncio.wait_for(board.loaded.wait(), 30)
            assert store.annotation(first[1].article_id, first[1].claim_id).attributes.links == ()
            await pilot.press("u")  # no link left to undo here: the claims tagged before stay
            await pilot.pause()
            assert len(store.annotations(two.id, kind="claim")) == 1
            assert "No link made here to undo" in str(board.query_one("#board-message").render())
            await pilot.press("space", "down", "C")  # mark, move to the other claim, corroborates (by hand)
            await asyncio.wait_for(board.loaded.wait(), 30)
            await pilot.pause()
            second = board.current
            assert second is not None and second[1] is not None
            links = store.annotation(second[1].article_id, second[1].claim_id).attributes.links
            assert [(link.type, link.annotation_id) for link in links] == [("corroborates", first[1].claim_id)]
            await pilot.press("enter")  # to the claim in its article
            await pilot.pause()
            assert app.screen is app.main
            assert app.main.article is not None and app.main.article.id == second[1].article_id
            assert {taken.id, held.id} == {first[1].claim_id, second[1].claim_id}


async def test_the_list_moves_by_j_and_k_home_and_end_and_its_words_end_inside_the_screen(
    tmp_path: Path, make_app
) -> None:
    """Found by a newcomer: j/k did nothing in the list, End scrolled it sideways (the date and
    claimant gone), and the words were cut by the screen's edge with no "…"."""
    from textual.widgets import DataTable, Input

    with Store.open(tmp_path / "db") as store:
        long = "its fighters captured Kindu airport " + "and the roads around it " * 6
        one, two = two_sides(store, long.strip(), "its troops still held Kindu")
        claim(store, one, long.strip(), REBELS, "captured")
        claim(store, two, "its troops still held Kindu", ARMY, "government_held")
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            board = await open_board(app, pilot)
            await pilot.press("j")  # in the filter: a letter
            assert board.query_one("#board-filter", Input).value == "j"
            await pilot.press("backspace", "tab", "j", "j")
            await pilot.pause()
            table = board.query_one(DataTable)
            assert table.cursor_row == 2
            await pilot.press("k")
            assert table.cursor_row == 1
            await end_then_home(pilot, table)
            widest = max(len(table.get_row_at(i)[-1].plain) for i in range(table.row_count))
            assert widest < SIZE[0] - 60 and any("…" in table.get_row_at(i)[-1].plain for i in range(table.row_count))


async def test_at_120_columns_the_words_have_room_and_end_inside_the_screen(tmp_path: Path, make_app) -> None:
    """Found by a newcomer: at 120 columns a claim's words had ten cells beside its article's title
    ("Army says… · “his"). Names are cut sooner there and the title left to the detail below."""
    from textual.widgets import DataTable

    with Store.open(tmp_path / "db") as store:
        long = "its fighters captured Kindu airport and the roads around it on Tuesday"
        one, two = two_sides(store, long, "its troops still held Kindu")
        store.put_entity(Entity.actor("Ethiopian National Defense Force", ActorDetails("state_forces")))
        claim(store, one, long, REBELS, "captured")
        claim(store, two, "its troops still held Kindu", ARMY, "government_held")
        for width, shown in (
            (120, "“its fighters captured Ki"),
            (150, "“its fighters captured Kindu airport and the"),
        ):
            app = make_app(store)
            async with app.run_test(size=(width, 40)) as pilot:  # at 150 the title left 25 cells (helper-258)
                board = await open_board(app, pilot)
                table = board.query_one(DataTable)
                await pilot.pause()
                words = [table.get_row_at(i)[-1].plain for i in range(table.row_count)]
                assert shown in " ".join(words)
                assert table.virtual_size.width <= width - 2 and table.scroll_x == 0
                assert table.virtual_size.width >= width - 6  # the room the other columns leave (helper-363: the
                # words stopped at 22 cells beside 40 empty ones)


async def test_each_column_is_headed_for_an_events_row_and_a_claims(tmp_path: Path, make_app) -> None:
    """Found by a newcomer: under "claimant" an event's row showed its place, under "certainty"
    its count of claims. Each column now names what both rows put in it."""
    from textual.widgets import DataTable

    with Store.open(tmp_path / "db") as store:
        one, _two = two_sides(store, "its fighters captured Kindu", "its troops held Kindu")
        claim(store, one, "its fighters captured Kindu", REBELS, "captured")
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            board = await open_board(app, pilot)
            table = board.query_one(DataTable)
            headers = [str(column.label).split("\n") for column in table.columns.values()]
            event_row = [str(cell) for cell in table.get_row_at(0)]
            claim_row = [str(cell) for cell in table.get_row_at(1)]
    assert [h[0] for h in headers][2:6] == ["place", "type", "claims", "sources"]
    assert [h[1] for h in headers][2:6] == ["claimant", "cue", "certainty", "status"]
    assert event_row[2:6] == ["Kindu", "territorial control", "1 claim", "1 source"]
    assert claim_row[2] == "Mai-Mai Kifuafua" and claim_row[5] == "captured"


def test_a_claim_the_analyst_linked_as_contradicting_is_marked_whatever_its_side(tmp_path: Path) -> None:
    """A newcomer linked a claim that says no holder ("The town is fully under our control", status
    unknown) as contradicting a capture: the board kept no ✗ on it."""
    from annotations.claims.board import board_claims, events
    from annotations.model import ClaimLink
    from tui.screens.board_cells import claim_cells

    lashio = Entity.place("Lashio", PlaceDetails("city", country="Myanmar"))
    rebels, junta = (
        Entity.actor("MNDAA", ActorDetails("rebel_group")),
        Entity.actor("Junta", ActorDetails("state_forces")),
    )
    first = Article.create("Seized", "The MNDAA said its fighters seized Lashio.", published="2024-08-03")
    second = Article.create("Held", "The junta said Lashio is fully under our control.", published="2024-08-04")
    with Store.open(tmp_path / "db") as store:
        for article in (first, second):
            store.add_article(article)
        for entity in (rebels, junta):
            store.put_entity(entity)
        seized = claim_about(store, first, "its fighters seized Lashio", lashio, rebels, status="captured")
        held = claim_about(store, second, "Lashio is fully under our control", lashio, junta, status="unknown")
        attributes = held.attributes
        assert isinstance(attributes, ClaimAttributes)
        links = (ClaimLink("contradicts", first.id, seized.id),)
        store.update_annotation(replace(held, attributes=replace(attributes, links=links)))
        (event,) = events(board_claims(store))
    divided = bool(event.contradictions())
    flags = {claim.article_title: claim_cells(event, claim, False, divided)[0].plain for claim in event.claims}
    assert flags == {"Seized": "✗", "Held": "✗"}


async def test_enter_on_a_claim_shows_the_claim_though_an_actor_starts_where_it_starts(
    tmp_path: Path, make_app
) -> None:
    """Found by a newcomer: Enter on "Gunmen killed seven civilians in Kindu" showed the actor
    "Gunmen", which its first word is, in the detail, not the claim chosen on the board."""
    with Store.open(tmp_path / "db") as store:
        text = "Gunmen killed seven civilians in Kindu, the army said."
        _, killed = opening_with_an_actor(store, text, "Gunmen", "Gunmen killed seven civilians in Kindu")
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            await open_board(app, pilot)
            await pilot.press("tab", "down", "enter")
            await pilot.pause()
            assert app.screen is app.main
            shown = str(app.main.query_one("#detail").render())
            assert "CLAIM" in shown and "seven civilians" in shown, shown
            assert app.main.pinned is not None and app.main.pinned[0] == killed.id
            current = app.main.current_annotation()  # what x and e act on (x deleted the actor)
            assert current is not None and current.id == killed.id
            await pilot.press("w")  # the cursor moves: the pin goes, the reader's own rules again
            await pilot.pause()
            assert app.main.pinned is None


async def test_the_line_under_the_list_says_a_long_claim_whole(tmp_path: Path, make_app) -> None:
    """Found by a newcomer: a claim of 1,000 characters ended "…in the eastern, south…" under the list."""
    with Store.open(tmp_path / "db") as store:
        long = "its fighters captured Kindu airport " + " ".join(f"and road number {n} beyond it" for n in range(30))
        one, two = two_sides(store, long, "its troops still held Kindu")
        claim(store, one, long, REBELS, "captured")
        claim(store, two, "its troops still held Kindu", ARMY, "government_held")
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            board = await open_board(app, pilot)
            await pilot.press("tab")
            while board.current is not None and (board.current[1] is None or board.current[1].quote != long):
                await pilot.press("down")
            await pilot.pause()
            detail = board.query_one("#claim-detail")
            lines = [strip.text for strip in detail.render_lines(detail.region.reset_offset)]
            assert "road number 29 beyond it" in " ".join(" ".join(lines).split())


async def test_one_sources_claims_on_two_sides_are_neither_marked_nor_proposed_as_contradicting(
    tmp_path: Path, make_app
) -> None:
    """A reviewer's: with the MNDAA's "seized" and its own denial that the town "had been retaken",
    the event had no contradiction, yet both rows had ✗ and the board proposed linking them so."""
    from annotations.claims.board import board_claims, events
    from tui.screens.board_cells import claim_cells
    from tui.screens.claims_board import suggested_link

    lashio = Entity.place("Lashio", PlaceDetails("city", country="Myanmar"))
    rebels = Entity.actor("MNDAA", ActorDetails("rebel_group"))
    first = Article.create("Seized", "The MNDAA said its fighters seized Lashio.", published="2024-08-03")
    second = Article.create("Denied", "The MNDAA denied that Lashio had been retaken.", published="2024-08-04")
    with Store.open(tmp_path / "db") as store:
        for article in (first, second):
            store.add_article(article)
        store.put_entity(rebels)
        claim_about(store, first, "its fighters seized Lashio", lashio, rebels, status="captured")
        claim_about(store, second, "Lashio had been retaken", lashio, rebels, status="contested", certainty="negated")
        (event,) = events(board_claims(store))
    assert event.contradictions() == []
    divided = bool(event.contradictions())
    assert [claim_cells(event, claim, False, divided)[0].plain for claim in event.claims] == [" ", " "]
    assert all(suggested_link(event, claim) is None for claim in event.claims)


async def test_bracket_again_on_a_word_where_two_annotations_start_shows_the_wider(tmp_path: Path, make_app) -> None:
    """Found by a newcomer: the claim "Gang members set fire to buses…" opens with the actor "Gang
    members"; ] went from the actor to the next place, and the claim could not be reached; from a
    search's match on the word too."""
    with Store.open(tmp_path / "db") as store:
        text = "Kindu was calm. Gang members set fire to buses in Kindu, the army said. Rebels fled."
        gang, fire = opening_with_an_actor(store, text, "Gang members", "Gang members set fire to buses in Kindu")
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            main = app.main
            main.reader.show_offset(text.index("was"))
            await pilot.pause()
            await pilot.press("right_square_bracket")
            await pilot.pause()
            assert main.reader.focus_offset == text.index("Gang") and main.current_annotation().id == gang.id
            await pilot.press("right_square_bracket")
            await pilot.pause()
            current = main.current_annotation()
            assert current is not None and current.id == fire.id
            assert "CLAIM" in str(main.query_one("#detail").render())
            await pilot.press("right_square_bracket")
            await pilot.pause()
            assert main.reader.focus_offset > text.index("Gang")
            # A search landing on "Gang" (its cursor at the match's end) and `]` went on past the
            # claim; so did coming back to the word after `]` had been there once.
            for _ in range(2):  # the second time, back by a search after moving away
                await pilot.press("slash", *"Gang", "enter")
                await pilot.pause()
                assert main.reader.focus_offset == text.index("Gang") and main.current_annotation().id == gang.id
                await pilot.press("right_square_bracket")
                await pilot.pause()
                current = main.current_annotation()
                assert main.reader.focus_offset == text.index("Gang") and current is not None and current.id == fire.id
                main.reader.show_offset(text.index("was"))
                await pilot.pause()


async def test_end_shows_the_last_row_whole_when_the_line_under_the_list_grows(tmp_path: Path, make_app) -> None:
    """Found by a newcomer: End on a long board left the highlighted last row under the edge (the
    line under the list, saying the highlighted claim, grew and took the list's last lines)."""
    from textual.widgets import DataTable

    with Store.open(tmp_path / "db") as store:
        for entity in (KINDU, REBELS, ARMY):
            store.put_entity(entity)
        for day in range(1, 29):
            words = (
                f"its fighters held Kindu on day {day} "
                + "and the roads around the town " * (day % 5)
                + "and the bridges " * (day * 2)
            )
            article = Article.create(
                f"Kindu {day}",
                f"The militia said {words.strip()}.",
                published=f"2021-{1 + day // 28:02}-{1 + (day * 7) % 28:02}",
            )
            store.add_article(article)
            claim(store, article, words.strip(), REBELS, "captured")
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            board = await open_board(app, pilot)
            await pilot.press("tab", "end")
            await pilot.pause()
            table = board.query_one(DataTable)
            assert table.cursor_row == table.row_count - 1
            assert table.max_scroll_y > 0 and table.scroll_y == table.max_scroll_y
            assert board.query_one("#claim-detail").size.height > 5  # the long claim, said under the list


def test_the_filter_finds_an_event_by_its_type_and_a_claims_date(tmp_path: Path) -> None:
    """A newcomer typed "2024-08-27" and "casualties", the board's first columns, and found nothing."""
    from annotations.claims.board import board_claims, events
    from tui.screens.claims_board import _matches

    with Store.open(tmp_path / "db") as store:
        one, _two = two_sides(
            store, "on Monday that its fighters captured Kindu airport", "its troops still held Kindu after the attack"
        )
        claim(store, one, "its fighters captured Kindu airport", REBELS, "captured")
        (event,) = events(board_claims(store))
    day = next(c.when.day for c in event.claims if c.when is not None)
    assert _matches(event, day.isoformat()) and _matches(event, day.isoformat()[:7])  # the day, or its month
    assert _matches(event, fold(day.isoformat()))  # as the filter hands it over (a reviewer's: "2025 03 02")
    assert _matches(event, event.claim_type.replace("_", " ")[:6])
    assert not _matches(event, "1999-01")
    kind = event.claim_type.replace("_", " ")  # helper-247: the place and the type together found nothing
    assert _matches(event, f"kindu {kind}") and _matches(event, f"{kind} kindu")
    assert not _matches(event, f"kindu {kind} 1999-01")


async def test_ctrl_r_on_the_board_redoes_the_link_its_u_undid(tmp_path: Path, make_app) -> None:
    """A newcomer: ctrl+r did nothing on the board; a link undone there could only be redone in the reader."""
    with Store.open(tmp_path / "db") as store:
        one, two = two_sides(
            store, "on Monday that its fighters captured Kindu airport", "its troops still held Kindu after the attack"
        )
        claim(store, one, "its fighters captured Kindu airport", REBELS, "captured")
        claim(store, two, "its troops still held Kindu after the attack", ARMY, "government_held")
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            board = await open_board(app, pilot)
            await pilot.press("tab", "down", "L")
            await asyncio.wait_for(board.loaded.wait(), 30)
            first = board.current
            assert first is not None and first[1] is not None

            def links() -> tuple[object, ...]:
                return store.annotation(first[1].article_id, first[1].claim_id).attributes.links

            assert len(links()) == 1
            await pilot.press("u")
            await asyncio.wait_for(board.loaded.wait(), 30)
            assert links() == ()
            await pilot.press("ctrl+r")
            await asyncio.wait_for(board.loaded.wait(), 30)
            assert len(links()) == 1
            assert "Redid: " in str(board.query_one("#board-message").render())


async def test_claims_about_no_tagged_place_are_listed_last(tmp_path: Path, make_app) -> None:
    """A newcomer read "7 claims about no tagged place not shown" and had no way to see them (HRW's
    "executing at least 223 villagers" among them): they are listed last, under a row of their own."""
    with Store.open(tmp_path / "db") as store:
        one, _two = two_sides(
            store, "on Monday that its fighters captured Kindu airport", "its troops still held Kindu after the attack"
        )
        claim(store, one, "its fighters captured Kindu airport", REBELS, "captured")
        loose = Article.create(
            "Report", "A rights group said soldiers had executed 40 villagers.", published="2026-06-22"
        )
        store.add_article(loose)
        quote = "soldiers had executed 40 villagers"
        start = loose.text.index(quote)
        store.add_annotation(
            Annotation.create(loose, "claim", start, start + len(quote), attributes=ClaimAttributes(cue="said"))
        )
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            board = await open_board(app, pilot)
            await pilot.pause()
            title = str(board.query_one("#board-title").render())
            assert "1 event · 2 claims, 1 about no tagged place, listed last" in title  # was "1 claim · 1 claim about…"
            rows = list(board.rows.values())
            assert rows[-1][1] is not None and rows[-1][1].quote == quote
            assert rows[-2][0].place == "no tagged place" and rows[-2][1] is None
            cells = [str(c) for c in board.query_one("#board").get_row(list(board.rows)[-2])]  # type: ignore[attr-defined]
            assert cells[1] == ""  # no event, no day of one (a newcomer read its one dated claim's day as theirs)
            await pilot.press("tab", "end", "enter")  # to the claim in its article, to tag its place
            await pilot.pause()
            assert app.screen is app.main and app.main.article is not None and app.main.article.id == loose.id


async def test_a_link_made_one_way_is_neither_proposed_nor_stored_the_other_way(tmp_path: Path) -> None:
    """helper-245's: "Lashio had fallen" linked in its form as contradicting the MNDAA's "its
    fighters seized Lashio"; on the board the MNDAA's claim still proposed "contradicts “Lashio had
    fallen” (L takes it)", and `L` stored the link again the other way round."""
    from annotations.claims.board import board_claims, events
    from annotations.forms.links import link_claims
    from tui.screens.claims_board import suggested_link

    with Store.open(tmp_path / "db") as store:
        first, second = two_sides(store, "its fighters captured Kindu airport", "its troops still held Kindu")
        seized = claim(store, first, "its fighters captured Kindu airport", REBELS, "captured")
        held = claim(store, second, "its troops still held Kindu", ARMY, "government_held")
        (event,) = events(board_claims(store))
        by_id = {c.claim_id: c for c in event.claims}
        assert suggested_link(event, by_id[seized.id]) is not None  # not linked yet: proposed
        link_claims(store, second.id, held.id, ClaimLink("contradicts", first.id, seized.id))
        (event,) = events(board_claims(store))
        assert all(suggested_link(event, c) is None for c in event.claims)
        assert link_claims(store, first.id, seized.id, ClaimLink("contradicts", second.id, held.id)) is None
        assert store.annotation(first.id, seized.id).attributes.links == ()  # type: ignore[union-attr]


def test_a_capture_and_its_retaking_days_later_are_not_proposed_as_contradicting(tmp_path: Path) -> None:
    """The board proposed linking the MNDAA's capture of Lashio and the army's retaking four days
    later as contradicting: both are true, one after the other."""
    from tui.screens.claims_board import suggested_link

    from ..annotations.test_claims_told_in_turn import ARMY as MYANMAR_ARMY
    from ..annotations.test_claims_told_in_turn import MNDAA, one_event

    event = one_event(tmp_path, [
        ("The MNDAA said on Friday its fighters captured Lashio.", "2024-08-03", MNDAA, "its fighters captured Lashio", "captured"),
        ("The army said on Tuesday its troops retook Lashio.", "2024-08-06", MYANMAR_ARMY, "its troops retook Lashio", "retaken"),
    ])  # fmt: skip
    assert all(suggested_link(event, claim) is None for claim in event.claims)
