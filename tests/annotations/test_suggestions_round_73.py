"""Classes of misses found on the articles written for round 73 (Bawku in Ghana, Tougbo in Ivory
Coast), after they were scored untuned, each tested on sentences of their own."""

from __future__ import annotations

from .suggestion_views import actors, claimants, places


def test_a_list_of_places_troops_were_sent_to() -> None:
    """ "sent to Bawku, Binduri and Garu" named one place of three: after a verb of moving people
    and "to", a list of names is a list of places, as after "in" or "towards"."""
    text = "The army said extra units were deployed to Kaduna, Kawo Dangi and Tudun Wada after the raid."
    assert {"Kawo Dangi", "Tudun Wada"} <= set(places(text))
    text = "Police reinforcements were sent to Lomé, Sokodé, Kpessi and Blitta on Friday, officials said."
    assert {"Kpessi", "Blitta"} <= set(places(text))


def test_people_named_in_a_list_after_to_stay_people() -> None:
    """Only a moving of people opens such a list: a letter sent to three men names no places."""
    text = "The union sent a letter to Musa Danjuma, Ali Bello and Sani Garba, its lawyer said."
    assert not {"Ali Bello", "Sani Garba"} & set(places(text))


def test_analysts_of_a_kind_speak() -> None:
    """ "Security analysts have warned …" was "analysts", without what kind they are."""
    text = "Security analysts have warned that the militias could seize the road to Kidal."
    assert "Security analysts" in actors(text)
    assert claimants(text) == [("the militias could seize the road to Kidal", "Security analysts")]
    assert "Political analysts" in actors("Political analysts said the vote in Bamako would be delayed.")


def test_a_promise_that_something_will_be_done_is_a_claim() -> None:
    """ "promised the families … that the government would …": what a minister promises is said
    by him, as what he vows; a promise to do something with no "that" after it is an act."""
    text = "The governor promised the families of the dead that the bridge at Kumo would reopen in May."
    assert claimants(text) == [("the bridge at Kumo would reopen in May", "governor")]
    assert claimants("The governor promised to rebuild the market in Kumo.") == []


def test_chiefs_with_elders_are_people_who_act() -> None:
    """ "appealed to chiefs and elders" found the elders only; a chief of staff is no chief."""
    assert {"chiefs", "elders"} <= set(actors("The minister appealed to chiefs and elders to calm their youth."))
    assert "chiefs" not in actors("The chiefs of staff met in Abuja.")
