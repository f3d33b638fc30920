"""On a team's server, an edit form open on a tag another analyst changes or deletes meanwhile
says so at once (it said so only when saved, and refused)."""

from __future__ import annotations

from textual.widgets import Static

from tui.widgets.message_line import MessageLine

from .conftest import SIZE
from .test_team import captured_by_bo, edit_form_on, kunduz_tagged, team, until  # noqa: F401 (the fixture)


def _title(app) -> str:  # type: ignore[no-untyped-def]
    return str(app.main.query_one("#form-title", Static).render())


async def test_an_edit_form_says_when_another_analyst_changes_or_deletes_its_tag(team, make_app) -> None:  # noqa: F811
    _server, ana, bo = team
    article, kunduz = kunduz_tagged(ana, "tester")
    app = make_app(ana)
    async with app.run_test(size=SIZE) as pilot:
        await edit_form_on(app, pilot, kunduz)
        assert "meanwhile" not in _title(app)
        captured_by_bo(bo, kunduz)
        await until(lambda: "Someone else changed this tag meanwhile" in _title(app))
        assert any("Someone else changed this tag" in n.message for n in app._notifications)
        assert app.main.form_open  # the analyst's words stay, to save or not
        await pilot.press("alt+right")  # the span grown by a word: still said
        await pilot.pause()
        assert "Someone else changed this tag meanwhile" in _title(app)
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("e")  # theirs, in a form that says nothing of it
        await pilot.pause()
        assert "meanwhile" not in _title(app)
        bo.delete_annotation(article.id, kunduz.id)
        await until(lambda: "Someone else deleted this tag meanwhile" in _title(app))


async def test_an_open_form_whose_tag_nobody_touched_says_nothing_of_others_work(team, make_app) -> None:  # noqa: F811
    from annotations.model import Annotation

    from ..helpers import span

    _server, ana, bo = team
    article, kunduz = kunduz_tagged(ana, "tester")
    app = make_app(ana)
    async with app.run_test(size=SIZE) as pilot:
        await edit_form_on(app, pilot, kunduz)
        bo.add_annotation(Annotation.create(article, "actor", *span(article, "Taliban"), annotator="bo"))
        line = app.main.query_one(MessageLine)
        await until(lambda: "Updated with changes another analyst saved" in str(line.render()))
        assert "meanwhile" not in _title(app) and app.main.form_open


async def test_saving_what_the_other_analyst_saved_goes_through_as_the_form_says(team, make_app) -> None:  # noqa: F811
    """A reviewer's: the form said "Enter is refused" when the analyst then saved the very change
    the other had made, which the server lets through. It says so, and it is so."""
    from tui.widgets.choice import ChoiceField

    _server, ana, bo = team
    article, kunduz = kunduz_tagged(ana, "tester")
    app = make_app(ana)
    async with app.run_test(size=SIZE) as pilot:
        await edit_form_on(app, pilot, kunduz)
        captured_by_bo(bo, kunduz)
        await until(lambda: "Enter saves only what they saved" in _title(app))
        status = next(c for c in app.main.query(ChoiceField) if c.id == "status" and c.display)
        status.value = "captured"  # the change bo made, chosen in the form
        await pilot.press("enter")
        await pilot.pause()
        assert not app.main.form_open  # saved, not refused
    assert ana.annotation(article.id, kunduz.id).attributes.control_status == "captured"  # type: ignore[union-attr]
