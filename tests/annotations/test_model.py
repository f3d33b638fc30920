"""The data model validates every record and round-trips through plain dicts."""

from __future__ import annotations

import pytest

from annotations.errors import ValidationError
from annotations.model import (
    ActorDetails,
    Annotation,
    Article,
    ClaimAttributes,
    ClaimLink,
    DistrictAttributes,
    Entity,
    Grade,
    PlaceDetails,
    article_id_for,
)


def test_article_id_is_derived_from_text() -> None:
    first = Article.create("One title", "Same text.")
    second = Article.create("Another title", "Same text.")
    assert first.id == second.id == article_id_for("Same text.")
    assert Article.create("x", "Other text.").id != first.id


def test_article_rejects_empty_text_and_unknown_status() -> None:
    with pytest.raises(ValidationError, match="must not be empty"):
        Article.create("t", "   ")
    with pytest.raises(ValidationError, match="article status"):
        Article(id="a", title="t", text="x", status="finished")  # type: ignore[arg-type]


def test_annotation_create_takes_quote_and_context(sample_article: Article) -> None:
    start = sample_article.text.index("Imam Sahib")
    annotation = Annotation.create(sample_article, "district", start, start + 10)
    assert annotation.quote == "Imam Sahib"
    assert sample_article.text.endswith(annotation.prefix, 0, start)
    assert len(annotation.prefix) == 32
    assert sample_article.text[start + 10 :].startswith(annotation.suffix)
    assert isinstance(annotation.attributes, DistrictAttributes)
    annotation.validate_against(sample_article)


@pytest.mark.parametrize("start,end", [(-1, 3), (5, 5), (7, 3), (0, 10_000)])
def test_annotation_rejects_spans_outside_the_text(sample_article: Article, start: int, end: int) -> None:
    with pytest.raises(ValidationError):
        Annotation.create(sample_article, "actor", start, end)


def test_annotation_quote_must_match_the_text(sample_article: Article) -> None:
    annotation = Annotation.create(sample_article, "actor", 4, 11)
    assert annotation.quote == "Taliban"
    moved = Annotation.from_dict({**annotation.to_dict(), "start": 5, "end": 12})
    with pytest.raises(ValidationError, match="does not match the text"):
        moved.validate_against(sample_article)
    with pytest.raises(ValidationError, match="quote has"):
        Annotation.from_dict({**annotation.to_dict(), "quote": "Tali"})


def test_annotation_kind_and_attributes_must_agree(sample_article: Article) -> None:
    with pytest.raises(ValidationError, match="annotation kind"):
        Annotation.create(sample_article, "person", 0, 3)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="needs DistrictAttributes"):
        Annotation.create(sample_article, "district", 0, 3, attributes=ClaimAttributes())


def test_attribute_values_are_checked() -> None:
    with pytest.raises(ValidationError, match="control status"):
        DistrictAttributes(control_status="fallen")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="claim type"):
        ClaimAttributes(claim_type="rumour")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="certainty"):
        ClaimAttributes(certainty="maybe")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="source reliability"):
        Grade("G", 1)  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="information credibility"):
        Grade("A", 7)
    with pytest.raises(ValidationError, match="link type"):
        ClaimLink("supports", "a", "b")  # type: ignore[arg-type]
    assert Grade.parse(" b2 ") == Grade("B", 2)
    assert str(Grade("C", 3)) == "C3"


def test_claim_round_trips_through_dicts(sample_article: Article) -> None:
    start = sample_article.text.index("“Dozens")
    end = sample_article.text.index("May 1,”") + len("May 1,”")
    attributes = ClaimAttributes(
        claimant_annotation_id="ann_x",
        cue="noted",
        claim_type="territorial_control",
        places=("place_1",),
        actors=("actor_1",),
        certainty="certain",
        grade=Grade("B", 2),
        links=(ClaimLink("contradicts", "other", "ann_y"),),
        note="compare with the ministry",
    )
    claim = Annotation.create(sample_article, "claim", start, end, attributes=attributes, annotator="ana")
    again = Annotation.from_dict(claim.to_dict())
    assert again == claim
    assert again.quote.startswith("“Dozens of districts")


def test_entities_validate_their_details() -> None:
    kunduz = Entity.place(
        "Kunduz",
        PlaceDetails("province", "Kunduz", "Afghanistan", {"iso3166_2": "AF-KDZ"}, 36.7, 68.8, "pycountry"),
    )
    assert Entity.from_dict(kunduz.to_dict()) == kunduz
    taliban = Entity.actor("Taliban", ActorDetails("rebel_group", aliases=("the insurgents",)))
    assert list(taliban.names()) == ["Taliban", "the insurgents"]
    assert Entity.from_dict(taliban.to_dict()) == taliban
    with pytest.raises(ValidationError, match="latitude"):
        PlaceDetails(latitude=123.0)
    with pytest.raises(ValidationError, match="actor type"):
        ActorDetails("terrorists")  # type: ignore[arg-type]
    with pytest.raises(ValidationError, match="needs PlaceDetails"):
        Entity("x", "place", "X", ActorDetails())


def test_a_timestamp_is_utc_with_milliseconds_and_now() -> None:
    from datetime import UTC, datetime

    from annotations.model.identity import now_iso

    stamp = now_iso()
    assert len(stamp) == len("2026-11-29T23:50:03.123+00:00") and stamp.endswith("+00:00")
    assert abs((datetime.fromisoformat(stamp) - datetime.now(UTC)).total_seconds()) < 2
    assert now_iso() >= stamp  # written again from the same second, in order
