"""What a newcomer met in the app (stop 73)."""

from __future__ import annotations

from annotations.store import Store
from tui.widgets.form_bodies import ClaimBody

from .conftest import SIZE
from .test_flow import form_open, search, type_text


async def test_a_day_that_does_not_exist_keeps_the_claim_form_open_with_what_was_chosen(
    seed_store: Store, make_app
) -> None:
    """An event date of "2024-13-01" closed the claim form with a toast, and everything chosen in
    it (a certainty, links) was lost; a new claim with "2024-02-31" was not saved at all."""
    from textual.widgets import Input

    app = make_app(seed_store)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await search(pilot, "Dozens of districts")
        await pilot.press("escape", "c")
        await pilot.pause()
        assert form_open(app) is ClaimBody
        app.screen.query_one("#event_date", Input).focus()
        await pilot.pause()
        await type_text(pilot, "2024-02-31")
        await pilot.press("enter")
        await pilot.pause()
        assert form_open(app) is ClaimBody  # still open, the date to correct
        said = [n.message for n in app._notifications]
        assert said and said[-1].startswith("event date: 2024-02-31 is no day of") and "stays open" in said[-1]
        assert app.screen.focused is app.screen.query_one("#event_date", Input)
        assert seed_store.annotations(seed_store.articles()[0].id) == []
        await pilot.press("ctrl+u")
        await type_text(pilot, "2024-02-28")
        await pilot.press("enter")
        await pilot.pause()
        assert form_open(app) is None
        (claim,) = seed_store.annotations(seed_store.articles()[0].id)
        assert claim.attributes.event_date == "2024-02-28"  # type: ignore[union-attr]
