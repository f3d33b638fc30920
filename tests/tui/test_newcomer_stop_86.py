"""What helper-315 stumbled on, as a newcomer in the app (stop 86): a pane's highlighted row out of sight, the
highlight on the wrong row after undoing a pane's delete, `x` on a suggestion doing nothing."""

from __future__ import annotations

from textual.app import App, ComposeResult

from annotations.model import Annotation, Article
from annotations.store import Store
from tui.widgets.panes import AnnotationPane
from tui.widgets.row_list import RowList

from ..helpers import span
from .conftest import SIZE
from .test_tagging_keys import ready


class _Rows(App[None]):
    def compose(self) -> ComposeResult:
        rows = RowList(id="rows")
        rows.styles.height = 5
        yield rows


async def test_a_row_added_above_the_highlight_keeps_it_in_sight() -> None:
    """helper-315 tagged a name sorting above the highlighted actor: the highlight moved down a line, out of the
    pane's sight, and `x` deleted an actor he could not see."""
    from rich.text import Text

    app = _Rows()
    async with app.run_test(size=(40, 10)) as pilot:
        rows = app.query_one(RowList)
        names = [f"name {n:02}" for n in range(10)]
        rows.set_rows([(name, Text(name)) for name in names])
        await pilot.pause()
        rows.highlighted = 4  # the last row in sight
        await pilot.pause()
        assert rows.scroll_offset.y == 0
        rows.set_rows([("name 00a", Text("name 00a")), *[(name, Text(name)) for name in names]])
        await pilot.pause()
        assert rows.current_id == "name 04" and rows.highlighted == 5
        height = rows.scrollable_content_region.height
        assert rows.scroll_offset.y <= rows.highlighted < rows.scroll_offset.y + height


TEXT = "Fighting reached Kunduz on Monday. Officials in Herat and Mazar denied it. Kunduz was calm later."


async def test_undoing_a_panes_delete_highlights_the_row_given_back(tmp_path, make_app) -> None:
    """helper-315: `x` on El Fasher's row, `u`: the highlight stayed on Nyala (the row that had taken its place), and
    the next `x` deleted Nyala."""
    article = Article.create("Kunduz", TEXT)
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        for name in ("Herat", "Kunduz", "Mazar"):
            store.add_annotation(Annotation.create(article, "district", *span(article, name), annotator="tester"))
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            reader = app.main.reader  # on the first Kunduz, as undo puts it back: the cursor does not move
            reader.move_cursor(reader.location_of(TEXT.index("Kunduz")))
            await pilot.press("tab")
            await pilot.pause()
            rows = app.screen.query_one("#districts", AnnotationPane)
            while rows.current_id is not None and "Kunduz" not in str(rows.row_text(rows.highlighted or 0)):
                await pilot.press("j")
            assert "Kunduz" in str(rows.row_text(rows.highlighted or 0))
            await pilot.press("x")
            await pilot.pause()
            assert not any("Kunduz" in str(rows.row_text(n)) for n in range(rows.row_count))
            await pilot.press("u")
            await pilot.pause()
            assert "Kunduz" in str(rows.row_text(rows.highlighted or 0))


async def test_x_on_a_suggestion_rejects_it(seed_store: Store, make_app) -> None:
    """helper-315: `x` on a suggestion said "No annotation here to delete." and the message stayed."""
    app = make_app(seed_store, suggestions=True)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        await pilot.press("R")
        first = app.main.suggestion_here()
        assert first is not None
        await pilot.press("x")
        await ready(pilot, app)
        (summary,) = seed_store.articles()
        assert seed_store.rejections(summary.id) == {f"tester|{first.key}"}


async def test_the_name_hint_says_what_the_completion_shown_takes(seed_store: Store, make_app) -> None:
    """helper-315: the name field showed a completion while the hint said "a new actor", and Enter saved what was
    typed ("Sudan L"): the hint now says both."""
    from textual.widgets import Input

    from .test_tagging_keys import select_words

    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        reader = await ready(pilot, app)
        select_words(seed_store, reader, "local police officers")
        await pilot.press("a", "ctrl+u", *"Afghan Nat")
        await pilot.pause()
        hint = str(app.screen.query_one("#match-hint").render())
        assert app.screen.query_one("#name", Input).value == "Afghan Nat"
        assert "a new actor as typed" in hint and "→ takes" in hint and "Afghan National" in hint


CLAIMED = (
    "Officials said the Sudan Liberation Army had fired first near Kunduz on Monday. "
    "Aid workers said the U.N. convoy was carrying food for 2.5 million people near Herat."
)


def _claimed(store: Store, article: Article) -> Annotation:
    """The article stored with its first claim accepted (a suggested actor lies inside it)."""
    from annotations.model import ClaimAttributes

    store.add_article(article)
    words = "the Sudan Liberation Army had fired first near Kunduz on Monday"
    claim = Annotation.create(
        article, "claim", *span(article, words), annotator="tester", attributes=ClaimAttributes(cue="said")
    )
    store.add_annotation(claim)
    return claim


async def test_x_on_a_suggestion_inside_an_accepted_claim_rejects_the_suggestion(tmp_path, make_app) -> None:
    """helper-318: the detail showed the suggested actor inside an accepted claim; x deleted the claim."""
    article = Article.create("Kunduz", CLAIMED)
    with Store.open(tmp_path / "db") as store:
        claim = _claimed(store, article)
        app = make_app(store, suggestions=True)
        async with app.run_test(size=SIZE) as pilot:
            reader = await ready(pilot, app)
            reader.move_cursor(reader.location_of(CLAIMED.index("Liberation")))
            await pilot.pause()
            here = app.main.suggestion_here()
            assert here is not None and here.kind == "actor"
            await pilot.press("x")
            await ready(pilot, app)
            assert [a.id for a in store.annotations(article.id) if a.kind == "claim"] == [claim.id]
            assert store.rejections(article.id)


async def test_c_on_a_cue_takes_its_claim_whatever_full_stops_it_holds(tmp_path, make_app) -> None:
    """helper-318: `/said⏎c` on "Aid workers said the U.N. convoy …" made a claim of the word "said"."""
    article = Article.create("Herat", CLAIMED)
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        app = make_app(store, suggestions=True)
        async with app.run_test(size=SIZE) as pilot:
            await ready(pilot, app)
            cued = [s for s in app.main.suggestions if s.kind == "claim" and "U.N." in s.quote]
            assert cued
            app.main.reader.move_cursor(app.main.reader.location_of(CLAIMED.index("Aid workers")))
            await pilot.press("slash", *"said", "enter", "c", "enter")
            await pilot.pause()
            claims = [a.quote for a in store.annotations(article.id) if a.kind == "claim"]
            assert claims == [cued[0].quote]


async def test_undoing_a_panes_delete_highlights_it_where_a_place_lies_inside(tmp_path, make_app) -> None:
    """helper-318: "Sudan" tagged as a place inside "Sudan Liberation Movement": after `x` on the movement's row and
    `u`, the Actors pane kept its highlight on the next actor (the place was what lay under the cursor)."""
    text = "The Sudan Liberation Movement said Abdel Wahid would talk. Abdel Wahid did not come."
    article = Article.create("Sudan", text)
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        store.add_annotation(Annotation.create(article, "district", *span(article, "Sudan"), annotator="tester"))
        for name in ("Sudan Liberation Movement", "Abdel Wahid"):
            store.add_annotation(Annotation.create(article, "actor", *span(article, name), annotator="tester"))
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            reader = app.main.reader
            reader.move_cursor(reader.location_of(text.index("Sudan")))
            await pilot.press("tab", "tab")
            await pilot.pause()
            rows = app.screen.query_one("#actors", AnnotationPane)
            while "Liberation" not in str(rows.row_text(rows.highlighted or 0)):
                await pilot.press("j")
            await pilot.press("x")
            await pilot.pause()
            await pilot.press("u")
            await pilot.pause()
            assert "Liberation" in str(rows.row_text(rows.highlighted or 0))


async def test_x_typed_fast_after_undo_waits_for_the_suggestion_given_back(tmp_path, make_app) -> None:
    """helper-320: `y` on a suggested actor inside an accepted claim, then `u x` in one burst deleted the claim: x ran
    before the suggestions were made again, where `u r` typed so rejected the suggestion."""
    article = Article.create("Kunduz", CLAIMED)
    with Store.open(tmp_path / "db") as store:
        claim = _claimed(store, article)
        app = make_app(store, suggestions=True)
        async with app.run_test(size=SIZE) as pilot:
            reader = await ready(pilot, app)
            reader.move_cursor(reader.location_of(CLAIMED.index("Liberation")))
            await pilot.pause()
            assert app.main.suggestion_here() is not None
            await pilot.press("y")
            await ready(pilot, app)
            reader.move_cursor(reader.location_of(CLAIMED.index("Liberation")))
            await pilot.press("u", "x")  # one burst
            await ready(pilot, app)
            await ready(pilot, app)
            assert [a.id for a in store.annotations(article.id) if a.kind == "claim"] == [claim.id]
