"""A claim's event date: set by the analyst, else read around the claim, else the article's date."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest

from annotations.claims.when import claim_date
from annotations.cli import run
from annotations.errors import ValidationError
from annotations.forms.inputs import ClaimInput
from annotations.forms.save import save_claim
from annotations.model import Annotation, Article, ClaimAttributes
from annotations.store import Store

from ..helpers import span

TEXT = (
    "Rebels said on Monday that they had captured Kindu. "
    "Officials said the town was calm.\n\n"
    "On 3 June the army said it retook the airport, and aid groups said food had run out."
)


def article(published: str | None = "2021-06-22") -> Article:
    return Article.create("Kindu", TEXT, published=published)


def claim(a: Article, words: str, **attributes: object) -> Annotation:
    return Annotation.create(a, "claim", *span(a, words), attributes=ClaimAttributes(**attributes))  # type: ignore[arg-type]


def test_a_date_in_the_claims_sentence_resolved_against_the_article() -> None:
    a = article()
    when = claim_date(a.text, a.published, claim(a, "they had captured Kindu"))
    assert when is not None and (when.day, when.precision, when.source) == (date(2021, 6, 21), 1, "text")
    assert when.expression == "on Monday" and "from “on Monday”" in when.describe()


def test_the_date_nearest_the_claim_wins_in_its_sentence() -> None:
    a = article()
    when = claim_date(a.text, a.published, claim(a, "food had run out"))
    assert when is not None and when.day == date(2021, 6, 3)


def test_without_a_date_in_the_text_the_articles_date_with_precision_2() -> None:
    a = article()
    when = claim_date(a.text, a.published, claim(a, "the town was calm"))
    assert when is not None and (when.day, when.precision, when.source) == (date(2021, 6, 22), 2, "article")


def test_an_analysts_date_wins_and_no_date_without_one() -> None:
    a = article(published=None)
    assert claim_date(a.text, a.published, claim(a, "the town was calm")) is None
    set_by_hand = claim(a, "the town was calm", event_date="2021-06-19", time_precision=1)
    when = claim_date(a.text, a.published, set_by_hand)
    assert when is not None and (when.day, when.source) == (date(2021, 6, 19), "analyst")


def test_an_article_without_a_date_dates_a_claim_by_a_date_that_says_its_year() -> None:
    """A newcomer's undated article: "said on 15 May 2024 that …" gave no date, and the events
    export left the claim out ("no date"); a weekday or a day without its year still gives none."""
    text = "The army said on 15 May 2024 that it had retaken Kindu. Rebels said on Monday they held the airport."
    a = Article.create("Kindu", text)
    when = claim_date(a.text, a.published, claim(a, "it had retaken Kindu"))
    assert when is not None and (when.day, when.precision, when.source) == (date(2024, 5, 15), 1, "text")
    assert claim_date(a.text, a.published, claim(a, "they held the airport")) is None
    undated_day = Article.create("Kindu", "On 3 June the army said it retook the airport.")
    assert claim_date(undated_day.text, None, claim(undated_day, "it retook the airport")) is None


@pytest.mark.parametrize(("event_date", "precision"), [("19 June", 1), ("2021-13-01", 1), (None, 2), ("2021-06-19", 4)])
def test_an_event_date_must_be_a_date_with_a_precision(event_date: str | None, precision: int) -> None:
    with pytest.raises(ValidationError):
        ClaimAttributes(event_date=event_date, time_precision=precision)


def test_the_form_saves_a_typed_date_and_the_claims_table_carries_it(tmp_path: Path) -> None:
    db = tmp_path / "db"
    with Store.open(db) as store:
        a = article()
        store.add_article(a)
        start, end = span(a, "the town was calm")
        save_claim(store, a, start, end, ClaimInput(cue="said", event_date="20 June 2021"), annotator="ana")
        with pytest.raises(ValidationError):
            save_claim(store, a, *span(a, "food had run out"), ClaimInput(event_date="soon"), annotator="ana")
        save_claim(store, a, *span(a, "they had captured Kindu"), ClaimInput(cue="said"), annotator="ana")
    out = io.StringIO()
    assert run(["export", "--format", "csv", "--db", str(db)], stdout=out) == 0
    rows = {r["claim_text"]: r for r in csv.DictReader(io.StringIO(out.getvalue()))}
    calm = rows["the town was calm"]
    assert (calm["event_date"], calm["time_precision"], calm["date_source"]) == ("2021-06-20", "1", "analyst")
    kindu = rows["they had captured Kindu"]
    assert (kindu["event_date"], kindu["date_source"]) == ("2021-06-21", "text")


def test_a_year_is_said_as_a_year() -> None:
    """Found by a newcomer: the board said "when 2024-01-01 (month, from “in 2024”)"."""
    text = "Police killed 699 people in 2024, the institute said."
    a = Article.create("Rio", text, published="2025-03-01")
    when = claim_date(a.text, a.published, claim(a, "Police killed 699 people in 2024"))
    assert when is not None and when.describe() == "2024-01-01 (from “in 2024”; to the year)"


def test_a_day_told_after_the_claim_is_when_it_was_told_not_the_events_day() -> None:
    """Found by a newcomer: '"Our forces have taken full control of Debre Tabor," … told Reuters by
    telephone on Wednesday' dated the capture Wednesday, with a day's precision, and the events
    export made one row of Tuesday's capture and another of Wednesday's telling. The day stays (the
    event was then or before), its precision is a few days."""
    text = '"Our forces have taken full control of Debre Tabor," a spokesman told Reuters by telephone on Wednesday.'
    a = Article.create("Debre Tabor", text, published="2025-03-06")
    when = claim_date(a.text, a.published, claim(a, "Our forces have taken full control of Debre Tabor"))
    assert when is not None and (when.day, when.precision, when.source) == (date(2025, 3, 5), 2, "text")
    text = "A spokesman said on Wednesday that the fighters had taken Debre Tabor."  # the claim's own day
    a = Article.create("Debre Tabor", text, published="2025-03-06")
    when = claim_date(a.text, a.published, claim(a, "the fighters had taken Debre Tabor"))
    assert when is not None and (when.day, when.precision) == (date(2025, 3, 5), 1)
