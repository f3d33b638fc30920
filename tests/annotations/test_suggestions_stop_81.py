"""What I and newcomers found at stop 81, each on sentences of its own."""

from __future__ import annotations

import pytest

from annotations.suggest import Knowledge, suggest
from annotations.suggest.builtin_places import builtin_gazetteer

from .test_claims_a_newcomer_wrote import claims


@pytest.mark.parametrize(
    ("clause", "told"),
    [
        (
            ", where fighting has killed more than 900 people since 2019",
            "fighting has killed more than 900 people since 2019",
        ),
        (", which has killed more than 900 people since 2019", "which has killed more than 900 people since 2019"),
    ],
)
def test_a_clause_sourced_by_a_trailing_according_to_is_that_sources(clause: str, told: str) -> None:
    """ "Human Rights Watch said … abuses … in the North-West and South-West regions, where the conflict
    has killed more than 6,500 people since 2017, according to the International Crisis Group": the
    toll was HRW's, and the Crisis Group's claim was not made."""
    text = f"Amnesty International said both sides had abused villagers in the Savanes region{clause}, according to the Crisis Group."
    assert claims(text) == [
        ("both sides had abused villagers in the Savanes region", "Amnesty International", "certain"),
        (told, "Crisis Group", "certain"),
    ]


def test_a_trailing_according_to_after_a_relative_clause_of_saying_is_the_whole_sentences() -> None:
    """The rebels' saying is a relative clause: no clause of the sentence is cut out for the officials."""
    text = "The rebels, who said they wanted revenge, shelled the camp near Dapaong, according to officials."
    assert all("Dapaong" not in words or words.startswith("The rebels") for words, _who, _c in claims(text))


def test_a_trailing_according_to_with_no_other_speaker_keeps_its_whole_sentence() -> None:
    text = "Rebels shelled the camp near Dapaong on Monday, killing five people, according to local officials."
    assert claims(text) == [
        ("Rebels shelled the camp near Dapaong on Monday, killing five people", "local officials", "certain")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "JNIM claimed the raid on Dapaong on social media.",
        "JNIM claimed responsibility for the raid on Dapaong on Telegram.",
    ],
)
def test_the_platform_a_claim_went_out_on_is_no_part_of_it(sentence: str) -> None:
    """ "The ADF … claimed the attack on social media": the claim was "the attack on social media"."""
    (claim,) = claims(sentence)
    assert claim[0] in ("the raid on Dapaong", "responsibility for the raid on Dapaong")


def test_a_platform_where_the_content_was_posted_stays_in_it() -> None:
    text = "The army said troops arrested 12 men who had posted threats against Dapaong on Facebook."
    assert claims(text)[0][0] == "troops arrested 12 men who had posted threats against Dapaong on Facebook"


@pytest.mark.parametrize(
    ("sentence", "certainty"),
    [
        ('"JNIM has not taken Dapaong," the army spokesman said.', "negated"),
        ("The army spokesman said Dapaong had not fallen.", "negated"),
        ("The army spokesman said the militants had not yet entered Dapaong but were shelling it.", "certain"),
        ("The army spokesman said soldiers who had not been paid captured Dapaong.", "certain"),
    ],
)
def test_a_taking_said_not_to_have_happened_is_a_denial(sentence: str, certainty: str) -> None:
    """helper-268's '"The SSPDF has not taken Nasir," Gabriel said' was a certain claim of the
    capture, and a battle row."""
    (claim,) = claims(sentence)
    assert claim[2] == certainty


def _actor_types(text: str) -> dict[str, str]:
    found = suggest(text, Knowledge([builtin_gazetteer()]))
    return {s.quote: getattr(s.entity.details, "actor_type", "") for s in found if s.kind == "actor" and s.entity}


def test_groups_of_a_community_and_an_armed_opposition_are_known_by_name() -> None:
    """helper-268: "The White Army overran the SSPDF garrison" was a state's army by its name, the
    SPLA-IO and Somalia's ma'awisley clan militias were not suggested at all."""
    text = (
        "The White Army overran a garrison near Dapaong. The SPLA-IO, the armed opposition, denied it. "
        "Troops backed by ma'awisley fighters killed 27 militants."
    )
    types = _actor_types(text)
    assert types["White Army"] == "identity_militia"
    assert types["SPLA-IO"] == "rebel_group"
    assert types["ma'awisley"] == "identity_militia"


def test_the_part_of_a_body_named_before_of_the_body_speaks() -> None:
    """ "The Gatwech faction of the SPLA-IO, led by Simon Gatwech Dual, said its fighters held Magenis"
    was the SPLA-IO's, once the SPLA-IO was known by name."""
    text = "The Gatwech faction of the SPLA-IO, led by Simon Gatwech Dual, said its fighters held Dapaong."
    assert claims(text) == [("its fighters held Dapaong", "Gatwech faction", "certain")]


@pytest.mark.parametrize(
    ("sentence", "whole"),
    [
        ("The governor said gunmen attacked Dapaong on Monday, when most residents were at the market, according to Reuters.",
         "gunmen attacked Dapaong on Monday, when most residents were at the market"),
        ("The UN said 40 civilians were killed in Dapaong, where JNIM fighters attacked a market, according to a statement.",
         "40 civilians were killed in Dapaong, where JNIM fighters attacked a market"),
        ("Amnesty International said soldiers executed 12 men in Dapaong, who were accused of helping JNIM, according to the report.",
         "soldiers executed 12 men in Dapaong, who were accused of helping JNIM"),
    ],
)  # fmt: skip
def test_a_trailing_according_to_a_document_or_after_a_clause_of_when_keeps_the_sentence_whole(
    sentence: str, whole: str
) -> None:
    """helper-270's review of the rule above: the clause was split off for "a statement" (no
    claimant), for a "when" clause (Reuters'), and a "who" clause dropped from every claim."""
    assert claims(sentence)[0][0] == whole


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("The minister accused the rebels of spreading lies on social media.", "the rebels of spreading lies on social media"),
        ("The group said the army had blocked its pages on Facebook.", "the army had blocked its pages on Facebook"),
        ("JNIM claimed responsibility for an attack on social media activists in Dapaong.",
         "responsibility for an attack on social media activists in Dapaong"),
        ("JNIM said on Telegram it had seized Dapaong.", "it had seized Dapaong"),
    ],
)  # fmt: skip
def test_a_platform_the_deed_was_done_on_stays_in_what_was_said(sentence: str, content: str) -> None:
    """helper-270: the platform rule above cut "on Facebook" and "on social media" from what was done
    there, and "on social media activists"; "said on Telegram it had seized" began with the platform."""
    assert claims(sentence)[0][0] == content


def test_a_town_of_the_province_an_article_names_before_a_capital_of_its_name() -> None:
    """helper-269: "the municipalities of Suárez, Morales and Buenos Aires", in a report on Cauca, was
    Argentina's capital: a capital ranked before the province the article names."""
    text = (
        "Dissidents attacked the police station in Suárez, in Cauca department, on Wednesday.\n\n"
        "The Ombudsman's Office warned that armed groups were recruiting children in the municipalities of "
        "Suárez, Morales and Buenos Aires."
    )
    found = suggest(text, Knowledge([builtin_gazetteer()]))
    (aires,) = [s for s in found if s.kind == "district" and s.quote == "Buenos Aires"]
    assert aires.entity is not None and aires.entity.details.country == "Colombia"


def test_what_the_army_would_recover_is_no_capture_of_where_its_troops_came_from() -> None:
    """helper-269: 'troops had been sent from Popayán and that the army would "recover control of
    every road in the region"' made Popayán captured."""
    from annotations.text.readings import control_status_near

    text = 'The minister said troops had been sent from Dapaong and that the army would "recover control of every road.'
    at = text.index("Dapaong")
    assert control_status_near(text, at, at + len("Dapaong")) == "unknown"


def test_an_air_force_officer_is_named_without_his_rank() -> None:
    """helper-268: "NAF spokesman Air Vice Marshal Olusola Akinboyewa" was the person "Air Vice Marshal
    Olusola", a government official."""
    types = _actor_types("NAF spokesman Air Vice Marshal Olusola Akinboyewa said jets struck a camp near Dapaong.")
    assert types.get("Olusola Akinboyewa") == "state_forces" and "Air Vice Marshal Olusola" not in types


@pytest.mark.parametrize(
    ("sentence", "told"),
    [
        ("The army said it killed 30 fighters near Dapaong, while 12 civilians died, according to Amnesty International.",
         [("it killed 30 fighters near Dapaong", "army", "certain"), ("12 civilians died", "Amnesty International", "certain")]),
        ("Amnesty International said abuses were widespread in Kara, where fighting has killed 900 people, according to a UN report.",
         [("abuses were widespread in Kara", "Amnesty International", "certain"), ("fighting has killed 900 people", "UN", "certain")]),
    ],
)  # fmt: skip
def test_a_while_clause_and_a_named_report_keep_their_source(sentence: str, told: list[tuple[str, str, str]]) -> None:
    """helper-271: "…, while 12 civilians died, according to Amnesty International" lost the 12 dead,
    and "according to a UN report" was taken for a document of no source."""
    assert claims(sentence) == told


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("JNIM announced the capture of Dapaong on Telegram.", "the capture of Dapaong"),
        ("The army said it had killed 30 JNIM fighters near Dapaong on Facebook.", "it had killed 30 JNIM fighters near Dapaong"),
        ("The RSF said it had captured Dapaong, in a post on X.", "it had captured Dapaong"),
    ],
)  # fmt: skip
def test_the_platform_any_statement_went_out_on_is_no_part_of_it(sentence: str, content: str) -> None:
    """helper-271: once the platform was cut after "claimed" only, "announced … on Telegram" kept it."""
    assert claims(sentence)[0][0] == content


def test_a_taking_not_done_until_a_day_is_no_denial() -> None:
    """helper-271: "the army did not retake Dapaong until Sunday" was negated, though it was retaken."""
    assert claims("The army spokesman said troops did not retake Dapaong until Sunday.")[0][2] == "certain"


def test_the_community_of_a_name_a_country_bears_is_a_town_of_the_article() -> None:
    """helper-272: "near the community of Costa Rica, south of Culiacan" was the country Costa Rica."""
    text = "CULIACAN, Mexico, Jan 14, 2025 (Reuters) - Gunmen attacked a ranch near the community of Costa Rica, police in Sinaloa said."
    found = suggest(text, Knowledge([builtin_gazetteer()]))
    (town,) = [s for s in found if s.kind == "district" and s.quote == "Costa Rica"]
    assert town.entity is not None and (town.entity.details.place_kind, town.entity.details.country) == (
        "city",
        "Mexico",
    )


@pytest.mark.parametrize(
    ("sentence", "whole"),
    [
        ("The police said the journalist criticised the governor on Facebook.", "the journalist criticised the governor on Facebook"),
    ],
)  # fmt: skip
def test_what_another_did_online_stays_whole(sentence: str, whole: str) -> None:
    """helper-273: the platform was cut from any claim."""
    assert claims(sentence)[0][0] == whole


def test_a_while_clause_of_no_toll_is_no_claim_of_the_source_after_it() -> None:
    """helper-273: "…, while the army looked on, according to Reuters" made "the army looked on" a claim
    of Reuters."""
    sentence = (
        "Amnesty International said soldiers burned homes in Dapaong, while the army looked on, according to Reuters."
    )
    assert all(words != "the army looked on" for words, _who, _c in claims(sentence))


def test_a_trailing_according_to_residents_is_a_source() -> None:
    """helper-273: "…, where 12 people died, according to residents" stopped being the residents'."""
    sentence = (
        "Amnesty International said soldiers burned homes in Dapaong, where 12 people died, according to residents."
    )
    assert claims(sentence)[1][:2] == ("12 people died", "residents")


def test_a_taking_denied_whatever_follows_stays_a_denial() -> None:
    """helper-273: "troops have not retaken Dapaong since JNIM seized it in March" became certain."""
    assert (
        claims("The army spokesman said troops have not retaken Dapaong since JNIM seized it in March.")[0][2]
        == "negated"
    )
