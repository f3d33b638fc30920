"""Classes of misses found on the articles written for round 72 (Marsabit, Barsalogho, Intan Jaya),
after they were scored untuned, each tested on sentences of their own."""

from __future__ import annotations

from .suggestion_views import actors, claimants, places


def test_kenyan_and_indonesian_titles_before_a_name() -> None:
    assert "Peter Mwangi" in actors("Moyale OCPD Peter Mwangi said three suspects were held in Marsabit, Kenya.")
    assert "Yunus Wonda" in actors("Puncak Regent Yunus Wonda stated that schools would close, Indonesian media said.")
    assert "Ignatius Benny" in actors(
        "Police spokesperson Sr. Comr. Ignatius Benny told reporters in Jayapura, Indonesia."
    )


def test_a_synod_a_displacement_site_and_a_pond_by_name() -> None:
    assert "Baptist Church Synod" in actors("The Baptist Church Synod warned that families were hungry in Papua.")
    text = "Families reached the Barsé site for internally displaced persons in Kaya, Burkina Faso, from the Tiba pond."
    assert {"Barsé", "Tiba"} <= set(places(text))


def test_according_to_a_name_and_its_office_before_what_was_said() -> None:
    text = "According to Issa Ouédraogo, mayor of the commune of Pissila, the road to Kaya was cut."
    assert ("the road to Kaya was cut", "Issa Ouédraogo") in claimants(text)
