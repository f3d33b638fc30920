"""Event rows and their figures found wrong at stop 83 (reviews and newcomers), tested on sentences of my own."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from annotations.claims.figures import death_figures
from annotations.claims.no_row import running_total, what_keeps_happening
from annotations.cli import run
from annotations.model import Article, ClaimAttributes, DistrictAttributes
from annotations.store import Store

from .test_event_rows_from_words import DAPAONG, JNIM, TOGO_ARMY, rows
from .test_events_export import tag


@pytest.mark.parametrize(
    ("words", "dead"),
    [
        ("12 of 20 passengers were killed", [12]),
        ("gunmen killed 12 of the 20 passengers on the bus", [12]),
        ("4 wounded soldiers later died in hospital", [4]),
        ("six soldiers were killed and four wounded soldiers later died in hospital", [10]),
        ("six soldiers were killed and four of the wounded later died in hospital", [10]),
        ("six soldiers were killed and four of them were officers", [6]),
        ("six soldiers were killed and 12 wounded soldiers were evacuated", [6]),
        ("five wounded were taken to hospital in Goma", []),
    ],
)
def test_a_part_of_a_number_and_the_wounded_who_died(words: str, dead: list[int]) -> None:
    """helper-279/280: "12 of 20 passengers" counted 20; "4 wounded soldiers later died" was dropped,
    and "four of the wounded later died" after six dead was no more dead."""
    assert death_figures(words) == dead


@pytest.mark.parametrize(
    ("quote", "keeps"),
    [
        ("Civilians in El Fasher are trapped, starved and shelled. Humanitarian access is all but impossible", True),
        ("the camp is shelled every night", True),
        ("Five soldiers are killed in an ambush near Kaya", False),  # a toll tells one event
        ("the camp was shelled on Sunday", False),
    ],
)
def test_what_is_done_to_people_told_in_the_present_is_no_one_event(quote: str, keeps: bool) -> None:
    """helper-283: a UN coordinator's "Civilians in El Fasher are trapped, starved and shelled" became a
    shelling row of the article's day once the quotation was read whole."""
    assert what_keeps_happening(quote) is keeps


@pytest.mark.parametrize(
    ("quote", "total"),
    [
        ("at least 1,612 people were killed in militant violence in 2024", True),
        ("at least 1,612 people were killed in militant violence in 2024, the deadliest year in nearly a decade", True),
        ("the attack killed 30 people in Bannu on Tuesday, the deadliest in 2024", False),
        ("more than 400 soldiers were killed in the province last year", True),
        ("JNIM, which seized Dapaong in 2023, killed nine soldiers", False),
        ("ISWAP, founded in 2016, killed 12 soldiers near Dikwa", False),
        ("In 2014, Boko Haram fighters killed 40 people in Gwoza on 3 June", False),
    ],
)
def test_a_years_toll_is_a_running_total(quote: str, total: bool) -> None:
    """helper-283: "at least 1,612 people were killed in militant violence in 2024" was a row of 1,612
    dead at Islamabad on 1 January 2024."""
    assert running_total(quote) is total


@pytest.mark.parametrize(
    ("words", "dead"),
    [
        ("The death toll from Sunday's ambush near Djibo rose to 25 after 4 wounded soldiers later died", [25]),
        ("The toll rose to 25 after 4 of the wounded later died", [25]),
        (
            "Nine soldiers were killed in an ambush near Djibo on Sunday and 5 wounded soldiers later died in hospital",
            [14],
        ),
        ("the attack killed 10 people, and two of the wounded later died", [12]),
        ("Gunmen killed 8 people and 3 of the wounded later died", [11]),
        ("Two of the injured died, raising the death toll to nine", [9]),
    ],
)
def test_the_wounded_who_died_since_add_to_the_dead_not_to_a_toll(words: str, dead: list[int]) -> None:
    """helper-284: "rose to 25 after 4 wounded soldiers later died" was [25, 4] (a row took 4), and "Nine
    soldiers were killed … on Sunday and 5 wounded soldiers later died" [9, 5]."""
    assert death_figures(words) == dead


@pytest.mark.parametrize(
    "quote",
    [
        "Police said gunmen stormed a school in Kaduna early Thursday and abducted 287 pupils, in a region where "
        "villages are attacked and looted by bandits",
        "A journalist is kidnapped in Kabul, police say",
        "Aid workers are abducted near Goma",
    ],
)
def test_one_deed_told_in_the_present_is_still_an_event(quote: str) -> None:
    """helper-284: the present passive read as what keeps happening took the rows of one abduction."""
    assert what_keeps_happening(quote) is False


def test_where_attackers_came_from_is_no_place_of_the_attack(tmp_path: Path) -> None:
    """helper-285: "They came from the Lake Chad direction and fired rockets" made Lake Chad the place of
    the attack on Marte and of the tolls told after it."""
    claim = "JNIM fighters came from the Kara direction and attacked the base on Saturday"
    found, err = rows(tmp_path, f"{claim}, residents said.", [(claim, "other")])
    assert found == []
    assert "no place" in err


def test_a_speakers_beat_is_no_place_of_the_toll(tmp_path: Path) -> None:
    """helper-285: "Zagazola Makama, an analyst who publishes security reports on the Lake Chad region, said
    11 soldiers were killed" put the toll at Lake Chad."""
    text = "An analyst who publishes security reports on Kara said 11 soldiers were killed on Saturday."
    found, err = rows(tmp_path, text, [("11 soldiers were killed on Saturday", "casualties")])
    assert found == []
    assert "no place" in err


@pytest.mark.parametrize(
    ("quote", "total"),
    [
        ("At least 30 people were killed in an ambush on a convoy near Djibo in 2024", False),
        ("Boko Haram fighters killed 40 people in Gwoza in 2014", False),
        ("5,601 people were killed in Haiti in 2024", True),
        ("more than 250 civilians were killed in air strikes across Yemen in 2024", True),
    ],
)
def test_one_event_of_a_year_is_no_years_toll(quote: str, total: bool) -> None:
    """helper-286: with any "in 2024" a year's toll, an ambush of that year lost its row."""
    assert running_total(quote) is total


@pytest.mark.parametrize(
    ("quote", "keeps"),
    [
        ("We are fighting the corrupt politicians, not the people. The people of Mirebalais are our brothers", True),
        ("We are fighting the FARDC in Goma", False),
        ("We are fighting in Bunia and we have captured two tanks", False),
    ],
)
def test_a_cause_fought_for_is_no_battle_but_a_fight_told_is(quote: str, keeps: bool) -> None:
    """helper-285: a gang leader's "We are fighting the corrupt politicians, not the people" was a battle
    row; helper-286: every "We are fighting …" then lost its row."""
    assert what_keeps_happening(quote) is keeps


@pytest.mark.parametrize(
    ("words", "dead"),
    [
        (
            "The death toll from Sunday's ambush near Djibo rose to 25, and four wounded soldiers later died on Wednesday",
            [29],
        ),
        ("The death toll from Sunday's ambush near Djibo rose to 25 after 4 wounded soldiers later died", [25]),
    ],
)
def test_the_hurt_who_died_after_a_toll_was_put_add_to_it(words: str, dead: list[int]) -> None:
    """helper-286: "rose to 25, and four wounded soldiers later died on Wednesday" was 25."""
    assert death_figures(words) == dead


def _rows_of_one_claim(
    tmp_path: Path, text: str, claim: str, cue: str, claim_type: str, actors: list[str]
) -> tuple[list[dict[str, str]], str]:
    """The event rows of one article on Dapaong whose one claim has this cue (the `rows` helper's are all
    "said"), with Dapaong and the actors named tagged, and what the export said."""
    path = tmp_path / "db"
    known = {entity.name: entity for entity in (TOGO_ARMY, JNIM)}
    with Store.open(path) as store:
        for entity in (DAPAONG, *known.values()):
            store.put_entity(entity)
        article = Article.create("Savanes", text, published="2025-04-21")
        store.add_article(article)
        tag(store, article, "district", "Dapaong", entity_id=DAPAONG.id, attributes=DistrictAttributes())
        for name in actors:
            tag(store, article, "actor", name, entity_id=known[name].id)
        tag(store, article, "claim", claim, attributes=ClaimAttributes(cue=cue, claim_type=claim_type))  # type: ignore[arg-type]
    out, err = io.StringIO(), io.StringIO()
    assert run(["export", "--format", "events", "--db", str(path)], stdout=out, stderr=err) == 0
    return list(csv.DictReader(io.StringIO(out.getvalue()))), err.getvalue()


def test_an_appeal_gives_no_row(tmp_path: Path) -> None:
    """helper-286: "…, who called on the army to send reinforcements to Dapaong" gave a row of the army."""
    text = "The governor called on the Togolese Armed Forces to send reinforcements to Dapaong."
    claim = "the Togolese Armed Forces to send reinforcements to Dapaong"
    found, err = _rows_of_one_claim(tmp_path, text, claim, "called on", "reinforcement", [TOGO_ARMY.name])
    assert found == []
    assert "intention" in err


@pytest.mark.parametrize(
    ("words", "dead"),
    [
        ("Bandits killed 20 villagers in Maru and wounded 40 others, three of whom later died", [23]),
        ("At least 14 people were killed in Tsafe and 30 wounded, two of whom later died in hospital", [16]),
    ],
)
def test_the_wounded_of_whom_some_died_add_to_the_dead(words: str, dead: list[int]) -> None:
    """helper-286: "wounded 40 others, three of whom later died" was 20 and 43."""
    assert death_figures(words) == dead


def test_a_long_aside_of_a_year_is_no_running_total() -> None:
    """helper-286: "The JNIM fighters, active in the area since 2015, killed 9 soldiers" was a running total."""
    assert (
        running_total("The JNIM fighters, active in the area since 2015, killed 9 soldiers near Kaya on Monday")
        is False
    )


@pytest.mark.parametrize(
    ("quote", "total"),
    [
        ("More than 1,200 people were killed in Benue State in 2024", True),
        ("At least 900 people were killed in Khyber Pakhtunkhwa province in 2024", True),
        ("Troops killed 2,000 militants in operations in Borno in 2024", True),
        ("Jihadists killed 100 civilians in a single day in Barsalogho in Burkina Faso in 2024", False),
        (
            "JNIM, whose fighters have carried out attacks across the Sahel, killed 30 soldiers near Djibo in 2024",
            False,
        ),
    ],
)
def test_a_years_toll_of_a_state_or_of_operations(quote: str, total: bool) -> None:
    """helper-289: a state's or a province's toll of 2024 gave a row of 1 January, and one day's massacre
    in a country, or an aside of a party's attacks, made a year's toll."""
    assert running_total(quote) is total


@pytest.mark.parametrize(
    ("words", "dead"),
    [
        (
            "The death toll from Sunday's ambush rose to 25 when the army said four wounded soldiers had later died",
            [25],
        ),
        ("The death toll rose to 25, after which four wounded soldiers later died", [29]),
    ],
)
def test_the_hurt_who_died_before_the_toll_was_put_told_a_few_words_later(words: str, dead: list[int]) -> None:
    """helper-289: "rose to 25 when the army said four wounded soldiers had later died" was 29."""
    assert death_figures(words) == dead


@pytest.mark.parametrize(
    ("claim", "sub_event"),
    [
        (
            "The mine exploded under a bus near Dapaong on Saturday, killing three people",
            "Remote explosive/landmine/IED",
        ),
        ("Militiamen killed four mine workers at the copper mine near Dapaong on Saturday", "Attack"),
    ],
)
def test_the_mine_that_exploded_is_a_landmine_and_mine_workers_civilians(
    tmp_path: Path, claim: str, sub_event: str
) -> None:
    """helper-289: "(?<!the )mines?" made "The mine exploded under a bus" no landmine; "mine workers" were
    no civilians."""
    (row,), _ = rows(tmp_path, f"{claim}, police said.", [(claim, "casualties")])
    assert row["sub_event_type"] == sub_event


def test_an_appeal_beside_a_deed_keeps_the_deeds_row(tmp_path: Path) -> None:
    """helper-289: "urged the army to send reinforcements to Dapaong after JNIM fighters killed 12 soldiers
    there" lost the battle's row with the appeal."""
    claim = (
        "the Togolese Armed Forces to send reinforcements to Dapaong after JNIM fighters killed 12 soldiers there on "
        "Saturday"
    )
    text = f"The governor urged {claim}."
    (row,), _ = _rows_of_one_claim(tmp_path, text, claim, "urged", "casualties", [TOGO_ARMY.name, "JNIM"])
    assert (row["event_type"], row["fatalities"]) == ("Battles", "12")


@pytest.mark.parametrize(
    ("quote", "total"),
    [
        ("Gunmen killed 120 worshippers at a church in Owo in 2022", False),
        ("Bandits killed 150 villagers in a village in Zamfara State in 2024", False),
        ("Gunmen killed 30 people in Plateau State on Christmas Eve in 2023", False),
        ("More than 1,200 people were killed in Benue State in 2024", True),
    ],
)
def test_one_massacre_of_a_year_at_one_place_is_no_years_toll(quote: str, total: bool) -> None:
    """helper-290: a hundred dead or a state named made one massacre of 2022 a year's toll."""
    assert running_total(quote) is total


def test_the_dead_of_whom_some_died_in_hospital_are_not_counted_twice() -> None:
    """helper-290: "Twenty people were killed …, three of whom died in hospital" was 23."""
    assert death_figures("Twenty people were killed in Maiduguri on Sunday, three of whom died in hospital") == [20]


@pytest.mark.parametrize(
    ("claim", "sub_event"),
    [
        ("Gunmen killed 12 people at the mine near Dapaong on Saturday", "Attack"),
        (
            "Three soldiers stepped on the mine that jihadists had buried near Dapaong on Saturday, killing two",
            "Remote explosive/landmine/IED",
        ),
    ],
)
def test_the_mine_where_it_happened_and_the_mine_that_exploded(tmp_path: Path, claim: str, sub_event: str) -> None:
    """helper-290: "at the mine near Djibo" became a landmine once "the mine" was allowed one."""
    (row,), _ = rows(tmp_path, f"{claim}, police said.", [(claim, "casualties")])
    assert row["sub_event_type"] == sub_event


def test_an_appeal_to_stop_killing_gives_no_row(tmp_path: Path) -> None:
    """helper-290: "called on the army to stop killing civilians in Dapaong" was violence against them."""
    text = "The UN called on the Togolese Armed Forces to stop killing civilians in Dapaong."
    claim = "the Togolese Armed Forces to stop killing civilians in Dapaong"
    found, _err = _rows_of_one_claim(tmp_path, text, claim, "called on", "casualties", [TOGO_ARMY.name])
    assert found == []


@pytest.mark.parametrize(
    ("quote", "keeps"),
    [
        ("ARSA and the RSO have fought alongside junta troops in northern Rakhine", True),
        ("militias fighting alongside the army killed 12 rebels in Beni on Sunday", False),
    ],
)
def test_who_fights_alongside_whom_is_no_battle(quote: str, keeps: bool) -> None:
    """helper-288: "ARSA and the RSO have fought alongside junta troops" was a battle of ARSA against the
    junta's troops (and, ARSA an armed movement now, took another claim's toll)."""
    assert what_keeps_happening(quote) is keeps


@pytest.mark.parametrize(
    ("quote", "total"),
    [
        ("Bandits killed 2,000 people in Savanes in 2024, including 50 at a mosque in Dapaong", True),
        ("More than 2,000 civilians were killed in 2024, according to ACLED", True),
        ("At least 500 people were killed in Borno State in 2024, many of them near the camp in Bama", True),
        ("Jihadists killed 400 civilians digging trenches near Kaya in 2024", False),
    ],
)
def test_a_years_toll_with_a_part_of_it_at_one_place(quote: str, total: bool) -> None:
    """helper-291: "…, including 50 at a mosque in Dapaong" made a year's 2,000 dead one event."""
    assert running_total(quote) is total


def test_the_hurt_taken_to_hospital_of_whom_some_died() -> None:
    """helper-291: "30 were taken to hospital, three of whom later died" were of the dead (20, not 23)."""
    assert death_figures("Twenty people were killed and 30 were taken to hospital, three of whom later died") == [23]


@pytest.mark.parametrize(
    "claim",
    [
        "Two soldiers were killed when their truck drove over the mine near Dapaong on Saturday",
        "Two soldiers were killed near Dapaong on Saturday when the mine planted by JNIM exploded",
    ],
)
def test_the_mine_driven_over_or_that_exploded_later_is_a_landmine(tmp_path: Path, claim: str) -> None:
    """helper-291: "drove over the mine", "the mine planted by JNIM exploded" were armed clashes."""
    (row,), _ = rows(tmp_path, f"{claim}, police said.", [(claim, "casualties")])
    assert row["sub_event_type"] == "Remote explosive/landmine/IED"


def test_who_fights_fiercely_alongside_whom_is_no_battle() -> None:
    """helper-291: an adverb after "fought" hid the alliance."""
    assert what_keeps_happening("The RSO has fought fiercely alongside the junta") is True
