"""What a newcomer found in a long article of their own (stop 53), on sentences written for this."""

from __future__ import annotations

from annotations.suggest import Knowledge, suggest
from annotations.suggest.builtin_places import builtin_gazetteer


def _actors(text: str) -> dict[str, str]:
    return {s.quote: s.reason for s in suggest(text, Knowledge([builtin_gazetteer()])) if s.kind == "actor"}


def _claimants(text: str) -> dict[str, str | None]:
    found = suggest(text, Knowledge([builtin_gazetteer()]))
    return {s.quote: text[slice(*s.claimant)] if s.claimant else None for s in found if s.kind == "claim"}


def test_a_person_brought_in_by_what_they_are_then_named_is_a_person_and_speaks() -> None:
    text = (
        "A former trader from Montepuez named Rosário Nhaca said the insurgents had burned his shop. "
        "Nhaca said he would not go back."
    )
    actors = _actors(text)
    assert actors["Rosário Nhaca"] == "person by role"
    assert actors["Nhaca"].startswith("short for Rosário Nhaca")
    claimants = _claimants(text)
    assert claimants["the insurgents had burned his shop"] == "Rosário Nhaca"
    assert claimants["he would not go back"] == "Nhaca"
    told = "A farmer named Ilídio Mungoi told reporters that gunmen had taken his goats."
    assert _claimants(told)["gunmen had taken his goats"] == "Ilídio Mungoi"


def test_things_and_groups_named_so_are_no_person() -> None:
    text = (
        "The navy stopped a dhow named Estrela Azul off the coast. A group called Free Youth Front "
        "claimed the raid, and an officer named in the report was suspended. A woman called for calm."
    )
    actors = _actors(text)
    assert "Estrela Azul" not in actors
    assert actors.get("Free Youth Front") != "person by role"


def test_he_who_calls_on_after_a_groups_leader_is_named_is_the_leader_not_the_group() -> None:
    text = (
        "The Northern Liberation Army (NLA) attacked two towns. The NLA's leader, a former teacher "
        "named Isaías Mutemba, appeared in a video in which he called on young men to join the fight."
    )
    assert _claimants(text)["young men to join the fight"] == "Isaías Mutemba"


def test_the_leader_of_a_group_the_text_named_is_of_the_groups_type_not_of_his_trade() -> None:
    text = (
        "Fighters of the Northern Liberation Army (NLA) attacked two towns. The NLA's leader, a former "
        "teacher from Lichinga named Isaías Mutemba, appeared in a video. The army's spokesman, "
        "Colonel Ana Sitoe, said the towns were retaken."
    )
    types = {
        s.quote: s.entity.details.actor_type  # type: ignore[union-attr]
        for s in suggest(text, Knowledge([builtin_gazetteer()]))
        if s.kind == "actor" and s.entity is not None
    }
    assert types["Isaías Mutemba"] == "rebel_group"
    assert types["Ana Sitoe"] == "state_forces"


def test_a_victims_relative_who_speaks_is_the_she_who_speaks_next() -> None:
    text = (
        'The bodies of Jean Kabura and Éric Ndayishimiye were found on Sunday. "They took him at night," '
        "the wife of one of the victims told a local radio, asking not to be named. She said the militia "
        "had accused her husband of helping rebels. The brother of a detainee said he was beaten."
    )
    claimants = _claimants(text)
    assert claimants["They took him at night"] == "wife of one of the victims"
    assert claimants["the militia had accused her husband of helping rebels"] == "wife of one of the victims"
    assert claimants["he was beaten"] == "brother of a detainee"
    assert "son" not in _actors("The son of the president said nothing.")


def test_a_person_named_as_a_mother_of_five_is_a_civilian() -> None:
    text = "Ana Sumbane, a mother of five who arrived at the camp from a village near Ancuabe, said that her husband was killed."
    types = {s.quote: s.entity.details for s in suggest(text, Knowledge([builtin_gazetteer()])) if s.entity}
    assert types["Ana Sumbane"].actor_type == "civilians"  # type: ignore[union-attr]
    told = "Shops were shut, according to a local teacher, Rita Mabunda, who said that half the town had left."
    types = {s.quote: s.entity.details for s in suggest(told, Knowledge([builtin_gazetteer()])) if s.entity}
    assert types["Rita Mabunda"].actor_type == "civilians"  # type: ignore[union-attr]
