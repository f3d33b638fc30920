"""Round 80's leftovers, mended on sentences of our own: a state's or province's own ministry or
police ("the White Nile state health ministry") lost whose it is ("state health ministry"); a body
named back by its kind ("The committee wrote on Facebook that …", "The group said …") was no
speaker, and its claims had none."""

from __future__ import annotations

from .suggestion_views import actors, claimants


def test_a_states_own_ministry_or_police_keeps_the_states_name() -> None:
    assert actors("The Kassala state health department said 12 people died of cholera.") == [
        "Kassala state health department"
    ]
    assert actors("Two officers died, the Kunduz provincial police said.") == ["Kunduz provincial police"]
    assert actors("The Khartoum state security committee said the curfew would hold.") == [
        "Khartoum state security committee"
    ]
    assert actors("The state health ministry said the clinic had closed.") == ["state health ministry"]


def test_the_head_of_a_states_police_is_a_person_not_the_police() -> None:
    assert actors("The Kunduz provincial police chief said it was quiet.") == ["Kunduz provincial police chief"]


def test_a_committee_named_back_speaks_for_the_committee() -> None:
    text = (
        "Gunmen abducted 14 men near Tendalti, according to the Al-Geteina Resistance Committee. "
        "The committee wrote on Facebook that the gunmen came on motorcycles."
    )
    assert ("the gunmen came on motorcycles", "committee") in claimants(text)
    assert actors(text).count("committee") == 1


def test_a_group_named_back_is_the_armed_group_named_last() -> None:
    text = "Fighters of al-Shabaab overran the base near Baidoa. The group said that 20 soldiers were killed."
    assert claimants(text) == [("20 soldiers were killed", "group")]


def test_a_group_named_back_skips_the_person_who_speaks_for_it() -> None:
    text = (
        "The Arakan Army shelled the port. AA spokesman Khaing Min Thwe said the group had warned "
        "residents to leave. Later the group said that it held the jetty."
    )
    assert ("it held the jetty", "group") in claimants(text)


def test_a_group_named_back_is_no_one_when_another_group_came_between() -> None:
    text = (
        "Fighters of al-Shabaab overran the base near Baidoa. A group of men fled into the bush. "
        "The group said that the town was calm."
    )
    assert claimants(text) == [("the town was calm", None)]
    assert "group" not in actors(text)


def test_a_body_named_back_that_does_not_speak_is_not_proposed() -> None:
    """Golds tag "the group" where it speaks; as an object ("denied arming the group") it is left."""
    text = "Fighters of al-Shabaab overran the base near Baidoa. Kenya denied arming the group."
    assert "group" not in actors(text)
