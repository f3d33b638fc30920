"""Round 80's leftovers, mended on sentences of our own: a state's or province's own ministry or
police ("the White Nile state health ministry") lost whose it is ("state health ministry"); a body
named back by its kind ("The committee wrote on Facebook that …", "The group said …") was no
speaker, and its claims had none."""

from __future__ import annotations

from .suggestion_views import actors, claimants


def test_a_states_own_ministry_or_police_keeps_the_states_name() -> None:
    assert actors("The Kassala state health department said 12 people died of cholera.") == [
        "Kassala state health department"
    ]
    assert actors("Two officers died, the Kunduz provincial police said.") == ["Kunduz provincial police"]
    assert actors("The Khartoum state security committee said the curfew would hold.") == [
        "Khartoum state security committee"
    ]
    assert actors("The state health ministry said the clinic had closed.") == ["state health ministry"]


def test_the_head_of_a_states_police_is_a_person_not_the_police() -> None:
    assert actors("The Kunduz provincial police chief said it was quiet.") == ["Kunduz provincial police chief"]


def test_a_committee_named_back_speaks_for_the_committee() -> None:
    text = (
        "Gunmen abducted 14 men near Tendalti, according to the Al-Geteina Resistance Committee. "
        "The committee wrote on Facebook that the gunmen came on motorcycles."
    )
    assert ("the gunmen came on motorcycles", "committee") in claimants(text)
    assert actors(text).count("committee") == 1


def test_a_group_named_back_is_the_armed_group_named_last() -> None:
    text = "Fighters of al-Shabaab overran the base near Baidoa. The group said that 20 soldiers were killed."
    assert claimants(text) == [("20 soldiers were killed", "group")]


def test_a_group_named_back_skips_the_person_who_speaks_for_it() -> None:
    text = (
        "The Arakan Army shelled the port. AA spokesman Khaing Min Thwe said the group had warned "
        "residents to leave. Later the group said that it held the jetty."
    )
    assert ("it held the jetty", "group") in claimants(text)


def test_a_group_named_back_is_no_one_when_another_group_came_between() -> None:
    text = (
        "Fighters of al-Shabaab overran the base near Baidoa. A group of men fled into the bush. "
        "The group said that the town was calm."
    )
    assert claimants(text) == [("the town was calm", None)]
    assert "group" not in actors(text)


def test_a_body_named_back_that_does_not_speak_is_not_proposed() -> None:
    """Golds tag "the group" where it speaks; as an object ("denied arming the group") it is left."""
    text = "Fighters of al-Shabaab overran the base near Baidoa. Kenya denied arming the group."
    assert "group" not in actors(text)


def test_a_body_named_in_french_spanish_or_portuguese_is_one_actor() -> None:
    """Round 81's Guinean coalition: "The Forces Vives de Guinée said" gave "Guinée" as the speaker."""
    assert actors("The Forces Vives de Guinée said two people died in Conakry.") == ["Forces Vives de Guinée"]
    assert actors("The Front National pour la Défense de la Constitution said the march would go on.") == [
        "Front National pour la Défense de la Constitution"
    ]
    assert "Movimiento de Víctimas de Crímenes de Estado" in actors(
        "The Movimiento de Víctimas de Crímenes de Estado said four farmers were killed."
    )


def test_a_square_or_a_building_in_french_is_no_body() -> None:
    assert actors("Thousands gathered on the Place de la Nation and outside the Hôtel de Ville.") == []


def test_forces_vives_are_civil_society_not_forces() -> None:
    from annotations.text.actor_types import actor_type_for

    assert actor_type_for("Forces Vives de Guinée") == "external_other"
    assert actor_type_for("Forces Armées Centrafricaines") == "state_forces"


def test_a_cue_joined_by_and_has_the_speaker_of_the_claim_before_it() -> None:
    """Round 81's: "He said 11 police officers … were injured …, and denied that live rounds had been
    used" gave the denial to the officers, a word of what he said."""
    text = (
        "Government spokesman Ousmane Gaoual Diallo spoke on state television. He said 11 police officers "
        "and gendarmes were injured and 34 people arrested, and denied that live rounds had been used."
    )
    assert claimants(text)[-1] == ("live rounds had been used", "Ousmane Gaoual Diallo")


def test_doctors_who_speak_are_an_actor() -> None:
    text = "Doctors at Donka hospital told this agency that 19 wounded people had been brought in."
    assert claimants(text) == [("19 wounded people had been brought in", "Doctors")]
    assert actors("The wounded were treated by doctors in Kindia.") == []


def test_an_election_commission_and_a_person_by_their_party() -> None:
    text = "The election commission declared Daniel Chapo of the ruling Frelimo party the winner."
    assert actors(text) == ["election commission", "Daniel Chapo", "Frelimo"]


def test_a_rights_group_named_after_what_it_is_speaks_after_a_comma_and_is_the_group_after() -> None:
    """Round 82's: "…to fight street gangs, the human rights organisation X said" read the words as
    a clause about the gangs (as in "Wagner, the mercenary group Putin praised"); "The group said"
    after it had no speaker."""
    text = (
        "At least 375 people died in custody since the crackdown on street gangs began, the human rights "
        "organisation Socorro Jurídico Humanitario said. The group said most of the dead were held without charge."
    )
    assert actors(text) == ["street gangs", "Socorro Jurídico Humanitario", "group"]
    assert claimants(text)[-1] == ("most of the dead were held without charge", "group")


def test_a_persons_government_is_the_person_and_a_leaders_party_is_the_party() -> None:
    text = (
        "President Nayib Bukele's government rejects the accusations. The assembly, controlled by "
        "Bukele's Nuevas Ideas party, extended the measures."
    )
    assert actors(text) == ["Nayib Bukele", "government", "Bukele", "Nuevas Ideas"]
    assert actors("General Burhan's army said it had retaken the bridge.") == ["Burhan", "army"]
    assert actors("Sudan's army said it had retaken the bridge.") == ["Sudan's army"]


def test_police_and_soldiers_are_two_forces() -> None:
    assert actors("Police and soldiers detained 1,240 suspected gang members, the minister said.")[:2] == [
        "Police",
        "soldiers",
    ]


def test_a_denial_of_a_claim_named_by_a_word_is_that_word_negated() -> None:
    """The golds give "the allegations" for "denied the allegations"; "denied this" keeps its cue."""
    assert claimants("Hamas denied the accusation.") == [("the accusation", "Hamas")]
    assert claimants("Hamas denied this.") == [("denied this", "Hamas")]
    assert claimants("The government rejected the plan.") == []


def test_a_persons_surname_as_an_owner_is_a_mention_but_never_the_speaker() -> None:
    text = (
        "Russian guards detained a farmer, Zurab Beruashvili, near the line. “He goes to the orchard every morning,” "
        "Eka Gelashvili, Beruashvili's daughter-in-law, told reporters. She said the family learned of it late."
    )
    assert "Beruashvili" in actors(text)
    assert claimants(text)[-1] == ("the family learned of it late", "Eka Gelashvili")
