"""Control statuses newcomers found wrong at stop 80 (helper-261, helper-262), on sentences of my own."""

from __future__ import annotations

import pytest

from annotations.text.readings import control_status_near


def status(text: str, place: str) -> str:
    at = text.index(place)
    return control_status_near(text, at, at + len(place))


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        # a hold kept is whoever kept it, not a capture (helper-262's Banibangou)
        ('The army said its soldiers had "retained control of Dosso" after the raid.', "Dosso", "government_held"),
        ("The police kept full control of Dosso throughout the night.", "Dosso", "government_held"),
        ("The rebels said they had maintained control of Dosso.", "Dosso", "captured"),
        # what someone prepares to do (helper-262's "preparing a counter-attack to retake Raghwan")
        ("The army said it was preparing a counter-attack to retake Sirwah and Hareeb.", "Sirwah", "unknown"),
        ("The army said it was preparing a counter-attack to retake Sirwah and Hareeb.", "Hareeb", "unknown"),
        ("The army launched a counter-attack and retook Sirwah on Sunday.", "Sirwah", "retaken"),
        # in the government's hands (helper-261's Debark)
        ("Officials said Kobo remained in government hands on Friday.", "Kobo", "government_held"),
    ],
)
def test_a_hold_kept_an_aim_and_government_hands(text: str, place: str, expected: str) -> None:
    assert status(text, place) == expected


def test_a_town_fought_for_is_contested() -> None:
    """helper-266: "Colombian soldiers fought dissidents … for control of the town of El Plateado" was
    captured (the "control of" a capture's)."""
    text = "Soldiers fought dissidents for control of the town of Argelia on Tuesday."
    assert status(text, "Argelia") == "contested"
    assert status("The rebels took control of Argelia on Monday.", "Argelia") == "captured"
