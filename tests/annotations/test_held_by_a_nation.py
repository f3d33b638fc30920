"""A place held by a nation named by its people ("under Ukrainian control", "Russian-occupied"):
the government's hold in its own country, a capture in another's, read alike by the suggestion
and the form. Found by a newcomer: "under Ukrainian control" gave no status, and "under the
control of Russian forces" read as held by the government of Ukraine."""

from __future__ import annotations

from annotations.forms.drafts import draft_district
from annotations.model import DistrictAttributes, Entity, PlaceDetails
from annotations.suggest import Knowledge, suggest
from annotations.suggest.gazetteer import Gazetteer, Place
from annotations.suggest.held_by_a_nation import held_by_a_nation

TOWNS = Gazetteer([Place(f"test:{n}", n, "city", country="Ukraine") for n in ("Vasylivka", "Orikhiv", "Tokmak")])


def status_of(text: str, name: str, country: str | None = "Ukraine") -> str | None:
    start = text.index(name)
    return held_by_a_nation(text, start, start + len(name), country)


def test_a_nations_hold_is_the_governments_at_home_and_a_capture_abroad() -> None:
    assert status_of("By evening Vasylivka was still under Ukrainian control.", "Vasylivka") == "government_held"
    assert status_of("Tokmak has been under Russian control since 2022.", "Tokmak") == "captured"
    assert status_of("Orikhiv, which remained in Ukrainian hands, was shelled.", "Orikhiv") == "government_held"
    assert status_of("Tokmak is under the control of Russian troops, the mayor said.", "Tokmak") == "captured"


def test_held_or_occupied_written_before_the_place() -> None:
    assert status_of("Drones struck Russian-occupied Tokmak overnight.", "Tokmak") == "captured"
    assert status_of("Shells fell on the Ukrainian-held town of Orikhiv.", "Orikhiv") == "government_held"


def test_occupation_is_a_capture_wherever_the_place_is() -> None:
    assert status_of("Tokmak, now under Russian occupation, was quiet.", "Tokmak", None) == "captured"


def test_no_nation_named_or_another_name_between_says_nothing() -> None:
    assert status_of("Vasylivka remains under Ukrainian control.", "Vasylivka", None) is None  # whose country?
    assert status_of("Families left Tokmak for Orikhiv, which is under Ukrainian control.", "Tokmak") is None
    assert status_of("Russian artillery shelled Orikhiv on Monday.", "Orikhiv") is None


def test_the_suggestion_and_the_form_read_the_same_status() -> None:
    text = "Officials said Orikhiv remains under Ukrainian control. Tokmak has been under Russian control for years."
    suggested = {s.quote: s.attributes for s in suggest(text, Knowledge([TOWNS])) if s.kind == "district"}
    assert suggested["Orikhiv"] == DistrictAttributes("government_held")
    assert suggested["Tokmak"] == DistrictAttributes("captured")
    tokmak = Entity.place("Tokmak", PlaceDetails("city", country="Ukraine"))
    start = text.index("Tokmak")
    assert draft_district(text, start, start + 6, [tokmak]).control_status == "captured"
