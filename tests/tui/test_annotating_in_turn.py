"""Two analysts annotating one folder in turn: another's tags stay theirs, drawn apart and named
in the panes; a message too long for its line keeps its advice."""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from annotations.model import Annotation, Article
from annotations.store import Store

from ..helpers import span, taliban_tagged
from .conftest import SIZE

TEXT = "The Taliban said on Monday that they captured Kunduz. Officials in Kabul denied it."
FOLDER_TEXT = "Taliban fighters said on Monday that they captured Kunduz, a claim officials in Kabul denied."


@contextmanager
def folder_tagged(folder: Path, *tags: tuple[str, str, str]) -> Iterator[tuple[Store, Article]]:
    """A folder database holding one article with these tags (kind, words, whose), as analysts who
    annotate it in turn leave it."""
    article = Article.create("Kunduz", FOLDER_TEXT)
    with Store.open(folder / "db") as store:
        store.add_article(article)
        for kind, words, who in tags:
            store.add_annotation(Annotation.create(article, kind, *span(article, words), annotator=who))  # type: ignore[arg-type]
        yield store, article


async def test_in_a_folder_two_analysts_annotate_in_turn_a_tag_inside_anothers_adds_ones_own(
    tmp_path, make_app
) -> None:
    """Found by a newcomer as "sam" on root's folder database: words searched inside root's "Rapid
    Support Forces" and `a` opened root's mention to edit ("Overlaps …: editing it with these
    words"), and saving would have cut root's tag to sam's words. Another analyst's accepted tags
    stay theirs in a folder as on a server: the key makes the analyst's own."""
    with folder_tagged(tmp_path, ("actor", "Taliban fighters", "root")) as (store, article):
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await pilot.press("slash", *"fighters", "enter", "a")
            await pilot.pause()
            await pilot.press("enter")
            await pilot.pause()
        tagged = sorted((a.quote, a.annotator) for a in store.annotations(article.id))
    assert tagged == [("Taliban fighters", "root"), ("fighters", "tester")]


async def test_in_a_folder_undo_says_whose_step_it_takes_back(tmp_path, make_app) -> None:
    """A newcomer's: `u` as amina silently undid ben's tag (a folder keeps one history for the
    analysts who annotate it in turn). The first `u` says whose step it is; the second undoes it."""
    from tui.widgets.message_line import MessageLine

    with folder_tagged(tmp_path, ("district", "Kunduz", "ben")) as (store, article):
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await pilot.press("u")
            await pilot.pause()
            said = str(app.screen.query_one(MessageLine).render())
            assert "is ben's: u again undoes it" in said
            assert [a.quote for a in store.annotations(article.id)] == ["Kunduz"]
            await pilot.press("u")
            await pilot.pause()
            assert store.annotations(article.id) == []
            await pilot.press("slash", *"fighters", "enter", "a", "enter")
            await pilot.pause()
            await pilot.press("u")  # the analyst's own step: undone at once
            await pilot.pause()
            assert store.annotations(article.id) == []


async def test_in_a_folder_e_on_words_two_analysts_tagged_edits_ones_own(tmp_path, make_app) -> None:
    """A newcomer's: as ben, `e` on words amina had tagged too opened amina's annotation to edit."""
    from tui.widgets.form_bodies import FormBody

    with folder_tagged(tmp_path, ("district", "Kunduz", "amina"), ("district", "Kunduz", "tester")) as (store, _):
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await pilot.press("slash", *"Kunduz", "enter", "escape", "e")
            await pilot.pause()
            assert any(b.display for b in app.screen.query(FormBody))
            assert app.main.current_annotation().annotator == "tester"


async def test_the_detail_shows_of_words_two_analysts_tagged_the_tag_e_and_x_act_on(tmp_path, make_app) -> None:
    """A newcomer pair: the detail showed bo's tag ("tagged by bo") where ana's `e` and `x` acted on
    her own: one could not see what the keys would change."""
    with folder_tagged(tmp_path, ("district", "Kunduz", "amina"), ("district", "Kunduz", "tester")) as (store, _):
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await pilot.press("slash", *"Kunduz", "enter", "escape")
            await pilot.pause()
            shown = str(app.screen.query_one("#detail").render())
            assert "amina" not in shown, shown
            assert app.main.current_annotation().annotator == "tester"


async def test_x_on_a_panes_row_deletes_ones_own_mentions_and_keeps_another_analysts(tmp_path, make_app) -> None:
    """A newcomer's: as ana, `x` on the Kunduz row of the places pane said "delete 3 mentions" and
    took bo's and the curated tag with hers, unsaid. It deletes the analyst's own; the others stay,
    named on the message line."""
    from annotations.model import Entity, PlaceDetails
    from tui.widgets.message_line import MessageLine

    article = Article.create("Kunduz", "Kunduz fell on Monday. Officials said Kunduz was quiet by night.")
    kunduz = Entity.place("Kunduz", PlaceDetails("city"))
    first, second = article.text.index("Kunduz"), article.text.rindex("Kunduz")
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        store.add_annotation(
            Annotation.create(article, "district", first, first + 6, entity_id=kunduz.id, annotator="tester"),
            new_entity=kunduz,
        )
        store.add_annotation(
            Annotation.create(article, "district", second, second + 6, entity_id=kunduz.id, annotator="bo")
        )
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await pilot.press("tab")
            await pilot.pause()
            await pilot.press("x")
            await pilot.pause()
            said = str(app.screen.query_one(MessageLine).render())
            left = [(a.start, a.annotator) for a in store.annotations(article.id)]
            assert left == [(second, "bo")]
            assert "bo's kept" in said
            await pilot.press("x")  # only bo's left: not the analyst's to delete from the row
            await pilot.pause()
            assert "Its mentions are bo's" in str(app.screen.query_one(MessageLine).render())
            assert [a.annotator for a in store.annotations(article.id)] == ["bo"]


async def test_deleting_a_mention_another_analysts_claim_names_says_so(tmp_path, make_app) -> None:
    """A second newcomer's: bo's claim named ana's "Taliban" as its claimant; ana deleted her tag
    and bo's claim lost its mention unsaid (`fieldmark check` finds nothing: the claim keeps the
    actor). The message line says whose claim keeps its claimant without the mention."""
    from annotations.model import ClaimAttributes
    from tui.widgets.message_line import MessageLine

    article = Article.create("Kunduz", TEXT)
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        mine = taliban_tagged(store, article, "tester")
        named = ClaimAttributes(claimant_annotation_id=mine.id, claimant_entity_id=mine.entity_id)
        bos = Annotation.create(
            article, "claim", *span(article, "they captured Kunduz"), annotator="bo", attributes=named
        )
        store.add_annotation(bos)
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await pilot.press("slash", *"Taliban", "enter", "escape", "x")
            await pilot.pause()
            said = str(app.screen.query_one(MessageLine).render())
            assert "bo's claim keeps its claimant without this mention" in said
        assert [a.id for a in store.annotations(article.id)] == [bos.id]


async def test_another_analysts_tags_are_drawn_not_bold_ones_own_bold(tmp_path, make_app) -> None:
    """A second newcomer: the reader never showed whose a tag was (only the detail, once opened).
    Another analyst's tags keep their kind's colour without bold; the help says so."""
    with folder_tagged(tmp_path, ("district", "Kunduz", "bo"), ("district", "Kabul", "tester")) as (store, _):
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            reader = app.main.reader
            segments = [s for y in range(reader.size.height) for s in reader.render_line(y)._segments]
            bold = {
                s.text.strip(): bool(s.style and s.style.bold)
                for s in segments
                if s.text.strip() in ("Kunduz", "Kabul")
            }
            assert bold == {"Kunduz": False, "Kabul": True}
            await pilot.press("question_mark")
            await pilot.pause()
            from rich.console import Console

            console = Console(width=120, record=True, file=io.StringIO())
            console.print(app.screen.query_one("#help Static").render()._renderable)  # type: ignore[union-attr]
            assert "another analyst's tag (not bold)" in console.export_text()


async def test_the_panes_say_whose_rows_are_only_another_analysts_work(tmp_path, make_app) -> None:
    """A third newcomer could not tell her rows from her colleague's and the curated copies in the
    panes. A row that is only others' work starts with whose ("bo's: "); a place both tagged does not."""
    from annotations.model import Entity
    from tui.widgets.panes import AnnotationPane

    kabul = Entity.place("Kabul")
    with folder_tagged(tmp_path, ("district", "Kunduz", "bo")) as (store, article):
        for who in ("tester", "bo"):
            tag = Annotation.create(article, "district", *span(article, "Kabul"), entity_id=kabul.id, annotator=who)
            store.add_annotation(tag, new_entity=None if store.get_entity(kabul.id) else kabul)
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            rows = [str(text) for _id, text in app.main.query_one("#districts", AnnotationPane)._rows]
            assert [row.split("  ")[0] for row in rows] == ["bo's: Kunduz", "Kabul"], rows


def test_a_message_longer_than_its_line_cuts_its_quotations_first_and_keeps_its_advice() -> None:
    """A third newcomer's undo message was cut at 120 columns before what u does next."""
    from tui.widgets.message_line import quotes_cut_to

    said = (
        "The last step, accept claim “Dozens of districts have fallen to the Taliban since May 1, and their "
        "significance lies in roads”, is bo's: u again undoes it"
    )
    cut = quotes_cut_to(said, 80)
    assert len(cut) <= 80 and cut.endswith("”, is bo's: u again undoes it") and cut.startswith("The last step, ")
    assert "“Dozens of" in cut and "…”" in cut
    assert quotes_cut_to(said, None) == said == quotes_cut_to(said, 200)
    assert quotes_cut_to("no quotation in it at all, and long", 10) == "no quotation in it at all, and long"
