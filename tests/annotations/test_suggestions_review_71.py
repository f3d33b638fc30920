"""What a review of round 71's rules found (182 probe sentences of the reviewer's own, run before
and after: 77 better, 21 worse): words describing a police station read as places ("the Traffic
police post", "the CTD police station") and known cities before one losing their gazetteer match
(the police station rule given up); "the Tonga National Reserve Bank", "the Army Special Reserve"
read as places; "Rádio Moçambique Director Carlos" as an outlet; school prefects as officials
("prefect" given up, "sub-prefect" kept). Each mended, tested on sentences of my own."""

from __future__ import annotations

from .suggestion_views import actors, found, places


def test_a_police_stations_description_is_no_place() -> None:
    assert "Traffic" not in places("A grenade hit the Traffic police post in Quetta, Pakistan.")
    (peshawar,) = [
        s for s in found("Gunmen attacked the Peshawar police station in Pakistan.") if s.quote == "Peshawar"
    ]
    assert peshawar.layer == "gazetteer"


def test_banks_and_units_named_reserve_are_no_places() -> None:
    assert not places("The Fiji National Reserve Bank said inflation slowed.")
    assert not places("Troops of the Army Special Reserve were deployed.")
    assert "Marromeu National Reserve" in places(
        "Poachers entered the Marromeu National Reserve in Sofala, Mozambique."
    )


def test_a_radios_director_is_a_person() -> None:
    said = actors("The governor told Rádio Moçambique Director Carlos Mabunda that the district was calm.")
    assert "Rádio Moçambique" in said and "Carlos Mabunda" in said


def test_a_school_prefect_is_no_official() -> None:
    assert "John Kamau" not in actors("The school prefect, John Kamau, addressed the assembly in Nyeri.")
