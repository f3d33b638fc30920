"""Claims the analyst linked are one event on the board whatever their dates (`told_together`)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from annotations.claims.board import board_claims, events
from annotations.model import ActorDetails, Annotation, Article, ClaimLink, Entity, PlaceDetails
from annotations.store import Store

from ..helpers import claim_about

MACOMIA = Entity.place("Macomia", PlaceDetails("district", country="Mozambique"))
AMAQ = Entity.actor("Amaq", ActorDetails("media"))
ARMY = Entity.actor("FADM", ActorDetails("state_forces"))


def denial_of(store: Store, article: Article, words: str, denied: Annotation, of: Article) -> None:
    claim = claim_about(store, article, words, MACOMIA, ARMY, status="government_held", certainty="negated")
    link = ClaimLink("contradicts", of.id, denied.id)
    store.update_annotation(replace(claim, attributes=replace(claim.attributes, cue="denied", links=(link,))))


def test_a_denial_linked_to_a_capture_joins_its_event_however_late_or_undated_it_is(tmp_path: Path) -> None:
    capture = Article.create("Amaq", "Amaq said its fighters took Macomia on Sunday.", published="2024-03-14")
    late = Article.create("FADM", "The FADM denied that insurgents ever held Macomia.", published="2024-03-28")
    undated = Article.create("Radio", "An officer denied that Macomia had fallen.")
    apart = Article.create("Later", "Amaq said its fighters took Macomia again.", published="2024-04-20")
    with Store.open(tmp_path / "db") as store:
        for article in (capture, late, undated, apart):
            store.add_article(article)
        store.put_entity(AMAQ)
        store.put_entity(ARMY)
        taken = claim_about(store, capture, "its fighters took Macomia", MACOMIA, AMAQ, status="captured")
        denial_of(store, late, "insurgents ever held Macomia", taken, capture)
        denial_of(store, undated, "Macomia had fallen", taken, capture)
        claim_about(store, apart, "its fighters took Macomia again", MACOMIA, AMAQ, status="captured")
        found = events(board_claims(store))
    assert [[c.quote for c in e.claims] for e in found] == [
        ["its fighters took Macomia again"],  # a month later and linked to nothing: an event of its own
        ["its fighters took Macomia", "insurgents ever held Macomia", "Macomia had fallen"],
    ]
    (event,) = [e for e in found if len(e.claims) == 3]
    assert (str(event.first), str(event.last)) == ("2024-03-10", "2024-03-28")  # "on Sunday" before the 14th
    assert event.contradictions()
