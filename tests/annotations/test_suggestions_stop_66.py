"""Held-out round 106 (a BLA attack near Karachi, al-Shabaab near Kismayo), written on sentences of
our own: a region after "in" before "who asked not to be named" is where someone is, not their name
(and its last word no short form of anyone); a nation's people in the plural are no place; a state's
contingent and its mission abroad act; a spokesman's assumed name; a dateline naming two cities."""

from __future__ import annotations

import pytest

from annotations.suggest import Knowledge, suggest
from annotations.suggest.builtin_places import builtin_gazetteer

from .suggestion_views import claimants


@pytest.fixture(scope="module")
def knowledge() -> Knowledge:
    return Knowledge([builtin_gazetteer()])


def quotes(text: str, knowledge: Knowledge, kind: str) -> list[str]:
    return [s.quote for s in suggest(text, knowledge) if s.kind == kind]


def test_a_region_before_who_asked_not_to_be_named_is_where_the_speaker_is(knowledge: Knowledge) -> None:
    """ "An SNA commander in Lower Juba, who asked not to be named" made a person "Lower Juba", and
    every later "Juba" (of "Middle Juba", of "the Juba valley") an actor short for them."""
    text = (
        "A police officer in Lower Shabelle, who asked not to be named, said the convoy was ambushed. "
        "The attackers later withdrew toward Jowhar in Middle Shabelle, residents said."
    )
    assert not [q for q in quotes(text, knowledge, "actor") if "Shabelle" in q]
    assert "Middle Shabelle" in quotes(text, knowledge, "district")


def test_a_person_named_before_who_is_still_found(knowledge: Knowledge) -> None:
    text = "A teacher, Hamza Yusuf Dirie, who asked not to be named in full, said the school was shelled."
    assert "Hamza Yusuf Dirie" in quotes(text, knowledge, "actor")


@pytest.mark.parametrize("people", ["Somalis", "Kenyans", "Ethiopians"])
def test_a_nations_people_are_no_place(knowledge: Knowledge, people: str) -> None:
    text = f"The elder said the militants exploit every quarrel between {people}."
    assert people not in quotes(text, knowledge, "district")


def test_a_states_contingent_is_its_forces(knowledge: Knowledge) -> None:
    text = "The mission said its Burundian contingent had repelled the attack near Baidoa on Friday."
    found = [(s.quote, s.entity.name) for s in suggest(text, knowledge) if s.kind == "actor" and s.entity]
    assert ("Burundian contingent", "Military Forces of Burundi") in found


def test_a_states_mission_abroad_speaks_for_it(knowledge: Knowledge) -> None:
    text = "The Turkish embassy in Mogadishu urged its citizens to stay indoors after the blast."
    claims = [s for s in suggest(text, knowledge) if s.kind == "claim"]
    assert "Turkish embassy" in quotes(text, knowledge, "actor")
    assert [text[c.claimant[0] : c.claimant[1]] for c in claims if c.claimant] == ["Turkish embassy"]


def test_a_building_of_a_mission_is_no_actor(knowledge: Knowledge) -> None:
    text = "Dozens of protesters gathered outside the French embassy compound in Niamey on Sunday."
    assert not [q for q in quotes(text, knowledge, "actor") if "embassy" in q]


def test_a_spokesman_known_by_an_assumed_name_is_the_claimant(knowledge: Knowledge) -> None:
    text = (
        "The front's spokesman, who uses the name Sardar Marri, said in a message that its fighters had "
        "carried out the attack."
    )
    claims = [s for s in suggest(text, knowledge) if s.kind == "claim"]
    assert "Sardar Marri" in quotes(text, knowledge, "actor")
    assert [text[c.claimant[0] : c.claimant[1]] for c in claims if c.claimant] == ["Sardar Marri"]


def test_a_dateline_of_two_cities_opens_no_claim(knowledge: Knowledge) -> None:
    text = "Blast on the highway\n\nPESHAWAR / KABUL: Four people were killed when a bomb hit a bus, police said."
    assert quotes(text, knowledge, "claim") == ["Four people were killed when a bomb hit a bus"]


def test_both_is_no_word_of_the_armed_mens_name(knowledge: Knowledge) -> None:
    text = '"Both attackers were shot dead. Both gunmen wore uniforms," the inspector told reporters.'
    assert "gunmen" in quotes(text, knowledge, "actor")
    assert not [q for q in quotes(text, knowledge, "actor") if q.startswith("Both")]


def test_a_participle_after_a_quoted_word_says_what_follows_it() -> None:
    """Held-out round 107: 'dismissed the claim as "propaganda", saying its forces …' gave the
    words before "saying" to "the attackers" named after it."""
    text = (
        "The Rapid Support Forces (RSF) said they held the town. The RSF dismissed the report as "
        '"lies", saying its units still controlled the market and had driven the attackers out.'
    )
    assert ("its units still controlled the market and had driven the attackers out", "RSF") in claimants(text)


def test_claims_named_by_the_word_and_denied_are_a_denial() -> None:
    text = (
        "The Sudanese Armed Forces (SAF) attacked the airport. The RSF moved in, and the SAF has claimed to "
        "have destroyed two cargo planes there, claims the paramilitary has denied."
    )
    found = claimants(text)
    assert ("to have destroyed two cargo planes there", "SAF") in found  # not the RSF the sentence opens with
    assert not [quote for quote, _ in found if quote == "the paramilitary has denied"]


def test_a_cue_with_only_whom_it_was_done_to_says_nothing() -> None:
    text = (
        "A community leader from the town, who asked not to be named because the militias have threatened "
        "him, said the fighters had closed the road."
    )
    assert claimants(text) == [("the fighters had closed the road", "community leader")]
