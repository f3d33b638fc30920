"""Raids on villages as an ACLED coder writes them: one armed side killing people of no side is an
attack on civilians, not a battle with no second party; burning and stealing with no death told is
looting. A newcomer's article on raids in southern Chad gave the class; sentences written here."""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_event_rows_from_words import rows

BEFORE = "Soldiers patrolled Dapaong. "
"""A place of Togo before the claims, so the village (of no known country) is in Togo."""


def the_row(tmp_path: Path, claim: str, claim_type: str = "casualties") -> dict[str, str]:
    (row,), _said = rows(tmp_path, f"{BEFORE}{claim}, residents said.", [(claim, claim_type)])
    return row


@pytest.mark.parametrize(
    "claim",
    [
        "JNIM killed 23 people in raids on Nadjoundi",
        "JNIM killed 12 villagers in Nadjoundi",
        "At least 23 people were killed in Nadjoundi",
        "JNIM burned 20 homes and killed five people in Nadjoundi",
    ],
)
def test_people_killed_where_nobody_fought_are_an_attack_on_civilians(tmp_path: Path, claim: str) -> None:
    row = the_row(tmp_path, claim)
    assert (row["event_type"], row["sub_event_type"]) == ("Violence against civilians", "Attack")
    assert (row["actor2"], row["inter2"], row["civilian_targeting"]) == ("Civilians (Togo)", "7", "Civilian targeting")


@pytest.mark.parametrize(
    ("claim", "actor2"),
    [
        ("JNIM and Togolese Armed Forces clashed in Nadjoundi, killing 12 people", "Togolese Armed Forces"),
        ("JNIM killed five soldiers and ten people in Nadjoundi", ""),  # soldiers among the dead: a fight
    ],
)
def test_people_killed_in_fighting_stay_a_battle(tmp_path: Path, claim: str, actor2: str) -> None:
    row = the_row(tmp_path, claim)
    assert (row["event_type"], row["sub_event_type"], row["actor2"]) == ("Battles", "Armed clash", actor2)


@pytest.mark.parametrize(
    "claim",
    [
        "JNIM fighters struck Nadjoundi, burning granaries and stealing cattle",
        "JNIM fighters set the market of Nadjoundi on fire",
        "JNIM fighters pillaged Nadjoundi",
    ],
)
def test_burning_and_stealing_with_no_death_told_is_looting(tmp_path: Path, claim: str) -> None:
    row = the_row(tmp_path, claim, "other")
    assert (row["event_type"], row["sub_event_type"], row["fatalities"]) == (
        "Strategic developments",
        "Looting/property destruction",
        "0",
    )


def test_wounded_people_evacuated_are_no_attack_by_who_evacuated_them(tmp_path: Path) -> None:
    """A newcomer's: "peacekeepers reached the camp and evacuated 17 wounded people" was an attack
    on civilians by the peacekeepers; it tells help given, no harm done, and gives no row."""
    claim = "JNIM fighters reached Nadjoundi and evacuated 17 wounded people"
    found, said = rows(tmp_path, f"{BEFORE}Officials said {claim}.", [(claim, "casualties")])
    assert found == [] and "help given to the hurt" in said


def test_a_claim_that_its_fighters_were_nowhere_near_is_a_denial(tmp_path: Path) -> None:
    """A newcomer's: "its fighters “were nowhere near Plaine Savo”" gave a row of the group there."""
    found, said = rows(
        tmp_path,
        f"{BEFORE}JNIM said its fighters were nowhere near Nadjoundi.",
        [("its fighters were nowhere near Nadjoundi", "other")],
    )
    assert found == [] and "denied" in said
