"""A city and the province named for it, in one article: "Drones hit Kursk and other towns of the
Kursk region" made both mentions Kursk Oblast (the kind one mention told was given to every
mention of the name), so "attacks on Kharkiv" and "port facilities in Odesa" were oblasts when
the article also spoke of the Kharkiv or Odesa region."""

from __future__ import annotations

import pytest

from annotations.suggest import Knowledge, suggest
from annotations.suggest.builtin_places import builtin_gazetteer


@pytest.fixture(scope="module")
def knowledge() -> Knowledge:
    return Knowledge([builtin_gazetteer()])


def mentions(text: str, knowledge: Knowledge, name: str) -> list[tuple[str, str]]:
    """Each suggested mention of `name`, in order: its entity's name and the kind of place."""
    found = []
    for s in suggest(text, knowledge):
        details = s.place_details()
        if s.kind == "district" and s.quote == name and details is not None and s.entity is not None:
            found.append((s.entity.name, details.place_kind))
    return found


def test_the_town_then_its_region(knowledge: Knowledge) -> None:
    text = "Drones hit Kursk and other towns of the Kursk region overnight, the governor said."
    assert mentions(text, knowledge, "Kursk") == [("Kursk", "city"), ("Kursk Oblast", "province")]


def test_the_region_then_the_city_with_a_country_told(knowledge: Knowledge) -> None:
    text = (
        "Russia struck Ukraine's southern Odesa region overnight, the navy said. Two dock workers "
        "died when missiles hit port facilities in Odesa."
    )
    assert mentions(text, knowledge, "Odesa") == [("Odesa Oblast", "province"), ("Odesa", "city")]


def test_a_regional_body_keeps_the_region(knowledge: Knowledge) -> None:
    text = (
        "Shelling hit villages in the Kharkiv region. Oleh Marchuk, the head of the Kharkiv regional "
        "military administration, said attacks on Kharkiv itself went on."
    )
    assert mentions(text, knowledge, "Kharkiv") == [
        ("Kharkiv Oblast", "province"),
        ("Kharkiv Oblast", "province"),
        ("Kharkiv", "city"),
    ]


def test_a_province_not_named_for_a_city_stays_the_province(knowledge: Knowledge) -> None:
    text = "Fighting went on in Helmand province. In Helmand, officials said ten were killed."
    assert mentions(text, knowledge, "Helmand") == [("Helmand", "province"), ("Helmand", "province")]
