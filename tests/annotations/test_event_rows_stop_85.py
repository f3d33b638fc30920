"""Event rows and their figures found wrong at stop 84's end and stop 85 (reviews and newcomers), tested on
sentences of my own."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from annotations.claims.figures import death_figures
from annotations.cli import run
from annotations.model import ActorDetails, Article, ClaimAttributes, DistrictAttributes, Entity
from annotations.store import Store

from .test_event_rows_from_words import DAPAONG, rows
from .test_events_export import tag


@pytest.mark.parametrize(
    ("words", "dead"),
    [
        ("JNIM fighters killed 12 civilians in Dapaong on Monday. The death toll rose to 15 on Tuesday", [15]),
        ("JNIM fighters killed 12 civilians on Monday, and the toll has risen to 15", [15]),
        ("Gunmen killed 5 soldiers and 7 civilians. The toll climbed to 15.", [15]),
        ("Seven people were killed on Monday and the death toll reached 9 on Tuesday", [9]),
        ("Gunmen killed 12 people, police said, but residents said 20 were killed.", [12, 20]),
        ("Gunmen killed 20 people. The death toll rose to 15.", [20, 15]),
        ("Two of the injured died, raising the death toll to nine.", [9]),
    ],
)
def test_a_toll_raised_since_is_the_count(words: str, dead: list[int]) -> None:
    """Stop 84's review: "killed 12 … the death toll rose to 15 on Tuesday" was two figures of one event, its
    row the lower (12); a toll that rose counts the dead told before it. Two sources' figures stay two, and a
    toll "risen" below the dead told is not taken as a revision."""
    assert death_figures(words) == dead


@pytest.mark.parametrize(
    "text",
    [
        "Three civilians were killed in crossfire between JNIM and the Togolese Armed Forces in Dapaong on Monday.",
        "Three civilians were killed in clashes between JNIM and the Togolese Armed Forces in Dapaong on Monday.",
        "Three civilians died when they were caught in the crossfire as JNIM fighters and the Togolese Armed Forces "
        "clashed in Dapaong on Monday.",
    ],
)
def test_the_dead_caught_between_two_sides_are_of_their_battle(tmp_path: Path, text: str) -> None:
    """Stop 84's review: civilians "caught in crossfire between JNIM and TAF" were JNIM's attack on civilians."""
    (row,), _ = rows(tmp_path, text, [(text, "casualties")])
    assert (row["event_type"], row["sub_event_type"]) == ("Battles", "Armed clash")
    assert {row["actor1"], row["actor2"]} == {"JNIM", "Togolese Armed Forces"}
    assert row["fatalities"] == "3"


def test_civilians_killed_by_one_side_stay_its_attack(tmp_path: Path) -> None:
    text = "JNIM fighters killed three civilians in Dapaong on Monday, residents said."
    (row,), _ = rows(tmp_path, text, [(text, "casualties")])
    assert (row["event_type"], row["actor1"]) == ("Violence against civilians", "JNIM")


@pytest.mark.parametrize(
    ("words", "dead"),
    [
        ("Gunmen shot dead a village chief and his son near Dapaong on Tuesday", [2]),
        ("Gunmen shot dead a farmer and his wife", [2]),
        ("Gunmen killed a trader and his son, police said", [2]),
        ("Gunmen killed a trader and his son fled", [1]),
        ("A trader was killed and his son was wounded", [1]),
        ("Gunmen killed two herders and their three children", [5]),
        ("Gunmen killed two herders and their three children fled", [2]),
        ("A soldier and a civilian were killed", [2]),
        ("A teacher and her daughter died", [2]),
        ("A soldier and a civilian were wounded", []),
    ],
)
def test_a_family_told_one_by_one_counts(words: str, dead: list[int]) -> None:
    """helper-307: "shot dead a traditional chief and his son in Kumba" was one dead (a family counted only with a
    number: "his two sons"); "A soldier and a civilian were killed" was none."""
    assert death_figures(words) == dead


def _rows_said_by(
    tmp_path: Path, text: str, words: str, claimant: Entity, others: list[Entity], cue: str = "claimed"
) -> list[dict[str, str]]:
    """The event rows of one claim of `words` said by `claimant` (tagged at its first name), with `others` tagged
    wherever their names stand, and Dapaong."""
    path = tmp_path / "db"
    with Store.open(path) as store:
        store.put_entity(DAPAONG)
        article = Article.create("Savanes", text, published="2025-04-21")
        store.add_article(article)
        tag(store, article, "district", "Dapaong", entity_id=DAPAONG.id, attributes=DistrictAttributes())
        for actor in others:
            store.put_entity(actor)
            for nth in range(text.count(actor.name)):
                tag(store, article, "actor", actor.name, nth, entity_id=actor.id)
        store.put_entity(claimant)
        said_by = tag(store, article, "actor", claimant.name, entity_id=claimant.id)
        attributes = ClaimAttributes(
            cue=cue, claim_type="other", claimant_annotation_id=said_by.id, claimant_entity_id=claimant.id
        )
        tag(store, article, "claim", words, attributes=attributes)
    out, err = io.StringIO(), io.StringIO()
    assert run(["export", "--format", "events", "--db", str(path)], stdout=out, stderr=err) == 0
    return list(csv.DictReader(io.StringIO(out.getvalue())))


ISSP = Entity.actor("Islamic State Sahel Province", ActorDetails("rebel_group"))
AMAQ = Entity.actor("Amaq", ActorDetails("media"))


def test_responsibility_claimed_through_an_agency_is_the_claimants_act(tmp_path: Path) -> None:
    """helper-307: "Islamic State claimed responsibility through its Amaq news agency for an ambush on Monday on a
    military convoy near Ayorou" was a strategic development of Amaq's."""
    text = (
        "Islamic State Sahel Province claimed responsibility through its Amaq news agency for an ambush on Tuesday "
        "on a military convoy near Dapaong."
    )
    words = text[text.index("responsibility") : -1]
    (row,) = _rows_said_by(tmp_path, text, words, ISSP, [AMAQ])
    assert (row["event_type"], row["actor1"], row["actor2"]) == (
        "Battles",
        "Islamic State Sahel Province",
        "Military Forces of Togo",
    )


def test_the_doer_of_what_came_before_is_no_associate(tmp_path: Path) -> None:
    """helper-307: "soldiers had killed at least 45 civilians in Merawi … after a Fano attack on the town" had
    Fano beside the army; with no one else named, the one named after "after" did it."""
    text = "The Togolese Armed Forces killed 12 civilians in Dapaong after a JNIM attack on the town, residents said."
    (row,), _ = rows(tmp_path / "a", text, [(text[: text.index(", residents")], "casualties")])
    assert (row["actor1"], row["assoc_actor_1"]) == ("Togolese Armed Forces", "")
    text = "Twelve civilians were killed in Dapaong after JNIM fighters attacked the town, residents said."
    (row,), _ = rows(tmp_path / "b", text, [(text[: text.index(", residents")], "casualties")])
    assert row["actor1"] == "JNIM"


def test_those_who_inquire_into_a_killing_did_not_do_it(tmp_path: Path) -> None:
    """Stop 84's review: "opened an investigation into the killing of 12 civilians by JNIM" was the army's attack."""
    text = "The Togolese Armed Forces opened an inquiry into the killing of 12 civilians by JNIM in Dapaong on Monday."
    (row,), _ = rows(tmp_path / "a", text, [(text[:-1], "casualties")])
    assert (row["event_type"], row["actor1"]) == ("Violence against civilians", "JNIM")
    text = "The Togolese Armed Forces opened an inquiry into the killing of 12 civilians in Dapaong on Monday."
    (row,), _ = rows(tmp_path / "b", text, [(text[:-1], "casualties")])
    assert row["actor1"] == "Unidentified Armed Group (Togo)"


@pytest.mark.parametrize(
    ("words", "dead"),
    [
        (
            "JNIM killed 12 civilians on Monday. The overall death toll from attacks in the region this year rose to 350.",
            [12, 350],
        ),
        ("Two people were killed on Monday; the death toll from the week's protests rose to 31", [2, 31]),
        ("Fourteen fighters were killed. The toll of the fighting rose to 40 since January", [14, 40]),
        ("Gunmen killed a local chief and his son remains in hospital.", [1]),
        ("A mother and her children were killed", [2]),  # at least two (helper-310)
        ("A farmer and his wife and two children were killed", [4]),
        ("Gunmen killed a herder and his wife and three children", [5]),
        ("A mother and her three children were killed", [4]),
        ("A couple and their two children were killed", [4]),
        ("Two men and their three children were killed", [5]),
    ],
)
def test_helper_308s_tolls_and_families(words: str, dead: list[int]) -> None:
    """helper-308's review of the raised tolls and the families: a toll of a wider span or scope is no revision of
    the event's count; a family told in the plural with no number is one more at least; those told before a family's
    number are counted with it."""
    assert death_figures(words) == dead


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "The Togolese Armed Forces killed 9 civilians in Dapaong in the fighting between the army and JNIM.",
            "Violence",
        ),
        (
            "JNIM executed three civilians in Dapaong during a battle between JNIM and the Togolese Armed Forces.",
            "Violence",
        ),
        ("Nine civilians were killed in Dapaong in fighting between the Togolese Armed Forces and JNIM.", "Battles"),
    ],
)
def test_civilians_killed_by_a_side_amid_a_battle_are_its_attack(tmp_path: Path, text: str, event_type: str) -> None:
    """helper-308: the crossfire rule made one side's killing of civilians during a battle the battle itself."""
    (row,), _ = rows(tmp_path, text, [(text[:-1], "casualties")])
    assert row["event_type"].startswith(event_type)


KOGLWEOGO = Entity.actor("Koglweogo", ActorDetails("identity_militia"))


def test_responsibility_said_to_lie_with_another_is_not_the_speakers(tmp_path: Path) -> None:
    """helper-308: "The army said responsibility for the killing of 15 villagers … lay with the Koglweogo militia"
    made the army the killers."""
    text = (
        "The Togolese Armed Forces said responsibility for the killing of 15 villagers in Dapaong lay with Koglweogo."
    )
    words = text[text.index("responsibility") : -1]
    army = Entity.actor("Togolese Armed Forces", ActorDetails("state_forces"))
    (row,) = _rows_said_by(tmp_path, text, words, army, [KOGLWEOGO], cue="said")
    assert (row["event_type"], row["actor1"]) == ("Violence against civilians", "Koglweogo")


def test_a_side_named_after_a_prior_attack_in_a_battle_stays(tmp_path: Path) -> None:
    """helper-308: "JNIM fighters killed 6 soldiers … after a Togolese Armed Forces offensive" lost actor 2."""
    text = "JNIM fighters killed 6 soldiers in Dapaong after a Togolese Armed Forces offensive in the area."
    (row,), _ = rows(tmp_path, text, [(text[:-1], "casualties")])
    assert (row["actor1"], row["actor2"]) == ("JNIM", "Togolese Armed Forces")


def test_responsibility_for_an_attack_told_elsewhere_gives_no_row_of_its_own(tmp_path: Path) -> None:
    """helper-309: "[Islamic State] claimed responsibility for the Mucojo attack" was a development beside the
    attack's row; a claim that tells the event ("… for an ambush on Monday on a military convoy") keeps its row."""
    text = "Islamic State Sahel Province claimed responsibility for the Dapaong attack."
    assert _rows_said_by(tmp_path / "a", text, text[text.index("responsibility") : -1], ISSP, []) == []


def test_a_yearly_record_is_no_event() -> None:
    """helper-309: "2024 was the deadliest year for security forces …, with more than 680 personnel killed across the
    country" was a battle of 680 dead."""
    from annotations.claims.no_row import running_total

    assert running_total("2023 was the deadliest year for soldiers in a decade, with more than 400 killed nationwide")
    assert not running_total("JNIM killed 20 soldiers on Tuesday, making 2024 the deadliest year for the army")


def test_the_ispr_words_for_the_ttp_and_its_dead() -> None:
    """helper-309: the ISPR's "13 khwarij were sent to hell" was no one's dead, of no group."""
    from annotations.suggest import Knowledge, suggest
    from annotations.suggest.builtin_places import builtin_gazetteer

    assert death_figures("Security forces engaged the hideout, and 9 khwarij were sent to hell") == [9]
    text = "Security forces killed 9 khwarij near Bannu, the ISPR said."
    found = suggest(text, Knowledge([builtin_gazetteer()]))
    assert {s.quote: s.entity.name for s in found if s.kind == "actor" and s.entity}["khwarij"] == (
        "Tehrik-i-Taliban Pakistan"
    )


@pytest.mark.parametrize(
    ("words", "dead"),
    [
        ("Gunmen killed 12 people in Dapaong on Monday. The toll from the attack rose to 18 on Tuesday.", [18]),
        ("Gunmen killed 12 people. The number of dead rose to 16.", [16]),
        ("Gunmen killed 12 people. The toll has risen to 18 in the past 24 hours as more bodies were found", [18]),
        ("Gunmen killed 12 people. The death toll rose to 18 since some of the wounded died in hospital", [18]),
    ],
)
def test_helper_310s_raised_tolls(words: str, dead: list[int]) -> None:
    """helper-310: the toll of the event raised, with its own words between "toll" and the verb, or "the number of
    dead", was two figures again after helper-308's fix."""
    assert death_figures(words) == dead


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "Twelve civilians were reportedly killed in crossfire between JNIM and the Togolese Armed Forces in Dapaong.",
            "Battles",
        ),
        (
            "Stray bullets killed two civilians in Dapaong during clashes between JNIM and the Togolese Armed Forces.",
            "Battles",
        ),
        (
            "Twelve civilians lost their lives in crossfire between JNIM and the Togolese Armed Forces in Dapaong.",
            "Battles",
        ),
    ],
)
def test_helper_310s_crossfire(tmp_path: Path, text: str, event_type: str) -> None:
    (row,), _ = rows(tmp_path, text, [(text[:-1], "casualties")])
    assert row["event_type"] == event_type


def test_an_inquiry_of_another_clause_leaves_the_doer(tmp_path: Path) -> None:
    """helper-310: "JNIM killed 12 civilians …, and the army launched an investigation into the attack" lost JNIM."""
    text = "JNIM killed 12 civilians in Dapaong on Monday, and the Togolese Armed Forces launched an investigation."
    (row,), _ = rows(tmp_path, text, [(text[:-1], "casualties")])
    assert row["actor1"] == "JNIM"


def test_responsibility_for_an_event_told_whole_keeps_its_row(tmp_path: Path) -> None:
    """helper-310: "responsibility for the attack on a military post in Dapaong on Monday" tells the event."""
    text = "Islamic State Sahel Province claimed responsibility for the attack on a military post in Dapaong on Monday."
    (row,) = _rows_said_by(tmp_path, text, text[text.index("responsibility") : -1], ISSP, [])
    assert row["actor1"] == "Islamic State Sahel Province"


VDP = Entity.actor("VDP", ActorDetails("political_militia"))


def test_helper_311s_rows(tmp_path: Path) -> None:
    """helper-311: "five VDP volunteers were killed when their vehicle struck an IED" had the VDP as attacker; "a
    rocket fired from Lebanon hit its base" Lebanon's army; "units … had carried out strikes", the army saying so, an
    unidentified group."""
    text = "Five VDP volunteers were killed on Monday when their vehicle struck a mine near Dapaong, a local official said."
    words = text[: text.index(", a local")]
    (row,) = _rows_said_by(tmp_path / "a", text, words, A_LOCAL_OFFICIAL, [VDP], cue="said")
    assert (row["actor1"], row["actor2"]) == ("Unidentified Armed Group (Togo)", "VDP")
    text = "The army said a rocket fired from Lebanon hit its base near Dapaong on Monday, killing one soldier."
    (row,), _ = rows(tmp_path / "b", text, [(text[text.index("a rocket") : -1], "casualties")])
    assert row["actor1"] != "Military Forces of Lebanon"
    army = Entity.actor("army", ActorDetails("state_forces"))
    text = 'The army said units had carried out strikes near Dapaong on Monday, "neutralising 40 terrorists".'
    (row,) = _rows_said_by(tmp_path / "c", text, text[text.index("units") : -1], army, [], cue="said")
    assert row["actor1"] == "Military Forces of Togo"  # the army speaking: the country's forces (stop 96; was "army")


A_LOCAL_OFFICIAL = Entity.actor("local official", ActorDetails("government_officials"))


@pytest.mark.parametrize(
    ("words", "dead"),
    [
        (
            "Gunmen killed 12 villagers on Monday. The death toll has risen to 300 since the insurgency began.",
            [12, 300],
        ),
        ("Gunmen killed 12 villagers on Monday. The death toll from a separate attack rose to 30.", [12, 30]),
        ("Gunmen killed 12 villagers. The toll has risen to 90 in the past two weeks", [12, 90]),
        ("Gunmen killed 12 villagers. The death toll has since risen to 15.", [15]),
        ("Gunmen killed 12 villagers. The death toll from the ambush on the convoy rose to 20", [20]),
    ],
)
def test_helper_312s_raised_tolls(words: str, dead: list[int]) -> None:
    """helper-312: a bare "since" after a toll, another attack's toll and "in the past two weeks" replaced the count;
    "has since risen" and a toll told in six words did not."""
    assert death_figures(words) == dead


def test_helper_312s_records_and_attacks_on_the_army(tmp_path: Path) -> None:
    """helper-312: "in March, the deadliest month since …" gave a row of 450; "enemy forces attacked a military
    post", the army saying so, made the army actor 1."""
    from annotations.claims.running_totals import running_total

    assert running_total("At least 450 civilians were killed in March, the deadliest month since the insurgency began")
    assert not running_total("JNIM killed 30 villagers in Nadjoundi, capping the deadliest month of the insurgency")
    text = "The Togolese Armed Forces said enemy forces attacked a military post near Dapaong on Monday, killing 3 soldiers."
    army = Entity.actor("Togolese Armed Forces", ActorDetails("state_forces"))
    (row,) = _rows_said_by(tmp_path, text, text[text.index("enemy") : -1], army, [], cue="said")
    assert (row["actor1"], row["actor2"]) == ("Unidentified Armed Group (Togo)", "Togolese Armed Forces")


def test_an_aid_group_telling_of_its_own_staff_killed(tmp_path: Path) -> None:
    """Found this stop (after helper-309's Comunes party): "MSF said two of its staff members were killed" was a
    battle with no one hit; the unarmed body that lost them is whom it was done to."""
    text = "Doctors Without Borders said two of its staff members were killed in Dapaong on Monday."
    msf = Entity.actor("Doctors Without Borders", ActorDetails("external_other"))
    (row,) = _rows_said_by(tmp_path, text, text[text.index("two") : -1], msf, [], cue="said")
    assert (row["event_type"], row["actor2"]) == ("Violence against civilians", "Doctors Without Borders")


@pytest.mark.parametrize(
    ("words", "dead"),
    [
        ("Gunmen killed 12 villagers on Monday. The toll rose to 15 since the attack", [15]),
        ("Gunmen killed 12 villagers on Monday. The toll rose to 15 so far, a local official said", [15]),
        ("Gunmen killed 12 villagers on Monday. The death toll from the earlier attack rose to 15", [15]),
        ("Gunmen killed 12 villagers. The death toll in the Savanes reached 140 last year", [12, 140]),
    ],
)
def test_helper_313s_raised_tolls(words: str, dead: list[int]) -> None:
    """helper-313: "since the attack", "so far" and "the earlier attack" were read as wider spans or other events."""
    assert death_figures(words) == dead


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "Seven civilians in Dapaong killed by a stray bullet during clashes between the Togolese Armed Forces and JNIM.",
            "Battles",
        ),
        (
            "Heavy fire killed seven civilians in Dapaong during fighting between the Togolese Armed Forces and JNIM.",
            "Battles",
        ),
        (
            "Seven civilians in Dapaong were killed by JNIM during clashes between JNIM and the Togolese Armed Forces.",
            "Violence",
        ),
    ],
)
def test_helper_313s_crossfire(tmp_path: Path, text: str, event_type: str) -> None:
    (row,), _ = rows(tmp_path, text, [(text[:-1], "casualties")])
    assert row["event_type"].startswith(event_type)


def test_helper_313s_units_and_inquiries(tmp_path: Path) -> None:
    """helper-313: "army units carried out airstrikes", the army saying so, lost the army; "After JNIM fighters
    killed 12 civilians …, the army opened an investigation" lost JNIM."""
    army = Entity.actor("Togolese Armed Forces", ActorDetails("state_forces"))
    text = (
        "The Togolese Armed Forces said army units carried out airstrikes near Dapaong on Monday, killing 12 militants."
    )
    (row,) = _rows_said_by(tmp_path / "a", text, text[text.index("army units") : -1], army, [], cue="said")
    assert row["actor1"] == "Togolese Armed Forces"
    text = "After JNIM killed 12 civilians near Dapaong on Monday, the Togolese Armed Forces opened an inquiry into it."
    (row,), _ = rows(tmp_path / "b", text, [(text[:-1], "casualties")])
    assert row["actor1"] == "JNIM"
