"""What a newcomer's Ituri article (eastern DR Congo) showed the suggestions getting wrong, on
sentences of our own: a faction of "Revolutionaries for the Defence of the … People" typed state
forces and taken for the national army, a militia "known as" its name named by its description,
and a militia's name proposed as a far-off province (Zaire, Angola) where it stands for the group."""

from __future__ import annotations

from annotations.model import ActorDetails, Entity
from annotations.suggest import Knowledge, suggest
from annotations.suggest.builtin_places import builtin_gazetteer

from .suggestion_views import entity_of, places, type_of


def test_revolutionaries_are_an_armed_group_not_the_army() -> None:
    text = (
        "Captain Alain Mbusa, spokesman for the Congolese army (FARDC), said troops held Djugu. A faction calling "
        "itself the Union of Revolutionaries for the Defence of the Congolese People (URDPC) denied it."
    )
    assert type_of(text, "URDPC") == "rebel_group"
    assert entity_of(text, "FARDC") != entity_of(text, "URDPC")
    assert type_of(
        "The Islamic Revolutionary Guard Corps said it fired missiles.", "Islamic Revolutionary Guard Corps"
    ) == ("state_forces")


def test_a_militia_known_as_a_name_is_that_name() -> None:
    text = "Residents blamed the Cooperative for Peace, a Lendu militia known as COPA. COPA denied it."
    assert entity_of(text, "COPA") == "COPA"
    assert entity_of(text, "Lendu militia") == "COPA"


def test_a_far_places_name_that_is_a_groups_here_is_the_group() -> None:
    text = (
        "Fighting near Bunia and Djugu went on. The rebels accused the army of arming the rival Zaire militia. "
        '"The army and Zaire profit from this," they said. The Zaire group did not respond. Thousands fled to Zaire in 1994.'
    )
    assert places(text).count("Zaire") == 1  # only where people fled to
    assert entity_of(text, "Zaire") == "Zaire militia"


def test_a_name_the_corpus_knows_as_a_group_is_the_group_away_from_its_place() -> None:
    zaire = Entity.actor("Zaire", ActorDetails("identity_militia"))
    text = "Attacks near Bunia and Djugu went on. The army and Zaire profit from this, the rebels said."
    found = suggest(text, Knowledge([builtin_gazetteer()], entities=[zaire]))
    named = [s for s in found if s.quote == "Zaire"]
    assert [(s.kind, s.entity.name if s.entity else None, s.new_entity) for s in named] == [("actor", "Zaire", False)]
    assert "Amhara" in places("Clashes in Gondar went on as Amhara militias advanced; Amhara is calm, officials said.")


def test_a_charge_in_the_passive_is_the_accusers() -> None:
    """ "CODECO factions have been accused by the United Nations of attacks …" was the claim "by the
    United Nations of attacks …", said by CODECO."""
    from .suggestion_views import claimants

    text = "The militia, which has been accused by Human Rights Watch of burning villages, did not respond."
    assert claimants(text) == [("burning villages", "Human Rights Watch")]


def test_a_state_of_siege_is_a_legal_regime_not_an_encirclement() -> None:
    found = suggest(
        "North Kivu has been under a state of siege since 2021. The siege of Kitchanga went on.",
        Knowledge([builtin_gazetteer()]),
    )
    statuses = {s.quote: getattr(s.attributes, "control_status", None) for s in found if s.kind == "district"}
    assert statuses.get("North Kivu") != "encircled"
    assert statuses.get("Kitchanga") in (None, "encircled")


def test_a_capital_that_seats_a_government_gives_no_province_to_the_place_before_it() -> None:
    """ "…, the chief of the Bahema Badjere chiefdom. A spokesman for the national government in
    Kinshasa, …" put the chiefdom in Kinshasa."""
    text = (
        "Elders spoke for the Walendu Tatsi chiefdom in the morning. A spokesman for the national government in "
        "Kinshasa said an inquiry had opened."
    )
    found = suggest(text, Knowledge([builtin_gazetteer()]))
    chiefdom = [s for s in found if s.kind == "district" and s.quote.startswith("Walendu")]
    assert chiefdom and all(getattr(s.entity.details, "province", None) != "Kinshasa" for s in chiefdom)
