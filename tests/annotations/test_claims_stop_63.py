"""Two clauses of dead joined by "and" in one claim are one event's dead together ("Seven
assailants were neutralised and our forces lost four men" is 11: the row said 4, the smaller of
two "figures stated"), unless another source or a guess gives the second."""

from __future__ import annotations

import pytest

from annotations.claims.figures import death_figures, the_toll


@pytest.mark.parametrize(
    ("words", "dead"),
    [
        ("Seven assailants were neutralised and our forces lost four men", [11]),
        ("Twelve soldiers were killed and five attackers neutralised", [17]),
        ("Gunmen killed 12 villagers and the army killed five attackers", [17]),
        ("Two soldiers were killed and two more died in hospital", [4]),
        ("more than 100 terrorists were neutralised", [100]),
    ],
)
def test_dead_of_two_clauses_joined_by_and_add_up(words: str, dead: list[int]) -> None:
    assert death_figures(words) == dead


@pytest.mark.parametrize(
    ("words", "dead"),
    [
        ("At least 9 people were killed and residents said 14 died", [9, 14]),  # another source's
        ("9 were killed and as many as 14 may have died", [9, 14]),  # a guess
        ("killed 9 people on Monday and the death toll rose to 14", [9, 14]),  # a total
        ("killed 12 and wounded 5", [12]),  # the hurt are no dead
    ],
)
def test_other_counts_after_and_stay_apart(words: str, dead: list[int]) -> None:
    assert death_figures(words) == dead


def test_a_sum_states_no_one_toll_to_set_against_another() -> None:
    """The claims board compares one number against another source's; a sum of two is not one."""
    assert the_toll("Seven assailants were neutralised and our forces lost four men") is None
    assert the_toll("more than 100 terrorists were neutralised") == 100
