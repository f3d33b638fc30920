"""What a review of round 52's rules found wrong (159 sentences of the reviewer's own, each run on
the code before and after), each mended and kept here."""

from __future__ import annotations

from annotations.model import ActorDetails, Entity
from annotations.suggest import Knowledge, suggest
from annotations.suggest.builtin_places import builtin_gazetteer

from .suggestion_views import actors, claimants, places


def _with(text: str, *known: Entity) -> list[tuple[str, str, str | None]]:
    found = suggest(text, Knowledge([builtin_gazetteer()], entities=list(known)))
    return [
        (s.kind, text[s.start : s.end], None if s.claimant is None else text[s.claimant[0] : s.claimant[1]])
        for s in found
    ]


def test_a_known_actor_merged_with_its_members_keeps_the_claim_they_made() -> None:
    """ "Afghan National Army soldiers said …", the army known: the whole mention says it (the
    claim had lost its claimant); "Taliban civilians" are no Taliban members."""
    army = Entity.actor("Afghan National Army", ActorDetails("state_forces"))
    taliban = Entity.actor("Taliban", ActorDetails("rebel_group"))
    said = _with("Afghan National Army soldiers said they had repelled an attack in Kunduz.", army)
    assert ("claim", "they had repelled an attack in Kunduz", "Afghan National Army soldiers") in said
    killed = _with("Taliban civilians were killed in Kunduz, officials said.", army, taliban)
    assert ("actor", "Taliban civilians", None) not in killed and ("actor", "civilians", None) in killed


def test_a_units_number_after_to_is_no_count() -> None:
    """ "reassigned to 6 Brigade", "belonging to 143 Battalion": the units' numbers ("up to 500 …"
    is a count)."""
    text = "The general was reassigned to 6 Brigade in Port Harcourt. Troops belonging to 143 Battalion were ambushed."
    assert {"6 Brigade", "143 Battalion"} <= set(actors(text))


def test_a_surname_boma_is_no_boma() -> None:
    """ "Rebecca Boma told Radio Tamazuj": a speaker, not a village "Rebecca"."""
    text = '"We have nothing," Rebecca Boma told Radio Tamazuj from Torit.'
    assert "Rebecca" not in places(text)
    assert ("We have nothing", "Rebecca Boma") in claimants(text)


def test_what_unrest_spreads_to_online_and_a_message_spread_are_no_places() -> None:
    """ "The unrest spread to Twitter", "spread the message to Catholics", "spread to Ebola
    treatment centres"; "spread to Juba" is a place."""
    text = (
        "The unrest spread to Twitter and then spread to Juba. Church leaders spread the message to Catholics "
        "in Wau. The outbreak spread to Ebola treatment centres."
    )
    found = set(places(text))
    assert "Juba" in found and not {"Twitter", "Catholics", "Ebola"} & found
