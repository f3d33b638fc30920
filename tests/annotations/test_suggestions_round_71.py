"""Classes of misses found on the articles written for round 71 (Mecula, Bannu, Bria), after they
were scored untuned, each tested on sentences of their own."""

from __future__ import annotations

from .suggestion_views import actors, found, places


def test_mozambiques_units_and_reserves_by_name() -> None:
    text = "Gunmen burned the posto administrativo of Mavago and the localidade of Chiuaula, Niassa officials said."
    kinds = {s.quote: s.entity.details.place_kind for s in found(text) if s.kind == "district" and s.entity}
    assert kinds.get("Mavago") == "district" and kinds.get("Chiuaula") == "village"
    assert "Gilé National Reserve" in places("Fighters crossed the Gilé National Reserve into Zambézia, Mozambique.")


def test_a_portuguese_radio() -> None:
    assert "Rádio Moçambique" in actors("The army said in a statement broadcast by Rádio Moçambique that five died.")
