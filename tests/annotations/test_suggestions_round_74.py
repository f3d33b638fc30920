"""Classes of misses found on the articles written for round 74 (an ADF raid in Kasese, Uganda;
confined communities on the San Juan river, Chocó), after they were scored untuned, each tested
on sentences of their own."""

from __future__ import annotations

from annotations.text.actor_types import actor_type_for

from .suggestion_views import actors, claimants, places


def test_an_army_of_a_country_under_a_name_of_its_own_is_an_armed_group() -> None:
    """ "the Gaitanista Army of Colombia (EGC)" was typed state forces for "Army of Colombia"."""
    assert actor_type_for("Gaitanista Army of Colombia") == "rebel_group"
    assert actor_type_for("Revolutionary Armed Forces of Colombia") == "rebel_group"
    assert actor_type_for("United Self-Defense Forces of Colombia") == "rebel_group"
    assert actor_type_for("National Army of Colombia") == "state_forces"
    assert actor_type_for("Armed Forces of the Philippines") == "state_forces"
    assert actor_type_for("Royal Army of Oman") == "state_forces"


def test_according_to_an_ombudsman_named_after_the_role() -> None:
    """ "According to the regional ombudsman, NAME, armed men …" took the name as the start of
    what was said, with no claimant (a governor there worked)."""
    text = "According to the regional ombudsman, Teresa Mosquera, armed men closed the road to Bagadó."
    assert claimants(text) == [("armed men closed the road to Bagadó", "Teresa Mosquera")]
    text = "According to the prosecutor, Iván Palacios, the boat was seized near Tumaco."
    assert claimants(text) == [("the boat was seized near Tumaco", "Iván Palacios")]


def test_local_and_indigenous_leaders_speak() -> None:
    text = (
        "Local leaders said 40 families had left Bojayá. Indigenous leaders accused the guerrillas of recruiting boys."
    )
    assert {"Local leaders", "Indigenous leaders"} <= set(actors(text))
    assert ("40 families had left Bojayá", "Local leaders") in claimants(text)


def test_a_warning_issued_reports_nothing_but_warning_that_does() -> None:
    """ "issued an early warning for the municipalities of …" was a claim by its noun."""
    text = "The agency issued an early warning for the towns of Bojayá and Carmen del Darién."
    assert claimants(text) == []
    text = "The army shelled the ridge on Monday, warning that more strikes would follow."
    assert claimants(text) == [("more strikes would follow", "army")]


def test_a_peoples_community_of_a_place() -> None:
    """ "the Wounaan community of Puerto Pizario": the place is after "of", the people before it
    are none (the Emberá were a Panamanian comarca)."""
    text = "Gunmen entered the Emberá community of Alto Baudó and the Wounaan community of Pichimá Quebrada."
    found = places(text)
    assert {"Alto Baudó", "Pichimá Quebrada"} <= set(found)
    assert not {"Emberá", "Wounaan"} & set(found)


def test_names_of_several_words_in_a_list_of_municipalities() -> None:
    """ "the municipalities of Istmina, Medio San Juan and Litoral del San Juan" gave "San Juan"
    (a city of Argentina) and "Litoral del San"."""
    text = "Fighting hit the municipalities of Tadó, Medio Baudó and Litoral del Bajo Atrato on Monday."
    assert {"Tadó", "Medio Baudó", "Litoral del Bajo Atrato"} <= set(places(text))
    text = "Fighting hit the municipalities of Istmina, Medio San Juan and Litoral del San Juan on Monday."
    assert {"Medio San Juan", "Litoral del San Juan"} <= set(places(text))
