"""What a review of round 64's rules found worse, on sentences of its kind, mended."""

from __future__ import annotations

from .suggestion_views import actors, places


def test_a_los_name_is_a_place_wherever_it_is_one() -> None:
    """Only known groups by name: "Los Reyes", "Los Naranjos", "Los Llanos" stay places."""
    assert "Los Reyes" not in actors("Los Reyes has been under a curfew since Friday, the mayor said.")
    assert "Los Guayabos" in places("Troops advanced toward Los Guayabos on Monday.")
    assert not [a for a in actors("Families fled between Los Naranjos and Los Mangos overnight.") if "Los" in a]


def test_a_person_s_role_in_brackets_is_no_dateline() -> None:
    text = "Title\n\nGeneral Moussa Traoré (Mali, army chief) — He said the road to Gao was open."
    assert "Mali" in places(text)


def test_and_nearby_villages_needs_a_list_of_names_and_no_people() -> None:
    assert "Kaya" in places("Protests spread from Ouahigouya to Kaya and other nearby towns.")
    assert "Herders" not in places("Herders and nearby villages lost their cattle.")
    assert not {"Mossi", "Dogon"} & set(places("Mossi, Dogon and neighbouring villages took in the displaced."))


def test_a_near_spelling_is_a_province_only_by_its_last_h() -> None:
    """ "Shabwa" is Shabwah; "Hamzah" is no Hama, "Baghdadi" no Baghdad."""
    assert "Hamzah" not in places("Hamzah had defected to the rebels in 2013, officials in Syria said.")
    assert "Baghdadi" not in places("Baghdadi's successor was named in Iraq last year.")
