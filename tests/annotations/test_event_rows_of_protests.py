"""What kind of protest a row tells: every protest was a peaceful one, also "police shot dead four
protesters" and "police dispersed a protest" (round 81's Guinean and Mozambican articles). Sentences
written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotations.claims.protests import protest_kind

from .test_event_actors import POLICE, PROTESTERS, event_row, parties_of


@pytest.mark.parametrize(
    ("quote", "kind"),
    [
        ("hundreds of traders protested against the new tax in Kanam", ("Protests", "Peaceful protest")),
        ("police dispersed a protest against power cuts in Kanam", ("Protests", "Protest with intervention")),
        ("police fired tear gas at demonstrators in Kanam", ("Protests", "Protest with intervention")),
        ("police shot dead four people as protests spread to Kanam", ("Protests", "Excessive force against protesters")),
        ("security forces fired live ammunition at protesters in Kanam", ("Protests", "Excessive force against protesters")),
        ("protesters set trucks on fire at the border post in Kanam", ("Riots", "Violent demonstration")),
        ("stone-throwing youths clashed with police during a protest in Kanam", ("Riots", "Violent demonstration")),
    ],
)  # fmt: skip
def test_the_kind_of_protest_is_read_from_the_claims_words(quote: str, kind: tuple[str, str]) -> None:
    assert protest_kind(quote) == kind


def test_protesters_shot_by_police_are_actor_1_and_the_police_actor_2(tmp_path: Path) -> None:
    text = "Witnesses said police shot dead four protesters during a protest in Kanam."
    row = event_row(
        tmp_path, text, "police shot dead four protesters during a protest in Kanam",
        {"police": POLICE, "protesters": PROTESTERS},
    )  # fmt: skip
    assert row["sub_event_type"] == "Excessive force against protesters"
    assert parties_of(row) == ("Protests", "Protesters (Nigeria)", "", "Nigeria Police Force", "16")
    assert row["disorder_type"] == "Political violence; Demonstrations"
    assert row["fatalities"] == "4"


def test_protesters_who_burn_trucks_are_rioters_not_their_own_opponents(tmp_path: Path) -> None:
    text = "Police said protesters set trucks on fire during a protest in Kanam."
    row = event_row(
        tmp_path, text, "protesters set trucks on fire during a protest in Kanam", {"protesters": PROTESTERS}
    )
    assert parties_of(row) == ("Riots", "Rioters (Nigeria)", "", "", "50")
