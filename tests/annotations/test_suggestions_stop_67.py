"""Stop 67, from a held-out article's event rows: two places named before one plural kind word
("the X and Y districts of Z") lie in the province after it, not in the province the article named
last (a border report's Afghan districts were put in Pakistan's Balochistan)."""

from __future__ import annotations

import pytest

from annotations.suggest import Knowledge, suggest
from annotations.suggest.builtin_places import builtin_gazetteer


@pytest.fixture(scope="module")
def knowledge() -> Knowledge:
    return Knowledge([builtin_gazetteer()])


def test_two_places_before_a_plural_kind_lie_in_the_province_after_it(knowledge: Knowledge) -> None:
    text = (
        "Troops shelled a market in Chaman, in Balochistan province, on Monday. Afghan officials said "
        "mortar rounds also hit homes in the Goshta and Lalpur districts of Nangarhar."
    )
    found = {
        s.quote: (s.entity.details.province, s.entity.details.country)
        for s in suggest(text, knowledge)
        if s.kind == "district" and s.entity is not None and s.quote in ("Goshta", "Lalpur")
    }
    assert set(found) == {"Goshta", "Lalpur"}
    assert {country for _province, country in found.values()} == {"Afghanistan"}
