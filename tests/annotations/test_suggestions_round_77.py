"""Classes of misses found on the articles written for round 77 (drone strikes on Port Sudan; the
Mahmuda group in Kwara, a Nigerian daily's style), after they were scored untuned, each tested on
sentences of their own."""

from __future__ import annotations

from .suggestion_views import actors, claimants, entity_of, places
from .test_suggestions_round_22 import found


def test_what_was_said_comes_before_a_cue_ending_on_where_or_when_it_was_said() -> None:
    """ "…, the Defence Headquarters said in a statement in Abuja." gave the claim "in Abuja";
    "…, residents told our correspondent on Sunday." gave "on Sunday"."""
    text = "Soldiers repelled an attack on Dogon Daji, the army said in a statement in Sokoto."
    assert claimants(text) == [("Soldiers repelled an attack on Dogon Daji", "army")]
    text = "Gunmen burned the market in Tureta, villagers told our reporter on Monday night."
    assert claimants(text) == [("Gunmen burned the market in Tureta", "villagers")]
    text = "Two traders were abducted near Tureta, a police officer told journalists in Gusau."
    assert [words for words, _who in claimants(text)] == ["Two traders were abducted near Tureta"]


def test_a_charge_denied_in_videos_online_is_a_denial_not_a_claim_of_the_channel() -> None:
    text = "Officials say the group smuggles fuel to Benin, a charge its leaders have denied in videos posted online."
    words = [w for w, _who in claimants(text)]
    assert "in videos posted online" not in words
    assert "a charge its leaders have denied" in words


def test_a_speech_posted_online_is_how_it_was_published_not_a_claim() -> None:
    """ "In a speech posted on Telegram last week, X said …" gave the claim "on Telegram last week"."""
    text = "In a sermon posted on YouTube on Monday, the group's leader said his men would return to Tureta."
    assert [w for w, _who in claimants(text)] == ["his men would return to Tureta"]


def test_a_state_one_cuts_ties_with_is_a_party_and_one_government_by_either_name() -> None:
    """ "cutting diplomatic ties with the UAE" proposed the UAE as a place; "the UAE" after "the
    United Arab Emirates" made a second government."""
    text = "The council accused the United Arab Emirates of arming the militia and cut diplomatic ties with the UAE."
    assert "UAE" not in places(text) and "UAE" in actors(text)
    assert entity_of(text, "UAE") == entity_of(text, "United Arab Emirates") == "Government of the United Arab Emirates"
    government = next(s.entity for s in found(text) if s.kind == "actor" and s.quote == "UAE")
    assert set(government.details.aliases) >= {"UAE", "United Arab Emirates"}  # type: ignore[union-attr]


def test_police_in_a_team_of_forces_is_the_police() -> None:
    text = "The governor said a combined team of police, soldiers and vigilantes had been sent to Tureta."
    assert "police" in actors(text)


def test_a_group_named_again_with_another_kind_word_is_the_same_group() -> None:
    """ "the Mahmuda armed group", "Mahmuda fighters" and "The Mahmuda group" were two actors and a
    miss."""
    text = (
        "Members of the Gabbra armed group raided Kaiama, residents said. The Gabbra group has operated near the park "
        "for two years. Gabbra fighters also attacked Yashikira."
    )
    assert {"Gabbra armed group", "Gabbra group", "Gabbra fighters"} <= set(actors(text))
    assert (
        entity_of(text, "Gabbra group") == entity_of(text, "Gabbra fighters") == entity_of(text, "Gabbra armed group")
    )
