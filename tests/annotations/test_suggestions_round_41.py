"""Classes of misses found on three articles written for round 41 (southern Pará, the South
Ossetian line, Ségou), each tested on sentences of their own."""

from __future__ import annotations

from .test_suggestions_round_22 import found


def actors(text: str) -> list[str]:
    return [s.quote for s in found(text) if s.kind == "actor"]


def places(text: str) -> list[str]:
    return [s.quote for s in found(text) if s.kind == "district"]


def test_de_facto_regions_are_places_and_their_seats_speak_for_them() -> None:
    text = "Tskhinvali claimed that the two had crossed the border of South Ossetia. Moscow rejected it."
    acting = {s.quote: s.entity.name for s in found(text) if s.reason == "a state acting" and s.entity}
    assert acting == {"Tskhinvali": "De facto authorities of South Ossetia", "Moscow": "Government of Russia"}
    assert places(text) == ["South Ossetia"]
    assert places("Clashes broke out in Transnistria and in Puntland.") == ["Transnistria", "Puntland"]
    said = [
        s
        for s in found("Fighting near Las Anod, Somalia. Somaliland said its forces withdrew.")
        if s.quote == "Somaliland"
    ]
    assert said and said[0].kind == "actor"


def test_a_person_named_with_an_age_before_a_semicolon() -> None:
    text = "The dead were Raimundo dos Anjos, 56; his nephew, Francisco das Chagas Lima, 24; and a mother of three."
    assert "Francisco das Chagas Lima" in actors(text)
    assert "Francisco das Chagas" not in places(text)


def test_a_byline_after_the_outlets_name_holds_no_place() -> None:
    assert places("Norte Hoje – English edition | By Larissa Monteiro Tavares, in Marabá, Pará") == ["Marabá", "Pará"]


def test_brazilian_roads_by_their_code() -> None:
    text = "Landless workers blocked the BR-230 and the PA-150 in Pará, Brazil. Members of the MS-13 came."
    assert places(text)[:2] == ["BR-230", "PA-150"]


def test_a_capital_that_reacted() -> None:
    assert actors("Brasília reacted on Friday by sending the Federal Police.")[0] == "Brasília"


def test_a_secretariat_and_a_public_defender_by_name() -> None:
    text = "Two were wounded, according to the Pará State Health Secretariat (Sespa). Sespa said they were stable."
    assert actors(text)[:2] == ["Pará State Health Secretariat", "Sespa"]
    assert "Public Defender of Georgia" in actors("The Public Defender of Georgia said it had asked the ICRC.")


def test_occupation_forces_and_an_aged_person_then_one_of() -> None:
    assert "Russian occupation forces" in actors("Russian occupation forces detained three villagers near Gori.")
    text = "The victims were Raimundo Nonato dos Reis, 56, one of the camp's coordinators, and two others."
    assert "Raimundo Nonato dos Reis" in actors(text)
    assert places(text) == []


def test_communal_militias_of_the_sahel_and_a_monitor_by_name() -> None:
    text = "Dozo hunters clashed with Katiba Macina near Niono, according to ACLED."
    assert actors(text) == ["Dozo", "Katiba Macina", "ACLED"]
    assert places(text) == ["Niono"]


def test_a_head_of_mission_a_relative_a_forum_and_a_ministry_of_a_country() -> None:
    assert actors("Head of Mission Marta Sandvik wrote on X that detentions cause suffering.") == ["Marta Sandvik"]
    text = '"There is no fence," Nino Beridze, Abashidze\'s daughter-in-law, told the agency.'
    assert actors(text) == ["Nino Beridze"]
    assert actors("The co-chairs of the Geneva International Discussions met.") == ["Geneva International Discussions"]
    text = "The Ministry of Foreign Affairs of Georgia condemned the detentions."
    assert actors(text) == ["Ministry of Foreign Affairs of Georgia"]
