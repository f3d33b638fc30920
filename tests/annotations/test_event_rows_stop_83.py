"""Event rows and their figures found wrong at stop 83 (reviews and newcomers), tested on sentences of my own."""

from __future__ import annotations

import pytest

from annotations.claims.figures import death_figures
from annotations.claims.no_row import running_total, what_keeps_happening


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


@pytest.mark.parametrize(
    ("quote", "total"),
    [
        ("at least 1,612 people were killed in militant violence in 2024", True),
        ("at least 1,612 people were killed in militant violence in 2024, the deadliest year in nearly a decade", True),
        ("the attack killed 30 people in Bannu on Tuesday, the deadliest in 2024", False),
        ("more than 400 soldiers were killed in the province last year", True),
        ("JNIM, which seized Dapaong in 2023, killed nine soldiers", False),
        ("ISWAP, founded in 2016, killed 12 soldiers near Dikwa", False),
        ("In 2014, Boko Haram fighters killed 40 people in Gwoza on 3 June", False),
    ],
)
def test_a_years_toll_is_a_running_total(quote: str, total: bool) -> None:
    """helper-283: "at least 1,612 people were killed in militant violence in 2024" was a row of 1,612
    dead at Islamabad on 1 January 2024."""
    assert running_total(quote) is total


@pytest.mark.parametrize(
    ("words", "dead"),
    [
        ("The death toll from Sunday's ambush near Djibo rose to 25 after 4 wounded soldiers later died", [25]),
        ("The toll rose to 25 after 4 of the wounded later died", [25]),
        (
            "Nine soldiers were killed in an ambush near Djibo on Sunday and 5 wounded soldiers later died in hospital",
            [14],
        ),
        ("the attack killed 10 people, and two of the wounded later died", [12]),
        ("Gunmen killed 8 people and 3 of the wounded later died", [11]),
        ("Two of the injured died, raising the death toll to nine", [9]),
    ],
)
def test_the_wounded_who_died_since_add_to_the_dead_not_to_a_toll(words: str, dead: list[int]) -> None:
    """helper-284: "rose to 25 after 4 wounded soldiers later died" was [25, 4] (a row took 4), and "Nine
    soldiers were killed … on Sunday and 5 wounded soldiers later died" [9, 5]."""
    assert death_figures(words) == dead


@pytest.mark.parametrize(
    "quote",
    [
        "Police said gunmen stormed a school in Kaduna early Thursday and abducted 287 pupils, in a region where "
        "villages are attacked and looted by bandits",
        "A journalist is kidnapped in Kabul, police say",
        "Aid workers are abducted near Goma",
    ],
)
def test_one_deed_told_in_the_present_is_still_an_event(quote: str) -> None:
    """helper-284: the present passive read as what keeps happening took the rows of one abduction."""
    assert what_keeps_happening(quote) is False
