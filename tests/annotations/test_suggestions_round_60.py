"""Classes of misses found on the articles written for round 60 (Masisi, Sudzha, Fada N'Gourma),
after they were scored untuned, each tested on sentences of their own."""

from __future__ import annotations

from .suggestion_views import actors, claimants, places


def test_a_news_site_by_its_address() -> None:
    """ "told Actualite.cd that …", "told Lefaso.net": the outlet, and what was told starts after it."""
    text = "A Wazalendo commander told Radiookapi.net that his fighters had pushed the enemy back."
    assert "Radiookapi.net" in actors(text)
    assert ("his fighters had pushed the enemy back", "Wazalendo commander") in claimants(text)


def test_a_groups_staff_member_and_leader_speak() -> None:
    """ "an NRC staff member … told", "A VDP leader said": unnamed speakers of those bodies."""
    assert "IRC staff member" in actors("An IRC staff member in Kaya told AFP that prices had tripled.")
    assert ("the road was mined", "VDP leader") in claimants("A VDP leader said the road was mined.")


def test_civil_society_as_a_body() -> None:
    """ "a toll compiled by civil society in the area", "according to civil society": the body that
    counts and speaks in Congolese news."""
    assert "civil society" in actors("According to a toll compiled by civil society in the area, nine died.")


def test_nearby_a_place() -> None:
    """ "the settlement and nearby Kobylki": a place."""
    assert "Tyotkino" in places("A drone left the town and nearby Tyotkino without power.")


def test_a_list_after_residents_of_ending_with_a_hamlet_of() -> None:
    """ "residents of Tanwalbougou, Nagré and the small hamlet of Kossougoudou": each a place."""
    found = places("Residents of Tanwalbougou, Nagré and the small hamlet of Kossougoudou left.")
    assert {"Tanwalbougou", "Nagré", "Kossougoudou"} <= set(found)


def test_a_route_nationale_by_its_code() -> None:
    """ "on the RN4", "National Road 4 (RN4)": the road."""
    assert "RN18" in places("Traffic on the RN18 would resume under escort.")
