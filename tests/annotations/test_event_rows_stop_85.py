"""Event rows and their figures found wrong at stop 84's end and stop 85 (reviews and newcomers), tested on
sentences of my own."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotations.claims.figures import death_figures

from .test_event_rows_from_words import rows


@pytest.mark.parametrize(
    ("words", "dead"),
    [
        ("JNIM fighters killed 12 civilians in Dapaong on Monday. The death toll rose to 15 on Tuesday", [15]),
        ("JNIM fighters killed 12 civilians on Monday, and the toll has risen to 15", [15]),
        ("Gunmen killed 5 soldiers and 7 civilians. The toll climbed to 15.", [15]),
        ("Seven people were killed on Monday and the death toll reached 9 on Tuesday", [9]),
        ("Gunmen killed 12 people, police said, but residents said 20 were killed.", [12, 20]),
        ("Gunmen killed 20 people. The death toll rose to 15.", [20, 15]),
        ("Two of the injured died, raising the death toll to nine.", [9]),
    ],
)
def test_a_toll_raised_since_is_the_count(words: str, dead: list[int]) -> None:
    """Stop 84's review: "killed 12 … the death toll rose to 15 on Tuesday" was two figures of one event, its
    row the lower (12); a toll that rose counts the dead told before it. Two sources' figures stay two, and a
    toll "risen" below the dead told is not taken as a revision."""
    assert death_figures(words) == dead


@pytest.mark.parametrize(
    "text",
    [
        "Three civilians were killed in crossfire between JNIM and the Togolese Armed Forces in Dapaong on Monday.",
        "Three civilians were killed in clashes between JNIM and the Togolese Armed Forces in Dapaong on Monday.",
        "Three civilians died when they were caught in the crossfire as JNIM fighters and the Togolese Armed Forces "
        "clashed in Dapaong on Monday.",
    ],
)
def test_the_dead_caught_between_two_sides_are_of_their_battle(tmp_path: Path, text: str) -> None:
    """Stop 84's review: civilians "caught in crossfire between JNIM and TAF" were JNIM's attack on civilians."""
    (row,), _ = rows(tmp_path, text, [(text, "casualties")])
    assert (row["event_type"], row["sub_event_type"]) == ("Battles", "Armed clash")
    assert {row["actor1"], row["actor2"]} == {"JNIM", "Togolese Armed Forces"}
    assert row["fatalities"] == "3"


def test_civilians_killed_by_one_side_stay_its_attack(tmp_path: Path) -> None:
    text = "JNIM fighters killed three civilians in Dapaong on Monday, residents said."
    (row,), _ = rows(tmp_path, text, [(text, "casualties")])
    assert (row["event_type"], row["actor1"]) == ("Violence against civilians", "JNIM")
