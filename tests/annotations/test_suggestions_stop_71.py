"""Stop 71, from held-out round 112 (Lesotho's Mafeteng, Djibouti's Tadjourah) after its first
score: a ministry named by its list of portfolios is one body ("the Ministry of Youth, Sports,
Culture and Recreation"); an area chief and a community councillor speak; chiefs who act or are
urged are actors; Lesotho's famo gangs are named with their word; and "and" after a body's own
head word ends its name ("Human Rights Watch and Amnesty International" are two). A capital that
"has no connection" with something acts, and "an Afar rebel movement" is named with its people.
Claims: "…, X told reporters in the capital." reports what comes before it; "…, Colonel X, a
spokesman for the army, said" is said by X, the title between the comma and the name; "claimed
responsibility for the attack and said its fighters had killed …" is two claims."""

from __future__ import annotations

from .suggestion_views import actors, claimants, places


def test_a_ministry_named_by_its_list_of_portfolios_is_one_body() -> None:
    text = "The Ministry of Youth, Sports, Culture and Recreation said on Monday that the stadium stayed shut."
    assert actors(text) == ["Ministry of Youth, Sports, Culture and Recreation"]
    assert claimants(text) == [("the stadium stayed shut", "Ministry of Youth, Sports, Culture and Recreation")]


def test_a_list_after_a_ministry_naming_other_bodies_is_not_its_name() -> None:
    text = "The Ministry of Health, UNICEF and Doctors Without Borders sent nurses to the camp on Friday."
    assert "Ministry of Health" in actors(text)
    assert not any("UNICEF" in actor and "Ministry" in actor for actor in actors(text))


def test_an_area_chief_and_a_community_councillor_speak() -> None:
    text = (
        "An area chief in Ribaneng said the cattle were taken at night. "
        "A ward councillor said the clinic had run out of bandages."
    )
    assert {"area chief", "ward councillor"} <= {actor.lower() for actor in actors(text)}
    assert ("the clinic had run out of bandages", "ward councillor") in [
        (claim, (who or "").lower()) for claim, who in claimants(text)
    ]


def test_chiefs_who_act_or_are_urged_are_actors_and_chiefs_of_staff_are_not() -> None:
    assert "chiefs" in actors("The governor urged chiefs to report strangers carrying firearms in their villages.")
    assert "chiefs" not in actors("The army chiefs of staff met in the capital on Friday to plan the offensive.")


def test_famo_gangs_are_named_with_their_word() -> None:
    assert "famo gangs" in actors("Residents said famo gangs had burned two homes in the village on Sunday.")


def test_and_after_a_bodys_head_word_starts_another_body() -> None:
    text = "Human Rights Watch and Amnesty International said the detainees were beaten in custody."
    assert {"Human Rights Watch", "Amnesty International"} <= set(actors(text))


def test_a_capital_that_has_no_connection_with_something_acts() -> None:
    text = 'The foreign ministry said that Nairobi "has no connection whatsoever" with the militia in the hills.'
    assert "Nairobi" in actors(text) and "Nairobi" not in places(text)


def test_a_rebel_movement_after_a_is_named_with_its_people() -> None:
    text = "The army blamed a Tuareg rebel movement that has fought the government for a decade."
    assert "Tuareg rebel movement" in actors(text) and "Tuareg" not in places(text)


def test_told_reporters_in_the_capital_reports_what_comes_before() -> None:
    text = "The road to the dam was cut by floods, Major Ilse Varga told reporters in the capital."
    assert ("The road to the dam was cut by floods", "Ilse Varga") in claimants(text)


def test_a_titled_speaker_described_after_the_content_says_it() -> None:
    text = "Two bridges were blown up overnight, Colonel Ilse Varga, a spokeswoman for the army, said."
    assert claimants(text) == [("Two bridges were blown up overnight", "Ilse Varga")]


def test_a_claim_of_responsibility_and_what_was_said_with_it_are_two_claims() -> None:
    text = "The Tigers Front claimed responsibility for the raid and said its fighters had seized two trucks."
    said = [claim for claim, _who in claimants(text)]
    assert said == ["responsibility for the raid", "its fighters had seized two trucks"]


def test_a_city_a_body_is_based_in_is_that_city_wherever_it_is() -> None:
    from .suggestion_views import found

    text = "The Geneva-based monitor said on Saturday that 40 people were detained in Obock last month."
    geneva = next(s for s in found(text) if s.kind == "district" and s.quote == "Geneva")
    assert geneva.entity is not None and getattr(geneva.entity.details, "country", None) == "Switzerland"


def test_lesothos_main_roads_are_places_by_their_name_and_number() -> None:
    assert "Main North 2" in places("Two buses were stopped on the Main North 2 road near Leribe on Friday.")
