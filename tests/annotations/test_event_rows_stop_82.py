"""Event rows and their figures found wrong at stop 82 (reviews and newcomers), tested on sentences of my own."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotations.claims.figures import death_figures

from .test_event_rows_from_words import rows


@pytest.mark.parametrize(
    ("words", "dead"),
    [
        ("gunmen ambushed the convoy, killing a soldier and the commander of the unit vowed revenge", [1]),
        ("they attacked, killing a guard and the commander in Gao later said they would return", [1]),
        ("killing a soldier and the commander of the unit who was travelling with him", [2]),
        ("killing a crew member and the commander of the garrison, officials said", [2]),
        ("killing a soldier and the commander of the unit", [2]),
    ],
)
def test_one_named_after_and_the_who_then_acts_is_alive(words: str, dead: list[int]) -> None:
    """helper-273: "killing a soldier and the commander of the unit vowed revenge" counted the
    commander, who vowed revenge, among the dead."""
    assert death_figures(words) == dead


@pytest.mark.parametrize(
    ("claim", "kind"),
    [
        (
            "JNIM fighters attacked villagers in Dapaong on Saturday and set fire to their homes",
            ("Violence against civilians", "Attack", "Civilians (Togo)"),
        ),
        (
            "JNIM fighters raided Dapaong on Saturday, beat residents and burned the market",
            ("Violence against civilians", "Attack", "Civilians (Togo)"),
        ),
        (
            "JNIM fighters attacked Dapaong on Saturday and set fire to 20 homes",
            ("Strategic developments", "Looting/property destruction", ""),
        ),
        (
            "JNIM fighters attacked Togolese Armed Forces and villagers in Dapaong on Saturday",
            ("Battles", "Armed clash", "Togolese Armed Forces"),
        ),
    ],
)
def test_people_attacked_beside_a_burning_are_violence_against_them(
    tmp_path: Path, claim: str, kind: tuple[str, str, str]
) -> None:
    """helper-273: gunmen who "attacked villagers … and set fire to their homes" were a looting; an
    attack on a town whose homes burned stays one."""
    for claim_type in ("other", "casualties"):
        (row,), _ = rows(tmp_path / claim_type, f"{claim}, residents said.", [(claim, claim_type)])
        assert (row["event_type"], row["sub_event_type"], row["actor2"]) == kind
