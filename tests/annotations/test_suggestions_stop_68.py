"""Stop 68, from held-out round 109 (Maradi, Los Ríos): "told X, its full name (ACR), that …" reports
what follows "that"; a quotation after "signed" is a name, not what was said; the speaker of a
quotation is not whom the participle after the cue names ("he said, calling on the government");
a participle going on from a claim ("…, she said, adding that …") has that claim's speaker; "a
secondary school teacher" and "Relatives of the victims" speak; "a man who identified himself as X"
is X."""

from __future__ import annotations

from .suggestion_views import claimants


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
