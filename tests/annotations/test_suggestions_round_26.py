"""Classes of misses found on three articles written for round 26 (North Kivu, Marib, Kherson),
each tested on sentences of their own."""

from __future__ import annotations

from .test_suggestions_round_22 import of_kind


def test_a_name_opening_with_a_lower_case_arabic_article_is_a_place_where_places_are_named() -> None:
    """Nine of the Marib report's sixteen places were no suggestion ("from the direction of
    al-Kasara", "shelled al-Bayda"): such a name opened a place only after "the village of" or a
    place and "and"; a family name ("spokesman al-Hamzi") and a group ("near al-Shabaab
    positions") are still none."""
    text = "Tribal fighters held the line near al-Malaha and reached al-Hazm and al-Mutoon districts on Monday."
    assert of_kind(text, "district") == ["al-Malaha", "al-Hazm", "al-Mutoon"]
    assert of_kind("Shells came from the direction of al-Raqah, a farmer said.", "district") == ["al-Raqah"]
    assert "al-Bayda" in of_kind("The militia shelled al-Bayda overnight, residents said.", "district")
    assert of_kind("Spokesman al-Hamzi said the army shelled Houthi positions.", "district") == []
    assert of_kind("Troops advanced near al-Shabaab positions, officials said.", "district") == []
