"""Places whose names hold "of": a region or a sea the built-in list knows whole ("the Horn of
Africa" was never proposed: "of" ends a run of name words), and a bay or a strait named by its
shape ("the Bay of Bengal" was Somalia's province Bay)."""

from __future__ import annotations

from .suggestion_views import places


def test_a_region_known_whole_with_of_is_proposed_whole() -> None:
    assert places("Drought across the Horn of Africa pushed herders south, officials said.") == ["Horn of Africa"]
    assert "Horn" not in places("Families from the Horn of Africa reached Yemen by boat.")


def test_a_bay_or_a_strait_with_of_is_one_place() -> None:
    assert places("Cyclone warnings were issued for the Bay of Bengal on Sunday.") == ["Bay of Bengal"]
    assert places("Tankers waited at the Strait of Hormuz.") == ["Strait of Hormuz"]


def test_a_bay_alone_and_offices_with_of_are_left_as_they_were() -> None:
    assert places("Fighting in Bay region killed five people.") == ["Bay"]
    assert places("The Governor of Kandahar spoke in Kabul.") == ["Kandahar", "Kabul"]
