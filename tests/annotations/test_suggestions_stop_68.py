"""Stop 68, from held-out round 109 (Maradi, Los Ríos): "told X, its full name (ACR), that …" reports
what follows "that"; a quotation after "signed" is a name, not what was said; the speaker of a
quotation is not whom the participle after the cue names ("he said, calling on the government");
a participle going on from a claim ("…, she said, adding that …") has that claim's speaker; "a
secondary school teacher" and "Relatives of the victims" speak; "a man who identified himself as X"
is X. From round 110 (Manica and Sofala, Kogi): "X Local Government Area" names X, a district; an
estrada nacional ("the EN1") is a place; "Renamo, now the second-largest opposition party," is a
party (not "X, a vice-president of the party"); "the 12 Brigade of the Nigerian Army in Lokoja" ends
before the town; "adding three days to every trip" is arithmetic, no claim; a humanitarian cluster ("the Protection
Cluster") is a body that speaks; "Another resident, a woman who …" is one person, and "she" is no
"Mr."."""

from __future__ import annotations

from .suggestion_views import claimants, entities_of


def test_told_a_medium_set_off_by_its_name_reports_what_follows_that() -> None:
    text = (
        "The provincial governor, Colonel Idrissa Maïga, told the national broadcaster, the Voice of the "
        "Sahel (VOS), that the convoy had been ambushed by men on motorbikes."
    )
    assert claimants(text) == [("the convoy had been ambushed by men on motorbikes", "Idrissa Maïga")]


def test_a_quotation_after_signed_is_a_name_not_what_was_said() -> None:
    text = (
        "In a leaflet left at the market in Tillia and signed “The Lions of the Dunes”, the group denied "
        "any role in the killings and blamed the army for the raid."
    )
    said = dict(claimants(text))
    assert "any role in the killings" in said
    assert not any(quote.startswith("In a leaflet") for quote in said)


def test_whom_a_participle_after_the_cue_names_did_not_speak() -> None:
    text = (
        "Mourners filled the stadium on Sunday. “We count our dead every week and the police cannot "
        "stop it,” he said, calling on the national government to send more police."
    )
    said = dict(claimants(text))
    assert said["We count our dead every week and the police cannot stop it"] is None  # "he": nobody named


def test_a_participle_going_on_from_a_claim_has_its_speaker() -> None:
    text = (
        "The head of the transport union in Gao, Aminata Keïta, spoke on Monday. “The road is closed to us,” she told "
        "state radio, adding that three lorries had been burned near Ansongo on Sunday."
    )
    said = dict(claimants(text))
    assert said["three lorries had been burned near Ansongo on Sunday"] == "Aminata Keïta"


def test_a_school_teacher_set_off_by_a_relative_clause_speaks() -> None:
    text = (
        "A primary school teacher in Dakoro, who asked not to be named because she feared reprisals, "
        "said the school had been closed since the raid on the market."
    )
    assert claimants(text) == [("the school had been closed since the raid on the market", "teacher")]


def test_relatives_of_the_victims_speak() -> None:
    text = "Relatives of the dead denied that the men had carried weapons. Relatives said the men were fishermen."
    said = claimants(text)
    assert ("the men were fishermen", "Relatives") in said
    assert ("the men had carried weapons", "Relatives") in said


def test_a_man_who_identified_himself_as_a_named_leader_is_that_leader() -> None:
    text = (
        "In a video posted online, a man who identified himself as Bello Turji, a gang leader in the "
        "border forests, claimed responsibility for the kidnapping."
    )
    assert claimants(text) == [("responsibility for the kidnapping", "Bello Turji")]


def test_a_local_government_area_names_its_district() -> None:
    text = "Residents of Ogori Central Local Government Area of Kogi State fled after the raid on Ogori Central."
    places = entities_of(text, "district")
    assert places["Ogori Central Local Government Area"] == "Ogori Central (district)"
    assert "Ogori Central Local" not in places


def test_an_estrada_nacional_is_a_place() -> None:
    text = "Gunmen fired on a minibus on the EN7 near Catandica, and trucks now wait at the EN7 junction."
    assert "EN7" in entities_of(text, "district")


def test_a_name_described_as_a_party_is_a_party_and_its_member_is_not() -> None:
    text = (
        "Podemos Unidos, now the third-largest opposition party, denied any role in the riots. Ana Costa, a "
        "vice-president of the party, told reporters the vote had been rigged."
    )
    actors = entities_of(text, "actor")
    assert actors["Podemos Unidos"] == "Podemos Unidos (external_other)"
    assert actors.get("Ana Costa", "") != "Ana Costa (external_other)"


def test_an_army_unit_ends_before_the_town_it_is_in() -> None:
    text = "A spokesman for the 7 Brigade of the Nigerian Army in Maiduguri said troops had repelled the attack."
    actors = entities_of(text, "actor")
    assert "7 Brigade of the Nigerian Army" in actors
    assert not any("Maiduguri" in quote for quote in actors)


def test_an_amount_added_to_something_is_no_claim() -> None:
    text = (
        "Lorries now travel in escorted convoys, adding three days to every trip, a transporters' union "
        "said. The governor said the road was safe, adding that two checkpoints had been set up."
    )
    said = [quote for quote, _claimant in claimants(text)]
    assert "three days to every trip" not in said
    assert "two checkpoints had been set up" in said


def test_a_humanitarian_cluster_speaks() -> None:
    text = "The Health Cluster reported that three clinics in Dondo had closed since the attacks."
    assert claimants(text) == [("three clinics in Dondo had closed since the attacks", "Health Cluster")]


def test_a_woman_set_off_after_a_resident_is_that_resident_and_she_is_no_mister() -> None:
    text = (
        "“They took my brother,” Mr. Tunde Bello said. Another resident, a woman who sells yams at the "
        "market, said families had slept in a church. “Nobody sleeps in the village now,” she said."
    )
    said = dict(claimants(text))
    assert "woman" not in entities_of(text, "actor")  # one person, named twice
    assert said["Nobody sleeps in the village now"] != "Mr. Tunde Bello"
