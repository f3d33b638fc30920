"""What the detail area shows for a suggestion: what `y` would store, first."""

from __future__ import annotations


def test_a_suggested_claims_detail_shows_its_type_and_certainty_before_its_words() -> None:
    """Found by a newcomer: a long suggested claim filled the detail area before its type and
    certainty could be seen."""
    from annotations.model import ClaimAttributes
    from annotations.suggest import Suggestion
    from tui.presenters import suggestion_text

    text = "Officials said " + "the rebels took the town and " * 12 + "then left."
    start = len("Officials said ")
    attributes = ClaimAttributes(cue="said", claim_type="territorial_control", certainty="negated")
    claim = Suggestion(
        "claim", start, len(text), text[start:], "cue", attributes=attributes, claimant=(0, 9), cue="said"
    )
    lines = suggestion_text(text, claim).plain.splitlines()
    assert lines[0] == "SUGGESTED CLAIM  territorial control · negated"
    assert lines[1] == "claimant Officials · cue said"
    assert lines[2].endswith("…”") and len(lines[2]) <= 125


def test_a_suggestion_shows_what_y_stores_with_it_a_places_status_and_a_new_claimants_type() -> None:
    """Found by a newcomer: `y` stored Kyaukme as captured and a spokesman as a government
    official, neither shown on the suggestion accepted."""
    from annotations.model import ActorDetails, ClaimAttributes, DistrictAttributes, Entity, PlaceDetails
    from annotations.suggest import Suggestion
    from tui.presenters import suggestion_text

    text = "Rebels captured Hsenwi, spokesman Tun Aung said."
    town = Entity.place("Hsenwi", PlaceDetails(place_kind="city", country="Myanmar"))
    place = Suggestion(
        "district", 16, 22, "Hsenwi", "gazetteer", entity=town, new_entity=True,
        attributes=DistrictAttributes(control_status="captured"),
    )  # fmt: skip
    assert "status captured" in suggestion_text(text, place).plain.splitlines()
    speaker = Entity.actor("Tun Aung", ActorDetails("government_officials"))
    start = text.index("Tun Aung")
    claimant = Suggestion("actor", start, start + 8, "Tun Aung", "spokesman", entity=speaker, new_entity=True)
    attributes = ClaimAttributes(cue="said", claim_type="territorial_control", certainty="certain")
    claim = Suggestion("claim", 0, 22, text[:22], "cue", attributes=attributes, claimant=(start, start + 8), cue="said")
    lines = suggestion_text(text, claim, claimant).plain.splitlines()
    assert lines[1] == "claimant Tun Aung (new government officials) · cue said"
    unknown = Suggestion("district", 16, 22, "Hsenwi", "gazetteer", entity=town, attributes=DistrictAttributes())
    assert not any(line.startswith("status") for line in suggestion_text(text, unknown).plain.splitlines())


def test_a_denial_in_the_claims_pane_says_so(tmp_path) -> None:
    """Found by a newcomer: "Zaw Min Tun · territorial control: “Lashio had fall…”" read as the
    junta saying Lashio fell; it denied it."""
    from annotations.model import Annotation, Article, ClaimAttributes
    from annotations.store import Store
    from tui.presenters import pane_row

    text = "The spokesman denied that Lashio had fallen."
    article = Article.create("denied", text)
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        start = text.index("Lashio")
        denied = ClaimAttributes(cue="denied", claim_type="territorial_control", certainty="negated")
        claim = Annotation.create(article, "claim", start, len(text) - 1, attributes=denied)
        assert " · denies · territorial control: “Lashio had fallen”" in pane_row(store, claim, {}).plain
        said = Annotation.create(article, "claim", start, len(text) - 1, attributes=ClaimAttributes(cue="said"))
        assert "denies" not in pane_row(store, said, {}).plain


def test_a_places_detail_says_its_status_is_of_the_mention_under_the_cursor(tmp_path) -> None:
    """Found by a newcomer: the Districts row said "mixed" (what Lashio's two mentions say) and
    the detail under it "status captured" (its first mention), with nothing saying so."""
    from annotations.model import Annotation, Article, DistrictAttributes
    from annotations.store import Store
    from tui.presenters import detail_text

    article = Article.create("Lashio", "Rebels captured Lashio.")
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        mention = Annotation.create(article, "district", 16, 22, attributes=DistrictAttributes("captured"))
        assert (
            "status captured · what this mention says (e changes it here and in mentions saying the same or nothing)"
            in detail_text(store, mention).plain.splitlines()
        )


def test_a_claims_detail_names_the_places_the_board_files_it_under(tmp_path) -> None:
    """Found by a newcomer: a claim the board listed under Pokrovsk said nothing of it."""
    from annotations.model import Annotation, Article, ClaimAttributes, Entity, PlaceDetails
    from annotations.store import Store
    from tui.presenters import detail_text

    text = "Officials said Russian troops captured Pokrovsk on Monday."
    article = Article.create("about", text, published="2024-08-05")
    town = Entity.place("Pokrovsk", PlaceDetails("city", country="Ukraine"))
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        at = text.index("Pokrovsk")
        store.add_annotation(Annotation.create(article, "district", at, at + 8, entity_id=town.id), new_entity=town)
        claim = Annotation.create(article, "claim", 15, len(text) - 1, attributes=ClaimAttributes(cue="said"))
        store.add_annotation(claim)
        assert "about Pokrovsk" in detail_text(store, claim).plain.splitlines()
        assert not any(line.startswith("event ") for line in detail_text(store, claim).plain.splitlines())
        chosen = claim.edited(
            attributes=ClaimAttributes(cue="said", event_type="Explosions/Remote violence: Air/drone strike")
        )
        store.update_annotation(chosen)  # a newcomer chose it in the form, and the detail never said so
        assert "event Explosions/Remote violence: Air/drone strike" in detail_text(store, chosen).plain.splitlines()


async def test_a_status_read_inside_a_claim_is_shown_as_claimed(tmp_path, make_app) -> None:
    """Found by a newcomer: "the army said it had retaken Tawila" showed Tawila "retaken" in the
    Districts pane like a fact; one side's claim is shown as claimed, with who claims it."""
    from annotations.entities.mentions import claim_around, claimed_places
    from annotations.model import Annotation, Article, ClaimAttributes, DistrictAttributes, Entity, PlaceDetails
    from annotations.store import Store
    from tui.presenters import detail_text

    text = "The army said it had retaken Tawila. Rebels captured Kutum on Sunday."
    article = Article.create("claimed", text)
    store = Store.open(tmp_path / "db")
    store.add_article(article)
    tawila, kutum = Entity.place("Tawila", PlaceDetails()), Entity.place("Kutum", PlaceDetails())
    army = Annotation.create(article, "actor", 4, 8)
    said = ClaimAttributes(cue="said", claimant_annotation_id=army.id)
    claim = Annotation.create(article, "claim", 17, 35, attributes=said)
    start = text.index("Tawila")
    inside = Annotation.create(
        article, "district", start, start + 6, entity_id=tawila.id, attributes=DistrictAttributes("retaken")
    )
    start = text.index("Kutum")
    outside = Annotation.create(
        article, "district", start, start + 5, entity_id=kutum.id, attributes=DistrictAttributes("captured")
    )
    mentions = [army, claim, inside, outside]
    assert claimed_places(mentions) == {tawila.id}
    assert claim_around(mentions, inside) == claim and claim_around(mentions, outside) is None
    entities = {inside.id: tawila, outside.id: kutum}
    store.add_annotations([(a, entities.get(a.id)) for a in mentions], label="tag")
    assert (
        "status retaken · what this mention says (e changes it here and in mentions saying the same or nothing) · claimed by army"
        in detail_text(store, inside).plain
    )
    assert "claimed" not in detail_text(store, outside).plain
    app = make_app(store)
    async with app.run_test() as pilot:
        await pilot.pause()
        pane = app.screen.query_one("#districts")
        rows = [pane.row_text(i).plain for i in range(pane.row_count)]
        assert any(r.startswith("Tawila") and "retaken, claimed" in r for r in rows), rows
        assert any(r.startswith("Kutum") and "captured" in r and "claimed" not in r for r in rows), rows
    store.close()


async def test_an_events_export_with_no_rows_says_so_once_with_why(tmp_path) -> None:
    """Found by a newcomer: "Exported 0 events" and a warning "Not exported" at once."""
    from annotations.model import Annotation, Article, ClaimAttributes
    from annotations.store import Store
    from tui.screens.export import export_in_background

    said: list[tuple[str, str]] = []

    class App:
        def notify(self, message: str, *, title: str = "", **_kwargs: object) -> None:
            said.append((title, message))

    article = Article.create("Undated", "Undated\n\nThe army said it had retaken Tawila.")
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        start = article.text.index("it had")
        store.add_annotation(
            Annotation.create(article, "claim", start, len(article.text) - 1, attributes=ClaimAttributes(cue="said"))
        )
        await export_in_background(App(), store, "events", tmp_path / "events.csv", None)  # type: ignore[arg-type]
    assert said[0][1].startswith("Exporting to ") and len(said) == 2, said  # said at once (helper-368)
    title, message = said[1]
    assert title == "No events exported" and "no place tagged" in message and "events.csv" in message
    assert not (tmp_path / "events.csv").exists()  # a header alone then barred the name (a newcomer's)


async def test_a_geojson_export_from_the_app_names_the_places_left_off_the_map(tmp_path) -> None:
    """Found by a newcomer: exported from the app, a GeoJSON left out three places with no point
    without a word (`fieldmark export` said it; the app did not)."""
    from annotations.model import Annotation, Article, Entity, PlaceDetails
    from annotations.store import Store
    from tui.screens.export import export_in_background

    from ..helpers import span

    said: list[tuple[str, str]] = []

    class App:
        def notify(self, message: str, *, title: str = "", **_kwargs: object) -> None:
            said.append((title, message))

    article = Article.create("Camps", "Camps\n\nShelling hit Goma and the Mubambiro camp.")
    goma = Entity.place("Goma", PlaceDetails("city", latitude=-1.68, longitude=29.22))
    camp = Entity.place("Mubambiro", PlaceDetails("other"))
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        store.add_annotations(
            [
                (Annotation.create(article, "district", *span(article, "Goma"), entity_id=goma.id), goma),
                (Annotation.create(article, "district", *span(article, "Mubambiro"), entity_id=camp.id), camp),
            ],
            label="tag",
        )
        await export_in_background(App(), store, "geojson", tmp_path / "places.geojson", None)  # type: ignore[arg-type]
    assert [title for title, _ in said[1:]] == ["Exported", "Left off the map"]
    assert "1 place without a point left off the map" in said[2][1] and "Mubambiro" in said[2][1]


def test_an_actor_row_shows_the_words_only_when_they_say_more_than_the_name(tmp_path) -> None:
    """Found by a newcomer: "General Coordination of…  civilians  “General Coo…”": the words
    only repeated the name (with "in Darfur" after it)."""
    from annotations.model import ActorDetails, Annotation, Article, Entity
    from annotations.store import Store
    from tui.presenters import pane_row

    text = "The General Coordination of Displaced Persons in Darfur and the army spoke."
    article = Article.create("rows", text)
    body = Entity.actor("General Coordination of Displaced Persons", ActorDetails("external_other"))
    army = Entity.actor("Sudanese Armed Forces", ActorDetails("state_forces"))
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        start = text.index("General")
        whole = Annotation.create(article, "actor", start, text.index(" and"), entity_id=body.id)
        start = text.index("army")
        short = Annotation.create(article, "actor", start, start + 4, entity_id=army.id)
        store.add_annotations([(whole, body), (short, army)], label="tag")
        assert "“" not in pane_row(store, whole, {}).plain
        assert "“army”" in pane_row(store, short, {}).plain


def test_a_place_suggestion_says_the_statuses_y_all_like_it_stores() -> None:
    """Found by a newcomer: `Y` on "Artibonite" (no status shown) stored "captured" on one of its
    seven mentions and the Districts pane said so; the detail now says what `Y` stores."""
    from annotations.model import DistrictAttributes, Entity, PlaceDetails
    from annotations.suggest import Suggestion
    from tui.presenters import suggestion_text

    text = "Artibonite. Gangs captured Artibonite. Artibonite again."
    place = Entity.place("Artibonite", PlaceDetails("province", country="Haiti"))

    def at(start: int, status: str) -> Suggestion:
        return Suggestion(
            "district", start, start + 10, "Artibonite", "gazetteer", entity=place,
            attributes=DistrictAttributes(control_status=status),  # type: ignore[arg-type]
        )  # fmt: skip

    like = [at(0, "unknown"), at(text.index("Artibonite", 5), "captured"), at(text.rindex("Artibonite"), "unknown")]
    lines = suggestion_text(text, like[0], None, like).plain.splitlines()
    assert "Y tags 3 mentions; status in them: captured in 1" in lines
    assert not any(
        line.startswith("Y tags") for line in suggestion_text(text, like[0], None, like[:1]).plain.splitlines()
    )


def test_an_empty_event_date_says_whose_date_it_stands_for() -> None:
    """Found by a newcomer: the claim form said "empty = 2021-06-23, read" of the article's own
    date, which the detail calls "article's date"; only a date in the words is read."""
    from annotations.claims.when import claim_date
    from annotations.model import Annotation, Article
    from tui.widgets.claim_body import _date_placeholder

    text = "Rebels took Lashio on Monday. Rebels hold Lashio."
    article = Article.create("Lashio", text, published="2021-06-23")

    def placeholder(words: str) -> str:
        start = text.index(words)
        read = claim_date(text, article.published, Annotation.create(article, "claim", start, start + len(words)))
        return _date_placeholder(read.describe() if read is not None else "")

    assert placeholder("Rebels took Lashio on Monday") == "= 2021-06-21 (text)"
    assert placeholder("Rebels hold Lashio") == "= 2021-06-23 (article)"
    assert _date_placeholder("") == "YYYY-MM-DD (none known)"


def test_a_places_kind_reads_as_english() -> None:
    """Found by a newcomer: "Darfur  other of Sudan" ("other" is the kind of a place the
    gazetteers do not classify), and "city of Kunduz" reads as the city's name."""
    from annotations.model import PlaceDetails
    from tui.presenters import place_line

    assert place_line(PlaceDetails("other", country="Sudan")) == "place in Sudan"
    assert place_line(PlaceDetails("city", "Kunduz", "Afghanistan")) == "city in Kunduz, Afghanistan"
    district = PlaceDetails("district", "Kunduz", "Afghanistan", codes={"iso3166_2": "AF-KDZ"})
    assert place_line(district) == "district in Kunduz, Afghanistan (AF, AF-KDZ)"
    assert place_line(PlaceDetails("province", country="Afghanistan")) == "province of Afghanistan"
    assert place_line(PlaceDetails("country", country="Sudan", codes={"iso3166_1": "SD"})) == "country (SD)"
    assert place_line(PlaceDetails("village")) == "village"


def _long_named_actor(tmp_path):  # type: ignore[no-untyped-def]
    from annotations.model import ActorDetails, Annotation, Article, Entity
    from annotations.store import Store

    text = "The General Coordination of Displaced Persons and Refugees in Darfur spoke on Monday."
    article = Article.create("rows", text)
    body = Entity.actor("General Coordination of Displaced Persons and Refugees", ActorDetails("external_other"))
    store = Store.open(tmp_path / "db")
    store.add_article(article)
    start = text.index("General")
    mention = Annotation.create(article, "actor", start, text.index(" in Darfur"), entity_id=body.id)
    store.add_annotations([(mention, body)], label="tag")
    return store, article, mention


def test_a_pane_row_cuts_a_long_name_only_as_far_as_the_pane_needs(tmp_path) -> None:
    """Found by a newcomer: names were cut at 22-24 characters even on a wide terminal."""
    from tui.presenters import pane_row

    store, _article, mention = _long_named_actor(tmp_path)
    with store:
        assert pane_row(store, mention, {}).plain.startswith("General Coordination of…  ")  # no width known
        wide = pane_row(store, mention, {}, width=80).plain
        assert wide.startswith("General Coordination of Displaced Persons and Refugees  ") and "other" in wide
        narrow = pane_row(store, mention, {}, width=30).plain
        assert narrow.startswith("General Coordination of…  ")  # never shorter than before


async def test_the_panes_draw_names_again_for_a_wider_terminal(tmp_path, make_app) -> None:
    from tui.widgets.panes import AnnotationPane

    store, _article, _mention = _long_named_actor(tmp_path)
    with store:
        app = make_app(store)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            actors = app.screen.query_one("#actors", AnnotationPane)
            assert "Refugees" not in actors.row_text(0).plain
            await pilot.resize_terminal(200, 30)
            await pilot.pause()
            await pilot.pause()
            assert "Displaced Persons and Refugees" in actors.row_text(0).plain


def test_a_long_claims_event_type_is_within_the_detail_panes_lines(tmp_path) -> None:
    """helper-240's: at 130x40 the detail pane (eight lines of 44 columns) ended at "casualties ·
    certain…" for a claim as long as a sentence: the event type chosen, under it, was never seen."""
    from rich.console import Console

    from annotations.model import Annotation, Article, ClaimAttributes
    from annotations.store import Store
    from tui.presenters import detail_text

    text = (
        "Medecins Sans Frontieres said 14 people were killed and dozens wounded when shells hit the Abu Shouk "
        "camp on Sunday, the third such strike on the camp this month, while aid convoys remained blocked."
    )
    article = Article.create("Abu Shouk", text, published="2024-06-17")
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        attributes = ClaimAttributes(cue="said", event_type="Explosions/Remote violence: Air/drone strike")
        claim = Annotation.create(article, "claim", text.index("14 people"), len(text) - 1, attributes=attributes)
        store.add_annotation(claim)
        lines = detail_text(store, claim).wrap(Console(width=44), 44)
    assert any(line.plain.startswith("event ") for line in lines[:8]), [line.plain for line in lines]
