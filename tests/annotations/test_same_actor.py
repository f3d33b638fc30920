"""One actor under the names one article gives it: an acronym used before it is spelt out, a
state's army by its country and by its own name, "the army" of a report on one state."""

from __future__ import annotations

from annotations.suggest import Knowledge, Suggestion, suggest
from annotations.suggest.builtin_places import builtin_gazetteer


def entity_names(text: str) -> dict[str, str]:
    """Each actor mention's words -> the name of the entity it would link to (the same words
    always to one entity)."""
    found: list[Suggestion] = suggest(text, Knowledge([builtin_gazetteer()]))
    names: dict[str, set[str]] = {}
    for s in found:
        if s.kind == "actor" and s.entity is not None:
            names.setdefault(s.quote, set()).add(s.entity.name)
    assert all(len(linked) == 1 for linked in names.values()), names
    return {quote: linked.pop() for quote, linked in names.items()}


def test_an_acronym_used_before_it_is_spelt_out_is_that_actor() -> None:
    text = (  # a newcomer's
        "Dozens killed as Sudan's army and RSF battle for control of El Obeid outskirts\n\n"
        "PORT SUDAN, Sudan, Oct 14 (Reuters) - Fierce fighting between Sudan's army and the paramilitary Rapid "
        "Support Forces (RSF) on the outskirts of El Obeid in North Kordofan state killed dozens of people."
    )
    names = entity_names(text)
    assert names["RSF"] == names["Rapid Support Forces"] == "Rapid Support Forces"


def test_a_states_army_by_its_country_and_by_its_own_name_and_the_army_are_one() -> None:
    """A newcomer's report on Kordofan proposed three actors for Sudan's army."""
    text = (
        "Fighting between Sudan's army and the RSF near El Obeid in North Kordofan killed dozens. "
        "The RSF said the Sudanese Armed Forces (SAF) had bombed Um Sumeima. "
        "The army said its troops had repelled an attack near Kazgil."
    )
    names = entity_names(text)
    assert names["Sudan's army"] == names["army"] == names["SAF"] == "Sudanese Armed Forces"


def test_the_army_of_a_report_on_one_country_is_not_a_foreign_army_named_in_it() -> None:
    text = (
        "Insurgents attacked Mocimboa da Praia in Cabo Delgado, Mozambique, and Macomia and Pemba. "
        "The Rwanda Defence Force said its troops held the port. The army said the road to Palma was open."
    )
    names = entity_names(text)
    assert names["army"] != "Rwanda Defence Force"


def test_a_ministry_of_defence_is_no_army() -> None:
    text = "The Ministry of Defence of Cameroon said soldiers were attacked near Bamenda. The army said two died."
    assert "Ministry" not in entity_names(text)["army"]


def test_the_tatmadaw_and_the_military_of_a_report_on_myanmar_are_one() -> None:
    """A second newcomer linked "Tatmadaw" and "military" to Myanmar's military by hand."""
    text = (
        "Junta jets bombed Thayet Taung village in Rakhine state, Myanmar, killing 23 people. "
        "The Tatmadaw said it targeted Arakan Army positions near Kyauktaw. The military said 12 rebels died."
    )
    names = entity_names(text)
    assert names["Tatmadaw"] == names["military"] == "Military Forces of Myanmar"
