"""Classes of misses found on the articles written for rounds 46 and 47 (Taiz, Idlib, Katsina;
Lubero, Gezira, Diffa), each tested on sentences of their own."""

from __future__ import annotations

from .suggestion_views import actors, claimants, places
from .test_suggestions_round_22 import found


def test_a_role_to_someone_or_representing_a_place_then_a_name() -> None:
    """ "The Special Adviser to the Governor on Security Matters, Dr Musa Bello Garba, told", "The
    member representing Funtua/Dandume Federal Constituency, Hon. Aliyu Sani Kurfi, moved"."""
    text = (
        "The Special Adviser to the Governor on Security Matters, Dr Musa Bello Garba, told reporters that "
        "the state would not negotiate. The member representing Funtua/Dandume Federal Constituency, Hon. "
        "Aliyu Sani Kurfi, moved a motion."
    )
    assert {"Musa Bello Garba", "Aliyu Sani Kurfi"} <= set(actors(text))


def test_places_through_a_list_of_arabic_names_and_on_a_mountains_slopes() -> None:
    text = "Drivers take mountain roads through al-Qahira and Bir al-Abed, and the eastern slopes of Jabal Habashi."
    assert places(text) == ["al-Qahira", "Bir al-Abed", "Jabal Habashi"]


def test_quarters_named_by_where_in_the_town_they_are() -> None:
    text = "Shells hit several fronts, including Zaid in the north of the city, Marwan in the east and the port."
    assert places(text) == ["Zaid", "Marwan"]


def test_the_civil_defence_and_its_other_name() -> None:
    """ "the Syrian Civil Defence said", "The Civil Defence, known as the White Helmets, said": a body,
    and its other name after "known as" the same one."""
    text = (
        "Five civilians were killed, the Syrian Civil Defence said. The Civil Defence, known as the White "
        "Helmets, said its teams pulled bodies from the rubble."
    )
    named = {s.quote: s.entity.name for s in found(text) if s.kind == "actor" and s.entity}
    assert named["Syrian Civil Defence"] == "Syrian Civil Defence"
    assert named["White Helmets"] == named["Civil Defence"]


def test_a_military_operation_named_as_the_force_it_is() -> None:
    """ "troops of Operation Fansan Yamma", "since Operation Shujaa pushed the rebels out"; not
    "during Operation Zarb-e-Azb in 2014"."""
    text = (
        "Troops of Operation Hadarin Daji rescued nine. The rebels moved since Operation Shujaa pushed them out. "
        "Thousands fled during Operation Zarb-e-Azb in 2014."
    )
    assert [a for a in actors(text) if a.startswith("Operation")] == ["Operation Hadarin Daji", "Operation Shujaa"]


def test_a_unit_owned_by_an_army_is_a_body_of_its_own() -> None:
    """ "the Nigerian Army's 17 Brigade said": the brigade speaks; "the Ombudsman's Office" is one name."""
    text = "The Nigerian Army's 17 Brigade said troops rescued nine. The Ombudsman's Office said 31 were hurt."
    assert {"17 Brigade", "Ombudsman's Office"} <= set(actors(text))


def test_the_civil_society_of_a_territory_and_officers_by_rank_who_speak() -> None:
    """ "The civil society of Lubero attributes…", "The civil society demands…" (as Congolese news
    writes it), "The colonel denied", "The priest accused", "The Congolese Red Cross says"."""
    text = (
        "The civil society of Beni attributes these killings to the ADF. The civil society demands more troops. "
        "The colonel denied that the army was slow. The priest accused the authorities of neglect. "
        "The Congolese Red Cross says its volunteers registered 900 households."
    )
    assert {"civil society of Beni", "civil society", "colonel", "priest", "Congolese Red Cross"} <= set(actors(text))


def test_neighbourhoods_listed_and_villages_among_them() -> None:
    text = (
        "They arrived in the neighbourhoods of Kimemi and Mutiri. The RSF raided seven villages in the locality, "
        "among them Wad El Nil, Um Shajara, El Nuba Kabashi and Hillat Abu Sineina, residents said."
    )
    assert places(text) == ["Kimemi", "Mutiri", "Wad El Nil", "Um Shajara", "El Nuba Kabashi", "Hillat Abu Sineina"]


def test_resistance_committees_army_sources_and_a_person_by_age() -> None:
    text = (
        "The Wad Madani resistance committees said 41 were killed. The committees accused both sides. Army "
        "sources told the outlet that 40 vehicles crossed. Amna Osman Bakheet, 43, walked for three days."
    )
    assert {"Wad Madani resistance committees", "committees", "Army sources", "Amna Osman Bakheet"} <= set(actors(text))


def test_an_acronym_spelt_out_after_it_in_brackets() -> None:
    """ "ASPS (Action Sahel pour la Protection Sociale)", "JAS (Jama'atu Ahlis Sunna Lidda'awati
    wal-Jihad)": one actor under its name, and the acronym's later uses it too."""
    text = (
        "ASPS (Action Sahel pour la Protection Sociale), a partner, reported 37 children. Women were taken by "
        "JAS (Jama'atu Ahlis Sunna Lidda'awati wal-Jihad). ASPS said JAS demanded a tax."
    )
    named = [(s.quote, s.entity.name) for s in found(text) if s.kind == "actor" and s.entity]
    assert ("ASPS", "Action Sahel pour la Protection Sociale") in named
    assert named.count(("JAS", "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad")) == 2


def test_a_bodys_reports_that_site_leaders_womens_groups_and_a_leader_led_by() -> None:
    """ "The DREC-M reports that …" (not "media reports that"), "Site leaders estimate that",
    "Women's groups reported", "the faction formerly led by Abubakar Shekau"."""
    text = (
        "The Regional Civil Registry Office reports that 1,870 people were registered. Site leaders estimate that 1,300 "
        "more stay with host families. Women's groups reported that fighters demanded a tax. Media reports that the "
        "army withdrew were denied. JAS is the faction formerly led by Abubakar Shekau."
    )
    assert [who for _q, who in claimants(text)] == ["Regional Civil Registry Office", "Site leaders", "Women's groups"]
    assert "Abubakar Shekau" in actors(text)


def test_legislatures_by_their_names() -> None:
    text = (
        "He moved a motion at the plenary of the House of Representatives in Abuja. Congress approved the "
        "state of siege. Parliament began discussing a new law. Protesters gathered outside the Parliament building."
    )
    assert [a for a in actors(text) if a != "Protesters"] == ["House of Representatives", "Congress", "Parliament"]
