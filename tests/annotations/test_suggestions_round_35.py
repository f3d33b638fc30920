"""Classes of misses found on three articles written for round 35 (Lamu, Kirkuk, Chiapas), each
tested on sentences of their own."""

from __future__ import annotations

from .test_suggestions_round_22 import found, of_kind


def entities(text: str) -> dict[str, str]:
    return {s.quote: s.entity.name for s in found(text) if s.kind == "actor" and s.entity is not None}


def test_an_acronym_followed_by_another_name_in_its_brackets() -> None:
    """ "the Popular Mobilisation Forces (PMF, or Hashd al-Shaabi)": neither the name nor "PMF"."""
    text = "Troops of the Desert Lions Brigade (DLB, or Liwa Usud al-Badiya) moved in. The DLB denied it."
    named = entities(text)
    assert named["DLB"] == named["Liwa Usud al-Badiya"] == named["Desert Lions Brigade"]


def test_iraqs_forces_by_their_own_names() -> None:
    text = "Peshmerga units moved north while the Popular Mobilization Forces held the road."
    assert of_kind(text, "actor") == ["Peshmerga", "Popular Mobilization Forces"]


def test_a_bodys_name_with_spanish_small_words() -> None:
    """ "the Fray Bartolomé de Las Casas Human Rights Center" was "Las Casas Human Rights Center";
    "the Diocese of San Cristóbal de Las Casas" lost "de Las Casas", which became a speaker."""
    text = (
        "The Miguel Agustín Pro Juárez Human Rights Center said so, and the Diocese of Tuxtla de los Ríos urged calm."
    )
    assert of_kind(text, "actor") == [
        "Miguel Agustín Pro Juárez Human Rights Center",
        "Diocese of Tuxtla de los Ríos",
    ]


def test_a_spanish_papers_dateline_is_no_part_of_a_claim() -> None:
    text = "Motozintla, Chiapas.— At least 40 families fled the village, the parish said."
    claims = [s.quote for s in found(text) if s.kind == "claim"]
    assert claims == ["At least 40 families fled the village"]


def test_a_title_in_a_place_then_the_name() -> None:
    """ "KDP spokesman in Kirkuk Diyar Sindi accused…", "ITF head in Kirkuk Erdal Salihi wrote":
    no one; "a village chairman in Datu Hoffer Ampatuan town" names a town, not a person."""
    text = "PUK spokesman in Sulaimaniyah Karwan Aziz accused the party of lying. Aziz left."
    assert entities(text)["Aziz"] == "Karwan Aziz"
    assert "Hoffer Ampatuan" not in of_kind("They killed a village chairman in Datu Hoffer Ampatuan town.", "actor")


def test_a_communitys_protesters_and_activists() -> None:
    text = "Kurdish protesters faced Turkmen counter-protesters, and Kurdish activists said 60 were held."
    assert of_kind(text, "actor") == ["Kurdish protesters", "counter-protesters", "Kurdish activists"]


def test_a_forest_named_with_a_lower_case_word() -> None:
    assert of_kind("The militants hide in the Dodori forest near the border.", "district") == ["Dodori forest"]


def test_a_place_before_based() -> None:
    """ "a Mombasa-based human rights group": Mombasa, named nowhere else, was no place."""
    assert of_kind("The Haki Coalition, a Kisumu-based rights group, alleged abuses.", "district") == ["Kisumu"]
