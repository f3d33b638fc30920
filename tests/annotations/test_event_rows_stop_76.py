"""Where an events row puts the dead of a claim naming several places (stop 76: a helper's "burning
villages around Kutum and … killing at least 15 people in Mellit" was a row of 15 dead at Kutum).
Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from .test_event_rows_from_words import rows


def test_the_dead_are_where_the_claim_says_they_were_killed(tmp_path: Path) -> None:
    text = "Residents said JNIM burned granaries around Dapaong and killed 12 herders at Nadjoundi."
    (row,), _said = rows(
        tmp_path, text, [("JNIM burned granaries around Dapaong and killed 12 herders at Nadjoundi", "casualties")]
    )
    assert (row["location"], row["fatalities"]) == ("Nadjoundi", "12")


def test_a_claim_of_dead_naming_its_place_first_keeps_it(tmp_path: Path) -> None:
    text = "Residents said JNIM killed 12 herders at Nadjoundi before withdrawing toward Dapaong."
    (row,), _said = rows(
        tmp_path, text, [("JNIM killed 12 herders at Nadjoundi before withdrawing toward Dapaong", "casualties")]
    )
    assert (row["location"], row["fatalities"]) == ("Nadjoundi", "12")
