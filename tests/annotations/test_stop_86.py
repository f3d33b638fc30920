"""Suggestions and event rows left wrong at stop 85's end (its note's "Left"), tested on sentences of my own."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotations.claims.figures import death_figures
from annotations.model import ActorDetails, Entity
from annotations.suggest import Knowledge, suggest
from annotations.suggest.builtin_places import builtin_gazetteer

from .test_event_rows_from_words import rows
from .test_event_rows_stop_85 import _rows_said_by


def _told_by_the_army(tmp_path: Path, words: str) -> dict[str, str]:
    """The one event row of `words`, said by the Togolese Armed Forces, JNIM tagged where named."""
    army = Entity.actor("Togolese Armed Forces", ActorDetails("state_forces"))
    jnim = Entity.actor("JNIM", ActorDetails("rebel_group"))
    (row,) = _rows_said_by(tmp_path, f"The Togolese Armed Forces said {words}.", words, army, [jnim], cue="said")
    return row


def _told_by_officials(tmp_path: Path, words: str, forces: str) -> dict[str, str]:
    """The one event row of `words`, said by officials, the forces named by what they are (`forces`) tagged."""
    actor = Entity.actor(forces, ActorDetails("state_forces"))
    (row,) = _rows_said_by(tmp_path, f"{words}, officials said.", words, Entity.actor("officials"), [actor], cue="said")
    return row


def _actors(text: str) -> dict[str, str]:
    """Each actor suggested, by its words: the name of its entity."""
    return {
        s.quote: s.entity.name
        for s in suggest(text, Knowledge([builtin_gazetteer()]))
        if s.kind == "actor" and s.entity
    }


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ("The UN Mission in May reported that 30 civilians were killed in Juba.", "UN Mission"),
        ("The UN Mission on Friday reported that 30 civilians were killed.", "UN Mission"),
        ("The UN Mission in South Sudan said 30 civilians were killed.", "UN Mission in South Sudan"),
    ],
)
def test_a_month_after_a_bodys_name_is_no_part_of_it(text: str, quote: str) -> None:
    """ "The UN Mission in May reported" was an actor named "UN Mission in May"."""
    assert quote in _actors(text)


@pytest.mark.parametrize(
    ("text", "description", "name"),
    [
        (
            "The UN agency, UNHCR, said 4,000 people had fled. UNHCR later said the camps were full.",
            "UN agency",
            "UNHCR",
        ),
        ("The United Nations refugee agency, UNHCR, said 4,000 had fled.", "United Nations refugee agency", "UNHCR"),
        ("The rights group, HRW, said 4,000 people had fled.", "rights group", "HRW"),
        ("A local self-defence militia, KDF, said it repelled the attack.", "local self-defence militia", "KDF"),
    ],
)
def test_a_body_told_by_what_it_is_is_named_by_the_name_after_it(text: str, description: str, name: str) -> None:
    """ "The UN agency, UNHCR," made an entity named "UN agency" (UNHCR its alias): in another article "the UN agency"
    would have linked to it whichever agency it was."""
    actors = _actors(text)
    assert actors[description] == name
    assert actors[name] == name


def test_a_known_group_after_its_description_keeps_its_name() -> None:
    assert _actors("A jihadist group, JNIM, claimed the attack.")["JNIM"] == "JNIM"


@pytest.mark.parametrize(
    ("words", "dead"),
    [
        ("A teacher and his wife and son were killed in the attack.", [3]),
        ("A soldier, a policeman and a civilian were killed.", [3]),
        ("A nurse, a teacher, a farmer and a trader were killed on Monday.", [4]),
        ("A soldier and a civilian were killed.", [2]),
        ("In Bama, a soldier and a civilian were killed.", [2]),
        ("A woman and her children were killed.", [2]),
        ("Troops sent 13 khwarij to hell during the operation.", [13]),
        ("Security forces sent 5 terrorists to hell, the ISPR said.", [5]),
        ("They sent 40 families to the camp.", []),
    ],
)
def test_the_dead_told_one_by_one_and_sent_to_hell(words: str, dead: list[int]) -> None:
    """ "A teacher and his wife and son were killed" and "Troops sent 13 khwarij to hell" had no figure."""
    assert death_figures(words) == dead


def test_drones_launched_from_a_countrys_south_are_not_its_armys(tmp_path: Path) -> None:
    """ "Two drones launched from south Lebanon struck a base" was a strike by Lebanon's army."""
    words = "Two drones launched from south Lebanon struck a base near Dapaong on Tuesday, killing two soldiers"
    military = Entity.actor("Israeli military", ActorDetails("state_forces"))
    text = f"{words}, the Israeli military said."
    (row,) = _rows_said_by(tmp_path, text, words, military, [], cue="said")
    assert row["actor1"] != "Military Forces of Lebanon"
    assert row["sub_event_type"] == "Air/drone strike"


@pytest.mark.parametrize("verb", ["shelled", "bombed"])
def test_a_group_preparing_an_assault_when_the_army_struck_it_is_struck(tmp_path: Path, verb: str) -> None:
    """ "JNIM was preparing an assault when TAF shelled its positions" had JNIM as actor 1."""
    words = f"JNIM was preparing an assault when the Togolese Armed Forces {verb} its positions near Dapaong"
    (row,), _ = rows(tmp_path, f"{words}, a police officer said.", [(words, "other")])
    assert (row["actor1"], row["actor2"]) == ("Togolese Armed Forces", "JNIM")


def test_those_killed_told_as_a_groups_members_are_its_dead(tmp_path: Path) -> None:
    """ "… and that those killed had been members of the 33rd Front": the army's killing of civilians, was."""
    front = Entity.actor("33rd Front", ActorDetails("rebel_group"))
    words = "the Togolese Armed Forces killed 12 people near Dapaong on Monday and that those killed had been members of the 33rd Front"
    army = Entity.actor("Togolese Armed Forces", ActorDetails("state_forces"))
    (row,) = _rows_said_by(tmp_path, f"The army said {words}.", words, army, [front], cue="said")
    assert (row["event_type"], row["actor1"], row["actor2"]) == ("Battles", "Togolese Armed Forces", "33rd Front")


@pytest.mark.parametrize(
    ("then", "day"),
    [
        ("The attack took place on Saturday night, a resident said.", "2025-04-19"),
        ("The raid happened late on Friday, police said.", "2025-04-18"),
        ("The killings occurred in the early hours of Saturday, police said.", "2025-04-19"),
        ("The attack was the deadliest since March 2023, a resident said.", "2025-04-21"),
        ("The town was calm on Saturday, a resident said.", "2025-04-21"),
    ],
)
def test_the_day_told_in_the_next_sentence_dates_the_event(tmp_path: Path, then: str, day: str) -> None:
    """ "JNIM fighters killed 12 civilians in Dapaong, police said. The attack took place on Saturday night" was a row
    of the article's day (a Monday)."""
    words = "JNIM fighters killed 12 civilians in Dapaong"
    (row,), _ = rows(tmp_path, f"{words}, police said. {then}", [(words, "casualties")])
    assert row["event_date"] == day


def _places(text: str) -> dict[str, tuple[str | None, str | None]]:
    """Each place suggested, by its words: its province and country."""
    found = suggest(text, Knowledge([builtin_gazetteer()]))
    return {s.quote: (s.place_details().province, s.place_details().country) for s in found if s.kind == "district"}


@pytest.mark.parametrize(
    "text",
    [
        "BOGOTA, May 4 - Clashes in Tibu killed three people on Sunday.",
        "Colombian troops clashed with ELN rebels in Tibu on Sunday.",
    ],
)
def test_a_town_written_without_its_accent_in_the_country_told(text: str) -> None:
    """ "Tibu" (Tibú, Norte de Santander) in a report from Bogota was a place of the text put in Bogota's district."""
    assert _places(text)["Tibu"] == ("Norte de Santander", "Colombia")


def test_a_capitals_dateline_puts_no_village_in_its_province() -> None:
    """helper-314's Somalia-like case: a village only the text names took the province of the capital the report was
    filed from ("NAIROBI, …" put Balcad in Nairobi City, Kenya)."""
    text = "NAIROBI, May 4 (Reuters) - Al Shabaab fighters attacked a base in Balcad, Somalia's army said."
    assert _places(text)["Balcad"][0] != "Nairobi City"


def test_helper_314s_actors() -> None:
    """helper-314 (Kordofan, Rakhine): "launched by Sudan's paramilitary Rapid Support Forces" made Sudan's government
    an actor; "the paramilitary drone attack" an actor "paramilitary drone"; "The Arakan Army (AA), one of Myanmar's
    most powerful ethnic armed groups," an actor "ethnic armed groups" (a row had the AA against them)."""
    actors = _actors(
        "The Arakan Army (AA), one of Myanmar's most powerful ethnic armed groups, has pushed to within a few "
        "kilometres of Kyaukphyu. Drones launched by Sudan's paramilitary Rapid Support Forces struck the city. "
        "The paramilitary drone attack on Al-Qubba killed 16 people, the ministry said."
    )
    assert "ethnic armed groups" not in actors
    assert "Sudan" not in actors
    assert "paramilitary drone" not in actors
    assert actors["Rapid Support Forces"] == "Rapid Support Forces"


@pytest.mark.parametrize(
    "words",
    [
        "Drones launched by Sudan's paramilitary Rapid Support Forces (RSF) struck the city of Dapaong overnight, "
        "killing at least nine civilians",
        "A military jet bombed a crowded market in Dapaong on Thursday afternoon, killing 18 people",
    ],
)
def test_helper_314s_strikes_from_the_air(tmp_path: Path, words: str) -> None:
    """Both were violence against civilians (an attack), the second by an actor "military jet"."""
    rsf = Entity.actor("Rapid Support Forces", ActorDetails("rebel_group"))
    jet = Entity.actor("military jet", ActorDetails("state_forces"))
    actor = rsf if "Rapid" in words else jet
    (row,) = _rows_said_by(tmp_path, f"{words}, officials said.", words, Entity.actor("officials"), [actor], cue="said")
    assert (row["event_type"], row["sub_event_type"]) == ("Explosions/Remote violence", "Air/drone strike")
    assert row["actor1"] == ("Rapid Support Forces" if actor is rsf else "Military Forces of Togo")


def test_a_body_named_as_the_source_of_a_figure_is_no_party(tmp_path: Path) -> None:
    """helper-315: "drones had also struck the Zamzam camp …, where the United Nations estimates some 400,000 people
    are sheltering" was a strategic development by the United Nations."""
    un = Entity.actor("United Nations", ActorDetails("external_other"))
    words = (
        "drones had also struck the Zamzam camp south of Dapaong, where the United Nations estimates some 400,000 "
        "people are sheltering"
    )
    text = f"The Emergency Lawyers, a rights group, said {words}."
    (row,) = _rows_said_by(tmp_path, text, words, Entity.actor("Emergency Lawyers"), [un], cue="said")
    assert (row["sub_event_type"], row["actor2"]) == ("Air/drone strike", "")
    assert "United Nations" not in row["actor1"]


@pytest.mark.parametrize(
    ("words", "actors"),
    [
        (
            "officers, supported by the Multinational Security Support mission, had pushed JNIM back from the centre of "
            "Dapaong after several hours of fighting and killed at least five JNIM members",
            ("Togolese Police", "JNIM"),
        ),
        ("policemen repelled a JNIM attack on Dapaong on Monday", ("Togolese Police", "JNIM")),
    ],
)
def test_a_forces_men_opening_its_claim_are_its_own(tmp_path: Path, words: str, actors: tuple[str, str]) -> None:
    """helper-314: Haiti's police said "officers, supported by the Kenya-led MSS, had pushed the gunmen back … and
    killed at least five gang members": the row had the gang alone, as an unidentified group."""
    police = Entity.actor("Togolese Police", ActorDetails("state_forces"))
    jnim = Entity.actor("JNIM", ActorDetails("rebel_group"))
    (row,) = _rows_said_by(tmp_path, f"The Togolese Police said {words}.", words, police, [jnim], cue="said")
    assert (row["actor1"], row["actor2"]) == actors


def test_soldiers_ambushed_are_not_the_doers(tmp_path: Path) -> None:
    army = Entity.actor("Togolese Armed Forces", ActorDetails("state_forces"))
    jnim = Entity.actor("JNIM", ActorDetails("rebel_group"))
    words = "soldiers on patrol near Dapaong were ambushed by JNIM fighters"
    text = f"The Togolese Armed Forces said {words}."
    (row,) = _rows_said_by(tmp_path, text, words, army, [jnim], cue="said")
    assert row["actor1"] == "JNIM"


# helper-316's review of b296a30d: each of these was made worse by it, and is as before (or right) now.


@pytest.mark.parametrize(
    "words",
    [
        "In a separate incident, a soldier and a policeman were killed.",
        "According to a witness, a soldier and a civilian were killed.",
        "During a raid on a village, a farmer and his son were killed.",
        "Near a market, a woman and her child were killed.",
    ],
)
def test_a_phrase_before_two_dead_is_none_of_them(words: str) -> None:
    assert death_figures(words) == [2]


@pytest.mark.parametrize(
    "words",
    [
        "JNIM threatened to send 100 soldiers to hell.",
        "The commander said troops would be sending 20 terrorists to hell.",
    ],
)
def test_a_threat_to_send_to_hell_kills_no_one(words: str) -> None:
    assert death_figures(words) == []


def test_a_states_forces_with_their_acronym_keep_their_name() -> None:
    actors = _actors("The Sudanese army, SAF, said it repelled an RSF attack on El Fasher.")
    assert actors["SAF"] == actors["Sudanese army"] == "Military Forces of Sudan"


def test_a_capitals_dateline_still_tells_its_country() -> None:
    places = _places("NAIROBI, May 4 (Reuters) - Gunmen attacked a village near Kasarani, Kenyan police said.")
    assert places["Kasarani"] == (None, "Kenya")


@pytest.mark.parametrize(
    ("words", "row_type"),
    [
        ("JNIM fighters struck military targets near Dapaong on Monday, killing five soldiers", "Battles"),
        ("Drones launched from Benin were shot down before JNIM fighters attacked Dapaong on Monday, killing 4 soldiers",
         "Battles"),
    ],
)  # fmt: skip
def test_ground_attacks_are_no_air_strikes(tmp_path: Path, words: str, row_type: str) -> None:
    (row,), _ = rows(tmp_path, f"{words}, the Togolese Armed Forces said.", [(words, "casualties")])
    assert row["event_type"] == row_type


@pytest.mark.parametrize(
    "words",
    [
        "A military jet from neighbouring Burkina Faso bombed a village near Dapaong on Thursday, killing 18 people",
        "A drone of unknown origin struck a wedding near Dapaong on Thursday, killing 18 people",
    ],
)
def test_forces_said_to_be_from_elsewhere_are_not_the_countrys(tmp_path: Path, words: str) -> None:
    row = _told_by_officials(tmp_path, words, "military jet" if "jet" in words else "drone")
    assert row["actor1"] != "Military Forces of Togo"


@pytest.mark.parametrize(
    "words",
    [
        "soldiers suffered heavy losses in a JNIM ambush near Dapaong on Monday",
        "soldiers stationed near Dapaong were overrun by JNIM fighters on Monday",
        "soldiers killed in the JNIM ambush near Dapaong on Monday were buried on Tuesday",
        "security forces abducted by JNIM in Dapaong on Monday were executed",
    ],
)
def test_forces_told_as_hurt_or_taken_are_not_the_doers(tmp_path: Path, words: str) -> None:
    row = _told_by_the_army(tmp_path, words)
    assert row["actor1"] == "JNIM"


def test_the_police_tell_of_their_officers_not_of_soldiers(tmp_path: Path) -> None:
    police = Entity.actor("Togolese Police", ActorDetails("state_forces"))
    jnim = Entity.actor("JNIM", ActorDetails("rebel_group"))
    words = "soldiers repelled a JNIM attack on Dapaong on Monday"
    (row,) = _rows_said_by(tmp_path, f"The Togolese Police said {words}.", words, police, [jnim], cue="said")
    assert row["actor1"] != "Togolese Police"


def test_an_armed_party_in_a_where_clause_stays_a_party(tmp_path: Path) -> None:
    words = "JNIM fighters attacked Dapaong on Monday, where the Togolese Armed Forces said they killed 12 militants"
    (row,), _ = rows(tmp_path, f"{words}.", [(words, "casualties")])
    assert {row["actor1"], row["actor2"]} == {"JNIM", "Togolese Armed Forces"}


def test_the_dead_accused_of_helping_a_group_are_not_its_members(tmp_path: Path) -> None:
    words = (
        "the Togolese Armed Forces killed 12 people near Dapaong on Monday; those who died were mostly farmers "
        "accused of helping JNIM"
    )
    (row,), _ = rows(tmp_path, f"Residents said {words}.", [(words, "casualties")])
    assert (row["event_type"], row["actor2"]) == ("Violence against civilians", "Civilians (Togo)")


@pytest.mark.parametrize(
    ("then", "day"),
    [
        ("The previous attack took place last month, a resident said.", "2025-04-21"),
        ("The last such attack took place on 3 March, police said.", "2025-04-21"),
        ("The previous raid happened on Friday in Kara.", "2025-04-21"),
        ("The massacre occurred overnight on Friday.", "2025-04-18"),
    ],
)
def test_a_next_sentence_of_another_event_dates_nothing(tmp_path: Path, then: str, day: str) -> None:
    words = "JNIM fighters killed 12 civilians in Dapaong"
    (row,), _ = rows(tmp_path, f"{words}, police said. {then}", [(words, "casualties")])
    assert row["event_date"] == day


def test_one_of_many_armed_groups_describes_the_group() -> None:
    assert "armed groups" not in _actors("M23, one of more than 100 armed groups in eastern Congo, seized Goma.")


def test_armed_groups_are_armed() -> None:
    """helper-315: "Armed groups" was an actor of type "external other", as sources or observers."""
    found = suggest("Armed groups looted the market in El Fasher.", Knowledge([builtin_gazetteer()]))
    (actor,) = [s for s in found if s.kind == "actor"]
    assert actor.quote == "Armed groups" and actor.entity is not None
    assert actor.entity.details.actor_type == "rebel_group"  # type: ignore[union-attr]


def test_people_killed_with_a_party_among_them_are_no_partys_dead(tmp_path: Path) -> None:
    """helper-314: "the assault on Mirebalais had killed four people, among them a police officer" and "A hospital
    official … put the number of dead at six" gave 6 (a toll of no named dead taken as at least the police's);
    both count people, and the lower is the row's (ACLED's rule)."""
    text = (
        "The civil protection agency said the assault on Dapaong had killed four people, among them a Togolese Armed "
        "Forces officer. A hospital official in Dapaong put the number of dead at six."
    )
    claims = [
        ("the assault on Dapaong had killed four people, among them a Togolese Armed Forces officer", "casualties"),
        ("put the number of dead at six", "casualties"),
    ]
    found, _ = rows(tmp_path, text, claims)
    assert [row["fatalities"] for row in found] == ["4"]


def test_rescue_groups_and_civil_protection_agencies_speak() -> None:
    """helper-314: "…, according to a local rescue group" and "The civil protection agency said …" gave claims of no
    one."""
    text = (
        "A military jet bombed a crowded market in Ramree on Thursday, killing 18 people, according to a local rescue "
        "group. The civil protection agency said the assault on Mirebalais had killed four people."
    )
    found = suggest(text, Knowledge([builtin_gazetteer()]))
    claimants = {
        s.quote.split()[2]: text[s.claimant[0] : s.claimant[1]] for s in found if s.kind == "claim" and s.claimant
    }
    assert claimants == {"jet": "local rescue group", "on": "civil protection agency"}


# helper-317's review of 180223b1: each made worse by it, as before (or right) now.


@pytest.mark.parametrize(
    ("words", "dead"),
    [
        ("As a result, a soldier and a civilian were killed.", [2]),
        ("Gunmen stormed a village, a teacher and a pupil were killed.", [2]),
        ("The attackers seized a truck, a soldier and a civilian were killed.", [2]),
        ("The army said: a soldier, a policeman and a civilian were killed.", [3]),
    ],
)
def test_only_a_list_opening_its_sentence_counts_its_first_dead(words: str, dead: list[int]) -> None:
    assert death_figures(words) == dead


def test_drones_that_had_struck_are_an_air_strike(tmp_path: Path) -> None:
    words = "Drones launched by JNIM had struck a base near Dapaong on Tuesday, killing two soldiers"
    (row,), _ = rows(tmp_path, f"{words}, residents said.", [(words, "casualties")])
    assert row["sub_event_type"] == "Air/drone strike"


@pytest.mark.parametrize(
    "words",
    [
        "A drone, believed to be Beninese, struck a market near Dapaong on Thursday, killing 18 people",
        "A military jet crossing from Burkina Faso bombed a market near Dapaong on Thursday, killing 18 people",
    ],
)
def test_forces_told_as_foreign_by_other_words(tmp_path: Path, words: str) -> None:
    row = _told_by_officials(tmp_path, words, "drone" if "drone" in words else "military jet")
    assert row["actor1"] != "Military Forces of Togo"


@pytest.mark.parametrize(
    "words",
    [
        "soldiers killed last week in a JNIM ambush near Dapaong were buried in Kara",
        "troops killed Sunday by JNIM near Dapaong were buried",
        "soldiers repulsed from Dapaong by JNIM on Monday regrouped in Kara",
    ],
)
def test_forces_told_as_killed_or_repulsed_later_in_the_clause_are_not_the_doers(tmp_path: Path, words: str) -> None:
    row = _told_by_the_army(tmp_path, words)
    assert row["actor1"] == "JNIM"


@pytest.mark.parametrize(
    ("then", "day"),
    [
        ("The retaliatory strikes took place on Sunday, police said.", "2025-04-21"),
        ("The Kara attack took place on Friday, police said.", "2025-04-21"),
        ("The kidnapping happened on Friday, days before the killings.", "2025-04-21"),
        ("It happened on Saturday night.", "2025-04-19"),
        ("The attack on the village took place on Saturday.", "2025-04-19"),
        ("The attack took place last Friday.", "2025-04-18"),
    ],
)
def test_the_next_sentence_dates_only_the_event_told(tmp_path: Path, then: str, day: str) -> None:
    words = "JNIM fighters killed 12 civilians in Dapaong"
    (row,), _ = rows(tmp_path, f"{words}, police said. {then}", [(words, "casualties")])
    assert row["event_date"] == day


def test_a_states_police_with_an_acronym_keeps_its_description() -> None:
    assert _actors("The Nigerian police, NPF, said 12 people were killed.")["NPF"] != "NPF"


# helper-319's review of 249762fe: each made worse by it, as before (or right) now.


@pytest.mark.parametrize(
    "words",
    [
        "In the attack, a farmer, a trader and a nurse were killed.",
        "According to residents, a farmer, a trader and a nurse were killed.",
        '"A farmer, a trader and a nurse were killed," he said.',
        "Witnesses told AFP a farmer, a trader and a nurse were killed.",
    ],
)
def test_a_list_after_a_comma_or_a_quote_mark_opens_its_clause(words: str) -> None:
    assert death_figures(words) == [3]


@pytest.mark.parametrize(
    "words",
    [
        "troops repulsed JNIM fighters from Dapaong on Sunday, who were forced to flee",
        "troops repelled an attack led by JNIM on Dapaong on Sunday",
        "soldiers killed fighters sent by JNIM near Dapaong on Sunday",
        "soldiers repulsed and pursued JNIM fighters near Dapaong on Sunday",
    ],
)
def test_a_forces_men_acting_with_by_or_was_later_are_its_own(tmp_path: Path, words: str) -> None:
    row = _told_by_the_army(tmp_path, words)
    assert (row["actor1"], row["actor2"]) == ("Togolese Armed Forces", "JNIM")


def test_jets_told_as_the_countrys_own_are_its(tmp_path: Path) -> None:
    words = "A military jet, probably Togolese, bombed a market near Dapaong on Thursday, killing 18 people"
    row = _told_by_officials(tmp_path, words, "military jet")
    assert row["actor1"] == "Military Forces of Togo"


@pytest.mark.parametrize(
    "then",
    [
        "The JNIM attack took place on Saturday.",
        "The Dapaong attack took place on Saturday.",
        "The jihadist attack took place on Saturday.",
        "The attack on Dapaong took place on Saturday.",
    ],
)
def test_the_next_sentence_names_the_event_by_its_own_words(tmp_path: Path, then: str) -> None:
    words = "JNIM fighters killed 12 civilians in Dapaong"
    (row,), _ = rows(tmp_path, f"{words}, police said. {then}", [(words, "casualties")])
    assert row["event_date"] == "2025-04-19"


def test_a_rescue_team_at_work_is_no_actor() -> None:
    assert "rescue team" not in _actors("A rescue team recovered 9 bodies near Dapaong, police said.")


# helper-321's review of dae19992: each made worse by it, as before (or right) now.


@pytest.mark.parametrize(
    "words",
    [
        "soldiers killed overnight by JNIM fighters near Dapaong were buried on Monday",
        "soldiers killed early Sunday by JNIM near Dapaong were honoured",
        "soldiers killed or wounded by JNIM near Dapaong on Sunday numbered 14",
        "soldiers killed and mutilated by JNIM near Dapaong on Sunday were buried",
        "troops pushed out of Nadjoundi by JNIM fighters on Sunday regrouped in Dapaong",
    ],
)
def test_forces_told_as_hurt_by_other_words_are_not_the_doers(tmp_path: Path, words: str) -> None:
    row = _told_by_the_army(tmp_path, words)
    assert row["actor1"] == "JNIM"


@pytest.mark.parametrize(
    ("said", "home"),
    [
        ("probably French", False),
        ("reportedly Burkinabe", False),
        ("reportedly Wagner's", False),
        ("probably Togolese or Beninese", False),
        ("probably Togolese", True),
    ],
)
def test_a_jets_nationality_told_by_any_name(tmp_path: Path, said: str, home: bool) -> None:
    words = f"A military jet, {said}, bombed a market near Dapaong on Thursday, killing 18 people"
    row = _told_by_officials(tmp_path, words, "military jet")
    assert (row["actor1"] == "Military Forces of Togo") == home


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "JNIM fighters killed 12 civilians in Dapaong, police said. The 2023 attack took place on March 3.",
            "2025-04-21",
        ),
        (
            "JNIM fighters killed 12 civilians in Dapaong, days after an attack on Kara Region, police said. The Kara "
            "attack took place on Thursday.",
            "2025-04-21",
        ),
        (
            "JNIM fighters killed 12 civilians in Dapaong, police said. The initial attack took place on Thursday.",
            "2025-04-21",
        ),
    ],
)
def test_a_year_or_a_name_outside_the_claim_dates_another_event(tmp_path: Path, text: str, day: str) -> None:
    words = "JNIM fighters killed 12 civilians in Dapaong"
    (row,), _ = rows(tmp_path, text, [(words, "casualties")])
    assert row["event_date"] == day


def test_a_rescue_team_that_speaks_is_an_actor() -> None:
    assert "local rescue team" in _actors("A local rescue team said nine bodies were recovered near Dapaong.")


# helper-322's review of adb5d135: each made worse by it, as before (or right) now.


@pytest.mark.parametrize(
    "words",
    [
        "troops drove off JNIM fighters who attacked Dapaong on Sunday, killing 8 of them",
        "soldiers fought off a JNIM assault on Dapaong on Sunday, killing 8 fighters",
        "soldiers stormed and destroyed on Sunday a JNIM camp near Dapaong, killing 8 fighters",
        "troops killed early on Sunday 8 JNIM fighters near Dapaong",
    ],
)
def test_a_forces_men_with_a_phrasal_verb_or_two_verbs_are_its_own(tmp_path: Path, words: str) -> None:
    row = _told_by_the_army(tmp_path, words)
    assert (row["actor1"], row["actor2"]) == ("Togolese Armed Forces", "JNIM")


@pytest.mark.parametrize(("said", "home"), [("reportedly Russian-piloted", False), ("Togolese-flown", True)])
def test_a_hyphenated_nationality(tmp_path: Path, said: str, home: bool) -> None:
    words = f"A military jet, {said}, bombed a market near Dapaong on Thursday, killing 18 people"
    if not said.startswith(("probably", "reportedly")):
        words = f"A military jet, probably {said}, bombed a market near Dapaong on Thursday, killing 18 people"
    row = _told_by_officials(tmp_path, words, "military jet")
    assert (row["actor1"] == "Military Forces of Togo") == home


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "In Dapaong, JNIM fighters killed 12 civilians, police said. The Dapaong attack took place on Saturday.",
            "JNIM fighters killed 12 civilians",
        ),
        (
            "JNIM fighters killed 12 civilians in Dapaong, police said. The 3am attack took place on Saturday.",
            "JNIM fighters killed 12 civilians in Dapaong",
        ),
    ],
)
def test_a_name_of_the_claims_sentence_or_an_hour_dates_it(tmp_path: Path, text: str, words: str) -> None:
    (row,), _ = rows(tmp_path, text, [(words, "casualties")])
    assert row["event_date"] == "2025-04-19"


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers escorting a rescue team said nine bodies were recovered near Dapaong.",
        "Residents told a rescue team official that nine people were missing near Dapaong.",
    ],
)
def test_a_rescue_team_spoken_to_or_escorted_is_no_speaker(text: str) -> None:
    assert "rescue team" not in _actors(text)
