"""Classes of misses found on three articles written for round 42 (Rafah, the Eritrea-Ethiopia
border, the Chapare), each tested on sentences of their own."""

from __future__ import annotations

from .test_suggestions_round_22 import found


def actors(text: str) -> list[str]:
    return [s.quote for s in found(text) if s.kind == "actor"]


def test_an_executive_and_a_delegate_described_beside_their_names() -> None:
    text = '"They came shooting," Lucio Condori Mamani, executive of the Six Federations, told this newspaper.'
    assert actors(text)[:2] == ["Lucio Condori Mamani", "Six Federations"]
    text = "The Ombudsman's delegate in Cochabamba, Rosa Vargas Terán, wrote on X that the detainees must be freed."
    assert "Rosa Vargas Terán" in actors(text)


def test_a_minister_of_government_and_federations_by_name() -> None:
    assert actors("Minister of Government Mario Rojas Paz said the roads would be cleared.") == ["Mario Rojas Paz"]
    text = "The Six Federations of the Tropics of Cochabamba blocked national Route 4 in Bolivia."
    assert actors(text) == ["Six Federations of the Tropics of Cochabamba"]
    assert "Route 4" in [s.quote for s in found(text) if s.kind == "district"]


def test_the_gaza_health_ministry_and_capitals_that_have_been_pressing() -> None:
    text = "Israeli strikes killed 20 people around Rafah on Monday, the Gaza health ministry said."
    assert "Gaza health ministry" in actors(text)
    assert actors("Cairo and Doha have been pressing both sides to expand aid deliveries.")[0] == "Cairo"


def test_a_name_never_runs_across_a_paragraph_break() -> None:
    text = (
        "Families are displaced again and again, UNRWA wrote on X.\n\nSamir Odeh, a resident of Khan Younis, said so."
    )
    assert "Samir Odeh" in actors(text)
    assert not [a for a in actors(text) if "\n" in a]
