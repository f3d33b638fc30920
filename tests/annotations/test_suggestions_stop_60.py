"""Places a newcomer saw wrong, on sentences of our own: a dateline's city taken for a village of
the country another name pointed to ("GENEVA" of New South Wales, for "Victoria" of Australia);
"Homs" of no country beside "Aleppo"; "the border with Jordan" taken for a person named Jordan."""

from __future__ import annotations

import pytest

from annotations.suggest import Knowledge, suggest
from annotations.suggest.builtin_places import builtin_gazetteer


@pytest.fixture(scope="module")
def knowledge() -> Knowledge:
    return Knowledge([builtin_gazetteer()])


def places(text: str, knowledge: Knowledge) -> dict[str, tuple[str | None, str | None]]:
    found = {}
    for s in suggest(text, knowledge):
        details = s.place_details()
        if s.kind == "district" and details is not None:
            found[s.quote] = (details.country, details.place_kind)
    return found


def test_a_datelines_city_is_the_city_wires_file_from(knowledge: Knowledge) -> None:
    text = "Talks in Geneva\n\nGENEVA, 12 May 2024 - Rebels seized the town of Victoria, the army said."
    found = places(text, knowledge)
    assert found["GENEVA"] == ("Switzerland", "city")
    assert found["Geneva"] == ("Switzerland", "city")  # the headline's, as the dateline's


def test_a_datelines_country_says_which_town(knowledge: Knowledge) -> None:
    found = places("VICTORIA, Seychelles (AP) - Police said three men were arrested.", knowledge)
    assert found["VICTORIA"][0] == "Seychelles"


def test_a_great_city_alone_of_its_name_tells_the_country(knowledge: Knowledge) -> None:
    text = "Troops clashed near the border with Jordan on Monday, the army said. Fighting continued around Aleppo and Homs."
    assert places(text, knowledge)["Homs"] == ("Syria", "city")


def test_a_country_after_the_border_with_is_no_persons_surname(knowledge: Knowledge) -> None:
    text = "Rebels under commander Chad Jordan seized the town, near the border with Jordan, the army said."
    found = [(s.kind, s.quote) for s in suggest(text, knowledge)]
    assert ("district", "Jordan") in found
    assert ("actor", "Jordan") not in found


def test_a_kind_of_people_tagged_before_does_not_cut_a_name_that_says_who(knowledge: Knowledge) -> None:
    """After "residents" was accepted in one paragraph, "Residents of Faryab" became "Residents"
    of that paragraph's residents in a newcomer's review."""
    from annotations.model import ActorDetails, Annotation, Article, Entity

    residents = Entity.actor("residents", ActorDetails("civilians"))
    text = "Many residents fled Kunduz.\n\nResidents of Faryab said the Taliban were at their gates."
    article = Article.create("Faryab", text)
    tagged = Annotation.create(article, "actor", 5, 14, annotator="me", entity_id=residents.id)
    known = Knowledge(knowledge.gazetteers, entities=[residents], accepted=[tagged])
    found = {s.quote: s for s in suggest(text, known) if s.kind == "actor"}
    assert "Residents of Faryab" in found
    assert "Residents" not in found


def test_one_undated_article_of_several_is_said_in_the_singular() -> None:
    from annotations.exchange.intake import ImportSummary

    line = ImportSummary(imported=3, undated=1).line()
    assert "1 of them has no date" in line


def test_a_bodys_initials_used_later_are_that_body(knowledge: Knowledge) -> None:
    """Round 96: "The GDF said …" after "a Guyana Defence Force supply boat" had no speaker; the
    initials before a title name no one ("KRG Prime Minister Masrour Barzani urged")."""
    text = (
        "Gunmen fired on a Guyana Defence Force boat. The GDF said two soldiers were hurt. "
        "GDF Chief of Staff Omar Khan said the men fled."
    )
    found = [s for s in suggest(text, knowledge) if s.kind == "actor" and s.quote == "GDF"]
    assert len(found) == 1 and found[0].entity is not None and found[0].entity.name == "Guyana Defence Force"
    claims = [s for s in suggest(text, knowledge) if s.kind == "claim" and s.quote.startswith("two soldiers")]
    assert claims and "GDF" in claims[0].reason


def test_ground_claimed_by_its_name_is_no_claim(knowledge: Knowledge) -> None:
    text = "Caracas claims the Essequibo region, about two-thirds of Guyana's territory, officials said."
    assert not [s for s in suggest(text, knowledge) if s.kind == "claim" and s.quote.startswith("the Essequibo")]


def test_a_persons_surname_after_according_to_is_the_person(knowledge: Knowledge) -> None:
    """A reviewer's: "According to Jordan" became the country once "the border with Jordan" was."""
    text = "Chad Jordan, the UN humanitarian coordinator, visited the camp. According to Jordan, 40 people were killed."
    found = [(s.kind, s.quote) for s in suggest(text, knowledge)]
    assert ("actor", "Jordan") in found
