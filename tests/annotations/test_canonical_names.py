"""Actors described rather than named get the canonical names the product's gold gives them,
so one entity gathers every mention and accepting needs no name typed."""

from __future__ import annotations

from annotations.suggest import Knowledge, suggest
from annotations.suggest.builtin_places import builtin_gazetteer
from annotations.suggest.canonical import canonical_actor_name


def test_descriptions_of_a_states_institutions_and_people_by_place() -> None:
    assert canonical_actor_name("Kenyan government officials") == "Government of Kenya"
    assert canonical_actor_name("Malian authorities") == "Government of Mali"
    assert canonical_actor_name("Nigerian Defence Ministry") == "Ministry of Defence (Nigeria)"
    assert canonical_actor_name("Sudanese security forces") == "Military Forces of Sudan"
    assert canonical_actor_name("Ukrainian units") == "Military Forces of Ukraine"  # a newcomer found a new actor
    assert canonical_actor_name("Residents of Gao") == "Civilians (Gao)"
    assert canonical_actor_name("Kenya Defence Forces soldiers") == "Kenya Defence Forces"
    assert canonical_actor_name("Tasnim News Agency") is None
    # the state in the possessive (found by a newcomer: the name kept "Burkina Faso's")
    assert canonical_actor_name("Burkina Faso's military government") == "Government of Burkina Faso"
    assert canonical_actor_name("Russia's Defence Ministry") == "Ministry of Defence (Russia)"


def test_a_country_english_names_with_the_keeps_it() -> None:
    """ "Washington said" was the "Government of United States"; the gold files, and English,
    write "the United States", "the Philippines", "the Central African Republic"."""
    assert canonical_actor_name("American officials") == "Government of the United States"
    assert canonical_actor_name("Filipino troops") == "Military Forces of the Philippines"
    text = "Washington said the sanctions would stay. Kabul rejected the charge."
    found = {s.quote: s.entity for s in suggest(text, Knowledge([builtin_gazetteer()])) if s.kind == "actor"}
    assert found["Washington"] is not None and found["Washington"].name == "Government of the United States"
    assert found["Kabul"] is not None and found["Kabul"].name == "Government of Afghanistan"


def test_one_entity_for_an_article_s_mentions_of_a_government_and_its_capital() -> None:
    text = "Malian officials met on Monday. Bamako accused Algiers of meddling, and Malian authorities agreed."
    found = {s.quote: s.entity for s in suggest(text, Knowledge([builtin_gazetteer()])) if s.kind == "actor"}
    government = found["Malian officials"]
    assert government is not None and government.name == "Government of Mali"
    assert found["Bamako"] is government and found["Malian authorities"] is government
    assert {"Malian officials", "Bamako"} <= set(government.details.aliases)  # type: ignore[union-attr]
    assert found["Algiers"] is not None and found["Algiers"].name == "Government of Algeria"


def test_a_states_arms_are_its_military() -> None:
    """Found by a newcomer: "Ukrainian drones" was proposed as a new actor of its own, not as
    Ukraine's military, which he had to merge by hand."""
    assert canonical_actor_name("Ukrainian drones") == "Military Forces of Ukraine"
    assert canonical_actor_name("Russian glide bombs") == "Military Forces of Russia"
    assert canonical_actor_name("Israeli warplanes") == "Military Forces of Israel"
    text = "Ukrainian troops held the line. Ukrainian drones struck a depot."
    linked = {s.quote: s.entity.name for s in suggest(text, Knowledge([])) if s.kind == "actor" and s.entity}
    assert linked["Ukrainian drones"] == linked["Ukrainian troops"] == "Military Forces of Ukraine"
