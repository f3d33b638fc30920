"""Classes of misses found on the articles written for round 54 (Sotk, Mirebalais, Parachinar),
after they were scored untuned, each tested on sentences of their own."""

from __future__ import annotations

from .suggestion_views import actors, claimants, entity_of, places


def test_a_language_is_no_place_and_a_road_has_its_number() -> None:
    """ "which means 'Together' in Haitian Creole": a language; "on National Road 7", "Route
    Nationale 2": a road by its word and number."""
    text = (
        'The name, which means "Together" in Haitian Creole, spread fast. Trucks waited on National Road 7 '
        "while others took Route Nationale 2 to the coast."
    )
    found = places(text)
    assert not any("Creole" in place for place in found)
    assert {"National Road 7", "Route Nationale 2"} <= set(found)


def test_a_conscript_and_a_police_rank_before_a_name() -> None:
    """ "19-year-old conscript Aram Petrosyan": a person named by his role; "Divisional Inspector
    Marc-Henri Joseph" is Marc-Henri Joseph, the rank no word of his name."""
    text = (
        "The soldier, 19-year-old conscript Aram Petrosyan, was wounded. Police spokesman Divisional Inspector "
        "Marc-Henri Joseph told reporters that units were on the ground."
    )
    named = set(actors(text))
    assert {"Aram Petrosyan", "Marc-Henri Joseph"} <= named
    assert not any("Divisional" in name for name in named)


def test_a_nickname_in_quotes_with_its_comma_inside() -> None:
    """'Jean Baptiste, known as "Ti Chen," a gang leader whose men hold the road': the person, and
    the nickname as another name of his (American quotation puts the comma inside)."""
    text = 'Jean Baptiste, known as "Ti Chen," a gang leader whose men hold the road, spoke in a video.'
    assert {"Jean Baptiste", "Ti Chen"} <= set(actors(text))
    assert entity_of(text, "Ti Chen") == "Jean Baptiste"


def test_a_live_reports_time_opens_no_claim() -> None:
    """ "12:05 p.m. — Two armoured vehicles are seen …, according to a witness": the claim starts
    after the time, as after a dateline."""
    text = "Live updates\n\n12:05 p.m. — Two armoured vehicles are seen near the bridge, according to a witness."
    contents = [content for content, _ in claimants(text)]
    assert any(content.startswith("Two armoured vehicles are seen") for content in contents), contents


def test_a_government_named_by_its_province_before_its_spokesman() -> None:
    """ "Balochistan government spokesman Shahid Rind said": the provincial government is an actor,
    and its spokesman speaks; "Government spokesman X" alone stays his title."""
    text = "Balochistan government spokesman Shahid Rind said the highway would reopen on Friday."
    named = set(actors(text))
    assert {"Balochistan government", "Shahid Rind"} <= named
    assert ("the highway would reopen on Friday", "Shahid Rind") in claimants(text)
    assert "Government" not in actors("Government spokesman Armand Tossou said the vote would go ahead.")


def test_a_denial_of_this_and_what_is_said_instead() -> None:
    """ "Mr Khan denied this, saying 300 bunkers had been removed": the denial, and what he says
    instead as a claim of its own (as "denied the allegation, saying …" always was)."""
    text = "Elders said the bunkers remained. Mr Khan denied this, saying 300 bunkers had been removed since May."
    contents = [content for content, _ in claimants(text)]
    assert "300 bunkers had been removed since May" in contents and "denied this" in contents
