"""Event rows and their figures found wrong at stop 83's end and stop 84 (reviews and newcomers), tested on
sentences of my own."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotations.claims.accidents import an_accident
from annotations.claims.figures import death_figures
from annotations.claims.no_row import running_total, what_keeps_happening

from .test_event_rows_from_words import rows


@pytest.mark.parametrize(
    ("words", "dead"),
    [
        ("Gunmen abducted 30 people, five of whom later died.", [5]),
        ("Six soldiers and three of those travelling with them were killed in the ambush.", [9]),
        ("The militants seized 18 farmers, four of those later died.", [4]),
        ("JNIM hacked 5 farmers to death near Dapaong", [5]),
        ("JNIM lynched 2 men accused of causing a road accident", [2]),
        ("Gunmen shot 12 people, three of whom died.", [3]),
        ("Twenty people were killed and 30 others were injured, of whom three later died.", [23]),
        ("Gunmen killed 20 people and wounded 30, three of whom later died.", [23]),
        ("Twenty people were killed, three of whom died in hospital.", [20]),
        ("The attack killed 14 people, four of whom were children.", [14]),
        ("Five soldiers, three of whom were officers, were killed.", [5]),
    ],
)
def test_those_of_whom_some_died_are_not_dead_with_them(words: str, dead: list[int]) -> None:
    """Stop 83's reviews: "abducted 30 people, five of whom later died" was 35 (the abducted counted as
    dead), and "injured, of whom three later died" two tolls, [20, 3], not 23."""
    assert death_figures(words) == dead


@pytest.mark.parametrize(
    ("quote", "accident"),
    [
        ("A gold mine collapsed near Dapaong on Monday, killing 12 miners", True),
        ("A military helicopter crashed near Dapaong, killing 12 soldiers", True),
        ("A landslide at a mine near Dapaong killed 12 miners", True),
        ("The bridge collapsed after rebels blew it up, killing 12 people", False),
        ("The helicopter crashed after it was shot down by JNIM, killing 12 soldiers", False),
        ("Gunmen killed 12 miners near Dapaong", False),
        ("After peace talks collapsed, JNIM killed 12 soldiers near Dapaong on Monday", False),
        ("Togolese troops killed 5 protesters after the ruling party's landslide election win", False),
        ("Troops killed 3 civilians near Dapaong as a flood of refugees crossed the border", False),
        ("Army morale sank after JNIM killed 20 soldiers near Dapaong", False),
        ("JNIM executed 8 passengers near Dapaong after their bus crashed at a roadblock", False),
        ("JNIM beheaded 4 fishermen whose boat capsized near Dapaong", False),
        ("JNIM said the killing of 10 villagers in Dapaong was not an accident", False),
        ("Troops opened fire on a crowd in Dapaong, causing a stampede that killed 12 people", False),
        ("A helicopter crashed near Dapaong after being hit by JNIM fire, killing 6 soldiers", False),
        ("Police beat protesters in Dapaong; a wall collapsed as they fled, killing 3", False),
        ("Fourteen people were killed in floods in Dapaong on Monday", True),
        ("A fire swept through a market in Dapaong, killing 6 traders", True),
    ],
)
def test_an_accident_is_no_ones_violence(quote: str, accident: bool) -> None:
    """helper-296: the first reading took any "collapsed", "landslide", "flood" or "sank" for an accident."""
    assert an_accident(quote) is accident


def test_a_territory_taken_after_defences_collapsed_is_no_accident() -> None:
    assert not an_accident(
        "Togolese Armed Forces took control of Dapaong after JNIM's defences collapsed", "territorial_control"
    )


def test_a_mine_that_collapsed_gives_no_row(tmp_path: Path) -> None:
    """Stop 83's newcomer: "the mine collapsed … killing 12 miners" was violence against civilians by an
    unidentified armed group."""
    text = "A gold mine collapsed near Dapaong on Monday, killing 12 miners, police said."
    found, said = rows(tmp_path, text, [(text, "casualties")])
    assert found == []
    assert "accident" in said


@pytest.mark.parametrize(
    "text",
    [
        "Two members of a mine-clearing team were killed by gunmen near Dapaong on Monday, police said.",
        "A landslide at a mine near Dapaong buried 12 people after gunmen attacked the site, police said.",
    ],
)
def test_a_mine_of_no_explosion_is_no_landmine(tmp_path: Path, text: str) -> None:
    found, _ = rows(tmp_path, text, [(text, "casualties")])
    assert [row["sub_event_type"] for row in found] != ["Remote explosive/landmine/IED"]


def test_a_bus_that_hit_a_mine_is_a_landmine(tmp_path: Path) -> None:
    text = "Twelve people were killed when a bus hit a mine near Dapaong, police said."
    (row,), _ = rows(tmp_path, text, [(text, "casualties")])
    assert row["sub_event_type"] == "Remote explosive/landmine/IED"


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked workers near Dapaong, killing 12, police said.",
        "Gunmen killed two deminers near Dapaong, police said.",
        "Gunmen killed 12 workers near Dapaong, police said.",
        "Suspected members of JNIM shot dead two nurses near Dapaong, police said.",
    ],
)
def test_workers_and_deminers_killed_are_civilians(tmp_path: Path, text: str) -> None:
    (row,), _ = rows(tmp_path, text, [(text, "casualties")])
    assert (row["event_type"], row["actor2"]) == ("Violence against civilians", "Civilians (Togo)")


@pytest.mark.parametrize(
    ("words", "dead"),
    [
        ("No one was killed in Sunday's raid on Dapaong", []),
        ("no-one died in the attack", []),
        ("One was killed and no one else was hurt", [1]),
        ("suspected members of JNIM shot dead a village councilman", [1]),
        ("JNIM killed the village chief of Dapaong on Sunday", [1]),
        ("gunmen killed the commander and his two sons", [3]),
    ],
)
def test_no_one_is_no_dead_and_one_named_is_one(words: str, dead: list[int]) -> None:
    """helper-292: "No one was killed" was one dead; helper-294: "shot dead a village councilman" none."""
    assert death_figures(words) == dead


def test_a_councilman_shot_dead_is_a_civilian_killed(tmp_path: Path) -> None:
    text = "Suspected members of JNIM shot dead a village councilman in Dapaong on Sunday, police said."
    (row,), _ = rows(tmp_path, text, [(text, "casualties")])
    assert (row["event_type"], row["actor2"], row["fatalities"]) == (
        "Violence against civilians",
        "Civilians (Togo)",
        "1",
    )


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        (
            "Troops had killed three members of JNIM in a clash near Dapaong on Monday and arrested seven others.",
            "Armed clash",
        ),
        (
            "The Togolese Armed Forces were deployed to Dapaong and an operation was under way to arrest JNIM fighters.",
            "Other",
        ),
        ("The Togolese Armed Forces arrested 12 JNIM suspects in Dapaong on Monday.", "Arrests"),
    ],
)
def test_arrests_are_made_not_meant_and_a_clash_outweighs_them(tmp_path: Path, text: str, sub_event_type: str) -> None:
    """helper-295: a clash that killed three and arrested seven was an arrest; helper-294: "an operation was
    under way to arrest the attackers" was one."""
    (row,), _ = rows(tmp_path, text, [(text, "other")])
    assert row["sub_event_type"] == sub_event_type


def test_an_inquiry_asked_into_a_clash_is_no_clash(tmp_path: Path) -> None:
    """helper-294: "it had asked the joint Coordinating Committees … to investigate the Basilan clash" was a
    battle of the army against the committees."""
    text = "The Togolese Armed Forces said it had asked the joint ceasefire committee to investigate the Dapaong clash."
    found, said = rows(
        tmp_path, text, [("it had asked the joint ceasefire committee to investigate the Dapaong clash", "other")]
    )
    assert found == []
    assert "intention" in said


def test_a_year_in_a_clause_of_who_a_party_is_is_no_date_of_the_event(tmp_path: Path) -> None:
    """helper-294: "The MILF, which signed a peace agreement with the government in 2014, …, said the fighting"
    was a row of 2014."""
    text = (
        "JNIM, which signed a peace agreement with the government in 2014, said its fighters clashed with the "
        "Togolese Armed Forces in Dapaong."
    )
    (row,), _ = rows(tmp_path, text, [("its fighters clashed with the Togolese Armed Forces in Dapaong", "other")])
    assert row["event_date"] == "2025-04-21"


def test_where_a_speaker_is_based_is_no_place_of_the_event(tmp_path: Path) -> None:
    """helper-293: "The Britain-based Syrian Observatory … said the death toll had risen to 89" was a row in the
    United Kingdom."""
    text = "The Dapaong-based monitor said 12 civilians were killed by JNIM."
    found, said = rows(tmp_path, text, [("12 civilians were killed by JNIM", "casualties")])
    assert found == []
    assert "no place" in said


def test_army_doctors_killed_are_no_civilians(tmp_path: Path) -> None:
    """helper-296: "JNIM gunmen killed 2 army doctors" became violence against civilians."""
    text = "JNIM gunmen killed 2 army doctors near Dapaong on Monday, officials said."
    (row,), _ = rows(tmp_path, text, [(text, "casualties")])
    assert row["event_type"] == "Battles"


@pytest.mark.parametrize(
    ("text", "keeps"),
    [
        ("The Togolese Armed Forces, fighting closely alongside Beninese troops, retook Dapaong last week.", False),
        ("Hundreds of foreign fighters fighting alongside JNIM were seen near Dapaong last week.", True),
        ("JNIM is still fighting alongside local militias near Dapaong, officials said last week.", True),
        ("Local militias began fighting alongside JNIM near Dapaong last week, officials said.", True),
    ],
)
def test_fighting_alongside_tells_a_deed_only_beside_one(text: str, keeps: bool) -> None:
    """helper-292: a participle beside a deed lost its row; helper-296: the fix kept only some tenses out."""
    assert what_keeps_happening(text) is keeps


@pytest.mark.parametrize(
    "text",
    [
        "He said 18 of the dead hostages were off-duty soldiers of the Togolese Armed Forces, killed near Dapaong.",
        "JNIM overran a garrison in Dapaong, killing dozens of soldiers, including the garrison commander of the "
        "Togolese Armed Forces.",
    ],
)
def test_those_told_among_the_dead_did_not_do_it(tmp_path: Path, text: str) -> None:
    """helper-294: "18 of the dead hostages were off-duty soldiers and … Frontier Corps personnel" made the army
    attack the passengers; helper-293: "including the garrison commander, Major General X" made him fight his
    own army."""
    (row,), _ = rows(tmp_path, text, [(text, "casualties")])
    assert row["actor1"] != "Togolese Armed Forces"
    assert row["actor2"] == "Togolese Armed Forces"


@pytest.mark.parametrize(
    ("text", "claim_type", "found"),
    [
        (
            "JNIM said its fighters had clashed with Togolese Armed Forces troops on the outskirts of Dapaong and "
            "had destroyed a tank with a guided missile.",
            "other",
            ("Battles", "Armed clash"),
        ),
        (
            "JNIM said about 45 projectiles had crossed from Benin into Dapaong, most of which were intercepted.",
            "other",
            ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
        ),
        (
            "Dapaong was ready to deploy more troops of the Togolese Armed Forces if a ceasefire was agreed.",
            "other",
            None,
        ),
        (
            "Fighting between JNIM and the Togolese Armed Forces around Dapaong has displaced more than 60,000 people "
            "this year.",
            "displacement",
            None,
        ),
    ],
)
def test_the_newcomers_event_types(tmp_path: Path, text: str, claim_type: str, found: tuple[str, str] | None) -> None:
    """helper-295: a clash in which a tank was hit by a missile was a missile attack; "projectiles" were a battle;
    "was ready to deploy more troops … if a ceasefire was agreed" and a year's displacement were events."""
    made, _ = rows(tmp_path, text, [(text, claim_type)])
    assert [(r["event_type"], r["sub_event_type"]) for r in made] == ([found] if found else [])


@pytest.mark.parametrize(
    ("quote", "accident"),
    [
        ("Five soldiers died in a car crash near Dapaong on Monday", True),
        ("A gold mine in Kara Region collapsed on Monday, killing 14 miners", True),
        ("Twelve migrants drowned in the river near Dapaong on Monday", True),
        ("Five people drowned near Dapaong when JNIM forced them into the river", False),
        (
            "A school building collapsed in Dapaong, killing 4 pupils, during a cease-fire between JNIM and the army",
            True,
        ),
        ("A building collapsed in Dapaong on Monday, killing 6 people, rescuers and fire crews said", True),
    ],
)
def test_accidents_told_otherwise(quote: str, accident: bool) -> None:
    """helper-297: a car crash, a mine collapsed three words after its name, drownings were battles; a
    cease-fire and fire crews were someone's fire."""
    assert an_accident(quote) is accident


@pytest.mark.parametrize(
    ("text", "claim_type", "sub_event_type"),
    [
        (
            "Togolese Armed Forces, fighting alongside local vigilantes, drove JNIM out of Dapaong.",
            "other",
            "Armed clash",
        ),
        ("Bandits fighting alongside JNIM shot at a convoy near Dapaong.", "other", "Armed clash"),
        (
            "Togolese Armed Forces arrested 3 men in Dapaong on Monday suspected of killing 2 traders.",
            "other",
            "Arrests",
        ),
        (
            "Togolese Armed Forces arrested 12 JNIM fighters in Dapaong, days after fighting in Nadjoundi.",
            "other",
            "Arrests",
        ),
        ("JNIM opened fire on soldiers sent to investigate the attack in Dapaong.", "other", "Armed clash"),
    ],
)
def test_helper_297s_rows_kept(tmp_path: Path, text: str, claim_type: str, sub_event_type: str) -> None:
    """helper-297: a deed beside "fighting alongside" not on the first list, an arrest beside a killing the
    arrested are suspected of, and fire opened on soldiers sent to investigate lost their rows."""
    (row,), _ = rows(tmp_path, text, [(text, claim_type)])
    assert row["sub_event_type"] == sub_event_type


def test_a_day_in_a_clause_of_who_a_party_is_may_be_the_events(tmp_path: Path) -> None:
    text = "JNIM fighters, who stormed Dapaong on Saturday, killed 4 soldiers, Togolese Armed Forces said."
    (row,), _ = rows(tmp_path, text, [("killed 4 soldiers", "casualties")])
    assert row["event_date"] == "2025-04-19"


@pytest.mark.parametrize(
    "words",
    [
        "The scandal killed the mayor's re-election bid.",
        "The shelling killed the official ceasefire.",
        "The army's advance killed the rebel offensive.",
    ],
)
def test_killing_a_thing_of_someones_is_no_death(words: str) -> None:
    assert death_figures(words) == []


def test_a_state_that_struck_a_city_is_its_forces(tmp_path: Path) -> None:
    """helper-299: "Russia struck the northeastern Ukrainian city of Kharkiv, … killing at least six" was an
    unidentified group's attack on the Government of Russia."""
    text = "Russia struck the northeastern Togolese city of Dapaong shortly after 3 a.m., killing at least six people."
    (row,), _ = rows(tmp_path, text, [(text, "casualties")])
    assert row["actor1"] == "Military Forces of Russia"


@pytest.mark.parametrize(
    ("quote", "total"),
    [
        ("at least 589 civilians were killed and 3,000 injured in Ukraine in October alone", True),
        ("at least 120 people were killed across the country in March", True),
        ("JNIM killed 30 soldiers near Djibo in October", False),
        ("gunmen killed 40 villagers in Borno State in October", False),
    ],
)
def test_a_months_toll_of_a_country_is_a_running_total(quote: str, total: bool) -> None:
    """helper-299: a UN month's toll of Ukraine was an air strike of 589 dead."""
    assert running_total(quote) is total


@pytest.mark.parametrize(
    ("text", "claim_type", "found"),
    [
        ("Togolese Armed Forces shot dead 2 JNIM suspects and arrested 4 in Dapaong.", "casualties", "Armed clash"),
        (
            "Togolese Armed Forces arrested 12 JNIM fighters in Dapaong, days after fighting in Nadjoundi.",
            "other",
            "Arrests",
        ),
        ("In April alone JNIM killed 12 soldiers at Dapaong in a single ambush.", "casualties", "Armed clash"),
        ("JNIM killed 12 soldiers in an attack on Dapaong in Togo in March.", "casualties", "Armed clash"),
        (
            "On Saturday protesters threw stones and other projectiles at Togolese Armed Forces in Dapaong.",
            "other",
            "Violent demonstration",
        ),
        (
            "Togolese Armed Forces fired rockets at JNIM positions in Dapaong, a day after the two sides clashed.",
            "other",
            "Shelling/artillery/missile attack",
        ),
        ("On Saturday JNIM pushed 8 traders off a bridge in Dapaong; they drowned.", "casualties", "Armed clash"),
        (
            "On Saturday JNIM killed 12 soldiers in Dapaong and residents should stay home, the mayor said.",
            "casualties",
            "Armed clash",
        ),
        (
            "the president ordered a full independent investigation into clashes between JNIM and Togolese Armed "
            "Forces in Dapaong",
            "other",
            None,
        ),
    ],
)
def test_helper_300s_rows(tmp_path: Path, text: str, claim_type: str, found: str | None) -> None:
    """helper-300's review of 0cc0e954: arrests beside a killing they made, a month's toll told with one event,
    stones and other projectiles, a clash a day before a shelling, a push off a bridge, a killing beside an
    obligation, a full independent investigation."""
    made, _ = rows(tmp_path, text, [(text, claim_type)])
    assert [r["sub_event_type"] for r in made] == ([found] if found else [])


@pytest.mark.parametrize(
    "text",
    [
        "Twelve people were killed in Dapaong on Saturday. The victims were ambushed as JNIM fighters stormed the market.",
        "After killing 12 villagers in Nadjoundi on Saturday, a column of fighters including JNIM commanders attacked "
        "Dapaong.",
    ],
)
def test_those_who_did_it_are_not_among_the_dead(tmp_path: Path, text: str) -> None:
    """helper-300: "The victims were ambushed as JNIM fighters stormed" and "fighters including JNIM commanders"
    after a killing made JNIM the victims."""
    (row,), _ = rows(tmp_path, text, [(text, "casualties")])
    assert row["actor1"] == "JNIM"


def test_a_date_long_before_in_a_clause_of_who_a_party_is_is_not_the_events(tmp_path: Path) -> None:
    text = (
        "JNIM, which signed a local truce on 12 March 2019, said its fighters killed 4 soldiers of the Togolese "
        "Armed Forces in Dapaong."
    )
    (row,), _ = rows(
        tmp_path, text, [("its fighters killed 4 soldiers of the Togolese Armed Forces in Dapaong", "casualties")]
    )
    assert row["event_date"] == "2025-04-21"


@pytest.mark.parametrize(
    ("text", "claim_type"),
    [
        ("Militant attacks in Togo rose sharply in 2024, with JNIM active around Dapaong.", "other"),
        ("The JNIM militants in Dapaong had been planning attacks on vaccination teams.", "other"),
    ],
)
def test_a_trend_and_a_plot_are_no_events(tmp_path: Path, text: str, claim_type: str) -> None:
    """helper-301: "militant attacks in Pakistan rose sharply in 2024" was a battle of 1 January 2024, "had been
    planning attacks on polio vaccination teams" a development."""
    assert rows(tmp_path, text, [(text, claim_type)])[0] == []


@pytest.mark.parametrize(
    ("text", "claim_type", "actors", "sub_event_type"),
    [
        (
            "Fourteen people were killed in Dapaong; the dead were suspected JNIM fighters, officials said.",
            "casualties",
            ("Unidentified Armed Group (Togo)", "JNIM"),
            "Armed clash",
        ),
        (
            "The bodies of 9 people, including 3 Togolese Armed Forces soldiers, were found in Dapaong after JNIM attacked.",
            "casualties",
            ("JNIM", "Togolese Armed Forces"),
            "Armed clash",
        ),
        (
            "JNIM fighters killed 6 people in Dapaong on Sunday night, including Togolese Armed Forces soldiers.",
            "casualties",
            ("JNIM", "Togolese Armed Forces"),
            "Armed clash",
        ),
        (  # the killing it tells is the event (helper-303: an arrest row had JNIM arrest and 2 dead)
            "Togolese Armed Forces arrested 3 people in Dapaong after JNIM fighters killed 2 soldiers there.",
            "other",
            ("JNIM", "Togolese Armed Forces"),
            "Armed clash",
        ),
        (
            "Fighting raged in Dapaong as Togolese Armed Forces clashed with JNIM and fired rockets, killing 9.",
            "casualties",
            ("Togolese Armed Forces", "JNIM"),
            "Armed clash",
        ),
        ("JNIM, fighting alongside local militias, launched an assault on Dapaong.", "other", None, "Armed clash"),
        (
            "Togolese Armed Forces launched a raid amid an investigation into JNIM cells, arresting 4 in Dapaong.",
            "other",
            None,
            "Arrests",
        ),
        (
            "Benin hit Dapaong with drones overnight, killing 3 civilians.",
            "casualties",
            ("Military Forces of Benin", "Civilians (Togo)"),
            "Attack",
        ),
    ],
)
def test_helper_302s_rows(
    tmp_path: Path, text: str, claim_type: str, actors: tuple[str, str] | None, sub_event_type: str
) -> None:
    """helper-302's review of 40f312a2: "suspected" and "attached" read as verbs among the dead, "including" too far
    after them or after bodies, an arrest after another day's killing, a clash "as" rockets were fired, "launched
    an assault" beside "fighting alongside", a raid amid an investigation, "Benin hit Dapaong with drones"."""
    (row,), _ = rows(tmp_path, text, [(text, claim_type)])
    assert row["sub_event_type"] == sub_event_type
    if actors is not None:
        assert (row["actor1"], row["actor2"]) == actors


@pytest.mark.parametrize(
    ("quote", "total"),
    [
        ("JNIM killed 40 civilians nationwide in March, Kara Region officials said", True),
        ("JNIM killed 40 civilians in Togo in March, mainly near Dapaong", True),
        ("In March, JNIM killed 12 soldiers in Dapaong, sparking nationwide protests", False),
    ],
)
def test_months_tolls_after_helper_302(quote: str, total: bool) -> None:
    assert running_total(quote) is total


def test_floodwaters_that_pushed_cars_are_no_ones_violence() -> None:
    assert an_accident("Floodwaters pushed cars off the road in Dapaong, and 4 people drowned")


def test_where_attackers_came_from_is_no_event() -> None:
    """helper-301: "the attackers had come from Afghanistan" was a development at Afghanistan."""
    from annotations.claims.no_row import people_driven_out

    assert people_driven_out("The attackers had come from Afghanistan")
    assert not people_driven_out("the attackers had come from Afghanistan and killed 12 soldiers")


@pytest.mark.parametrize(
    ("text", "claim_type", "found"),
    [
        (
            "JNIM killed 5 soldiers in Dapaong, and Togolese Armed Forces later arrested 3 suspects.",
            "casualties",
            "Armed clash",
        ),
        (
            "Togolese Armed Forces arrested a man in Dapaong for killing his neighbour and arrested his brother.",
            "other",
            "Arrests",
        ),
        ("Clashes in Dapaong surged after JNIM attacked a Togolese Armed Forces patrol.", "other", None),  # a trend
        (
            "Togolese Armed Forces pushed the detainees off a bridge in Dapaong, and 3 drowned.",
            "casualties",
            "Armed clash",
        ),
        (
            "Togolese Armed Forces opened a military court investigation into the massacre by JNIM in Dapaong.",
            "other",
            None,
        ),
        ("JNIM killed 9 soldiers in Dapaong in April, prompting nationwide mourning.", "casualties", "Armed clash"),
        ("JNIM, fighting alongside local militias, hit the town hard with a blockade of Dapaong.", "other", None),
    ],
)
def test_helper_303s_rows(tmp_path: Path, text: str, claim_type: str, found: str | None) -> None:
    """helper-303's review of 549b1943: an arrest after a killing became the arrest of the killers' side, one held
    for a killing no arrest, another's clash around a shelling a battle, a surge after an attack no event, the
    detainees pushed off a bridge an accident, a court's investigation an event, nationwide mourning a month's
    toll, hitting a town hard a battle."""
    made, _ = rows(tmp_path, text, [(text, claim_type)])
    assert [r["sub_event_type"] for r in made] == ([found] if found else [])


def test_killings_with_abductions_are_the_attack(tmp_path: Path) -> None:
    """helper-304: "Gunmen … killed at least 38 people and abducted dozens" was an abduction."""
    text = "Gunmen on motorcycles killed at least 38 people in Dapaong and abducted dozens of women, police said."
    (row,), _ = rows(tmp_path, text, [(text, "casualties")])
    assert (row["sub_event_type"], row["fatalities"]) == ("Attack", "38")


@pytest.mark.parametrize(
    ("text", "claim_type", "found"),
    [
        ("Togolese Armed Forces arrested 3 men in Dapaong over the deaths of 2 traders.", "other", "Arrests"),
        (
            "Togolese Armed Forces arrested 5 JNIM suspects in Dapaong; one was shot dead trying to escape.",
            "other",
            "Armed clash",  # a death in the arrest is its clash (helper-306)
        ),
        (
            "Togolese Armed Forces shelled JNIM positions in Dapaong while their troops clashed with the militants.",
            "other",
            "Armed clash",
        ),
        ("Floodwaters swept through Dapaong and pushed the minibus off the bridge, killing 9.", "casualties", None),
        ("JNIM attacks this year rose in Kara Region, officials said.", "other", None),
        (
            "JNIM attacks killed at least 120 civilians nationwide during March, mostly in Kara Region.",
            "casualties",
            None,
        ),
        ("JNIM, fighting alongside local militias, hit the army base hard in Dapaong.", "other", "Armed clash"),
        (
            "Togolese Armed Forces launched drone strikes and an investigation into JNIM cells in Dapaong.",
            "other",
            "Air/drone strike",
        ),
    ],
)
def test_helper_305s_rows(tmp_path: Path, text: str, claim_type: str, found: str | None) -> None:
    """helper-305's review of fb74dff0: deaths the arrested are held for in the plural or in custody, a shelling
    while the same parties clash, floodwaters that pushed a minibus, a trend with a time before its verb, a
    nationwide month's toll, "hit the army base hard", drone strikes launched with an investigation."""
    made, _ = rows(tmp_path, text, [(text, claim_type)])
    assert [r["sub_event_type"] for r in made] == ([found] if found else [])


@pytest.mark.parametrize(
    ("text", "claim_type", "found"),
    [
        (
            "Togolese Armed Forces killed 6 JNIM fighters in a clash near Dapaong and arrested 4 others, who are now in "
            "custody.",
            "casualties",
            "Armed clash",
        ),
        (
            "Seven girls drowned near Dapaong after Togolese Armed Forces soldiers threw the girls into the river.",
            "casualties",
            "Armed clash",
        ),
        (
            "JNIM fighters killed 12 soldiers in Dapaong in March, prompting a nationwide day of mourning.",
            "casualties",
            "Armed clash",
        ),
        (
            "Togolese Armed Forces launched a swift and thorough investigation into the attack on Dapaong by JNIM.",
            "other",
            None,
        ),
    ],
)
def test_helper_306s_rows(tmp_path: Path, text: str, claim_type: str, found: str | None) -> None:
    """helper-306's review of f4a7ad44: "in custody" anywhere made a clash an arrest, girls thrown into a river an
    accident, "a nationwide day of mourning" a month's toll, "a swift and thorough investigation" an event."""
    made, _ = rows(tmp_path, text, [(text, claim_type)])
    assert [r["sub_event_type"] for r in made] == ([found] if found else [])
