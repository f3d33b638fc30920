"""What a review of round 63's rules found worse, on sentences of its kind, mended."""

from __future__ import annotations

from .suggestion_views import actors, places


def test_a_nickname_that_is_a_place_stays_a_place_where_the_text_treats_it_as_one() -> None:
    """ "alias Tumaco" is the person; "Residents of Tumaco, the port city", "flights to Tumaco"
    and "Police in Tumaco said" are the town; "Tumaco's men" and "Tumaco said" are the person."""
    text = (
        "In Nariño, police arrested Jhon Mario Ruiz, alias Tumaco. Residents of Tumaco, the port city, "
        "celebrated. Flights to Tumaco resumed. Police in Tumaco said the gang had split. "
        "Tumaco's men fled upriver."
    )
    assert places(text).count("Tumaco") == 3
    assert actors(text).count("Tumaco") == 2


def test_blocs_of_states_and_names_owned_are_no_actor_of_their_own() -> None:
    assert not [a for a in actors("Many former Eastern Bloc states joined NATO in 2004.") if "Bloc" in a]
    assert not [a for a in actors("The town was once part of the Soviet Bloc.") if "Bloc" in a]
    found = actors("Deputies of the Amal Movement's Development and Liberation Bloc walked out.")
    assert "Amal Movement" in found and "Development and Liberation Bloc" not in found
    assert "Amal Movement's Development and Liberation Bloc" not in found


def test_names_before_other_rebel_camps_or_a_peoples_villages_are_no_places() -> None:
    assert "Mai-Mai Kifuafua" not in places("Army shells hit the FDLR, Mai-Mai Kifuafua and other militia camps.")
    assert "Turji" not in places("Troops raided Bello Turji, Kachalla Dogo and other bandit camps in Zamfara.")
    assert not {"Alawite", "Druze"} & set(places("Alawite, Druze and other villages were emptied overnight."))
    assert {"Zamzam", "Abu Shouk"} <= set(places("Shells hit Zamzam, Abu Shouk and other camps near El Fasher."))


def test_a_group_named_with_e_stops_at_its_name() -> None:
    """No place, title-case word of a headline or possessive taken into it; no state body or title."""
    assert "Jaish-e-Mohammed" in actors("Jaish-e-Mohammed Operatives Held in Srinagar\n\nPolice said two were held.")
    text = "Police said Lashkar-e-Taiba Kashmir commander Abu Saif was killed."
    assert "Lashkar-e-Taiba" in actors(text) and "Kashmir" in places(text)
    assert "Lashkar-e-Taiba" in actors("Lashkar-e-Taiba's chief was named in the charge sheet.")
    text = "The Sipah-e-Pasdaran, Iran's Revolutionary Guards, fired drones at the camp."
    assert "Sipah-e-Pasdaran" not in actors(text)
    assert not [a for a in actors("Sipah-e-Salar Asim Munir visited the troops.") if a.startswith("Sipah-e-Salar")]
