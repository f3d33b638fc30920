"""Arms named by their maker's nationality after a verb of using or getting them ("Ukraine used a
Turkish drone") made the maker's forces an actor of the strike; they are the subject's arms."""

from __future__ import annotations

import pytest

from annotations.suggest import Knowledge, suggest
from annotations.suggest.builtin_places import builtin_gazetteer


@pytest.fixture(scope="module")
def knowledge() -> Knowledge:
    return Knowledge([builtin_gazetteer()])


def actors(text: str, knowledge: Knowledge) -> dict[str, str]:
    return {s.quote: s.entity.name for s in suggest(text, knowledge) if s.kind == "actor" and s.entity is not None}


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine used a Turkish drone to strike a depot, officials said.",
        "The rebels are armed with Iranian drones and rockets, the army said.",
        "The junta has bought two Chinese jets this year, diplomats said.",
    ],
)
def test_arms_used_or_bought_are_not_their_makers_forces(text: str, knowledge: Knowledge) -> None:
    assert not any("Military Forces of" in name for name in actors(text, knowledge).values())


@pytest.mark.parametrize(
    ("text", "force"),
    [
        ("A Kyrgyz drone struck a house in Batken on Tuesday, officials said.", "Military Forces of Kyrgyzstan"),
        ("Soldiers shot down a Russian drone near the border, the army said.", "Military Forces of Russia"),
    ],
)
def test_arms_that_strike_or_are_downed_are_still_their_states(text: str, force: str, knowledge: Knowledge) -> None:
    assert force in actors(text, knowledge).values()


def places(text: str, knowledge: Knowledge) -> dict[str, tuple[str | None, str | None, str]]:
    """Each suggested place's words: its country, province and source."""
    found = {}
    for s in suggest(text, knowledge):
        details = s.place_details()
        if s.kind == "district" and details is not None:
            found[s.quote] = (details.country, details.province, details.source)
    return found


DATELINE = "MOGADISHU, Somalia, 3 May 2025 (Reuters) - "


def test_a_town_said_to_lie_in_another_country_is_not_the_capital_of_that_name(knowledge: Knowledge) -> None:
    """A reviewer's "the town of Juba in Somalia's Lower Shabelle region" was South Sudan's capital."""
    text = DATELINE + "Al-Shabaab fighters attacked the town of Juba in Somalia's Lower Shabelle region on Monday."
    assert places(text, knowledge)["Juba"] == ("Somalia", "Shabeellaha Hoose", "text")


def test_a_place_of_another_country_takes_a_province_of_that_country(knowledge: Knowledge) -> None:
    """A village in Russia in a report from Somalia lay in a Somali province (the nearest known place)."""
    text = DATELINE + "Fighters attacked Jowhar. Drones struck the village of Gornal in Russia's Kursk region."
    country, province, _ = places(text, knowledge)["Gornal"]
    assert (country, province) == ("Russian Federation", "Kursk Oblast")


@pytest.mark.parametrize(
    ("words", "country"),
    [("Tripoli in Lebanon", "Lebanon"), ("Kabul in Afghanistan", "Afghanistan"), ("Niger State in Nigeria", "Nigeria")],
)
def test_a_known_place_in_the_country_named_after_it_stays_known(
    words: str, country: str, knowledge: Knowledge
) -> None:
    name = words.split(" in ")[0]
    found = places(DATELINE + f"Rockets later hit {words}, officials said.", knowledge)
    assert found[name][0] == country and found[name][2] != "text"
