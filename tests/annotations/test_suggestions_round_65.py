"""Classes of misses found on the articles written for round 65 (Benue, Sinjar, the Ruzizi plain),
after they were scored untuned, each tested on sentences of their own."""

from __future__ import annotations

from .suggestion_views import actors, places


def test_a_capital_that_argues_issues_or_stays_silent_acts() -> None:
    assert "Kabul" in actors("Kabul issues denials while the rebels advance, residents in Afghanistan say.")
    assert "Khartoum" in actors("Khartoum has long argued that the border is sealed, officials in Sudan said.")
    assert "Tripoli" in actors("Tripoli remained silent on the report, diplomats in Libya said.")
    assert "Kabul" in places("Flights from Kabul issued from a second runway in Afghanistan.")


def test_a_list_of_places_ending_at_a_border() -> None:
    found = places("Families fled towards Bunagana, Jomba and the Ugandan border on Monday.")
    assert {"Bunagana", "Jomba"} <= set(found)


def test_a_transit_or_reception_centre_by_its_name() -> None:
    assert "Nyakabande" in places("New arrivals were taken to the Nyakabande transit centre in Kisoro, Uganda.")
    assert "Kakuma" in places("They were moved to the Kakuma reception centre in Kenya.")


def test_a_language_of_two_words_is_no_place() -> None:
    assert not places("Note: translated from Sorani Kurdish by our desk.")
