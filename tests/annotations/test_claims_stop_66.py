"""Event rows and tolls, on sentences of our own: the displaced who were killed are counted; an
adjudicated article's claims are its curated ones (a newcomer's two analysts)."""

from __future__ import annotations

import pytest

from annotations.claims.board import board_claims
from annotations.claims.figures import death_figures
from annotations.model import Annotation, Article
from annotations.store import Store
from annotations.team.adjudication import CURATOR

from ..helpers import span


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


def test_kin_said_to_be_wounded_are_no_dead_where_no_number_is_stated() -> None:
    """The dead told one by one with their kin were counted in two places, one of which left out
    kin said to be wounded: "a herder was shot dead and his three sons were wounded" was 4."""
    assert death_figures("a herder was shot dead and his three sons were wounded") == [1]
    assert death_figures("a herder was shot dead and his three sons") == [4]


def test_an_adjudicated_article_gives_its_curated_claims_alone(store: Store) -> None:
    """A newcomer's two analysts and their adjudication: the board counted one claim three times
    (each analyst's copy and the curated one) and the events export gave the event twice."""
    text = "The army said on Monday that it had killed 12 rebels near Kadugli."
    article = Article.create("Kadugli", text)
    store.add_article(article)
    for who in ("ana", "bob", CURATOR):
        store.add_annotation(
            Annotation.create(article, "claim", *span(article, "it had killed 12 rebels"), annotator=who)
        )
    other = Article.create("Dilling", "Residents said shells hit the market in Dilling.")
    store.add_article(other)
    for who in ("ana", "bob"):  # not adjudicated: every analyst's, a claim tagged alike once (stop 98)
        store.add_annotation(Annotation.create(other, "claim", *span(other, "shells hit the market"), annotator=who))
    store.add_annotation(
        Annotation.create(other, "claim", *span(other, "shells hit the market in Dilling"), annotator="bob")
    )
    claims = sorted((c.article_id, c.quote) for c in board_claims(store))
    assert claims == sorted(
        [
            (article.id, "it had killed 12 rebels"),
            (other.id, "shells hit the market"),  # one analyst's copy
            (other.id, "shells hit the market in Dilling"),
        ]
    )
    assert {c.facts.annotator for c in board_claims(store) if c.article_id == article.id} == {CURATOR}
    assert len(list(board_claims(store, every_analyst=True))) == 6
