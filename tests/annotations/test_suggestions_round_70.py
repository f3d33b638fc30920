"""Classes of misses found on the articles written for round 70 (Guji, Kani, Abu Salim), after they
were scored untuned, each tested on sentences of their own."""

from __future__ import annotations

from .suggestion_views import actors, claimants, found


def test_ethiopian_honorifics_are_no_part_of_a_name() -> None:
    text = "Five were freed, according to Ato Tadesse Bekele, the woreda administrator in Borana, Ethiopia."
    assert "Tadesse Bekele" in actors(text) and "Ato Tadesse Bekele" not in actors(text)
    assert "Almaz Tesfaye" in actors("W/ro Almaz Tesfaye, a teacher in Negele, Ethiopia, said the school closed.")


def test_a_ward_by_its_name_and_a_state_newspaper() -> None:
    kinds = {
        s.quote: s.entity.details.place_kind
        for s in found("Troops occupied Aung Chan Tha ward in Monywa, Myanmar, residents said.")
        if s.kind == "district" and s.entity
    }
    assert kinds.get("Aung Chan Tha") == "district"
    assert "Global New Light of Myanmar" in actors("The Global New Light of Myanmar reported that 12 were killed.")


def test_that_after_an_aside() -> None:
    text = "The governor acknowledged, however, that the road to Arero remained closed, Ethiopian media said."
    assert claimants(text)[0][0].startswith("the road to Arero remained closed")
