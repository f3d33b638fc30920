"""What the last newcomer left and this stop mended, on sentences of our own: a town under siege or
blockade named by nothing else ("laid siege to Djibo") was not proposed as a place."""

from __future__ import annotations

from .suggestion_views import places


def test_a_town_under_siege_or_blockade_is_a_place() -> None:
    assert places("Militants have laid siege to Djibo.") == ["Djibo"]
    assert places("The siege of Farabougou lasted months, villagers said.") == ["Farabougou"]
    assert places("Fighters kept up their blockade on Adado for weeks.") == ["Adado"]


def test_a_siege_of_a_thing_names_no_place() -> None:
    assert places("The siege mentality of the government was plain.") == []
    assert places("Protesters ended their siege of parliament on Monday.") == []
