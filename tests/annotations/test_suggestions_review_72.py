"""What a review of round 72's rules found (139 probe sentences of the reviewer's own, run before
and after: 62 better, 10 worse): "Regent" opening the name of a palace, a park, a theatre or a ship,
and "Insp. Division", read as officials; "the Duck pond" and "the Big pond" read as places. Mended,
tested on sentences of my own."""

from __future__ import annotations

from .suggestion_views import actors, places


def test_regent_opening_a_buildings_name_is_no_title() -> None:
    assert "Hotel" not in actors("Delegates met at the Regent Hotel in Nairobi on Monday.")
    assert "Park" not in actors("Regent Park residents held a vigil for the victims.")
    assert "Yunus Wonda" in actors("Puncak Regent Yunus Wonda said schools would close, Indonesian media said.")


def test_a_pond_named_by_a_common_word_is_no_place() -> None:
    assert "Duck" not in places("Two children drowned in the Duck pond near Kaya, Burkina Faso.")
    assert "Tiba" in places("Families fled from the Tiba pond towards Kaya, Burkina Faso.")
