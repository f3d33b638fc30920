"""Event rows and their figures found wrong at stop 83 (reviews and newcomers), tested on sentences of my own."""

from __future__ import annotations

import pytest

from annotations.claims.figures import death_figures
from annotations.claims.no_row import what_keeps_happening


@pytest.mark.parametrize(
    ("words", "dead"),
    [
        ("12 of 20 passengers were killed", [12]),
        ("gunmen killed 12 of the 20 passengers on the bus", [12]),
        ("4 wounded soldiers later died in hospital", [4]),
        ("six soldiers were killed and four wounded soldiers later died in hospital", [10]),
        ("six soldiers were killed and four of the wounded later died in hospital", [10]),
        ("six soldiers were killed and four of them were officers", [6]),
        ("six soldiers were killed and 12 wounded soldiers were evacuated", [6]),
        ("five wounded were taken to hospital in Goma", []),
    ],
)
def test_a_part_of_a_number_and_the_wounded_who_died(words: str, dead: list[int]) -> None:
    """helper-279/280: "12 of 20 passengers" counted 20; "4 wounded soldiers later died" was dropped,
    and "four of the wounded later died" after six dead was no more dead."""
    assert death_figures(words) == dead


@pytest.mark.parametrize(
    ("quote", "keeps"),
    [
        ("Civilians in El Fasher are trapped, starved and shelled. Humanitarian access is all but impossible", True),
        ("the camp is shelled every night", True),
        ("Five soldiers are killed in an ambush near Kaya", False),  # a toll tells one event
        ("the camp was shelled on Sunday", False),
    ],
)
def test_what_is_done_to_people_told_in_the_present_is_no_one_event(quote: str, keeps: bool) -> None:
    """helper-283: a UN coordinator's "Civilians in El Fasher are trapped, starved and shelled" became a
    shelling row of the article's day once the quotation was read whole."""
    assert what_keeps_happening(quote) is keeps
