"""Stop 97: event rows helper-360's review left wrong, on sentences written for them."""

from __future__ import annotations

from pathlib import Path

from annotations.claims.figures import death_figures

from .test_stop_95 import parties, suggested_rows


def test_a_group_that_claimed_an_attack_told_before_is_its_actor_1(tmp_path: Path) -> None:
    """helper-360 (A10): "Jaish al-Fursan claimed responsibility" for a bombing told before left the bombing an
    Unidentified Armed Group's."""
    bombing = "A suicide bomber killed nine people at a market in Konduga on Sunday, police said."
    text = f"MAIDUGURI (Reuters) - {bombing} Boko Haram claimed responsibility for the bombing."
    (row,) = suggested_rows(tmp_path, text, "2025-03-10")
    assert parties(row) == ("Boko Haram", "", "Civilians (Nigeria)", "9")
    car = "A car bomb killed five police officers in Zahedan on Sunday, state media said."
    text = f"ZAHEDAN, Iran (Reuters) - {car} The militant group Jaish al-Adl claimed responsibility for the attack."
    (row,) = suggested_rows(tmp_path / "iran", text, "2025-03-10")
    assert parties(row) == ("Jaish al-Adl", "", "Police Forces of Iran", "5")


def test_a_denial_of_responsibility_or_a_doer_named_keeps_the_events_actor(tmp_path: Path) -> None:
    """The group that denied it did not do it; soldiers named as the doers stay actor 1 whoever claims it."""
    bombing = "A suicide bomber killed nine people at a market in Konduga on Sunday, police said."
    text = f"MAIDUGURI (Reuters) - {bombing} Boko Haram denied responsibility for the bombing."
    (row,) = suggested_rows(tmp_path, text, "2025-03-10")
    assert row["actor1"] == "Unidentified Armed Group (Nigeria)"
    clash = "Soldiers killed nine fighters in Konduga on Sunday, police said."
    text = f"MAIDUGURI (Reuters) - {clash} ISWAP claimed responsibility for the attack."
    (row,) = suggested_rows(tmp_path / "soldiers", text, "2025-03-10")
    assert row["actor1"] == "Military Forces of Nigeria"


def test_a_groups_sniper_is_an_actor_the_event_is_his_groups(tmp_path: Path) -> None:
    """helper-360 (A9): "a Houthi sniper" was no actor, the killing an Unidentified Armed Group's."""
    text = (
        "TAIZ, Yemen (Reuters) - A Houthi sniper shot dead a 10-year-old boy in Taiz on Sunday, local officials said."
    )
    (row,) = suggested_rows(tmp_path, text, "2025-03-10")
    assert row["actor1"].startswith("Houthi") and row["actor2"] == "Civilians (Yemen)"
    text = "TAIZ, Yemen (Reuters) - Houthi snipers killed two women in Taiz on Sunday, local officials said."
    (row,) = suggested_rows(tmp_path / "two", text, "2025-03-10")
    assert row["actor1"].startswith("Houthi")


def test_a_place_lost_to_the_army_is_the_armys_taking(tmp_path: Path) -> None:
    """helper-361: "The RSF lost control of Bara to the army" was the RSF overtaking Bara."""
    lost = "lost control of Bara to the {} on Sunday after heavy fighting, a military spokesman said."
    text = f"KHARTOUM (Reuters) - The RSF {lost.format('army')}"
    (row,) = suggested_rows(tmp_path, text, "2025-03-10")
    assert (row["sub_event_type"], row["actor1"], row["actor2"]) == (
        "Government regains territory",
        "Military Forces of Sudan",
        "RSF",
    )
    text = f"KHARTOUM (Reuters) - The army {lost.format('RSF')}"
    (row,) = suggested_rows(tmp_path / "other", text, "2025-03-10")
    assert (row["sub_event_type"], row["actor1"]) == ("Non-state actor overtakes territory", "RSF")


def test_the_armys_forces_are_the_army(tmp_path: Path) -> None:
    """helper-361: "The army's forces" was no actor, the RSF alone in the fight."""
    text = "KHARTOUM (Reuters) - The army's forces pushed the RSF out of Bara on Sunday, a military spokesman said."
    (row,) = suggested_rows(tmp_path, text, "2025-03-10")
    assert (row["actor1"], row["actor2"]) == ("Military Forces of Sudan", "RSF")


def test_the_hospital_a_medic_speaks_from_is_not_where_the_dead_died(tmp_path: Path) -> None:
    """helper-360 (P1): "a medic at El Obeid's hospital" placed the soldiers' toll at El Obeid, a row of its own; it
    is the toll of the attack told before, at Bara."""
    attack = "The RSF attacked army positions in Bara on Monday, the army said."
    for medic in ("a medic at the hospital in El Obeid", "a medic at El Obeid's main hospital"):
        text = f"KHARTOUM (Reuters) - {attack} Fifteen soldiers were killed, {medic} said."
        (row,) = suggested_rows(tmp_path / medic[-8:], text, "2025-03-10")
        assert (row["location"], row["actor1"], row["fatalities"]) == ("Barah", "RSF", "15")
    text = "KHARTOUM (Reuters) - Shelling killed 15 people in El Obeid on Monday, a medic at the hospital in El Obeid said."
    (row,) = suggested_rows(tmp_path / "there", text, "2025-03-10")
    assert row["location"] == "El Obeid"


def test_a_militia_backing_troops_is_their_associate(tmp_path: Path) -> None:
    """helper-360 (A8): "Troops backed by the CJTF repelled an attack by Boko Haram" left the CJTF out of the row."""
    text = (
        "MAIDUGURI (Reuters) - Troops backed by the CJTF repelled an attack by Boko Haram on Konduga on Sunday, "
        "killing 12 insurgents, the army said."
    )
    (row,) = suggested_rows(tmp_path, text, "2025-03-10")
    assert parties(row) == ("Military Forces of Nigeria", "Civilian Joint Task Force", "Boko Haram", "12")


def test_men_of_a_community_killed_are_civilians(tmp_path: Path) -> None:
    """helper-360 (A4): "Alawite men" killed were actor 2 in their own words, no Civilians (Syria)."""
    text = (
        "DAMASCUS (Reuters) - Gunmen killed 12 Alawite men in the village of Arzeh in Hama province on Sunday, "
        "the Syrian Observatory for Human Rights said."
    )
    (row,) = suggested_rows(tmp_path, text, "2025-03-10")
    assert (row["actor2"], row["assoc_actor_2"]) == ("Civilians (Syria)", "Alawite men")


def test_security_forces_an_interior_ministry_tells_of_are_its_police(tmp_path: Path) -> None:
    """helper-360 (A3): an interior ministry's "security forces" are the state's police, a defence ministry's its
    military."""
    told = "DAMASCUS (Reuters) - Security forces killed four gunmen in Latakia on Sunday, the {} ministry said."
    (row,) = suggested_rows(tmp_path, told.format("interior"), "2025-03-10")
    assert row["actor1"] == "Police Forces of Syria"
    (row,) = suggested_rows(tmp_path / "defence", told.format("defence"), "2025-03-10")
    assert row["actor1"] == "Military Forces of Syria"


def test_a_days_number_before_killed_is_no_toll() -> None:
    """helper-362 (R1): "An attack in Masisi on Jan. 4 killed 3 villagers" counted 4 dead, "on Dec. 17 killed 11" 17."""
    assert death_figures("An attack in Masisi on Jan. 4 killed 3 villagers") == [3]
    assert death_figures("An air strike on Dec. 17 killed 11 civilians") == [11]
    assert death_figures("The May 2023 attack killed 40 people") == [40]
    assert death_figures("Gunmen killed 3 villagers in Masisi on Jan. 4") == [3]


def test_a_town_after_its_outlets_dateline_or_in_a_wider_place_is_the_events(tmp_path: Path) -> None:
    """helper-362 (R2, R3, R4): "BAMAKO (Reuters) -" was taken for a place of the claim's sentence (no comma: no
    dateline), and "In Gao in northern Mali" named two: no place, no row, or the toll of an "adding that" clause lost."""
    said = "residents said soldiers killed 20 traders on June 28."
    for opening in ("In Gao, ", "Fighting continued. In Gao in northern Mali, "):
        (row,) = suggested_rows(tmp_path / opening[:6], f"BAMAKO (Reuters) - {opening}{said}", "2025-07-02")
        assert (row["location"], row["event_date"], row["fatalities"]) == ("Gao", "2025-06-28", "20")
    text = (
        "BAMAKO (Reuters) - Militants attacked army positions in Kayes on Tuesday, the army said, adding that its "
        "troops killed more than 80 assailants."
    )
    (row,) = suggested_rows(tmp_path / "adding", text, "2025-07-02")
    assert (row["location"], row["fatalities"]) == ("Kayes", "80")


def test_islamist_militants_are_no_ones_name(tmp_path: Path) -> None:
    """helper-362 (R5): "Islamist militants" was actor 1 by that name."""
    text = "BAMAKO (Reuters) - Islamist militants killed 12 villagers in Kayes on Tuesday, police said."
    (row,) = suggested_rows(tmp_path, text, "2025-07-02")
    assert row["actor1"] == "Unidentified Armed Group (Mali)"


def test_a_group_that_claimed_the_attacks_or_was_blamed_for_them_is_their_actor_1(tmp_path: Path) -> None:
    """helper-362 (R6, R14): "JNIM claimed the attacks" (no "responsibility") and "The army blamed the Rapid Support
    Forces for the attack" left the events an Unidentified Armed Group's; a group's own claim goes before a blame."""
    text = (
        "BAMAKO (Reuters) - Gunmen attacked army positions in Kayes on Tuesday, the army said. JNIM claimed the "
        "attacks in a statement."
    )
    (row,) = suggested_rows(tmp_path, text, "2025-07-02")
    assert (row["actor1"], row["actor2"]) == ("JNIM", "Military Forces of Mali")
    strike = "A drone strike on a market in Omdurman killed 54 people on Saturday, the health ministry said."
    text = f"PORT SUDAN, Sudan (Reuters) - {strike} The army blamed the Rapid Support Forces for the attack."
    (row,) = suggested_rows(tmp_path / "blamed", text, "2025-02-03")
    assert parties(row) == ("Rapid Support Forces", "", "Civilians (Sudan)", "54")
    text = f"PORT SUDAN, Sudan (Reuters) - {strike} The army blamed the Rapid Support Forces for the attack. JNIM claimed responsibility for the attack."
    (row,) = suggested_rows(tmp_path / "both", text, "2025-02-03")
    assert row["actor1"] == "JNIM"


def test_another_sources_lower_toll_of_a_crowd_fired_on_is_that_events(tmp_path: Path) -> None:
    """helper-362 (R7): the interior ministry's toll of three was an "Armed clash" of its own beside the protest's
    eight dead."""
    text = (
        "NAIROBI (Reuters) - Police fired live rounds at protesters in Nairobi on Wednesday, killing eight people, "
        "Amnesty International said. The interior ministry put the death toll at three."
    )
    (row,) = suggested_rows(tmp_path, text, "2025-06-26")
    assert (row["sub_event_type"], row["actor2"], row["fatalities"]) == (
        "Excessive force against protesters",
        "Police Forces of Kenya",
        "3",
    )


def test_hours_later_is_the_same_day(tmp_path: Path) -> None:
    """helper-362 (R8): "Hours later, U.S. Africa Command said it had conducted an airstrike" was dated the article's
    day, not the bombing's."""
    text = (
        "MOGADISHU (Reuters) - A car bomb exploded in Mogadishu on Sunday, killing seven soldiers, a police officer "
        "said. Hours later, U.S. Africa Command said it had conducted an airstrike near Jilib, killing three militants."
    )
    assert [row["event_date"] for row in suggested_rows(tmp_path, text, "2025-04-14")] == ["2025-04-13", "2025-04-13"]


def test_congos_army_is_the_army_of_the_congo_the_event_is_in(tmp_path: Path) -> None:
    """helper-362 (R11, R12): "Congo's army" in Goma was "Military Forces of Congo", and "the army" beside it stayed
    "army"."""
    text = "GOMA, Congo (Reuters) - Congo's army said it killed 30 M23 rebels in Masisi on Jan. 4."
    (row,) = suggested_rows(tmp_path, text, "2025-01-06")
    assert row["actor1"] == "Military Forces of the Democratic Republic of Congo"
    text = (
        "GOMA, Congo (Reuters) - M23 rebels captured Masisi on Jan. 4 after fighting with the army, a local official "
        "said. Congo's army said on Sunday it had not withdrawn from Masisi."
    )
    rows = suggested_rows(tmp_path / "two", text, "2025-01-06")
    assert rows[0]["actor2"] == "Military Forces of the Democratic Republic of Congo"


def test_tolls_of_a_raid_that_differ_join_the_raid(tmp_path: Path) -> None:
    """helper-362 (R13): the residents' five dead and the police's "only two" split the abduction into two rows."""
    text = (
        "GUSAU, Nigeria (Reuters) - Gunmen abducted 40 villagers in Kaura Namoda on Saturday, police said. Residents "
        "said the attackers also killed five people. A police spokesman said only two people were killed."
    )
    (row,) = suggested_rows(tmp_path, text, "2025-03-10")
    assert (row["location"], row["fatalities"]) == ("Kaura Namoda", "2")


def test_the_side_that_says_it_fought_the_attack_off_is_its_actor_2(tmp_path: Path) -> None:
    """helper-362 (R15): "Ukraine's military said it had repelled the assault" after Russia's capture of Vodiane left
    the capture with no actor 2."""
    text = (
        "KYIV (Reuters) - Russia's defence ministry said on Sunday its troops had captured Vodiane in the Donetsk "
        "region. Ukraine's military said it had repelled the assault."
    )
    (row,) = suggested_rows(tmp_path, text, "2025-05-19")
    assert (row["actor1"], row["actor2"]) == ("Military Forces of Russia", "Military Forces of Ukraine")


def test_a_place_said_not_left_and_not_fallen_is_no_event(tmp_path: Path) -> None:
    """helper-362 (R10): "it had not withdrawn from Masisi and that the town had not fallen" was an armed clash."""
    text = "GOMA, Congo (Reuters) - The army said it had not withdrawn from Masisi and that the town had not fallen."
    assert suggested_rows(tmp_path, text, "2025-01-06") == []


def test_a_place_made_another_kind_takes_the_old_places_stead_in_its_claims(tmp_path: Path) -> None:
    """helper-363: "Rubaya" tagged a district, then edited to a city, became a new place (a district and a town are two
    places), and its claim kept the district with no mention left in it: the board filed the claim under both."""
    from annotations.forms.inputs import ClaimInput, DistrictInput
    from annotations.forms.save import save_claim, save_district
    from annotations.model import Article, ClaimAttributes
    from annotations.store import Store

    from ..helpers import span

    text = "M23 said it had seized Rubaya on Sunday. Rubaya lies north of Goma."
    with Store.open(tmp_path / "db") as store:
        article = Article.create("Rubaya", text)
        store.add_article(article)
        save_district(store, article, *span(article, "Rubaya"), DistrictInput("Rubaya"), annotator="ana")
        (district,) = store.entities("place")
        save_claim(
            store, article, 9, text.index(" on Sunday"), ClaimInput(cue="said", places=(district.id,)), annotator="ana"
        )
        (mention,) = [a for a in store.annotations(article.id) if a.kind == "district"]
        save_district(
            store,
            article,
            mention.start,
            mention.end,
            DistrictInput("Rubaya", "city"),
            annotator="ana",
            existing=mention,
        )
        (town,) = [e for e in store.entities("place") if e.id != district.id]
        (claim,) = [a for a in store.annotations(article.id) if a.kind == "claim"]
        assert isinstance(claim.attributes, ClaimAttributes) and claim.attributes.places == (town.id,)


def test_a_place_after_and_a_new_reporting_verb_is_not_the_place_taken_before() -> None:
    """helper-363: Kibabi was "retaken" because the group "had “liberated” Rubaya and accused the army of shelling
    villages near Kibabi"."""
    from annotations.text.readings import control_status_near

    text = (
        "M23 spokesman Lawrence Kanyuka said on X that the group had “liberated” Rubaya and accused the army of "
        "shelling villages near Kibabi."
    )
    assert control_status_near(text, text.index("Kibabi"), text.index("Kibabi") + 6) == "unknown"
    assert control_status_near(text, text.index("Rubaya"), text.index("Rubaya") + 6) == "retaken"


def test_a_village_is_in_no_province_of_a_metropolis_the_story_was_filed_from(tmp_path: Path) -> None:
    """helper-364 (R13): "YANGON, Myanmar (AP) - The Arakan Army captured Paletwa" put Paletwa, which no gazetteer
    here knows, in Yangon region, 500 km off (a capital's dateline gave its country only, Yangon is no capital)."""
    text = "YANGON, Myanmar (AP) - The Arakan Army captured Paletwa on Thursday, the group said."
    (row,) = suggested_rows(tmp_path, text, "2024-05-04")
    assert (row["location"], row["admin1"], row["country"]) == ("Paletwa", "", "Myanmar")


def test_a_village_said_to_be_in_another_country_after_a_comma_is_in_it(tmp_path: Path) -> None:
    """helper-364 (R14): "in Fambita, Niger," under a BAMAKO dateline was in Mali."""
    text = "BAMAKO, Mali (AP) - Gunmen killed 22 civilians in Fambita, Niger, on Friday, the interior ministry said."
    (row,) = suggested_rows(tmp_path, text, "2024-09-18")
    assert (row["location"], row["country"], row["actor2"]) == ("Fambita", "Niger", "Civilians (Niger)")


def test_a_revised_toll_that_names_its_event_raises_that_events_toll(tmp_path: Path) -> None:
    """helper-364 (R1): "The death toll from the Maru attack rose to 19" was a battle of its own on the article's
    day, the attack's row keeping 11."""
    text = (
        "KADUNA (Reuters) - Gunmen killed 11 villagers in Maru on Friday, a local official said. The death toll from "
        "the Maru attack rose to 19, residents said."
    )
    (row,) = suggested_rows(tmp_path, text, "2024-03-10")
    assert (row["event_date"], row["event_type"], row["fatalities"]) == (
        "2024-03-08",
        "Violence against civilians",
        "19",
    )


def test_a_town_the_army_says_it_remained_in_control_of_is_held_not_captured() -> None:
    """helper-365: "it remained in control of Um Kadada" was a capture, on the attackers' side of the board."""
    from annotations.text.readings import control_status_near

    text = (
        "The Sudanese army said on Tuesday it remained in control of Um Kadada, a town in North Darfur state, after "
        "repelling an assault by the Rapid Support Forces on Sunday."
    )
    at = text.index("Um Kadada")
    assert control_status_near(text, at, at + len("Um Kadada")) == "government_held"
    text = "The RSF said on Tuesday it remained in control of Um Kadada."
    at = text.index("Um Kadada")
    assert control_status_near(text, at, at + len("Um Kadada")) == "captured"


def test_a_force_that_withdrew_from_a_fallen_town_lost_it(tmp_path: Path) -> None:
    """helper-365: "Sake has fallen, the Armed Forces of the DRC (FARDC) have withdrawn toward Goma" was the FARDC
    regaining Sake."""
    text = "GOMA (Reuters) - Sake has fallen, the army has withdrawn toward Goma, a resident said."
    (row,) = suggested_rows(tmp_path, text, "2025-01-24")
    assert (row["sub_event_type"], row["actor2"]) == (
        "Non-state actor overtakes territory",
        "Military Forces of the Democratic Republic of Congo",
    )


def test_the_countries_peacekeepers_came_from_are_neither_the_place_nor_a_break_in_the_toll() -> None:
    """helper-365: "At least 13 peacekeepers from South Africa, Malawi and Uruguay were killed" counted no dead, at an
    event in Uruguay."""
    from annotations.claims.elsewhere import WHERE_THEY_COME_FROM

    words = "At least 13 peacekeepers from South Africa, Malawi and Uruguay were killed in clashes with the rebels"
    assert death_figures(words) == [13]
    assert WHERE_THEY_COME_FROM.search(words[: words.index("Uruguay")]) is not None
    assert WHERE_THEY_COME_FROM.search(words[: words.index("Malawi")]) is not None


def test_federal_troops_are_the_countrys_forces(tmp_path: Path) -> None:
    """helper-364 (R5): "Ethiopian federal troops" and "federal troops" kept those words as actor 2."""
    for troops in ("Ethiopian federal troops", "federal troops"):
        text = (
            f"ADDIS ABABA (Reuters) - Fano militiamen clashed with {troops} in Debre Markos on Jan. 4, residents said."
        )
        (row,) = suggested_rows(tmp_path / troops[:3], text, "2024-01-06")
        assert row["actor2"] == "Military Forces of Ethiopia"


def test_an_attack_on_a_gendarmerie_school_is_a_battle(tmp_path: Path) -> None:
    """helper-364 (R9): "attacked a gendarmerie school" was an attack on civilians."""
    text = (
        "BAMAKO, Mali (AP) - JNIM fighters attacked a gendarmerie school in Bamako on Tuesday, killing 70 people, a "
        "security source said."
    )
    (row,) = suggested_rows(tmp_path, text, "2024-09-18")
    assert (row["event_type"], row["actor1"]) == ("Battles", "JNIM") and row["actor2"].endswith("Forces of Mali")


def test_a_groups_gunmen_named_after_it_are_its_own(tmp_path: Path) -> None:
    """helper-364 (R6): "Clan del Golfo gunmen" and "Viv Ansanm gang members" gave the group an Unidentified Armed
    Group as associate."""
    text = "BOGOTA (Reuters) - Clan del Golfo gunmen killed four people in Tierralta on Sunday, police said."
    (row,) = suggested_rows(tmp_path, text, "2025-03-11")
    assert (row["actor1"], row["assoc_actor_1"]) == ("Clan del Golfo", "")
    text = "PORT-AU-PRINCE, Haiti (AP) - Viv Ansanm gang members attacked Mirebalais on Monday, killing 10 civilians, police said."
    (row,) = suggested_rows(tmp_path / "haiti", text, "2025-04-03")
    assert (row["actor1"], row["assoc_actor_1"]) == ("Viv Ansanm", "")


def test_people_arrested_by_who_they_are_are_civilians(tmp_path: Path) -> None:
    """helper-364 (R12): "Soldiers arrested 15 students" had "students" as actor 2."""
    text = "YANGON, Myanmar (AP) - Soldiers arrested 15 students in Mandalay on Friday, a rights group said."
    (row,) = suggested_rows(tmp_path, text, "2024-05-04")
    assert (row["sub_event_type"], row["actor2"], row["assoc_actor_2"]) == (
        "Arrests",
        "Civilians (Myanmar)",
        "students",
    )


def test_importing_an_undated_article_again_with_published_dates_it(tmp_path: Path) -> None:
    """helper-365: a second import with --published was skipped as a duplicate, and the command line had no other way
    to date the article (its claims gave no event rows); a date it has already is kept."""
    import io

    from annotations.cli import run
    from annotations.store import Store

    article = tmp_path / "a.txt"
    article.write_text("Konduga\n\nGunmen killed 3 villagers in Konduga on Sunday, police said.\n", encoding="utf-8")
    db = str(tmp_path / "db")
    assert run(["import", "--db", db, str(article)], stdout=io.StringIO(), stderr=io.StringIO()) == 0
    said = io.StringIO()
    assert run(["import", "--db", db, "--published", "2025-03-10", str(article)], stdout=said, stderr=said) == 0
    assert "1 of them now dated" in said.getvalue()
    assert run(["import", "--db", db, "--published", "2025-03-11", str(article)], stdout=said, stderr=said) == 0
    with Store.open(tmp_path / "db", readonly=True) as store:
        assert [a.published for a in store.articles()] == ["2025-03-10"]


def test_the_claims_table_dates_a_toll_as_the_event_rows_do(tmp_path: Path) -> None:
    """helper-365: the claims CSV dated "18 people were killed" (after Sunday's assault) the article's day, the event
    rows and the JSON export's `derived` Sunday."""
    import csv
    import io

    from annotations.cli import run

    text = (
        "PORT SUDAN (AFP) - The RSF attacked the town of Um Kadada on Sunday, the army said. Eighteen people were killed, an army "
        "spokesman said."
    )
    (row,) = [r for r in suggested_rows(tmp_path, text, "2025-03-04") if r["fatalities"] == "18"]
    out = io.StringIO()
    db = str(tmp_path / "db")
    assert run(["export", "--db", db, "--format", "csv", "--table", "claims"], stdout=out, stderr=io.StringIO()) == 0
    dates = {r["claim_text"]: r["event_date"] for r in csv.DictReader(io.StringIO(out.getvalue()))}
    assert dates["Eighteen people were killed"] == row["event_date"] == "2025-03-02"


def test_another_sources_toll_of_people_after_a_clash_is_the_clashs(tmp_path: Path) -> None:
    """helper-364 (R2): "Hospital officials said 27 people were killed" after a clash was an attack on civilians of
    its own beside the battle."""
    text = (
        "ADDIS ABABA (Reuters) - Fano militiamen clashed with soldiers in Debre Markos on Jan. 4, leaving at least 20 "
        "fighters dead, residents said. Hospital officials said 27 people were killed."
    )
    (row,) = suggested_rows(tmp_path, text, "2024-01-06")
    assert (row["event_type"], row["actor1"], row["actor2"]) == ("Battles", "Fano", "Military Forces of Ethiopia")


def test_a_groups_name_with_a_word_of_faith_still_names_it() -> None:
    """ "Islamist militants" name no group (helper-362), but "Islamic State militants" still name the Islamic State."""
    from annotations.entities.scope import is_generic

    assert is_generic("Islamist militants") and is_generic("suspected jihadist fighters")
    assert not is_generic("Islamic State militants") and not is_generic("Islamic State")


def test_the_side_that_denies_losing_a_place_taken_is_its_actor_2(tmp_path: Path) -> None:
    """helper-364 (R10): "The RSF said it had seized Babanusa on Monday, a claim the army denied" had no actor 2."""
    for denial in (", a claim the army denied.", ". The army denied losing the town."):
        text = f"PORT SUDAN, Sudan (Reuters) - The RSF said it had seized Babanusa on Monday{denial}"
        (row,) = suggested_rows(tmp_path / denial[2:8], text, "2025-03-04")
        assert (row["actor1"], row["actor2"]) == ("RSF", "Military Forces of Sudan")


def test_a_town_retaken_named_back_is_the_town_told_before(tmp_path: Path) -> None:
    """helper-364 (R4): "Soldiers retook the town on Jan. 5" named no place, and gave no row."""
    text = (
        "ADDIS ABABA (Reuters) - Fano fighters seized Debre Markos on Jan. 4, residents said. Soldiers retook the town "
        "on Jan. 5, the military said."
    )
    rows = suggested_rows(tmp_path, text, "2024-01-06")
    assert [(r["event_date"], r["sub_event_type"], r["location"]) for r in rows] == [
        ("2024-01-04", "Non-state actor overtakes territory", "Debre Markos"),
        ("2024-01-05", "Government regains territory", "Debre Markos"),
    ]
