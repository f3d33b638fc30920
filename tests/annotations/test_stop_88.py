"""Stop 88: names with a nickname of several words in quotes, and what was told to a court, a
committee or the police (helper-325's `Ismael "El Mayo" Zambada` was "Ismael", a place in Texas); the armed group
a spokesman speaks for, named with where it is (helper-325's row of the Merawi fighting had the spokesman as actor 1:
the export, run on its database with every suggestion accepted, now says Fano)."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotations.model import ActorDetails
from annotations.suggest import Knowledge, suggest
from annotations.suggest.builtin_places import builtin_gazetteer

from .test_claims_a_newcomer_wrote import claims
from .test_event_rows_from_words import rows
from .test_stop_86 import _actors


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            'Prosecutors said Ismael "El Mayo" Zambada, the co-founder of the Sinaloa Cartel, was flown to Texas.',
            'Ismael "El Mayo" Zambada',
        ),
        ('Joaquín "El Chapo" Guzmán said he was innocent.', 'Joaquín "El Chapo" Guzmán'),
        ("Jimmy “Barbecue” Cherizier said he was innocent.", "Jimmy “Barbecue” Cherizier"),  # one word, as before
        ('The gang leader Jimmy "Barbecue" Cherizier said the city was theirs.', 'Jimmy "Barbecue" Cherizier'),
    ],
)
def test_a_nickname_of_words_in_quotes_is_part_of_the_persons_name(text: str, person: str) -> None:
    found = _actors(text)
    assert found.get(person) == person
    assert not any(quote in person.split() for quote in found)  # no "Joaquín" alone (it was a place in Texas)


def test_a_co_founder_named_with_the_role_is_a_person() -> None:
    text = "Prosecutors said Ismael Zambada, the co-founder of the Sinaloa Cartel, was flown to Texas."
    assert _actors(text).get("Ismael Zambada") == "Ismael Zambada"


def test_the_surname_after_a_name_with_a_nickname_is_the_same_person() -> None:
    text = 'Ismael "El Mayo" Zambada, a leader of the Sinaloa Cartel, was arrested. Zambada denied the charges.'
    assert _actors(text).get("Zambada") == 'Ismael "El Mayo" Zambada'


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Ismael Zambada, a leader of the Sinaloa Cartel, was arrested. Zambada later told the court he was kidnapped.",
            ("he was kidnapped", "Zambada"),
        ),
        (
            "The mayor, Juan Pérez, was questioned. Pérez told the judge he had been threatened.",
            ("he had been threatened", "Pérez"),
        ),
        (
            "The minister, Ana Ruiz, spoke on Monday. Ruiz told lawmakers the army had retaken the town.",
            ("the army had retaken the town", "Ruiz"),
        ),
        (
            "The soldiers beat him with rifles, a witness told the court.",
            ("The soldiers beat him with rifles", "witness"),
        ),
        (
            "The convoy was ambushed near the bridge, the minister told lawmakers on Tuesday.",
            ("The convoy was ambushed near the bridge", "minister"),
        ),
    ],
)
def test_what_was_told_to_a_court_or_lawmakers_starts_after_them(text: str, claim: tuple[str, str]) -> None:
    assert claim in [(words, by) for words, by, _certainty in claims(text)]


def _affiliations(text: str) -> dict[str, str]:
    """Each actor suggested, by its words: its entity's affiliation."""
    return {
        s.quote: s.entity.details.affiliation
        for s in suggest(text, Knowledge([builtin_gazetteer()]))
        if s.kind == "actor" and s.entity and isinstance(s.entity.details, ActorDetails)
    }


@pytest.mark.parametrize(
    ("text", "group", "person", "affiliation"),
    [  # helper-325's row of the Merawi fighting had the spokesman as actor 1
        (
            "A spokesman for the Fano militia in Gojjam, Asres Mare, said its fighters had killed 50 soldiers.",
            "Fano militia",
            "Asres Mare",
            "Fano",
        ),
        (
            "A spokesman for the Fano militia, Asres Mare, said its fighters had killed 50 soldiers.",
            "Fano militia",
            "Asres Mare",
            "Fano",
        ),
        (
            "A commander of the Arakan Army in Rakhine, Khaing Thukha, said its fighters had killed 50 soldiers.",
            "Arakan Army",
            "Khaing Thukha",
            "Arakan Army",
        ),  # as before
    ],
)
def test_the_armed_group_a_person_speaks_for_where_it_is_is_an_actor_and_their_affiliation(
    text: str, group: str, person: str, affiliation: str
) -> None:
    found = _affiliations(text)
    assert group in found
    assert found[person] == affiliation


def test_a_civil_body_a_person_heads_where_it_is_stays_the_persons_description() -> None:
    text = "The director of Civil Protection in Chilapa, Rogelio Nava Castro, said 412 people had been registered."
    assert "Civil Protection" not in _affiliations(text)  # as the golds read it (a held-out article's words)


@pytest.mark.parametrize(
    "text",
    [  # helper-330's: what a place was called, in quotes between its name and the speaker's, is no nickname
        'Wagner fighters called Bakhmut "Meat Grinder" Prigozhin said in a video.',
        "Ukrainians call Avdiivka “Gate To Donetsk” Syrskyi told reporters.",
    ],
)
def test_what_a_place_was_called_in_quotes_is_no_nickname(text: str) -> None:
    assert not [quote for quote in _actors(text) if "Gate" in quote or "Grinder" in quote]


def test_a_nickname_after_a_title_is_part_of_the_name() -> None:
    found = _actors('Commander Ahmed "Abu Tariq" Saleh said the town had fallen.')
    assert found.get('Ahmed "Abu Tariq" Saleh') == 'Ahmed "Abu Tariq" Saleh'


@pytest.mark.parametrize(
    ("text", "claim"),
    [  # helper-330's: the audience only opens a longer phrase, the claim as before
        ("The minister told the committee chairman he would resign.", "the committee chairman he would resign"),
        (
            "The suspect told a court official he had been beaten in custody.",
            "a court official he had been beaten in custody",
        ),
        (
            "The governor told a rally of supporters in Kano the bandits would be defeated.",
            "a rally of supporters in Kano the bandits would be defeated",
        ),
        (
            "The president told parliament members to return to Kinshasa by Monday.",
            "parliament members to return to Kinshasa by Monday",
        ),
        ("The witness told the police he saw three gunmen.", "he saw three gunmen"),  # "the police" too
    ],
)
def test_an_audience_that_opens_a_longer_phrase_is_not_cut_from_the_claim(text: str, claim: str) -> None:
    assert claim in [words for words, _by, _certainty in claims(text)]


FIGHTING = "Fighting between Togolese soldiers and JNIM killed dozens of people in Dapaong on Sunday, residents said."
FIGHTING_CLAIM = (
    "Fighting between Togolese soldiers and JNIM killed dozens of people in Dapaong on Sunday",
    "casualties",
)
RESIDENTS_TOLL = "the fighting began before dawn and that at least 19 people were killed"


@pytest.mark.parametrize(
    "between",
    [  # helper-325's Merawi: "dozens" (12) stood for the toll beside a resident's 19 two sentences on
        "",
        "Dapaong lies about 30 km south of Kara, on the main road to Lome. ",
        "Dapaong is located 30 km north of Kara. ",
    ],
)
def test_a_number_of_the_same_dead_replaces_a_word_for_many(tmp_path: Path, between: str) -> None:
    text = f"{FIGHTING} {between}A resident said {RESIDENTS_TOLL}."
    found, _ = rows(tmp_path, text, [FIGHTING_CLAIM, (RESIDENTS_TOLL, "casualties")])
    assert [(r["location"], int(r["fatalities"])) for r in found] == [("Dapaong", 19)]
    assert "Tolls its sources state: 12, 19." in found[0]["notes"]


def test_a_word_for_many_still_counts_the_dead_no_number_counts(tmp_path: Path) -> None:
    text = f"{FIGHTING} A resident said the fighting began before dawn and that several soldiers were killed."
    claim = "the fighting began before dawn and that several soldiers were killed"
    found, _ = rows(tmp_path, text, [FIGHTING_CLAIM, (claim, "casualties")])
    assert [int(r["fatalities"]) for r in found] == [10]  # the lowest of two words for many, as before


@pytest.mark.parametrize(
    ("text", "claim"),
    [  # helper-331's: whom it was told, then a clause opening with a bare noun, a number, "more", "dozens", "in X"
        ("The witness told investigators soldiers shot 14 men near Moura.", "soldiers shot 14 men near Moura"),
        ("The survivor told police three gunmen entered the church in Owo.", "three gunmen entered the church in Owo"),
        ("The mayor told mourners in Bucha the town would never forget.", "the town would never forget"),
        ("The general told the committee more than 100 people died in Tigray.", "more than 100 people died in Tigray"),
        ("The defendant told the judge on Tuesday he was innocent.", "he was innocent"),
        (
            "The minister told the police academy graduates to respect human rights.",
            "the police academy graduates to respect human rights",
        ),  # as before: the audience goes on
    ],
)
def test_whom_it_was_told_then_any_clause(text: str, claim: str) -> None:
    assert claim in [words for words, _by, _certainty in claims(text)]


@pytest.mark.parametrize(
    ("text", "person"),
    [  # helper-331's: a person introduced as named so keeps the nickname
        (
            'A gang leader named Jimmy "Barbecue" Cherizier said his men controlled Delmas.',
            'Jimmy "Barbecue" Cherizier',
        ),
        ('A militia commander called Ahmed "Abu Tariq" Saleh said the town had fallen.', 'Ahmed "Abu Tariq" Saleh'),
    ],
)
def test_a_person_named_so_with_a_nickname_is_a_person(text: str, person: str) -> None:
    assert _actors(text).get(person) == person


@pytest.mark.parametrize(
    ("text", "name"),
    [  # helper-331's: quoted words after a titled name, no name after them, are no nickname
        ('Colonel Goita "Strongly Condemned" the attack on Kati, the junta said.', "Goita"),
        ('President Ruto "Regrets" the deaths of protesters in Nairobi, his office said.', "Ruto"),
    ],
)
def test_quoted_words_after_a_titled_name_with_no_name_after_them_are_no_nickname(text: str, name: str) -> None:
    assert _actors(text).get(name) == name


def _places(text: str) -> dict[str, tuple[str, str | None]]:
    """Each place suggested, by its words: its kind and province."""
    found = {}
    for s in suggest(text, Knowledge([builtin_gazetteer()])):
        if s.kind == "district":
            details = s.place_details()
            found[s.quote] = (details.place_kind, details.province)
    return found


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [  # helper-325's "states such as Michoacan, Guanajuato and Sinaloa": Guanajuato was the city
        ("Violence remains intense in states such as Michoacan, Guanajuato and Sinaloa.", "Guanajuato", "province"),
        ("Violence remains intense in the states of Michoacan and Guanajuato.", "Guanajuato", "province"),
        ("Gunmen killed five people in Guanajuato on Sunday.", "Guanajuato", "city"),  # as before
        ("Attacks rose in the provinces of Afghanistan.", "Afghanistan", "country"),  # what holds them
        ("Drones hit the regions of Ukraine overnight.", "Ukraine", "country"),
    ],
)
def test_names_listed_after_a_plural_kind_word_are_of_that_kind(text: str, name: str, kind: str) -> None:
    assert _places(text)[name][0] == kind


def test_a_village_in_a_municipality_is_in_the_municipalitys_province() -> None:
    text = (
        "MORELIA, Mexico (Reuters) - Drones dropped bombs on the village of El Aguaje, in the municipality of "
        "Aguililla, killing three, officials in Michoacan said."
    )  # helper-325's El Aguaje was a namesake of Veracruz
    assert _places(text)["El Aguaje"] == ("village", "Michoacán de Ocampo")


@pytest.mark.parametrize(
    ("text", "claims_told"),
    [  # helper-329's disasters: rows of armed clashes and attacks by an unidentified armed group
        (
            "Heavy rains caused a bridge to collapse in Kara on Monday, killing four. The death toll rose to seven.",
            ["Heavy rains caused a bridge to collapse in Kara on Monday, killing four", "The death toll rose to seven"],
        ),
        (
            "A cholera outbreak in Nadjoundi has killed 12 people. The toll rose to 20.",
            ["A cholera outbreak in Nadjoundi has killed 12 people", "The toll rose to 20"],
        ),
        (
            "A fire tore through the central market of Dapaong on Tuesday, killing six traders. The toll rose to nine.",
            [
                "A fire tore through the central market of Dapaong on Tuesday, killing six traders",
                "The toll rose to nine",
            ],
        ),
        (
            "A storm struck Dapaong on Friday, killing five people. The toll rose to eight on Sunday.",
            ["A storm struck Dapaong on Friday, killing five people", "The toll rose to eight on Sunday"],
        ),
        ("In Nadjoundi, 12 children died of measles in the camp.", ["12 children died of measles in the camp"]),
    ],
)
def test_a_disaster_gives_no_event_row(tmp_path: Path, text: str, claims_told: list[str]) -> None:
    found, _ = rows(tmp_path, text, [(words, "casualties") for words in claims_told])
    assert found == []


@pytest.mark.parametrize(
    "text",
    [
        "JNIM fighters stormed Dapaong on Friday, killing five people.",
        "Gunmen set fire to the market in Dapaong on Friday, killing five people.",
        "Soldiers killed five patients at a cholera treatment centre in Dapaong on Friday.",
    ],
)
def test_violence_beside_the_words_of_a_disaster_is_an_event(tmp_path: Path, text: str) -> None:
    found, _ = rows(tmp_path, text, [(text.rstrip("."), "casualties")])
    assert len(found) == 1


ATTACK = "JNIM fighters attacked villagers in Nadjoundi on Sunday."
ATTACK_CLAIM = ("JNIM fighters attacked villagers in Nadjoundi on Sunday", "other")
CAPITAL = "\n\nDapaong is the capital of the Savanes region."


@pytest.mark.parametrize(
    ("between", "toll"),
    [  # helper-332's: a place named where it lies or as a landmark, in a sentence telling something of its own
        ("Separately, an army truck on the road to Dapaong hit a mine.", "Seven soldiers were killed"),
        ("Separately, gunmen ambushed a truck on the road to Dapaong.", "Seven drivers were killed"),
        (
            "Nadjoundi lies 30 km north of Dapaong, where gunmen killed a chief the same night.",
            "Two people were killed",
        ),
        ("The authorities in Dapaong said gunmen had also struck the main market there.", "Nine people were killed"),
    ],
)
def test_a_place_where_something_else_happened_keeps_a_toll_from_the_event_before(
    tmp_path: Path, between: str, toll: str
) -> None:
    text = f"{ATTACK} {between} {toll}, a medic said.{CAPITAL}"
    found, _ = rows(tmp_path, text, [ATTACK_CLAIM, (toll, "casualties")])
    assert [int(r["fatalities"]) for r in found if r["location"] == "Nadjoundi"] == [0]


@pytest.mark.parametrize(
    "between",
    [  # helper-332's better ones, kept: a seat or a road named beside the attack told again
        "The regional authorities in Dapaong condemned the attack.",
        "The road to Dapaong was closed after the attack.",
    ],
)
def test_a_seat_or_a_road_named_beside_the_attack_told_again_lets_its_toll_join(tmp_path: Path, between: str) -> None:
    text = f"{ATTACK} {between} Eleven villagers were killed, a nurse said.{CAPITAL}"
    found, _ = rows(tmp_path, text, [ATTACK_CLAIM, ("Eleven villagers were killed", "casualties")])
    assert [(r["location"], int(r["fatalities"])) for r in found] == [("Nadjoundi", 11)]


@pytest.mark.parametrize(
    ("text", "claims_told", "tolls"),
    [  # helper-332's: an event told only by a word for many took in the other side's toll as its own
        (
            "JNIM fighters killed several civilians in Nadjoundi on Sunday. The army said 30 JNIM fighters were killed.",
            ["JNIM fighters killed several civilians in Nadjoundi on Sunday", "30 JNIM fighters were killed"],
            [10, 30],
        ),
        (
            "JNIM militants attacked Dapaong on Sunday, killing hundreds of people, a local radio said. A hospital later "
            "said 150 people were killed in the attack on Dapaong.",
            [
                "JNIM militants attacked Dapaong on Sunday, killing hundreds of people",
                "150 people were killed in the attack on Dapaong",
            ],
            [150],
        ),  # the same dead: the number
    ],
)
def test_a_number_replaces_a_word_for_many_only_for_the_same_dead(
    tmp_path: Path, text: str, claims_told: list[str], tolls: list[int]
) -> None:
    claimed = [(claims_told[0], "other"), (claims_told[1], "casualties")]
    found, _ = rows(tmp_path, text + CAPITAL, claimed)
    assert sorted(int(r["fatalities"]) for r in found) == tolls


@pytest.mark.parametrize(
    "claim",
    [  # helper-333's: a disaster that is only the time or the setting, a name, or a killing's weapon
        "Despite heavy rains that hit Dapaong on Sunday, JNIM killed 11 soldiers there",
        "JNIM killed 11 soldiers in Dapaong on Sunday after heavy rains left the roads impassable",
        "Operation Storm killed 9 JNIM members near Dapaong on Sunday, the army said",
        "The Storm Brigade killed 12 JNIM members near Dapaong on Sunday",
        "Tornado jets struck JNIM positions near Dapaong on Sunday, killing 20",
        "A storm of bullets killed 8 soldiers in Dapaong on Sunday",
        "A fire tore through the market in Dapaong on Sunday after JNIM torched it, killing 6",
        "JNIM caused the bridge to collapse near Dapaong on Sunday, killing 4 soldiers",
        "JNIM killed 3 health workers who were fighting a cholera outbreak in Dapaong on Sunday",
        "Police killed 2 men in Dapaong during a protest over deaths from cholera on Sunday",
        "JNIM killed 7 soldiers in Dapaong on Sunday, and deaths from hunger in the besieged town rose to 40",
    ],
)
def test_a_disaster_beside_the_event_is_no_accident(claim: str) -> None:
    from annotations.claims.accidents import an_accident

    assert not an_accident(claim)


@pytest.mark.parametrize(
    "claim",
    [
        "Heavy rains killed 9 people in Dapaong on Sunday",
        "Measles killed 15 children in Nadjoundi in March",
        "Four people were killed by disease in Dapaong last week",
        "The typhoon destroyed the camp in Park W on Sunday, killing 4 rangers",
    ],
)
def test_a_disaster_that_killed_is_an_accident(claim: str) -> None:
    from annotations.claims.accidents import an_accident

    assert an_accident(claim)


@pytest.mark.parametrize(
    ("text", "name", "kind", "province"),
    [  # helper-333's: nations listed as "states", a governorate spelt apart from its province, a town elsewhere
        ("Member states such as Mali, Niger and Burkina Faso left ECOWAS.", "Niger", "country", None),
        ("Airstrikes hit the governorates of Idlib and Aleppo on Friday.", "Aleppo", "province", "Ḩalab"),
        (
            "Mai-Mai fighters attacked the village of Kitchanga, in the district of Masisi, on Monday.",
            "Kitchanga",
            "village",
            None,
        ),  # Masisi's namesake is in Mozambique, a country the text never names
    ],
)
def test_a_place_listed_or_placed_as_the_text_says(text: str, name: str, kind: str, province: str | None) -> None:
    assert _places(text)[name] == (kind, province)


@pytest.mark.parametrize(
    "claim",
    [  # helper-334's: a named storm and hunger gave attack and clash rows
        "The province is still recovering from Cyclone Chido, which struck the coast in December, killing 120 people",
        "Hurricane Priscilla, which hit the coast near Dapaong on Wednesday, killed three people",
        "Hunger has killed an estimated 43,000 people in Somalia",
    ],
)
def test_a_named_storm_or_hunger_is_a_disaster(claim: str) -> None:
    from annotations.claims.accidents import an_accident

    assert an_accident(claim)


def test_a_place_described_in_another_paragraph_keeps_a_toll_apart(tmp_path: Path) -> None:
    text = (
        f"{ATTACK} Nadjoundi lies about 40 km north of Dapaong.\n\nA commander said JNIM fighters had executed 20 of "
        f"his men.{CAPITAL}"
    )  # helper-334's Campo Dos: the next paragraph's executions were put on the attack
    found, _ = rows(tmp_path, text, [ATTACK_CLAIM, ("JNIM fighters had executed 20 of his men", "casualties")])
    assert [int(r["fatalities"]) for r in found if r["location"] == "Nadjoundi"] == [0]


def test_two_counts_lent_by_one_claim_are_one_event(tmp_path: Path) -> None:
    text = (
        "JNIM fighters struck the village of Nadjoundi on Saturday night and burned dozens of homes, a police "
        "commander said. Nadjoundi is a farming village. Police said 11 people were killed there, "
        "while a local administrator put the toll at nine."
    )  # helper-334's Naquitengue: three rows, a looting, an attack of 11 and a clash of 9
    claimed = [
        ("JNIM fighters struck the village of Nadjoundi on Saturday night and burned dozens of homes", "other"),
        ("11 people were killed there", "casualties"),
        ("the toll at nine", "casualties"),
    ]
    found, _ = rows(tmp_path, text + CAPITAL, claimed)
    assert sorted(int(r["fatalities"]) for r in found) in ([0, 9], [9])


@pytest.mark.parametrize(
    "claim",
    [  # helper-335's: a storm's name that is a unit's or only the setting, hunger words that are no subject
        "The Cyclone Brigade killed 12 JNIM members near Dapaong on Sunday",
        "Operation Cyclone Shield killed 30 JNIM members near Park W",
        "JNIM killed 7 soldiers in Dapaong on Sunday, days after Cyclone Chido hit the region",
        "JNIM killed 8 aid workers delivering food to victims of Cyclone Chido near Dapaong on Sunday",
        "Police killed 3 protesters in Dapaong angry over the slow response to Cyclone Chido",
        "Hunger strikers were killed by police in Dapaong on Sunday",
        "Famine relief workers were killed by JNIM near Dapaong on Sunday",
    ],
)
def test_a_storms_name_or_hunger_beside_violence_is_no_accident(claim: str) -> None:
    from annotations.claims.accidents import an_accident

    assert not an_accident(claim)


def test_a_place_described_in_another_paragraph_lets_a_toll_of_no_act_join(tmp_path: Path) -> None:
    text = f"{ATTACK} Nadjoundi lies about 40 km north of Dapaong.\n\nA medic said 14 villagers were killed.{CAPITAL}"
    found, _ = rows(tmp_path, text, [ATTACK_CLAIM, ("14 villagers were killed", "casualties")])
    assert [int(r["fatalities"]) for r in found if r["location"] == "Nadjoundi"] == [14]  # helper-335's p01


@pytest.mark.parametrize(
    ("text", "person", "affiliation"),
    [  # helper-334's and helper-331's: spokesmen whose group is named with where it is or what kind it is
        (
            "A spokesman for JNIM in the Sahel, Abu Hudhaifa al-Bambari, said its fighters had killed 20 soldiers.",
            "Abu Hudhaifa al-Bambari",
            "JNIM",
        ),
        (
            "A spokesman for the Rwandan forces deployed in Cabo Delgado, Brigadier General Ronald Rwivanga, said his "
            "troops killed 13 insurgents.",
            "Ronald Rwivanga",
            "Military Forces of Rwanda",
        ),
        (
            "A spokesman for the Houthi rebels in Hodeidah, Yahya Saree, said the group fired drones at a ship.",
            "Yahya Saree",
            "Houthi rebels",
        ),
        # helper-334's spokesmen of no affiliation: "al Shabaab" written apart, a gang, the Houthis by their adjective
        (
            "A spokesman for al Shabaab in southern Somalia, Sheikh Ali Dhere, said the militants had killed soldiers.",
            "Ali Dhere",
            "al-Shabaab",
        ),
        (
            "A spokesman for the Gran Grif gang in Savien, Luckson Elan, said in a video that the attack was revenge.",
            "Luckson Elan",
            "Gran Grif",
        ),
        (
            "A spokesman for the Houthi armed forces in Sanaa, Yahya Saree, said the group had fired missiles.",
            "Yahya Saree",
            "Houthis",
        ),
    ],
)
def test_a_spokesman_for_a_group_named_with_its_kind_or_place_is_affiliated_to_it(
    text: str, person: str, affiliation: str
) -> None:
    assert _affiliations(text)[person] == affiliation


@pytest.mark.parametrize(
    ("text", "person"),
    [  # helper-336's: the role after "by", "with", "to", "from", "among them" is someone else's, not the speaker's
        (
            "The civilians were shot by an officer of the Russian forces in Bucha, Prosecutor General Andriy Kostin said.",
            "Andriy Kostin",
        ),
        (
            "The order came from the leader of the Fano militia in Gojjam, Ethiopian Prime Minister Abiy Ahmed said.",
            "Abiy Ahmed",
        ),
        (
            "Two soldiers were arrested, among them an officer of the Malian armed forces, Defence Minister Sadio Camara "
            "said.",
            "Sadio Camara",
        ),
    ],
)
def test_a_role_of_someone_else_before_the_speaker_is_no_affiliation_of_his(text: str, person: str) -> None:
    assert _affiliations(text).get(person, "") == ""
