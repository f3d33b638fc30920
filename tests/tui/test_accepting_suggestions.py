"""Accepting suggestions by keys: `>` walks them, `y` typed ahead accepts what slow typing would
(the next one, never the same twice, never what the accepted one settles), each suggestion
at one word is reached."""

from __future__ import annotations

from annotations.store import Store
from tui.widgets.article_view import ArticleView
from tui.widgets.message_line import MessageLine
from tui.widgets.panes import DetailPanel

from .conftest import SIZE
from .test_tagging_keys import accepted, offset_of, ready


async def _on_the_narrower_of_two_at_one_word(pilot, app, reader: ArticleView) -> tuple:
    """Two suggestions starting at one word (an actor and a claim), `>` walked to the narrower."""
    found = app.main.suggestions
    narrow, wide = next((a, c) for a in found for c in found if a.start == c.start and a.end < c.end)
    reader.move_cursor(reader.location_of(narrow.start - 2))
    await pilot.press("greater_than_sign")
    assert app.main.suggestion_here() is narrow
    return narrow, wide


async def test_greater_than_moves_to_the_next_suggestion_past_what_is_tagged(seed_store: Store, make_app) -> None:
    app = make_app(seed_store, suggestions=True)
    async with app.run_test(size=SIZE) as pilot:
        reader = await ready(pilot, app)
        await pilot.press("R")
        first = app.main.suggestion_here()
        assert first is not None
        await pilot.press("y")  # accepted: the cursor moves on to the next suggestion
        await ready(pilot, app)
        second = app.main.suggestion_here()
        assert second is not None and second.start > first.start
        said = app.main.query_one(MessageLine).said  # and says so: a newcomer's quick y took the next one unseen
        assert "next:" in said and second.quote[:20] in said
        reader.move_cursor(reader.location_of(first.start))  # back on what is now tagged
        await pilot.press("]")  # ] stops at annotations and suggestions alike
        await pilot.press("greater_than_sign")
        assert app.main.suggestion_here() is not None
        assert reader.cursor_offset > second.start
        await pilot.press("less_than_sign", "less_than_sign")
        assert reader.cursor_offset == second.start


async def test_each_suggestion_starting_at_one_word_is_visited_shown_and_acted_on(seed_store: Store, make_app) -> None:
    """Found by a newcomer: a claim starting at the word of an actor suggestion ("civilians" and
    "civilians in the northern provinces …") was never shown, `>` passed over it, and `y` there
    accepted it while the detail showed the actor."""
    app = make_app(seed_store, suggestions=True)
    async with app.run_test(size=SIZE) as pilot:
        reader = await ready(pilot, app)
        narrow, wide = await _on_the_narrower_of_two_at_one_word(pilot, app, reader)
        await pilot.press("greater_than_sign")
        assert app.main.suggestion_here() is wide
        detail = app.main.query_one(DetailPanel)
        assert wide.kind.upper() in detail.render_line(0).text.upper() or wide.kind in str(detail.render())
        await pilot.press("less_than_sign")
        assert app.main.suggestion_here() is narrow
        await pilot.press("greater_than_sign", "y")
        await ready(pilot, app)
        (summary,) = seed_store.articles()
        tagged = {(a.kind, a.start, a.end) for a in seed_store.annotations(summary.id)}
        assert (wide.kind, wide.start, wide.end) in tagged
        after = app.main.suggestion_here()
        assert after is not None and (after.start, after.end) != wide.claimant  # not the speaker it accepted


async def test_after_accepting_the_narrower_the_wider_suggestion_at_that_word_is_shown_and_acted_on(
    seed_store: Store, make_app
) -> None:
    """Found by a newcomer: after y on an actor, the claim starting at the same word was passed
    over, and back on it the detail showed the accepted actor while y accepted the claim."""
    app = make_app(seed_store, suggestions=True)
    async with app.run_test(size=SIZE) as pilot:
        reader = await ready(pilot, app)
        _narrow, wide = await _on_the_narrower_of_two_at_one_word(pilot, app, reader)
        await pilot.press("y")
        await ready(pilot, app)  # suggestions are made again after the change
        here = app.main.suggestion_here()
        assert here is not None and (here.kind, here.start, here.end) == (wide.kind, wide.start, wide.end)
        assert wide.kind.upper() in str(app.main.query_one(DetailPanel).render()).upper()


async def test_y_typed_ahead_of_the_new_suggestions_accepts_the_next_one_not_the_same_again(
    seed_db, make_app, tmp_path
) -> None:
    """Was: `y y y` in one burst, from an actor that a claim starts at ("police and military
    troops" and "police and military troops put up a stiff fight"), accepted the actor, the
    claim, then the actor again (the list made again after each change had not come yet): an
    undo step that undid nothing, and the suggestion after them never reached."""
    import shutil

    from annotations.store import Store

    def spans(store: Store) -> list[tuple[str, int, int]]:
        (summary,) = store.articles()
        return sorted((a.kind, a.start, a.end) for a in store.annotations(summary.id))

    results = []
    for burst in (False, True):
        db = tmp_path / f"burst-{burst}"
        shutil.copytree(seed_db, db)
        with Store.open(db) as store:
            app = make_app(store, suggestions=True)
            async with app.run_test(size=SIZE) as pilot:
                await ready(pilot, app)
                actor = next(s for s in app.main.suggestions if s.quote == "police and military troops")
                app.main._go_to_suggestion(actor)
                if burst:
                    await pilot.press("y", "y", "y")
                else:
                    for _ in range(3):
                        await pilot.press("y")
                        await ready(pilot, app)
                await ready(pilot, app)
            results.append(spans(store))
            steps = 0
            while spans(store) and store.undo() is not None:
                steps += 1
            assert steps == 3  # each y one step, each step undoing something
    slow, fast = results
    assert fast == slow and len(set(fast)) == len(fast) and len(fast) >= 3


async def test_y_right_after_y_elsewhere_accepts_what_is_under_the_cursor(seed_store: Store, make_app) -> None:
    """Found in review: after a `y`, until the new suggestions came, the reader still held the
    old list and the cursor's index fell on the next one in the shorter list: `y` on Kunduz
    stored Kabul."""
    app = make_app(seed_store, suggestions=True)
    async with app.run_test(size=SIZE) as pilot:
        reader = await ready(pilot, app)
        await pilot.press("R", "y")
        reader.move_cursor(reader.location_of(offset_of(seed_store, "Kunduz") + 1))
        await pilot.press("y")
        await ready(pilot, app)
    assert accepted(seed_store, "district") == ["Kunduz"]


async def test_y_typed_right_after_undo_accepts_what_the_undo_brought_back(seed_store: Store, make_app) -> None:
    """Found by a newcomer: after `u` undid a `y`, a `y` typed at once found the old list (the
    place left out of it) and accepted the claim around the place; typed slowly, the place."""
    app = make_app(seed_store, suggestions=True)
    async with app.run_test(size=SIZE) as pilot:
        reader = await ready(pilot, app)
        place = offset_of(seed_store, "Tajikistan") + 3
        reader.move_cursor(reader.location_of(place))
        await pilot.press("y")
        await ready(pilot, app)
        reader.move_cursor(reader.location_of(place))
        await pilot.press("u", "y")  # one burst
        await ready(pilot, app)
        await ready(pilot, app)
    assert (accepted(seed_store, "district"), accepted(seed_store, "claim")) == (["Tajikistan"], [])


def test_accepting_an_actor_drops_at_once_the_place_opening_its_name(tmp_path) -> None:
    """Found by a newcomer: "Sinaloa Cartel" suggested as an actor and "Sinaloa" inside it as a
    place; `y y` in one burst stored both. Typed slowly, the second `y` goes on: the next run drops
    a place that opens an accepted actor's name. What `y` accepts now drops at once what the next
    run would drop, by the same rule (`engine.without_tagged`)."""
    from annotations.model import Entity
    from annotations.store import Store
    from annotations.suggest import Suggestion
    from tui.suggestions import SuggestionsController

    text = "The Sinaloa Cartel split, and police in Sinaloa said so."
    cartel = Suggestion("actor", 4, 18, "Sinaloa Cartel", "organisation", entity=Entity.actor("Sinaloa Cartel"))
    inside = Suggestion("district", 4, 11, "Sinaloa", "gazetteer")
    elsewhere = Suggestion("district", 40, 47, "Sinaloa", "gazetteer")
    with Store.open(tmp_path / "db") as store:
        controller = SuggestionsController(None, store, visible=True)  # type: ignore[arg-type]
        controller.items = [cartel, inside, elsewhere]
        controller.drop_accepted(text, [cartel])
        assert controller.items == [elsewhere]


async def test_keys_held_for_suggestions_go_in_when_the_suggestions_never_come(
    seed_store: Store, make_app, monkeypatch
) -> None:
    """A reviewer's: with the suggestions failing to come after an undo, the `y` typed after it
    and every key behind it (`q` too) waited for ever; each now waits `HELD_SECONDS` at most, and a
    failing run says so and lets them in."""
    import tui.keys
    from annotations.suggest import review

    monkeypatch.setattr(tui.keys, "HELD_SECONDS", 0.3)
    app = make_app(seed_store, suggestions=True)
    async with app.run_test(size=SIZE) as pilot:
        reader = await ready(pilot, app)
        reader.move_cursor(reader.location_of(offset_of(seed_store, "Tajikistan") + 3))
        await pilot.press("y")
        await ready(pilot, app)
        app.main.suggesting._run = lambda: None  # the suggestions are never made again
        gate = app._keys
        holds: list[object] = []
        after = gate._after
        monkeypatch.setattr(gate, "_after", lambda hold: holds.append(hold) or after(hold))
        await pilot.press("u", "y", "greater_than_sign", "j", "greater_than_sign", "j", "y")
        for _ in range(50):  # waiting for the held keys to go in, not timing them
            await pilot.pause(0.02)
        assert not gate._waiting and not gate.busy  # every key went in
        assert len(holds) == 1  # the keys after the first late one did not wait again (a third review)
        monkeypatch.setattr(review, "prepare", lambda *_args: lambda _cancelled: 1 / 0)
        del app.main.suggesting._run
        await pilot.press("u", "y", "k")
        for _ in range(50):
            await pilot.pause(0.02)
        assert not gate._waiting and not gate.busy and app.main.suggesting.trusted.is_set()


async def test_a_tag_key_on_a_selection_waits_for_suggestions_as_y_does(seed_store: Store, make_app) -> None:
    """A reviewer's: since the keys on suggestions wait for a newly opened article's, `v w d`
    typed at once at launch waited for the gazetteer (a second) to tag the words selected; it was
    let through. Since selected words a suggestion spans take it, it waits again: let through, a
    newcomer's `/MNDAA⏎a⏎` made a second actor where typed slowly it took the suggestion's. The
    same keys give the same tag, typed slowly or at once (a second's wait at launch at most)."""
    app = make_app(seed_store, suggestions=True)
    async with app.run_test(size=SIZE) as pilot:
        reader = await ready(pilot, app)
        app.main.suggesting.trusted.clear()  # as when another article has just opened
        reader.move_cursor(reader.location_of(offset_of(seed_store, "Kunduz")))
        assert app.main.held_for("d") is app.main.suggesting.trusted  # d there may take a suggestion
        start = offset_of(seed_store, "Kunduz")
        reader.select_span(start, start + len("Kunduz"))
        assert app.main.held_for("d") is app.main.held_for("y") is app.main.suggesting.trusted
        app.main.suggesting.trusted.set()
        assert app.main.held_for("d") is None


async def test_y_while_the_places_are_prepared_says_so(seed_store: Store, make_app) -> None:
    """Found by a newcomer: `y` during the first start's preparation of the places said "No
    suggestion under the cursor", as if there were none to come."""
    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.main.suggesting.preparing = True
        await pilot.press("y")
        await pilot.pause()
        assert "first start only" in app.main.query_one(MessageLine).said


async def test_r_says_where_the_cursor_goes_next_as_y_does(seed_store: Store, make_app) -> None:
    """Found by a newcomer: after `y` the message said "next: …", after `r` never."""
    app = make_app(seed_store, suggestions=True)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        await pilot.press("R", "r")
        await pilot.pause()
        following = app.main.suggestion_here()
        assert following is not None
        said = app.main.query_one(MessageLine).said
        assert "next:" in said and following.quote[:20] in said


async def test_r_after_undoing_a_rejection_rejects_the_same_suggestion_again(seed_store: Store, make_app) -> None:
    """Found by a newcomer: `r` moved the cursor on to the next suggestion, `u` brought the first
    back but left the cursor there, and the next `r` rejected the next suggestion; typed in one
    burst, `r u r` did the same."""
    app = make_app(seed_store, suggestions=True)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        await pilot.press("R")
        first = app.main.suggestion_here()
        assert first is not None
        await pilot.press("r", "u", "r")  # one burst
        await ready(pilot, app)
        await ready(pilot, app)
        (summary,) = seed_store.articles()
        assert seed_store.rejections(summary.id) == {f"tester|{first.key}"}  # the analyst's own (rejections.py)
        second = app.main.suggestion_here()
        assert second is not None and second.key != first.key  # and on to the next, as after any `r`


async def test_y_after_undoing_y_all_like_it_starts_at_the_first_mention(seed_store: Store, make_app) -> None:
    """Found by a newcomer: after `Y` and `u`, the cursor stood on the last mention of the name,
    and the next `y` accepted it and went on past every suggestion between (7 of them)."""
    app = make_app(seed_store, suggestions=True)
    async with app.run_test(size=SIZE) as pilot:
        reader = await ready(pilot, app)
        found = app.main.suggestions
        many = next(s for s in found if sum(o.key == s.key for o in found) >= 3)
        reader.move_cursor(reader.location_of(many.start))
        await pilot.press("Y")
        await ready(pilot, app)
        await pilot.press("u")
        await ready(pilot, app)
        assert reader.cursor_offset == many.start
        await pilot.press("y")
        await ready(pilot, app)
    (summary,) = seed_store.articles()
    tagged = [a.start for a in seed_store.annotations(summary.id) if a.status == "accepted"]
    assert tagged == [many.start]


async def test_y_on_the_opening_mark_of_a_suggested_quotation_accepts_it(seed_store: Store, make_app) -> None:
    """A newcomer's `"` then Esc left the cursor on the opening mark, and `y` found no suggestion:
    the claim suggested for a quotation starts inside its marks."""
    app = make_app(seed_store, suggestions=True)
    async with app.run_test(size=SIZE) as pilot:
        reader = await ready(pilot, app)
        mark = offset_of(seed_store, "“Dozens")
        claim = next(s for s in app.main.suggestions if s.kind == "claim" and s.start == mark + 1)
        reader.move_cursor(reader.location_of(mark))
        assert app.main.suggestion_here() is claim
        await pilot.press("y")
        await ready(pilot, app)
    assert [q[:6] for q in accepted(seed_store, "claim")] == ["Dozens"]


async def test_a_quotation_selected_with_its_marks_takes_the_claim_suggested_inside_them(
    seed_store: Store, make_app
) -> None:
    """A newcomer's `"` then `c` on a quotation the suggestions had as a claim of Tasnim, "noted",
    offered another claimant: the selection held the marks, so it was no suggestion's words."""
    app = make_app(seed_store, suggestions=True)
    async with app.run_test(size=SIZE) as pilot:
        reader = await ready(pilot, app)
        mark = offset_of(seed_store, "“Dozens")
        claim = next(s for s in app.main.suggestions if s.kind == "claim" and s.start == mark + 1)
        reader.move_cursor(reader.location_of(mark + 5))
        await pilot.press("quotation_mark", "c")
        await pilot.pause()
        assert app.main._form is not None and app.main._form.taken is claim


async def test_undoing_a_tag_made_after_an_undone_rejection_goes_to_the_tag(seed_store: Store, make_app) -> None:
    """A reviewer's: `r`, `u`, then a new tag took the undone rejection's step number; undoing the
    tag put the cursor back on the rejected suggestion, and the next `r` rejected it."""
    app = make_app(seed_store, suggestions=True)
    async with app.run_test(size=SIZE) as pilot:
        reader = await ready(pilot, app)
        await pilot.press("R", "r")
        await ready(pilot, app)
        await pilot.press("u")
        await ready(pilot, app)
        at = offset_of(seed_store, "provincial capital")
        reader.move_cursor(reader.location_of(at))
        await pilot.press("a", "enter")
        await ready(pilot, app)
        await pilot.press("u")
        await ready(pilot, app)
        assert reader.cursor_offset == at


async def test_c_on_a_claims_speaker_takes_the_claim_suggested_as_theirs(seed_store: Store, make_app) -> None:
    """A newcomer's `c` on "Hemedti" (in "Dagalo, known as Hemedti, denied that …") drafted the
    whole sentence, two claims in it, said by the actor tagged before it; the suggestions had the
    claim, and its speaker, right."""
    app = make_app(seed_store, suggestions=True)
    async with app.run_test(size=SIZE) as pilot:
        reader = await ready(pilot, app)
        claims = [s for s in app.main.suggestions if s.kind == "claim"]
        claim = next(
            s
            for s in claims
            if s.claimant is not None
            and s.claimant[1] < s.start
            and not any(o.start <= s.claimant[0] < o.end for o in claims)
        )
        assert claim.claimant is not None
        reader.move_cursor(reader.location_of(claim.claimant[0]))
        await pilot.press("c")
        await pilot.pause()
        assert app.main._form is not None and app.main._form.taken is claim


async def test_c_on_a_speaker_sentences_before_a_claim_drafts_its_own_sentence(tmp_path, make_app) -> None:
    """A reviewer's: "Police chief Omar Hassan visited the market. Witnesses saw smoke…. He said six
    suspects were arrested": `c` on "visited" or "smoke" took the claim two sentences on."""
    from annotations.model import Article

    text = (
        "Police chief Omar Hassan visited the market on Monday. Witnesses saw smoke rising from the eastern "
        "district after the attack. He said six suspects were arrested."
    )
    with Store.open(tmp_path / "db") as store:
        store.add_article(Article.create("Market", text))
        app = make_app(store, suggestions=True)
        async with app.run_test(size=SIZE) as pilot:
            reader = await ready(pilot, app)
            claim = next(s for s in app.main.suggestions if s.kind == "claim")
            assert claim.claimant is not None and claim.claimant[0] < text.index("Witnesses")
            reader.move_cursor(reader.location_of(text.index("smoke")))
            await pilot.press("c")
            await pilot.pause()
            assert app.main._form is not None and app.main._form.taken is None


async def test_y_after_the_last_suggestion_is_taken_says_none_is_here_not_loading(tmp_path, make_app) -> None:
    """Found by a newcomer: `y` on the last suggestion, then `y` again, said "Suggestions are loading;
    try again in a moment" (the list was empty, so read as not made yet); a second later, "No
    suggestion under the cursor". An empty list of this article is no list loading."""
    from annotations.model import Article

    with Store.open(tmp_path / "db") as store:
        store.add_article(Article.create("Kunduz", "Fighting went on in Kunduz."))
        app = make_app(store, suggestions=True)
        async with app.run_test(size=SIZE) as pilot:
            await ready(pilot, app)
            await pilot.press("R")
            assert app.main.suggestion_here() is not None
            await pilot.press("y")  # asked at once: the next run of the suggestions has not come yet
            assert [s for s in app.main.suggesting.items if s.kind == "district"] == []
            assert app.main._none_here() == "No suggestions left in this article."  # none loading


async def test_the_review_offers_the_places_and_actors_inside_a_claim_before_the_claim(tmp_path, make_app) -> None:
    """A newcomer's review offered a claim before the places it is about: `y` through the review
    now confirms the places and actors of a sentence, then the claim that holds them."""
    from annotations.model import Article

    with Store.open(tmp_path / "db") as store:
        article = Article.create("Kunduz", "Officials said the Taliban had captured Imam Sahib district in Kunduz.")
        store.add_article(article)
        app = make_app(store, suggestions=True)
        async with app.run_test(size=SIZE) as pilot:
            await ready(pilot, app)
            claim = next(s for s in app.main.suggestions if s.kind == "claim")
            inside = [s for s in app.main.suggestions if s.kind != "claim" and claim.start <= s.start < claim.end]
            assert inside, app.main.suggestions
            await pilot.press("R")
            visited = []
            for _ in range(len(app.main.suggestions)):
                here = app.main.suggestion_here()
                if here is None:
                    break
                visited.append(here.kind)
                await pilot.press("greater_than_sign")
            assert visited.index("claim") > max(i for i, kind in enumerate(visited) if kind == "district")


async def test_y_on_a_claim_goes_on_to_what_is_suggested_inside_it(seed_store: Store, make_app) -> None:
    """A newcomer's: `y` on an article's first claim (the cursor put on it, not `R`) went on to
    the next claim, past the places and actors suggested inside the first."""
    app = make_app(seed_store, suggestions=True)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        found = app.main.suggestions
        claim = next(
            c
            for c in found
            if c.kind == "claim" and any(s.kind != "claim" and c.start <= s.start and s.end <= c.end for s in found)
        )
        inside = min(
            (s for s in found if s.kind != "claim" and claim.start <= s.start and s.end <= claim.end),
            key=lambda s: (s.start, s.end - s.start),
        )
        wide = [c for c in found if c is not claim and c.start <= claim.start and claim.end <= c.end]
        assert not wide  # the cursor on its first word shows this claim, no wider one
        narrower = [s for s in found if s.start == claim.start and s.end < claim.end]
        app.main.reader.move_cursor(app.main.reader.location_of(claim.start))
        for _ in narrower:
            await pilot.press("greater_than_sign")
        assert app.main.suggestion_here() is claim
        await pilot.press("y")
        await ready(pilot, app)
        here = app.main.suggestion_here()
        assert here is not None and (here.start, here.end, here.kind) == (inside.start, inside.end, inside.kind)


async def test_greater_than_from_the_first_word_visits_the_suggestion_there(tmp_path, make_app) -> None:
    """A newcomer's: `g` then `>` on an article opening with "Russian forces" went to Pokrovsk,
    and the suggestion of its first words was never visited."""
    from annotations.model import Article

    article = Article.create("Russian forces advance", "Russian forces advanced toward Pokrovsk on Tuesday.")
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        app = make_app(store, suggestions=True)
        async with app.run_test(size=SIZE) as pilot:
            reader = await ready(pilot, app)
            first = min(app.main.suggestions, key=lambda s: s.start)
            reader.move_cursor(reader.location_of(first.start))
            await pilot.press("greater_than_sign")
            assert app.main.walked_to() is first
            await pilot.press("greater_than_sign")
            assert app.main.suggestion_here() is not first


async def test_review_starts_at_the_cursor_not_back_at_the_first(seed_store: Store, make_app) -> None:
    """helper-268: R after reading on went back to the first suggestion, skipped already."""
    app = make_app(seed_store, suggestions=True)
    async with app.run_test(size=SIZE) as pilot:
        reader = await ready(pilot, app)
        ordered = sorted(app.main.suggestions, key=lambda s: s.start)
        middle = ordered[len(ordered) // 2]
        reader.move_cursor(reader.location_of(middle.start))
        await pilot.press("R")
        here = app.main.suggestion_here()
        assert here is not None and here.start >= middle.start
        reader.move_cursor(reader.location_of(len(app.main.article.text) - 1))  # past the last: from the first again
        await pilot.press("R")
        here = app.main.suggestion_here()
        assert here is not None and here.start == min(s.start for s in app.main.suggestions)
