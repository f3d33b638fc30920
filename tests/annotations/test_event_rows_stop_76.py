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


def test_the_dead_stay_where_the_killing_was_told_before_another_place(tmp_path: Path) -> None:
    """The review's: a first version took the place after the first words of killing, wherever."""
    quote = "In Nadjoundi, JNIM killed 12 herders, and later burned granaries around Dapaong"
    (row,), _said = rows(tmp_path, f"Residents said: {quote}.", [(quote, "casualties")])
    assert (row["location"], row["fatalities"]) == ("Nadjoundi", "12")


def test_the_words_of_killing_are_those_of_the_count_and_the_longest_name_is_the_place() -> None:
    from annotations.claims.where_the_dead import dead_first
    from annotations.model import Entity, PlaceDetails

    def first(quote: str, *names: str) -> str:
        places = [Entity.place(name, PlaceDetails("city")) for name in names]
        return dead_first(quote, [(p.id, p.name) for p in places], {p.id: p for p in places})[0][1]

    assert (
        first(
            "After the deaths of two commanders in Kutum, the RSF attacked Mellit, killing 15 people", "Kutum", "Mellit"
        )
        == "Mellit"
    )
    assert first("The attack on Kutum left 15 people dead, and fighting spread to Mellit", "Kutum", "Mellit") == "Kutum"
    assert (
        first("The RSF killed 10 people in Khartoum North on Monday", "Khartoum", "Khartoum North") == "Khartoum North"
    )
