"""What newcomers and reviews found at stop 80, each on sentences of its own."""

from __future__ import annotations

import pytest

from annotations.model import ActorDetails, Entity
from annotations.suggest import Knowledge, suggest
from annotations.suggest.builtin_places import builtin_gazetteer


@pytest.fixture(scope="module")
def knowledge() -> Knowledge:
    return Knowledge([builtin_gazetteer()])


def _actors(text: str, knowledge: Knowledge, *known: Entity) -> dict[str, str]:
    with_known = Knowledge(knowledge.gazetteers, entities=list(known))
    return {s.quote: s.entity.name for s in suggest(text, with_known) if s.kind == "actor" and s.entity}


def test_a_known_body_is_no_match_inside_the_whole_name_of_another(knowledge: Knowledge) -> None:
    """A newcomer saw "United Nations Development Programme (UNDP)" suggested as the United Nations
    once the UN was tagged in the corpus: the known name cut out of the whole name of another body."""
    un = Entity.actor("World Food Programme", ActorDetails("external_other"))
    text = (
        "The World Food Programme Executive Board (WFPEB) met in Rome on Monday. "
        "The World Food Programme said it had run out of grain in Tawila."
    )
    found = _actors(text, knowledge, un)
    assert found.get("World Food Programme Executive Board") == "World Food Programme Executive Board"
    assert found.get("World Food Programme") == "World Food Programme"  # alone, still the known body


def test_a_known_body_followed_by_its_members_is_still_that_body(knowledge: Knowledge) -> None:
    un = Entity.actor("World Food Programme", ActorDetails("external_other"))
    text = "World Food Programme staff said convoys were stopped near Tawila."
    assert _actors(text, knowledge, un).get("World Food Programme") == "World Food Programme"


def test_a_military_command_named_is_state_forces() -> None:
    """A newcomer's "The military's Western Mindanao Command said troops clashed …" was typed other."""
    from annotations.text.actor_types import actor_type_for

    assert actor_type_for("Western Mindanao Command") == "state_forces"
    assert actor_type_for("Lagos State Police Command") == "state_forces"
    assert actor_type_for("Ambazonia Restoration Forces Command") == "rebel_group"  # a movement's own


def test_a_town_of_several_words_named_again_is_that_town_not_a_village_inside_it(knowledge: Knowledge) -> None:
    """A newcomer's "near Datu Saudi Ampatuan" (a town no gazetteer holds) was the village Ampatuan,
    though "residents of Datu Saudi Ampatuan" made the whole name a place in the next sentence."""
    text = (
        "Soldiers clashed with gunmen near Datu Piang Kulambog on Sunday, the army said. "
        "Residents of Datu Piang Kulambog fled to the provincial capital."
    )
    places = [s.quote for s in suggest(text, knowledge) if s.kind == "district"]
    assert places.count("Datu Piang Kulambog") == 2
    assert "Kulambog" not in places and "Piang" not in places


def _known_here(text: str, knowledge: Knowledge, entity: Entity, tagged: str) -> dict[str, str]:
    """Actor suggestions of `text` with `entity` known and tagged at the words `tagged` here."""
    from annotations.model import Annotation, Article

    article = Article.create("t", text)
    at = text.index(tagged)
    tag = Annotation.create(article, "actor", at, at + len(tagged), annotator="me", entity_id=entity.id)
    known = Knowledge(knowledge.gazetteers, entities=[entity], accepted=[tag])
    return {s.quote: s.entity.name for s in suggest(text, known) if s.kind == "actor" and s.entity}


def test_a_word_an_army_was_tagged_by_is_no_match_inside_another_nations_name(knowledge: Knowledge) -> None:
    """helper-262: with "army" and "troops" tagged as Niger's armed forces, "Mali's army said…" and
    "French troops" were suggested as Niger's."""
    niger = Entity.actor("Niger Armed Forces", ActorDetails("state_forces", aliases=("army", "troops")))
    text = (
        "Niger's army said its troops repelled an attack near Tillaberi. Mali's army said its forces had "
        "killed 18 militants. French troops left the base in 2022. The army said two soldiers died."
    )
    found = _known_here(text, knowledge, niger, "Niger's army")
    assert found.get("Mali's army") == "Military Forces of Mali"
    assert found.get("French troops") == "Military Forces of France"
    assert found.get("army") == "Niger Armed Forces" and found.get("troops") == "Niger Armed Forces"


def test_a_states_ministry_named_only_by_what_it_does_stays_in_its_article() -> None:
    """helper-262: "a defence ministry official said" in a Haiti article was suggested as Niger's
    Ministry of Defence, tagged by those words in a Niger article."""
    from annotations.entities.scope import is_generic

    assert is_generic("defence ministry") and is_generic("the Interior Ministry") and is_generic("armed forces")
    assert not is_generic("Niger's defence ministry") and not is_generic("Haitian Armed Forces")


def test_the_defence_ministry_of_one_country_is_not_suggested_in_another_countrys_article(knowledge: Knowledge) -> None:
    niger = Entity.actor(
        "Ministry of Defence (Niger)", ActorDetails("government_officials", aliases=("defence ministry",))
    )
    text = "In Port-au-Prince, a defence ministry official said the army would recruit 1,000 soldiers."
    found = _actors(text, knowledge, niger)
    assert "Ministry of Defence (Niger)" not in found.values()


def test_a_known_name_ending_a_longer_name_before_an_acronym_is_not_what_the_acronym_stands_for(
    knowledge: Knowledge,
) -> None:
    """helper-261: with "Rwanda" an alias of the Government of Rwanda, "the Democratic Forces for the
    Liberation of Rwanda (FDLR)" gave "FDLR" as the Government of Rwanda, its enemy, and
    "Liberation" as a place."""
    rwanda = Entity.actor("Government of Rwanda", ActorDetails("government_officials", aliases=("Rwanda",)))
    uganda = Entity.actor("Government of Uganda", ActorDetails("government_officials", aliases=("Uganda",)))
    text = (
        "The Democratic Forces for the Liberation of Rwanda (FDLR) fought alongside the army. "
        "The United Nations Office for the Coordination of Humanitarian Affairs (OCHA) said Uganda (UG) sent aid."
    )
    found = _actors(text, knowledge, rwanda, uganda)
    assert found["FDLR"] == found["Democratic Forces for the Liberation of Rwanda"] != "Government of Rwanda"
    assert found["OCHA"] == "United Nations Office for the Coordination of Humanitarian Affairs"
    places = [
        s.quote for s in suggest(text, Knowledge(knowledge.gazetteers, entities=[rwanda])) if s.kind == "district"
    ]
    assert "Liberation" not in places


def test_a_group_named_for_a_town_abroad_places_nothing_beside_it(knowledge: Knowledge) -> None:
    """helper-261: "Fano fighters" (Fano is a town in Italy's Marche), told in every paragraph, put the
    Azezo neighbourhood of Gondar in Marche, Italy."""
    text = (
        "Fano fighters raided villages in Amhara on Friday. Fano fighters attacked army positions near "
        "the Kolladiba neighbourhood overnight, residents said."
    )
    for s in suggest(text, knowledge):
        details = s.place_details() if s.kind == "district" else None
        if details is not None and s.quote == "Kolladiba":
            assert details.country != "Italy"


def test_a_word_quoted_inside_a_claim_does_not_end_it(knowledge: Knowledge) -> None:
    """helper-262: 'around 40 "terrorists" were neutralised, the defence ministry said' was the claim
    'Twenty-one soldiers were killed and around 40 "terrorists"'; a quotation that ends with the
    sentence's speech ('"We killed 12 of them," the commander said') is still the claim."""
    text = (
        'Nine soldiers were killed and around 30 "bandits" were neutralised, the defence ministry said. '
        '"We killed 12 of them," the commander said. "The town is calm" the mayor said.'
    )
    claims = [s.quote for s in suggest(text, knowledge) if s.kind == "claim"]
    assert 'Nine soldiers were killed and around 30 "bandits" were neutralised' in claims
    assert "We killed 12 of them" in claims and "The town is calm" in claims


def test_a_cue_after_a_possessive_qualifies_a_noun(knowledge: Knowledge) -> None:
    """ "despite Niger's announced withdrawal from the force in March 2025" was a claim once the
    quotation before it no longer took the cue."""
    text = 'The task force said operations "continue" around Lake Chad, despite Niger’s announced withdrawal from the force.'
    assert not [s for s in suggest(text, knowledge) if s.kind == "claim" and s.quote.startswith("withdrawal")]


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # helper-261: a commander of Fano, a fisherman, the head of a regional bureau
        ("Fano commander Zemene Kassie said his forces held the rural districts.", "Zemene Kassie", "rebel_group"),
        ('"We fled at night," said Abdul Assane, a fisherman.', "Abdul Assane", "civilians"),
        (
            '"All is calm," said Desalegn Tassew, head of the Amhara regional security bureau.',
            "Desalegn Tassew",
            "government_officials",
        ),
        # helper-262: a gang's leader, a body of states
        ("Gang leader Jimmy Cherizier said his men held Delmas.", "Jimmy Cherizier", "political_militia"),
        ("The Alliance of Sahel States (AES) condemned the attack.", "Alliance of Sahel States", "external_other"),
    ],
)
def test_the_types_newcomers_found_wrong(knowledge: Knowledge, text: str, name: str, expected: str) -> None:
    typed = {s.quote: s.entity.details for s in suggest(text, knowledge) if s.kind == "actor" and s.entity}
    assert getattr(typed[name], "actor_type", None) == expected


def test_workers_are_civilians() -> None:
    """helper-261's "health workers" who told of the dead were typed other."""
    from annotations.text.actor_types import actor_type_for

    assert actor_type_for("health workers") == "civilians" and actor_type_for("aid workers") == "civilians"
    assert actor_type_for("Aid Workers Network") == "external_other"  # a body for them


def test_a_capital_that_designates_and_a_state_acting_with_its_acronym_are_actors(knowledge: Knowledge) -> None:
    """helper-261's "the M23, which Washington designates a terrorist group" and helper-262's "The United
    Arab Emirates (UAE) backs the coalition" were places."""
    text = (
        "The M23, which Washington designates a terrorist group, denied it. "
        "The United Arab Emirates (UAE) backs the coalition. Fighting spread to the United Arab Emirates (UAE) border."
    )
    found = [(s.kind, s.quote, s.start) for s in suggest(text, knowledge)]
    first_uae = text.index("UAE")
    assert ("actor", "Washington", text.index("Washington")) in found
    assert ("district", "Washington", text.index("Washington")) not in found
    assert ("actor", "UAE", first_uae) in found and ("district", "UAE", first_uae) not in found
    assert ("district", "UAE", text.rindex("UAE")) in found  # where fighting spread to: a place


def test_a_name_for_a_cause_with_a_before_it(knowledge: Knowledge) -> None:
    """helper-261's "Alliance of Patriots for a Free and Sovereign Congo (APCLS)" was "Alliance of
    Patriots" and the country Congo."""
    text = "The Alliance of Patriots for a Free and Sovereign Congo (APCLS) said it attacked M23 positions."
    found = {(s.kind, s.quote) for s in suggest(text, knowledge)}
    assert ("actor", "Alliance of Patriots for a Free and Sovereign Congo") in found
    assert ("district", "Congo") not in found


def test_a_group_accepted_with_the_word_group_is_the_group_named_without_it(knowledge: Knowledge) -> None:
    """helper-261: after "Islamic State group" was accepted, "Islamic State" was proposed as a new,
    second entity."""
    known = Entity.actor("Islamic State group", ActorDetails("rebel_group"))
    assert _actors("Islamic State claimed the attack in Macomia.", knowledge, known)["Islamic State"] == (
        "Islamic State group"
    )
    from annotations.entities.matching import similar_entity

    assert similar_entity("Islamic State Sahel Province", [known], "actor") is None


def test_a_township_named_like_a_town_abroad_is_placed_in_the_articles_country(knowledge: Knowledge) -> None:
    """helper-266: "Kani township" in a report on Sagaing was Kani of Gifu, Japan, and so was Depayin
    township beside it (the Japanese city was the anchor the text's places were put beside)."""
    text = (
        "MONYWA, Myanmar - Resistance fighters captured an army base in Kani township in Myanmar's Sagaing "
        "region on Sunday. Residents of Kani said the junta bombed Depayin township. Kani town is now under "
        "the control of the revolutionary forces."
    )
    for s in suggest(text, knowledge):
        details = s.place_details() if s.kind == "district" else None
        if details is not None and s.quote in ("Kani", "Depayin"):
            assert details.country == "Myanmar", s.quote


def test_the_pakistani_talibans_spellings_are_one_actor(knowledge: Knowledge) -> None:
    """helper-266: "Tehreek-e-Taliban Pakistan" was a new entity beside "Pakistani Taliban", the
    Tehrik-i-Taliban Pakistan."""
    text = "The Tehreek-e-Taliban Pakistan claimed the attack. The Pakistani Taliban said it killed seven soldiers."
    assert set(_actors(text, knowledge).values()) >= {"Tehrik-i-Taliban Pakistan"}
    assert _actors(text, knowledge)["Tehreek-e-Taliban Pakistan"] == "Tehrik-i-Taliban Pakistan"
