"""What a reviewer found the rules of rounds 46 and 47 took too far, each on sentences of their own."""

from __future__ import annotations

from .suggestion_views import actors, claimants, places, type_of
from .test_suggestions_round_22 import found


def reason_of(text: str, quote: str) -> str | None:
    return next((s.reason for s in found(text) if s.quote == quote), None)


def test_led_by_a_state_or_a_group_is_no_person() -> None:
    for text, name in (
        ("The peace talks, led by Saudi Arabia and the United States, resumed in Jeddah.", "Saudi Arabia"),
        ("The offensive, led by Hay'at Tahrir al-Sham, captured Aleppo.", "Hay'at Tahrir al-Sham"),
    ):
        assert reason_of(text, name) != "person by role", text


def test_an_acronym_spelt_out_keeps_the_lexicons_actor_and_terms_are_no_actors() -> None:
    assert type_of("The ADF (Allied Democratic Forces) killed 40 in Lubero.", "ADF") == "rebel_group"
    text = "An IED (Improvised Explosive Device) killed four soldiers. GBV (Gender-Based Violence) cases rose."
    assert "IED" not in actors(text) and "Gender-Based Violence" not in actors(text)


def test_a_known_city_in_the_east_or_its_suburbs_stays_the_city() -> None:
    for text in ("The M23 captured Goma in the east.", "Israeli strikes hit the southern suburbs of Beirut."):
        assert any("geonames" in (s.reason or "") for s in found(text) if s.kind == "district"), text


def test_through_or_via_a_person_an_app_or_an_outlet_is_no_place() -> None:
    text = (
        "The families negotiated the release through Tukur Mamu, a publisher. The claim was sent via WhatsApp "
        "and through al-Masirah."
    )
    assert places(text) == []


def test_including_people_after_villages_is_no_list_of_villages() -> None:
    text = "Attacks on villages in the area have displaced thousands, including Fatima Ali, a mother of five."
    assert places(text) == []


def test_reports_that_someone_checks_are_no_ones_claim() -> None:
    for text in (
        "Police are investigating reports that gunmen abducted 20 students.",
        "Witnesses dismissed unverified reports that the army had withdrawn.",
    ):
        assert claimants(text) == [], text


def test_the_heart_of_a_conflict_is_no_place() -> None:
    assert "Sudan-South Sudan" not in places("Abyei sits at the centre of Sudan-South Sudan tensions.")


def test_resistance_committees_do_not_take_a_sentences_opening_word() -> None:
    assert "Khartoum resistance committees" in actors("In Khartoum resistance committees said 30 were killed.")


def test_a_village_after_a_role_on_a_day_is_no_person() -> None:
    assert "Tungar Kahau" not in actors("The bandits abducted his son on Friday in their village, Tungar Kahau.")


def test_the_second_of_two_names_stops_before_a_weekday() -> None:
    assert "Mutiri Thursday" not in places("The displaced moved to Kimemi and Mutiri Thursday.")


def test_the_civil_defence_is_a_rescue_service_and_no_ministers_portfolio() -> None:
    assert (
        type_of("Five civilians were killed, the Syrian Civil Defence said.", "Syrian Civil Defence") != "state_forces"
    )
    text = "The Minister of Interior, Public Security and Civil Defence, Hamadou Souley, said the curfew would stay."
    assert "Public Security and Civil Defence" not in actors(text)


def test_an_operation_that_is_no_states_force() -> None:
    assert type_of("Operation Dudula said foreigners must leave Soweto.", "Operation Dudula") != "state_forces"


def test_known_as_a_description_merges_no_actor() -> None:
    text = "The Wagner Group, known as the Kremlin's private army, operated in Mali."
    named = {s.quote: s.entity.name for s in found(text) if s.kind == "actor" and s.entity}
    assert named.get("Kremlin", "Kremlin") != named.get("Wagner Group")


def test_an_armed_group_after_from_is_no_village() -> None:
    assert places("Gunmen from Jaish Al Islam shelled the town.") == []


def test_a_priest_is_no_official_and_said_mass_is_no_claim() -> None:
    assert type_of("The priest said 40 parishioners were killed.", "priest") != "government_officials"
    assert claimants("The priest said Mass on Sunday before gunmen stormed the church.") == []


def test_a_second_claim_after_a_semicolon_is_not_the_first_speakers() -> None:
    text = "The police said the suspects confessed; their lawyers said they were tortured."
    assert ("they were tortured", "police") not in claimants(text)


def test_according_to_local_volunteers() -> None:
    text = "Thousands fled towards Sennar on foot, according to local volunteers."
    assert [who for _q, who in claimants(text)] == ["local volunteers"]
