"""Classes of misses found on the articles written for round 67 (Saranda, Tillia, Beledweyne),
after they were scored untuned, each tested on sentences of their own."""

from __future__ import annotations

from .suggestion_views import actors, claimants, found, places


def test_a_title_with_its_short_form_before_a_name_is_the_persons_title() -> None:
    text = "Bokaro Deputy Inspector General (DIG) Sunil Kumar Oraon said two rifles were seized in India."
    assert actors(text) == ["Sunil Kumar Oraon"]
    assert actors("The Rapid Support Forces (RSF) said it took Bara.")[:2] == ["Rapid Support Forces", "RSF"]


def test_short_forms_with_a_small_letter_and_units_by_number_and_force() -> None:
    text = "Fighters of the Mujahideen Shura Council (MuSC) moved in. MuSC said one man was hurt."
    assert actors(text).count("MuSC") == 2
    assert "207 CoBRA battalion" in actors("Two jawans of the 207 CoBRA battalion were wounded in India.")
    assert "60 CRPF battalion" in actors("A team of the 60 CRPF battalion was ambushed in India.")


def test_people_named_after_a_lower_case_rank() -> None:
    text = "The dead were identified as constable Arjun Munda, 31, of Khunti in Jharkhand, and head constable Salim Ansari."
    assert {"Arjun Munda", "Salim Ansari"} <= set(actors(text))


def test_relatives_who_speak_and_naxals() -> None:
    assert claimants("Family members alleged that the men were beaten in custody in India.") == [
        ("the men were beaten in custody in India", "Family members")
    ]
    assert "naxals" in actors("Police blamed naxals for the blast near Latehar, India.")


def test_a_list_described_as_villages() -> None:
    text = "Fighting centred on Ceel Cali, Buq-Aqable and Ceel Dheere, small farming villages near Jowhar, Somalia."
    assert {"Ceel Cali", "Buq-Aqable", "Ceel Dheere"} <= set(places(text))


def test_a_military_post_of_a_village_and_a_village_in_niger_the_country() -> None:
    text = "Gunmen attacked the military post of Inatès, near the border, in Niger."
    assert "Inatès" in places(text)
    village = [s for s in found("Fighting hit Dinara village in Niger on Sunday.") if s.quote == "Dinara"]
    assert village and village[0].entity is not None and village[0].entity.details.country != "Nigeria"


def test_the_shabaab_and_a_notable_who_warns() -> None:
    text = "Al-Shabaab fighters attacked Mahas in Somalia. “The Shabaab planted mines,” a resident said."
    named = {s.quote: s.entity.name for s in found(text) if s.kind == "actor" and s.entity}
    assert named.get("Shabaab") == named.get("Al-Shabaab fighters") == "Al-Shabaab"
    text = "A Tuareg notable of the Aïr in Niger, Mohamed Ag Alhassane, reached by telephone, warned that roads were mined."
    assert ("roads were mined", "Mohamed Ag Alhassane") in claimants(text)


def test_stating_that_is_a_cue() -> None:
    text = "An officer denied any abuse, stating that the checks concerned individuals, not communities."
    assert ("the checks concerned individuals, not communities", "officer") in claimants(text)
