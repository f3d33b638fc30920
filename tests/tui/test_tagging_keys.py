"""Fewer keys per tag: a tag key on a suggestion takes the suggestion's words and what it knows,
`e` on a suggestion tags it, the cursor rests on a new tag, a span tagged twice is edited, not
doubled, and the detail shows what `y` and `r` would act on."""

from __future__ import annotations

import asyncio
from typing import Any

from annotations.store import Store
from tui.suggestions import walk_order
from tui.widgets.article_view import ArticleView
from tui.widgets.message_line import MessageLine
from tui.widgets.panes import DetailPanel

from .conftest import SIZE


async def ready(pilot, app) -> ArticleView:
    await pilot.pause()
    await asyncio.wait_for(app.main.suggestions_current.wait(), 60)
    await pilot.pause()
    return app.screen.query_one(ArticleView)


def offset_of(store: Store, words: str) -> int:
    (summary,) = store.articles()
    return store.article(summary.id).text.index(words)


def select_words(store: Store, reader: ArticleView, words: str) -> None:
    start = offset_of(store, words)
    reader.select_span(start, start + len(words))


def accepted(store: Store, kind: str) -> list[str]:
    (summary,) = store.articles()
    return [a.quote for a in store.annotations(summary.id) if a.kind == kind and a.status == "accepted"]


async def test_a_tag_key_on_a_suggestion_takes_its_words(seed_store: Store, make_app) -> None:
    app = make_app(seed_store, suggestions=True)
    async with app.run_test(size=SIZE) as pilot:
        reader = await ready(pilot, app)
        words = "the Islamist extremists"
        reader.move_cursor(reader.location_of(offset_of(seed_store, words) + len(words) - 3))
        suggested = app.main.suggestion_here()
        assert suggested is not None and suggested.kind == "actor", suggested
        following = app.main.suggesting.following(suggested, skip=[suggested])
        await pilot.press("a")  # the cursor is in the last word: the suggestion gives the span
        await pilot.press("enter")
        await pilot.pause()
        assert accepted(seed_store, "actor") == [suggested.quote]
        # A suggestion taken with a tag key is accepted with changes: on to the next, as y does, and said so
        # (helper-351: "Saved · add claim …" said no "next:", the cursor moving on all the same).
        assert following is not None and reader.cursor_offset == following.start
        said = app.main.query_one(MessageLine).said
        assert "next:" in said and following.quote[:20] in said


async def test_after_tagging_by_hand_the_cursor_rests_on_the_new_tag(seed_store: Store, make_app) -> None:
    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        reader = await ready(pilot, app)
        start = offset_of(seed_store, "Imam Sahib")
        reader.select_span(start, start + len("Imam Sahib"))
        await pilot.press("d", "enter")
        await pilot.pause()
        assert accepted(seed_store, "district") == ["Imam Sahib"]
        await pilot.press("x")  # the cursor rests on the new tag: x deletes it at once
        await pilot.pause()
        assert accepted(seed_store, "district") == []


async def test_e_right_after_saving_a_claim_edits_the_claim_not_a_place_at_its_end(seed_store: Store, make_app) -> None:
    """Found by a newcomer: a claim ending on a tagged place ("…in Tame") was saved, and `e` opened
    the place's form: the cursor rests on the claim's last letter, inside the place."""
    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        reader = await ready(pilot, app)
        select_words(seed_store, reader, "Kunduz")
        await pilot.press("d", "enter")
        await pilot.pause()
        select_words(seed_store, reader, "captured a key district in the northern province of Kunduz")
        await pilot.press("c", "enter")
        await pilot.pause()
        assert accepted(seed_store, "claim") == ["captured a key district in the northern province of Kunduz"]
        await pilot.press("e")
        await pilot.pause()
        assert app.main.side.form.kind == "claim"


async def test_tagging_a_span_again_edits_the_tag(seed_store: Store, make_app) -> None:
    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        reader = await ready(pilot, app)
        start = offset_of(seed_store, "The Taliban reportedly captured")
        for _ in range(2):
            reader.move_cursor(reader.location_of(start + 5))
            await pilot.press("c", "enter")
            await pilot.pause()
        assert len(accepted(seed_store, "claim")) == 1


async def test_e_on_a_suggestion_inside_a_claim_tags_the_suggestion(seed_store: Store, make_app) -> None:
    app = make_app(seed_store, suggestions=True)
    async with app.run_test(size=SIZE) as pilot:
        reader = await ready(pilot, app)
        start = offset_of(seed_store, "Afghan government officials insisted")
        reader.move_cursor(reader.location_of(start + 30))
        await pilot.press("c", "enter")  # the sentence as an accepted claim, its suggested speaker tagged with it
        await asyncio.wait_for(app.main.suggestions_current.wait(), 60)
        await pilot.pause()
        assert "Afghan government officials" in accepted(seed_store, "actor")
        reader.move_cursor(reader.location_of(offset_of(seed_store, "police and military") + 2))
        await pilot.pause()
        here = app.main.suggestion_here()
        assert here is not None and here.kind == "actor", here
        assert "Suggestion" in str(app.screen.query_one(DetailPanel).border_title)
        await pilot.press("e", "enter")
        await pilot.pause()
        assert here.quote in accepted(seed_store, "actor")


async def test_the_form_grows_and_shrinks_its_span_by_word_and_sentence(seed_store: Store, make_app) -> None:
    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        reader = await ready(pilot, app)
        reader.move_cursor(reader.location_of(offset_of(seed_store, "Imam Sahib district early") + 1))
        await pilot.press("d", "alt+right", "enter")  # Imam Sahib, one more word
        await pilot.pause()
        assert accepted(seed_store, "district") == ["Imam Sahib district"]
        await pilot.press("e", "alt+left", "enter")  # edited: one word less again
        await pilot.pause()
        assert accepted(seed_store, "district") == ["Imam Sahib"]
        start = offset_of(seed_store, "The Taliban reportedly captured")
        reader.move_cursor(reader.location_of(start + 1))
        await pilot.press("v", "w", "w", "c", "alt+down", "alt+shift+right", "enter")
        await pilot.pause()
        (claim,) = accepted(seed_store, "claim")
        assert claim.startswith("Taliban reportedly captured") and claim.endswith("fighting.")


async def test_a_choice_filters_as_the_analyst_types(seed_store: Store, make_app) -> None:
    from tui.widgets.choice import ChoiceField

    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        reader = await ready(pilot, app)
        for words in ("Taliban", "Khaama Press", "Tasnim News Agency"):
            reader.select_span(offset_of(seed_store, words), offset_of(seed_store, words) + len(words))
            await pilot.press("a", "enter")
            await pilot.pause()
        reader.move_cursor(reader.location_of(offset_of(seed_store, "Dozens of districts") + 3))
        await pilot.press("c")
        await pilot.pause()
        claimant = app.screen.query_one("#claimant", ChoiceField)
        assert app.focused is claimant
        before = claimant.label
        await pilot.press("k", "h", "a")
        assert claimant.label.startswith("Khaama Press")
        await pilot.press("z")  # nothing matches: back to the choice before typing
        assert claimant.label == before and "nothing matches" in claimant.render().plain
        await pilot.press("backspace")
        assert claimant.label.startswith("Khaama Press")
        await pilot.press("backspace", "backspace", "backspace", "t", "a", "s")
        assert claimant.label.startswith("Tasnim News Agency")
        await pilot.press("enter")
        await pilot.pause()
        (summary,) = seed_store.articles()
        (claim,) = [a for a in seed_store.annotations(summary.id) if a.kind == "claim"]
        assert seed_store.annotation(summary.id, claim.attributes.claimant_annotation_id).quote == "Tasnim News Agency"  # type: ignore[union-attr,arg-type]


async def test_after_a_tag_is_deleted_the_count_is_current_and_review_lands_on_a_suggestion(
    seed_store: Store, make_app
) -> None:
    """Was: the header kept "1 suggestions" after its claim was deleted and R landed on nothing."""
    app = make_app(seed_store, suggestions=True)
    async with app.run_test(size=SIZE) as pilot:
        reader = await ready(pilot, app)
        claim = next(s for s in app.main.suggestions if s.kind == "claim")
        reader.move_cursor(reader.location_of(claim.start))
        await pilot.press("y")
        await ready(pilot, app)
        reader.move_cursor(reader.location_of(claim.start))
        await pilot.press("x")
        await ready(pilot, app)
        # The deleted claim is proposed again (its claimant, accepted with it, stays tagged).
        assert claim.key in {s.key for s in app.main.suggestions}
        count = len(app.main.suggestions)
        assert f"· {count} suggestions ─" in str(app.main.query_one("HeaderBar").render())
        reader.move_cursor(reader.location_of(0))  # R starts at the cursor: from the article's start, the first
        await pilot.press("R")
        assert app.main.suggestion_here() == app.main.suggestions[0]
        ordered = sorted(app.main.suggestions, key=walk_order)  # a claim after the places inside it
        for suggestion in ordered[1:20]:  # > lands on each suggestion in turn, none counted but not there
            await pilot.press("greater_than_sign")
            assert reader.cursor_offset == suggestion.start and app.main.suggestion_here() is not None


async def test_tagging_words_inside_a_tagged_name_edits_that_mention(seed_store: Store, make_app) -> None:
    """Was: "Islamist extremists" saved as a second mention inside "the Islamist extremists"."""
    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        reader = await ready(pilot, app)
        start = offset_of(seed_store, "the Islamist extremists")
        reader.select_span(start, start + len("the Islamist extremists"))
        await pilot.press("a", "enter")
        await pilot.pause()
        reader.select_span(start + 4, start + len("the Islamist extremists"))
        await pilot.press("a", "enter")
        await pilot.pause()
        assert accepted(seed_store, "actor") == ["Islamist extremists"]
        await pilot.press("u")
        await pilot.pause()
        assert accepted(seed_store, "actor") == ["the Islamist extremists"]


async def test_typing_another_known_actors_name_shows_its_type_which_saving_keeps(seed_store: Store, make_app) -> None:
    """Was: the form kept the old type and saving turned the linked actor into it."""
    from textual.widgets import Input

    from annotations.model import ActorDetails, Entity
    from tui.widgets.choice import ChoiceField

    seed_store.put_entity(Entity.actor("Taliban", ActorDetails("rebel_group")))
    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        reader = await ready(pilot, app)
        start = offset_of(seed_store, "Khaama Press")
        reader.select_span(start, start + len("Khaama Press"))
        await pilot.press("a")
        await pilot.pause()
        body = app.main.side.form.body
        body.query_one("#actor_type", ChoiceField).value = "media"
        name = body.query_one("#name", Input)
        name.value = "Taliban"
        await pilot.pause()
        assert body.query_one("#actor_type", ChoiceField).value == "rebel_group"
        assert "its type is kept" in str(body.query_one("#match-hint").render())
        await pilot.press("enter")
        await pilot.pause()
        (taliban,) = [e for e in seed_store.entities("actor") if e.name == "Taliban"]
        assert taliban.details.actor_type == "rebel_group" and "Khaama Press" in taliban.details.aliases


async def test_the_districts_pane_lists_each_place_once_with_its_mentions(seed_store: Store, make_app) -> None:
    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        reader = await ready(pilot, app)
        for nth in range(3):  # Kunduz is named three times
            start = -1
            for _ in range(nth + 1):
                start = seed_store.article(seed_store.articles()[0].id).text.index("Kunduz", start + 1)
            reader.select_span(start, start + len("Kunduz"))
            await pilot.press("d", "enter")
            await pilot.pause()
        pane = app.screen.query_one("#districts")
        assert pane.row_count == 1
        row = pane.row_text(0).plain
        assert "Kunduz" in row and "3 mentions" in row
        pane.focus()
        await pilot.press("x")  # the row is the place in this article: every mention goes, in one step
        await pilot.pause()
        assert accepted(seed_store, "district") == [] and pane.row_count == 0
        await pilot.press("u")
        await pilot.pause()
        assert accepted(seed_store, "district") == ["Kunduz"] * 3


async def test_a_pane_keeps_a_row_highlighted_when_the_highlighted_one_is_deleted(seed_store: Store, make_app) -> None:
    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        reader = await ready(pilot, app)
        for place in ("Kunduz", "Maimana", "Kabul"):
            start = offset_of(seed_store, place)
            reader.select_span(start, start + len(place))
            await pilot.press("d", "enter")
            await pilot.pause()
        pane = app.screen.query_one("#districts")
        pane.focus()
        await pilot.press("g", "j")  # the second row
        deleted = pane.current_id
        await pilot.press("x")
        await pilot.pause()
        assert pane.row_count == 2 and pane.highlighted == 1 and pane.current_id != deleted


async def test_an_entity_that_lost_its_last_mention_is_not_proposed_again(seed_store: Store, make_app) -> None:
    """Was: after x, Maimana came back as a suggestion "(known) … why: your tags"."""
    app = make_app(seed_store, suggestions=True)
    async with app.run_test(size=SIZE) as pilot:
        reader = await ready(pilot, app)
        start = offset_of(seed_store, "Maimana")
        reader.select_span(start, start + len("Maimana"))
        await pilot.press("d", "enter")
        await ready(pilot, app)
        (place,) = [e for e in seed_store.entities("place") if e.name == "Maimana"]
        reader.move_cursor(reader.location_of(start))
        await pilot.press("x")
        await ready(pilot, app)
        assert all(s.entity is None or s.entity.id != place.id for s in app.main.suggestions)
        assert any(s.quote == "Maimana" for s in app.main.suggestions)  # the gazetteer still knows it
        await pilot.press("u")  # undone: the mention, and so the entity, is back in use
        await ready(pilot, app)
        assert app.main.uses.stale([place.id]) == set()


async def test_space_in_a_forms_checklist_ticks_its_first_row_at_once(seed_store: Store, make_app) -> None:
    """Found by a newcomer: Tab into "About places", Space did nothing until ↓."""
    from tui.widgets.checklist import Checklist

    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        reader = await ready(pilot, app)
        start = offset_of(seed_store, "Kunduz")
        reader.select_span(start, start + 6)
        await pilot.press("d", "enter")
        claim = offset_of(seed_store, "The Taliban on Monday announced")
        reader.select_span(claim, claim + 60)
        await pilot.press("c")
        await pilot.pause()
        checklist = app.screen.query_one("#places", Checklist)
        checklist.focus()
        await pilot.pause()
        before = set(checklist.selected)
        await pilot.press("space")
        await pilot.pause()
        assert checklist.option_count and checklist.highlighted == 0
        assert set(checklist.selected) != before  # the first place was ticked or unticked at once


async def test_the_review_reaches_a_claim_that_opens_with_a_name(tmp_path, make_app) -> None:
    """Found by a newcomer: y on "Lashio" went past the claim "Lashio had fallen…" that starts there."""
    from annotations.model import Article

    with Store.open(tmp_path / "db") as store:
        article = Article.create(
            "Lashio",
            "The MNDAA said on Monday that Lashio had fallen to its fighters after weeks of battle in Myanmar.",
        )
        store.add_article(article)
        app = make_app(store, suggestions=True)
        async with app.run_test(size=SIZE) as pilot:
            reader = await ready(pilot, app)
            at = article.text.index("Lashio")
            starting = [(s.kind, s.quote) for s in app.main.suggestions if s.start == at]
            assert ("district", "Lashio") in starting and any(kind == "claim" for kind, _ in starting), starting
            reader.move_cursor(reader.location_of(at))
            assert app.main.suggestion_here() is not None and app.main.suggestion_here().kind == "district"
            for _ in range(4):  # the place, what else is inside the claim, then the claim (at its start)
                await pilot.press("y")
                await asyncio.wait_for(app.main.suggestions_current.wait(), 60)
                await pilot.pause()
                here = app.main.suggestion_here()
                if here is not None and here.kind == "claim":
                    break
            assert here is not None and here.kind == "claim" and reader.cursor_offset == at
            await pilot.press("y")
            await pilot.pause()
            assert [a.kind for a in store.annotations(article.id) if a.start == at] == ["claim", "district"]


async def test_tab_goes_round_the_open_form_and_never_leaves_it(seed_store: Store, make_app) -> None:
    """Was: Tab after the last field went to the panes behind the form, then the reader, with the
    form still open: Esc and Enter no longer reached it."""
    from tui.widgets.tag_panel import TagPanel

    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"Kunduz", "enter", "d")
        panel = app.screen.query_one(TagPanel)
        first = app.screen.focused
        seen = []
        for _ in range(12):
            await pilot.press("tab")
            seen.append(app.screen.focused)
            assert panel in app.screen.focused.ancestors_with_self, app.screen.focused
        assert first in seen  # round the fields and back to the first
        await pilot.press("shift+tab")
        assert panel in app.screen.focused.ancestors_with_self
        await pilot.press("escape")
        assert not panel.is_open


async def test_tabbing_into_a_pane_shows_its_highlighted_row_in_the_detail(seed_store: Store, make_app) -> None:
    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"Kunduz", "enter", "d", "enter")
        await pilot.press("slash", *"Tasnim", "enter", "a", "enter")
        await pilot.press("G")  # the reader's cursor on nothing tagged
        await pilot.pause()
        detail = app.screen.query_one(DetailPanel)
        await pilot.press("tab", "tab")  # Districts, then Actors
        await pilot.pause()
        assert app.screen.focused.id == "actors"
        assert "Tasnim" in str(detail.render())


async def test_c_on_a_suggested_claim_tags_its_suggested_speaker_as_claimant(seed_store: Store, make_app) -> None:
    """Found by a newcomer: `c` on a suggested claim whose speaker was only suggested left the
    claimant to choose among tagged actors, where the speaker was not."""
    app = make_app(seed_store, suggestions=True)
    async with app.run_test(size=SIZE) as pilot:
        reader = await ready(pilot, app)
        actors = {s.span: s for s in app.main.suggestions if s.kind == "actor"}
        claim = next(s for s in app.main.suggestions if s.kind == "claim" and s.claimant in actors)
        reader.move_cursor(reader.location_of(claim.start + 1))
        assert app.main.suggestion_here() == claim
        await pilot.press("c", "enter")
        await pilot.pause()
        (summary,) = seed_store.articles()
        saved = {a.id: a for a in seed_store.annotations(summary.id)}
        (tagged,) = [a for a in saved.values() if a.kind == "claim"]
        said_by = saved[tagged.attributes.claimant_annotation_id]  # type: ignore[union-attr]
        assert (said_by.kind, said_by.start, said_by.end) == ("actor", *claim.claimant)  # type: ignore[misc]


async def test_a_long_name_in_the_form_shows_its_start_and_typing_replaces_it(seed_store: Store, make_app) -> None:
    """Found by a newcomer: the form's name field showed the end of a long name."""
    from textual.widgets import Input
    from textual.widgets.input import Selection

    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        reader = await ready(pilot, app)
        words = "Afghanistan’s northern border with Tajikistan, a key supply route from Central Asia"
        start = offset_of(seed_store, words)
        reader.select_span(start, start + len(words))
        await pilot.press("a")
        await pilot.pause()
        name = app.screen.query_one("#name", Input)
        assert name.has_focus and len(name.value) > name.content_size.width, (name.value, name.content_size)
        assert name.selection == Selection(len(name.value), 0) and name.scroll_offset.x == 0
        await pilot.press("X")
        assert name.value == "X"


async def test_province_country_and_affiliation_complete_from_the_corpus(seed_store: Store, make_app) -> None:
    """Found by a newcomer: only the name fields completed; a province, a country or an
    affiliation already written had to be typed whole again."""
    from textual.widgets import Input

    from annotations.forms.save import ActorInput, DistrictInput, save_actor, save_district

    (summary,) = seed_store.articles()
    article = seed_store.article(summary.id)
    start = article.text.index("Imam Sahib")
    save_district(
        seed_store, article, start, start + 10, DistrictInput("Imam Sahib", "district", "Kondūz", "Afghanistan"),
        annotator="ana",
    )  # fmt: skip
    start = article.text.index("Taliban")
    save_actor(seed_store, article, start, start + 7, ActorInput("Taliban", "rebel_group"), annotator="ana")
    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        reader = await ready(pilot, app)
        start = offset_of(seed_store, "Kunduz")
        reader.select_span(start, start + len("Kunduz"))
        await pilot.press(
            "d", "tab", "tab", "ctrl+u", "K", "o", "n", "d", "u", "right", "tab", "ctrl+u", "A", "f", "right"
        )
        await pilot.pause()
        assert app.screen.query_one("#province", Input).value == "Kondūz"  # typed without the accent
        assert app.screen.query_one("#country", Input).value == "Afghanistan"
        await pilot.press("escape")
        start = offset_of(seed_store, "Afghanistan’s")
        reader.select_span(start, start + len("Afghanistan"))
        await pilot.press("a", "tab", "tab", "ctrl+u", "T", "a", "l", "right")
        await pilot.pause()
        assert app.screen.query_one("#affiliation", Input).value == "Taliban"


async def test_a_new_actor_name_completes_a_word_at_a_time_from_the_article(seed_store: Store, make_app) -> None:
    """Typing a new actor's name was most of an article's keys: the name field now offers the
    word being typed from the article's own words (→ takes it), as it offers a known name whole."""
    from textual.widgets import Input

    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        reader = await ready(pilot, app)
        select_words(seed_store, reader, "one such refugee")
        await pilot.press("a", "ctrl+u", *"Residents of Kun", "right", "space", *"Isl", "right")
        await pilot.pause()
        assert app.screen.query_one("#name", Input).value == "Residents of Kunduz Islamist"


async def test_ctrl_right_takes_one_word_of_a_known_name_that_goes_on_otherwise(seed_store: Store, make_app) -> None:
    """ "Afghan National Police" begins as the known "Afghan National Army" does: ctrl+→ takes it
    a word at a time, then the field completes the analyst's own next word from the article."""
    from textual.widgets import Input

    from annotations.forms.save import ActorInput, save_actor

    (summary,) = seed_store.articles()
    article = seed_store.article(summary.id)
    start = article.text.index("Afghan National Army")
    save_actor(
        seed_store, article, start, start + 20, ActorInput("Afghan National Army", "state_forces"), annotator="ana"
    )
    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        reader = await ready(pilot, app)
        select_words(seed_store, reader, "local police officers")
        await pilot.press("a", "ctrl+u", *"Afg")
        await pilot.pause()
        await pilot.press("ctrl+right", "ctrl+right", "space", *"pol", "right")
        await pilot.pause()
        name = app.screen.query_one("#name", Input)
        assert name.value == "Afghan National police"
        await pilot.press("home", "ctrl+right")  # inside what is typed: a word on, as in any field
        assert (name.value, name.cursor_position) == ("Afghan National police", len("Afghan "))


async def test_a_new_place_name_completes_from_the_article_too(seed_store: Store, make_app) -> None:
    from textual.widgets import Input

    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        reader = await ready(pilot, app)
        select_words(seed_store, reader, "the road")
        await pilot.press("d", "ctrl+u", *"Imam Sa", "right")
        await pilot.pause()
        assert app.screen.query_one("#name", Input).value == "Imam Sahib"


async def test_the_form_takes_the_panes_place_beside_the_detail_and_gives_it_back(seed_store: Store, make_app) -> None:
    """A place's form is shorter than the three panes: it used to leave the Claims pane's lower
    rows and bottom border showing under its own border. The panes' sheet is scrolled to the form:
    the form fills it, no pane shows beside it, the detail (what a suggestion is, and why) stays in
    sight under it, and after Enter and Esc the panes are where they were."""
    from tui.widgets.panes import AnnotationPane, DetailPanel
    from tui.widgets.tag_panel import TagPanel

    app = make_app(seed_store)
    async with app.run_test(size=(120, 50)) as pilot:
        reader = await ready(pilot, app)
        sheet = app.screen.query_one("#sheet")
        detail = app.screen.query_one(DetailPanel)
        panes = list(app.screen.query(AnnotationPane))
        where = [p.region for p in panes]
        for close in ("enter", "escape"):
            select_words(seed_store, reader, "Imam Sahib")
            await pilot.press("d")
            await pilot.pause()
            form = app.screen.query_one(TagPanel)
            assert form.is_open and form.region == sheet.region and detail.region.height > 0
            assert all(not p.region.overlaps(sheet.region) for p in panes)
            await pilot.press(close)
            await pilot.pause()
            assert not form.is_open and [p.region for p in panes] == where
            assert not form.region.overlaps(sheet.region) and app.screen.focused is reader


async def test_on_a_low_terminal_the_form_takes_the_detail_s_rows_too(seed_store: Store, make_app) -> None:
    """At 100x30 a claim form beside the detail showed 14 of its rows and scrolled."""
    from tui.widgets.panes import AnnotationPane, DetailPanel
    from tui.widgets.tag_panel import TagPanel

    app = make_app(seed_store)
    async with app.run_test(size=(100, 30)) as pilot:
        reader = await ready(pilot, app)
        side = app.screen.query_one("#side")
        select_words(seed_store, reader, "Imam Sahib")
        await pilot.press("c")
        await pilot.pause()
        form = app.screen.query_one(TagPanel)
        assert form.region == side.region and not app.screen.query_one(DetailPanel).display
        await pilot.press("escape")
        await pilot.pause()
        assert all(p.region.overlaps(side.region) for p in app.screen.query(AnnotationPane))
        assert app.screen.query_one(DetailPanel).region.overlaps(side.region)


async def test_highlights_made_in_two_panes_while_the_form_covers_them_are_both_kept(
    seed_store: Store, make_app
) -> None:
    """A reviewer moved a claim's span over a place and an actor with the form open: after Esc the
    Districts pane kept the row highlighted before the form (only the last highlight, the actor's,
    was kept)."""
    from annotations.model import Annotation
    from tui.widgets.panes import AnnotationPane

    app = make_app(seed_store)
    async with app.run_test(size=(120, 50)) as pilot:
        reader = await ready(pilot, app)
        for name, key in (("Kunduz", "d"), ("Faryab", "d"), ("Taliban", "a"), ("Tasnim News Agency", "a")):
            select_words(seed_store, reader, name)
            await pilot.press(key, "enter")
        await pilot.pause()
        tags = {seed_store.get_entity(a.entity_id).name: a for a in app.main.annotations if a.entity_id}  # type: ignore[union-attr]
        side = app.main.side
        side.highlight(tags["Faryab"])
        side.highlight(tags["Tasnim News Agency"])
        select_words(seed_store, reader, "Imam Sahib")
        await pilot.press("c")
        await pilot.pause()
        covered: list[Annotation] = [tags["Kunduz"], tags["Taliban"]]
        for annotation in covered:
            side.highlight(annotation)
        await pilot.press("escape")
        await pilot.pause()
        highlighted = {p.kind: p.current_id for p in app.screen.query(AnnotationPane)}
        assert highlighted["district"] == tags["Kunduz"].id and highlighted["actor"] == tags["Taliban"].id


async def test_review_visits_a_name_suggested_again_right_after_accepting_it(tmp_path, make_app) -> None:
    """Found by a newcomer: after y on "RSF" of "an RSF assault", the review went on past the
    "RSF" of "RSF commander …" a line below (every suggestion of the same text was left out of
    "next" after a y), and it was never visited; the header kept "1 suggestion"."""
    from annotations.model import Article

    text = (
        "The army said it repelled an RSF assault on the city. "
        "RSF commander Mohamed Hamdan Dagalo denied it. RSF fighters later shelled a market."
    )
    with Store.open(tmp_path / "db") as store:
        store.add_article(Article.create("Repelled", text))
        app = make_app(store, suggestions=True)
        async with app.run_test(size=SIZE) as pilot:
            reader = await ready(pilot, app)
            rsf = [s.start for s in app.main.suggestions if s.quote == "RSF"]
            assert len(rsf) >= 2
            visited = []
            await pilot.press("R")
            for _ in range(len(app.main.suggestions) + 2):
                await pilot.pause()
                visited.append(reader.cursor_offset)
                await pilot.press("y")
                await asyncio.wait_for(app.main.suggestions_current.wait(), 60)
            assert set(rsf) <= set(visited)
            assert app.main.suggestions == []


async def test_a_tag_key_on_selected_words_suggested_as_they_are_takes_the_suggestion(
    seed_store: Store, make_app
) -> None:
    """Found by a newcomer: `/MNDAA⏎a⏎` made a second actor "MNDAA" where `y` there linked the
    words to the Myanmar National Democratic Alliance Army they were suggested as. Selected words
    that are exactly a suggestion's take it as `y` would (its entity and what it knows)."""
    app = make_app(seed_store, suggestions=True)
    async with app.run_test(size=SIZE) as pilot:
        reader = await ready(pilot, app)
        select_words(seed_store, reader, "Afghan Defense Ministry")
        await pilot.press("a")
        await pilot.pause()
        await pilot.press("enter")
        await ready(pilot, app)
    (summary,) = seed_store.articles()
    (actor,) = [a for a in seed_store.annotations(summary.id) if a.kind == "actor"]
    assert actor.quote == "Afghan Defense Ministry"
    assert seed_store.entity(str(actor.entity_id)).name == "Ministry of Defense (Afghanistan)"


async def test_after_a_claim_taken_with_c_the_cursor_skips_its_claimant_tagged_with_it(
    seed_store: Store, make_app
) -> None:
    """Found by a newcomer: `c` then Enter on a claim suggestion left the cursor on its claimant,
    tagged with the claim (y goes on to the next suggestion)."""
    app = make_app(seed_store, suggestions=True)
    async with app.run_test(size=SIZE) as pilot:
        reader = await ready(pilot, app)
        suggesting = app.main.suggesting
        claim = next(
            c for c in suggesting.items
            if c.kind == "claim" and (after := suggesting.following(c, skip=[c])) is not None
            and after.kind == "actor" and (after.start, after.end) == c.claimant
        )  # fmt: skip
        reader.move_cursor(reader.location_of(claim.start + 1))
        assert app.main.suggestion_here() is claim
        await pilot.press("c")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert claim.quote in accepted(seed_store, "claim")
        assert reader.cursor_offset != claim.claimant[0]
        assert reader.cursor_offset > claim.start


async def test_a_form_opening_clears_the_warnings_left_on_screen(seed_store: Store, make_app) -> None:
    """Found by a newcomer: "Not found: zzqq" stayed three seconds over the form opened after it,
    hiding its title and first field."""
    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        reader = await ready(pilot, app)
        app.main.notify("Not found: zzqq", severity="warning")
        app.notify("Suggestions failed: …", severity="error")  # the app's own too (a reviewer's case)
        await pilot.pause()
        assert len(app._notifications) == 2
        select_words(seed_store, reader, "Imam Sahib")
        await pilot.press("d")
        await pilot.pause()
        assert len(app._notifications) == 0


async def test_a_form_whose_fields_were_never_mounted_is_not_filled(seed_store: Store, make_app, monkeypatch) -> None:
    """Keys typed in a burst on a busy machine were still opening the actor form when SIGTERM
    came: the closing app gave up mounting its fields, filling it raised, and the app exited with
    an error (code 1, twice in a loaded suite run). A form not mounted whole is left unfilled."""
    from textual.widget import Widget

    from tui.widgets.tag_panel import TagPanel

    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()

        async def given_up(self, *widgets: Widget, **_where: object) -> None:
            """As a closing app leaves it: the mount awaited, nothing composed."""

        monkeypatch.setattr(TagPanel, "mount", given_up)
        select_words(seed_store, app.screen.query_one(ArticleView), "Taliban")
        await pilot.press("a")
        await pilot.pause()
        assert not app.screen.query_one(TagPanel).is_open
    assert app.return_code in (None, 0)


async def test_the_focused_field_of_a_form_is_marked_without_colour(seed_store: Store, make_app) -> None:
    """A newcomer reading the screen without colours could not tell which field Tab had moved to."""

    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        _reader, body = await claim_form_on(pilot, app, seed_store, "Imam Sahib")

        def marked() -> list[str]:
            labels = str(body.query_one(".field-labels").render())
            return [line for line in labels.splitlines() if line.startswith("› ")]

        first = marked()
        assert len(first) == 1
        await pilot.press("tab")
        await pilot.pause()
        assert len(marked()) == 1 and marked() != first  # the mark moved with the focus
        await pilot.press("escape")


async def test_e_while_selecting_goes_to_the_end_of_the_word_and_edits_otherwise(seed_store: Store, make_app) -> None:
    """A newcomer's `v e` (vim's end of word) opened a form."""
    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        reader = await ready(pilot, app)
        start = offset_of(seed_store, "Imam Sahib district early")
        reader.move_cursor(reader.location_of(start))
        await pilot.press("v", "e", "e")
        await pilot.pause()
        assert reader.selected_span == (start, start + len("Imam Sahib")) and not app.main.form_open
        await pilot.press("d", "enter")
        await pilot.pause()
        assert accepted(seed_store, "district") == ["Imam Sahib"]
        reader.move_cursor(reader.location_of(start + 1))
        await pilot.press("e")  # not selecting: e edits the tag under the cursor
        await pilot.pause()
        assert app.main.form_open


async def test_a_marked_label_stays_on_its_fields_line(seed_store: Store, make_app) -> None:
    """A newcomer's: "› About places" wrapped in the labels' column, and every label under it
    stood a line below its field."""
    from textual.widgets import Static

    from tui.widgets.form_bodies import FormBody

    app = make_app(seed_store)
    async with app.run_test(size=(80, 24)) as pilot:
        reader = await ready(pilot, app)
        select_words(seed_store, reader, "Imam Sahib")
        await pilot.press("c")
        await pilot.pause()
        body = next(b for b in app.screen.query(FormBody) if b.display)
        places = body.query_one("#places")
        while not places.has_focus:
            await pilot.press("tab")
        await pilot.pause()
        column = body.query_one(".field-labels", Static)
        drawn = [strip.text.rstrip() for strip in column.render_lines(column.region.reset_offset)]
        row = places.region.y - column.region.y
        assert drawn[row] == "› About places"
        assert drawn[row + max(1, places.region.height)].startswith("About actors")
        await pilot.press("escape")


async def test_a_two_line_event_type_keeps_the_labels_under_it_on_their_fields(seed_store: Store, make_app) -> None:
    """A newcomer's: the event type choice cut "Air/drone strike (Explosions/Re…"; on two lines,
    the form opened on a claim of that type wrote "Note" beside the choice's second line."""
    from textual.widgets import Static

    from tui.widgets.choice import ChoiceField
    from tui.widgets.form_bodies import FormBody

    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        reader, body = await claim_form_on(pilot, app, seed_store, "Imam Sahib")
        choice = body.query_one("#event_type", ChoiceField)
        choice.value = "Explosions/Remote violence: Air/drone strike"
        await pilot.press("enter")
        await pilot.pause()
        reader.move_cursor(reader.location_of(offset_of(seed_store, "Imam Sahib")))
        await pilot.press("e")
        await pilot.pause()
        body = next(b for b in app.screen.query(FormBody) if b.display)
        choice = body.query_one("#event_type", ChoiceField)
        note = body.query_one("#note")
        column = body.query_one(".field-labels", Static)
        drawn = [strip.text.rstrip() for strip in column.render_lines(column.region.reset_offset)]
        assert str(choice.render()).startswith("‹ Air/drone strike\n(Explosions") and choice.region.height == 2
        assert drawn[choice.region.y - column.region.y] == "Event type"
        assert drawn[note.region.y - column.region.y] == "Note"
        await pilot.press("escape")


async def claim_form_on(pilot: Any, app: Any, store: Store, words: str) -> tuple[Any, Any]:
    """The reader, and the claim form opened with `c` on the first `words` of the seed."""
    from tui.widgets.form_bodies import FormBody

    reader = await ready(pilot, app)
    select_words(store, reader, words)
    await pilot.press("c")
    await pilot.pause()
    return reader, next(b for b in app.screen.query(FormBody) if b.display)


async def test_labels_follow_a_claimant_of_one_line_after_one_of_two(seed_store: Store, make_app) -> None:
    """A newcomer's: a claim form opened with a claimant of one line (after one of two, or first of
    all) stood two lines high, every label under it a line above its field ("Type  accused")."""
    from tui.widgets.choice import ChoiceField

    app = make_app(seed_store)
    async with app.run_test(size=(44, 30)) as pilot:
        reader = await ready(pilot, app)
        for words in ("Taliban", "Tasnim News Agency"):
            reader.select_span(offset_of(seed_store, words), offset_of(seed_store, words) + len(words))
            await pilot.press("a", "enter")
            await pilot.pause()
        for at, typed, lines in (
            ("Dozens of districts", "", 0),
            ("Dozens of districts", "tas", 2),
            ("The Taliban", "", 0),
        ):
            reader.move_cursor(reader.location_of(offset_of(seed_store, at) + 1))
            await pilot.press("c", *typed)
            await pilot.pause()
            body = open_body(app)
            claimant = body.query_one("#claimant", ChoiceField)
            assert claimant.region.height == (lines or claimant.height_needed()), claimant.label
            assert labels_beside_fields(body)
            await pilot.press("escape")
            await pilot.pause()


def open_body(app: Any) -> Any:
    from tui.widgets.form_bodies import FormBody

    return next(b for b in app.screen.query(FormBody) if b.display)


def labels_beside_fields(body: Any) -> bool:
    """Whether each label of the open form is drawn on its field's first line."""
    from textual.widgets import Static

    column = body.query_one(".field-labels", Static)
    drawn = [strip.text.rstrip() for strip in column.render_lines(column.region.reset_offset)]
    shown = [(label, widget) for label, widget in body._labelled if widget.display and widget.region.height]
    return all(drawn[widget.region.y - column.region.y].lstrip("› ") == label for label, widget in shown)


async def test_the_form_title_shows_the_end_of_a_long_span_being_shrunk(seed_store: Store, make_app) -> None:
    """A newcomer shrinking a long claim with alt+← saw its title unchanged: the title kept the
    span's first hundred characters, and the words going were past them."""
    from textual.widgets import Static

    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        reader = await ready(pilot, app)
        reader.move_cursor(reader.location_of(offset_of(seed_store, "The Taliban reportedly captured") + 1))
        await pilot.press("c", "alt+down", "alt+down", "alt+left")
        await pilot.pause()
        form = app.main._form
        assert form is not None and form.span[1] - form.span[0] > 100
        last_words = " ".join(form.article.text[slice(*form.span)].split()[-3:])
        title = " ".join(str(app.screen.query_one("#form-title", Static).render()).split())
        assert "…" in title and title.endswith(last_words), (title, last_words)


async def test_enter_saves_the_affiliation_its_completion_shows(seed_store: Store, make_app) -> None:
    """Found by a newcomer: "Fano mil" typed, "Fano militia" shown, Enter saved "Fano mil", an
    affiliation naming no actor. A name typed whole is kept as typed."""
    from annotations.forms.save import ActorInput, save_actor

    (summary,) = seed_store.articles()
    article = seed_store.article(summary.id)
    start = article.text.index("Taliban")
    save_actor(seed_store, article, start, start + 7, ActorInput("Taliban", "rebel_group"), annotator="ana")
    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        reader = await ready(pilot, app)
        select_words(seed_store, reader, "one such refugee")
        await pilot.press("a", "ctrl+u", *"Refugee", "tab", "tab", "ctrl+u", *"Tali", "enter")
        await pilot.pause()
        saved = {e.name: e for e in seed_store.entities()}
        assert saved["Refugee"].details.affiliation == "Taliban"  # type: ignore[union-attr]
        select_words(seed_store, reader, "Residents")
        await pilot.press("a", "ctrl+u", *"Resident", "tab", "tab", "ctrl+u", *"Tal", "enter")
        await pilot.pause()
        saved = {e.name: e for e in seed_store.entities()}
        assert saved["Resident"].details.affiliation == "Taliban"  # type: ignore[union-attr]


async def test_pane_titles_count_the_suggestions_of_their_kind(seed_store: Store, make_app) -> None:
    """Found by two newcomers: "Districts 0" beside a header's "66 suggestions" (the titles counted
    only stored suggestions, which the app no longer keeps); accepting one moves it to the count."""
    from tui.widgets.panes import AnnotationPane

    app = make_app(seed_store, suggestions=True)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        districts = app.screen.query_one("#districts", AnnotationPane)
        places = {s.entity.id for s in app.main.suggestions if s.kind == "district" and s.entity is not None}
        assert places and str(districts.border_title) == f"Districts 0 (+{len(places)} suggested)"  # each place once
        await pilot.press("R", "y")
        await asyncio.wait_for(app.main.suggestions_current.wait(), 60)
        await pilot.pause()
        (summary,) = seed_store.articles()
        tagged = {a.entity_id for a in seed_store.annotations(summary.id)}
        for pane in app.screen.query(AnnotationPane):
            mine = [s for s in app.main.suggestions if s.kind == pane.kind]
            left = len(mine) if pane.kind == "claim" else len({s.entity.id for s in mine if s.entity} - tagged)
            assert str(pane.border_title).endswith(f"(+{left} suggested)"), (pane.border_title, left)
        actors = app.screen.query_one("#actors", AnnotationPane)
        assert str(actors.border_title).startswith("Actors 1 ")  # the one accepted, out of the suggested


async def test_letters_typed_in_a_forms_checklist_go_to_the_name_they_begin(seed_store: Store, make_app) -> None:
    """Found by a newcomer: ticking one actor of many in "About actors" was ↓ pressed blind, row by row.
    The letters go to the next name (or word of a name) they begin, typed in a burst as slowly; Space
    ticks it; one letter again goes on to the next name with it."""
    from tui.widgets.checklist import Checklist

    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        reader = await ready(pilot, app)
        for name, key in (("Kunduz", "d"), ("Tasnim News Agency", "a"), ("Taliban", "a"), ("Khaama Press", "a")):
            start = offset_of(seed_store, name)
            reader.select_span(start, start + len(name))
            await pilot.press(key, "enter")
        claim = offset_of(seed_store, "The Taliban on Monday announced")
        reader.select_span(claim, claim + 60)
        await pilot.press("c")
        await pilot.pause()
        checklist = app.screen.query_one("#tag-panel").query_one("#actors", Checklist)
        checklist.focus()
        await pilot.pause()
        names = [str(checklist.get_option_at_index(i).prompt) for i in range(checklist.option_count)]

        def at() -> str:
            assert checklist.highlighted is not None
            return names[checklist.highlighted]

        await pilot.press(*"kha")
        assert at().startswith("Khaama")
        await pilot.press(*"ta")  # "khata" begins nothing: a new name from "t", then "ta"
        assert at().startswith("Ta")
        first_t = at()
        await pilot.press("down", "up", "t")  # moved by an arrow: a new name; "t" again goes on to the next
        assert at().startswith("T") and at() != first_t
        await pilot.press("p", "space")  # "press", a word of Khaama Press's name
        assert (
            at().startswith("Khaama")
            and checklist.get_option_at_index(checklist.highlighted).value in checklist.selected
        )


async def test_a_form_open_while_the_terminal_is_resized_gets_the_room_it_would_open_with(
    seed_store: Store, make_app
) -> None:
    """A reviewer's form opened at 120x40 stayed squeezed beside the detail at 100x30, one opened at
    100x30 kept the detail hidden at 120x40, and one opened wide got a narrow terminal's five rows."""
    from tui.widgets.panes import AnnotationPane, DetailPanel
    from tui.widgets.tag_panel import TagPanel

    app = make_app(seed_store)
    async with app.run_test(size=(120, 50)) as pilot:
        reader = await ready(pilot, app)
        side, sheet = app.screen.query_one("#side"), app.screen.query_one("#sheet")
        detail, form = app.screen.query_one(DetailPanel), app.screen.query_one(TagPanel)
        select_words(seed_store, reader, "Imam Sahib")
        await pilot.press("c")
        await pilot.pause()
        for size, alone in (((100, 30), True), ((120, 50), False), ((80, 24), True), ((120, 50), False)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            await pilot.pause()
            if alone:
                assert form.region == side.region and not detail.display, size
            else:
                assert form.region == sheet.region and detail.display and detail.region.height > 0, size
        await pilot.press("escape")
        await pilot.pause()
        assert all(p.region.overlaps(sheet.region) for p in app.screen.query(AnnotationPane))


async def test_the_checklist_row_space_would_tick_is_marked_without_colour(seed_store: Store, make_app) -> None:
    """A newcomer could not see, in a plain capture, which row of "About places" Space would tick."""
    from tui.widgets.checklist import Checklist

    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        reader = await ready(pilot, app)
        for name in ("Kunduz", "Faryab"):
            select_words(seed_store, reader, name)
            await pilot.press("d", "enter")
        claim = offset_of(seed_store, "The Taliban on Monday announced")
        reader.select_span(claim, claim + 60)
        await pilot.press("c")
        await pilot.pause()
        checklist = app.screen.query_one("#tag-panel").query_one("#places", Checklist)
        assert not any(checklist.render_line(y).text.startswith("›") for y in range(checklist.option_count))
        checklist.focus()
        await pilot.press("down")
        await pilot.pause()
        marked = [y for y in range(checklist.option_count) if checklist.render_line(y).text.startswith("›")]
        assert marked == [checklist.highlighted]
