"""Groups described by what they are ("hired gunmen", "church leaders") are named whole."""

from __future__ import annotations

from annotations.suggest import Knowledge, Suggestion, suggest
from annotations.suggest.builtin_places import builtin_gazetteer


def found(text: str) -> list[Suggestion]:
    return suggest(text, Knowledge([builtin_gazetteer()]))


def actors(text: str) -> list[str]:
    return [s.quote for s in found(text) if s.kind == "actor"]


def test_gunmen_described_by_who_hired_or_hid_them_are_named_whole() -> None:
    assert actors("Witnesses said hired gunmen had burned the houses.")[-1] == "hired gunmen"
    assert actors("Unidentified gunmen killed two traders on Friday.")[0] == "Unidentified gunmen"
    assert actors("Masked attackers set fire to the school.") == ["Masked attackers"]


def test_church_leaders_speak_but_leaders_alone_name_no_one() -> None:
    said = [s for s in found("Church leaders said the gunmen had burned the houses.") if s.kind == "claim"]
    assert actors("Church leaders said the gunmen had burned the houses.")[0] == "Church leaders"
    assert said and said[0].claimant == (0, len("Church leaders"))
    assert "leaders" not in " ".join(actors("The leaders met on Monday."))
