"""What a review of round 69's rules found (250 probe sentences of the reviewer's own, run before
and after: 113 better, 27 worse): the city of Dnipro read as the river; "the chefferie of Mwami
Ndeze" (a chief's title), "A groupement of NGOs" read as places; an album ("Highway 61 Revisited")
read as a road; Chad's "Lac Province" as a lake; "ASEC Mimosas" as an official; "Labour's energy
spokesman", "Shell's oil officers", "six energy units" as state bodies; engineer battalions and "a
tribal elder" after a name as civilians. Each mended, tested on sentences of my own."""

from __future__ import annotations

from .suggestion_views import actors, found, places


def test_the_city_of_dnipro_is_the_city() -> None:
    text = "A drone struck Dnipro before dawn, wounding three people, the regional governor said."
    (dnipro,) = [s for s in found(text) if s.quote == "Dnipro"]
    assert dnipro.entity is not None and dnipro.entity.details.place_kind == "city"


def test_titles_operations_and_groups_after_unit_words_are_no_places() -> None:
    assert "Mwami Kabare" not in places("The chefferie of Mwami Kabare has seen attacks, Congolese media said.")
    assert "NGOs" not in places("A groupement of NGOs in Uvira called for calm.")


def test_an_album_is_no_road_and_chads_lac_province_is_no_lake() -> None:
    assert not places("Highway 61 Revisited is one of his best-known albums.")
    (lac,) = [s for s in found("A teacher in Lac Province, Chad, said the school closed.") if s.quote.startswith("Lac")]
    assert lac.entity is not None and lac.entity.details.place_kind == "province"


def test_companies_and_parties_energy_words_are_no_state_bodies() -> None:
    assert "ASEC Mimosas" not in actors("ASEC Mimosas beat Africa Sports 2-1 in Abidjan.")
    assert not [a for a in actors("Shell's oil officers were evacuated from the Bonga platform.") if "oil" in a]
    assert "energy ministry" in actors("Ukraine's energy ministry said two units were disconnected.")


def test_engineer_units_are_no_civilians() -> None:
    assert "engineer" not in actors("The engineer battalion rebuilt the bridge near Izium, Ukraine.")
    assert "engineer" in actors("An engineer at the plant said the fire was out, Iraqi media reported.")
