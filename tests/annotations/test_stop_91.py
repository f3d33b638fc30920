"""Stop 91, from helper-342's review (eight articles whose rows an ACLED coder had written first): a lede that
names a region and a day ("killed at least 22 civilians in an attack on a village in eastern Togo on Monday") and
the paragraph after it that names the village ("Gunmen on motorbikes arrived in Nadjoundi … and shot them") were
two rows of one attack, the second on the article's day. They are one row, at the village, on the lede's day; a
second event told after a lede stays its own."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from annotations.claims.events import COLUMNS, EventRow
from annotations.claims.merging import merged_events
from annotations.claims.row_parties import Party

from .test_event_rows_from_words import rows

ARTICLE = "savanes-report"
TOGO = "Military Forces of Togo"
UNIDENTIFIED = "Unidentified Armed Group (Togo)"
CIVILIANS = "Civilians (Togo)"


def place(location: str, admin1: str = "", admin2: str = "", precision: int = 1) -> dict[str, Any]:
    return {"country": "Togo", "admin1": admin1, "admin2": admin2, "location": location, "geo_precision": precision}


EASTERN_TOGO = place("eastern Togo", precision=2)
SAVANES = place("Savanes", "Savanes", precision=3)
NADJOUNDI = place("Nadjoundi", "Savanes", "Tone")
KARA = place("Kara", "Kara")
DAPAONG_DISTRICT = place("Tone", "Savanes", "Tone", precision=2)


def told(
    claim: str,
    where: dict[str, Any],
    *,
    day: str = "2025-03-10",
    precision: int = 1,
    kind: tuple[str, str] = ("Violence against civilians", "Attack"),
    parties: tuple[tuple[str, int], tuple[str, int]] = ((UNIDENTIFIED, 3), (CIVILIANS, 7)),
    dead: int = 0,
    whose: tuple[str, ...] = (),
    notes: str = "",
) -> EventRow:
    """The row one claim of the article gives (the article of Wednesday 12 March)."""
    (actor1, inter1), (actor2, inter2) = parties
    fields: dict[str, Any] = dict.fromkeys(COLUMNS, "")
    fields.update(
        event_date=day, time_precision=precision, event_type=kind[0], sub_event_type=kind[1], disorder_type="",
        actor1=actor1, inter1=inter1, actor2=actor2, inter2=inter2, source="Example", timestamp=0, fatalities=dead,
        notes=f"source (said): {notes or claim}", **where,
    )  # fmt: skip
    return EventRow(claim, ARTICLE, fields, dead, dead, day, dead=whose, words=notes or claim)


NO_ACT = ("Strategic developments", "Other")
CLASH = ("Battles", "Armed clash")
LEDE = told("lede", EASTERN_TOGO, dead=22, whose=(CIVILIANS,))


def test_the_details_of_a_lede_are_its_row_at_their_place_on_its_day() -> None:
    details = told(
        "details", NADJOUNDI, day="2025-03-12", precision=2, kind=NO_ACT, parties=((UNIDENTIFIED, 3), ("", 0))
    )
    buried = told(
        "buried", NADJOUNDI, day="2025-03-12", precision=2, kind=NO_ACT, dead=31, parties=((UNIDENTIFIED, 3), ("", 0))
    )
    toll = told(
        "toll", NADJOUNDI, day="2025-03-12", precision=2, kind=NO_ACT, dead=22, parties=((UNIDENTIFIED, 3), ("", 0))
    )
    (row,) = merged_events([LEDE, details, buried, toll])
    assert (row.row["event_date"], row.row["location"], row.row["admin2"], row.row["sub_event_type"]) == (
        "2025-03-10", "Nadjoundi", "Tone", "Attack",
    )  # fmt: skip
    assert (row.row["fatalities"], row.row["time_precision"], len(row.told_by)) == (22, 1, 4)


def test_details_of_the_lede_region_itself_join_it_when_they_tell_its_event_again() -> None:
    """A police spokesman's "18 people had been abducted and one person killed in the attack" in the state the lede
    named, after the village's details; the same words without "in the attack" tell an act of their own."""
    lede = told("lede", SAVANES, kind=("Violence against civilians", "Abduction/forced disappearance"))
    village = told("village", NADJOUNDI, kind=NO_ACT, parties=((UNIDENTIFIED, 3), ("", 0)))
    words = "18 people had been abducted and one person killed"
    police = told("police", SAVANES, day="2025-03-12", precision=2, dead=1, notes=f"{words} in the attack")
    (row,) = merged_events([lede, village, police])
    assert (row.row["location"], row.row["sub_event_type"], row.row["fatalities"]) == (
        "Nadjoundi", "Abduction/forced disappearance", 1,
    )  # fmt: skip
    own = told("police", SAVANES, day="2025-03-12", precision=2, dead=1, notes=words)
    assert len(merged_events([lede, village, own])) == 2


def test_the_dead_of_the_other_side_in_the_fighting_add_up_and_the_states_forces_stay_theirs() -> None:
    """helper-342: "Philippine troops killed four militants in a clash in the province …" then "One soldier was
    also killed in the fighting in Datu Hoffer Ampatuan town", a town the gazetteer knows no province of."""
    lede = told("lede", SAVANES, kind=CLASH, parties=((TOGO, 1), ("JNIM", 2)), dead=4, whose=("JNIM",))
    town = place("Bombouaka")
    soldier = told(
        "soldier", town, day="2025-03-12", precision=2, kind=CLASH, parties=((UNIDENTIFIED, 3), ("soldier", 1)),
        notes="One soldier was also killed in the fighting in Bombouaka town",
    )  # fmt: skip
    soldier = replace(soldier, row={**soldier.row, "fatalities": 1}, low=1, high=1, dead=("soldier",))
    (row,) = merged_events([lede, soldier])
    assert (row.row["actor1"], row.row["actor2"], row.row["fatalities"]) == (TOGO, "JNIM", 5)
    assert (row.row["location"], row.row["admin1"]) == ("Bombouaka", "Savanes")


@pytest.mark.parametrize(
    ("second", "why"),
    [
        (
            told("other", NADJOUNDI, day="2025-03-12", precision=2, notes="Separately, gunmen shot two herders"),
            "words that tell another event",
        ),
        (told("other", NADJOUNDI, day="2025-03-08"), "another day of its own"),
        (told("other", NADJOUNDI, day="2025-03-30", precision=2), "not of the lede's week"),
        (told("other", {**KARA, "country": "Benin"}, day="2025-03-12", precision=2), "another country"),
        (
            told(
                "other", NADJOUNDI, day="2025-03-12", precision=2, kind=NO_ACT, parties=((TOGO, 1), (UNIDENTIFIED, 3))
            ),
            "a state's forces sent there: no details of the attack (h42's troops sent to Catatumbo)",
        ),
        (
            told("other", NADJOUNDI, day="2025-03-12", precision=2, kind=NO_ACT, parties=(("JNIM", 2), ("", 0))),
            "told with no act, its doers named where the lede's are not",
        ),
        (
            told("other", NADJOUNDI, day="2025-03-12", precision=2, kind=CLASH, parties=((TOGO, 1), ("JNIM", 2))),
            "another kind of event",
        ),
    ],
)
def test_another_event_after_a_lede_stays_its_own(second: EventRow, why: str) -> None:
    assert len(merged_events([LEDE, second])) == 2, why


def test_details_inside_the_region_only() -> None:
    lede = told("lede", SAVANES, dead=5)
    elsewhere = told("kara", KARA, day="2025-03-12", precision=2, kind=NO_ACT, parties=((UNIDENTIFIED, 3), ("", 0)))
    assert len(merged_events([lede, elsewhere])) == 2


def test_a_district_sized_place_or_a_town_is_no_lede() -> None:
    """h293's killing in Abu Salim (a district of Tripoli, of geo-precision 2) and the camp named after it."""
    details = told(
        "details", NADJOUNDI, day="2025-03-12", precision=2, kind=NO_ACT, parties=((UNIDENTIFIED, 3), ("", 0))
    )
    for lede in (told("lede", DAPAONG_DISTRICT, dead=3), told("lede", KARA, dead=3)):
        assert len(merged_events([lede, details])) == 2


def test_only_the_event_told_right_after_the_lede_is_its_details() -> None:
    strike = told(
        "strike", KARA, kind=("Explosions/Remote violence", "Air/drone strike"), parties=((TOGO, 1), ("JNIM", 2))
    )
    details = told(
        "details", NADJOUNDI, day="2025-03-12", precision=2, kind=NO_ACT, parties=((UNIDENTIFIED, 3), ("", 0))
    )
    assert len(merged_events([LEDE, strike, details])) == 3


def test_police_and_soldiers_are_not_one_party() -> None:
    """h309: "Militants killed six policemen … in the province" and the military's "operation in North
    Waziristan" the same day were joined while a common noun of any state force fitted any."""
    lede = told("lede", SAVANES, kind=CLASH, parties=((UNIDENTIFIED, 3), ("Police Forces of Togo", 1)), dead=6)
    military = told("military", NADJOUNDI, kind=CLASH, parties=(("military", 1), (UNIDENTIFIED, 3)), dead=13)
    assert len(merged_events([lede, military])) == 2


def test_a_common_noun_does_not_name_a_states_forces() -> None:
    """b14's merged row set "army" as al-Shabaab's enemy where another row named the Military Forces of Somalia."""
    state, noun = Party(TOGO, "", 1), Party("soldiers", "", 1)
    assert state.named(noun).name == TOGO
    assert Party(UNIDENTIFIED, "", 3).named(Party("JNIM", "", 2)).name == "JNIM"


def test_a_toll_after_the_sentence_telling_where_the_attack_took_place_is_of_that_place_and_joins_the_lede(
    tmp_path: Path,
) -> None:
    """helper-342's Cameroon article: the lede named the region, "The attack took place in Bali" the town, and
    the spokesman's toll "said in Yaounde" was a row at Yaounde, where he spoke."""
    lede = "JNIM killed seven soldiers in an attack in Kara Region on Sunday"
    toll = "four soldiers and three attackers were killed"
    text = f"{lede}, the army said.\n\nThe attack took place in Nadjoundi. A commander said in Dapaong that {toll}."
    found, _ = rows(tmp_path, text, [(lede, "casualties"), (toll, "casualties")])
    assert [(r["location"], r["event_date"]) for r in found] == [("Nadjoundi", "2025-04-20")]
    assert len(found[0]["notes"].split(" | ")) == 2


@pytest.mark.parametrize(
    ("before", "speaker"),
    [
        ("Army spokesman Cyrille Guemo said in ", True),
        ("The governor said on Monday in ", True),
        ("A police officer said from ", True),
        ("The army said the fighting in ", False),  # where it happened, not where it was said
        ("Soldiers said they were attacked in ", False),
    ],
)
def test_said_in_a_town_is_where_the_speaker_is(before: str, speaker: bool) -> None:
    from annotations.claims.elsewhere import WHERE_THE_SPEAKER_IS

    assert (WHERE_THE_SPEAKER_IS.search(before) is not None) is speaker


@pytest.mark.parametrize(
    ("words", "why"),
    [
        ("Gunmen also killed three farmers in Tsafe", "another act, told with also"),
        ("In the north of the country, gunmen killed five traders near Djibo", "another part of the country"),
        ("Troops later pursued the attackers into the forest, killing 20 in the fighting", "the army's pursuit"),
        ("Other attacks hit villages in the district, killing 16 in the attack", "the rest of a series of attacks"),
    ],
)
def test_helper_344s_other_events_after_a_lede_stay_their_own(words: str, why: str) -> None:
    """helper-344's review of the first version: these joined the lede before them, their dead with them."""
    other = told("other", NADJOUNDI, day="2025-03-12", precision=2, dead=3, notes=words)
    assert len(merged_events([LEDE, other])) == 2, why


def test_once_details_named_the_village_another_village_is_another_event() -> None:
    """helper-344's b13: "Gunmen also killed three farmers in Tsafe" after the lede's details at Kadawa."""
    details = told(
        "details", NADJOUNDI, day="2025-03-12", precision=2, kind=NO_ACT, parties=((UNIDENTIFIED, 3), ("", 0))
    )
    there = place("Bombouaka", "Savanes", "Tone")
    again = told("again", there, day="2025-03-12", precision=2, dead=3, notes="three farmers were killed in the attack")
    assert [r.row["location"] for r in merged_events([LEDE, details, again])] == ["Nadjoundi", "Bombouaka"]


def test_a_toll_lent_by_a_claim_that_gave_no_row_right_after_the_lede_is_the_ledes() -> None:
    """helper-340's Djibo: "The convoy was attacked near the town of Djibo" named no doer (no valid row); the
    sources' tolls after it took its place, and were a second row of the ambush the lede told."""
    lede = told("lede", EASTERN_TOGO, kind=CLASH, parties=((UNIDENTIFIED, 3), (TOGO, 1)), dead=12)
    toll = told(
        "toll", NADJOUNDI, day="2025-03-12", precision=2, kind=CLASH, parties=((UNIDENTIFIED, 3), (TOGO, 1)), dead=28
    )
    toll = replace(toll, lent_by=(ARTICLE, "convoy"))
    (row,) = merged_events([lede, toll])
    assert (row.row["location"], row.row["event_date"]) == ("Nadjoundi", "2025-03-10")


@pytest.mark.parametrize(
    ("words", "whose"),
    [
        ("four gendarmes and two attackers were killed", None),  # both sides' dead: no one side's toll
        ("three gendarmes were killed", "forces"),
        ("gunmen killed two gendarmes", "forces"),
    ],
)
def test_gendarmes_are_a_states_forces_dead(words: str, whose: str | None) -> None:
    """helper-342's Cameroon row: the spokesman's "four gendarmes and two attackers" counted as the attackers'
    dead only, added to the lede's four gendarmes: 10 where an ACLED coder wrote 6."""
    from annotations.claims.whose_dead import whose_dead

    assert whose_dead(words) == whose


def test_a_part_of_the_country_or_a_region_spelt_without_its_accents_is_a_lede() -> None:
    """helper-344's a01 ("central Mali", its region filled in) and a02 ("Tillaberi", the division "Tillabéri")."""
    central = told("lede", {**place("central Togo", "Centrale"), "geo_precision": 2}, dead=18)
    accents = told("lede", place("Tillaberi", "Tillabéri", precision=3), dead=9)
    details = told(
        "details", NADJOUNDI, day="2025-03-12", precision=2, kind=NO_ACT, parties=((UNIDENTIFIED, 3), ("", 0))
    )
    assert [r.row["location"] for r in merged_events([central, details])] == ["Nadjoundi"]
    village = told("village", place("Fambita", "Tillabéri"), day="2025-03-12", precision=2, kind=NO_ACT)
    village = replace(village, row={**village.row, "actor2": ""})
    assert [r.row["location"] for r in merged_events([accents, village])] == ["Fambita"]


@pytest.mark.parametrize(
    ("words", "dead"),
    [
        ("Bandits killed a 2023 election candidate and 11 villagers", [12]),  # helper-343: read as no dead
        ("Bandits killed a soldier and 11 villagers", [12]),
        ("gunmen killed a village chief, his driver and two guards", [4]),  # helper-343: read as one
        ("killed a farmer, his son and two daughters", [4]),
        ("killed the mayor and three of his guards", [4]),
        ("killed the commander and 11 of his fighters", [12]),
        ("Al Shabaab killed a district commissioner, his driver and two guards in Afgoye", [4]),  # helper-347: 0
        ("they shot down an air force jet over Nyala, killing its two crew members", [2]),  # helper-347: 0
        ("security forces killed all 16 attackers", [16]),
        ("killed a farmer, his son said", [1]),  # the son speaks
        ("the strike killed the commander and wounded 11 villagers", [1]),
    ],
)
def test_one_named_dead_and_more_listed_after_are_counted(words: str, dead: list[int]) -> None:
    from annotations.claims.figures import death_figures

    assert death_figures(words) == dead


@pytest.mark.parametrize(
    ("words", "why"),
    [
        ("A day earlier, gunmen arrived in Nadjoundi and looted shops", "another day told in words (c16)"),
        ("A week earlier, four people were killed in the fighting in Nadjoundi", "a week earlier (c24)"),
        ("The insurgents then arrived in Nadjoundi", "then: what came after (c20)"),
        (
            "In Nadjoundi, 22 people were killed in the attack on the cattle market",
            "the attack on another target (c21)",
        ),
    ],
)
def test_helper_345s_other_events_after_a_lede_stay_their_own(words: str, why: str) -> None:
    kind = ("Violence against civilians", "Attack") if "killed" in words else NO_ACT
    other = told("other", NADJOUNDI, day="2025-03-12", precision=2, kind=kind, notes=words)
    other = replace(other, row={**other.row, "actor2": ""})
    assert len(merged_events([LEDE, other])) == 2, why


def test_a_lede_of_several_attacks_takes_no_details() -> None:
    """helper-345's c15: "killed at least 35 people in attacks on three villages", then one village described."""
    lede = told("lede", SAVANES, dead=35, notes="Gunmen killed at least 35 people in attacks on three villages")
    details = told(
        "details", NADJOUNDI, day="2025-03-12", precision=2, kind=NO_ACT, parties=((UNIDENTIFIED, 3), ("", 0))
    )
    assert len(merged_events([lede, details])) == 2


def test_a_strikes_details_are_what_it_hit_not_who_arrived() -> None:
    """helper-345's c20 and b10: an air strike's lede, then "The insurgents then arrived …" (another event) or
    "The drone hit the market in Kabkabiyah" (its details)."""
    strike = ("Explosions/Remote violence", "Air/drone strike")
    lede = told("lede", SAVANES, kind=strike, parties=((TOGO, 1), (CIVILIANS, 7)), dead=12)
    arrived = told("arrived", NADJOUNDI, day="2025-03-12", precision=2, kind=NO_ACT, parties=(("", 0), ("", 0)))
    assert len(merged_events([lede, arrived])) == 2
    hit = told("hit", NADJOUNDI, day="2025-03-12", precision=2, kind=strike, parties=(("", 0), ("traders", 7)))
    hit = replace(
        hit, row={**hit.row, "notes": "official (said): The drone hit the market"}, words="The drone hit the market"
    )
    (row,) = merged_events([lede, hit])
    assert (row.row["location"], row.row["actor2"], row.row["fatalities"]) == ("Nadjoundi", CIVILIANS, 12)


def test_the_armys_own_act_after_a_lede_is_no_toll_of_it() -> None:
    """helper-345's c18: "Soldiers killed 12 of the attackers", its place taken from the lede, was joined to the
    attack on civilians, the attackers' dead counted as civilians. A toll that only counts dead is the lede's."""
    reaction = told("army", NADJOUNDI, kind=CLASH, parties=((TOGO, 1), (UNIDENTIFIED, 3)), dead=12)
    reaction = replace(reaction, lent_by=(ARTICLE, "lede"))
    assert len(merged_events([LEDE, reaction])) == 2
    toll = told("toll", NADJOUNDI, kind=CLASH, parties=(("district police", 1), ("", 0)), dead=22)
    toll = replace(toll, row={**toll.row, "notes": "police (put the toll at): the toll at 22"}, words="the toll at 22",
                   lent_by=(ARTICLE, "lede"))  # fmt: skip
    (row,) = merged_events([LEDE, toll])
    assert (row.row["location"], row.row["sub_event_type"]) == ("Nadjoundi", "Attack")


def test_a_common_noun_joined_to_a_states_forces_counts_the_same_dead() -> None:
    """helper-345's a07: the lede's six police and the toll's six "policemen" were added up: 12."""
    police = "Police Forces of Togo"
    lede = told("lede", SAVANES, kind=CLASH, parties=((UNIDENTIFIED, 3), (police, 1)), dead=6, whose=(police,))
    toll = told("toll", NADJOUNDI, day="2025-03-12", precision=2, kind=CLASH, parties=((UNIDENTIFIED, 3), ("policemen", 1)),
                dead=6, whose=("policemen",), notes="six policemen were killed in the attack")  # fmt: skip
    (row,) = merged_events([lede, toll])
    assert (row.row["actor2"], row.row["fatalities"]) == (police, 6)


@pytest.mark.parametrize(
    ("words", "state"),
    [
        ("an army helicopter gunship struck positions of the rebels, killing seven people", True),
        ("a military drone hit a market, killing five", True),
        ("army warplanes bombed the market in Kutum, killing nine", True),  # helper-347: no article
        ("anti-army drones hit a base", False),
        ("the rebels said they shot down an army helicopter", False),  # a loss, no act
        ("gunmen fired on a convoy", False),
    ],
)
def test_an_armys_aircraft_named_by_no_country_are_the_event_countrys_forces(words: str, state: bool) -> None:
    """helper-342's Ayod strike: "an army helicopter gunship struck positions of the SPLA-IO" was an
    unidentified group's air strike."""
    from annotations.claims.unnamed_parties import state_by_its_weapons

    actors = state_by_its_weapons(words, [], set(), [], "South Sudan")
    assert bool(actors and actors[0].name == "Military Forces of South Sudan") is state


@pytest.mark.parametrize(
    ("words", "whose"),
    [
        ("soldiers entered the village, burned a dozen houses and shot dead three men", "civilians"),  # helper-342
        ("the attackers beheaded several men and set fire to houses", "civilians"),
        ("27 bodies had been brought there, most of them young men with gunshot wounds", None),  # the fighting's dead
        ("the army lost 12 of its men", None),
        ("armed men killed five soldiers", "forces"),
        ("the army said it killed 20 men in a raid on a militant camp near Bama", "fighters"),  # helper-347
        ("police shot dead five men who opened fire on a checkpoint", None),
        ("troops killed 20 men in the fighting", "forces"),  # as before: not civilians
    ],
)
def test_men_killed_by_someone_are_people_of_no_side(words: str, whose: str | None) -> None:
    from annotations.claims.whose_dead import whose_dead

    assert whose_dead(words) == whose


def test_dead_the_details_say_were_also_killed_add_to_the_ledes() -> None:
    """helper-346's Benin article: "Jihadists killed eight soldiers …", then "several of them were also killed" of
    the attackers: the joined row said 10, the larger, where the two rows before had 8 and 10."""
    lede = told("lede", SAVANES, kind=CLASH, parties=((UNIDENTIFIED, 3), (TOGO, 1)), dead=8, whose=(TOGO,))
    more = told("more", NADJOUNDI, day="2025-03-12", precision=2, kind=CLASH, parties=((UNIDENTIFIED, 3), ("", 0)),
                dead=10, notes="several of them were also killed in the fighting")  # fmt: skip
    (row,) = merged_events([lede, more])
    assert row.row["fatalities"] == 18


def test_an_act_told_by_its_doer_in_the_fighting_is_not_the_ledes_told_again() -> None:
    """helper-346's narrow miss: "troops killed 11 al Shabaab fighters in the fighting near Awdheegle" after the
    lede would have joined it by its "in the fighting"; and "A second bomb" tells another event."""
    lede = told("lede", SAVANES, kind=CLASH, parties=((UNIDENTIFIED, 3), (TOGO, 1)), dead=8)
    own = told("own", NADJOUNDI, day="2025-03-12", precision=2, kind=CLASH, parties=((TOGO, 1), (UNIDENTIFIED, 3)),
               dead=11, notes="troops killed 11 fighters in the fighting near Nadjoundi")  # fmt: skip
    assert len(merged_events([lede, own])) == 2
    bomb = told("bomb", NADJOUNDI, day="2025-03-12", precision=2, kind=NO_ACT, parties=(("", 0), ("", 0)),
                notes="A second bomb went off near the market")  # fmt: skip
    assert len(merged_events([lede, bomb])) == 2


def test_details_telling_of_the_ledes_victims_join_it() -> None:
    """helper-346's Oromia article: "the victims, Amhara farmers, were rounded up" named the victims as the
    description's only party."""
    details = told(
        "details", NADJOUNDI, day="2025-03-12", precision=2, kind=NO_ACT, parties=(("Konkomba farmers", 7), ("", 0))
    )
    assert [r.row["location"] for r in merged_events([LEDE, details])] == ["Nadjoundi"]


def test_an_event_of_the_same_day_takes_the_day_told_before(tmp_path: Path) -> None:
    """helper-347's Titao row: "On the same day, three gendarmes were killed …" after Saturday's attack, dated by
    the article."""
    lede = "JNIM killed seven soldiers at Nadjoundi on Saturday"
    same = "On the same day, four soldiers were killed in Dapaong"
    text = f"{lede}, the army said. Residents described the attack.\n\n{same}, a security source said."
    found, _ = rows(tmp_path, text, [(lede, "casualties"), (same, "casualties")])
    assert sorted((r["location"], r["event_date"], r["time_precision"]) for r in found) == [
        ("Dapaong", "2025-04-19", "1"), ("Nadjoundi", "2025-04-19", "1"),
    ]  # fmt: skip
