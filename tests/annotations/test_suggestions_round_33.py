"""Classes of misses found on three articles written for round 33 (Choloma, Transnistria, New
Caledonia), each tested on sentences of their own."""

from __future__ import annotations

from .test_suggestions_round_22 import found, of_kind


def test_a_minister_by_a_portfolio_of_any_name() -> None:
    """ "Deputy Prime Minister for Reintegration Ion Rusnac told…": no one, and no claimant."""
    text = "Minister for Regional Cohesion Dana Popescu told reporters the checkpoint would close."
    assert of_kind(text, "actor") == ["Dana Popescu"]
    assert [s.claimant is not None for s in found(text) if s.kind == "claim"] == [True]


def test_a_title_and_a_particle_in_a_persons_name() -> None:
    """ "Attorney Lidia Sarmiento de Castro" kept "Attorney" in the name."""
    text = "The mayor, Attorney Rosa Mejía de Paz, welcomed the deployment."
    assert of_kind(text, "actor") == ["Rosa Mejía de Paz"]


def test_an_acronym_after_a_quoted_name_and_gangs_and_units_by_name() -> None:
    """'"Ministry of State Security" (MGB)' gave no MGB; "Barrio 18", "the elite GIGN" and "the
    Field Action Coordination Cell" were missed or cut."""
    text = 'They accused the so-called "Office of Public Order" (OPO) of it. The OPO denied it.'
    assert of_kind(text, "actor").count("OPO") == 2
    assert of_kind("The blocks are held by Barrio 18 and MS-13.", "actor") == ["Barrio 18", "MS-13"]
    assert of_kind("Units of the elite GIGN landed.", "actor") == ["GIGN"]
    assert of_kind("Figures came from the Youth Action Cell.", "actor") == ["Youth Action Cell"]


def test_told_us_reports_what_comes_after_us() -> None:
    text = "A police source told us no units had been sent north."
    assert [s.quote for s in found(text) if s.kind == "claim"] == ["no units had been sent north"]


def test_crossing_times_are_no_place_and_licentiate_is_a_title() -> None:
    """ "Average crossing times rose" made "Average" a place; "Licentiate Marta Inés Bográn" kept
    the title in the name."""
    text = "Expect queues at the Varnita and Bender crossings. Average crossing times rose by 40%."
    assert of_kind(text, "district") == ["Varnita", "Bender"]
    text = "The regional representative of the ombudsman, Licentiate Ana Inés Reyes, said 37 families had fled."
    assert "Ana Inés Reyes" in of_kind(text, "actor")


def test_a_village_the_text_puts_in_a_province_is_not_a_namesake_elsewhere() -> None:
    """A newcomer's "Kavaklı, a cluster of 30 stone houses in Hakkari province" was suggested, at
    every mention, as a Kavaklı of İstanbul, 1,300 km off, with its point."""
    from .test_suggestions_round_22 import found as suggested

    text = (
        "When the gendarmes came to Kavaklı before dawn, residents fled. "
        "Kavaklı, a cluster of 30 stone houses in Hakkari province, is one of nine villages raided."
    )
    places = [s for s in suggested(text) if s.kind == "district" and s.quote == "Kavaklı"]
    assert len(places) == 2
    for place in places:
        entity = place.entity or place.new_entity
        details = entity.details  # type: ignore[union-attr]
        assert details.province == "Hakkâri" and details.latitude is None, details
