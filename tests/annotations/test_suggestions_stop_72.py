"""Stop 72: a group named only by its letters where the text says it is armed ("the armed KLRF",
"fighters of the KLRF") is an actor at each of its mentions, one entity; the letters that begin a
longer name, the people of a body that is no armed group ("members of the PTA") and letters
joined to a word ("KLRF-led") are not read so."""

from __future__ import annotations

from .suggestion_views import actors
from .test_suggestions_round_22 import found


def test_letters_the_text_says_are_armed_are_a_group_at_each_mention() -> None:
    text = (
        "Fighters of the armed KLRF attacked a police post near the river crossing on Sunday. "
        "The KLRF has not spoken since, and the KLRF's leaders are abroad."
    )
    group = [s for s in found(text) if s.kind == "actor" and s.quote == "KLRF"]
    assert len(group) == 3 and len({s.entity.id for s in group if s.entity is not None}) == 1
    assert group[0].entity is not None and group[0].entity.details.actor_type == "rebel_group"  # type: ignore[union-attr]


def test_fighters_of_the_letters_name_the_group() -> None:
    assert "KLRF" in actors("Gunmen of the KLRF burned three houses on Tuesday night.")


def test_letters_beginning_a_longer_name_or_joined_to_a_word_or_members_of_are_not_read_so() -> None:
    assert "KLRF" not in actors("The armed KLRF Brigade crossed the river on Sunday.")
    assert "PTA" not in actors("Members of the PTA met the headmaster on Monday.")
    assert "KLRF" not in actors("An armed KLRF-led column crossed the river on Sunday.")
