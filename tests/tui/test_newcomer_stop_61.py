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


OPENING_WITH_A_CLAIM = (
    "Shelling in Darfur\n\nThe Rapid Support Forces shelled the Abu Shouk camp outside El Fasher on Sunday, "
    "killing 12 civilians, the Darfur Network for Human Rights said. Residents fled to Tawila.\n"
)


async def test_greater_than_from_the_start_visits_what_is_inside_the_opening_claim(tmp_path, make_app) -> None:
    """A newcomer's `g` then `>` on an article whose first sentence is a claim went straight to
    the claimant after it, past every place and actor of the sentence (the cursor was on the
    claim's first word, and `>` went on from the claim's place in the walk: its end)."""
    from annotations.exchange.intake import import_paths
    from annotations.store import Store

    from .test_tagging_keys import ready

    (tmp_path / "darfur.txt").write_text(OPENING_WITH_A_CLAIM, encoding="utf-8")
    with Store.open(tmp_path / "db") as store:
        import_paths(store, [tmp_path / "darfur.txt"])
        app = make_app(store, suggestions=True)
        async with app.run_test(size=(120, 40)) as pilot:
            reader = await ready(pilot, app)
            claim = next(s for s in app.main.suggestions if s.kind == "claim")
            inside = sorted(
                (s for s in app.main.suggestions if s.kind != "claim" and claim.start <= s.start < claim.end),
                key=lambda s: s.start,
            )
            assert inside, "the claim holds places and actors"
            reader.move_cursor(reader.location_of(claim.start + 1))  # on "The", the claim's own word
            await pilot.pause()
            assert app.main.suggestion_here() is claim
            await pilot.press("greater_than_sign")
            assert app.main.suggestion_here() is inside[0]
            visited = [inside[0]]
            while visited[-1] is not claim and len(visited) < 20:  # on through the sentence, then its claim
                await pilot.press("greater_than_sign")
                visited.append(app.main.suggestion_here())
            assert visited[-1] is claim and all(any(v is s for v in visited) for s in inside)


async def test_an_export_to_no_folder_keeps_the_form_and_its_path(seed_store, make_app, tmp_path) -> None:
    """The form closed at Enter and the export's error came seconds later, the path typed lost."""
    from textual.widgets import Input

    from tui.screens.export import ExportForm

    app = make_app(seed_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("E")
        await pilot.pause()
        typed = str(tmp_path / "not-made" / "events.csv")
        app.screen.query_one("#path", Input).value = typed
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ExportForm)
        assert app.screen.query_one("#path", Input).value == typed
        assert any("No folder" in str(n.message) for n in app._notifications)


async def test_the_entities_aliases_end_in_an_ellipsis_when_cut(seed_store, make_app) -> None:
    """At 90 columns "Also" showed "Burkina Faso" of "Burkina Faso's military government, junta",
    cut by the screen's edge: read as the country, an alias of the government."""
    from textual.widgets import DataTable

    from annotations.model import ActorDetails, Entity

    aliases = ("Burkina Faso's military government", "junta")
    seed_store.put_entity(
        Entity.actor("Government of Burkina Faso", ActorDetails("government_officials", aliases=aliases))
    )
    for width in (90, 140):
        app = make_app(seed_store)
        async with app.run_test(size=(width, 30)) as pilot:
            await pilot.pause()
            await pilot.press("A")
            await pilot.pause()
            table = app.screen.query_one(DataTable)
            also = str(table.get_row_at(0)[-1])
            assert also.endswith("…") and also[:-1] in ", ".join(aliases)
            right = table.region.right - 1  # the cell drawn whole, inside the table and its scroll bar
            x = sum(column.get_render_width(table) for column in table.columns.values())
            assert x <= right, (width, x, right)


async def test_a_claim_to_link_to_is_shown_by_more_than_its_first_words() -> None:
    """The claim form's "Other claim" showed ‹ “Militants linke… ›: which claim was chosen could
    not be told before saving."""
    from textual.app import App, ComposeResult

    from tui.widgets.choice import ChoiceField

    label = "“Militants linked to JNIM attacked an army base in Djibo on Sunday, killing dozens of soldiers”"

    class Form(App[None]):
        CSS = "ChoiceField { width: 34; }"

        def compose(self) -> ComposeResult:
            yield ChoiceField([("no link", None), (label, 1), ("“another”", 2)], 1, id="target", lines=3)

    app = Form()
    async with app.run_test(size=(60, 10)) as pilot:
        await pilot.pause()
        field = app.query_one(ChoiceField)
        shown = str(field.render())
        assert "army base in Djibo" in shown and shown.endswith("›")
        assert field.size.height == 3


async def test_an_events_export_of_no_claims_writes_nothing(tmp_path) -> None:
    """A reviewer's: a store with no claim wrote a header alone and said "Exported · 0 events"."""
    from annotations.model import Article
    from annotations.store import Store
    from tui.screens.export import export_in_background

    said: list[tuple[str, str]] = []

    class Told:
        def notify(self, message: str, *, title: str = "", **_kwargs: object) -> None:
            said.append((title, message))

    with Store.open(tmp_path / "db") as store:
        store.add_article(Article.create("Quiet", "Quiet\n\nNothing happened."))
        await export_in_background(Told(), store, "events", tmp_path / "events.csv", None)  # type: ignore[arg-type]
    assert [title for title, _ in said] == ["", "No events exported"]  # "Exporting to …" at once, then this
    assert not (tmp_path / "events.csv").exists()


async def test_a_long_unbroken_word_in_a_choice_of_lines_is_folded_not_cut() -> None:
    """A reviewer's: a claim opening with a link left "‹ " alone on its first line, and the rest,
    four lines long, lost its "›"."""
    from textual.app import App, ComposeResult

    from tui.widgets.choice import ChoiceField

    label = "https://example.org/" + "a" * 80 + " said the army"

    class Form(App[None]):
        CSS = "ChoiceField { width: 34; }"

        def compose(self) -> ComposeResult:
            yield ChoiceField([("none", None), (label, 1), ("other", 2)], 1, lines=3)

    app = Form()
    async with app.run_test(size=(60, 10)) as pilot:
        await pilot.pause()
        field = app.query_one(ChoiceField)
        drawn = field.render_lines(field.region.reset_offset)
        lines = ["".join(segment.text for segment in line).strip() for line in drawn]
        assert len(lines) == 3 and lines[-1].endswith("›"), lines
        assert lines[0].startswith("‹ https"), lines


def test_a_claims_detail_says_its_date_before_its_type(tmp_path) -> None:
    """At 110x34 a newcomer's claim detail ended at "territorial control · certain…": the date,
    what claims are compared by across articles, was under it and never seen."""
    from annotations.model import Article, ClaimAttributes
    from annotations.store import Store
    from tui.presenters import detail_text

    text = "The army said on Monday it had retaken Tawila."
    with Store.open(tmp_path / "db") as store:
        article = Article.create("Tawila", text, published="2026-12-01")
        store.add_article(article)
        start = text.index("it had")
        claim = Annotation.create(article, "claim", start, len(text) - 1, attributes=ClaimAttributes(cue="said"))
        store.add_annotation(claim)
        lines = detail_text(store, store.annotation(article.id, claim.id)).plain.splitlines()
    when = next(i for i, line in enumerate(lines) if line.startswith("when "))
    kind = next(i for i, line in enumerate(lines) if "·" in line and ("certain" in line or "other" in line))
    assert when < kind, lines


def test_a_provinces_row_does_not_name_it_twice_in_two_spellings(tmp_path) -> None:
    """A newcomer's Districts pane said "Segou  Ségou": a province whose province is itself, spelt
    with its accent."""
    from annotations.model import Article, Entity, PlaceDetails
    from annotations.store import Store
    from tui.presenters import pane_row

    segou = Entity.place("Segou", PlaceDetails("province", province="Ségou", country="Mali"))
    with Store.open(tmp_path / "db") as store:
        article = Article.create("Segou", "Fighting spread across Segou.")
        store.add_article(article)
        store.put_entity(segou)
        start = article.text.index("Segou")
        mention = Annotation.create(article, "district", start, start + 5, entity_id=segou.id)
        store.add_annotation(mention)
        row = pane_row(store, store.annotation(article.id, mention.id), {}, {}, 60).plain
    assert "Ségou" not in row and "province" in row, row


async def test_a_typed_export_path_is_kept_when_the_format_changes(seed_store, make_app, tmp_path) -> None:
    """Found by a newcomer (stop 78): a path typed, then shift+Tab and ← to change the format, and
    the path was the form's own again; the typed one is kept, in the new format's extension."""
    from textual.widgets import Input

    from tui.screens.export import ExportForm

    app = make_app(seed_store)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await pilot.press("E")
        await pilot.pause()
        assert isinstance(app.screen, ExportForm)
        field = app.screen.query_one("#path", Input)
        field.value = str(tmp_path / "mine.json")
        field.focus()
        await pilot.press("shift+tab", "right")  # the format (the reader is shown for tables only), the next one
        await pilot.pause()
        from annotations.exchange.selection import FORMATS  # the order the form offers them in

        assert FORMATS[:2] == ("json", "jsonl") and field.value == str(tmp_path / "mine.jsonl")
        await pilot.press("left")
        await pilot.pause()
        assert field.value == str(tmp_path / "mine.json")
        await pilot.press("escape")  # a new form: its own path follows the format as before
        await pilot.pause()
        await pilot.press("E")
        await pilot.pause()
        await pilot.press("shift+tab", "shift+tab", "right")
        await pilot.pause()
        field = app.screen.query_one("#path", Input)
        assert field.value.endswith(".jsonl") and "fieldmark-" in field.value
