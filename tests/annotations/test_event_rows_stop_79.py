"""What helper-254's three articles (Borno, Cameroon's Northwest, Mindanao) found in the events
export's fatalities (stop 79), tested on sentences of my own."""

from __future__ import annotations

import pytest

from annotations.claims.figures import death_figures


@pytest.mark.parametrize(
    ("words", "dead"),
    [
        # a number after "over", "around", "roughly"…: no toll was read
        ("the ambush killed over 30 soldiers near the river", [30]),
        ("killing around 20 villagers in the night", [20]),
        ("the army said it had neutralised roughly 15 fighters", [15]),
        ("killed approximately 12 people at the market", [12]),
        ("gunmen killed almost 40 herders", [40]),
        # a list of the dead set off between commas
        ("two civilians, a farmer and his teenage son, were killed by stray bullets", [2]),
        ("four soldiers, the army said, were killed at the checkpoint", [4]),
        # one named, then a number more
        ("troops killed a rebel commander and at least nine of his fighters in the raid", [10]),
        ("the drone strike killed a senior leader and 12 of his bodyguards", [13]),
        # unchanged
        ("killed a farmer and his two sons", [3]),
        ("killed a soldier and wounded 12 civilians", [1]),
        ("over 300 homes were burned", []),
    ],
)
def test_the_dead_told_with_over_around_a_list_or_one_then_more(words: str, dead: list[int]) -> None:
    assert death_figures(words) == dead


@pytest.mark.parametrize(
    ("words", "cue", "reading"),
    [
        # a place left is a claim of territory (they were "other")
        ("The soldiers retreated from Limpongo after heavy fighting", "said", ("territorial_control", "certain")),
        ("its troops had withdrawn", "denied", ("territorial_control", "negated")),
        ("its troops had abandoned the base", "denied", ("territorial_control", "negated")),
        ("troops recovered rifles from an abandoned camp", "said", ("other", "certain")),
        # a denial in its own words, whatever the cue
        ("There was no withdrawal of troops from Monguno at any time", "said", ("territorial_control", "negated")),
        ("That is not true. Our soldiers never left their positions", "said", ("territorial_control", "negated")),
        ("At no time did our soldiers target civilians or set fire to homes", "said", ("other", "negated")),
        ("Our troops have never targeted civilians", "said", ("other", "negated")),
        ("Our forces never hesitate to protect civilians", "said", ("other", "certain")),
        # the wounded are casualties
        ("soldiers fired mortar rounds into the village, wounding three civilians", "said", ("casualties", "certain")),
    ],
)
def test_a_place_left_a_denial_in_words_and_the_wounded(words: str, cue: str, reading: tuple[str, str]) -> None:
    """helper-254: "retreated from Limpongo", "had abandoned the base" were "other"; "There was no
    withdrawal…", "That is not true…", "At no time did our soldiers…" were certain; "wounding three
    civilians" was "other"."""
    from annotations.text.readings import claim_reading

    assert claim_reading(words, cue) == reading


def test_the_dead_of_fighting_with_civilians_among_them_are_the_battles(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """helper-258: "at least 35 people had been killed in the fighting at Um Sumeima on Monday, among
    them 11 civilians" was a row of an attack on civilians by an unnamed group beside the battle's row
    of that day and place: one event twice, its dead counted twice."""
    from .test_event_rows_from_words import rows

    text = (
        "JNIM said it clashed with Togolese Armed Forces in Dapaong on Monday. "
        "At least 35 people were killed in the fighting in Dapaong on Monday, among them 11 civilians, officials said."
    )
    claims = [
        ("JNIM said it clashed with Togolese Armed Forces in Dapaong on Monday", "casualties"),
        ("At least 35 people were killed in the fighting in Dapaong on Monday, among them 11 civilians", "casualties"),
    ]
    (row,), _ = rows(tmp_path, text, claims)
    assert (row["sub_event_type"], row["fatalities"]) == ("Armed clash", "35")


def test_a_land_on_the_brink_of_famine_is_no_event() -> None:
    """helper-258: "Rakhine was on the brink of famine" (a UN agency, last year) was a row
    "Strategic developments/Other" of a farmer, dated the year's first day."""
    from annotations.claims.no_row import what_keeps_happening

    assert what_keeps_happening("Rakhine was on the brink of famine")
    assert what_keeps_happening("two million people face famine in Darfur")
    assert not what_keeps_happening("gunmen killed 12 farmers on Monday, pushing the area to the brink of famine")


@pytest.mark.parametrize(
    ("words", "reading"),
    [
        ("The reports by the UN experts were damning and the army's denials are false", ("other", "certain")),
        ("Our troops had never suffered such losses before the attack on Kutum", ("other", "certain")),
        ("At no time since 2019 had the city been so insecure", ("other", "certain")),
        ("the rebels had abandoned their positions on the ceasefire talks", ("other", "certain")),
        ("forces have withdrawn their support for the transitional government", ("other", "certain")),
        ("the rebels pulled out from Sunday's talks", ("other", "certain")),
        ("the army struck the camp without injuring any civilians", ("other", "certain")),
        ("the insult was wounding to the families", ("other", "certain")),
    ],
)
def test_a_review_of_withdrawals_denials_and_the_wounded(words: str, reading: tuple[str, str]) -> None:
    """helper-259: what the rules above must not read so."""
    from annotations.text.readings import claim_reading

    assert claim_reading(words, "said") == reading


def test_the_dead_of_fighting_join_no_protest(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """helper-259: a protest of the day took the fighting's dead, civilians among them."""
    from .test_event_rows_from_words import rows

    text = (
        "Hundreds of protesters marched in Dapaong on Monday against the government. "
        "At least 10 people were killed in the fighting in Dapaong on Monday, among them 4 civilians, officials said."
    )
    claims = [
        ("Hundreds of protesters marched in Dapaong on Monday against the government", "other"),
        ("At least 10 people were killed in the fighting in Dapaong on Monday, among them 4 civilians", "casualties"),
    ]
    found, _ = rows(tmp_path, text, claims)
    assert sorted(r["fatalities"] for r in found) == ["0", "10"]


@pytest.mark.parametrize(
    ("words", "claim_type"),
    [
        ("tactics such as exaggerating their numbers so targeted villages surrender without a fight", "other"),
        ('it would not "surrender an inch" of land', "other"),
        ("300 fighters surrendered to the army", "surrender"),
        ("the surrender of 40 soldiers at the base", "surrender"),
        ("the garrison was forced to surrender", "surrender"),
    ],
)
def test_a_surrender_told_not_the_word(words: str, claim_type: str) -> None:
    """helper-260: the seed's lawmakers' criticism opened as a surrender, for "so targeted villages
    surrender without a fight"; over the golds five claims were surrenders by the word alone."""
    from annotations.text.readings import claim_reading

    assert claim_reading(words, "said")[0] == claim_type


def test_the_group_whose_members_a_strike_killed_is_its_target(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """helper-254: "an air strike … killed five members of the Dawlah Islamiyah-Hassan group" gave
    the group as actor 1, the doer of its own strike (four words between the killing and the name)."""
    from .test_event_rows_from_words import rows

    words = "an air strike killed five members of the JNIM group near Dapaong on Monday"
    text = f"Togolese Armed Forces said {words}."
    (row,), _ = rows(tmp_path, text, [(words, "casualties")])
    assert row["actor1"] != "JNIM" and row["actor2"] == "JNIM"
