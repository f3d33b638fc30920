"""Classes of misses found on three articles written for round 36 (Gambella, Kasai Central, Cox's
Bazar), each tested on sentences of their own."""

from __future__ import annotations

from .test_suggestions_round_22 import found, of_kind


def entities(text: str) -> dict[str, str]:
    return {s.quote: s.entity.name for s in found(text) if s.kind == "actor" and s.entity is not None}


def test_a_person_named_again_by_the_first_word_of_the_name() -> None:
    """Ethiopian news names a person by the given name after the full name ("Tharkuach also
    accused…", "Obang alleged…"): those were no one, or "same person as …?" at best."""
    text = (
        "Regional President Gatdet Tut said the curfew would stay. Gatdet also accused politicians of "
        "financing armed groups. Police commissioner Omod Ojway said 40 were held."
    )
    named = entities(text)
    assert named["Gatdet"] == "Gatdet Tut"
    claims = [s for s in found(text) if s.kind == "claim" and s.claimant is not None]
    assert any(text[slice(*c.claimant)] == "Gatdet" for c in claims)


def test_a_given_name_two_people_share_is_neither() -> None:
    text = "Abebe Kebede said the road was shut. Abebe Tadesse said it was open. Abebe said so again."
    assert "Abebe" not in entities(text)


def test_un_missions_and_agencies_by_the_names_news_uses() -> None:
    text = "MINUSCA said its peacekeepers were attacked, and the UN refugee agency said 3,000 had fled."
    assert of_kind(text, "actor")[:1] == ["MINUSCA"] and "UN refugee agency" in of_kind(text, "actor")


def test_a_bureau_and_the_fardc_by_name() -> None:
    text = "FARDC soldiers retook the post, the Kasai Provincial Health Bureau said."
    assert "FARDC" in of_kind(text, "actor") and "Kasai Provincial Health Bureau" in of_kind(text, "actor")


def test_a_name_the_text_says_a_group_is_known_by_is_that_group() -> None:
    """ "the Houthis, known as Ansar Allah": the lexicon knows Ansar Allah, so it was a second
    actor beside the Houthis (and "a U.N. mission known as MINURSO" would have been, once the
    lexicon knew MINURSO)."""
    named = entities("Fighters of the Houthis, known as Ansar Allah, shelled the town.")
    assert named["Ansar Allah"] == named["Houthis"]


def test_french_titles_before_a_name_and_after_said() -> None:
    """A translated French report: "…, said le gouverneur Joseph Kabasele Tshilombo at a press
    briefing" took what followed "said" as the claim; "abbé Jean-Marie Tshiamala" kept the title
    in the name."""
    text = "Nine people died in Tshikapa, said le gouverneur Albert Mukendi Kalala at a press briefing in Kananga."
    claims = [s for s in found(text) if s.kind == "claim"]
    assert [c.quote for c in claims] == ["Nine people died in Tshikapa"]
    assert claims[0].claimant is not None and text[slice(*claims[0].claimant)] == "Albert Mukendi Kalala"
    named = entities("The secretary, abbé Jean-Paul Mutombo, urged calm.")
    assert "Jean-Paul Mutombo" in named  # (not "Me", a lawyer's: "Daw Me Me Aye" is a Burmese name)


def test_a_capital_that_dispatches_acts() -> None:
    text = "On Saturday, Nairobi dispatched a delegation to Garissa."
    assert [s.quote for s in found(text) if s.kind == "actor" and s.reason == "a state acting"] == ["Nairobi"]


def test_a_given_name_that_is_someone_elses_stays_theirs() -> None:
    """A reviewer's: "Local resident Khalid Omar said…" after "Police chief Omar Hassan", "a mother
    named Fatima said…" after "Minister Fatima Khan", and "Mohammed said…" in a text naming two
    Mohammeds were each given to the titled person."""
    text = "Police chief Omar Hassan said six were arrested. Local resident Khalid Omar said gunmen burned his house."
    assert entities(text).get("Khalid Omar") == "Khalid Omar" and "Omar" not in entities(text)
    text = (
        "Health Minister Fatima Khan said aid was blocked. At the camp, a mother named Fatima said she had not eaten."
    )
    assert "Fatima" not in entities(text)
    text = (
        "Crown Prince Mohammed bin Salman met President Joe Biden. Hamas commander Mohammed Deif was killed. "
        "Mohammed said the talks would go on."
    )
    assert "Mohammed" not in entities(text)


def test_a_branch_known_by_its_own_name_is_no_other_name_of_the_group() -> None:
    """A reviewer's: "the Islamic State in West Africa Province, known as ISWAP" made ISWAP the
    Islamic State."""
    named = entities("Fighters of the Islamic State in West Africa Province, known as ISWAP, attacked the base.")
    assert named["ISWAP"] in ("ISWAP", "Islamic State West Africa Province")  # the branch (stop 95: its full name)


def test_a_news_agencys_bureau_is_the_agency_and_dispatches_are_no_act() -> None:
    assert of_kind("Reuters Nairobi Bureau said it could not verify the claim.", "actor") == ["Reuters"]
    assert of_kind("Washington dispatches from 1944 show the plan.", "actor") == []


def test_the_fardc_is_the_congolese_army() -> None:
    named = entities("The Congolese army retook Kitshanga on Monday. FARDC officers said eight rebels died.")
    assert named["FARDC"] == named["Congolese army"]
