"""Stop 69: the second of two places after a preposition of place may be a name of two words no
gazetteer knows ("to Okene and Yagba West", "the towns of al-Atarib and Darat Izza"), not only one word;
a compass point after a name is part of it. A numbered unit's letters speak whole ("the 33IB
said", not "IB"). "The Ukrainian general staff said" is that state's office, as "Ukraine's General
Staff" was. "The Tillabéri regional council" is a body of that region, whole; "the village
vigilance committee" and "a local vigilance group" are vigilantes. In "Khash district of Nimroz province" the district is Khash: Nimroz, which
holds it, is a province (it was typed a district, as was Khyber Pakhtunkhwa). From held-out round
111 (Magway): "Myanmar military aircraft bombed" are the Myanmar military's; the Pyu Saw Htee is a
militia, no town Pyu; "pro-military militias" are no state forces; "the Irrawaddy river" is no
outlet; "a village elder", "a tribal elder" speak, also "who fled with his family". From its
Bajo Cauca article: "the guerrillas" and "men in camouflage" are armed groups, "illegal miners"
civilians whole, "the government of President X" his government; "ethnic Chin armed groups" are a people's armed groups, not the state Chin; "the Gangaw District PDF" is a resistance force, not the district."""

from __future__ import annotations

from .suggestion_views import actors, claimants, entities_of, entity_of, places, type_of


def test_the_second_of_two_places_may_be_two_words() -> None:
    text = "The police sent tactical teams to Okene and Ubela Kuro after the attack."
    assert "Ubela Kuro" in places(text)


def test_a_compass_point_after_the_second_name_is_part_of_it() -> None:
    text = "Farmers fled to Okene and Ebiya West after the raid on Sunday."
    assert "Ebiya West" in places(text)


def test_a_numbered_units_letters_speak_whole() -> None:
    text = "The 41IB said its troops clashed with the rebels near a hamlet on Sunday."
    found = actors(text)
    assert "41IB" in found
    assert "IB" not in found


def test_a_general_staff_by_the_states_adjective_is_its_office() -> None:
    text = "The Ukrainian general staff said Russian forces had advanced to within 8 km of the town."
    assert entity_of(text, "Ukrainian general staff") == "General Staff of the Armed Forces of Ukraine"
    assert type_of(text, "Ukrainian general staff") == "state_forces"


def test_a_regional_council_is_named_with_its_region() -> None:
    text = "The Dosso regional council said the market road would stay closed until Friday."
    found = actors(text)
    assert "Dosso regional council" in found
    assert "regional council" not in found


def test_vigilance_committees_and_groups_are_vigilantes() -> None:
    text = (
        "Members of the village vigilance committee said they chased the raiders into the bush. "
        "A local vigilance group said two of its members were wounded."
    )
    assert type_of(text, "village vigilance committee") == "identity_militia"
    assert type_of(text, "local vigilance group") == "identity_militia"


def test_a_vigilante_group_named_after_its_village_is_named_whole() -> None:
    text = "Sani Bako, who heads the Gidan Mai vigilante group, told reporters that the raiders had bigger guns."
    assert "Gidan Mai vigilante group" in actors(text)


def test_the_name_after_x_district_of_holds_the_district() -> None:
    text = "Taliban fighters clashed with smugglers in Khash district of Nimroz province on Monday."
    kinds = entities_of(text, "district")
    assert kinds["Nimroz"].endswith("(province)")
    assert kinds["Khash"].endswith("(district)")


def test_a_district_of_a_name_is_still_that_names_district() -> None:
    text = "Fighting was reported in the district of Nimroz on Monday."
    assert entities_of(text, "district")["Nimroz"].endswith("(district)")


def test_a_states_military_aircraft_are_its_military() -> None:
    text = "Myanmar military aircraft bombed two villages in the township on Wednesday, residents said."
    assert entity_of(text, "Myanmar military aircraft") == "Military Forces of Myanmar"


def test_the_pyu_saw_htee_is_a_militia_not_a_town() -> None:
    text = "The Pyu Saw Htee, a network of pro-military militias that the army arms, denied burning houses."
    assert "Pyu Saw Htee" in actors(text)
    assert "Pyu" not in places(text)
    assert "military militias" not in actors(text)


def test_a_river_named_like_an_outlet_is_no_outlet() -> None:
    text = "Thousands fled to monasteries in Pakokku, the main trading town on the Irrawaddy river."
    assert "Irrawaddy" not in actors(text)


def test_village_and_tribal_elders_speak() -> None:
    text = (
        "A village elder who fled with his family said soldiers burned his house. "
        "A tribal elder told reporters the talks had failed."
    )
    said = dict(claimants(text))
    assert said["soldiers burned his house"] == "village elder"
    assert said["the talks had failed"] == "tribal elder"


def test_guerrillas_and_men_in_camouflage_are_armed_groups() -> None:
    text = (
        "The group claimed it was protecting the population from the guerrillas. A boatman said men in "
        "camouflage stopped every canoe on the river."
    )
    found = actors(text)
    assert "the guerrillas" in found
    assert "men in camouflage" in found
    assert type_of(text, "men in camouflage") == "rebel_group"


def test_illegal_miners_are_named_whole() -> None:
    text = "The official said illegal miners were paying extortion fees to both armed groups."
    assert "illegal miners" in actors(text)


def test_the_government_of_a_president_is_his_government() -> None:
    text = "The government of President Anselmo Ruiz suspended the peace talks in January."
    assert "government of President Anselmo Ruiz" in actors(text)
    assert type_of(text, "government of President Anselmo Ruiz") == "government_officials"


def test_a_peoples_armed_groups_are_no_place() -> None:
    text = "The road leads into the hills, where ethnic Chin armed groups have driven out the army."
    assert "Chin armed groups" in actors(text)
    assert "Chin" not in places(text)


def test_a_pdf_named_by_its_district_is_a_force_not_the_district() -> None:
    text = "Villages burned, according to residents and the Saw District PDF. The report is in a PDF file."
    assert "Saw District PDF" in actors(text)
    assert "Saw District" not in places(text)
    assert type_of(text, "Saw District PDF") == "rebel_group"
