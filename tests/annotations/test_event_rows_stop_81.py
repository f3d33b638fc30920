"""Event rows and their dates found wrong at stop 81 on newcomers' databases, tested on sentences of my own."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest

from annotations.claims.when import claim_date
from annotations.cli import run
from annotations.model import (
    ActorDetails,
    Annotation,
    Article,
    ClaimAttributes,
    ClaimLink,
    DistrictAttributes,
    Entity,
    PlaceDetails,
)
from annotations.store import Store

from ..helpers import span
from .test_event_actors import ARMY, ISWAP, event_row
from .test_event_rows_from_words import DAPAONG, JNIM, TOGO_ARMY, rows
from .test_events_export import tag


def _date_of(text: str, words: str) -> tuple[date, int, str] | None:
    article = Article.create("Savanes", text, published="2025-04-21")
    claim = Annotation.create(article, "claim", *span(article, words), attributes=ClaimAttributes())
    when = claim_date(article.text, article.published, claim)
    return None if when is None else (when.day, when.precision, when.source)


@pytest.mark.parametrize(
    "aside",
    [", rebuilt in 2017,", ", formed in 2019 by former rebels,", ", first established in 2012,", ", set up in March,"],
)
def test_when_a_party_came_to_be_is_no_day_of_its_event(aside: str) -> None:
    """helper-262's "Haiti's Armed Forces (FAd'H), rebuilt in 2017, have deployed a small number of
    soldiers to the Centre department" was an event of 2017."""
    text = f"The ministry said the Togolese Armed Forces{aside} have deployed soldiers to Dapaong."
    words = text[text.index("the Togolese") : -1]
    assert _date_of(text, words) == (date(2025, 4, 21), 2, "article")


def test_a_day_beside_an_aside_still_dates_the_event() -> None:
    text = "The Togolese Armed Forces, rebuilt in 2017, deployed soldiers to Dapaong on Saturday."
    assert _date_of(text, text[:-1]) == (date(2025, 4, 19), 1, "text")


def test_a_verb_after_a_subjects_aside_is_the_events() -> None:
    """ "Yemen's Houthi movement, which calls itself Ansar Allah, launched a fresh offensive on Tuesday
    against government positions" is the offensive's day (a first version of the rule above took it
    for an aside)."""
    text = "JNIM, which calls itself a movement, launched an offensive on Saturday against army posts near Dapaong."
    assert _date_of(text, text[:-1]) == (date(2025, 4, 19), 1, "text")
    text = "The Togolese Armed Forces, which were formed anew, appointed a commander on Saturday, officials said."
    assert _date_of(text, text[: text.index(", officials")]) == (date(2025, 4, 19), 1, "text")


def test_homes_burned_where_the_speakers_live_are_an_event_there(tmp_path: Path) -> None:
    """ "Residents of Batibo said soldiers returned to the town on Sunday and set fire to at least a
    dozen houses" gave no row: a claim typed "other" took no place from its sentence."""
    text = "Residents of Dapaong said Togolese Armed Forces returned to the town on Saturday and set fire to a dozen houses."
    claim = "Togolese Armed Forces returned to the town on Saturday and set fire to a dozen houses"
    (row,), _ = rows(tmp_path, text, [(claim, "other")])
    assert (row["location"], row["event_type"], row["sub_event_type"]) == (
        "Dapaong",
        "Strategic developments",
        "Looting/property destruction",
    )
    assert row["event_date"] == "2025-04-19"


def test_who_did_an_attack_told_before_is_no_event_of_its_own(tmp_path: Path) -> None:
    """helper-269: "The attack was carried out by the Jaime Martínez front of the so-called Central
    General Staff (EMC)" set the front against the EMC."""
    text = "Officials in Dapaong said the attack was carried out by JNIM fighters."
    found, _ = rows(tmp_path, text, [("the attack was carried out by JNIM fighters", "other")])
    assert found == []


def test_a_town_stormed_and_set_on_fire_is_taken(tmp_path: Path) -> None:
    """A newcomer's "Gunmen … stormed the central town of Mirebalais on Monday, freeing more than 500
    inmates and setting fire to a police station" stays the taking of the town, not its burning."""
    text = "Officials said JNIM fighters stormed Dapaong on Saturday, setting fire to a police station."
    claim = "JNIM fighters stormed Dapaong on Saturday, setting fire to a police station"
    (row,), _ = rows(tmp_path, text, [(claim, "territorial_control")])
    assert row["event_type"] == "Battles"


def test_a_group_that_took_a_town_after_the_army_withdrew_overtook_it(tmp_path: Path) -> None:
    """helper-268's "Al-Shabaab fighters recaptured the town of Moqokori … on Sunday after government
    troops and clan militias withdrew overnight" was the army regaining the town from al-Shabaab."""
    text = "Residents said JNIM fighters recaptured Dapaong on Saturday after Togolese Armed Forces withdrew overnight."
    claim = text[len("Residents said ") : -1]
    (row,), _ = rows(tmp_path, text, [(claim, "territorial_control")])
    assert (row["sub_event_type"], row["actor1"], row["actor2"]) == (
        "Non-state actor overtakes territory",
        "JNIM",
        "Togolese Armed Forces",
    )


def test_the_army_retaking_a_town_a_group_held_stays_the_armys(tmp_path: Path) -> None:
    text = "Residents said Togolese Armed Forces recaptured Dapaong on Saturday after JNIM fighters withdrew."
    claim = text[len("Residents said ") : -1]
    (row,), _ = rows(tmp_path, text, [(claim, "territorial_control")])
    assert (row["sub_event_type"], row["actor1"]) == ("Government regains territory", "Togolese Armed Forces")


def test_a_spokesman_whose_group_is_not_found_speaks_for_the_forces_he_names(tmp_path: Path) -> None:
    """helper-268: an army spokesman (affiliation "army", a name two armies went by) telling that
    "reinforcements had retaken Marte" was actor 1 against his own army."""
    spokesman = Entity.actor("Onyema Nwachukwu", ActorDetails("state_forces", affiliation="army"))
    text = "Onyema Nwachukwu said troops of the Nigerian Army had retaken Kanam by Tuesday afternoon."
    claim = "troops of the Nigerian Army had retaken Kanam by Tuesday afternoon"
    actors = {"Onyema Nwachukwu": spokesman, "Nigerian Army": ARMY}
    row = event_row(
        tmp_path, text, claim, actors, claimant="Onyema Nwachukwu", claim_type="territorial_control", status="retaken"
    )
    assert (row["actor1"], row["actor2"]) == ("Nigerian Army", "")


def test_a_town_off_the_map_is_the_rows_place_in_the_province_its_sentence_names(tmp_path: Path) -> None:
    """helper-268's "Further south, in Lower Shabelle, al-Shabaab fighters stormed a forward operating
    base near the town of Sabiid on Tuesday, detonating a suicide car bomb": a row at the province's
    point (geo_precision 3), and where the province was not in the claim, a row of no admin1."""
    text = (
        "In Kara Region, officials said JNIM fighters stormed a post near Nadjoundi on Saturday, detonating a car bomb."
    )
    claim = "JNIM fighters stormed a post near Nadjoundi on Saturday, detonating a car bomb"
    (row,), _ = rows(tmp_path, text, [(claim, "other")])
    assert (row["location"], row["admin1"], row["country"]) == ("Nadjoundi", "Kara", "Togo")
    assert row["geo_precision"] == "1"


def test_a_toll_told_after_an_attack_of_no_dead_is_that_attacks(tmp_path: Path) -> None:
    """helper-268: the bombing near Sabiid (no dead) and the officer's "11 soldiers were killed and
    several others wounded" in the next sentence were two rows, the toll's by an unidentified group."""
    text = (
        "Officials said JNIM fighters stormed a post near Dapaong on Saturday, detonating a car bomb. "
        "One officer said 11 soldiers of the Togolese Armed Forces were killed."
    )
    claims = [
        ("JNIM fighters stormed a post near Dapaong on Saturday, detonating a car bomb", "other"),
        ("11 soldiers of the Togolese Armed Forces were killed", "casualties"),
    ]
    (row,), _ = rows(tmp_path, text, claims)
    assert (row["sub_event_type"], row["actor1"], row["fatalities"]) == ("Remote explosive/landmine/IED", "JNIM", "11")


def test_a_toll_told_after_an_attack_that_counted_its_own_dead_stays_apart(tmp_path: Path) -> None:
    text = (
        "Officials said JNIM fighters stormed a post near Dapaong on Saturday, killing four soldiers. "
        "A nurse said the hospital received the bodies of three men."
    )
    claims = [
        ("JNIM fighters stormed a post near Dapaong on Saturday, killing four soldiers", "casualties"),
        ("the hospital received the bodies of three men", "casualties"),
    ]
    found, _ = rows(tmp_path, text, claims)
    assert sorted(r["fatalities"] for r in found) == ["3", "4"]


def test_a_toll_of_the_same_victims_told_after_an_attack_with_its_own_toll_is_that_attacks(tmp_path: Path) -> None:
    """helper-314's market bombed in Ramree, "killing 18 people, according to a local rescue group", and
    the resident's "at least 22 people had died, most of them women selling vegetables" in the next
    sentence were two rows, the second an attack on civilians by an unidentified group."""
    text = (
        "A military jet bombed a crowded market in the town of Dapaong on Saturday afternoon, killing 18 people, "
        "according to a local rescue group. A resident who helped pull bodies from the rubble said at least 22 "
        "people had died, most of them women selling vegetables."
    )
    claims = [
        ("A military jet bombed a crowded market in the town of Dapaong on Saturday afternoon, killing 18 people",
         "casualties"),
        ("at least 22 people had died, most of them women selling vegetables", "casualties"),
    ]  # fmt: skip
    (row,), _ = rows(tmp_path, text, claims)
    assert (row["sub_event_type"], row["actor2"], row["fatalities"]) == ("Air/drone strike", "Civilians (Togo)", "18")


def test_forces_going_about_their_duty_when_others_opened_fire_were_attacked(tmp_path: Path) -> None:
    """helper-268's "the soldiers were on patrol between Batibo and Widikum when gunmen of the
    Ambazonia Defence Forces (ADF) opened fire" had the soldiers as actor 1."""
    text = "The army said Togolese Armed Forces were on patrol near Dapaong when JNIM fighters opened fire."
    (row,), _ = rows(tmp_path, text, [(text[len("The army said ") : -1], "other")])
    assert (row["event_type"], row["actor1"], row["actor2"]) == ("Battles", "JNIM", "Togolese Armed Forces")
    text = "The army said JNIM fighters were resting near Dapaong when Togolese Armed Forces attacked their camp."
    (row,), _ = rows(tmp_path / "again", text, [(text[len("The army said ") : -1], "other")])
    assert (row["actor1"], row["actor2"]) == ("Togolese Armed Forces", "JNIM")


@pytest.mark.parametrize(
    "claim",
    [
        "JNIM fighters shelled Dapaong when Togolese Armed Forces attacked the town",  # doing violence themselves
        "JNIM fighters as well as bandits attacked Togolese Armed Forces positions near Dapaong",  # no "when"
    ],
)
def test_an_actor_doing_violence_before_a_when_is_no_target(tmp_path: Path, claim: str) -> None:
    """helper-270's review of the rule above: "ISWAP fighters killed 12 villagers in Kanam when the
    Nigerian Army attacked their camp" made the army the killers; "as well as" set allies apart."""
    (row,), _ = rows(tmp_path, f"Residents said {claim}.", [(claim, "other")])
    assert row["actor1"] == "JNIM"


def test_a_toll_linked_to_the_attack_it_follows_gives_the_row_its_day(tmp_path: Path) -> None:
    """helper-270: an attack of no day and its toll of Saturday, linked, were a row of the article's
    day marked as exact (precision 1), its range ending before it began."""
    text = (
        "Officials said JNIM fighters stormed a post near Dapaong, detonating a car bomb. "
        "One officer said 11 soldiers of the Togolese Armed Forces were killed on Saturday."
    )
    with Store.open(tmp_path / "db") as store:
        for entity in (DAPAONG, JNIM, TOGO_ARMY):
            store.put_entity(entity)
        article = Article.create("Savanes", text, published="2025-04-21")
        store.add_article(article)
        tag(store, article, "district", "Dapaong", entity_id=DAPAONG.id, attributes=DistrictAttributes())
        tag(store, article, "actor", "JNIM", entity_id=JNIM.id)
        tag(store, article, "actor", "Togolese Armed Forces", entity_id=TOGO_ARMY.id)
        attack = tag(store, article, "claim", "JNIM fighters stormed a post near Dapaong, detonating a car bomb",
                     attributes=ClaimAttributes(cue="said"))  # fmt: skip
        link = (ClaimLink("corroborates", article.id, attack.id),)
        tag(store, article, "claim", "11 soldiers of the Togolese Armed Forces were killed on Saturday",
            attributes=ClaimAttributes(cue="said", claim_type="casualties", links=link))  # fmt: skip
    out = io.StringIO()
    assert run(["export", "--format", "events-json", "--db", str(tmp_path / "db")], stdout=out) == 0
    (record,) = [json.loads(line) for line in out.getvalue().splitlines()]
    assert record["sub_event_type"] == "Remote explosive/landmine/IED"  # the bombing's, not the toll's clash
    assert (record["event_date"], record["time_precision"], record["date_start"], record["date_end"]) == (
        "2025-04-19",
        1,
        "2025-04-19",
        "2025-04-19",
    )


def test_a_spokesman_does_not_speak_for_those_his_side_killed(tmp_path: Path) -> None:
    """helper-270: a rebel spokesman whose group was not found, telling that "his fighters killed 12
    Boko Haram militants", was taken to speak for Boko Haram, the one actor of his kind named."""
    spokesman = Entity.actor("Abu Musab", ActorDetails("rebel_group", affiliation="the group"))
    text = "Abu Musab said his fighters killed 12 ISWAP militants in Kanam."
    actors = {"Abu Musab": spokesman, "ISWAP": ISWAP}
    row = event_row(
        tmp_path, text, text[len("Abu Musab said ") : -1], actors, claimant="Abu Musab", claim_type="casualties"
    )
    assert (row["actor1"], row["actor2"]) == ("Abu Musab", "ISWAP")


@pytest.mark.parametrize(
    "sentence",
    [
        "Residents of Dapaong said they feared new attacks by JNIM.",
        "The governor of Dapaong accused JNIM of killing civilians for years.",
        "Officials in Dapaong said JNIM, which has carried out attacks across the north, is now active.",
    ],
)
def test_a_fear_a_charge_or_what_went_on_for_years_is_no_event_where_its_sentence_is(
    tmp_path: Path, sentence: str
) -> None:
    """helper-270: once claims typed "other" took their sentence's place, these were rows at Dapaong."""
    said = sentence.split(" said ", 1)[1] if " said " in sentence else sentence.split(" accused ", 1)[1]
    cue = "accused" if " accused " in sentence else "said"
    path = tmp_path / "db"
    with Store.open(path) as store:
        for entity in (DAPAONG, JNIM):
            store.put_entity(entity)
        article = Article.create("Savanes", sentence, published="2025-04-21")
        store.add_article(article)
        tag(store, article, "district", "Dapaong", entity_id=DAPAONG.id, attributes=DistrictAttributes())
        tag(store, article, "actor", "JNIM", entity_id=JNIM.id)
        tag(store, article, "claim", said.rstrip("."), attributes=ClaimAttributes(cue=cue))
    out = io.StringIO()
    assert run(["export", "--format", "events", "--db", str(path)], stdout=out, stderr=io.StringIO()) == 0
    assert len(out.getvalue().splitlines()) == 1  # the header alone


def test_an_attack_that_set_fire_to_the_place_stays_an_attack(tmp_path: Path) -> None:
    """helper-270: "JNIM fighters attacked the police station in Dapaong and set fire to it" became a
    looting once "set fire to" was a looting's words."""
    claim = "JNIM fighters attacked the police station in Dapaong and set fire to it"
    (row,), _ = rows(tmp_path, f"Officials said {claim}.", [(claim, "other")])
    assert (row["event_type"], row["actor2"]) == ("Battles", "Police Forces of Togo")


def test_a_day_in_a_list_of_deeds_is_no_aside() -> None:
    """helper-270: ", set up roadblocks on Saturday, and burned tyres" was taken for an aside of when
    a body was set up, and the day dropped."""
    text = "Protesters marched through Dapaong, set up roadblocks on Saturday, and burned tyres, police said."
    assert _date_of(text, text[: text.index(", police")]) == (date(2025, 4, 19), 1, "text")


def test_a_group_named_with_the_word_army_that_took_a_town_after_the_army_left_overtook_it(tmp_path: Path) -> None:
    """helper-270: "Arakan Army fighters recaptured Kanam … after Nigerian Army troops withdrew" was the
    army regaining it: the group's own name held a state's word."""
    arakan = Entity.actor("Arakan Army", ActorDetails("rebel_group"))
    text = (
        "Residents said Arakan Army fighters recaptured Kanam on Sunday after Nigerian Army troops withdrew overnight."
    )
    claim = text[len("Residents said ") : -1]
    actors = {"Arakan Army": arakan, "Nigerian Army": ARMY}
    row = event_row(tmp_path, text, claim, actors, claim_type="territorial_control", status="retaken")
    assert (row["sub_event_type"], row["actor1"]) == ("Non-state actor overtakes territory", "Arakan Army")


def test_a_province_of_another_country_is_no_province_of_the_place() -> None:
    """helper-270: "JNIM fighters who crossed from the Est Region attacked Nadjoundi", in a report on
    Togo, gave a row in Togo with Burkina Faso's Est as admin1."""
    from annotations.claims.event_country import in_the_province
    from annotations.model import PlaceDetails

    est = Entity.place("Est Region", PlaceDetails("province", country="Burkina Faso", codes={"iso3166_1": "BF"}))
    village = PlaceDetails("village", country="Togo", codes={"iso3166_1": "TG"})
    assert in_the_province(village, est) == village
    assert in_the_province(PlaceDetails("village"), est).province == "Est Region"


def test_a_sit_in_is_a_protest(tmp_path: Path) -> None:
    """helper-269: "Hundreds of residents of Suárez … held a peaceful sit-in outside the town hall on
    Friday" was a development of an unidentified armed group against civilians."""
    claim = "hundreds of residents of Dapaong held a peaceful sit-in on Friday to demand protection from JNIM"
    (row,), _ = rows(tmp_path, f"The mayor said {claim}.", [(claim, "other")])
    assert (row["event_type"], row["sub_event_type"], row["actor1"]) == (
        "Protests",
        "Peaceful protest",
        "Protesters (Togo)",
    )
    assert row["actor2"] == ""  # what they protest against is no party of a peaceful protest


def test_a_toll_after_a_town_retaken_after_a_battle_is_of_that_battle(tmp_path: Path) -> None:
    """helper-268: "the army said … it had retaken the farming town of Adan Yabaal after a two-day
    battle" then "troops … killed 27 al-Shabaab militants … and four soldiers died": the toll was
    about no place and gave no row."""
    text = (
        "The army said on Saturday it had retaken Dapaong after a two-day battle. "
        "A minister said troops killed 27 JNIM militants."
    )
    claims = [
        ("it had retaken Dapaong after a two-day battle", "territorial_control"),
        ("troops killed 27 JNIM militants", "casualties"),
    ]
    (row,), _ = rows(tmp_path, text, claims)
    assert (row["location"], row["fatalities"]) == ("Dapaong", "27")


@pytest.mark.parametrize(
    ("words", "dead"),
    [
        ("a helicopter came under fire, killing a crew member and the commander of the garrison", [2]),
        ("killing a soldier and a police officer", [2]),
        ("killing a soldier and wounding a civilian", [1]),
        ("a soldier was killed and a civilian was abducted", [1]),
    ],
)
def test_two_dead_named_one_by_one_are_two(words: str, dead: list[int]) -> None:
    """helper-268's "a United Nations helicopter … came under fire, killing a crew member and the
    commander of the garrison" was a row of 0 dead."""
    from annotations.claims.figures import death_figures

    assert death_figures(words) == dead


@pytest.mark.parametrize(
    ("claim", "kind"),
    [
        ("clashes broke out between JNIM and the Togolese Armed Forces on Saturday", ("Battles", "Armed clash")),
        ("JNIM fighters detonated a car bomb at the market on Saturday", ("Explosions/Remote violence", "Remote explosive/landmine/IED")),
        ("JNIM fighters stormed the army post on Saturday, the first attack on the town since 2019", ("Battles", "Armed clash")),
        ("JNIM fighters attacked Dapaong and set fire to 20 homes", ("Strategic developments", "Looting/property destruction")),
    ],
)  # fmt: skip
def test_deeds_told_in_other_words_are_rows_where_their_sentence_is(
    tmp_path: Path, claim: str, kind: tuple[str, str]
) -> None:
    """helper-271's review of the rules above: a short list of verbs dropped clashes, bombs and
    executions; "since 2019" anywhere dropped an attack; burning after an attack on a town was no
    looting any more."""
    (row,), _ = rows(tmp_path, f"Residents of Dapaong said {claim}.", [(claim, "other")])
    assert (row["event_type"], row["sub_event_type"]) == kind


@pytest.mark.parametrize(
    "claim",
    [
        "Togolese Armed Forces soldiers manning a checkpoint near Dapaong were killed when JNIM fighters stormed it",
        "Togolese Armed Forces soldiers were patrolling Dapaong as JNIM fighters opened fire",
    ],
)
def test_forces_on_duty_set_upon_are_attacked_however_told(tmp_path: Path, claim: str) -> None:
    (row,), _ = rows(tmp_path, f"Officials said {claim}.", [(claim, "other")])
    assert (row["actor1"], row["actor2"]) == ("JNIM", "Togolese Armed Forces")


def test_a_founding_by_someone_told_before_its_date_is_an_aside() -> None:
    text = "The militia, formed by former rebels in 2019, attacked Dapaong."
    assert _date_of(text, text[:-1]) == (date(2025, 4, 21), 2, "article")


def test_a_province_the_attacks_spread_across_is_the_places_province() -> None:
    """helper-271: "launched attacks across the Kara Region on Saturday, hitting Nadjoundi" lost Kara
    once provinces after "across" were taken for where people went."""
    from annotations.claims.event_country import provinces_told

    text = "JNIM fighters launched attacks across the Kara Region on Saturday, hitting Nadjoundi."
    article = Article.create("Savanes", text, published="2025-04-21")
    kara = Entity.place("Kara Region", PlaceDetails("province", country="Togo", codes={"iso3166_1": "TG"}))
    village = Entity.place("Nadjoundi", PlaceDetails("village"))
    tags = [Annotation.create(article, "district", *span(article, e.name), entity_id=e.id) for e in (kara, village)]
    assert provinces_told(text, tags, {e.id: e for e in (kara, village)}) == {village.id: kara}


@pytest.mark.parametrize("subject", ["Arakan Army troops", "The Arakan Army and its allies"])
def test_a_group_named_with_a_states_word_and_its_men_overtook_the_town(tmp_path: Path, subject: str) -> None:
    """helper-271: "Arakan Army troops recaptured …" and "The Arakan Army and its allies recaptured …"
    were still the army regaining the town."""
    arakan = Entity.actor("Arakan Army", ActorDetails("rebel_group"))
    text = f"Residents said {subject} recaptured Kanam on Sunday after Nigerian Army troops withdrew overnight."
    claim = text[len("Residents said ") : -1]
    row = event_row(
        tmp_path,
        text,
        claim,
        {"Arakan Army": arakan, "Nigerian Army": ARMY},
        claim_type="territorial_control",
        status="retaken",
    )
    assert (row["sub_event_type"], row["actor1"]) == ("Non-state actor overtakes territory", "Arakan Army")


def test_a_list_of_dead_of_two_sides_told_at_length_adds_up() -> None:
    """helper-272: "It said 125 members of the government security forces and 148 fighters loyal to
    Assad had also been killed in the clashes" was a row of 0 dead."""
    from annotations.claims.figures import death_figures

    words = "125 members of the government security forces and 148 fighters loyal to Assad had also been killed"
    assert death_figures(words) == [273]


def test_the_dead_since_then_are_a_running_total() -> None:
    """helper-272: "more than 600 people have been killed in Sinaloa since then" was a row of 600 dead."""
    from annotations.claims.no_row import running_total

    assert running_total("more than 600 people have been killed in Sinaloa since then")


def test_a_grenade_launcher_seized_is_no_grenade_attack(tmp_path: Path) -> None:
    """helper-272: soldiers who "killed four attackers and seized rifles and a grenade launcher" made a
    grenade attack."""
    claim = "Togolese Armed Forces killed four JNIM attackers near Dapaong and seized rifles and a grenade launcher"
    (row,), _ = rows(tmp_path, f"The army said {claim}.", [(claim, "casualties")])
    assert (row["event_type"], row["sub_event_type"]) == ("Battles", "Armed clash")


def test_troops_sent_over_months_are_no_event_of_a_day() -> None:
    """helper-272: "2,500 additional soldiers had been deployed to Culiacan since October" was a row of
    one day."""
    from annotations.claims.no_row import what_keeps_happening

    assert what_keeps_happening("2,500 additional soldiers had been deployed to Dapaong since October")
    assert not what_keeps_happening("2,500 soldiers were deployed to Dapaong on Monday")


def test_a_person_named_and_shot_dead_is_one_dead() -> None:
    """helper-272: "journalist Alejandro Martinez Noguez, who ran a news page …, was shot dead" was a row
    of 0 dead."""
    from annotations.claims.figures import death_figures

    assert death_figures("journalist Kofi Mensah, who ran a news page in Dapaong, was shot dead") == [1]
    assert death_figures("Kofi Mensah was wounded") == []


@pytest.mark.parametrize(
    ("claim", "kind"),
    [
        ("JNIM attacked the market on Saturday, killing five people, and the army will send more troops", "Violence against civilians"),
        ("five people were feared killed when JNIM attacked the market on Saturday", "Violence against civilians"),
    ],
)  # fmt: skip
def test_a_modal_or_a_fear_after_the_deed_keeps_its_row(tmp_path: Path, claim: str, kind: str) -> None:
    """helper-273: "will", "feared" or "plane" anywhere in a claim typed other dropped its row."""
    (row,), _ = rows(tmp_path, f"Residents of Dapaong said {claim}.", [(claim, "other")])
    assert row["event_type"] == kind


def test_victims_at_work_when_the_army_attacked_are_no_party_set_upon(tmp_path: Path) -> None:
    """helper-273: "ISWAP fighters killed 12 villagers working on their farms in Kanam when the Nigerian
    Army attacked their camp" made the army attack ISWAP."""
    text = "Residents said ISWAP fighters killed 12 villagers working on their farms in Kanam when the Nigerian Army attacked their camp."
    claim = text[len("Residents said ") : -1]
    from .test_event_actors import VILLAGERS

    row = event_row(
        tmp_path, text, claim, {"ISWAP": ISWAP, "Nigerian Army": ARMY, "villagers": VILLAGERS}, claim_type="casualties"
    )
    assert (row["event_type"], row["actor1"]) == ("Violence against civilians", "ISWAP")


def test_a_second_named_after_a_killing_is_dead_only_if_nothing_else_befell_them() -> None:
    from annotations.claims.figures import death_figures

    assert death_figures("JNIM ambushed a patrol, killing a soldier and the commander ordered a retreat") == [1]
    assert death_figures("The bomb hit the bus, killing a driver and a passenger was abducted") == [1]


def test_a_toll_of_a_day_with_people_fled_since_then_is_that_days() -> None:
    from annotations.claims.no_row import running_total

    assert not running_total(
        "Five soldiers were killed when JNIM attacked Dapaong on Saturday, and hundreds have fled since then"
    )


@pytest.mark.parametrize(
    "claim",
    [
        "Togolese Armed Forces seized two grenades and rifles in Dapaong",
        "Togolese Armed Forces found a cache of grenades in Dapaong",
    ],
)
def test_grenades_seized_are_no_grenade_attack(tmp_path: Path, claim: str) -> None:
    """helper-273: "Troops seized two grenades and rifles" was a grenade attack."""
    (row,), _ = rows(tmp_path, f"Officials said {claim}.", [(claim, "other")])
    assert row["sub_event_type"] != "Grenade"
