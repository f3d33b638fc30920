"""Stop 95: what helper-357's review of the event rules left wrong before and after stop 94, and what this stop's
helpers (358: a newcomer analyst; 359: a review of event rows on articles of its own) found."""

from __future__ import annotations

import pytest

from annotations.claims.figures import death_figures


@pytest.mark.parametrize(
    ("words", "dead"),
    [
        ("killed three civilians, and two children and about 15 adults were wounded", [3]),  # was [5]
        ("killing two workers and three soldiers were wounded", [2]),  # was [5]
        ("killing two workers and a police sergeant", [3]),  # more dead listed: kept
        ("killing four soldiers and two civilians, officials said", [6]),
    ],
)
def test_people_listed_after_the_dead_and_said_wounded_are_no_dead(words: str, dead: list[int]) -> None:
    """helper-357: "killed three civilians, and two children and about 15 adults were wounded" was a row of 5 dead."""
    assert death_figures(words) == dead


@pytest.mark.parametrize(
    ("words", "dead"),
    [
        ("Our fighters lost three men, but we killed 20", [23]),  # was [3, 20]: the row said 3
        ("we lost two soldiers and our forces killed 14 of the attackers", [16]),
        ("We lost nine men and we killed many of the attackers", [9]),  # "many" is no number
        ("killed eight militants while losing one of their own", [9]),
    ],
)
def test_a_sides_own_losses_and_the_dead_it_killed_are_one_fights(words: str, dead: list[int]) -> None:
    """helper-357: a spokesman's "Our fighters lost three men, but we killed 20" was a row of 3 dead."""
    assert death_figures(words) == dead
