"""Parties the words name without a tag: a state by its weapons ("Nigerian air strikes"), and
forces named only by what they are ("soldiers") by whose they are. Sentences written for these
tests; a Gaza report written for this round gave the first ("Israeli air strikes killed at least
27 Palestinians" was an Unidentified Armed Group's)."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotations.model import ActorDetails, Entity

from . import test_event_actors
from .test_event_actors import ARMY, ISWAP, UNNAMED, VILLAGERS, event_row, parties_of

SOLDIERS = Entity.actor("soldiers", ActorDetails("state_forces"))
CHADIAN_ARMY = Entity.actor("Chadian Army", ActorDetails("state_forces"))


@pytest.fixture(autouse=True)
def _more_actors(monkeypatch: pytest.MonkeyPatch) -> None:
    """The shared event cases' actors, with generic soldiers and a second army."""
    monkeypatch.setattr(test_event_actors, "EVERYONE", (*test_event_actors.EVERYONE, SOLDIERS, CHADIAN_ARMY))


def test_air_strikes_a_nationality_names_are_that_states_forces(tmp_path: Path) -> None:
    text = "Nigerian air strikes killed 12 villagers in Kanam, residents said."
    row = event_row(tmp_path, text, "Nigerian air strikes killed 12 villagers in Kanam", {"villagers": VILLAGERS},
                    claim_type="casualties")  # fmt: skip
    assert row["actor1"] == "Military Forces of Nigeria" and row["actor2"] == "Civilians (Nigeria)"
    assert row["sub_event_type"] == "Air/drone strike"


def test_the_states_army_tagged_in_the_article_is_the_one_its_weapons_name(tmp_path: Path) -> None:
    text = "The Nigerian Army said it was investigating. Nigerian jets bombed Kanam, killing 12 villagers."
    row = event_row(tmp_path, text, "Nigerian jets bombed Kanam, killing 12 villagers",
                    {"Nigerian Army": ARMY, "villagers": VILLAGERS}, claim_type="casualties")  # fmt: skip
    assert row["actor1"] == "Nigerian Army"


def test_weapons_shot_down_did_nothing(tmp_path: Path) -> None:
    text = "Gunmen shot down two Nigerian drones over Kanam and killed 12 villagers."
    row = event_row(tmp_path, text, "Gunmen shot down two Nigerian drones over Kanam and killed 12 villagers",
                    {"villagers": VILLAGERS}, claim_type="casualties")  # fmt: skip
    assert row["actor1"] == UNNAMED


def test_soldiers_an_army_tells_of_are_its_own(tmp_path: Path) -> None:
    text = "The Nigerian Army said two soldiers were killed in Kanam when a bomb hit their vehicle."
    row = event_row(tmp_path, text, "two soldiers were killed in Kanam when a bomb hit their vehicle",
                    {"Nigerian Army": ARMY, "soldiers": SOLDIERS}, claimant="Nigerian Army", claim_type="casualties")  # fmt: skip
    assert parties_of(row)[1:4] == (UNNAMED, "", "Nigerian Army")


def test_soldiers_of_a_report_on_one_army_are_that_army(tmp_path: Path) -> None:
    text = "ISWAP said its fighters killed 30 soldiers in Kanam. The Nigerian Army denied it."
    row = event_row(tmp_path, text, "its fighters killed 30 soldiers in Kanam",
                    {"ISWAP": ISWAP, "soldiers": SOLDIERS, "Nigerian Army": ARMY}, claimant="ISWAP",
                    claim_type="casualties")  # fmt: skip
    assert (row["actor1"], row["actor2"]) == ("ISWAP", "Nigerian Army")


def test_soldiers_killed_by_the_one_army_of_the_report_are_not_its_own(tmp_path: Path) -> None:
    """A reviewer's "An Israeli strike killed two soldiers near Marjayoun" made Lebanon's dead
    Israel's army."""
    text = "The Nigerian Army said it was investigating. A Nigerian strike killed two soldiers in Kanam, police said."
    row = event_row(tmp_path, text, "A Nigerian strike killed two soldiers in Kanam",
                    {"Nigerian Army": ARMY, "soldiers": SOLDIERS}, claim_type="casualties")  # fmt: skip
    assert (row["actor1"], row["actor2"]) == ("Nigerian Army", "soldiers")


def test_forces_that_acted_are_the_one_army_of_the_event_country_only(tmp_path: Path) -> None:
    text = "Soldiers killed 12 ISWAP fighters in Kanam, residents said. The Chadian Army was not involved."
    row = event_row(tmp_path, text, "Soldiers killed 12 ISWAP fighters in Kanam",
                    {"Soldiers": SOLDIERS, "ISWAP": ISWAP, "Chadian Army": CHADIAN_ARMY}, claim_type="casualties")  # fmt: skip
    assert row["actor1"] == "soldiers"


def test_an_offices_own_troops_are_not_the_other_sides_army(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A reviewer's "Russia's defence ministry said its troops captured Novoselivka" made the
    troops Ukraine's air force, the article's one other army. They are the office's state's
    military (its army tagged in the article, else "Military Forces of" it)."""
    ministry = Entity.actor("Ministry of Defence (Russia)", ActorDetails("state_forces"))
    monkeypatch.setattr(test_event_actors, "EVERYONE", (*test_event_actors.EVERYONE, ministry))
    text = "The Ministry of Defence (Russia) said its soldiers retook Kanam. The Nigerian Army said nothing."
    row = event_row(tmp_path, text, "its soldiers retook Kanam",
                    {"Ministry of Defence (Russia)": ministry, "soldiers": SOLDIERS, "Nigerian Army": ARMY},
                    claimant="Ministry of Defence (Russia)", claim_type="territorial_control", status="retaken")  # fmt: skip
    assert "Nigerian Army" not in (row["actor1"], row["actor2"])
    assert row["actor1"] == "Military Forces of Russia"


def test_a_country_is_compared_whole() -> None:
    """ "Niger" is in "Nigeria" and "Sudan" in "South Sudan" as letters, not as countries."""
    from annotations.claims.unnamed_parties import _of_country

    assert not _of_country(ARMY, "Niger") and _of_country(ARMY, "Nigeria")
    drc = Entity.actor("Armed Forces of the Democratic Republic of the Congo", ActorDetails("state_forces"))
    assert _of_country(drc, "Congo, The Democratic Republic of the")


def test_actors_tagged_only_by_what_they_are_are_named_as_acled_names_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Found by a newcomer: "Gunmen" (typed a rebel group by the suggestions) was actor 1 of its
    own, inter 2, and the "civilians" of three articles were three rows' "civilians", with no
    country; ACLED names them "Unidentified Armed Group (Nigeria)" (inter 3), "Civilians (Nigeria)"."""
    gunmen = Entity.actor("Gunmen", ActorDetails("rebel_group"))
    civilians = Entity.actor("civilians", ActorDetails("civilians"))
    monkeypatch.setattr(test_event_actors, "EVERYONE", (*test_event_actors.EVERYONE, gunmen, civilians))
    text = "Gunmen killed 7 civilians in Kanam, the army said."
    row = event_row(tmp_path, text, "Gunmen killed 7 civilians in Kanam", {"Gunmen": gunmen, "civilians": civilians},
                    claim_type="casualties")  # fmt: skip
    assert (row["actor1"], row["inter1"]) == ("Unidentified Armed Group (Nigeria)", "3")
    assert (row["actor2"], row["inter2"]) == ("Civilians (Nigeria)", "7")


def test_a_communal_militia_tagged_by_what_it_is_and_two_alike_named_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A reviewer's: an unnamed identity militia became an Unidentified Armed Group (ACLED's is an
    Unidentified Communal Militia, inter 4), and "gunmen" with "militiamen", "villagers" with
    "residents", gave one name as actor 1 and actor 2, or as an actor and its associate."""
    militia = Entity.actor("militiamen", ActorDetails("identity_militia"))
    gunmen = Entity.actor("gunmen", ActorDetails("political_militia"))
    residents = Entity.actor("residents", ActorDetails("civilians"))
    monkeypatch.setattr(test_event_actors, "EVERYONE", (*test_event_actors.EVERYONE, militia, gunmen, residents))
    text = "Militiamen killed 7 villagers and residents in Kanam, the army said."
    row = event_row(tmp_path / "one", text, "Militiamen killed 7 villagers and residents in Kanam",
                    {"Militiamen": militia, "villagers": VILLAGERS, "residents": residents}, claim_type="casualties")  # fmt: skip
    assert (row["actor1"], row["inter1"]) == ("Unidentified Communal Militia (Nigeria)", "4")
    assert (row["actor2"], row["assoc_actor_2"]) == ("Civilians (Nigeria)", "")


def test_a_states_bombs_with_a_word_between_are_its_army(tmp_path: Path) -> None:
    """Found by a newcomer: "Russian glide bombs were hitting residential areas every day" gave no
    row, for want of an actor: "glide" stood between the demonym and the weapon, and bombs were
    no weapon."""
    text = "Nigerian glide bombs were hitting homes in Kanam every day, residents said."
    row = event_row(tmp_path, text, "Nigerian glide bombs were hitting homes in Kanam every day", {})
    assert (row["actor1"], row["sub_event_type"]) == ("Military Forces of Nigeria", "Air/drone strike")
