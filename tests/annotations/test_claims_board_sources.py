"""Who the claims board counts as a source of an event: those who tell of something that
happened there, not a need, a lament or a plan filed under the same place and type (a newcomer's
board counted a relief group's needs and a politician's lament as two independent sources of the
raids' deaths). Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotations.claims.board import board_claims, events
from annotations.claims.no_row import tells_no_event
from annotations.store import Store

from .test_claims_board import JUNTA, MNDAA, tolls_at_lashio


def test_a_need_and_a_lament_are_no_sources_of_the_event(tmp_path: Path) -> None:
    texts = [
        ("Toll", "The army said 12 soldiers were killed in Lashio.", "12 soldiers were killed in Lashio", JUNTA),
        ("Needs", "The MNDAA said Lashio needs medical care for the wounded.", "Lashio needs medical care for the wounded", MNDAA),
    ]  # fmt: skip
    with Store.open(tolls_at_lashio(tmp_path / "db", texts), readonly=True) as store:
        (event,) = events(board_claims(store))
    assert (len(event.claims), event.independent_sources) == (2, 1)


def test_two_speakers_telling_of_deaths_are_two_sources(tmp_path: Path) -> None:
    texts = [
        ("Toll", "The army said 12 soldiers were killed in Lashio.", "12 soldiers were killed in Lashio", JUNTA),
        ("Wounded", "The MNDAA said 30 people were wounded in Lashio.", "30 people were wounded in Lashio", MNDAA),
    ]  # fmt: skip
    with Store.open(tolls_at_lashio(tmp_path / "db", texts), readonly=True) as store:
        (event,) = events(board_claims(store))
    assert event.independent_sources == 2


@pytest.mark.parametrize(
    ("quote", "none"),
    [
        ("Needs are immediate: water, shelter and medical care for the wounded", True),
        ("Every year the same villages bury their dead and every year nothing changes", True),
        ("its teams had treated 41 wounded people", False),
        ("gunmen attacked the market", False),
        ("Armed men killed at least 23 people", False),
    ],
)
def test_a_casualty_claim_with_no_death_wound_fight_or_attack_tells_no_event(quote: str, none: bool) -> None:
    assert tells_no_event(quote, "casualties") is none
    assert tells_no_event(quote, "other") is False  # a claim of another type tells what its type says


def test_the_claims_command_says_which_claims_were_linked_as_contradicting(tmp_path: Path) -> None:
    """A newcomer's pair linked as contradicting, on no side of its own, printed "✗" and nothing."""
    import io

    from annotations.cli import run
    from annotations.model import ActorDetails, Annotation, Article, ClaimAttributes, ClaimLink, Entity, PlaceDetails

    from ..helpers import claim_about, span

    fataki = Entity.place("Fataki", PlaceDetails("village", country="Congo"))
    army = Entity.actor("FARDC", ActorDetails("state_forces"))
    monusco = Entity.actor("MONUSCO", ActorDetails("external_other"))
    text = "MONUSCO said its patrol was fired on near Fataki. FARDC said its troops held Fataki."
    article = Article.create("Fataki", text, published="2024-03-14")
    with Store.open(tmp_path / "db") as store:
        store.add_article(article)
        for entity in (army, monusco):
            store.put_entity(entity)
        fired = claim_about(store, article, "its patrol was fired on near Fataki", fataki, monusco, status="unknown")
        link = ClaimLink("contradicts", article.id, fired.id)
        held = ClaimAttributes(claimant_entity_id=army.id, cue="said", claim_type="territorial_control", links=(link,))
        store.add_annotation(
            Annotation.create(article, "claim", *span(article, "its troops held Fataki"), attributes=held)
        )
    out = io.StringIO()
    assert run(["claims", "--db", str(tmp_path / "db")], stdout=out, stderr=io.StringIO()) == 0
    marked = [line for line in out.getvalue().splitlines() if "✗" in line]
    assert marked == ["  ✗ linked as contradicting: FARDC against MONUSCO"]
