"""Event rows and tolls, on sentences of our own: the displaced who were killed are counted."""

from __future__ import annotations

import pytest

from annotations.claims.figures import death_figures


@pytest.mark.parametrize(
    ("words", "figures"),
    [
        ("17 displaced people were killed when the shelter was hit", [17]),
        ("a strike killed nine displaced civilians in the camp", [9]),
        ("12 displaced and two killed", [2]),  # the displaced are no dead
        ("30 wounded and five killed", [5]),
    ],
)
def test_the_displaced_who_were_killed_are_counted(words: str, figures: list[int]) -> None:
    """ "21 displaced people … were killed" gave no toll: "displaced" was read as the hurt."""
    assert death_figures(words) == figures
