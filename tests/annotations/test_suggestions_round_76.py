"""Classes of misses found on the articles written for round 76 (a Houthi missile strike on a
ship in the Red Sea; a cartel ambush near Fresnillo, Zacatecas), after they were scored untuned,
each tested on sentences of their own."""

from __future__ import annotations

from .suggestion_views import actors, claimants, places
from .test_suggestions_round_22 import found


def _place_kinds(text: str) -> dict[str, str]:
    return {
        s.quote: s.entity.details.place_kind  # type: ignore[union-attr]
        for s in found(text)
        if s.kind == "district" and s.entity is not None
    }


def test_seas_and_straits_where_ships_are_struck() -> None:
    """ "a bulk carrier in the southern Red Sea" was Sudan's Red Sea state; "the Bab el-Mandeb"
    and "the Cape of Good Hope" were missed or cut."""
    text = "Houthi drones hit a tanker in the southern Red Sea near the Bab el-Mandeb strait; others sailed round the Cape of Good Hope."
    kinds = _place_kinds(text)
    assert kinds.get("Red Sea") == "other"
    assert {"Bab el-Mandeb", "Cape of Good Hope"} <= set(kinds)
    text = "Drones struck Port Sudan, the capital of Red Sea state, on Sunday."
    assert _place_kinds(text).get("Red Sea") == "province"


def test_media_by_their_kind_speak() -> None:
    text = "Clashes resumed near Jerez, according to local media. State media said the army had retaken Ojocaliente."
    assert {"local media", "State media"} <= set(actors(text))
    assert ("Clashes resumed near Jerez", "local media") in claimants(text)
    assert ("the army had retaken Ojocaliente", "State media") in claimants(text)


def test_what_is_said_on_state_television_is_the_speakers() -> None:
    """A channel is no speaker: "The junta said on state television that …" is the junta's."""
    text = "The junta said on state television that its jets had struck camps near Kyauktaw."
    assert "state television" not in actors(text)


def test_the_internationally_recognised_government_and_maritime_sources() -> None:
    text = (
        "Fighting broke out near Mokha, Yemen. The internationally recognised government said it had repelled the attack. "
        "Maritime security sources said a dhow sank off Mokha."
    )
    assert ("it had repelled the attack", "internationally recognised government") in claimants(text)
    assert "Maritime security sources" in actors(text)
    assert "Mokha" in places(text)


def test_a_body_for_the_defence_of_human_rights_is_no_army() -> None:
    """A newcomer's "Chadian Convention for the Defence of Human Rights" was typed state forces."""
    from annotations.text.actor_types import actor_type_for

    assert actor_type_for("Chadian Convention for the Defence of Human Rights") == "external_other"
    assert actor_type_for("League for the Defense of Human Rights in Congo") == "external_other"
    assert actor_type_for("Ministry of Defence") == "state_forces"


def test_a_newcomers_chad_article() -> None:
    """A newcomer's article (sentences of our own with its shapes): "The government in N'Djamena
    announced …" had no claimant; "called for calm in a message posted on social media" took the
    channel for what was called for; opposition roles were typed as officials of the state."""
    from annotations.suggest.roles import role_type

    text = "The government in Bangui announced a curfew in Bossangoa on Monday."
    assert claimants(text) == [("a curfew in Bossangoa on Monday", "government")]
    text = "The mayor called for restraint in a video posted on Facebook, saying the attackers had fled to Bozoum."
    said = dict(claimants(text))
    assert "restraint" in said and not any("video" in words for words in said)
    assert role_type("Opposition leader", "government_officials") == "external_other"
    assert role_type("a former opposition commander in Jasim", "government_officials") == "rebel_group"
    assert role_type("an opposition member of parliament", "government_officials") == "government_officials"
    assert (
        role_type("secretary-general of the Convention for the Defence of Human Rights", "government_officials")
        == "external_other"
    )
