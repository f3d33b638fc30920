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
