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
    async with app.run_test(size=SIZE, notifications=True) as pilot:
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
        await pilot.pause()  # said over the reader, not over the form's fields (helper-240's)
        rack = app.screen.query_one("#textual-toastrack")
        toasts = [w for w in rack.walk_children() if type(w).__name__ == "Toast"]
        panel = app.screen.query_one("#tag-panel")
        assert toasts and all(t.region.right <= panel.region.x for t in toasts), [t.region for t in toasts]
        await pilot.press("right")  # corroborates
        await pilot.press("enter")
        await pilot.pause()
        assert form_open(app) is None
        assert not rack.has_class("beside-form")  # the form closed: toasts at the top right again
        (made,) = [a for a in seed_store.annotations(article.id) if a.id != first.id]
        assert isinstance(made.attributes, ClaimAttributes)
        assert [(link.type, link.annotation_id) for link in made.attributes.links] == [("corroborates", first.id)]
