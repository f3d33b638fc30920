"""What a newcomer met in the app (stop 61)."""

from __future__ import annotations

from annotations.model import Annotation
from tui.presenters import provenance


def _tag(status: str, annotator: str = "sam") -> Annotation:
    return Annotation(
        id="a1",
        article_id="art",
        kind="actor",
        start=0,
        end=5,
        quote="Kabul",
        status=status,  # type: ignore[arg-type]
        annotator=annotator,
        modified="2026-12-04T07:30:12.345+00:00",
    )


def test_a_tag_says_who_tagged_it_and_when_not_that_it_was_accepted() -> None:
    """A tag made by hand said "accepted · by root · 07:30": a newcomer read it as a suggestion
    accepted, and the day was not shown."""
    assert provenance(_tag("accepted")) == "tagged by sam · 2026-12-04 07:30 UTC"
    assert provenance(_tag("accepted", "")) == "tagged by someone unnamed · 2026-12-04 07:30 UTC"
    assert provenance(_tag("suggested")).startswith("suggested, not yet accepted · from sam")


async def test_the_export_and_date_forms_say_their_own_keys(seed_store, make_app) -> None:
    """The key line under the Export dialog was the reader's (d District, a Actor, …), none of
    which did anything there."""
    from tui.widgets.key_hints import KeyHints

    for key, saying in (("E", "Export"), ("I", "Save")):
        app = make_app(seed_store)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            await pilot.press(key)
            await pilot.pause()
            line = str(app.screen.query_one(KeyHints).render())
            assert saying in line and "Cancel" in line
            assert "District" not in line


async def test_x_and_e_on_no_tag_say_so_on_the_message_line_not_over_the_article(seed_store, make_app) -> None:
    """`x` or `e` a character off a tag put a warning toast over the article's lines, hiding the
    words the newcomer was looking for; the message line says it, and nothing is deleted."""
    app = make_app(seed_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        for key, said in (("x", "No annotation here to delete."), ("e", "No annotation here to edit.")):
            await pilot.press(key)
            await pilot.pause()
            assert app.screen.query_one("MessageLine").said == said  # type: ignore[attr-defined]
            assert not app._notifications
