"""Stop 92: an event told by how far it was from the one told before it ("A day earlier, …", "Two days later,
…", "A week earlier, …") takes the day last told, moved so; its row took the article's day (helper-343's and
helper-347's "A day earlier" rows)."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotations.claims.days_apart import days_apart
from annotations.model import Annotation, Article, Entity, PlaceDetails
from annotations.suggest import Knowledge, suggest
from annotations.suggest.builtin_places import builtin_gazetteer

from .test_builtin_districts import places_in
from .test_event_rows_from_words import rows

LEDE = "JNIM killed seven soldiers at Nadjoundi on Saturday"


def dated(tmp_path: Path, then: str) -> list[tuple[str, str, str]]:
    """The rows of the lede (Saturday 19 April) and of a second event told after it, by place."""
    text = f"{LEDE}, the army said. Residents described the attack.\n\n{then}, a security source said."
    found, _ = rows(tmp_path, text, [(LEDE, "casualties"), (then, "casualties")])
    return sorted((r["location"], r["event_date"], r["time_precision"]) for r in found)


@pytest.mark.parametrize(
    ("then", "day", "precision"),
    [
        ("A day earlier, four soldiers were killed in Dapaong", "2025-04-18", "1"),
        ("Two days later, four soldiers were killed in Dapaong", "2025-04-21", "1"),
        ("The next morning, four soldiers were killed in Dapaong", "2025-04-20", "1"),
        ("Four soldiers were killed in Dapaong the day before", "2025-04-18", "1"),
        ("A week earlier, four soldiers were killed in Dapaong", "2025-04-12", "2"),
        ("On the same day, four soldiers were killed in Dapaong", "2025-04-19", "1"),
    ],
)
def test_an_event_told_days_apart_from_the_one_before_takes_that_day_moved(
    tmp_path: Path, then: str, day: str, precision: str
) -> None:
    assert dated(tmp_path, then) == [("Dapaong", day, precision), ("Nadjoundi", "2025-04-19", "1")]


def test_a_day_of_its_own_is_kept(tmp_path: Path) -> None:
    """ "Two days later" beside a day the sentence names itself: the day named."""
    then = "Two days later, on Tuesday, four soldiers were killed in Dapaong"
    assert dated(tmp_path, then)[0] == ("Dapaong", "2025-04-15", "1")


def claim_in(text: str, words: str) -> Annotation:
    start = text.index(words)
    return Annotation.create(Article.create("a", text), "claim", start, start + len(words))


@pytest.mark.parametrize(
    "sentence",
    [
        "The toll rose to 20 soldiers, up from 12 the previous day.",  # a figure compared with another day's
        "Four soldiers were killed in Dapaong, he said the next day.",  # when it was told
        "Four soldiers were killed in Dapaong the day before the elections.",  # before something named
        "Four soldiers were killed in Dapaong days later.",  # how many not said
    ],
)
def test_words_of_another_day_are_not_how_far_the_event_was(sentence: str) -> None:
    words = sentence.split(",")[0].rstrip(".") if sentence.startswith(("The", "Four")) else sentence.split(", ")[1]
    assert days_apart(sentence, claim_in(sentence, words)) is None


def test_days_after_an_event_named_by_its_place_count_from_that_event(tmp_path: Path) -> None:
    """helper-348's Nigerian article: "Two days after the attack on Malam Fatori, insurgents ambushed a convoy near
    Monguno" took the article's day, and "On the same day, a suicide bomber …" a day of another. With no event told
    at the place named, nothing is counted from."""
    sentence = "Two days after the attack on Kara, four soldiers were killed in Dapaong."
    apart = days_apart(sentence, claim_in(sentence, "four soldiers were killed in Dapaong"))
    assert apart is not None and (apart.days, apart.named) == (2, "Kara")
    then = "Two days after the attack on Nadjoundi, four soldiers were killed in Dapaong"
    assert dated(tmp_path / "a", then)[0] == ("Dapaong", "2025-04-21", "1")
    then = "Two days after the attack on Kara, four soldiers were killed in Dapaong"
    assert dated(tmp_path / "b", then)[0] == ("Dapaong", "2025-04-21", "2")  # the article's day


def test_the_words_say_how_many_days_and_which_way() -> None:
    cases = {
        "A day earlier, gunmen killed four people.": -1,
        "Three days later, gunmen killed four people.": 3,
        "Two weeks earlier, gunmen killed four people.": -14,
        "The previous night, gunmen killed four people.": -1,
        "The following day, gunmen killed four people.": 1,
        "That night, gunmen killed four people.": 0,
    }
    for sentence, days in cases.items():
        apart = days_apart(sentence, claim_in(sentence, "gunmen killed four people"))
        assert apart is not None and apart.days == days, sentence


ACCUSED = "soldiers of killing three civilians in a reprisal raid the next day"
CHECKPOINT = "JNIM killed four soldiers in an attack on a checkpoint in Togo on Saturday"
TOGO = Entity.place("Togo", PlaceDetails("country", country="Togo", codes={"iso3166_1": "TG"}))
RAID = "On Sunday, soldiers entered Dapaong and shot dead three men"


def test_an_accusation_told_at_the_country_the_next_day_is_the_raid_told_at_its_village(tmp_path: Path) -> None:
    """helper-342's Cameroon article: the lede's "…, and residents accused soldiers of killing three civilians in a
    reprisal raid the next day" was a row of the lede's day (Sunday's, not Monday's) at the country, beside the
    raid at Bawock on Monday: the three dead counted twice."""
    text = f"{CHECKPOINT}, the army said, and residents accused {ACCUSED}.\n\n{RAID}, residents said."
    found, _ = rows(
        tmp_path, text, [(CHECKPOINT, "casualties"), (ACCUSED, "casualties"), (RAID, "casualties")], more=(TOGO,)
    )
    assert sorted((r["location"], r["event_date"], r["fatalities"]) for r in found) == [
        ("Dapaong", "2025-04-20", "3"), ("Togo", "2025-04-19", "4"),
    ]  # fmt: skip
    assert len(next(r for r in found if r["location"] == "Dapaong")["notes"].split(" | ")) == 2


@pytest.mark.parametrize(
    "raid",
    [
        "On Sunday, soldiers entered Dapaong and shot dead two men",  # other dead
        "On Monday, soldiers entered Dapaong and shot dead three men",  # another day
    ],
)
def test_an_event_told_at_the_country_stays_its_own_beside_no_event_of_its_day_and_dead(
    tmp_path: Path, raid: str
) -> None:
    text = f"{CHECKPOINT}, the army said, and residents accused {ACCUSED}.\n\n{raid}, residents said."
    found, _ = rows(
        tmp_path, text, [(CHECKPOINT, "casualties"), (ACCUSED, "casualties"), (raid, "casualties")], more=(TOGO,)
    )
    assert len(found) == 3


def test_a_county_named_as_a_province_is_that_province_not_its_town() -> None:
    """helper-346's Kenyan lede, "in Kenya's coastal Lamu county": the suggestion was the town of Lamu, so the
    lede's row was at the town and the details at Mokowe (inside the county) were another row. Kenya's and
    Liberia's counties are their first-level divisions; South Sudan's "Bor county" has no province of its name:
    the town, as before."""
    found = places_in("A roadside bomb killed four police officers in Kenya's coastal Lamu county on Monday.")
    assert (found["Lamu"]["place_kind"], found["Lamu"]["codes"]) == (
        "province",
        {"iso3166_1": "KE", "iso3166_2": "KE-21"},
    )
    assert places_in("Clashes in Nimba County left two dead.")["Nimba County"]["place_kind"] == "province"
    found = places_in("Bandits killed three herders in Elgeyo-Marakwet county on Sunday.")  # "Elgeyo/Marakwet"
    assert (found["Elgeyo-Marakwet"]["place_kind"], found["Elgeyo-Marakwet"]["codes"]["iso3166_2"]) == (
        "province",
        "KE-05",
    )
    bor = places_in("Fighting broke out in Bor county of Jonglei state.")["Bor"]
    assert (bor["place_kind"], bor["province"], bor["country"]) == ("district", "Jonglei", "South Sudan")


def test_names_listed_after_counties_or_departments_are_of_that_kind() -> None:
    """ "the counties of Nasir and Ulang" proposed neither (no town of the gazetteer); "the counties of Lamu and
    Mandera" made Lamu a district of Uganda (Lamwo, by its spelling)."""
    found = places_in("Fighting spread to the counties of Nasir and Ulang in South Sudan's Upper Nile state.")
    assert (found["Nasir"]["place_kind"], found["Ulang"]["place_kind"]) == ("district", "district")
    found = places_in("Al-Shabaab attacks in the counties of Lamu and Mandera killed six, police said.")
    assert [(found[n]["place_kind"], found[n]["country"]) for n in ("Lamu", "Mandera")] == [("province", "Kenya")] * 2


def test_a_department_named_as_a_province_is_that_province_not_its_capital() -> None:
    """ "in Colombia's Arauca department" was the town of Arauca (so "Huehuetenango department", "Puno
    department"); Niger's "Ouallam department" has no province of its name: the town, as before."""
    found = places_in("ELN fighters attacked police posts in Colombia's Arauca department on Sunday.")
    assert (found["Arauca"]["place_kind"], found["Arauca"]["codes"]["iso3166_2"]) == ("province", "CO-ARA")
    assert places_in("In Peru's Puno department, protesters blocked roads.")["Puno"]["place_kind"] == "province"
    found = places_in("Gunmen attacked a post in Niger's Tillaberi region, in the Ouallam department.")
    assert found["Ouallam"]["place_kind"] == "city"


def test_a_vehicle_that_ran_over_the_device_is_the_ledes_bombing(tmp_path: Path) -> None:
    """helper-346's a02: "Their armored vehicle ran over the explosive device on the road between Mokowe and
    Hindi" told the lede's roadside bomb again, at its place: one row, not a second bombing of no dead."""
    lede = "A roadside bomb killed four soldiers in Togo's Kara Region on Saturday"
    details = "Their armored vehicle ran over the explosive device on the road near Nadjoundi"
    text = f"{lede}, the army said.\n\n{details}, according to a police report."
    found, _ = rows(tmp_path, text, [(lede, "casualties"), (details, "other")])
    assert [(r["location"], r["event_date"], r["fatalities"]) for r in found] == [("Nadjoundi", "2025-04-19", "4")]


def test_said_the_next_day_is_when_it_was_said(tmp_path: Path) -> None:
    """helper-348: "The army said the following day that its troops had repelled the attack and killed 20
    insurgents" was a row of Monday beside Sunday's attack; "Police said two days later that a roadside bomb …"
    a row of a day counted from it."""
    lede = "JNIM attacked an army post at Nadjoundi in Kara Region on Saturday, killing seven soldiers"
    said = "its troops had repelled the attack and killed 20 attackers"
    text = f"{lede}, two sources said.\n\nThe army said the following day that {said}."
    found, _ = rows(tmp_path, text, [(lede, "casualties"), (said, "casualties")])
    assert {r["event_date"] for r in found} == {"2025-04-19"}
    sentence = "Police said two days later that a roadside bomb had killed three civilians."
    assert days_apart(sentence, claim_in(sentence, "a roadside bomb had killed three civilians")) is None


def test_a_day_said_in_the_sentence_before_counts_though_no_claim_says_it(tmp_path: Path) -> None:
    """helper-348's Zamfara article: "On Wednesday, the governor imposed a curfew …" (no claim), then "A day
    earlier, bandits had abducted 20 women …": counted from Saturday's attack told before the curfew. A day said two
    sentences back, in a clause about something else ("…, which were held on Wednesday"), does not count."""
    then = "A day earlier, bandits had killed four people in Dapaong"
    text = f"{LEDE}, the army said.\n\nOn Monday, the governor imposed a curfew on the district.\n\n{then}, residents said."
    found, _ = rows(tmp_path, text, [(LEDE, "casualties"), (then, "casualties")])
    assert sorted((r["location"], r["event_date"]) for r in found) == [
        ("Dapaong", "2025-04-20"), ("Nadjoundi", "2025-04-19"),
    ]  # fmt: skip
    then = "Four soldiers were killed in Dapaong the day before"
    text = (
        f"{LEDE}, the army said. Elections were held on Monday under tight security. “We held,” a commander said."
        f" {then}, he said."
    )
    found, _ = rows(tmp_path / "b", text, [(LEDE, "casualties"), (then, "casualties")])
    assert ("Dapaong", "2025-04-18") in [(r["location"], r["event_date"]) for r in found]


@pytest.mark.parametrize(
    "raid",
    [
        "Gunmen also killed three civilians in Togo on Sunday",  # another event, told as such
        "In a separate incident, soldiers killed three civilians in Togo on Sunday",  # told after: not the summary
    ],
)
def test_an_event_at_the_country_told_after_another_is_not_that_one(tmp_path: Path, raid: str) -> None:
    """helper-348: the country's row of "Gunmen also killed three traders in Cameroon on Monday" joined the Bawock
    raid told before it (six dead); "In a separate incident, soldiers killed three civilians … in Cameroon" was
    lost in it."""
    first = "On Sunday, soldiers entered Dapaong and shot dead three men"
    text = f"{first}, residents said. {raid}, a rights group said."
    found, _ = rows(tmp_path, text, [(first, "casualties"), (raid, "casualties")], more=(TOGO,))
    assert sorted((r["location"], r["fatalities"]) for r in found) == [("Dapaong", "3"), ("Togo", "3")]


def test_a_village_in_a_region_spelt_as_anothers_is_in_the_articles_country() -> None:
    """helper-348: "the village of Bawock in the North West region", in a report from Yaounde, was a village of
    Botswana's North West district (spelt so; Cameroon's is "North-West"): its event row's country was Botswana."""
    found = places_in(
        "YAOUNDE, June 12, 2025 (AFP) - Cameroonian soldiers shot dead three civilians in the village of Bawock in"
        " the North West region on Monday, residents said."
    )
    assert (found["Bawock"]["province"], found["Bawock"]["country"]) == ("North-West", "Cameroon")


def test_a_language_speakers_region_is_no_place() -> None:
    """helper-348's headline "Cameroon soldiers accused of killing civilians in Anglophone region" proposed a
    province "Anglophone"."""
    assert "Anglophone" not in places_in("Fighting in Cameroon's Anglophone region killed three people.")
    assert "Francophone" not in places_in("Protests spread in the Francophone region.")


def test_a_town_the_wounded_were_taken_to_places_nothing_beside_it() -> None:
    """helper-348's Kenyan article: "Their armored vehicle ran over the explosive device near Bodhei on the road to
    Basuba, … Two other officers were wounded and airlifted to Nairobi": Bodhei, no gazetteer's, was put in Nairobi
    City, and its row was no detail of the Lamu county lede."""
    found = places_in(
        "A roadside bomb killed four police officers in Kenya's Lamu county on Monday, police said.\n\n"
        "Their armored vehicle ran over the explosive device near Bodhei on the road to Basuba, a police report said."
        " Two other officers were wounded and airlifted to Nairobi."
    )
    assert found["Bodhei"]["province"] is None


@pytest.mark.parametrize(
    ("sentence", "claimed"),
    [
        (
            "Two days earlier, jihadists had killed three soldiers near Douentza, the army said the following day.",
            "Two days earlier, jihadists had killed three soldiers near Douentza",
        ),
        ("The army said two days later that troops had killed 11 assailants.", "troops had killed 11 assailants"),
    ],
)
def test_when_it_was_said_is_no_claim(sentence: str, claimed: str) -> None:
    """helper-348's "…, the army said the following day." gave a claim of the words "the following day"."""
    found = suggest(sentence, Knowledge([builtin_gazetteer()]))
    assert [s.quote for s in found if s.kind == "claim"] == [claimed]


def test_where_the_displaced_shelter_still_places_the_village_beside_it() -> None:
    """The first version of the rule above took "displaced villagers in Sagaing region's Depayin township" for
    where people went: Depayin lost its region, and its row went to Thailand (the dateline's Bangkok)."""
    found = places_in(
        "BANGKOK, June 12, 2025 (AP) - A Myanmar military air strike killed 18 people at a monastery sheltering"
        " displaced villagers in Sagaing region's Depayin township on Wednesday, residents said. Troops burned"
        " homes in Ye-U township last week."
    )
    assert found["Depayin"]["province"] == "Sagaing"
    found = places_in(
        "Shells hit the Abu Shouk displacement camp on the northern edge of the city. An official at the Saudi hospital"
        " in El Fasher put the figure at 27."
    )
    assert found["Abu Shouk"]["province"] == "North Darfur"  # a hospital in the town: the town, still


def test_the_capital_a_report_was_filed_from_is_not_the_country_of_its_villages() -> None:
    """Writing the test above: with only "BANGKOK, … (AP) -" and Sagaing named, Depayin, no gazetteer's, was put in
    Thailand (the dateline and the region one each); a place the article tells weighs more than where it was filed,
    which still breaks a tie (a Somali report from Mogadishu naming a Hassan, a man, and the Hiiraan region)."""
    found = places_in(
        "BANGKOK, June 12, 2025 (AP) - A Myanmar military air strike killed 18 people at a monastery sheltering"
        " displaced villagers in Sagaing region's Depayin township on Wednesday, residents said."
    )
    assert (found["Depayin"]["province"], found["Depayin"]["country"]) == ("Sagaing", "Myanmar")
