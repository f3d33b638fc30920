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
