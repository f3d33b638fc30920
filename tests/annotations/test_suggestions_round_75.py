"""Classes of misses found on the articles written for round 75 (a pipeline blast and army raids
in Bayelsa, Nigeria; insurgents crossing the Ruvuma into Mtwara, Tanzania), after they were
scored untuned, each tested on sentences of their own."""

from __future__ import annotations

from .suggestion_views import actors, claimants, entity_of, places


def test_the_niger_delta_is_a_region_not_niger_and_delta() -> None:
    found = places("Gunmen blew up a wellhead in the Niger Delta on Friday.")
    assert found == ["Niger Delta"]


def test_a_civil_defence_corps_is_not_the_army_named_after_it() -> None:
    """ "the army" after "the Nigeria Security and Civil Defence Corps" was taken for the corps."""
    text = "The Nigeria Security and Civil Defence Corps guarded the depot. The army said it shot two raiders."
    assert entity_of(text, "army") != "Nigeria Security and Civil Defence Corps"


def test_a_national_congress_is_a_body_not_a_legislature() -> None:
    text = "The Urhobo National Congress (UNC) condemned the raids near Warri."
    assert entity_of(text, "Urhobo National Congress") == "Urhobo National Congress"
    assert "Congress" not in actors(text)
    assert "Congress" in actors("Congress passed the budget on Tuesday.")


def test_a_countrys_navy_and_air_force() -> None:
    text = "The Ghanaian Navy said it seized a trawler off Keta."
    assert "Ghanaian Navy" in actors(text)
    assert claimants(text) == [("it seized a trawler off Keta", "Ghanaian Navy")]


def test_youths_act_and_speak() -> None:
    text = "Youths in Odi said the soldiers burned their canoes."
    assert "Youths" in actors(text)
    assert claimants(text) == [("the soldiers burned their canoes", "Youths")]


def test_a_report_in_the_passive_is_no_ones_claim() -> None:
    text = "The raid was the first reported in Newala district since May. Looting was reported in Tandahimba."
    assert claimants(text) == []
    assert claimants("Police reported that two boats were sunk near Msimbati.") == [
        ("two boats were sunk near Msimbati", "Police")
    ]


def test_an_appeal_then_said_ends_where_said_begins() -> None:
    """ "appealed for calm and said the state would …" was one claim of the appeal, from "calm"."""
    text = "The governor appealed for calm and said the state would pay for the burials in Sagbama."
    assert ("the state would pay for the burials in Sagbama", "governor") in claimants(text)
