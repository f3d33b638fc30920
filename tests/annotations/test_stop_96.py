"""Stop 96: what helper-359's review of event rows left wrong (places), on sentences written for them."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotations.text.place_kinds import place_kind_from_context

from .test_stop_95 import suggested_rows


def test_a_village_named_in_a_countrys_region_of_a_citys_name_is_in_that_region(tmp_path: Path) -> None:
    """helper-359: "Berezovka in Russia's Belgorod region" (no Berezovka of Belgorod in the built-in towns; the
    gazetteers' Belgorod is the city) was the Berezovka of Krasnoyarsk Krai, 3,000 km off."""
    text = "A drone hit Berezovka in Russia's Belgorod region on Tuesday, the governor said."
    (row,) = suggested_rows(tmp_path, text, "2025-09-16")
    assert (row["location"], row["admin1"], row["country"]) == ("Berezovka", "Belgorod Oblast", "Russia")


def test_a_town_in_a_countrys_province_the_gazetteer_knows_it_in_stays_that_town(tmp_path: Path) -> None:
    """The same words after a town the built-in list has in that province (a level down: Soum is a province of the
    Sahel region) keep the town and its point."""
    text = "Militants attacked Djibo, in Burkina Faso's Soum province, on Sunday, killing 12 soldiers, officials said."
    (row,) = suggested_rows(tmp_path, text, "2025-09-16")
    assert (row["location"], row["admin1"], row["admin2"]) == ("Djibo", "Sahel", "Soum")
    assert row["latitude"] and row["longitude"]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("shelled the Raghwan district of Marib province on Tuesday", "Marib", "province"),  # was "district"
        ("shelled the Raghwan district of Marib on Tuesday", "Marib", "province"),
        ("shelled the Raghwan district of Marib on Tuesday", "Raghwan", "district"),
        ("fighting in the Afghan district of Dand on Tuesday", "Dand", "district"),  # an adjective of a people
        ("in the Guatemalan municipality of Cuilco on Tuesday", "Cuilco", "district"),
        ("in the Ugandan district of Kasese on Tuesday", "Kasese", "district"),
        ("near the German town of Bautzen on Tuesday", "Bautzen", "city"),
    ],
)
def test_a_name_ending_like_an_adjective_of_a_people_before_district_of_is_a_districts(
    text: str, name: str, kind: str
) -> None:
    """helper-359: "the Raghwan district of Marib province" was read as "the [adjective] district of Marib": Marib
    the district, the row put at Marib, not at Raghwan."""
    start = text.index(name)
    assert place_kind_from_context(text, start, start + len(name)) == kind


def test_a_district_of_a_province_is_the_rows_place(tmp_path: Path) -> None:
    text = "Houthi forces shelled the Raghwan district of Marib province on Tuesday, killing two soldiers, an official said."
    (row,) = suggested_rows(tmp_path, text, "2025-04-24")
    assert (row["location"], row["admin1"], row["fatalities"]) == ("Raghwan", "Ma’rib", "2")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Protesters blocked the Pan-American Highway near Popayán, Colombia, on Monday, police said.", "Popayán"),
        (
            "Gunmen ambushed a bus on the Kabul-Kandahar highway near Ghazni on Monday, killing four passengers, police said.",
            "Ghazni",
        ),
    ],
)
def test_a_road_near_a_town_gives_the_row_the_towns_place(tmp_path: Path, text: str, place: str) -> None:
    """helper-359: "blocked the Pan-American Highway near Popayán" was a row at the road, with no point; "near
    Popayán" said only where the road lies."""
    (row,) = suggested_rows(tmp_path, text, "2025-10-07")
    assert row["location"] == place and row["latitude"]


def test_a_village_near_a_town_stays_the_rows_place(tmp_path: Path) -> None:
    """Not a road: the village is where it happened, the town only says where it lies (stop 72's Yetnora)."""
    text = "A drone strike hit the village of Yetnora, near Debre Markos, Ethiopia, on Monday, killing five people, residents said."
    rows = suggested_rows(tmp_path, text, "2025-10-07")
    assert [r["location"] for r in rows] == ["Yetnora"]


def test_a_ceasefire_signed_is_an_agreement_and_ends_the_fighting_it_names(tmp_path: Path) -> None:
    """helper-359: clan militias that "signed a ceasefire in Dhusamareb on Sunday, ending fighting in Galguduud
    region" were an armed clash of an unidentified group, at the region (told contested by "fighting")."""
    text = "Clan militias signed a ceasefire in Dhusamareb on Sunday, ending fighting in Galguduud region, an official said."
    (row,) = suggested_rows(tmp_path, text, "2025-04-14")
    assert (row["event_type"], row["sub_event_type"]) == ("Strategic developments", "Agreement")
    assert (row["actor1"], row["inter1"]) == ("Unidentified Clan Militia (Somalia)", "4")
    assert (row["location"], row["admin1"]) == ("Dhusamareb", "Galguduud")


@pytest.mark.parametrize(
    ("text", "kind"),
    [  # the dead of a fight told with a truce are the fight's; a truce ignored or not signed is none
        (
            "The two sides agreed to a truce in Dhusamareb, Somalia, on Sunday after clashes killed 12 fighters, elders said.",
            ("Battles", "Armed clash"),
        ),
        (
            "Militants ignored the ceasefire and shelled Dhusamareb in Somalia on Sunday, an official said.",
            ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
        ),
    ],
)
def test_a_truce_beside_a_fight_leaves_the_fight_its_row(tmp_path: Path, text: str, kind: tuple[str, str]) -> None:
    (row,) = suggested_rows(tmp_path, text, "2025-04-14")
    assert (row["event_type"], row["sub_event_type"]) == kind


def test_a_peacekeeper_serving_with_a_mission_killed_is_counted(tmp_path: Path) -> None:
    """helper-359: "A peacekeeper serving with the UN peacekeeping mission MONUSCO was killed when M23 rebels shelled
    their base" was a row of no dead (a peacekeeper was no word of the dead)."""
    text = (
        "A peacekeeper serving with the UN peacekeeping mission MONUSCO was killed when M23 rebels shelled their base "
        "near Goma on Friday, the United Nations said."
    )
    (row,) = suggested_rows(tmp_path, text, "2025-03-04")
    assert (row["actor1"], row["fatalities"]) == ("M23", "1")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("A bomb wounded four police officers in Mandalay on Tuesday, state media said.", "Remote explosive/landmine/IED"),
        ("A bomb dropped by a junta jet killed four people in Mandalay on Tuesday, residents said.", "Air/drone strike"),
    ],
)
def test_a_bomb_that_wounded_is_an_explosive_and_one_dropped_an_air_strike(
    tmp_path: Path, text: str, kind: str
) -> None:
    """helper-359: "A bomb wounded four police officers" was an armed clash."""
    (row,) = suggested_rows(tmp_path, text, "2025-11-19")
    assert (row["event_type"], row["sub_event_type"]) == ("Explosions/Remote violence", kind)


@pytest.mark.parametrize(
    "text",
    [
        "Junta troops killed four people in Mandalay on Tuesday, residents said.",
        "Junta jets bombed a village in Mandalay on Tuesday, killing four people, residents said.",
        "A bomb dropped by a junta jet killed four people in Mandalay on Tuesday, residents said.",
    ],
)
def test_the_juntas_troops_and_jets_are_the_countrys_military(tmp_path: Path, text: str) -> None:
    """"Junta troops", "junta jet" were actors of their own names in rows; "the junta" already was the military."""
    (row,) = suggested_rows(tmp_path, text, "2025-11-19")
    assert row["actor1"] == "Military Forces of Myanmar"


def test_a_groups_spokesman_named_by_the_group_speaks_for_it(tmp_path: Path) -> None:
    """helper-359: "The KIA and allied PDF fighters seized Bhamo on Sunday, a KIA spokesman said." had the spokesman
    as actor 1, against the KIA."""
    text = "The KIA and allied PDF fighters seized Bhamo on Sunday, a KIA spokesman said."
    (row,) = suggested_rows(tmp_path, text, "2025-02-02")
    assert (row["actor1"], row["assoc_actor_1"], row["actor2"]) == ("KIA", "PDF fighters", "")


def test_an_assault_repelled_after_a_fight_is_that_fights_toll(tmp_path: Path) -> None:
    """helper-359: the army's "repelled an assault, killing 40 fighters" after "Troops fought the RSF in Omdurman"
    was taken for a toll of another cause: its 40 dead were left out."""
    text = (
        "Troops fought the RSF in Omdurman on Sunday, residents said. The army said it repelled an assault, "
        "killing 40 fighters."
    )
    (row,) = suggested_rows(tmp_path, text, "2025-03-10")
    assert (row["location"], row["fatalities"]) == ("Omdurman", "40")


def test_the_police_who_kill_at_a_protest_make_it_excessive_force(tmp_path: Path) -> None:
    """helper-359: "Protesters marched in Atbara on Monday" then "Police shot one dead" left the dead out ("Police"
    opening a sentence with an irregular verb was no actor, and the toll took no place after a protest)."""
    text = "Protesters marched in Atbara on Monday, witnesses said. Police shot one dead, doctors said."
    (row,) = suggested_rows(tmp_path, text, "2025-02-11")
    assert (row["event_type"], row["sub_event_type"]) == ("Protests", "Excessive force against protesters")
    assert (row["actor1"], row["actor2"], row["fatalities"]) == ("Protesters (Sudan)", "Police Forces of Sudan", "1")
    assert (row["inter1"], row["inter2"], row["interaction"]) == ("6", "1", "16")


def test_a_killing_by_no_state_after_a_protest_is_no_peaceful_protests_toll(tmp_path: Path) -> None:
    text = "Protesters marched in Atbara on Monday, witnesses said. Gunmen shot one dead, doctors said."
    rows = suggested_rows(tmp_path, text, "2025-02-11")
    assert [(r["sub_event_type"], r["fatalities"]) for r in rows] == [("Peaceful protest", "0"), ("Armed clash", "1")]
