"""Stop 69: the second of two places after a preposition of place may be a name of two words no
gazetteer knows ("to Okene and Yagba West", "between Idlib and Darat Izza"), not only one word;
a compass point after a name is part of it."""

from __future__ import annotations

from .suggestion_views import places


def test_the_second_of_two_places_may_be_two_words() -> None:
    text = "The police sent tactical teams to Okene and Ubela Kuro after the attack."
    assert "Ubela Kuro" in places(text)


def test_a_compass_point_after_the_second_name_is_part_of_it() -> None:
    text = "Farmers fled to Okene and Ebiya West after the raid on Sunday."
    assert "Ebiya West" in places(text)
