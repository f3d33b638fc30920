"""Classes of misses found on the articles written for round 63 (the Tirah valley, Guaviare,
Vakaga), after they were scored untuned, each tested on sentences of their own."""

from __future__ import annotations

from .suggestion_views import actors, places
from .test_suggestions_round_22 import found


def test_a_nickname_after_alias_is_the_person_not_a_town() -> None:
    """ "Jhon Edison Mora, alias Armenia" (a town of Quindío), later "Armenia's men": the person
    each time; Armenia the country elsewhere is still a place."""
    text = (
        "In Meta, Colombia, the front is led by Jhon Edison Mora, alias Armenia, since March. "
        "Armenia's men burned two boats on the river."
    )
    assert "Armenia" not in places(text)
    assert actors(text).count("Armenia") == 2
    assert "Armenia" in places("Troops from Armenia crossed the border on Monday.")


def test_a_bloc_is_an_organisation_and_no_place_inside_it_is_one() -> None:
    """ "the Magdalena Medio Bloc": an organisation; Magdalena is no place in it."""
    text = "In Colombia, fighters of the Magdalena Medio Bloc attacked a patrol."
    assert "Magdalena Medio Bloc" in actors(text)
    assert "Magdalena" not in places(text)


def test_customs_immigration_and_prison_officials() -> None:
    assert "customs officials" in actors("Trade was halted, customs officials at the crossing said.")
    assert "immigration officers" in actors("Two men were held by immigration officers at the port.")


def test_veredas_and_corregimientos_are_places() -> None:
    """Colombia's rural districts, named with their word in front and no "of", or with it."""
    assert "El Triunfo" in places("The bodies were found near the vereda El Triunfo on Sunday.")
    found = places("Families fled the veredas Caño Azul and Nueva Esperanza del Sur by canoe.")
    assert {"Caño Azul", "Nueva Esperanza del Sur"} <= set(found)
    assert "Puerto Alvira" in places("Troops entered the corregimiento of Puerto Alvira.")


def test_names_listed_before_and_other_villages() -> None:
    """ "from Gounda, Manou and other villages": each a place; not "and other communities", nor
    what is no list of places ("Reuters, AFP and other agencies")."""
    found = places("Displaced families from Gounda, Manou and other villages reached the town.")
    assert {"Gounda", "Manou"} <= set(found)
    assert "Tiri" in places("Gunmen burned Sabon Gida, Tiri and several other villages overnight.")
    assert not {"Reuters", "AFP"} & set(places("Reuters, AFP and other agencies reported the attack."))


def test_armed_groups_named_with_e_and_fitna() -> None:
    """Urdu and Persian names joined by "-e-" ("the proscribed Sipah-e-Sahaba", "Lashkar-e-Jhangvi
    Al-Alami"), and "Fitna al-Hindustan", the name Pakistan's state gives Baloch groups."""
    assert "Sipah-e-Sahaba" in actors("Members of the proscribed Sipah-e-Sahaba were arrested.")
    assert "Lashkar-e-Jhangvi Al-Alami" in actors("Lashkar-e-Jhangvi Al-Alami said it carried out the attack.")
    assert "Lashkar-e-Taiba" in actors("Lashkar-e-Taiba Chief Hafiz Saeed was named in the case.")
    assert "Fitna al-Hindustan" in actors("Four militants of Fitna al-Hindustan were killed in Kech.")


def _province_of(text: str, quote: str) -> str | None:
    place = next((s for s in found(text) if s.kind == "district" and s.quote == quote), None)
    details = place.place_details() if place is not None else None
    return None if details is None else details.province


def test_a_town_is_the_one_in_the_province_written_after_it() -> None:
    """ "Calamar, Guaviare": the Calamar of Guaviare, not the larger one of Bolívar, at every
    mention; "Kabul, Kandahar and Herat" lists three places."""
    text = "Fighting was reported near Calamar, Guaviare, on Sunday. Residents of Calamar fled by river."
    assert _province_of(text, "Calamar") == "Guaviare"
    assert found(text)[-1].quote == "Calamar" and found(text)[-1].place_details().province == "Guaviare"  # type: ignore[union-attr]
    assert _province_of("Rockets hit Kabul, Kandahar and Herat overnight.", "Kabul") != "Kandahār"


def test_a_town_in_a_province_the_article_names_is_preferred() -> None:
    """ "Miraflores" in a report on Guaviare is Guaviare's, not the larger one of Boyacá."""
    text = "Troops reinforced bases across Guaviare in Colombia. Dissidents attacked a patrol near Miraflores."
    assert _province_of(text, "Miraflores") == "Guaviare"


def test_a_town_named_again_by_the_first_words_of_its_name() -> None:
    """ "San José del Guaviare", later "San José": the same town, not Costa Rica's capital."""
    text = "Families reached San José del Guaviare on Monday. Others camped on the edge of San José."
    assert _province_of(text, "San José") == "Guaviare"
