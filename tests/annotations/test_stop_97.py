"""Stop 97: event rows helper-360's review left wrong, on sentences written for them."""

from __future__ import annotations

from pathlib import Path

from .test_stop_95 import parties, suggested_rows


def test_a_group_that_claimed_an_attack_told_before_is_its_actor_1(tmp_path: Path) -> None:
    """helper-360 (A10): "Jaish al-Fursan claimed responsibility" for a bombing told before left the bombing an
    Unidentified Armed Group's."""
    bombing = "A suicide bomber killed nine people at a market in Konduga on Sunday, police said."
    text = f"MAIDUGURI (Reuters) - {bombing} Boko Haram claimed responsibility for the bombing."
    (row,) = suggested_rows(tmp_path, text, "2025-03-10")
    assert parties(row) == ("Boko Haram", "", "Civilians (Nigeria)", "9")
    car = "A car bomb killed five police officers in Zahedan on Sunday, state media said."
    text = f"ZAHEDAN, Iran (Reuters) - {car} The militant group Jaish al-Adl claimed responsibility for the attack."
    (row,) = suggested_rows(tmp_path / "iran", text, "2025-03-10")
    assert parties(row) == ("Jaish al-Adl", "", "Police Forces of Iran", "5")


def test_a_denial_of_responsibility_or_a_doer_named_keeps_the_events_actor(tmp_path: Path) -> None:
    """The group that denied it did not do it; soldiers named as the doers stay actor 1 whoever claims it."""
    bombing = "A suicide bomber killed nine people at a market in Konduga on Sunday, police said."
    text = f"MAIDUGURI (Reuters) - {bombing} Boko Haram denied responsibility for the bombing."
    (row,) = suggested_rows(tmp_path, text, "2025-03-10")
    assert row["actor1"] == "Unidentified Armed Group (Nigeria)"
    clash = "Soldiers killed nine fighters in Konduga on Sunday, police said."
    text = f"MAIDUGURI (Reuters) - {clash} ISWAP claimed responsibility for the attack."
    (row,) = suggested_rows(tmp_path / "soldiers", text, "2025-03-10")
    assert row["actor1"] == "Military Forces of Nigeria"


def test_a_groups_sniper_is_an_actor_the_event_is_his_groups(tmp_path: Path) -> None:
    """helper-360 (A9): "a Houthi sniper" was no actor, the killing an Unidentified Armed Group's."""
    text = (
        "TAIZ, Yemen (Reuters) - A Houthi sniper shot dead a 10-year-old boy in Taiz on Sunday, local officials said."
    )
    (row,) = suggested_rows(tmp_path, text, "2025-03-10")
    assert row["actor1"].startswith("Houthi") and row["actor2"] == "Civilians (Yemen)"
    text = "TAIZ, Yemen (Reuters) - Houthi snipers killed two women in Taiz on Sunday, local officials said."
    (row,) = suggested_rows(tmp_path / "two", text, "2025-03-10")
    assert row["actor1"].startswith("Houthi")


def test_a_place_lost_to_the_army_is_the_armys_taking(tmp_path: Path) -> None:
    """helper-361: "The RSF lost control of Bara to the army" was the RSF overtaking Bara."""
    lost = "lost control of Bara to the {} on Sunday after heavy fighting, a military spokesman said."
    text = f"KHARTOUM (Reuters) - The RSF {lost.format('army')}"
    (row,) = suggested_rows(tmp_path, text, "2025-03-10")
    assert (row["sub_event_type"], row["actor1"], row["actor2"]) == (
        "Government regains territory",
        "Military Forces of Sudan",
        "RSF",
    )
    text = f"KHARTOUM (Reuters) - The army {lost.format('RSF')}"
    (row,) = suggested_rows(tmp_path / "other", text, "2025-03-10")
    assert (row["sub_event_type"], row["actor1"]) == ("Non-state actor overtakes territory", "RSF")


def test_the_armys_forces_are_the_army(tmp_path: Path) -> None:
    """helper-361: "The army's forces" was no actor, the RSF alone in the fight."""
    text = "KHARTOUM (Reuters) - The army's forces pushed the RSF out of Bara on Sunday, a military spokesman said."
    (row,) = suggested_rows(tmp_path, text, "2025-03-10")
    assert (row["actor1"], row["actor2"]) == ("Military Forces of Sudan", "RSF")


def test_the_hospital_a_medic_speaks_from_is_not_where_the_dead_died(tmp_path: Path) -> None:
    """helper-360 (P1): "a medic at El Obeid's hospital" placed the soldiers' toll at El Obeid, a row of its own; it
    is the toll of the attack told before, at Bara."""
    attack = "The RSF attacked army positions in Bara on Monday, the army said."
    for medic in ("a medic at the hospital in El Obeid", "a medic at El Obeid's main hospital"):
        text = f"KHARTOUM (Reuters) - {attack} Fifteen soldiers were killed, {medic} said."
        (row,) = suggested_rows(tmp_path / medic[-8:], text, "2025-03-10")
        assert (row["location"], row["actor1"], row["fatalities"]) == ("Barah", "RSF", "15")
    text = "KHARTOUM (Reuters) - Shelling killed 15 people in El Obeid on Monday, a medic at the hospital in El Obeid said."
    (row,) = suggested_rows(tmp_path / "there", text, "2025-03-10")
    assert row["location"] == "El Obeid"
