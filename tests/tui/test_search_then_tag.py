"""A tag key on a search's match inside a suggested name takes the suggestion, as `y` would; words
selected by hand are tagged as selected; Esc on a form leaves the reader's selection as it was."""

from __future__ import annotations

from annotations.store import Store

from .conftest import SIZE
from .test_tagging_keys import accepted, ready, select_words


async def test_a_tag_key_on_a_match_inside_a_suggested_name_takes_the_suggestion(seed_store: Store, make_app) -> None:
    """A newcomer's `/Ibrahim⏎a⏎` tagged "Ibrahim" alone as a new actor of no known kind, where the
    suggestion "Ibrahim Traoré" under the match knew the whole name and its kind."""
    app = make_app(seed_store, suggestions=True)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        await pilot.press("slash", *"Tasnim", "enter", "a", "enter")
        await pilot.pause()
        assert accepted(seed_store, "actor") == ["Tasnim News Agency"]
        (summary,) = seed_store.articles()
        (tag,) = [a for a in seed_store.annotations(summary.id) if a.kind == "actor"]
        assert seed_store.get_entity(tag.entity_id).name == "Tasnim News Agency"


async def test_words_selected_by_hand_inside_a_suggested_name_are_tagged_as_selected(
    seed_store: Store, make_app
) -> None:
    app = make_app(seed_store, suggestions=True)
    async with app.run_test(size=SIZE) as pilot:
        reader = await ready(pilot, app)
        select_words(seed_store, reader, "Tasnim")  # as `v` and motions leave it: no search's match
        await pilot.press("a", "enter")
        await pilot.pause()
        assert accepted(seed_store, "actor") == ["Tasnim"]


async def test_esc_on_a_form_whose_words_changed_leaves_the_reader_as_it_was(seed_store: Store, make_app) -> None:
    """helper-245's: `c` on a suggested claim, alt+← three times, Esc, then `c` again opened the
    form on the shrunk words, which stayed selected, not on the suggestion."""
    app = make_app(seed_store, suggestions=True)
    async with app.run_test(size=SIZE) as pilot:
        reader = await ready(pilot, app)
        claim = next(s for s in app.main.suggestions if s.kind == "claim" and len(s.quote.split()) > 6)
        reader.move_cursor(reader.location_of(claim.start + 1))
        await pilot.press("c", "alt+left", "alt+left", "alt+left")
        await pilot.pause()
        assert app.main._form.span != claim.span and reader.selected_span is not None
        await pilot.press("escape")
        await pilot.pause()
        assert reader.selected_span is None
        await pilot.press("c")
        await pilot.pause()
        assert app.main._form.span == claim.span


async def test_a_search_says_what_it_found_on_the_message_line_not_over_the_article(
    seed_store: Store, make_app
) -> None:
    """A newcomer's "Not found" toast covered the article's lines being searched."""
    from tui.widgets.message_line import MessageLine

    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        await pilot.press("slash", *"zzqq", "enter")
        await pilot.pause()
        line = app.main.query_one(MessageLine)
        assert line.said.startswith("Not found: zzqq") and not app._notifications
        await pilot.press("slash", *"Kunduz", "enter")
        await pilot.pause()
        assert line.said.startswith("Kunduz: match 1/") and not app._notifications


async def test_a_place_key_on_a_match_inside_a_suggested_actor_tags_the_match(tmp_path, make_app) -> None:
    """A reviewer's: `/Goma⏎d` inside the suggested actor "Goma Chamber of Commerce" opened a place
    form on the whole body's name; the key takes a suggestion of its own kind only."""
    from annotations.model import Article

    text = "Members of the Goma Chamber of Commerce said traders had fled. Shelling hit Goma again on Monday."
    article = Article.create("Goma", text)
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        app = make_app(store, suggestions=True)
        async with app.run_test(size=SIZE) as pilot:
            await ready(pilot, app)
            body = text.index("Goma Chamber")
            assert any(s.kind == "actor" and s.start <= body < s.end for s in app.main.suggestions)
            await pilot.press("slash", *"Goma", "enter", "d")
            await pilot.pause()
            assert app.main._form is not None and app.main._form.span == (body, body + 4)


async def test_c_on_a_searched_cue_takes_the_claim_it_cues(seed_store: Store, make_app) -> None:
    """helper-315's `/admitted⏎c⏎` made a claim of the one word "admitted" (cue "admitted", claimant Khaama Press),
    where the claim the officials admitted was suggested."""
    app = make_app(seed_store, suggestions=True)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        suggested = next(s for s in app.main.suggestions if s.kind == "claim" and s.cue == "admitted")
        await pilot.press("slash", *"admitted", "enter", "c", "enter")
        await pilot.pause()
        assert suggested.quote in accepted(seed_store, "claim")
        assert "admitted" not in accepted(seed_store, "claim")
