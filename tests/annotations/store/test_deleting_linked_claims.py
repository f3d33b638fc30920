"""A deleted claim takes the links to it along, in its article and in others, on both backends.

Found by a newcomer: a claim that another claim contradicted was deleted; the other claim then
showed "contradicts ann_… (missing)", its place line went, `fieldmark check` reported "linked
claim … is missing", and the linking claim could no longer be saved (a link must name a claim).
On the server, the deletion was refused as if a claim had been made since."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from annotations.claims.unlinking import claims_linking_to
from annotations.forms.links import link_claims
from annotations.model import Annotation, Article, ClaimAttributes, ClaimLink
from annotations.store import Store
from annotations.store.integrity import check_store

from .backends import BACKENDS, Backend

FIRST = "Rebels said they took Kunduz. The army denied they took Kunduz."
SECOND = "A day later, residents said the rebels held the city."


@pytest.fixture(params=BACKENDS, ids=lambda b: b.name)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    backend: Backend = request.param
    with backend.open(backend.location(tmp_path)) as opened:
        yield opened


def _claim(store: Store, article: Article, phrase: str) -> Annotation:
    start = article.text.index(phrase)
    claim = Annotation.create(article, "claim", start, start + len(phrase), attributes=ClaimAttributes(cue="said"))
    store.add_annotation(claim)
    return claim


def test_a_deleted_claim_takes_the_links_to_it_along_and_undo_brings_them_back(store: Store) -> None:
    first, second = Article.create("Kunduz", FIRST), Article.create("Residents", SECOND)
    store.add_article(first)
    store.add_article(second)
    said = _claim(store, first, "Rebels said they took Kunduz.")
    denied = _claim(store, first, "The army denied they took Kunduz.")
    held = _claim(store, second, "residents said the rebels held the city")
    link_claims(store, first.id, denied.id, ClaimLink("contradicts", first.id, said.id))
    link_claims(store, second.id, held.id, ClaimLink("corroborates", first.id, said.id))
    store.flush()

    linking = claims_linking_to(store, [said])
    assert [c.id for c in linking] == [held.id]  # the other article's; the article's own are the store's to find
    entry = store.delete_annotations(first.id, [said.id], linking=linking)
    assert entry.label.endswith("and 2 claims' links to it")
    for article, claim in ((first, denied), (second, held)):
        kept = store.annotation(article.id, claim.id)
        assert kept.attributes.links == ()  # type: ignore[union-attr]
        store.update_annotation(kept.edited(attributes=replace(kept.attributes, certainty="probable")))  # saved again
    store.flush()
    assert check_store(store) == []

    store.undo()  # the certainty
    store.undo()
    store.undo()  # the deletion: the claim and both links
    assert store.annotation(first.id, denied.id).attributes.links == (ClaimLink("contradicts", first.id, said.id),)  # type: ignore[union-attr]
    assert store.annotation(second.id, held.id).attributes.links == (ClaimLink("corroborates", first.id, said.id),)  # type: ignore[union-attr]
    store.flush()
    assert check_store(store) == []


def test_deleting_a_mention_finds_no_links_to_take(store: Store) -> None:
    first = Article.create("Kunduz", FIRST)
    store.add_article(first)
    rebels = Annotation.create(first, "actor", 0, 6)
    store.add_annotation(rebels)
    assert claims_linking_to(store, [rebels]) == []
    assert store.delete_annotations(first.id, [rebels.id]).label == "delete actor “Rebels”"


def test_a_link_made_while_the_server_is_away_is_taken_along_with_the_claim_it_names(url: str) -> None:
    """Found in review: with the server away, the first accepted claim of an article (kept here,
    not yet sent) linked to a claim that was then deleted. The server's counts said the article
    had no claim, so the search for links did not read it; sent later, the deletion was refused
    ("not sent, others' changes came first") and the claim stayed."""
    from annotations.store.postgres.store import PostgresStore

    from .test_postgres_sent_later import server_away

    ana = PostgresStore(url, readonly=False, create=True, annotator="ana")
    first, second = Article.create("Kunduz", FIRST), Article.create("Residents", SECOND)
    ana.add_article(first)
    ana.add_article(second)
    said = _claim(ana, first, "Rebels said they took Kunduz.")
    for article in (first, second):  # opened in the app before the server went away
        ana.article(article.id), ana.annotations(article.id)
    ana.annotation(first.id, said.id)  # as the claim form's link chooser reads it
    ana.articles()  # the catalog, as the app reads it at start
    told: list[BaseException | None] = []
    ana.set_error_handler(told.append)
    with server_away(ana):
        held = _claim(ana, second, "residents said the rebels held the city")  # kept here
        link_claims(ana, second.id, held.id, ClaimLink("corroborates", first.id, said.id))
        linking = claims_linking_to(ana, [said])
        assert [c.id for c in linking] == [held.id]
        assert ana.delete_annotations(first.id, [said.id], linking=linking).label.endswith("and 1 claim's link to it")
    assert ana.flush()
    assert not [str(t) for t in told if "not sent" in str(t)]  # (the server going and coming is told too)
    assert ana.annotations(first.id) == []
    assert ana.annotation(second.id, held.id).attributes.links == ()  # type: ignore[union-attr]
    assert check_store(ana) == []
    ana.close()


def test_a_link_in_an_article_never_read_here_refuses_the_deletion_when_sent_saying_which(url: str) -> None:
    """Found in review: bo's claim of an article ana never read linked to hers; she deleted hers
    while the server was away (the links could not be looked for). Sent, the deletion was refused
    as "not sent, others' changes came first": it says which claim links to it now."""
    from annotations.store.postgres.store import PostgresStore

    from .test_postgres_sent_later import server_away

    ana = PostgresStore(url, readonly=False, create=True, annotator="ana")
    bo = PostgresStore(url, readonly=False, create=True, annotator="bo")
    first, second = Article.create("Kunduz", FIRST), Article.create("Residents", SECOND)
    ana.add_article(first)
    bo.add_article(second)
    said = _claim(ana, first, "Rebels said they took Kunduz.")
    held = _claim(bo, second, "residents said the rebels held the city")
    link_claims(bo, second.id, held.id, ClaimLink("corroborates", first.id, said.id))
    ana.article(first.id), ana.annotations(first.id), ana.articles()
    told: list[BaseException | None] = []
    ana.set_error_handler(told.append)
    with server_away(ana):
        assert claims_linking_to(ana, [said]) == []  # bo's article cannot be read
        ana.delete_annotations(first.id, [said.id])
    ana.flush()
    refused = [str(t) for t in told if "not sent" in str(t)]
    assert refused == [
        "not sent, others' changes came first: delete claim “Rebels said they took Kunduz.” (the claim “residents "
        "said the rebels held the city” links to “Rebels said they took Kunduz.”)"
    ]
    assert [a.id for a in ana.annotations(first.id)] == [said.id]
    assert check_store(ana) == []
    ana.close()
    bo.close()
