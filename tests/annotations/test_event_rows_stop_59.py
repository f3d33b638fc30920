"""Event rows a coder would write for round 84-87's articles, on sentences of our own: one death
told without a number ("shot dead a 19-year-old man", "killed a farmer") counted no fatality and
made a battle of an attack on civilians; a monitor's count of attacks over months ("documented
more than 30 attacks … since January") was one event; an appeal ("the authorities must open an
investigation into the killing of 11 people") gave an event of the killing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from annotations.claims.figures import death_figures
from annotations.claims.no_row import _intent_or_stance, running_total
from annotations.claims.when import ClaimDate
from annotations.claims.whose_dead import whose_dead
from annotations.text.dates import DateRange

from .test_event_actors import BANDITS, WATCHDOG, event_row


@pytest.mark.parametrize(
    ("words", "dead"),
    [
        ("gunmen shot dead a 19-year-old man near the well", [1]),
        ("bandits killed a farmer on his land", [1]),
        ("the drone killed a dozen people", [12]),
        ("the raid killed a total of 12 people", [12]),
        ("gunmen killed a two-year-old boy", [1]),  # not two
        ("killing 3-year-old Amina", []),  # an age, no toll
        ("Four members of the security forces and seven attackers were killed", [11]),
    ],
)
def test_one_death_told_without_a_number_counts_one(words: str, dead: list[int]) -> None:
    assert death_figures(words) == dead


def test_whose_dead_reads_one_victim_alone() -> None:
    assert whose_dead("gunmen killed a farmer near the village") == "civilians"
    assert whose_dead("a soldier was killed near the village") == "forces"


def test_one_armed_side_killing_a_man_is_an_attack_on_civilians(tmp_path: Path) -> None:
    claim = "bandits set fire to homes in Kanam on Tuesday and shot dead a 19-year-old man"
    row = event_row(tmp_path, f"Officials said {claim}.", claim, {"bandits": BANDITS})
    assert (row["event_type"], row["sub_event_type"]) == ("Violence against civilians", "Attack")
    assert row["fatalities"] == "1"


def test_precision_military_strikes_are_air_strikes(tmp_path: Path) -> None:
    claim = "precision military strikes hit bandits' hideouts near Kanam on Tuesday"
    row = event_row(tmp_path, f"The ministry said {claim}.", claim, {"bandits": BANDITS})
    assert (row["event_type"], row["sub_event_type"]) == ("Explosions/Remote violence", "Air/drone strike")


def test_a_count_of_attacks_over_months_is_no_event() -> None:
    assert running_total("it had documented more than 30 attacks on Kanam and Dikwa since January")
    assert not running_total("gunmen carried out three attacks on Kanam on Sunday")


def test_an_appeal_is_no_event_whatever_violence_it_names(tmp_path: Path) -> None:
    assert _intent_or_stance("The authorities must open an inquiry into the killing of 11 people in Kanam")
    assert _intent_or_stance("those responsible for the killings should be brought to justice")
    assert not _intent_or_stance("the fighters must have fled towards Kanam after the attack")
    claim = "the authorities must open an inquiry into the killing of 11 people in Kanam on Tuesday"
    text = f"Human Rights Watch said {claim}."
    with pytest.raises(ValueError):  # no row at all
        event_row(tmp_path, text, claim, {"Human Rights Watch": WATCHDOG}, claimant="Human Rights Watch")


def test_a_date_of_a_whole_year_is_shown_as_a_year_not_a_month() -> None:
    """`fieldmark claims` printed "1999-01-01 month" for "grounded on the shoal in 1999"."""
    year = ClaimDate(DateRange(date(1999, 1, 1), date(1999, 12, 31), 3), "text", "in 1999")
    assert year.level == "year" and "to the year" in year.describe()
