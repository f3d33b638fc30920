"""Stop 90, from helper-340's review on ten articles of its own: a year read as a number of dead ("who had
signed the 2016 peace deal were killed" was 2016 dead); a source's figure put at a number in longer words
("the death toll from Sunday's fighting at nine", "the number of soldiers killed at 27") proposed as no
claim; a party that took no part in something else beside the fighting it did ("which took no part in the
talks, clashed with the rebels") losing its row; "One of the two sources" after "two sources close to the
army" said by nobody; and a speaker's town before "put the number … at" taken for where the dead died."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotations.claims.event_tolls import only_dead
from annotations.claims.figures import death_figures
from annotations.claims.no_row import denies_in_other_words

from .test_claims_a_newcomer_wrote import claims
from .test_event_actors import ARMY, event_row
from .test_event_rows_from_words import rows


@pytest.mark.parametrize(
    ("words", "dead"),
    [
        ("five former guerrillas who had signed the 2016 peace deal were killed in the village", [5]),
        ("Three soldiers who had guarded the convoy were killed", [3]),
        ("four fighters, who had surrendered to the army, were killed", [4]),
        ("Colombia's 2016 peace deal held, but two soldiers were killed", [2]),
        ("the 2019 attack on the town killed 12 people", [12]),
        ("a total of 2000 people were killed", [2000]),  # a number, not a year
    ],
)
def test_a_year_or_what_the_dead_had_done_is_no_number_of_dead(words: str, dead: list[int]) -> None:
    assert death_figures(words) == dead


@pytest.mark.parametrize(
    ("words", "dead"),
    [
        ("the civilian death toll from the market attack at 11", [11]),
        ("the number of soldiers killed at 27", [27]),
        ("the number of militants killed in the strikes at 22", [22]),
        ("the figure of militants killed at five", [5]),
        ('the death toll from Sunday\'s fighting at nine soldiers and 31 "terrorists"', [40]),
        ("the number of wounded at 14", []),
    ],
)
def test_the_longer_words_of_a_figure_put_at_a_number_count_its_dead(words: str, dead: list[int]) -> None:
    assert death_figures(words) == dead


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "The Kivu provincial government put the civilian death toll from the market attack at 11.",
            "the civilian death toll from the market attack at 11",
            "Kivu provincial government",
        ),
        (
            "The rebel Azawad Liberation Front put the number of soldiers killed at 27.",
            "the number of soldiers killed at 27",
            "Azawad Liberation Front",
        ),
        (
            "An army commander in the north put the number of soldiers killed at 15.",
            "the number of soldiers killed at 15",
            "army commander",
        ),
    ],
)
def test_a_figure_put_at_a_number_in_longer_words_is_its_sources_claim(text: str, words: str, speaker: str) -> None:
    assert [(w, who) for w, who, _certainty in claims(text)] == [(words, speaker)]


@pytest.mark.parametrize(
    "text",
    [
        "The government put pressure on the rebels to leave the town.",
        "The fighting put thousands of families at risk.",
        "The ministry put the blame on the rebels for the attack.",
    ],
)
def test_put_without_a_figure_is_no_claim_of_a_figure(text: str) -> None:
    assert not any(words.startswith(("pressure", "thousands", "the blame")) for words, _w, _c in claims(text))


@pytest.mark.parametrize(
    "words",
    [
        "The Africa Corps, which took no part in the peace talks held in Algiers, clashed with the rebels near Kara",
        "Union troops, which played no role in Monday's battle, carried out air strikes near Kara on Tuesday",
        "JNIM, which had no part in the talks, seized the post at Kara",
    ],
)
def test_no_part_taken_in_something_else_beside_the_fighting_keeps_the_row(words: str) -> None:
    assert not denies_in_other_words(words)


def test_a_party_that_took_no_part_in_the_clashes_still_gives_no_row() -> None:
    assert denies_in_other_words("its forces had not been involved in the clashes near Kara")


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Clashes broke out near Tessit, according to two sources close to the army. "
            "One of the two sources said the convoy had been escorted by Russian fighters.",
            "the convoy had been escorted by Russian fighters",
            "sources close to the army",
        ),
        (
            "The town was calm on Sunday, two Western diplomats said. One of the diplomats said the market had reopened.",
            "the market had reopened",
            "two Western diplomats",
        ),
    ],
)
def test_one_of_the_speakers_named_with_where_they_stand_speaks_for_them(text: str, words: str, speaker: str) -> None:
    assert (words, speaker) in [(w, who) for w, who, _certainty in claims(text)]


def test_doctors_without_borders_are_no_people_one_of_whom_speaks() -> None:
    text = "Doctors Without Borders said its clinic was hit. One of them said the staff had fled."
    assert ("the staff had fled", "Doctors Without Borders") not in [(w, who) for w, who, _c in claims(text)]


def test_a_figure_in_the_longer_words_counts_only_dead() -> None:
    assert only_dead("the number of soldiers killed at 15")
    assert only_dead("the number of dead at 47 soldiers")
    assert not only_dead("the figure at four dead in separate shootings in the city overnight")


def test_a_speakers_town_before_the_figure_they_put_is_not_where_the_dead_died(tmp_path: Path) -> None:
    """helper-340: "An army commander in Beledweyne put the number of soldiers killed at 15" after the
    militants' attack on a base elsewhere was a second row of 15 dead at the commander's town; with the
    militants' own figure after it, the attack is one row, its sources' tolls in the notes."""
    attack = "JNIM attacked an army post in Dapaong on Sunday, killing 15 soldiers"
    army, theirs = "the number of soldiers killed at 15", "the number of dead at 47 soldiers"
    text = f"{attack}, officials said. A commander in Kara put {army}. JNIM put {theirs}."
    found, _ = rows(tmp_path, text, [(attack, "casualties"), (army, "casualties"), (theirs, "casualties")])
    assert [(r["location"], r["fatalities"]) for r in found] == [("Dapaong", "15")]
    assert "Tolls its sources state: 15, 47." in found[0]["notes"]


@pytest.mark.parametrize(
    "words",
    [
        "coalition aircraft had not carried out any strikes in Kara for more than a year",
        "the army conducted no air strikes near Kara",
    ],
)
def test_strikes_not_carried_out_are_a_denial_in_other_words(words: str) -> None:
    assert denies_in_other_words(words)


@pytest.mark.parametrize(
    ("words", "why"),
    [
        ("JNIM remained in its positions around Dapaong", "driven"),
        ("JNIM fighters were in the rural area of Dapaong at the time", "driven"),
        ("artillery fire had died down in Dapaong", "lull"),
        ("Lomé had signalled its frustration with JNIM over Dapaong", "stance"),
    ],
)
def test_where_a_party_stayed_a_lull_or_a_stance_gives_no_row(tmp_path: Path, words: str, why: str) -> None:
    """helper-340's rows of "Other" at Minova and El Tarra, of shelling in Khartoum, of the junta at Beijing."""
    found, _ = rows(tmp_path, f"A spokesman said {words}.", [(words, "other")])
    assert found == [], why


def test_a_health_office_named_after_its_town_puts_the_toll_of_the_attack_told_before(tmp_path: Path) -> None:
    """helper-340: "The Taiz governorate's health office put the death toll at eight" after the shelling of
    Taiz was a row of its own, then joined to a clash of Taiz the next day."""
    attack = "JNIM shelled Dapaong on Sunday, killing at least eight civilians"
    toll = "the death toll at eight"
    text = f"{attack}, officials said.\n\nThe Dapaong prefecture's health office put {toll}."
    found, _ = rows(tmp_path, text, [(attack, "casualties"), (toll, "casualties")])
    assert [(r["location"], r["fatalities"], r["event_date"]) for r in found] == [("Dapaong", "8", "2025-04-20")]


def test_hospital_staff_speak_for_themselves() -> None:
    text = "The toll was put at 11 by provincial authorities, but hospital staff said the figure could rise."
    assert ("the figure could rise", "hospital staff") in [(w, who) for w, who, _c in claims(text)]


@pytest.mark.parametrize(
    ("words", "dead"),
    [
        ("its troops repelled the attack, killing four of the fighters and losing two of their own", [6]),
        ("gunmen on a motorcycle shot dead a village official and his driver", [2]),
        ("killed a farmer and his driver fled", [1]),
    ],
)
def test_the_dead_told_as_their_own_or_as_a_driver_count(words: str, dead: list[int]) -> None:
    """helper-342's rows said 4 and 1."""
    assert death_figures(words) == dead


@pytest.mark.parametrize(
    ("words", "denied"),
    [
        ("it took no part in the Bannu bombing", True),
        ("its forces were not involved in the Sunday attack", True),
        ("it had nothing to do with the killing, and gunmen killed two guards", False),
        ("it had no part in the attack on the post, and its fighters killed 12 soldiers", False),
    ],
)
def test_the_event_a_party_took_no_part_in_is_not_told_as_done(words: str, denied: bool) -> None:
    """helper-342: "The Pakistani Taliban said it took no part in the Bannu bombing" was a row of "Other"."""
    assert denies_in_other_words(words) is denied


@pytest.mark.parametrize(
    "words",
    [
        "Togolese Armed Forces had deployed additional troops to Dapaong ahead of the elections",
        "Togolese Armed Forces had sent patrols to Dapaong",
    ],
)
def test_troops_sent_somewhere_give_no_row(tmp_path: Path, words: str) -> None:
    """helper-342's U.N. patrols sent to Duk county and troops deployed ahead of elections were rows of "Other"."""
    found, _ = rows(tmp_path, f"A spokesman said {words}.", [(words, "other")])
    assert found == []


def test_troops_sent_where_they_fought_keep_the_row(tmp_path: Path) -> None:
    words = "Togolese Armed Forces had sent troops to Dapaong, where they clashed with JNIM"
    found, _ = rows(tmp_path, f"A spokesman said {words}.", [(words, "other")])
    assert [r["location"] for r in found] == ["Dapaong"]


def test_how_a_statement_went_out_is_not_what_it_said() -> None:
    """helper-342's claim of the raid on Mir Ali was "issued in Rawalpindi"."""
    text = "Security forces killed 11 militants in Mir Ali, the military said in a statement issued in Rawalpindi."
    assert [(w, who) for w, who, _c in claims(text)] == [("Security forces killed 11 militants in Mir Ali", "military")]


@pytest.mark.parametrize(
    ("words", "dead"),
    [
        ("One of them said 14 of the dead were children under the age of 12", []),
        ("at least three of the dead were civilians, including an elderly farmer", [3]),
        ("Three of the victims were killed in their homes", [3]),
    ],
)
def test_how_old_some_of_the_dead_were_is_no_toll(words: str, dead: list[int]) -> None:
    """helper-340's strike row said 14 dead once "14 of the dead were children" joined it (the lowest count)."""
    assert death_figures(words) == dead


def test_air_strikes_a_states_forces_tell_are_theirs(tmp_path: Path) -> None:
    """helper-342: "the army said air strikes near Kantchari, about 120 km (75 miles) north of Tambaga, had
    "neutralised dozens of terrorists"" was an air strike of an unidentified group."""
    words = 'air strikes near Kanam, about 120 km (75 miles) north of Monguno, had "neutralised dozens of terrorists"'
    row = event_row(tmp_path, f"The Nigerian Army said {words}.", words, {"Nigerian Army": ARMY},
                    claimant="Nigerian Army")  # fmt: skip
    assert (row["sub_event_type"], row["actor1"]) == ("Air/drone strike", "Nigerian Army")


def test_a_helicopter_gunship_strikes_from_the_air(tmp_path: Path) -> None:
    """helper-342: "an army helicopter gunship struck positions of the opposition SPLA-IO" was an armed clash."""
    words = "a military helicopter gunship struck JNIM positions near Dapaong, killing at least seven people"
    found, _ = rows(tmp_path, f"A spokesman said {words}.", [(words, "casualties")])
    assert [r["sub_event_type"] for r in found] == ["Air/drone strike"]


@pytest.mark.parametrize(
    ("words", "dead"),
    [
        ("fought JNIM near Nioro, killing eight militants while losing one of their own", [9]),
        ("killed six militants near Gao on Sunday, losing two of their own in the fight", [8]),
        ("Wazalendo fighters killed three M23 rebels in Masisi, but lost two of their own", [5]),
    ],
)
def test_a_sides_own_dead_told_after_the_enemys_add_to_them(words: str, dead: list[int]) -> None:
    """helper-343: "…, losing two of their own" was a second figure, and the row took the lowest (2)."""
    assert death_figures(words) == dead


def test_a_statement_issued_in_a_city_that_says_something_keeps_it() -> None:
    text = "The army said in a statement issued in Abuja that troops killed 14 bandits in Katsina on Sunday."
    assert [(w, who) for w, who, _c in claims(text)] == [("troops killed 14 bandits in Katsina on Sunday", "army")]


def test_air_strikes_the_police_tell_are_not_the_polices(tmp_path: Path) -> None:
    """helper-343: "Police said air strikes killed 16 villagers" made the police the strike's actor."""
    from .test_event_actors import POLICE

    words = "air strikes near Kanam killed 16 villagers"
    row = event_row(tmp_path, f"Police said {words}.", words, {"Police": POLICE}, claimant="Police")
    assert row["sub_event_type"] == "Air/drone strike"
    assert row["actor1"] != "Nigeria Police Force"


def test_a_toll_put_by_a_speaker_where_no_event_was_told_is_at_their_town(tmp_path: Path) -> None:
    """helper-343: "Gunmen attacked Dapaong on Sunday. A district official in Dapaong put the death toll at 13":
    the toll, with no event told before it to join (the first sentence has no speaker), was lost."""
    toll = "the death toll at 13"
    found, _ = rows(tmp_path, f"Gunmen attacked Dapaong on Sunday. A district official in Dapaong put {toll}.",
                    [(toll, "casualties")])  # fmt: skip
    assert [(r["location"], r["fatalities"]) for r in found] == [("Dapaong", "13")]


def test_an_accusation_is_uncommitted() -> None:
    (claim,) = [c for c in claims("Residents accused soldiers of killing three civilians in a raid.")]
    assert claim[2] == "uncommitted"


@pytest.mark.parametrize(
    ("words", "dead"),
    [
        ("A year after the 2024 ceasefire, five soldiers were killed", [5]),
        ("Since the 2021 takeover, 400 people were killed", [400]),
        ("a roadside bomb killed a lawmaker and his two bodyguards", [3]),
        ("eight soldiers and three civilians were killed", [11]),
        ("killed a 19-year-old", [1]),
    ],
)
def test_a_year_before_a_number_of_dead_is_not_added_to_it(words: str, dead: list[int]) -> None:
    """helper-343: "A year after the 2024 ceasefire, five soldiers were killed" was a row of 2029 dead."""
    assert death_figures(words) == dead


@pytest.mark.parametrize(
    "words", ["artillery fire around Dapaong had died down by Monday", "the fighting in Dapaong had died down"]
)
def test_fighting_that_died_down_somewhere_gives_no_row(tmp_path: Path, words: str) -> None:
    """helper-343: "Artillery fire around Sake had died down by Monday" was still a row."""
    found, _ = rows(tmp_path, f"Residents said {words}.", [(words, "other")])
    assert found == []
