"""A review of round 53 and 54's rules (271 sentences of the reviewer's own, each run before and
after): the worse cases it found, each class on sentences of its own."""

from __future__ import annotations

from annotations.suggest import Knowledge, suggest
from annotations.suggest.builtin_places import builtin_gazetteer

from .suggestion_views import actors, claimants


def _type_of(text: str, quote: str) -> str | None:
    found = [s for s in suggest(text, Knowledge([builtin_gazetteer()])) if s.kind == "actor" and s.quote == quote]
    details = found[0].entity.details if found and found[0].entity is not None else None
    return getattr(details, "actor_type", None)


def test_a_ship_named_after_an_admiral_and_a_rank_cut_by_its_full_stop() -> None:
    """ "the Adm. Nakhimov cruiser", "the frigate Adm. Kasatonov": ships, no people; "said Rear Adm.
    Eli Sharon, the spokesman": Eli Sharon speaks, "Rear Adm" is no one; an admiral is of the
    forces."""
    assert actors("The Adm. Nakhimov cruiser stayed in port, officials said.") == ["officials"]
    assert actors("The frigate Adm. Kasatonov fired missiles in the Barents Sea.") == []
    text = '"The threat is real," said Rear Adm. Eli Sharon, the navy spokesman.'
    assert ("The threat is real", "Eli Sharon") in claimants(text) and "Rear Adm" not in actors(text)
    assert _type_of("Vice Adm. Tom Reyes, commander of the Seventh Fleet, said the ships were safe.", "Tom Reyes") == (
        "state_forces"
    )


def test_a_health_worker_or_paramedic_as_a_modifier_is_no_speaker() -> None:
    """ "The health worker shortage worsened", "A paramedic team reached the site": no one speaks."""
    assert "health worker" not in actors("The health worker shortage in Sool worsened, officials said.")
    assert "paramedic" not in actors("A paramedic team reached the site in Idlib, the White Helmets said.")


def test_what_a_relative_clause_after_according_to_holds() -> None:
    """The clause is left out when it says nothing of the events ("which was set up in 2019"), and
    when a verb of saying in it makes its own claim ("which estimates that …"); it stays when it
    holds a finding or a figure ("which found that …", "who put the toll at 40")."""
    said = [
        content for content, _ in claimants("According to the panel, which was set up in 2019, 900 people are missing.")
    ]
    assert "900 people are missing" in said
    said = [
        content
        for content, _ in claimants(
            "According to the UN, which estimates that 2 million people have fled, the siege goes on."
        )
    ]
    assert "2 million people have fled" in said and "the siege goes on" in said
    said = [
        content
        for content, _ in claimants("According to the governor, who put the toll at 40, the raiders came at night.")
    ]
    assert any(content.startswith("who put the toll at 40") for content in said)


def test_an_office_inside_which_people_are_is_no_body_speaking() -> None:
    """ "Staff who fled the office said …", "Witnesses outside the office reported …": the office is
    a place there, not the UN office named before."""
    text = "The UN Human Rights Office opened a branch in Goma. Staff who fled the office said gunmen looted it."
    assert "office" not in actors(text)
    text = "The UN Human Rights Office condemned the raid. Witnesses outside the office reported gunfire in Uvira."
    assert ("gunfire in Uvira", "Witnesses") in claimants(text)


def test_no_government_of_a_group_a_nationality_or_a_modifier_before_its_spokesman() -> None:
    """ "Taliban government spokesman" is the Taliban's; "Former", "Deputy", "The government
    spokesman" name no government by a place; "Sindh government spokesman" does."""
    assert "Taliban government" not in actors(
        "Taliban government spokesman Zabihullah Mujahid said the strikes hit civilians."
    )
    for text in (
        "Former government spokesman Lambert Mende said the vote was free.",
        "Deputy government spokesman Chai Wacharonke said the talks would resume.",
        "The government spokesman, Patrick Muyaya, said M23 had attacked Sake.",
    ):
        assert not any(name.endswith("government") for name in actors(text)), text
    assert "Sindh government" in actors("Sindh government spokesman Murtaza Wahab said the canal was closed.")


def test_conscript_as_a_verb_names_no_one() -> None:
    """ "Russia will conscript Crimean Tatars": a verb, no person by title."""
    assert "Crimean Tatars" not in actors("Russia will conscript Crimean Tatars, activists said.")
