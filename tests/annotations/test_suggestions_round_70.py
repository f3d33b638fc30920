"""Classes of misses found on the articles written for round 70 (Guji, Kani, Abu Salim), after they
were scored untuned, each tested on sentences of their own."""

from __future__ import annotations

from .suggestion_views import actors, claimants


def test_ethiopian_honorifics_are_no_part_of_a_name() -> None:
    assert "Almaz Tesfaye" in actors("W/ro Almaz Tesfaye, a teacher in Negele, Ethiopia, said the school closed.")
    assert "Ato Forson" in actors("Ato Forson told parliament in Accra that the budget was sound.")  # Ghana's name


def test_a_state_newspaper() -> None:
    assert "Global New Light of Myanmar" in actors("The Global New Light of Myanmar reported that 12 were killed.")


def test_that_after_an_aside() -> None:
    text = "The governor acknowledged, however, that the road to Arero remained closed, Ethiopian media said."
    assert claimants(text)[0][0].startswith("the road to Arero remained closed")
