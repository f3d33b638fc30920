"""What a review of round 68's rules found (260 probe sentences of the reviewer's own, run before
and after: 80 better, 23 worse): a participle or an aside after whom one told taken for what was
said ("…, he told AFP, speaking by phone from Kherson"); political fronts read as armed groups
("Nicaragua's Frente Sandinista"); the FARC's Spanish name read as a state's forces; stockpiles read
as places ("a reserve of Soviet-era shells"); an owned "claims that …" no claim. Each mended, tested
on sentences of my own."""

from __future__ import annotations

from .suggestion_views import actors, claimants, places


def test_an_aside_after_whom_one_told_is_not_what_was_said() -> None:
    text = "The bridge is gone, a driver told Reuters, pointing to the river."
    assert claimants(text)[0][0] == "The bridge is gone"
    text = "After the shelling, the mayor told this newspaper, the market stayed shut for a week."
    assert claimants(text)[0][0] == "the market stayed shut for a week"


def test_political_fronts_are_no_armed_groups() -> None:
    assert "Frente Sandinista" not in actors("Nicaragua's Frente Sandinista has governed since 2007.")
    assert "Frente Amplio" not in actors("Uruguay's Frente Amplio won the vote.")
    assert "Frente 48" in actors("The Frente 48 attacked a patrol near Puerto Asís, Colombia.")


def test_the_farcs_spanish_name_is_no_states_forces() -> None:
    text = "The Fuerzas Armadas Revolucionarias de Colombia signed a peace deal in 2016."
    assert "Fuerzas Armadas" not in actors(text)
    assert "Fuerza Aérea Colombiana" not in places(
        "A plane of the Fuerza Aérea Colombiana landed in Leticia, Colombia."
    )


def test_a_stockpile_is_no_place_and_a_reserve_by_name_is() -> None:
    assert not places("The army kept a reserve of Soviet-era shells near the front.")
    assert "Kahuzi-Biega" in places("Rangers patrol the forest reserve of Kahuzi-Biega in South Kivu, Congo.")


def test_owned_claims_that_are_a_claim() -> None:
    text = "The ministry repeated its earlier claims that the rebels had shelled the dam."
    assert claimants(text)[0][0] == "the rebels had shelled the dam"
