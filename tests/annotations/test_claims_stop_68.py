"""Stop 68, from a newcomer's test of the corpus screens: claims are found by the actors they are
about, not only by who made them (`claims --actor RSF` found none of the claims of the RSF's
shelling); and a claim about a town and the second-level division the text puts it in is one
event at the town (the board listed "near Djibo, in Soum province" under Djibo and under Soum)."""

from __future__ import annotations

from annotations.claims.board import board_claims, claims_about, events
from annotations.claims.choosing import select
from annotations.model import ActorDetails, Annotation, Article, ClaimAttributes, Entity, PlaceDetails
from annotations.store import Store

from ..helpers import span


def test_a_claim_is_found_by_the_actors_it_is_about(store: Store) -> None:
    text = "Medics said RSF drones shelled the Abu Shouk camp on Monday, killing 14 civilians."
    article = Article.create("Abu Shouk", text, published="2026-11-30")
    store.add_article(article)
    rsf = Entity.actor("Rapid Support Forces", ActorDetails("rebel_group", aliases=("RSF",)))
    medics = Entity.actor("medics", ActorDetails("civilians"))
    said = Annotation.create(article, "actor", *span(article, "Medics"), entity_id=medics.id)
    store.add_annotation(said, new_entity=medics)
    store.add_annotation(Annotation.create(article, "actor", *span(article, "RSF"), entity_id=rsf.id), new_entity=rsf)
    attributes = ClaimAttributes(claimant_annotation_id=said.id, claimant_entity_id=medics.id, cue="said")
    quote = "RSF drones shelled the Abu Shouk camp on Monday, killing 14 civilians"
    claim = Annotation.create(article, "claim", *span(article, quote), attributes=attributes)
    store.add_annotation(claim)
    claims = list(board_claims(store))
    assert [c.claim_id for c in select(claims, actor="RSF")] == [claim.id]  # about the RSF
    assert [c.claim_id for c in select(claims, actor="medics")] == [claim.id]  # made by the medics
    assert list(select(claims, actor="SAF")) == []
    about = claims_about(store)
    assert about[rsf.id] == {(article.id, claim.id)}
    assert medics.id not in about  # a claimant's own claims are counted as its uses


def test_a_claim_about_a_town_and_its_second_level_division_is_one_event(store: Store) -> None:
    text = "The army said 40 soldiers were killed near Djibo, in Soum province, on Sunday."
    article = Article.create("Djibo", text, published="2026-11-30")
    store.add_article(article)
    djibo = Entity.place(
        "Djibo", PlaceDetails("city", province="Sahel", country="Burkina Faso", codes={"iso3166_1": "BF"})
    )
    soum = Entity.place("Soum", PlaceDetails("province", country="Burkina Faso", codes={"iso3166_1": "BF"}))
    for place, words in ((djibo, "Djibo"), (soum, "Soum province")):
        store.add_annotation(
            Annotation.create(article, "district", *span(article, words), entity_id=place.id), new_entity=place
        )
    quote = "40 soldiers were killed near Djibo, in Soum province, on Sunday"
    store.add_annotation(
        Annotation.create(article, "claim", *span(article, quote), attributes=ClaimAttributes(cue="said"))
    )
    found = events(board_claims(store))
    assert [(e.place, len(e.claims)) for e in found] == [("Djibo", 1)]
