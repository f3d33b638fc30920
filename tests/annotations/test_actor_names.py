"""Short forms of known actors link to them (sentences written for the test)."""

from __future__ import annotations

from annotations.model import ActorDetails, Entity
from annotations.suggest import Knowledge, suggest
from annotations.suggest.builtin_places import builtin_gazetteer


def test_a_short_form_of_a_known_actor_links_to_it_not_to_a_new_one() -> None:
    """Was: after "Tasnim News Agency" was accepted, a later "Tasnim" was offered as new."""
    outlet = Entity.actor("Tasnim News Agency", ActorDetails("media"))
    army = Entity.actor("Rapid Support Forces", ActorDetails("rebel_group"))
    text = "According to Tasnim, fighters entered the town. Local forces said nothing."
    found = suggest(text, Knowledge([builtin_gazetteer()], entities=[outlet, army]))
    tasnim = next(s for s in found if s.quote == "Tasnim")
    assert tasnim.entity is outlet and not tasnim.new_entity
    assert all(s.entity is not army for s in found)  # "forces" is no short form of it


def test_a_bodys_letters_are_no_short_form_of_a_body_named_after_them() -> None:
    """helper-363 named "U.N. experts" "UN Group of Experts"; in another article "UN Secretary-General Antonio
    Guterres" offered "UN" as that group."""
    experts = Entity.actor("UN Group of Experts", ActorDetails("external_other"))
    text = "UN Secretary-General Antonio Guterres called for a ceasefire in El Fasher on Monday."
    found = suggest(text, Knowledge([builtin_gazetteer()], entities=[experts]))
    assert all(s.entity is not experts for s in found)


def test_the_type_a_name_suggests_follows_the_group_then_the_head_noun() -> None:
    from annotations.text.actor_types import actor_type_for

    assert actor_type_for("Taliban forces") == "rebel_group"
    assert actor_type_for("Afghan government troops") == "state_forces"
    assert actor_type_for("Afghan government officials") == "government_officials"
    assert actor_type_for("Russia's Defence Ministry") == "government_officials"
    assert actor_type_for("Tasnim News Agency") == "media"


def test_a_un_body_is_an_external_actor_whatever_it_works_for() -> None:
    """Found by a newcomer: the United Nations High Commissioner for Refugees was typed as
    civilians ("Refugees"), the UN refugee agency as media ("agency")."""
    text = (
        "The United Nations High Commissioner for Refugees said 4,000 people fled. The UN refugee agency "
        "said more were coming."
    )
    found = {s.quote: s.entity for s in suggest(text, Knowledge([builtin_gazetteer()])) if s.kind == "actor"}
    for name in ("United Nations High Commissioner for Refugees", "UN refugee agency"):
        entity = found[name]
        assert entity is not None and entity.details.actor_type == "external_other"  # type: ignore[union-attr]


def test_a_name_defined_with_letters_the_corpus_knows_is_that_actor() -> None:
    """helper-364 (R11): "RSF" tagged in one article and "the Rapid Support Forces (RSF)" in the next were two
    entities of the corpus, the event rows naming one force two ways."""
    rsf = Entity.actor("RSF", ActorDetails("rebel_group"))
    text = "The Rapid Support Forces (RSF) attacked Tawila on Sunday, residents said. The RSF denied it."
    found = [s for s in suggest(text, Knowledge([builtin_gazetteer()], entities=[rsf])) if s.kind == "actor"]
    named = [s for s in found if s.quote in ("Rapid Support Forces", "RSF")]
    assert len(named) == 3 and all(s.entity is rsf and not s.new_entity for s in named)
