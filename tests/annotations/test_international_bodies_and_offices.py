"""Who people speak for: an international body's officials and spokespeople are no state's
officials ("UN officials", "WHO spokesperson Tarik Jasarevic"), a state's envoy at one is ("Israel's
UN ambassador"), forces' spokesmen are the forces', a government or an ambassador named by its
country is no armed force; and an acronym the article never defines is the name it spelt out
("ICRC" after "the International Committee of the Red Cross"). Sentences written for these tests."""

from __future__ import annotations

from annotations.suggest import Knowledge, Suggestion, suggest
from annotations.suggest.builtin_places import builtin_gazetteer
from annotations.text.actor_types import actor_type_for


def actors(text: str) -> dict[str, Suggestion]:
    found = suggest(text, Knowledge([builtin_gazetteer()]))
    return {s.quote: s for s in found if s.kind == "actor" and s.entity is not None}


def types(text: str) -> dict[str, str]:
    return {quote: s.entity.details.actor_type for quote, s in actors(text).items()}  # type: ignore[union-attr]


def names(text: str) -> dict[str, str]:
    return {quote: s.entity.name for quote, s in actors(text).items()}  # type: ignore[union-attr]


def test_officials_of_an_international_body_are_no_states() -> None:
    assert actor_type_for("UN officials") == "external_other"
    assert actor_type_for("WHO officials") == "external_other"
    assert actor_type_for("African Union officials") == "external_other"
    assert actor_type_for("Health officials") == "government_officials"
    assert actor_type_for("UN-backed government officials") == "government_officials"
    assert types("A UN official said the convoy was attacked near Tawila.")["UN official"] == "external_other"


def test_a_spokesperson_named_after_an_international_body_speaks_for_it() -> None:
    assert types("WHO spokesperson Tarik Jasarevic said supplies were running low.")["Tarik Jasarevic"] == (
        "external_other"
    )
    text = "The convoy was hit on Monday. ICRC regional director Patrick Youssef said teams were ready."
    assert types(text)["Patrick Youssef"] == "external_other"
    text = "Aid is stuck at the border. Tarik Jasarevic, a WHO spokesperson, said the hospitals were full."
    assert types(text)["Tarik Jasarevic"] == "external_other"


def test_a_states_envoy_at_an_international_body_is_the_states() -> None:
    assert types("Israel's UN ambassador Danny Danon said the strikes were defensive.")["Danny Danon"] == (
        "government_officials"
    )
    found = types("Danny Danon, Israel's UN ambassador, said the strikes were defensive.")
    assert found["Danny Danon"] == "government_officials"
    assert types("Danny Danon, the Israeli ambassador, said it.")["Danny Danon"] == "government_officials"


def test_a_spokesman_after_a_word_of_forces_is_the_forces() -> None:
    text = "The UN said on Tuesday that army spokesman Nabil Abdallah had been briefed."
    assert types(text)["Nabil Abdallah"] == "state_forces"
    assert types("The group's military spokesman Abu Obeida said it.")["Abu Obeida"] == "rebel_group"


def test_a_government_or_an_envoy_named_by_its_country_is_no_armed_force() -> None:
    assert types("Later, Sudan's government said the strikes were defensive.")["Sudan's government"] == (
        "government_officials"
    )
    assert types("Later, Israel's ambassador said it.")["Israel's ambassador"] == "government_officials"
    assert types("Later, Lebanon's health ministry said it.")["Lebanon's health ministry"] == "government_officials"
    assert types("Later, Russia's defence ministry said it.")["Russia's defence ministry"] == "state_forces"
    assert types("Later, Sudan's army said it.")["Sudan's army"] == "state_forces"


def test_an_acronym_never_defined_is_the_name_the_article_spelt_out() -> None:
    text = (
        "The International Committee of the Red Cross said its teams were ready, and ICRC staff later "
        "reached Busra al-Harir. The United Nations said 40 civilians were killed. UN officials said aid "
        "could not reach the city. Hayat Tahrir al-Sham fighters entered the town. HTS commanders said it "
        "was calm. The European Union called for calm and EU officials said aid would flow."
    )
    found = names(text)
    assert found["ICRC staff"] == "International Committee of the Red Cross"
    assert found["UN officials"] == "United Nations"
    assert found["HTS commanders"] == "Hayat Tahrir al-Sham"
    assert found["EU officials"] == "European Union"


def test_an_acronym_two_names_of_the_article_share_is_left_alone() -> None:
    text = (
        "The Free Mountain Front attacked a post, and the Frontier Militia Force said it would respond. "
        "FMF fighters later withdrew."
    )
    assert names(text)["FMF fighters"] == "FMF fighters"


def test_a_spokesman_of_forces_named_by_their_acronym_is_the_forces() -> None:
    text = (
        "The Israel Defense Forces (IDF) said two soldiers were killed near Beit Hanoun. "
        "IDF spokesman Avichay Adraee told residents of Jabalia to move south."
    )
    assert types(text)["Avichay Adraee"] == "state_forces"
    text = "The Free Mountain Front (FMF) said it held the pass. FMF spokesman Omar Said said so."
    assert types(text)["Omar Said"] != "state_forces"


def test_a_person_whose_office_speaks_is_named_without_the_possessive() -> None:
    text = (
        "Talks stalled. Israeli Prime Minister Benjamin Netanyahu's office said Hamas was refusing to release hostages."
    )
    found = suggest(text, Knowledge([builtin_gazetteer()]))
    assert "Benjamin Netanyahu" in {s.quote for s in found if s.kind == "actor"}
    claim = next(s for s in found if s.kind == "claim")
    assert claim.claimant is not None and text[slice(*claim.claimant)] == "Benjamin Netanyahu"


def test_a_red_crescent_society_is_named_whole() -> None:
    text = "The Palestinian Red Crescent Society said its crews recovered 10 bodies in Rafah."
    assert "Palestinian Red Crescent Society" in actors(text)


def test_a_person_typed_other_is_no_armed_party_but_an_operation_is() -> None:
    """UN and WHO spokespeople are typed "other" now; "other" is ACLED's external forces unless the
    name says it bears no arms: a person's name says so (a spokesman is no force)."""
    from annotations.claims.armed import armed
    from annotations.model import ActorDetails, Entity

    def other(name: str) -> Entity:
        return Entity.actor(name, ActorDetails("external_other"))

    assert not armed(other("Tarik Jasarevic")) and not armed(other("Hikmat al-Hijri"))
    assert armed(other("Operation Barkhane")) and armed(other("Wagner Group")) and armed(other("Lakurawa"))


def test_a_spokesman_for_the_movement_or_the_tribes_is_theirs() -> None:
    text = '"We hold the roads," a spokesman for the movement, Samer Abu Assi, said in a voice message.'
    assert types(text)["Samer Abu Assi"] == "rebel_group"
    text = "Sheikh Fawaz al-Mahmoud, a spokesman for the tribes, said at least 40 tribesmen had been killed."
    assert types(text)["Fawaz al-Mahmoud"] == "identity_militia"


def test_the_un_written_with_dots_is_the_un() -> None:
    """AP writes "U.N."; it was no actor at all, and "U.N. officials" were "officials", state forces."""
    assert names("U.N. officials said 40 people were killed in Kutum.")["U.N. officials"] == "UN"
    assert types("U.N. spokesman Stephane Dujarric said the convoy was hit.")["Stephane Dujarric"] == "external_other"
    assert names("The U.N. said aid was blocked in Kutum.")["U.N."] == "UN"


def test_titles_in_capitals_and_titles_with_of_before_a_name() -> None:
    """Found by a newcomer: "UN Secretary-General Antonio Guterres" was a government official (the
    body before a title in capitals was not read). "Secretary of State Marco Rubio" was no actor
    at all, and "the minister of defence" was a soldier."""
    assert types("UN Secretary-General Antonio Guterres called for calm in the camps.")["Antonio Guterres"] == (
        "external_other"
    )
    assert types("Secretary of State Marco Rubio said talks would resume.") == {"Marco Rubio": "government_officials"}
    assert types("Minister of Foreign Affairs Ahmed Attaf said talks would resume.") == {
        "Ahmed Attaf": "government_officials"
    }
    for text in ("Minister of Defence Musa Ali said the strikes hit.", "The minister of defence, Musa Ali, said so."):
        assert types(text) == {"Musa Ali": "government_officials"}, text
    assert types("A commander of the Defence Forces, Musa Ali, said the attack failed.") == {"Musa Ali": "state_forces"}


def test_the_head_of_a_military_government_is_an_official_whatever_rank() -> None:
    """Found by a newcomer: "Captain Ibrahim Traoré", who leads Burkina Faso's junta, was typed
    state forces by his rank; an army chief stays the army's."""
    assert types("Junta leader Captain Idriss Kabore said the offensive would go on.") == {
        "Idriss Kabore": "government_officials"
    }
    assert types("Mali's junta leader, General Amadou Keita, said so.")["Amadou Keita"] == "government_officials"
    assert types("The army chief, General Amadou Keita, said so.")["Amadou Keita"] == "state_forces"
