"""Classes of misses found on three articles written for round 32 (Araucanía, Cabinda, Hakkari),
each tested on sentences of their own."""

from __future__ import annotations

from .test_suggestions_round_22 import of_kind


def test_a_group_by_the_name_it_calls_itself_and_an_acronym_of_another_language() -> None:
    """ "A group calling itself the Zagros Free Forces (HAZ)": neither was an actor (HAZ is of the
    Kurdish name), and "calling itself" was not read as "calls itself"."""
    text = "A group calling itself the Black Mountain Lions (TKB) claimed the raid. TKB said so."
    actors = of_kind(text, "actor")
    assert actors[:2] == ["Black Mountain Lions", "TKB"] and actors.count("TKB") == 2


def test_gendarmes_and_a_gendarmerie_officer() -> None:
    text = "When the gendarmes came, a senior gendarmerie officer said the raid was targeted."
    assert of_kind(text, "actor") == ["gendarmes", "senior gendarmerie officer"]


def test_an_acronym_that_opens_with_a_turkish_capital() -> None:
    """ "(İHD)" was no acronym, and "HD" inside it became a speaker."""
    text = "The Association for Rights (İÖD) said 40 people were held. İÖD said so."
    assert of_kind(text, "actor") == ["Association for Rights", "İÖD", "İÖD"]


def test_a_bodys_name_with_an_apostrophe_and_the_of_its_parts() -> None:
    """ "the African Commission on Human and Peoples' Rights" ended at "Peoples"; "the Front for the
    Liberation of the Enclave of Cabinda" at "Liberation"."""
    assert "Council on Farmers' Rights" in of_kind("The Council on Farmers' Rights (CFR) said so.", "actor")
    text = "The Front for the Liberation of the Delta of Rivers claimed it."
    assert of_kind(text, "actor") == ["Front for the Liberation of the Delta of Rivers"]


def test_a_nom_de_guerre_given_without_quotation_marks() -> None:
    text = "A man who gave his nom de guerre as Heval Zagros, and who said he led a unit, spoke by phone."
    assert "Heval Zagros" in of_kind(text, "actor")


def test_a_state_its_police_by_name_and_a_company_after_what_it_does() -> None:
    """ "accused the Chilean state of …" made "Chilean" a province; "Carabineros said" and "the
    forestry company Forestal Arauco" were no actors (Arauco a town)."""
    text = "The group accused the Uruguayan state of lying, and Carabineros said the mining firm Minera Sur left."
    assert of_kind(text, "actor") == ["Uruguayan state", "Carabineros", "Minera Sur"]
    assert of_kind(text, "district") == []
    assert of_kind("The Nigerian state of Borno was hit.", "district") == ["Borno"]


def test_a_self_named_group_is_no_states_force_and_its_unit_is_the_group() -> None:
    """A newcomer: "the Zagros Free Forces (HAZ)", a group calling itself so, was typed state
    forces ("Forces"), and "a HAZ unit" government officials."""
    from .test_suggestions_round_22 import found

    text = "A group calling itself the Black Mountain Forces (KDG) claimed it. He commanded a KDG unit."
    actors = {s.quote: s for s in found(text) if s.kind == "actor"}
    group = actors["Black Mountain Forces"].entity or actors["Black Mountain Forces"].new_entity
    assert group.details.actor_type == "rebel_group"  # type: ignore[union-attr]
    unit = actors["KDG unit"]
    assert (unit.entity or unit.new_entity).details.actor_type == "rebel_group"  # type: ignore[union-attr]


def test_a_company_after_what_it_does_is_no_weekday() -> None:
    """Read again: "the firm Monday said …" would have made a company of the day."""
    assert of_kind("The logging firm Monday said it would leave.", "actor") == []
