"""Places as a newcomer's Suwayda and Savanes reports showed them wrong, on sentences written for
these tests: an operation named for a village, the Sahel of a report on Togo, a state's stance."""

from __future__ import annotations

from annotations.model import Entity, PlaceDetails
from annotations.suggest import Knowledge, Suggestion, suggest
from annotations.suggest.builtin_places import builtin_gazetteer
from annotations.suggest.gazetteer import Gazetteer, Place


def found(text: str) -> list[Suggestion]:
    return suggest(text, Knowledge([builtin_gazetteer()]))


def kinds(text: str) -> dict[str, str]:
    return {s.quote: s.kind for s in found(text) if s.kind != "claim"}


def test_an_operation_named_for_a_place_is_no_place() -> None:
    """Once the analyst had tagged the village Koundjoare, "Operation Koundjoare" was proposed as it."""
    village = Entity.place("Koundjoare", PlaceDetails("village", country="Togo"))
    knowledge = Knowledge([Gazetteer([Place.from_entity(village)]), builtin_gazetteer()], entities=[village])
    text = "Gunmen attacked Koundjoare. Units deployed under Operation Koundjoare pursued them, the army said."
    places = [s.start for s in suggest(text, knowledge) if s.kind == "district"]
    assert places == [text.index("Koundjoare")]


def test_the_sahel_is_the_region_unless_a_province_is_meant() -> None:
    text = "Militants attacked posts in Togo near Burkina Faso since the insurgency spilled south from the Sahel."
    sahel = next(s for s in found(text) if s.quote == "Sahel")
    details = sahel.place_details()
    assert details is not None and (details.place_kind, details.country) == ("other", None)
    text = "Gunmen attacked Djibo in Burkina Faso's Sahel region."
    details = next(s for s in found(text) if s.quote == "Sahel").place_details()
    assert details is not None and (details.place_kind, details.country) == ("province", "Burkina Faso")


def test_a_states_stance_makes_it_an_actor_what_befalls_it_does_not() -> None:
    assert kinds('U.S. envoy Tom Barrack said Washington was "deeply concerned".')["Washington"] == "actor"
    assert (
        kinds('Israel Katz said the strikes were a warning and that Israel would "not abandon the Druze".')["Israel"]
        == "actor"
    )
    assert kinds("Officials said Kabul would be retaken within days.")["Kabul"] == "district"
    assert kinds("The army said Kinshasa would fall.")["Kinshasa"] == "district"


def test_a_name_opening_with_a_lower_case_article_after_the_village_of_is_a_place() -> None:
    text = "Kidnappings escalated into gunfights in the village of al-Mazraa and the town of Walgha."
    assert {s.quote for s in found(text) if s.kind == "district"} == {"al-Mazraa", "Walgha"}
