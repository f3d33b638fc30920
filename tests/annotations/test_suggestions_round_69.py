"""Classes of misses found on the articles written for round 69 (Kwamouth, Basra, Nippes), after
they were scored untuned, each tested on sentences of their own."""

from __future__ import annotations

from .suggestion_views import actors, found, places


def test_congolese_and_haitian_units_before_their_names() -> None:
    text = "Families left the chefferie of Bolobo-Nord and the localité of Kimpoko in Congo."
    kinds = {s.quote: s.entity.details.place_kind for s in found(text) if s.kind == "district" and s.entity}
    assert kinds.get("Bolobo-Nord") == "district" and kinds.get("Kimpoko") == "village"
    assert "Fonds-Parisien" in places("Gangs entered the section communale of Fonds-Parisien in Haiti.")
    assert "Mbanza-Ngoma" in places("Militiamen burned the groupement of Mbanza-Ngoma in Congo.")


def test_great_rivers_marshes_and_highways_by_number() -> None:
    text = "Fighting spread along the Euphrates and the Shatt al-Arab near the Mesopotamian marshes of Iraq."
    assert {"Euphrates", "Shatt al-Arab"} <= set(places(text))
    assert "Highway 1" in places("Troops were deployed along Highway 1 south of Baghdad, Iraq.")
    assert "Rivière Froide" in places("Gunmen crossed the Rivière Froide near Carrefour, Haiti.")


def test_a_haitian_section_chief_an_oil_ministry_and_an_engineer() -> None:
    assert "Marie Joseph" in actors("CASEC Marie Joseph said the road was closed in Haiti.")
    assert "oil ministry" in actors("The MP urged the oil ministry to publish its findings, Iraqi media said.")
    text = "An engineer at the plant, who asked not to be named, told our reporter the fire was out in Iraq."
    assert "engineer" in actors(text)
