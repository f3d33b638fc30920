"""What a review of rounds 66 and 67's rules found (351 probe sentences of the reviewer's own, run
before and after: 102 better, 49 worse): titles, dates and operations read as a task force's code
name; head counts joining a unit's name; foreign ministers ("FM") read as radio stations; titles with
their short forms dropped before branches and posts; agreements and places by mixed-case short
forms read as bodies; barangay offices, "One Road" and "the military post of Chief of Staff" read
as places; "stating" anywhere read as a cue; "several villages were attacked" making a province a
village; "the Saranda and Porahat belts" making known provinces of other kinds. Each mended (the
belts rule given up), tested on sentences of my own."""

from __future__ import annotations

from .suggestion_views import actors, claimants, found, places


def test_a_task_forces_code_name_is_no_title_date_or_operation() -> None:
    assert "Joint Task Force Commander" not in actors("The Joint Task Force Commander said two were held in Jolo.")
    assert "Joint Task Force Operation" not in actors(
        "The Joint Task Force Operation Safe Corridor said 40 fighters surrendered in Borno."
    )
    assert "Joint Task Force Kutawa" in actors("Joint Task Force Kutawa said two were held in Kano.")


def test_head_counts_and_years_join_no_units_name() -> None:
    assert not [a for a in actors("About 3,000 RSF brigade fighters entered the town.") if a[0].isdigit()]
    assert "UN Country Team" in actors("The UN Country Team 20 members met in Juba.")
    assert "The 42 RR battalion" not in actors("The 42 RR battalion cordoned off Shopian, India.")
    assert "42 RR battalion" in actors("The 42 RR battalion cordoned off Shopian, India.")


def test_a_foreign_minister_is_no_radio_station() -> None:
    assert not [a for a in actors("Kenya FM Musalia Mudavadi said talks would resume.") if a == "Kenya FM"]
    assert "Capital FM" in actors("Capital FM reported the attack in Nairobi.")


def test_a_bodys_short_form_before_a_branch_or_post_stays_the_bodys() -> None:
    assert actors("The World Food Programme (WFP) Country Director Ali Musa said food was short.")[:2] == [
        "World Food Programme",
        "WFP",
    ]
    assert "Tehreek-e-Labbaik Pakistan" in actors(
        "The Tehreek-e-Labbaik Pakistan (TLP) Lahore Chapter said it would march."
    )


def test_mixed_case_short_forms_of_agreements_and_places_are_no_bodies() -> None:
    assert not actors("The Status of Forces Agreement (SoFA) expired on Monday.")
    assert "PaK" not in actors("Officials in Pakistan-administered Kashmir (PaK) said five died.")


def test_barangay_offices_one_road_and_a_post_of_a_title_are_no_places() -> None:
    assert places("Barangay Health Workers visited Barangay Tubod in Iligan, Philippines.")[0] == "Barangay Tubod"
    assert not places("He praised One Belt, One Road in a speech.")
    assert not places("He was named to the military post of Chief of Staff.")
    assert "Kaya" in places("The police post of Kaya was attacked overnight in Burkina Faso.")


def test_stating_is_a_cue_only_before_that() -> None:
    assert not claimants("Stating the obvious, the minister left the room.")
    assert claimants("He was held without police stating a reason, his lawyer said.")[0][0].startswith("He was held")


def test_several_villages_that_were_attacked_make_no_province_a_village() -> None:
    (borno,) = [
        s for s in found("In Borno, several villages were attacked overnight, residents said.") if s.quote == "Borno"
    ]
    assert borno.entity is not None and borno.entity.details.place_kind == "province"
    assert "Shujaiya" in places("The strike hit residential quarters of Gaza City, including Shujaiya and Zeitoun.")
    assert not places("Several quarters, including Tundu Lissu and Freeman Mbowe, criticised it.")
