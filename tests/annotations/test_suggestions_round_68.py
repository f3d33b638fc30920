"""Classes of misses found on the articles written for round 68 (Putumayo, Kupiansk, Ségou), after
they were scored untuned, each tested on sentences of their own."""

from __future__ import annotations

from .suggestion_views import actors, claimants, places


def test_armed_groups_and_forces_by_their_spanish_names() -> None:
    text = "The Frente Jhon Linares and the Comandos de la Frontera clashed near Puerto Asís, Colombia."
    assert actors(text)[:2] == ["Frente Jhon Linares", "Comandos de la Frontera"]
    assert "Jhon" not in places(text)
    assert "Fuerza Naval del Pacífico" in actors("A unit of the Fuerza Naval del Pacífico seized a boat off Tumaco.")
    assert not actors("Frente Amplio lawmakers met in Montevideo.")
    assert "Cancillería" in actors("The Cancillería said on Monday that talks would resume in Colombia.")


def test_al_qaeda_without_its_hyphen() -> None:
    assert "al Qaeda" in actors("Militants linked to al Qaeda cut off villages in Burkina Faso.")


def test_a_trunk_road_and_a_reserve_by_name() -> None:
    assert "Troncal del Caribe" in places("Trucks were stopped on the Troncal del Caribe near Ciénaga, Colombia.")
    assert "Alto Andágueda" in places("Families fled the resguardo of Alto Andágueda in Chocó, Colombia.")


def test_local_fishermen_and_a_church_worker_speak() -> None:
    text = (
        "Two bodies were found in the river, according to local fishermen. A church worker in Mocoa said more had fled."
    )
    assert [who for _what, who in claimants(text)] == ["local fishermen", "church worker"]


def test_what_was_said_before_whom_it_was_told_on_television() -> None:
    text = "Ukrainian units still held the village, he told national television, and the footage was old."
    assert claimants(text)[0][0] == "Ukrainian units still held the village"
    text = "Since then, residents told this newspaper, there have been clashes every night along the river."
    assert claimants(text)[0][0] == "there have been clashes every night along the river"


def test_owned_claims_are_no_cue() -> None:
    assert not claimants("Moscow's earlier claims of captured villages have been contradicted by footage.")
    assert claimants("The army claims that it retook the town.")[0][0] == "it retook the town"
