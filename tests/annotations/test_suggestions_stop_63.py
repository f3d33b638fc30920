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
