"""Event rows and their dates found wrong at stop 81 on newcomers' databases, tested on sentences of my own."""

from __future__ import annotations

from datetime import date

import pytest

from annotations.claims.when import claim_date
from annotations.model import Annotation, Article, ClaimAttributes

from ..helpers import span


def _date_of(text: str, words: str) -> tuple[date, int, str] | None:
    article = Article.create("Savanes", text, published="2025-04-21")
    claim = Annotation.create(article, "claim", *span(article, words), attributes=ClaimAttributes())
    when = claim_date(article.text, article.published, claim)
    return None if when is None else (when.day, when.precision, when.source)


@pytest.mark.parametrize(
    "aside",
    [", rebuilt in 2017,", ", formed in 2019 by former rebels,", ", first established in 2012,", ", set up in March,"],
)
def test_when_a_party_came_to_be_is_no_day_of_its_event(aside: str) -> None:
    """helper-262's "Haiti's Armed Forces (FAd'H), rebuilt in 2017, have deployed a small number of
    soldiers to the Centre department" was an event of 2017."""
    text = f"The ministry said the Togolese Armed Forces{aside} have deployed soldiers to Dapaong."
    words = text[text.index("the Togolese") : -1]
    assert _date_of(text, words) == (date(2025, 4, 21), 2, "article")


def test_a_day_beside_an_aside_still_dates_the_event() -> None:
    text = "The Togolese Armed Forces, rebuilt in 2017, deployed soldiers to Dapaong on Saturday."
    assert _date_of(text, text[:-1]) == (date(2025, 4, 19), 1, "text")


def test_a_verb_after_a_subjects_aside_is_the_events() -> None:
    """ "Yemen's Houthi movement, which calls itself Ansar Allah, launched a fresh offensive on Tuesday
    against government positions" is the offensive's day (a first version of the rule above took it
    for an aside)."""
    text = "JNIM, which calls itself a movement, launched an offensive on Saturday against army posts near Dapaong."
    assert _date_of(text, text[:-1]) == (date(2025, 4, 19), 1, "text")
    text = "The Togolese Armed Forces, which were formed anew, appointed a commander on Saturday, officials said."
    assert _date_of(text, text[: text.index(", officials")]) == (date(2025, 4, 19), 1, "text")
