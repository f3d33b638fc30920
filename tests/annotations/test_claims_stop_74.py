"""Claims a newcomer found counted as no source of their event (stop 74): a casualty claim that
tells of a fight, or of casualties suffered, without a figure or a verb of killing, was read as
a need or a lament ("0 sources" on the board). Sentences written for these tests."""

from __future__ import annotations

import pytest

from annotations.claims.no_row import FIGHTING, tells_no_event


@pytest.mark.parametrize(
    "quote",
    [
        "Police and army units put up a stiff fight, with significant casualties on both sides",
        "the garrison mounted a fierce resistance before the town fell",
        "the militia suffered heavy losses in the assault on the market town",
        "government forces sustained serious casualties near the bridge",
    ],
)
def test_a_fight_or_casualties_suffered_tell_of_an_event(quote: str) -> None:
    assert not tells_no_event(quote, "casualties"), quote


@pytest.mark.parametrize(
    "quote",
    [
        "Needs are immediate: food, water and medical care for the wounded",
        "every year the same villages bury their dead",
        "the hospital is preparing for casualties",
        "the fight against corruption will take years",
    ],
)
def test_a_need_a_lament_or_a_fight_of_words_tell_of_none(quote: str) -> None:
    assert tells_no_event(quote, "casualties"), quote


def test_putting_up_a_fight_is_fighting() -> None:
    assert FIGHTING.search("Police and army units put up a stiff fight")
    assert FIGHTING.search("the garrison mounted a fierce resistance")
    assert FIGHTING.search("the fight against corruption will take years") is None
