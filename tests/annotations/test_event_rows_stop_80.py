"""Event rows found wrong at stop 80 on newcomers' databases, tested on sentences of my own."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotations.claims.no_row import people_driven_out

from .test_event_rows_from_words import rows


def test_people_driven_out_by_fighting_are_no_battle(tmp_path: Path) -> None:
    """helper-258's "the fighting was driving thousands of people toward El Obeid, which has been under
    partial siege since the RSF cut the road to Kosti" was an armed clash of the RSF at Kosti."""
    text = "Aid groups said the fighting was driving thousands of people toward Dapaong since JNIM cut the road."
    claim = "the fighting was driving thousands of people toward Dapaong since JNIM cut the road"
    found, said = rows(tmp_path, text, [(claim, "other")])
    assert found == [] and "driven from their homes" in said


@pytest.mark.parametrize(
    ("quote", "driven"),
    [
        ("More than 50,000 people have been displaced by fighting between JNIM and the army near Dapaong", True),
        ("Thousands of displaced families remain in shelters in Dapaong", True),
        ("more than 5,000 families fled Nadjoundi after the fighting", True),
        # violence done beside the flight: the violence is the event
        ("gunmen killed 12 people and thousands fled Nadjoundi", False),
        ("JNIM fighters attacked Nadjoundi, forcing residents to flee", False),
        ("a drone struck a camp for displaced families near Dapaong", False),
        # armed men driven out is fighting, not flight
        ("the army drove the militants out of Dapaong", False),
    ],
)
def test_what_tells_only_of_people_driven_out(quote: str, driven: bool) -> None:
    assert people_driven_out(quote) is driven
