"""Round 83 (protests in Kathmandu, unrest in Karakalpakstan), mended on sentences of our own: "the
government" that did something in the past ("after the government published …") or is asked to
("demand that the government lift …") was nobody; a government's or a president's building was an
actor ("local government buildings", "the president's residence"); a name after initials ("K.P.
Sharma Oli") lost them; relatives and aides who speak, the police of a town who speak, a paper by
its name ("the El Khabarshisi newspaper") were no actors; "blamed “X” for Y" stopped at the
quotation; "described the raid as …" was no cue. Round 84 (a drone downed on the Mali-Algeria
border, settlers attacking a West Bank village): "the ministry" after a ministry named in full,
states acting after an apposition ("Burkina Faso and Niger, Mali's partners …, recalled"),
settlers, the Shin Bet, "It said" after a closing quotation mark, a description after a body the
text describes ("Yesh Din, an Israeli rights group …"). Round 85 (a water cannon at the Second
Thomas Shoal, an attack on the presidential palace in N'Djamena): seas, shoals and reefs, ships'
prefixes, "War" and "Philippine", ground claimed, coast guards, "U.S." before a body, a state that
ended an agreement, the presidential guard, a country's minister by name. Round 86 (Pakistan and
Iran striking Baloch militants, Azerbaijan's offensive in Karabakh): nationalist groups, ethnic
forces, peacekeepers by nationality, "which Baku calls …". Round 87 (barracks and prisons attacked in
Freetown, the government palace in Bissau): the authorities of a country, relatives and lawyers
who speak. Round 88 (a Kyiv hospital hit, a live blog; a strike on Beirut's southern suburbs): a
state's own strike, "would file", "cannot claim", a rank before a role, not saying whether,
heights. Round 89 (Thailand and Cambodia trading fire, India's strikes in Pakistan): military
targets, the Line of Control, a country's ministry by its full name. Round 90 (protests in Dhaka and
Tbilisi): a party named with a nationality, a party or movement by its own name, a public defender,
riot police. Round 91 (Juba, Caracas): residents of a town's neighbourhood, a candidate,
colectivos. Round 92 (the Jaffar Express, Pahalgam): what a state would suspend, a foreign
office, a passenger, separatist militants. Round 93 (UN staff held in Sanaa, a flash update on Cabo
Delgado): a movement's name is no place, a government based somewhere acts, humanitarian partners.
Round 94 (al-Fashaga): a border region names a place. Round 95 (Khor Mor): a gas field, companies."""

from __future__ import annotations

from .suggestion_views import actors, claimants, entity_of, places

CHAD = "Fighting went on in Chad on Monday. "


def test_the_government_that_did_something_acts() -> None:
    text = CHAD + "Crowds gathered in the capital after the government published new tax rules."
    assert actors(text) == ["government"]
    assert entity_of(text, "government") == "Government of Chad"


def test_the_government_asked_to_do_something_acts() -> None:
    assert actors(CHAD + "Students demanded that the government lift the ban on the platforms.") == [
        "Students",
        "government",
    ]


def test_the_government_described_or_done_to_does_not_act() -> None:
    assert "government" not in actors(CHAD + "Rebels said the government based in the capital was weak.")
    assert "government" not in actors(CHAD + "Nobody mourned the government toppled by the army in 2021.")


def test_a_governments_or_a_presidents_building_is_no_actor() -> None:
    assert actors("Protesters tried to seize local government buildings on Friday.") == ["Protesters"]
    assert actors("A curfew held around the Lal Kothi government complex.") == []
    assert actors("A curfew held around the president's residence.") == []
    assert actors("Later the president's office said the town was calm.") == ["president"]


def test_a_titled_name_keeps_its_initials() -> None:
    assert actors("Prime Minister A.B. Rana Thapa visited the wounded on Monday.") == ["A.B. Rana Thapa"]
    assert actors("U.S. Secretary of State John Doe Smith said two died.") == ["John Doe Smith"]


def test_relatives_and_aides_who_speak_are_the_speakers() -> None:
    assert claimants("The editor was detained in Nukus, his relatives said.") == [
        ("The editor was detained in Nukus", "relatives")
    ]
    assert claimants("The minister resigned on Monday, according to his aide.") == [
        ("The minister resigned on Monday", "aide")
    ]
    assert "family" not in actors("His family fled to the coast.")


def test_the_police_of_a_town_who_speak_are_the_police() -> None:
    text = "Police in Chimbay, about 20 km from Nukus, said they had detained 51 people."
    assert "Police" in actors(text)
    assert claimants(text) == [("they had detained 51 people", "Police")]


def test_a_newspaper_by_its_name_is_a_news_outlet() -> None:
    assert actors("He edits the Erkin Soz newspaper in Nukus.") == ["Erkin Soz"]
    assert "SAC-controlled" not in actors("It was printed in the SAC-controlled newspaper Myanma Alinn.")
    assert actors("Herders were arrested at the Dinara daily market.") == ["Herders"]


def test_blamed_a_quotation_for_something_is_the_whole_charge() -> None:
    claims = claimants('Governor Ali Musa flew to Nukus. He blamed "outside agitators" for the riot.')
    assert [quote for quote, _who in claims] == ['"outside agitators" for the riot']


def test_described_as_reports_a_judgement() -> None:
    assert claimants('A militia officer described the raiders as "gangs of smugglers".') == [
        ('the raiders as "gangs of smugglers"', "militia officer")
    ]
    assert claimants("The town was described as calm by residents.") == []
    assert claimants("Ali Haidar Musa, who described himself as a spokesman, was arrested.") == []


# Round 84 (a drone downed on the Mali-Algeria border, a settler attack on a West Bank village)


def test_the_ministry_named_back_is_the_ministry_named_before() -> None:
    text = "Chad's defence ministry said the drone was downed. The ministry said it had crossed the border."
    assert entity_of(text, "ministry") == entity_of(text, "Chad's defence ministry")
    assert claimants(text)[1] == ("it had crossed the border", "ministry")


def test_a_bare_ministry_with_none_named_before_stays_its_own() -> None:
    assert entity_of("The ministry said four were wounded.", "ministry") == "ministry"


def test_states_acting_after_an_apposition_of_partners() -> None:
    text = (
        "Mali accused Algeria of downing its drone. Burkina Faso and Niger, Mali's partners in the "
        "Alliance of Sahel States, also recalled their envoys."
    )
    assert {"Burkina Faso", "Niger"} <= set(actors(text))
    assert "Niger" not in places(text)
    assert "Bamako" in actors("Bamako recalls ambassador after drone row")


def test_settlers_who_act_are_actors() -> None:
    text = "Israeli settlers set fire to cars in a West Bank village. Witnesses said the settlers came at dusk."
    assert "Israeli settlers" in actors(text)
    assert "settlers" in actors(text)


def test_israels_security_service_is_known() -> None:
    assert actors("The case was handed to the Shin Bet on Monday.") == ["Shin Bet"]


def test_it_after_a_closing_quotation_is_the_body_that_spoke() -> None:
    text = (
        'The army said in a statement that soldiers responded with "riot dispersal means." '
        "It said the incident was being investigated."
    )
    assert claimants(text)[-1] == ("the incident was being investigated", "army")


def test_a_description_after_a_named_body_is_no_actor_of_its_own() -> None:
    text = "Shomrim Din, an Israeli rights group that tracks attacks, said it had counted 30 of them."
    assert actors(text) == ["Shomrim Din"]


def test_a_description_after_a_place_is_the_speaker() -> None:
    text = "Police shot dead four people in the city of Nampula, a civil society group monitoring the unrest said."
    assert claimants(text) == [("Police shot dead four people in the city of Nampula", "civil society group")]


# Round 85 (a water cannon at the Second Thomas Shoal, an attack on the presidential palace in N'Djamena)


def test_seas_shoals_and_reefs_are_named_whole() -> None:
    text = "Vessels rammed a boat near the Scarborough Shoal in the South China Sea on Monday."
    assert places(text) == ["Scarborough Shoal", "South China Sea"]


def test_a_ship_named_like_a_town_is_no_town() -> None:
    assert places("Marines were resupplied on the BRP Sierra Madre near the reef.") == []


def test_war_and_a_demonym_are_no_places() -> None:
    assert places("It was a World War Two-era ship. A Philippine supply boat was hit.") == []


def test_ground_claimed_is_no_reported_claim() -> None:
    assert claimants("Beijing claims almost the entire sea, including the shoal.") == []
    assert claimants("Rabat claims sovereignty over the territory.") == []
    assert [quote for quote, _who in claimants("The group claimed most of the attacks.")] == ["most of the attacks"]


def test_a_national_security_adviser_is_a_title() -> None:
    assert actors("National Security Adviser Ana Cruz Reyes said a protest would be filed.") == ["Ana Cruz Reyes"]


def test_coast_guards_and_maritime_militias_are_forces() -> None:
    assert actors("Chinese coast guard vessels fired water cannon at the boat.") == ["Chinese coast guard vessels"]
    assert actors("Philippine coast guard ships stayed nearby.") == ["Philippine coast guard ships"]


def test_a_us_department_keeps_its_country() -> None:
    text = "The U.S. State Department condemned the attack."
    assert actors(text) == ["U.S. State Department"]
    assert places(text) == []


def test_a_state_that_ended_an_agreement_acts() -> None:
    text = "Troops left the capital. In November, Chad ended its defence agreement with France."
    assert "Chad" in actors(text)
    assert "Chad" not in places(text)


def test_the_presidential_guard_is_a_force() -> None:
    assert "presidential guard" in actors("One member of the presidential guard was killed.")


def test_a_countrys_minister_by_name_is_no_place() -> None:
    assert "Japan" not in places("The talks came after a visit by Japan's foreign minister, Taro Sato.")


# Round 86 (Pakistan and Iran striking each other's Baloch militants; Azerbaijan's offensive in Karabakh)


def test_nationalist_groups_of_a_people_are_an_armed_group() -> None:
    assert actors("Baloch nationalist groups have fought for decades on both sides.") == ["Baloch nationalist groups"]


def test_ethnic_forces_are_not_the_states_army() -> None:
    text = "Baku demanded the withdrawal of ethnic Armenian forces from the region."
    assert "ethnic Armenian forces" in actors(text)
    assert entity_of(text, "ethnic Armenian forces") == "ethnic Armenian forces"


def test_peacekeepers_keep_their_nationality() -> None:
    assert actors("Russian peacekeepers evacuated 2,000 people from the villages.") == ["Russian peacekeepers"]


def test_a_capital_that_names_a_place_acts() -> None:
    assert "Baku" in actors("Shells fell on Stepanakert, which Baku calls Khankendi, on Tuesday.")


# Round 87 (gunmen attacking barracks and prisons in Freetown; an attack on the government palace in Bissau)


def test_the_authorities_of_a_country_are_its_government() -> None:
    text = "The authorities of Guinea-Bissau must open an inquiry, the group said."
    assert "authorities of Guinea-Bissau" in actors(text)
    assert entity_of(text, "authorities of Guinea-Bissau") == "Government of Guinea-Bissau"


def test_relatives_and_lawyers_who_speak_are_the_speakers() -> None:
    text = (
        "Eight people have been detained in Bissau, relatives and lawyers told reporters. "
        "One lawyer said his client had not seen a judge."
    )
    assert claimants(text) == [
        ("Eight people have been detained in Bissau", "relatives and lawyers"),
        ("his client had not seen a judge", "lawyer"),
    ]


# Round 88 (a missile on a Kyiv children's hospital, a live blog; an Israeli strike on Beirut's southern suburbs)


def test_a_states_own_strike_on_somewhere_is_the_state_acting() -> None:
    text = "The raid was Israel's first strike on the Lebanese capital in months."
    assert actors(text) == ["Israel"]
    assert places(text) == []


def test_a_state_that_would_file_or_cannot_claim_acts() -> None:
    assert "Lebanon" in actors("Mikati said Lebanon would file a complaint with the Security Council.")
    assert "Russia" in actors('"Russia cannot claim it does not know where its missiles fly," he wrote.')


def test_a_rank_before_a_role_is_no_force() -> None:
    assert actors("It named him as Hezbollah's most senior military commander.") == ["Hezbollah"]


def test_not_saying_whether_is_no_claim() -> None:
    text = "The group confirmed that he had been in the building but did not immediately say whether he was killed."
    assert [quote for quote, _who in claimants(text)] == ["he had been in the building"]


def test_heights_end_a_features_name_after_who_holds_it() -> None:
    assert places("Rockets hit a pitch in the Israeli-occupied Golan Heights on Saturday.") == ["Golan Heights"]


# Round 89 (Thailand and Cambodia trading fire on their border; India's strikes in Pakistan)


def test_military_targets_and_facilities_are_no_forces() -> None:
    assert actors("Jets struck two Cambodian military targets and no Thai military facilities were hit.") == []
    assert actors("Residents were told to stay away from police and military installations.") == ["Residents"]


def test_a_line_of_control_is_a_place() -> None:
    assert places("Shelling hit villages across the Line of Control on Wednesday.") == ["Line of Control"]


def test_a_countrys_ministry_by_its_full_name_keeps_the_country() -> None:
    text = "Cambodia's Ministry of National Defence accused Thai soldiers of crossing the border."
    assert "Cambodia's Ministry of National Defence" in actors(text)
    assert "Cambodia" not in places(text)


# Round 90 (students' quota protests in Dhaka; pro-EU protests in Tbilisi)


def test_a_ruling_party_named_with_a_nationality_is_a_party() -> None:
    text = "Protests began after the ruling Georgian Dream party said it would suspend the talks."
    assert "Georgian Dream" in actors(text)
    assert claimants(text) == [("it would suspend the talks", "Georgian Dream")]
    assert actors("Leaders of the opposition Kurdish party met on Monday.") == []


def test_a_party_or_movement_by_its_own_name() -> None:
    assert actors("He said the BNP and the Jamaat-e-Islami party had joined the protests.")[-1] == "Jamaat-e-Islami"
    text = "Students marched. A coordinator of the Students Against Discrimination movement was detained."
    assert entity_of(text, "Students Against Discrimination") == "Students Against Discrimination"


def test_a_public_defender_by_name_and_riot_police() -> None:
    assert "Levan Ioseliani" in actors("The Public Defender, Levan Ioseliani, said many had been beaten.")
    assert actors("Riot police used water cannon on Sunday.") == ["Riot police"]


# Round 91 (Riek Machar's house arrest in Juba; protests after Venezuela's disputed election)


def test_residents_of_a_towns_neighbourhood_leave_the_neighbourhood_a_place() -> None:
    text = "Residents of Juba's Gudele neighbourhood said heavy gunfire was heard."
    assert "Residents of Juba" in actors(text)
    assert "Gudele" in places(text)


def test_a_candidate_by_name_and_colectivos() -> None:
    assert "Edmundo González" in actors("The opposition said its candidate, Edmundo González, had won.")
    assert "colectivos" in actors("Armed colectivos rode through the neighbourhoods on motorbikes.")


# Round 92 (the Jaffar Express hijacking in Balochistan; the Pahalgam attack in Kashmir)


def test_a_capital_that_would_suspend_a_treaty_acts() -> None:
    assert "New Delhi" in actors("Misri announced that New Delhi would suspend the Indus Waters Treaty.")


def test_a_countrys_foreign_office_is_its_officials() -> None:
    text = "Pakistan's foreign office denied any role in the attack."
    assert actors(text) == ["Pakistan's foreign office"]
    assert places(text) == []


def test_a_passenger_by_name_and_separatist_militants() -> None:
    text = "Muhammad Bilal, a passenger who walked to the station with his mother, said the gunmen checked cards."
    assert "Muhammad Bilal" in actors(text)
    assert "separatist militants" in actors("Troops freed a train hijacked by separatist militants.")


# Round 93 (the Houthis detaining UN staff in Sanaa; an OCHA-style flash update on Cabo Delgado)


def test_a_movements_name_is_no_place() -> None:
    assert places("One employee died in Houthi custody in the north.") == []


def test_the_recognised_government_based_somewhere_acts() -> None:
    text = "The internationally recognised government, based in Aden, urged the agencies to move."
    assert entity_of(text, "internationally recognised government") == "Government of Yemen"


def test_humanitarian_partners_are_aid_workers() -> None:
    assert actors("Humanitarian partners have suspended road movements between the towns.") == ["Humanitarian partners"]


# Round 94 (a clash in the al-Fashaga borderland between Sudan and Ethiopia)


def test_a_border_region_or_area_names_a_place() -> None:
    assert places("Clashes broke out in the disputed al-Fashaga border region.") == ["al-Fashaga"]
    assert places("The raiders crossed through the Lokitaung border area at night.") == ["Lokitaung"]


# Round 95 (a drone on the Khor Mor gas field in Iraqi Kurdistan)


def test_a_gas_field_names_a_place_and_companies_are_no_places() -> None:
    assert places("A drone struck a tank at the Khor Mor gas field late on Friday.") == ["Khor Mor"]
    text = "The companies that lead the Pearl Petroleum consortium said none of their staff were hurt."
    assert actors(text) == ["Pearl Petroleum"]
    assert places(text) == []
