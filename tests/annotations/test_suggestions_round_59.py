"""Classes of misses found on the articles written for round 59 (Raqqa, Malam Fatori, Nasir),
after they were scored untuned, each tested on sentences of their own."""

from __future__ import annotations

from .suggestion_views import claimants, places


def test_where_and_how_it_was_said_before_what_was_said() -> None:
    """ "said in a statement in Maiduguri on Friday troops had …", "said in a displacement update the
    arrivals …", "told journalists in Maiduguri clearance operations …": what was said starts after
    where and how (no "that" follows); "said in Kabul, where he lives, that …" is left as it was."""
    said = claimants("The army said in a statement in Damaturu on Friday troops had repelled the attack.")
    assert ("troops had repelled the attack", "army") in said
    update = claimants("The IOM said in a displacement update the arrivals were straining camps.")
    assert ("the arrivals were straining camps", "IOM") in update
    told = claimants("The general told journalists in Maiduguri clearance operations were ongoing.")
    assert any(body == "clearance operations were ongoing" for body, _ in told)


def test_a_list_that_ends_with_a_settlement_of() -> None:
    """ "attacked Arege, Duguri and the small fishing settlement of Bulakesa": each a place; people
    listed before "the village head" are not."""
    assert {"Arege", "Duguri", "Bulakesa"} <= set(
        places("The insurgents attacked Arege, Duguri and the small fishing settlement of Bulakesa.")
    )
    assert places("Gunmen attacked Musa, Bello and the village head.") == []


def test_local_government_areas_in_the_plural() -> None:
    """ "in Abadam and Mobbar LGAs": two districts, neither "Mobbar LGAs"."""
    found = places("Displaced people will return to Abadam and Mobbar LGAs.")
    assert "Mobbar" in found and "Mobbar LGAs" not in found


def test_a_ferry_crossing() -> None:
    """ "at the al-Abbara ferry crossing": the crossing by its name."""
    assert "al-Abbara" in places("Families crossed at the al-Abbara ferry crossing into government-held land.")
