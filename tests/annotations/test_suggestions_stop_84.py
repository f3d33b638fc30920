"""Suggestions found wrong at stop 83's end and stop 84 (reviews and newcomers), tested on sentences of my own."""

from __future__ import annotations

import pytest

from annotations.suggest import Knowledge, suggest
from annotations.suggest.builtin_places import builtin_gazetteer
from annotations.suggest.people import people_in


def _actor_types(text: str) -> dict[str, str]:
    found = suggest(text, Knowledge([builtin_gazetteer()]))
    return {s.quote: s.entity.details.actor_type for s in found if s.kind == "actor" and s.entity}  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The Boko Haram faction formerly led by Abubakar Shekau attacked Bama.", "Boko Haram faction leader"),
        ("The gang, now led by Vitel Innocent, attacked the port.", "gang leader"),
        ("Militias led by former army general Jean Bosco Ntaganda attacked villages.", "Militia leader"),
        ("The militia formerly led by Jean Bosco attacked Beni.", "militia leader"),
    ],
)
def test_what_one_leads_is_ones_role(text: str, role: str) -> None:
    """helper-292: a comma or "formerly" lost what was led ("gang, now leader", "leader"); stop 83's
    review: "former army general" made a militia's leader the state's."""
    assert [p.role for p in people_in(text)] == [role]


def test_a_brigade_commanded_by_an_army_officer_is_the_armys() -> None:
    """helper-292: "brigade leader" alone was typed other; the officer's title is what says the state."""
    (person,) = people_in("A brigade commanded by army officer Paul Mensah attacked JNIM in Dapaong.")
    assert "army officer" in person.role


@pytest.mark.parametrize(
    ("text", "name", "actor_type"),
    [
        (
            "Militias led by former army general Jean Bosco Ntaganda attacked villages near Bunia.",
            "Jean Bosco Ntaganda",
            "political_militia",
        ),
        ("The Salvation Army said it had fed 3,000 displaced families in Goma.", "Salvation Army", "external_other"),
        ("Mercy Corps said aid convoys had stopped.", "Mercy Corps", "external_other"),
        ("Caritas said aid convoys had stopped.", "Caritas", "external_other"),
        ("World Vision said aid convoys had stopped.", "World Vision", "external_other"),
    ],
)
def test_charities_named_like_forces_and_leaders_of_militias(text: str, name: str, actor_type: str) -> None:
    assert _actor_types(text).get(name) == actor_type
