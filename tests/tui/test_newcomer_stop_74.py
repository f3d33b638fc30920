"""What a newcomer met in the app (stop 74)."""

from __future__ import annotations

from pathlib import Path

from annotations.model import Article
from annotations.store import Store

from .conftest import SIZE
from .test_flow import form_on, form_open, search, type_text

MARKUP_TEXT = "Fighters of the [/] Front seized Kunduz. [b]Tasnim[/b] [red] reported it."


async def test_names_that_look_like_markup_are_shown_as_written_and_never_crash_the_app(
    tmp_path: Path, make_app
) -> None:
    """A name with "[/]" in it, typed or tagged from the text, ended the app with "MarkupError:
    auto closing tag ('[/]') has nothing to close" (the detail pane's title is the tag's name),
    and again after a restart as soon as the cursor reached the tag; "Tasnim [b]News[/b]" was
    titled "Tasnim News"."""
    with Store.open(tmp_path / "db") as store:
        article = Article.create("Markup", MARKUP_TEXT)
        store.add_article(article)
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            assert await form_on(pilot, app, "[/] Front", "a") is not None
            await pilot.press("enter")
            await pilot.pause()
            assert form_open(app) is None
            (tag,) = store.annotations(article.id)
            assert tag.quote == "[/] Front"
            detail = app.screen.query_one("#detail")
            assert "[/] Front" in str(detail.border_title)
            await form_on(pilot, app, "[b]Tasnim[/b]", "a")
            await pilot.press("ctrl+u")
            await type_text(pilot, "Tasnim [b]News[/b] [red]")
            await pilot.press("enter")
            await pilot.pause()
            assert app.is_running
            title = detail._border_title  # as drawn (border_title gives it back as markup)
            assert title is not None and "Tasnim [b]News[/b] [red]" in title.plain
            app.notify("the actor [/] Front was deleted", severity="warning")  # a toast of a name
            await pilot.pause()
            assert app.is_running


async def test_the_zero_width_joiners_typed_in_a_name_are_kept(seed_store: Store, make_app) -> None:
    """Names typed with U+200C (how Persian and Dari write "می‌گوید") or U+200D (emoji sequences)
    were saved without them: Python counts neither as printable, and Textual's field drops what is
    not. Imported articles keep them, so a name typed as the text spells it must too."""
    from textual.widgets import Input

    from tui.widgets.form_bodies import DistrictBody

    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert await form_on(pilot, app, "Kunduz", "d") is DistrictBody
        await pilot.press("ctrl+u")
        await type_text(pilot, "Kun\u200cduz\u200dX")
        assert app.screen.query_one("#name", Input).value == "Kun\u200cduz\u200dX"
        await pilot.press("enter")
        await pilot.pause()
        assert [e.name for e in seed_store.entities("place")] == ["Kun\u200cduz\u200dX"]
        await pilot.press("slash")
        await type_text(pilot, "a\u200cb")
        assert app.screen.query_one("#search", Input).value == "a\u200cb"


async def test_x_on_a_claim_another_article_links_to_takes_the_link_along(tmp_path: Path, make_app) -> None:
    """The newcomer deleted a claim another claim contradicted: the other showed "contradicts
    ann_… (missing)" and `fieldmark check` reported the link. `x` takes the links along, in the
    claim's article and in others, and says so."""
    from annotations.forms.links import link_claims
    from annotations.model import Annotation, ClaimAttributes, ClaimLink
    from annotations.store.integrity import check_store

    with Store.open(tmp_path / "db") as store:
        first = Article.create("Kunduz", "Rebels said they took Kunduz on Monday.")
        second = Article.create("Residents", "Residents said the rebels held the city.")
        claims = []
        for article in (first, second):
            store.add_article(article)
            claims.append(Annotation.create(article, "claim", 0, len(article.text) - 1, attributes=ClaimAttributes()))
            store.add_annotation(claims[-1])
        link_claims(store, second.id, claims[1].id, ClaimLink("corroborates", first.id, claims[0].id))
        app = make_app(store)
        async with app.run_test(size=SIZE) as pilot:
            await pilot.pause()
            await search(pilot, "took Kunduz")
            await pilot.press("x")
            await pilot.pause()
            assert store.annotations(first.id) == []
            assert store.annotation(second.id, claims[1].id).attributes.links == ()  # type: ignore[union-attr]
            said = app.screen.query_one("#message").said
            assert "and 1 claim's link to it" in said, said
        store.flush()
        assert check_store(store) == []


async def test_enter_while_a_choice_matches_nothing_saves_nothing_and_says_so(seed_store: Store, make_app) -> None:
    """The newcomer typed "armed" in an actor's Type (it showed "nothing matches “armed”") and
    pressed Enter: the actor was saved with the type it had, without a word."""
    from tui.widgets.choice import ChoiceField
    from tui.widgets.form_bodies import ActorBody

    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert await form_on(pilot, app, "Taliban", "a") is ActorBody
        kind = app.screen.query_one("#actor_type", ChoiceField)
        kind.focus()
        await pilot.pause()
        await type_text(pilot, "armed")
        assert kind.unmatched == "armed"
        await pilot.press("enter")
        await pilot.pause()
        assert form_open(app) is ActorBody and app.screen.focused is kind
        assert seed_store.entities("actor") == []
        said = [n.message for n in app._notifications]
        assert said and said[-1].startswith("Nothing matches “armed” there")
        for _ in "armed":
            await pilot.press("backspace")
        await pilot.press("enter")
        await pilot.pause()
        assert form_open(app) is None and [e.name for e in seed_store.entities("actor")] == ["Taliban"]


async def test_tab_past_a_choice_that_matches_nothing_keeps_it_said_and_unsaved(seed_store: Store, make_app) -> None:
    """helper-363 typed "town" in a place's kind, Tab, Enter: the place was saved with the kind it had, unsaid (Tab
    had forgotten what was typed)."""
    from tui.widgets.choice import ChoiceField
    from tui.widgets.form_bodies import ActorBody

    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert await form_on(pilot, app, "Taliban", "a") is ActorBody
        kind = app.screen.query_one("#actor_type", ChoiceField)
        kind.focus()
        await pilot.pause()
        await type_text(pilot, "armed")
        await pilot.press("tab")
        await pilot.pause()
        assert app.screen.focused is not kind and kind.unmatched == "armed"
        await pilot.press("enter")
        await pilot.pause()
        assert form_open(app) is ActorBody and app.screen.focused is kind
        assert seed_store.entities("actor") == []


async def test_a_message_longer_than_the_line_ends_in_an_ellipsis(seed_store: Store, make_app) -> None:
    """A newcomer read "…u again takes it off your undo" at the screen's edge, with nothing to say
    that more was cut (Textual crops a text without the "…" it asks for)."""
    from tui.widgets.message_line import MessageLine

    app = make_app(seed_store)
    async with app.run_test(size=(80, 30)) as pilot:
        await pilot.pause()
        line = app.screen.query_one(MessageLine)
        line.say("cannot undo delete district “Lashio”: another analyst changed it since; " + "u again " * 10)
        await pilot.pause()
        assert line.said.endswith("…") and len(line.said) == line.content_region.width


async def test_a_link_type_chosen_without_a_claim_to_link_to_keeps_the_form_open(seed_store: Store, make_app) -> None:
    """A newcomer set "corroborates" in a new claim's Add link, with no other claim listed, and
    saved: the claim was saved without the link, and nothing said so."""
    from tui.widgets.choice import ChoiceField
    from tui.widgets.claim_body import ClaimBody

    from .test_flow import choose

    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert await form_on(pilot, app, "Dozens of districts", "escape", "c") is ClaimBody
        kind = app.screen.query_one("#link_type", ChoiceField)
        kind.focus()
        await pilot.pause()
        await choose(pilot, kind, "corroborates")
        await pilot.press("enter")
        await pilot.pause()
        assert form_open(app) is ClaimBody
        said = [n.message for n in app._notifications]
        assert said and said[-1].startswith("Corroborates: there is no other claim to link to"), said
        assert seed_store.annotations(seed_store.articles()[0].id) == []
        await choose(pilot, kind, None)
        await pilot.press("enter")
        await pilot.pause()
        assert form_open(app) is None and len(seed_store.annotations(seed_store.articles()[0].id)) == 1


async def test_a_detail_line_cut_already_is_not_cut_twice() -> None:
    """A claim's link line ends in its article's title cut with "…"; cut again at the panel's
    last line it read "· Odd names test, 12 May ……"."""
    from rich.text import Text

    from .test_newcomer_stop_60 import _Detail

    app = _Detail()
    async with app.run_test(size=(40, 10)) as pilot:
        from tui.widgets.panes import DetailPanel

        panel = app.query_one(DetailPanel)
        lines = [f"line {n}" for n in range(5)] + ["“the town” · Odd names …"] + ["more"] * 5
        panel.show(Text("\n".join(lines)))
        await pilot.pause()
        shown = str(panel.render()).rstrip()
        assert shown.endswith("…") and not shown.endswith("……"), shown


async def test_a_suggestion_of_a_place_no_tag_names_any_more_says_known(seed_store: Store, make_app) -> None:
    """A newcomer deleted the only tag of a place; its suggestion then said "Kunduz (new)", though
    `y` links it to the place the corpus still holds (entities no tag names are left out of what
    suggestions link to). Since stop 94 the place goes with its last tag (such an entity came back
    after a restart as one of "your tags"): the suggestion is new again; `u` brings both back."""
    from .test_tagging_keys import ready

    app = make_app(seed_store, suggestions=True)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        await search(pilot, "Kunduz and its forces")
        await pilot.press("escape")  # the cursor on "Kunduz"
        await pilot.pause()
        detail = app.screen.query_one("#detail")
        assert "Kunduz (new)" in str(detail.render()), str(detail.render())
        await pilot.press("y")
        await ready(pilot, app)
        await search(pilot, "Kunduz and its forces")
        await pilot.press("escape", "x")  # the tag made, deleted: the place with it
        await ready(pilot, app)
        assert seed_store.entities("place") == []
        assert not [a for a in seed_store.annotations(seed_store.articles()[0].id) if a.kind == "district"]
        assert "Kunduz (new)" in str(detail.render()), str(detail.render())
        await pilot.press("u")
        await ready(pilot, app)
        assert [e.name for e in seed_store.entities("place")] == ["Kunduz"]


async def test_a_suggestion_proposed_again_where_a_tag_was_deleted_is_said(seed_store: Store, make_app) -> None:
    """helper-356: x on a tag made from a suggestion brought the same suggestion back at once, one Y from tagging it
    again, and nothing said so."""
    from tui.widgets.message_line import MessageLine

    from .test_tagging_keys import ready

    app = make_app(seed_store, suggestions=True)
    async with app.run_test(size=SIZE) as pilot:
        await ready(pilot, app)
        await search(pilot, "Kunduz and its forces")
        await pilot.press("escape", "y")
        await ready(pilot, app)
        await search(pilot, "Kunduz and its forces")
        await pilot.press("escape", "x")
        await ready(pilot, app)
        said = app.main.query_one(MessageLine).said
        assert "Suggested here again: r rejects it" in said, said
        assert said.startswith("Delete "), said  # what x deleted, said with it (helper-368)
        await pilot.press("r")  # as said: rejected
        await ready(pilot, app)
        assert not [s for s in app.main.suggestions if s.quote == "Kunduz"]
