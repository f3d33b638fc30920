"""Event rows and their figures found wrong at stop 83's end and stop 84 (reviews and newcomers), tested on
sentences of my own."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotations.claims.figures import death_figures
from annotations.claims.no_row import an_accident

from .test_event_rows_from_words import rows


@pytest.mark.parametrize(
    ("words", "dead"),
    [
        ("Gunmen abducted 30 people, five of whom later died.", [5]),
        ("Gunmen shot 12 people, three of whom died.", [3]),
        ("Twenty people were killed and 30 others were injured, of whom three later died.", [23]),
        ("Gunmen killed 20 people and wounded 30, three of whom later died.", [23]),
        ("Twenty people were killed, three of whom died in hospital.", [20]),
        ("The attack killed 14 people, four of whom were children.", [14]),
        ("Five soldiers, three of whom were officers, were killed.", [5]),
    ],
)
def test_those_of_whom_some_died_are_not_dead_with_them(words: str, dead: list[int]) -> None:
    """Stop 83's reviews: "abducted 30 people, five of whom later died" was 35 (the abducted counted as
    dead), and "injured, of whom three later died" two tolls, [20, 3], not 23."""
    assert death_figures(words) == dead


@pytest.mark.parametrize(
    ("quote", "accident"),
    [
        ("A gold mine collapsed near Dapaong on Monday, killing 12 miners", True),
        ("A military helicopter crashed near Dapaong, killing 12 soldiers", True),
        ("A landslide at a mine near Dapaong killed 12 miners", True),
        ("The bridge collapsed after rebels blew it up, killing 12 people", False),
        ("The helicopter crashed after it was shot down by JNIM, killing 12 soldiers", False),
        ("Gunmen killed 12 miners near Dapaong", False),
    ],
)
def test_an_accident_is_no_ones_violence(quote: str, accident: bool) -> None:
    assert an_accident(quote) is accident


def test_a_mine_that_collapsed_gives_no_row(tmp_path: Path) -> None:
    """Stop 83's newcomer: "the mine collapsed … killing 12 miners" was violence against civilians by an
    unidentified armed group."""
    text = "A gold mine collapsed near Dapaong on Monday, killing 12 miners, police said."
    found, said = rows(tmp_path, text, [(text, "casualties")])
    assert found == []
    assert "accident" in said


@pytest.mark.parametrize(
    "text",
    [
        "Two members of a mine-clearing team were killed by gunmen near Dapaong on Monday, police said.",
        "A landslide at a mine near Dapaong buried 12 people after gunmen attacked the site, police said.",
    ],
)
def test_a_mine_of_no_explosion_is_no_landmine(tmp_path: Path, text: str) -> None:
    found, _ = rows(tmp_path, text, [(text, "casualties")])
    assert [row["sub_event_type"] for row in found] != ["Remote explosive/landmine/IED"]


def test_a_bus_that_hit_a_mine_is_a_landmine(tmp_path: Path) -> None:
    text = "Twelve people were killed when a bus hit a mine near Dapaong, police said."
    (row,), _ = rows(tmp_path, text, [(text, "casualties")])
    assert row["sub_event_type"] == "Remote explosive/landmine/IED"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked workers near Dapaong, killing 12, police said.",
        "Gunmen killed two deminers near Dapaong, police said.",
        "Gunmen killed 12 workers near Dapaong, police said.",
    ],
)
def test_workers_and_deminers_killed_are_civilians(tmp_path: Path, text: str) -> None:
    (row,), _ = rows(tmp_path, text, [(text, "casualties")])
    assert (row["event_type"], row["actor2"]) == ("Violence against civilians", "Civilians (Togo)")
