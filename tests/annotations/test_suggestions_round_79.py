"""Classes of misses found on the articles written for round 79 (Russian drones on Odesa's ports
and a Ukrainian strike on a Krasnodar refinery; a JNIM attack on a Niger river boat near Timbuktu),
after they were scored untuned, each tested on sentences of their own."""

from __future__ import annotations

from .suggestion_views import actors, claimants, type_of


def test_a_boatman_or_a_miner_who_survived_speaks() -> None:
    text = "The barge carried 80 people, according to a boatman who swam ashore. A miner said the guards fled."
    assert {"boatman", "miner"} <= set(actors(text))
    assert ("the guards fled", "miner") in claimants(text)


def test_the_security_services_that_strike_are_state_forces() -> None:
    text = "Officers of the SBU said its drones hit a depot in Bryansk. The FSB said it had detained two saboteurs."
    assert type_of(text, "SBU") == "state_forces" and type_of(text, "FSB") == "state_forces"
