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
