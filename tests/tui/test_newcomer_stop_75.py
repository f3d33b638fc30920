"""What a newcomer met in the app (stop 75)."""

from __future__ import annotations

from annotations.model import Annotation, ClaimAttributes
from annotations.store import Store

from ..helpers import span
from .conftest import SIZE
from .test_flow import form_on, form_open


async def test_a_claim_to_link_to_chosen_without_how_it_links_keeps_the_form_open(seed_store: Store, make_app) -> None:
    """A newcomer chose a claim under "Other claim", left "Add link" at "no new link", and saved:
    the claim was saved without the link, and nothing said so (the reverse, a link type with no
    claim, was refused already)."""
    from tui.widgets.choice import ChoiceField
    from tui.widgets.claim_body import ClaimBody

    article = seed_store.articles()[0]
    text = seed_store.article(article.id)
    first = Annotation.create(text, "claim", *span(text, "Dozens of districts"), attributes=ClaimAttributes(cue="said"))
    seed_store.add_annotation(first)
    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        assert await form_on(pilot, app, "Afghan security forces", "escape", "c") is ClaimBody
        target = app.screen.query_one("#link_target", ChoiceField)
        target.focus()
        await pilot.pause()
        await pilot.press("right")  # the first claim listed
        assert target.value is not None and target.value[1] == first.id
        await pilot.press("enter")
        await pilot.pause()
        assert form_open(app) is ClaimBody
        said = [n.message for n in app._notifications]
        assert said and said[-1].startswith("Add link: choose how it links to the other claim"), said
        assert app.screen.focused is app.screen.query_one("#link_type", ChoiceField)
        assert len(seed_store.annotations(article.id)) == 1
        await pilot.press("right")  # corroborates
        await pilot.press("enter")
        await pilot.pause()
        assert form_open(app) is None
        (made,) = [a for a in seed_store.annotations(article.id) if a.id != first.id]
        assert isinstance(made.attributes, ClaimAttributes)
        assert [(link.type, link.annotation_id) for link in made.attributes.links] == [("corroborates", first.id)]
