"""Classes of misses found on the articles written for round 58 (Nariño, the Odisha-Chhattisgarh
border, Haut-Mbomou), after they were scored untuned, each tested on sentences of their own."""

from __future__ import annotations

from .suggestion_views import claimants, places


def test_a_village_of_four_words_joined_by_del() -> None:
    """ "the villages of El Charco and San Antonio del Guapi": the whole name (it was San Antonio,
    a town of another country)."""
    found = places("Families came from the villages of Vuelta Grande and San Antonio del Guapi, in Cauca.")
    assert "San Antonio del Guapi" in found and "San Antonio" not in found


def test_lists_after_residents_sub_prefectures_and_communes_and_a_crossing_of() -> None:
    """ "Residents of A, B and C" at a sentence's start, "the sub-prefectures of A and B", "the
    communes of A and B", "the border crossing of A": each name a place."""
    assert {"Ramguda", "Tekguda", "Pusuguda"} <= set(
        places("Residents of Ramguda, Tekguda and Pusuguda heard gunfire.")
    )
    assert {"Bakouma", "Rafai"} <= set(places("Schools in the sub-prefectures of Bakouma and Rafai were shut."))
    assert {"Dioura", "Kareri"} <= set(places("Dozo raided hamlets in the communes of Dioura and Kareri."))
    assert "Bambouti" in places("Families headed towards the border crossing of Bambouti on foot.")


def test_rivers_named_in_a_list_before_their_plural() -> None:
    """ "along the Timbiquí and Saija rivers": each river by its name."""
    assert {"Timbiquí", "Saija"} <= set(places("Families fled homes along the Timbiquí and Saija rivers."))


def test_indias_highways_by_number() -> None:
    """ "along NH-326", "on SH-12": the road, with or without the word."""
    assert {"NH-30", "SH-12"} <= set(places("The bodies were taken along NH-30 and SH-12 to the hospital."))


def test_a_statement_circulated_opens_no_claim() -> None:
    """ "In a statement circulated on Sunday, the Front accused …": how the statement came is no
    claim; the accusation is."""
    text = "In a statement circulated on Sunday, the Frente Sur accused the army of shelling farms."
    found = claimants(text)
    assert not any(body.startswith("circulated") for body, _ in found)
    assert any(body.startswith("the army of shelling farms") for body, _ in found)


def test_told_this_newspaper_then_a_comma() -> None:
    """ "Since then, residents told this newspaper, there have been …": what was told starts after
    whom it was told to."""
    text = "Since then, residents told this newspaper, there have been daily clashes along the river."
    assert ("there have been daily clashes along the river", "residents") in claimants(text)
