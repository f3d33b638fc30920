"""Classes of misses found on three articles written for round 34 (south-east Nigeria,
Gorno-Badakhshan, Deir ez-Zor), each tested on sentences of their own."""

from __future__ import annotations

from .test_suggestions_round_22 import of_kind


def test_an_arabic_article_inside_a_bodys_name_and_who_backs_it_outside() -> None:
    """ "the SDF-affiliated Deir ez-Zor Military Council" was "Zor Military Council"."""
    text = "Tribesmen overran a post of the Ahrar al-Sham Brigade and of the SDF-affiliated Raqqa ez-Zor Council."
    actors = of_kind(text, "actor")
    assert "Ahrar al-Sham Brigade" in actors and "Raqqa ez-Zor Council" in actors
    assert not any(a.startswith(("Sham", "Zor", "SDF-affiliated")) for a in actors)


def test_a_police_headquarters_is_a_building() -> None:
    """ "attacked the Orsu Divisional Police Headquarters" made "Orsu Divisional Police" an actor."""
    text = "Gunmen burned the Ezinihitte Divisional Police Headquarters on Sunday."
    assert of_kind(text, "actor") == ["Gunmen"]


def test_comrade_and_other_west_african_titles_stand_before_a_name() -> None:
    text = (
        "Its spokesman, Comrade Ikenna Nwosu, denied it. Prince Obinna Eze said the town was calm. "
        "Engr. Tunde Bakare told reporters the road was shut."
    )
    actors = of_kind(text, "actor")
    assert "Ikenna Nwosu" in actors and "Obinna Eze" in actors and "Tunde Bakare" in actors
    assert not any(a.startswith(("Comrade", "Prince", "Engr")) for a in actors)


def test_described_groups_of_other_presses() -> None:
    """Nigerian "hoodlums" and "security agencies", a wire's "war monitor", "the tribal fighters"."""
    text = (
        "The hoodlums fled into the bush, and the chairman accused security agencies of arbitrary arrests. "
        "Clashes reached Gharanij, a war monitor said, and the tribal fighters withdrew."
    )
    actors = of_kind(text, "actor")
    for described in ("The hoodlums", "security agencies", "war monitor", "tribal fighters"):
        assert described in actors


def test_any_armed_group_is_none_in_particular() -> None:
    """ "students with no link to any armed group": no actor; "an armed group attacked" is one."""
    assert of_kind("Those held had no link to any armed group, their families said.", "actor") == []
    assert of_kind("The police said no armed group had claimed the attack.", "actor") == ["police"]
    assert of_kind("An armed group attacked the convoy.", "actor") == ["armed group"]
