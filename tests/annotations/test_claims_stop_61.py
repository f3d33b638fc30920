"""What a newcomer's claims board filed wrong (stop 61), on sentences of our own: a toll of
"soldiers and volunteers" set against the army's "terrorists neutralised" as one toll contradicted;
an ambush filed under the capital its militia's backers sit in, once the claim form had saved it;
a claim's places unticked in the form though the board filed it under them."""

from __future__ import annotations

from pathlib import Path

from annotations.claims.whose_dead import whose_dead
from annotations.forms.drafts import draft_claim
from annotations.forms.fields import claim_fields
from annotations.model import Annotation, Article, ClaimAttributes, Entity, PlaceDetails
from annotations.store import Store

from ..helpers import span


def test_the_dead_listed_before_were_killed_are_the_first_ones_kind() -> None:
    assert whose_dead("More than 40 soldiers and volunteers were killed, and the attackers took weapons") == "forces"
    assert whose_dead("Nine farmers and herders were killed when gunmen attacked") == "civilians"
    assert whose_dead("two soldiers and three civilians were killed") is None  # both kinds: no one kind
    assert whose_dead("soldiers and civilians were killed by gunmen") is None


TEXT = (
    "The Volunteers for the Defence of the Homeland, a civilian militia backed by the junta in Ouagadougou, "
    "lost several members in an ambush near Arbinda, residents said."
)


def _tagged(tmp_path: Path) -> tuple[Store, Article, Entity]:
    store = Store.open(tmp_path / "db")
    article = Article.create("Ambush", TEXT)
    store.add_article(article)
    capital = Entity.place("Ouagadougou", PlaceDetails("city", country="Burkina Faso"))
    town = Entity.place("Arbinda", PlaceDetails("city", country="Burkina Faso"))
    store.add_annotations(
        [
            (Annotation.create(article, "district", *span(article, "Ouagadougou"), entity_id=capital.id), capital),
            (Annotation.create(article, "district", *span(article, "Arbinda"), entity_id=town.id), town),
        ],
        label="tag",
    )
    return store, article, town


def test_a_claims_draft_ticks_where_it_happened_not_its_backers_seat(tmp_path: Path) -> None:
    store, article, town = _tagged(tmp_path)
    with store:
        end = TEXT.index(", residents")
        draft = draft_claim(TEXT, 0, end, store.annotations(article.id))
        assert draft.places == (town.id,)


def test_a_claim_naming_no_place_shows_in_the_form_the_places_the_board_files_it_under(tmp_path: Path) -> None:
    store, article, town = _tagged(tmp_path)
    with store:
        end = TEXT.index(", residents")
        claim = Annotation.create(article, "claim", 0, end, attributes=ClaimAttributes(cue="said"))
        store.add_annotation(claim)
        fields = claim_fields(store, article, (0, end), existing=store.annotation(article.id, claim.id))
        assert fields.initial.places == (town.id,)


def test_only_the_forces_helpers_count_with_them_as_one_kind_of_dead() -> None:
    """A reviewer's: miners, pilgrims and hostages listed after soldiers or militants are no
    soldiers nor militants."""
    assert whose_dead("Jihadists attacked the gold site; 25 soldiers and miners were killed.") is None
    assert whose_dead("The army said 16 soldiers and pilgrims were killed when insurgents attacked.") is None
    assert whose_dead("Soldiers stormed the school; three militants and hostages were killed.") is None


def test_no_words_give_no_places() -> None:
    assert draft_claim("Some text here.", 5, 5, []).places == ()


def test_a_seat_tagged_later_inside_a_claim_naming_its_places_does_not_join_them(tmp_path: Path) -> None:
    """A reviewer's: the form ticked Arbinda alone, and tagging Ouagadougou afterwards joined it to
    the claim's places, which filed the ambush there again."""
    from annotations.forms.inputs import ClaimInput, DistrictInput
    from annotations.forms.save import save_claim, save_district

    store = Store.open(tmp_path / "db")
    with store:
        article = Article.create("Ambush", TEXT)
        store.add_article(article)
        save_district(store, article, *span(article, "Arbinda"), DistrictInput("Arbinda", "city"), annotator="ana")
        (town,) = store.entities("place")
        end = TEXT.index(", residents")
        save_claim(store, article, 0, end, ClaimInput(cue="said", places=(town.id,)), annotator="ana")
        capital = span(article, "Ouagadougou")
        save_district(store, article, *capital, DistrictInput("Ouagadougou", "city"), annotator="ana")
        (claim,) = [a for a in store.annotations(article.id) if a.kind == "claim"]
        assert isinstance(claim.attributes, ClaimAttributes) and claim.attributes.places == (town.id,)


def test_rescuers_are_no_party_and_a_states_missiles_and_drones_are_its_forces(tmp_path: Path) -> None:
    """A second newcomer's rows: "rescuers" (typed other) were the doer of a guided bomb, and
    "Russian missile and drone strikes killed 14 civilians" an unidentified group's."""
    from annotations.model import ActorDetails

    from .test_event_actors import event_row

    rescuers = Entity.actor("rescuers", ActorDetails("external_other"))
    text = "A guided bomb hit a block of flats in Kanam, wounding 31 people, and rescuers pulled two bodies out, police said."
    row = event_row(
        tmp_path / "a", text, text[: text.index(", police")], {"rescuers": rescuers}, claim_type="casualties"
    )
    assert row["actor1"] != "rescuers" and row["actor2"] == "rescuers"
    text = "Russian missile and drone strikes killed 14 civilians in Kanam overnight, officials said."
    row = event_row(tmp_path / "b", text, text[: text.index(", officials")], {}, claim_type="casualties")
    assert row["actor1"] == "Military Forces of Russia" and row["fatalities"] == "14"


def test_claims_about_the_towns_of_a_province_are_claims_about_it(tmp_path: Path) -> None:
    """A second newcomer's `fieldmark claims --place "Donetsk Oblast"` found no event, though three
    were in its towns."""
    from annotations.claims.board import board_claims
    from annotations.claims.choosing import select

    text = "Shelling killed two people in Kostiantynivka on Monday, officials said."
    town = Entity.place("Kostiantynivka", PlaceDetails("city", province="Donetsk Oblast", country="Ukraine"))
    with Store.open(tmp_path / "db") as store:
        article = Article.create("Kostiantynivka", text, published="2026-12-01")
        store.add_article(article)
        store.put_entity(town)
        store.add_annotation(
            Annotation.create(article, "district", *span(article, "Kostiantynivka"), entity_id=town.id)
        )
        end = text.index(", officials")
        store.add_annotation(
            Annotation.create(article, "claim", 0, end, attributes=ClaimAttributes(cue="said", claim_type="casualties"))
        )
        claims = list(board_claims(store))
    assert [c.quote for c in select(claims, place="Donetsk Oblast")] == [text[:end]]
    assert not list(select(claims, place="Kharkiv Oblast"))


def test_an_event_rows_source_is_the_datelines_outlet_when_there_is_no_address(tmp_path: Path) -> None:
    """A second newcomer's rows gave the article's title as their source, for "(Reuters)"."""
    from .test_event_actors import event_row

    text = "Attack\n\nMAIDUGURI, Nigeria, 19 Jan 2025 (Reuters) - Gunmen killed five people in Kanam, police said."
    claim = text[text.index("Gunmen") : text.index(", police")]
    row = event_row(tmp_path, text, claim, {}, claim_type="casualties")
    assert row["source"] == "Reuters"
