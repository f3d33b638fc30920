"""What the last newcomer left and this stop's held-out round brought, mended on sentences of our
own: a town under siege or blockade named by nothing else ("laid siege to Djibo") was not proposed
as a place; a dateline's agency ("MOGADISHU, March 4 (Reuters) -") was proposed as an actor."""

from __future__ import annotations

from .suggestion_views import actors, claimants, places


def test_a_town_under_siege_or_blockade_is_a_place() -> None:
    assert places("Militants have laid siege to Djibo.") == ["Djibo"]
    assert places("The siege of Farabougou lasted months, villagers said.") == ["Farabougou"]
    assert places("Fighters kept up their blockade on Adado for weeks.") == ["Adado"]


def test_a_siege_of_a_thing_names_no_place() -> None:
    assert places("The siege mentality of the government was plain.") == []
    assert places("Protesters ended their siege of parliament on Monday.") == []


def test_a_datelines_agency_is_the_articles_source_not_an_actor() -> None:
    for dateline in ("MOGADISHU, March 4 (Reuters) -", "KABUL (AP) -", "Bijapur, Nov 20 (PTI)"):
        text = f"Attack near the airport\n\n{dateline} Gunmen killed two people, police said."
        assert actors(text) == ["Gunmen", "police"], dateline
    told = "Attack near the airport\n\nMOGADISHU (Reuters) - An officer told AFP that gunmen fled, police said."
    assert "AFP" in actors(told)  # another outlet, told something: an actor


def test_a_regional_or_african_missions_troops_are_one_actor() -> None:
    """Round 80's: "with the help of AUSSOM troops" gave "AUSSOM" (of another sentence) and
    "troops" apart; ECOWAS, KFOR, SADC and its mission SAMIM were not known at all."""
    assert "AUSSOM troops" in actors("The army retook the base with the help of AUSSOM troops, an officer said.")
    assert actors("ECOWAS troops arrived in Banjul on Monday.") == ["ECOWAS troops"]
    assert actors("KFOR troops patrolled the bridge in Mitrovica.") == ["KFOR troops"]
    assert "SAMIM" in actors("The SADC mission in Mozambique (SAMIM) withdrew in July, SAMIM said.")


def test_a_place_opening_an_outlets_name_is_no_place() -> None:
    """Round 80's Sudanese outlet: "Residents told Sudan Tribune" proposed Sudan, the country."""
    text = (
        "At least nine civilians were killed in Kosti on Sunday, the health ministry said. Residents told "
        "Sudan Tribune that four drones struck. Kenya Times reported that police fired in Nairobi."
    )
    assert places(text) == ["Kosti", "Nairobi"]


def test_a_statement_that_accuses_speaks_and_un_agencies_are_one_actor() -> None:
    """Round 80's: "An army statement accused the RSF of …" gave no claim (a statement was taken
    for how words were published, as in "a statement posted on X"); "according to UN agencies"
    gave "UN"."""
    assert claimants("An army statement accused the RSF of targeting civilians.") == [
        ("the RSF of targeting civilians", "army")
    ]
    assert claimants("Five people died, according to UN agencies.") == [("Five people died", "UN agencies")]
