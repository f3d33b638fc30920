"""The detail as the focus goes round the panes and back to the reader: it shows what the keys
would act on there, never a row left from the pane before."""

from __future__ import annotations

from annotations.model import Annotation, Article
from annotations.store import Store

from ..helpers import span
from .conftest import SIZE

TEXT = "The Taliban said on Monday that they captured Kunduz. Officials in Kabul denied it."


def detail(app) -> str:  # type: ignore[no-untyped-def]
    return str(app.screen.query_one("#detail").render())


async def test_tab_round_the_panes_and_back_leaves_the_reader_s_detail(tmp_path, make_app) -> None:
    """A newcomer's Tab round the panes back to the reader left Kunduz's row in the detail, the
    cursor on "The": `e` would have said "No annotation here". An empty pane showed the last row
    of the pane before it."""
    article = Article.create("Kunduz", TEXT)
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        store.add_annotation(Annotation.create(article, "district", *span(article, "Kunduz"), annotator="tester"))
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            assert "No annotation under the cursor" in detail(app)
            await pilot.press("tab")
            await pilot.pause()
            assert "Kunduz" in detail(app)
            await pilot.press("tab")
            await pilot.pause()
            assert "No actors in this article yet" in detail(app)
            await pilot.press("tab", "tab")
            await pilot.pause()
            assert app.screen.focused is app.main.reader
            assert "No annotation under the cursor" in detail(app)
            assert app.main.reader.focus_offset == 0


async def test_tab_into_a_pane_and_esc_back_leaves_the_cursor_where_it_was(tmp_path, make_app) -> None:
    """helper-351: Tab, then Esc, put the cursor on the Districts pane's row (Adre) though no key had moved in the
    pane, and the next `c` tagged that sentence. A pane walked to a row still puts the cursor there."""
    article = Article.create("Kunduz", TEXT)
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        store.add_annotation(Annotation.create(article, "district", *span(article, "Kunduz"), annotator="tester"))
        officials = span(article, "Officials")[0]
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            reader = app.main.reader
            reader.move_cursor(reader.location_of(officials))
            await pilot.press("tab")
            await pilot.pause()
            assert "Kunduz" in detail(app)
            await pilot.press("escape")
            await pilot.pause()
            assert app.screen.focused is reader and reader.focus_offset == officials
            await pilot.press("tab", "down", "escape")  # walked (to the only row): the cursor goes to it
            await pilot.pause()
            assert reader.focus_offset == span(article, "Kunduz")[0]


async def test_esc_from_a_claims_row_leaves_the_keys_on_the_claim_not_the_place_it_opens_with(
    tmp_path, make_app
) -> None:
    """helper-363: a claim chosen in the Claims pane, then Esc and `e`, opened the place "Rubaya" its first word is;
    `x` would have deleted the place."""
    from annotations.model import ClaimAttributes

    text = "Rubaya had fallen, the M23 said. The army denied it."
    article = Article.create("Rubaya", text)
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        store.add_annotation(Annotation.create(article, "district", *span(article, "Rubaya"), annotator="tester"))
        claim = Annotation.create(
            article, "claim", 0, len("Rubaya had fallen"), attributes=ClaimAttributes(cue="said"), annotator="tester"
        )
        store.add_annotation(claim)
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await pilot.press("tab", "tab", "tab")  # the Claims pane
            await pilot.pause()
            await pilot.press("enter")  # the claim shown in the reader
            await pilot.pause()
            await pilot.press("escape")
            await pilot.pause()
            assert app.main.current_annotation() == claim
            await pilot.press("x")
            await pilot.pause()
        assert [a.kind for a in store.annotations(article.id)] == ["district"]
