"""What a review of round 65's rules found (266 probe sentences of the reviewer's own, run before
and after): capitals read as governments where "issues" is a noun, where a quiet town "remained
silent", where a person "maintained his innocence"; people listed before "the border guards" read
as places; "the Ebola transit centre" a place. Each mended, tested on sentences of my own."""

from __future__ import annotations

from .suggestion_views import actors, places


def test_issues_as_a_noun_is_no_government_acting() -> None:
    assert "Mogadishu" in places("Mogadishu issues were discussed at length in Addis Ababa, Ethiopia.")
    assert "Mogadishu" in actors("Mogadishu issued a warning to the federal states of Somalia.")
    assert "Naypyitaw" in actors("Naypyitaw issued curfew orders for four townships, Myanmar media said.")


def test_a_quiet_town_is_no_government_that_says_nothing() -> None:
    assert "Kharkiv" in places("Kharkiv remained silent overnight for the first time since May, Ukraine's army said.")
    assert "Kharkiv" in places("Kharkiv stayed silent until dawn, residents of Ukraine said.")
    assert "Kabul" in actors("Kabul remained largely silent on the incident, diplomats in Afghanistan said.")


def test_a_person_named_like_a_state_who_maintains_or_argues() -> None:
    assert "Chad" not in actors("Chad maintained his innocence, and Chad argued that he was abroad, his lawyer said.")
    assert "Khartoum" in actors("Khartoum maintained that the border was sealed, officials in Sudan said.")
    assert "Moscow" in places("Moscow maintained its power supply after the strikes, the Russian mayor said.")


def test_people_before_the_border_guards_are_no_places() -> None:
    assert "Habonimana" not in places("Gunmen attacked Ndayishimiye, Habonimana and the border guards in Burundi.")
    assert "Kamanyola" in places("The rebels pushed into Nyangezi, Kamanyola and the border area of South Kivu.")


def test_a_centre_named_for_a_disease_is_no_place() -> None:
    assert "Ebola" not in places("Patients were taken to the Ebola transit centre in Beni.")
    assert "Mpox" not in places("Two nurses worked at the Mpox reception centre in Uvira.")


def test_languages_of_two_words_are_no_places() -> None:
    assert not places("The message was translated from Levantine Arabic.")
    assert not places("The song was sung in Nigerian Pidgin.")
