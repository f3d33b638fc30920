"""Classes of misses found on three articles written for round 39 (Kwamouth, Huehuetenango,
Cibitoke), each tested on sentences of their own."""

from __future__ import annotations

from .test_suggestions_round_22 import found


def actors(text: str) -> list[str]:
    return [s.quote for s in found(text) if s.kind == "actor"]


def test_a_deputy_before_a_name_whose_last_words_are_places() -> None:
    """ "Opposition deputy Marvin Estuardo Ochoa Reyes wrote" gave two Mexican villages and nobody;
    "Le député national Ferdinand Ngampio Mbe" nobody."""
    text = "Gunmen from Mexico crossed into Guatemala. Opposition deputy Julio César Ochoa Reyes wrote on X that it failed."
    assert "Julio César Ochoa Reyes" in actors(text)
    assert [s.quote for s in found(text) if s.kind == "district"] == ["Mexico", "Guatemala"]
    text = "Le député national Ferdinand Ilunga Mbe accused the FARDC of abandoning villages near Masia-Mbe."
    assert "Ferdinand Ilunga Mbe" in actors(text)


def test_a_title_after_a_title_is_no_name() -> None:
    text = "Laila Ferraro, Deputy Spokesperson for the Secretary-General, said the mission would stay."
    assert "Spokesperson" not in actors(text)
