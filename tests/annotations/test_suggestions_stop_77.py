"""A reviewer's findings left at stop 76: a headline's verb in capitals retakes its town; a company
named "General …" is no general. Tested on sentences of my own."""

from __future__ import annotations

from .suggestion_views import actors, claimants
from .test_suggestions_round_22 import found


def test_a_headline_in_capitals_that_liberates_a_town_says_it_is_retaken() -> None:
    from annotations.text.readings import control_status_near

    for text, town in (
        ("ARMY LIBERATES KIDAL", "KIDAL"),
        ("TROOPS LIBERATED MOPTI ON SUNDAY", "MOPTI"),
        ("Army Liberates Kidal", "Kidal"),  # a reviewer's: title case, the commoner headline
    ):
        at = text.index(town)
        assert control_status_near(text, at, at + len(town)) == "retaken", text
    text = "SUDAN LIBERATION ARMY FIGHTERS SEEN NEAR KUTUM"  # a name in capitals retakes nothing
    at = text.index("KUTUM")
    assert control_status_near(text, at, at + len("KUTUM")) == "unknown"


def test_a_company_named_general_is_no_general() -> None:
    text = "The ministry signed with General Dynamics on Monday, saying deliveries would resume in March."
    assert "Dynamics" not in actors(text)
    assert [who for _quote, who in claimants(text)] == ["ministry"]
    text = "General Electric issued a statement on Tuesday, saying production had doubled."
    assert "Electric" not in actors(text)
    assert [who for _quote, who in claimants(text)] != ["Electric"]
    assert "Dostum" in actors("General Dostum said on Monday that the city had fallen.")  # a general still is
    text = "General Dynamics said the shells would reach the front by March."  # the reviewer's: said, at the start
    assert [who for _quote, who in claimants(text)] == ["General Dynamics"]


def test_a_spokesman_of_a_group_named_nowhere_else_is_the_groups() -> None:
    """helper-242's: "A TNLA spokesman, Lway Yay Oo, said", the TNLA named nowhere else in the
    article, left the spokesman nobody's (an events row had him as actor 1)."""

    def details(text: str, name: str):  # type: ignore[no-untyped-def]
        return next(s.entity.details for s in found(text) if s.kind == "actor" and s.quote == name and s.entity)

    text = "An ADF spokesman, Jamil Mukulu, said on Friday that the group had not attacked Beni."
    person = details(text, "Jamil Mukulu")
    assert (person.affiliation, person.actor_type) == ("ADF", "rebel_group")
    text = "A Reuters spokesman, John Smith, said the agency stood by its report."  # no armed group
    assert details(text, "John Smith").affiliation == ""
    text = "A spokesman for the ADF, Jamil Mukulu, said the group had not attacked Beni."  # a reviewer's order
    assert details(text, "Jamil Mukulu").affiliation == "ADF"
    text = "A spokesman for the hospital, John Smith, said twelve were hurt."
    assert details(text, "John Smith").affiliation == ""


def test_a_capital_that_speaks_in_a_title_case_headline_acts() -> None:
    """ "Russian Forces Press Toward Pokrovsk as Kyiv Reports Heavy Losses" made Kyiv a place: a
    headline's verbs are capitalised. In the text below it, a capital is read as before."""
    text = (
        "Russian Troops Close In on Avdiivka as Kyiv Reports Heavy Shelling\n\n"
        "Russian troops advanced near Avdiivka on Monday, the governor said. Kyiv did not comment."
    )
    headline = text.index("Kyiv")
    assert [s.start for s in found(text) if s.kind == "actor" and s.quote == "Kyiv"] == [headline, text.rindex("Kyiv")]
    assert headline not in [s.start for s in found(text) if s.kind == "district"]
    text = "Shelling Resumes Near Kyiv\n\nShelling resumed near Kyiv on Monday, the governor said."
    assert "Kyiv" not in actors(text)  # a place under fire, in the headline too


def test_a_spokesmans_group_is_named_by_its_entity_not_by_the_word_that_named_it() -> None:
    """helper-247's army spokesman was affiliated to "army", a word the army's entity holds as an
    alias: an events row would have coded a group of no name."""
    text = (
        "GOMA, May 2, 2025 - The Congolese army said it had pushed the rebels back. Army spokesman "
        "Colonel Gaspard Baratuza said four rebels were killed. The army denied losing the hill."
    )
    person = next(s for s in found(text) if s.kind == "actor" and s.quote == "Gaspard Baratuza")
    army = next(s for s in found(text) if s.kind == "actor" and s.quote == "Congolese army")
    assert person.entity.details.affiliation == army.entity.name  # type: ignore[union-attr]


def test_a_civil_society_or_community_leader_holds_no_office() -> None:
    """helper-247's "Local civil society leader Jean-Baptiste Kambale" was typed a government official."""
    from .suggestion_views import type_of

    text = (
        "BENI, June 2, 2025 - Civil society leader Aline Musavuli said the road was closed. Community "
        "leader Paul Kasereka told reporters the market was calm. Mayor Narcisse Muteba said the army held Beni."
    )
    assert type_of(text, "Aline Musavuli") == "civilians"
    assert type_of(text, "Paul Kasereka") == "external_other"  # a community leader, as `role_type` reads one
    assert type_of(text, "Narcisse Muteba") == "government_officials"
    # a reviewer's: the words of a clause before the name, or a ministry's, are no role of the person
    text = "GOMA, March 3 - Joined by village elders, Colonel Guillaume Ndjike said the town was calm."
    assert type_of(text, "Guillaume Ndjike") == "state_forces"
    text = "GOMA, March 3 - The minister for civil society relations, Jean Mbemba, said talks would resume."
    assert type_of(text, "Jean Mbemba") == "government_officials"


def test_a_small_town_near_the_one_city_of_its_name_is_in_that_citys_country() -> None:
    """helper-247's Sake (in the built-in gazetteer, Nord-Kivu) was a place of no country "by the
    words before it", so its rows had no point: "west of Goma" tells the country, Goma being the one
    city of its name."""
    text = "Fighting reached Sake, west of Goma, on Monday, and residents fled toward Minova."
    sake = next(s for s in found(text) if s.kind == "district" and s.quote == "Sake")
    assert sake.entity.details.country.startswith("Congo")  # type: ignore[union-attr]
    assert sake.entity.details.latitude is not None  # type: ignore[union-attr]
