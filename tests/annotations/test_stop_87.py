"""Stop 87: what a newcomer's event rows (helper-314's Haiti and Myanmar) and its reviews found."""

from __future__ import annotations

from pathlib import Path

import pytest

from .test_event_rows_from_words import rows
from .test_stop_86 import _actors

STORMED = "On Saturday, gunmen stormed Dapaong, setting fire to a police station, security sources said."
STORMED_CLAIM = ("gunmen stormed Dapaong, setting fire to a police station", "other")


@pytest.mark.parametrize(
    ("toll", "day"),
    [
        # helper-314's Mirebalais: the toll of "the assault on" the town told before is of the assault's day
        ("the assault on Dapaong had killed four people", "2025-04-19"),
        ("The attack on Dapaong had killed four people", "2025-04-19"),
        # a day of its own is its own
        ("the attack on Dapaong on Sunday had killed four people", "2025-04-20"),
        # an attack on another place than the one told before: the article's day
        ("the attack on Nadjoundi had killed four people", "2025-04-21"),
        # helper-326's review: another attack than the one told before, or one whose doer is said
        ("the previous attack on Dapaong had killed four people", "2025-04-21"),
        ("the attack on Dapaong by JNIM had killed four people", "2025-04-21"),
        ("the attack on Dapaong claimed by its fighters had killed four people", "2025-04-21"),  # helper-327
        ("the raid on Dapaong had killed four more people", "2025-04-21"),
    ],
)
def test_the_toll_of_the_assault_on_a_place_told_before_is_of_its_day(tmp_path: Path, toll: str, day: str) -> None:
    text = f"{STORMED} The civil protection agency said {toll}. A hospital official put the number of dead at six."
    found, _ = rows(tmp_path, text, [STORMED_CLAIM, (toll, "casualties"), ("the number of dead at six", "casualties")])
    told = [r for r in found if "killed four" in r["notes"]]
    assert [r["event_date"] for r in told] == [day]
    assert all("six" not in r["notes"] or r["event_date"] == day for r in found)  # the next toll with it


@pytest.mark.parametrize(
    ("claim", "kind"),
    [  # "struck … targets" as an air strike was tried and undone (helper-326's and helper-327's reviews): who struck
        # and with what the words do not say
        ("JNIM fighters struck army positions near Dapaong", "Other"),
        ("a roadside bomb struck a fuel depot in Dapaong", "Remote explosive/landmine/IED"),
        ("JNIM said it struck army targets in Dapaong on Saturday, killing ten soldiers", "Armed clash"),
    ],
)
def test_targets_struck_with_no_weapon_named_are_no_air_strike(tmp_path: Path, claim: str, kind: str) -> None:
    (row,), _ = rows(tmp_path, f"The army said {claim}.", [(claim, "other")])
    assert row["sub_event_type"] == kind


def test_an_accusation_of_targeting_infrastructure_is_no_strike(tmp_path: Path) -> None:
    """A review of the rule above: "The Kremlin accused Kyiv of targeting civilian infrastructure" became a strike."""
    claim = "JNIM of targeting civilian infrastructure in Dapaong"
    found, _ = rows(tmp_path, f"The government accused {claim}.", [(claim, "other")])
    assert all(r["event_type"] != "Explosions/Remote violence" for r in found)


STRUCK = "JNIM drones struck Dapaong on Saturday, killing nine civilians, officials said."
STRUCK_CLAIM = ("JNIM drones struck Dapaong on Saturday, killing nine civilians", "casualties")


@pytest.mark.parametrize(
    "second",
    [  # helper-326's and helper-327's reviews of a join of strikes of no day (undone): other strikes
        "Another drone strike hit a market in Dapaong, killing five people",
        "A drone also dropped explosives on a market in Dapaong, killing two civilians",
        "JNIM drones had also struck a school in Dapaong, wounding six children",
    ],
)
def test_a_strike_of_no_day_with_its_own_dead_stays_its_own(tmp_path: Path, second: str) -> None:
    found, _ = rows(tmp_path, f"{STRUCK} {second}.", [STRUCK_CLAIM, (second, "casualties")])
    assert len(found) == 2 and "9" in [r["fatalities"] for r in found]


def test_a_suicide_bombing_of_no_day_is_not_the_days_air_strike(tmp_path: Path) -> None:
    bombing = "a suicide bomber drove a car packed with explosives into a base near Dapaong"
    found, _ = rows(tmp_path, f"{STRUCK} Officials said {bombing}.", [STRUCK_CLAIM, (bombing, "other")])
    assert sorted(r["sub_event_type"] for r in found) == ["Air/drone strike", "Suicide bomb"]


BOMBED = "A military jet bombed a crowded market in the town of Dapaong on Saturday afternoon, killing 18 people."
BOMBED_CLAIM = ("A military jet bombed a crowded market in the town of Dapaong on Saturday afternoon, killing 18 people",
                "casualties")  # fmt: skip


@pytest.mark.parametrize(
    "toll",
    [  # helper-324's review of the rule that joins a second count of the same dead (test_event_rows_stop_81)
        "Three more people were killed when gunmen opened fire on mourners",
        "Four people were also killed by gunfire",
        "Three other people were killed by a stray shell",
        "gunmen killed three people at a funeral",
    ],
)
def test_a_toll_that_tells_an_act_or_more_dead_of_its_own_is_another_event(tmp_path: Path, toll: str) -> None:
    found, _ = rows(tmp_path, f"{BOMBED} {toll}.", [BOMBED_CLAIM, (toll, "casualties")])
    assert sorted(int(r["fatalities"]) for r in found) in ([3, 18], [4, 18])


@pytest.mark.parametrize(
    ("text", "named"),
    [  # stop 86's "Left": "The militia, CODECO," made CODECO an entity named "militia"
        ("The militia, CODECO, attacked a camp near Djugu on Sunday.", {"CODECO": "CODECO"}),
        ("A militia, CODECO, attacked a camp near Djugu on Sunday.", {"CODECO": "CODECO"}),
        ("The rebel group, M23, denied any role.", {"M23": "M23"}),
        ("The UN agency, UNHCR, said 300 people fled.", {"UN agency": "UNHCR", "UNHCR": "UNHCR"}),  # as before
    ],
)
def test_a_known_groups_name_between_commas_after_what_it_is_is_its_own(text: str, named: dict[str, str]) -> None:
    found = _actors(f"BUNIA, Congo, May 3 (Reuters) - {text}")
    assert {quote: found.get(quote) for quote in named} == named


@pytest.mark.parametrize(
    ("words", "names", "carers"),
    [  # helper-325's rows: a clash of the soldiers who found the dead against the troops sent, an attack by peacekeepers
        ("soldiers had recovered 22 bodies and that troops had been deployed to the area", ("soldiers", "troops"),
         {"soldiers", "troops"}),
        ("police and soldiers had been deployed to the area to arrest the attackers", ("police", "soldiers"), set()),
        ("the bodies of eight soldiers were recovered in Kanam", ("soldiers",), set()),  # the dead
        ("at least 25 civilians had been killed and that its peacekeepers had evacuated 14 wounded to a hospital",
         ("civilians", "peacekeepers"), {"peacekeepers"}),
        # harm in their clause: a party
        ("troops sent to the area killed five gunmen", ("troops", "gunmen"), set()),
        ("soldiers recovered weapons and ammunition after the clash", ("soldiers",), set()),
    ],
)  # fmt: skip
def test_those_who_only_help_the_hurt_or_find_the_dead_are_no_party(
    words: str, names: tuple[str, ...], carers: set[str]
) -> None:
    from annotations.claims.bystanders import a_carer
    from annotations.model import Annotation, Article, ClaimAttributes

    article = Article.create("t", f"An official said {words}.", published="2025-02-11")
    start = article.text.index(words)
    claim = Annotation.create(article, "claim", start, start + len(words), attributes=ClaimAttributes())
    mentions = {name: article.text.index(name, start) for name in names}
    found = {
        name for name, at in mentions.items() if a_carer(claim, Annotation.create(article, "actor", at, at + len(name)))
    }
    assert found == carers


def test_a_bombing_where_the_dead_were_brought_is_there(tmp_path: Path) -> None:
    """helper-327's review of a wider "taken to a hospital in X" (undone): the bombing at the hospital lost its row."""
    claim = "a bomb exploded on Saturday as relatives brought the bodies to a hospital in Dapaong, killing four people"
    (row,), _ = rows(tmp_path, f"Officials said {claim}.", [(claim, "casualties")])
    assert (row["location"], row["fatalities"]) == ("Dapaong", "4")


@pytest.mark.parametrize(
    ("words", "status"),
    [  # helper-325's Merawi: the government's "remains fully under the control of the national defence force" made
        # a takeover of the town by the rebels it denied had taken it
        ('Merawi "remains fully under the control of the national defence force"', "government_held"),
        ("Merawi remains under the control of the national defence forces", "government_held"),
        ("Merawi remains under the control of the Fano militia", "captured"),
        ("Merawi no longer remains under the control of the national defence forces", "captured"),  # helper-327
    ],
)
def test_a_town_said_to_remain_under_the_national_defence_forces_is_held(words: str, status: str) -> None:
    from annotations.text.readings import control_reading_near

    text = f"The government said {words}."
    reading = control_reading_near(text, text.index("Merawi"), text.index("Merawi") + len("Merawi"))
    assert reading is not None and reading.status == status


def test_the_attack_on_a_place_an_event_is_compared_with_is_not_that_events(tmp_path: Path) -> None:
    """helper-326's review: "It was the deadliest incident since the attack on Dapaong that killed 30 people" took
    Saturday's day."""
    older = "the attack on Dapaong that killed 30 people"
    text = f"{STORMED} It was the deadliest incident since {older}."
    found, _ = rows(tmp_path, text, [STORMED_CLAIM, (older, "casualties")])
    assert [r["event_date"] for r in found if r["fatalities"] == "30"] == ["2025-04-21"]


FARMERS = "JNIM fighters attacked farmers near Dapaong on Sunday, killing eight people, officials said."
FARMERS_CLAIM = ("JNIM fighters attacked farmers near Dapaong on Sunday, killing eight people", "casualties")


def test_a_toll_told_risen_is_the_latest_count_of_the_event_before_it(tmp_path: Path) -> None:
    """helper-325's three revised tolls ("The death toll rose to 14 on Tuesday after more bodies were found in the
    fields") were left out, their events keeping the first count; the day is the event's, not the day it rose."""
    risen = "The death toll rose to 14 on Tuesday after more bodies were found in the fields"
    found, _ = rows(tmp_path, f"{FARMERS} {risen}, he said.", [FARMERS_CLAIM, (risen, "casualties")])
    assert [(r["event_date"], r["actor1"], r["fatalities"]) for r in found] == [("2025-04-20", "JNIM", "14")]


def test_a_toll_told_risen_of_other_dead_is_not_the_event_before(tmp_path: Path) -> None:
    """helper-328's review of a wider reach (undone): the soldiers' toll told risen was put on the traders' row."""
    text = (
        "On Sunday, JNIM fighters attacked an army post in Dapaong, killing eight soldiers. On Monday, gunmen killed "
        "three traders in Nadjoundi. The soldiers' death toll rose to 12 on Tuesday."
    )
    claims = [
        ("JNIM fighters attacked an army post in Dapaong, killing eight soldiers", "casualties"),
        ("gunmen killed three traders in Nadjoundi", "casualties"),
        ("The soldiers' death toll rose to 12 on Tuesday", "casualties"),
    ]
    found, _ = rows(tmp_path, text, claims)
    assert [r["fatalities"] for r in found if r["location"] == "Nadjoundi"] == ["3"]


def test_a_toll_told_risen_never_lowers_the_count(tmp_path: Path) -> None:
    """helper-328: "killing 20 people, including eight soldiers" then "The soldiers' death toll rose to 10" made 10."""
    first = "JNIM fighters attacked Dapaong on Sunday, killing 20 people, including eight soldiers"
    risen = "The soldiers' death toll rose to 10 on Monday"
    found, _ = rows(tmp_path, f"{first}. {risen}.", [(first, "casualties"), (risen, "casualties")])
    assert [r["fatalities"] for r in found] == ["20"]


def test_a_toll_of_another_event_told_risen_is_not_the_one_before(tmp_path: Path) -> None:
    risen = "the death toll from last week's attack in Kara had risen to 20"
    found, _ = rows(tmp_path, f"{FARMERS} Separately, officials said {risen}.", [FARMERS_CLAIM, (risen, "casualties")])
    assert [r["fatalities"] for r in found if r["location"] == "Dapaong"] == ["8"]


@pytest.mark.parametrize(
    "words",
    [  # helper-327's review: harm told after who helped makes a party
        "Togolese Armed Forces deployed to Dapaong on Saturday neutralised seven JNIM terrorists",
        "Togolese Armed Forces evacuated the wounded and pursued the JNIM assailants near Dapaong, leaving six dead",
    ],
)
def test_forces_that_helped_and_fought_are_a_party(tmp_path: Path, words: str) -> None:
    (row,), _ = rows(tmp_path, f"Officials said {words}.", [(words, "casualties")])
    assert row["actor1"] == "Togolese Armed Forces"


OVERRAN = "On Sunday, JNIM fighters overran an army post in Dapaong, killing eight soldiers."
OVERRAN_CLAIM = ("JNIM fighters overran an army post in Dapaong, killing eight soldiers", "casualties")


@pytest.mark.parametrize(
    ("after", "claims", "toll"),
    [  # helper-329's review of the risen tolls
        # "national", "regional" name who speaks, not another event (after an attack told with no toll)
        ("Six soldiers were killed, the national army said.", [("Six soldiers were killed", "casualties")], "6"),
        # a funeral between the attack and its risen toll
        ("Hundreds of mourners attended funerals in Dapaong on Monday. The death toll rose to 11.",
         [("Hundreds of mourners attended funerals in Dapaong on Monday", "other"),
          ("The death toll rose to 11", "casualties")], "11"),
        # the dead it includes are among them
        ("The death toll rose to 12, including four civilians caught in the crossfire.",
         [("The death toll rose to 12, including four civilians caught in the crossfire", "casualties")], "12"),
    ],
)  # fmt: skip
def test_a_toll_after_the_attack_is_the_attacks(
    tmp_path: Path, after: str, claims: list[tuple[str, str]], toll: str
) -> None:
    if toll == "6":  # helper-329's: the army's account of the attack, its toll told after it
        first = "Togolese Armed Forces said they repelled a JNIM attack on an army post in Dapaong on Sunday."
        found, _ = rows(tmp_path, f"{first} {after}", [(first[:-1], "other"), *claims])
    else:
        found, _ = rows(tmp_path, f"{OVERRAN} {after}", [OVERRAN_CLAIM, *claims])
    assert [r["fatalities"] for r in found if r["location"] == "Dapaong"] == [toll]


def test_a_floods_risen_toll_makes_no_row(tmp_path: Path) -> None:
    """helper-329: "Flash floods … killing nine people. The death toll rose to 15" made an armed clash of 15."""
    flood = "Flash floods swept through Dapaong on Saturday, killing nine people"
    risen = "The death toll rose to 15 on Monday"
    found, _ = rows(tmp_path, f"{flood}. {risen}.", [(flood, "casualties"), (risen, "casualties")])
    assert [r["fatalities"] for r in found] == []


def test_claims_called_propaganda_are_no_cue_of_the_group() -> None:
    """helper-325: 'calling the Fano claims "fabricated propaganda"' made a claim of Fano's, "fabricated propaganda"."""
    from annotations.suggest import Knowledge, suggest
    from annotations.suggest.builtin_places import builtin_gazetteer

    text = (
        "BAHIR DAR, Ethiopia, March 18 (Reuters) - The government denied the town had fallen, calling the Fano claims "
        '"fabricated propaganda". Fano claims it controls most of the region.'
    )
    claims = [s.quote for s in suggest(text, Knowledge([builtin_gazetteer()])) if s.kind == "claim"]
    assert "fabricated propaganda" not in claims
    assert "it controls most of the region" in claims
