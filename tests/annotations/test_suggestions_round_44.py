"""Classes of misses found on three articles written for rounds 44 and 45 (Lashio, North
Waziristan, Cauca; Ménaka, Dagestan, Metekel), each tested on sentences of their own."""

from __future__ import annotations

from .suggestion_views import actors, claimants, entity_of
from .test_suggestions_round_22 import found


def test_the_estado_mayor_is_no_mayor() -> None:
    """ "Estado Mayor Central (EMC)" gave "Central", an official titled Mayor."""
    text = "The Cali front, part of the Estado Mayor Central (EMC), attacked the post. The EMC said nothing."
    assert "Central" not in actors(text)
    assert entity_of(text, "EMC") == "Estado Mayor Central"


def test_the_police_as_a_source_and_as_a_target() -> None:
    """ "According to the police", "fired at police", "patrols with the police": the force; not
    the police's stations, officers or posts."""
    assert claimants("According to the police, the attackers fired four mortars.") == [
        ("the attackers fired four mortars", "police")
    ]
    assert "police" in actors("Gunmen fired at police from the hills above the town.")
    assert "police" not in actors("He waited at the police station. Shots hit the police post.")


def test_dissidents_are_an_armed_group() -> None:
    assert "Dissidents" in actors("Dissidents of the former FARC attacked the station at dawn.")


def test_a_front_named_after_a_person_in_lower_case() -> None:
    """ "the Carlos Patiño front" is a guerrilla unit, and "the front" after it that unit; "the
    Kharkiv front" a frontline and "the Southern Front" no person's."""
    text = "Men of the Carlos Patiño front opened fire. The front said it would fight on."
    assert entity_of(text, "Carlos Patiño front") == "Carlos Patiño front"
    assert entity_of(text, "front") == "Carlos Patiño front"
    assert actors("Russia moved troops to the Kharkiv front.") == ["troops"]


def test_a_nom_de_guerre_given_as_an_alias() -> None:
    """ "a man who identified himself as alias "El Tuerto"": the speaker is El Tuerto."""
    text = 'A man who identified himself as alias "El Tuerto" claimed the attack and said the army bombed farms.'
    assert "El Tuerto" in actors(text)
    assert ("the army bombed farms", "El Tuerto") in claimants(text)


def test_a_capitalised_cue_word_amid_a_sentence_is_a_name() -> None:
    """ "its Alerta Temprana (Early Warning) 013": no cue "Warning", no speaker "Early"; a heading's
    "According to" after a line break still is one."""
    text = "The office recalled its Alerta Temprana (Early Warning) 013, issued for Suárez."
    assert "Early" not in actors(text)
    assert claimants(text) == []
    assert claimants("Displacement\n\nAccording to OCHA, 9,300 people fled the villages.") == [
        ("9,300 people fled the villages", "OCHA")
    ]


def test_spanish_names_of_forces_and_a_community_guard() -> None:
    """ "the Departamento de Policía Cauca (Decau)", "the Fuerza Pública": state forces; "the
    Guardia Indígena": the communities' guard; "the Ejército de Liberación Nacional" no state's."""
    text = (
        "The Departamento de Policía Cauca (Decau) said two officers died. The Fuerza Pública captured nine. "
        "The Guardia Indígena held two young men."
    )
    named = {s.quote: s.entity for s in found(text) if s.kind == "actor" and s.entity}
    assert named["Departamento de Policía Cauca"].details.actor_type == "state_forces"  # type: ignore[union-attr]
    assert named["Decau"].name == "Departamento de Policía Cauca"
    assert named["Fuerza Pública"].details.actor_type == "state_forces"  # type: ignore[union-attr]
    assert named["Guardia Indígena"].details.actor_type == "identity_militia"  # type: ignore[union-attr]
    eln = [s for s in found("The Ejército de Liberación Nacional (ELN) said it killed two.") if s.kind == "actor"]
    assert all(s.entity is None or s.entity.details.actor_type != "state_forces" for s in eln)  # type: ignore[union-attr]


def test_a_name_again_in_brackets_in_another_language_is_the_same_body() -> None:
    """ "the Ombudsman's Office (Defensoría del Pueblo)": one actor named two ways, not two."""
    text = "The Ombudsman's Office (Defensoría del Pueblo) said 31 people were hurt."
    assert entity_of(text, "Defensoría del Pueblo") == "Ombudsman's Office"


def test_an_indigenous_community_is_no_place() -> None:
    text = "The attack on an Indigenous community in Toribío killed two."
    assert [s.quote for s in found(text) if s.kind == "district"] == ["Toribío"]


def test_an_hour_then_a_quotation_ends_the_sentence() -> None:
    """ "a curfew from 8 p.m. “Our people are tired…,” she said": her words are the quotation, not
    the curfew before it; "at 8 p.m. Monday" goes on with its sentence."""
    text = 'The mayor decreed a curfew from 8 p.m. "Our people are tired of running," the mayor said.'
    assert [q for q, _who in claimants(text)] == ["Our people are tired of running"]
    assert [q for q, _who in claimants("The curfew began at 8 p.m. Monday, officials said.")] == [
        "The curfew began at 8 p.m. Monday"
    ]


def test_recalled_denounced_and_asked_to_report_claims() -> None:
    """ "recalled that", "denounced that" report; "asked the government to …" is an appeal, "who
    asked the agency to withhold his name" none."""
    text = (
        "The governor asked the national government to send troops. A farmer, who asked the agency to withhold "
        "his name, fled. The office recalled that it had warned of the risk. The council denounced that the "
        "rebels had used houses."
    )
    assert [q for q, _who in claimants(text)] == [
        "the national government to send troops",
        "it had warned of the risk",
        "the rebels had used houses",
    ]


def test_sources_by_side_and_sources_familiar_with_a_matter() -> None:
    """ "resistance sources told", "Two sources familiar with the negotiations told", "military and
    local sources": unnamed sources who speak."""
    assert claimants("Resistance sources told the outlet that jets struck two villages.") == [
        ("jets struck two villages", "Resistance sources")
    ]
    text = "Two sources familiar with the negotiations told the outlet that talks were off."
    assert claimants(text) == [("talks were off", "Two sources familiar with the negotiations")]
    assert "Military and local sources" in actors("Military and local sources told the agency that 12 died.")


def test_another_resident_named_by_their_town() -> None:
    assert claimants("Another Lashio resident said soldiers had set up checkpoints.") == [
        ("soldiers had set up checkpoints", "Lashio resident")
    ]


def test_a_capital_that_brokered_a_ceasefire_acts() -> None:
    assert actors("Beijing brokered the ceasefire in January.") == ["Beijing"]


def test_people_listed_with_ranks_ages_and_home_towns() -> None:
    """ "Naib Subedar Muhammad Akram, 38, resident of Chakwal; Havildar Sher Bahadur, 33, of Swat; …":
    each soldier without his rank, each home town a place (only the first was found, with "Naib
    Subedar" in his name)."""
    text = (
        "It named the soldiers as Naib Subedar Muhammad Akram, 38, resident of Chakwal; Havildar Sher Bahadur, "
        "33, of Swat; Lance Naik Asad Iqbal, 29, of Mianwali; and Sepoy Gul Rehman, 24, of Kurram."
    )
    assert [a for a in actors(text) if a != "soldiers"] == [
        "Muhammad Akram",
        "Sher Bahadur",
        "Asad Iqbal",
        "Gul Rehman",
    ]
    assert {"Swat", "Kurram"} <= {s.quote for s in found(text) if s.kind == "district"}


def test_khwarij_a_chief_minister_and_a_jirga_act() -> None:
    """The Pakistani state's word for the TTP's fighters, "the chief minister said", "The jirga
    also condemned"; not "a jirga was held", and "terrorists" in a statement is no actor of its own."""
    text = (
        'A group of "Indian-sponsored khwarij" attacked the post. The chief minister said terrorism cannot win. '
        "The jirga also condemned the attack. A jirga was held in Bannu. The army said it killed 20 terrorists."
    )
    named = actors(text)
    assert {"khwarij", "chief minister", "jirga"} <= set(named)
    assert named.count("jirga") == 1 and "terrorists" not in named


def test_a_hospital_named_with_its_letters_is_a_place() -> None:
    """ "taken to the Combined Military Hospital (CMH)": where the wounded were taken, not an
    actor named with its acronym; a hospital that speaks is its speaker."""
    text = "The wounded were taken to the Combined Military Hospital (CMH) in Bannu and to Pawe General Hospital."
    places = [s.quote for s in found(text) if s.kind == "district"]
    assert {"Combined Military Hospital", "CMH", "Pawe General Hospital", "Bannu"} <= set(places)
    assert actors(text) == []
    assert "Nasser Hospital" in actors("Nasser Hospital said 12 bodies arrived.")


def test_communities_of_the_sahel_and_the_ethiopian_lowlands() -> None:
    """ "a Gumuz armed group", "Gumuz residents", "Daoussahak communities": communities and their
    fighters, not "armed group" and "residents" alone."""
    text = "Fighters of a Gumuz armed group attacked. Around 2,100 Gumuz residents fled. Daoussahak communities fled."
    assert actors(text) == ["Gumuz armed group", "Gumuz residents", "Daoussahak communities"]


def test_a_speaker_by_age() -> None:
    """ "A 52-year-old Agew farmer from Shimela, interviewed by staff, said", "said a 52-year-old
    woman": the speaker; not a victim of that age whom others speak of."""
    text = (
        'A 52-year-old Agew farmer from Shimela, interviewed by staff at the site, said: "They burned it all." '
        '"They had their hands up," said a 52-year-old woman. Raiders killed a 19-year-old herder near the '
        "park last week, residents said."
    )
    assert ("They burned it all.", "52-year-old Agew farmer") in claimants(text)
    assert ("They had their hands up", "52-year-old woman") in claimants(text)
    assert "19-year-old herder" not in actors(text)


def test_a_date_before_a_cue_is_no_speaker() -> None:
    """ "A statement attributed to the GPDM and circulated on 10 March said": not "March"."""
    text = "A statement circulated on Facebook on 10 March said its fighters held the land."
    assert "March" not in actors(text)


def test_elected_and_zone_officials_inhabitants_and_the_speaker_after_said_the() -> None:
    """ "said the elected official", "A zone peace and security official said", "Several
    inhabitants of Ménaka said": unnamed speakers; "said the official figures" no official."""
    text = (
        '"Nobody could flee," said the elected official, a councillor. A zone peace and security official said '
        "several died. Several inhabitants of Ménaka said they had seen helicopters. The minister said the "
        "official figures were right."
    )
    assert [who for _q, who in claimants(text)][:3] == [
        "elected official",
        "zone peace and security official",
        "inhabitants of Ménaka",
    ]
    assert "official" not in actors(text)


def test_a_capital_that_assures_or_has_never_acknowledged_acts() -> None:
    text = (
        "Bamako also assures that operations are under way. Bamako, which speaks only of instructors, has never "
        "officially acknowledged their presence."
    )
    assert [s.quote for s in found(text) if s.kind == "district"] == []
    assert actors(text)[:2] == ["Bamako", "Bamako"]


def test_armed_groups_by_what_they_are_called_and_an_accord_by_its_city() -> None:
    """ "terrorist armed groups", "non-state armed groups" whole; "the Algiers agreement" no place."""
    text = "The attacks by terrorist armed groups and non-state armed groups continued after the Algiers agreement."
    assert {"terrorist armed groups", "non-state armed groups"} <= set(actors(text))
    assert [s.quote for s in found(text) if s.kind == "district"] == []


def test_cues_of_translated_french() -> None:
    """ "assures that", "indicated in a press release … that", "specified that": what a
    francophone communiqué reports, in the English its agencies write."""
    text = (
        "Bamako also assures that search operations are under way. The army indicated in a press release that "
        "a unit had repelled the attack. The General Staff specified that the air force had struck a column."
    )
    assert [q for q, _who in claimants(text)] == [
        "search operations are under way",
        "a unit had repelled the attack",
        "the air force had struck a column",
    ]


def test_a_dateline_of_two_cities_joined_by_a_slash() -> None:
    text = "MOSCOW/MAKHACHKALA, Oct 12 (NordWire) - Gunmen opened fire on a synagogue, officials said on Monday."
    assert [q for q, _who in claimants(text)] == ["Gunmen opened fire on a synagogue"]


def test_houses_of_worship_streets_and_halls_are_places() -> None:
    """ "the Beit Shalom synagogue", "Lenin Street", "Crocus City Hall"; "Downing Street said" is
    still the British government speaking, and a rabbi's title no word of his name."""
    text = (
        "Gunmen set fire to the Beit Shalom synagogue on Lenin Street. The attack recalled Crocus City Hall. "
        '"We lost scrolls," Rabbi Ovadia Isakov told reporters. Downing Street said nothing.'
    )
    places = [s.quote for s in found(text) if s.kind == "district"]
    assert places == ["Beit Shalom synagogue", "Lenin Street", "Crocus City Hall"]
    assert {"Ovadia Isakov", "Downing Street"} <= set(actors(text))


def test_a_passive_claimed_by_and_a_declaration_of_mourning_report_no_claim() -> None:
    """ "an attack also claimed by Islamic State" (the content was "by Islamic State"); "declared
    three days of mourning and said in a video address that …" (the mourning was a claim)."""
    text = (
        "The Crocus attack killed 145 people, an attack also claimed by Islamic State. The governor declared "
        "three days of mourning and said in a video address that the attackers came from abroad."
    )
    assert [q for q, _who in claimants(text)] == ["the attackers came from abroad"]


def test_according_to_the_government() -> None:
    text = "Attacks near Ménaka in Mali killed 20. According to the government, the toll stands at 22 dead."
    assert claimants(text) == [("the toll stands at 22 dead", "government")]
    assert entity_of(text, "government") == "Government of Mali"
