"""Forces named together with "and": two countries' forces, each named whole on its side of the
"and", are two actors; forces named by two owners before one noun are one actor, as analysts
tag them ("U.S. and NATO forces" in the seed's gold)."""

from __future__ import annotations

from annotations.suggest import Knowledge, suggest
from annotations.suggest.builtin_places import builtin_gazetteer


def actors(text: str) -> list[str]:
    return [s.quote for s in suggest(text, Knowledge([builtin_gazetteer()])) if s.kind == "actor"]


def test_two_countries_forces_each_named_whole_are_two_actors() -> None:
    assert actors("Kenyan police and Ugandan soldiers patrolled the border on Monday.") == [
        "Kenyan police",
        "Ugandan soldiers",
    ]
    assert actors("Witnesses said Chadian troops and Sudanese militias crossed the river.")[-2:] == [
        "Chadian troops",
        "Sudanese militias",
    ]


def test_owners_before_one_noun_are_one_actor() -> None:
    assert actors("U.S. and NATO forces withdrew from the base.") == ["U.S. and NATO forces"]
    assert actors("Afghan and American troops fought back.") == ["Afghan and American troops"]
    assert actors("Security and police forces sealed off the market.") == ["Security and police forces"]


def test_each_of_two_forces_is_its_own_entity() -> None:
    found = [s for s in suggest("Kenyan police and Ugandan soldiers patrolled.", Knowledge([builtin_gazetteer()]))]
    entities = {s.quote: s.entity.name for s in found if s.entity is not None}
    assert entities["Kenyan police"] != entities["Ugandan soldiers"]
