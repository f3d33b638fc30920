"""Stop 67. From a held-out article's event rows: two places named before one plural kind word
("the X and Y districts of Z") lie in the province after it, not in the province the article named
last (a border report's Afghan districts were put in Pakistan's Balochistan). From held-out round
107: a condemnation that reports words ("condemned what it called …", "denounced “…”",
"condemned the strikes as “…”") is a claim; "condemned the attack" is none. From held-out round 108 (Badakhshan, Maguindanao del Sur): a
dateline's short month ("Nov 30") is no town; the Army, written with a capital, acts; the Islamic
Emirate is the Taliban; a town's whole name found
once is found again whole though a word inside it is a people's ("Datu Saudi Ampatuan"); orders
passed on ("had been told to avoid") and "intelligence reports that" report nothing; a force's
press office speaks; of two sources ("officials and residents said") the first."""

from __future__ import annotations

import pytest

from annotations.model import ClaimAttributes
from annotations.suggest import Knowledge, suggest
from annotations.suggest.builtin_places import builtin_gazetteer


@pytest.fixture(scope="module")
def knowledge() -> Knowledge:
    return Knowledge([builtin_gazetteer()])


def test_two_places_before_a_plural_kind_lie_in_the_province_after_it(knowledge: Knowledge) -> None:
    text = (
        "Troops shelled a market in Chaman, in Balochistan province, on Monday. Afghan officials said "
        "mortar rounds also hit homes in the Goshta and Lalpur districts of Nangarhar."
    )
    found = {
        s.quote: (s.entity.details.province, s.entity.details.country)
        for s in suggest(text, knowledge)
        if s.kind == "district" and s.entity is not None and s.quote in ("Goshta", "Lalpur")
    }
    assert set(found) == {"Goshta", "Lalpur"}
    assert {country for _province, country in found.values()} == {"Afghanistan"}


@pytest.mark.parametrize(
    ("sentence", "claim"),
    [
        (
            'The council condemned what it called "a massacre of unarmed herders" near Gombe.',
            'what it called "a massacre of unarmed herders" near Gombe',
        ),
        ('The militia denounced "the silence of the capital" over the killings.', "the silence of the capital"),
        (
            'The foreign ministry condemned the raids as "a violation of our sovereignty".',
            'the raids as "a violation of our sovereignty"',
        ),
    ],
)
def test_a_condemnation_that_reports_words_is_a_claim(knowledge: Knowledge, sentence: str, claim: str) -> None:
    assert quotes(sentence, knowledge, "claim") == [claim]


@pytest.mark.parametrize(
    "sentence",
    [
        "The governor condemned the attack and paid tribute to the dead soldiers.",
        "The mayor condemned the killings and asked residents to stay at home.",
    ],
)
def test_a_condemnation_of_an_act_is_no_claim(knowledge: Knowledge, sentence: str) -> None:
    cues = [s.attributes.cue for s in suggest(sentence, knowledge) if isinstance(s.attributes, ClaimAttributes)]
    assert "condemned" not in cues


def test_reaffirmed_that_is_a_cue(knowledge: Knowledge) -> None:
    text = (
        'The embassy condemned what it called "reckless manoeuvres" and reaffirmed that the treaty covers '
        "attacks on the coast guard."
    )
    assert quotes(text, knowledge, "claim") == [
        'what it called "reckless manoeuvres"',
        "the treaty covers attacks on the coast guard",
    ]


def test_a_datelines_short_month_is_no_town(knowledge: Knowledge) -> None:
    text = (
        "Farmers clash with eradication teams in Badakhshan\n\n"
        "KHOROG, Tajikistan, Nov 30 (Reuters) - Farmers fought poppy eradication teams near Jurm, officials said."
    )
    assert "Nov" not in quotes(text, knowledge, "district")


def test_the_army_with_a_capital_acts(knowledge: Knowledge) -> None:
    text = (
        "The rebels accused the Army of shelling their villages. An Army officer, who asked not to be named, "
        "said the guns fired only at rebel positions. Fighters of the Army of Islam were not involved."
    )
    found = quotes(text, knowledge, "actor")
    assert {"Army", "Army officer"} <= set(found)
    speakers = [text[c.claimant[0] : c.claimant[1]] for c in suggest(text, knowledge) if c.claimant]
    assert "Army officer" in speakers
    named = text.index("Army of Islam")
    assert not [s for s in suggest(text, knowledge) if s.kind == "actor" and (s.start, s.end) == (named, named + 4)]


def test_the_islamic_emirate_is_the_taliban(knowledge: Knowledge) -> None:
    text = "A spokesman of the Islamic Emirate said the campaign against poppy would go on."
    found = {s.quote: s.entity.name for s in suggest(text, knowledge) if s.kind == "actor" and s.entity}
    assert found.get("Islamic Emirate") == "Taliban"


def test_a_towns_whole_name_is_found_again_whole(knowledge: Knowledge) -> None:
    text = (
        "A roadside bomb went off near Barangay Tapikan in Datu Saudi Ampatuan town on Tuesday. "
        "Families fled from villages in Datu Saudi Ampatuan, Shariff Aguak and Datu Hoffer."
    )
    assert quotes(text, knowledge, "district").count("Datu Saudi Ampatuan") == 2


@pytest.mark.parametrize(
    "sentence",
    [
        "Troops had been told to avoid residential areas during the operation.",
        "The governor said troops of the 33rd and 57th battalions moved in after intelligence reports that "
        "gunmen had regrouped near the marsh.",
    ],
)
def test_orders_passed_on_and_intelligence_reports_report_nothing(knowledge: Knowledge, sentence: str) -> None:
    cues = [s.attributes.cue for s in suggest(sentence, knowledge) if isinstance(s.attributes, ClaimAttributes)]
    assert "told" not in cues
    assert "reports" not in cues


def test_a_forces_press_office_speaks(knowledge: Knowledge) -> None:
    text = (
        "Three soldiers were wounded, according to the brigade's public affairs office. "
        "The army's press office said the road to the town was open again."
    )
    speakers = [text[c.claimant[0] : c.claimant[1]] for c in suggest(text, knowledge) if c.claimant]
    assert speakers == ["public affairs office", "press office"]


@pytest.mark.parametrize(
    ("sources", "first"), [("officials and residents", "officials"), ("witnesses and medics", "witnesses")]
)
def test_a_claim_told_by_two_sources_is_the_first_ones(knowledge: Knowledge, sources: str, first: str) -> None:
    """ "At least nine people were killed, officials and residents said" went to the residents; the
    golds give such claims to the first source (8 more claimants right over every gold, 1 fewer)."""
    text = f"At least nine people were killed in the clashes near the river, {sources} said."
    (claim,) = [s for s in suggest(text, knowledge) if s.kind == "claim"]
    assert claim.claimant is not None and text[claim.claimant[0] : claim.claimant[1]] == first


def quotes(text: str, knowledge: Knowledge, kind: str) -> list[str]:
    return [s.quote for s in suggest(text, knowledge) if s.kind == kind]
