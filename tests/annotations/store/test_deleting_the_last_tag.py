"""An entity made by tagging goes with its last tag (helper-351: a deleted "Telegram" actor came
back after a restart, proposed as "your actor Telegram" wherever the word stood), in the same
undoable step, on both backends; one named elsewhere, or by a claim, stays; a shared list's
entity never tagged stays proposed."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from annotations.entities.usage import UseCounts
from annotations.model import ActorDetails, Annotation, Article, ClaimAttributes, Entity
from annotations.store import Store
from annotations.store.postgres.store import PostgresStore
from annotations.suggest.engine import suggest
from annotations.suggest.review import knowledge_for

from ...helpers import span
from .backends import BACKENDS, Backend
from .team_server import mention

TEXT = (
    "Militants attack\n\nThe militants said on Telegram that they had attacked the base. "
    "A post on Telegram showed the fighters near Kunduz, a police spokesman said.\n"
)


@pytest.fixture(params=BACKENDS, ids=lambda b: b.name)
def store(request: pytest.FixtureRequest, tmp_path) -> Iterator[Store]:  # type: ignore[no-untyped-def]
    backend: Backend = request.param
    with backend.open(backend.location(tmp_path)) as opened:
        yield opened


def tagged(store: Store, article: Article, words: str, entity: Entity, *, new: bool) -> Annotation:
    tag = Annotation.create(article, "actor", *span(article, words), entity_id=entity.id)
    store.add_annotation(tag, new_entity=entity if new else None)
    return tag


def proposed(store: Store, article: Article, uses: UseCounts | None) -> list[str]:
    """The known entities proposed on "Telegram" (None: after a restart, nothing counted)."""
    found = suggest(article.text, knowledge_for(store, article.id, [], uses))
    return [s.entity.name for s in found if s.quote == "Telegram" and s.entity is not None]


def test_the_last_tag_deleted_takes_its_entity_along_and_undo_brings_both_back(store: Store) -> None:
    article = Article.create("Militants attack", TEXT)
    store.add_article(article)
    telegram = Entity.actor("Telegram", ActorDetails("media"))
    tag = tagged(store, article, "Telegram", telegram, new=True)
    assert proposed(store, article, None) == ["Telegram"]  # the second "Telegram", proposed as the tag's
    uses = UseCounts()
    unused = uses.left_unused(store, [tag])
    assert unused == [telegram.id]
    entry = store.delete_annotations(article.id, [tag.id], removed_entities=unused)
    uses.after_change(store, entry.changes)
    assert entry.label == "delete actor “Telegram” and its actor Telegram, named nowhere else"
    assert store.get_entity(telegram.id) is None
    assert proposed(store, article, None) == []  # was ["Telegram", "Telegram"] after a restart
    assert store.undo() is not None
    assert store.get_entity(telegram.id) == telegram
    assert [a.id for a in store.annotations(article.id)] == [tag.id]


def test_an_entity_named_elsewhere_or_by_a_claim_stays(store: Store) -> None:
    one = Article.create("Militants attack", TEXT)
    two = Article.create("Another post", "Another post\n\nA video on Telegram showed the base burning.\n")
    for article in (one, two):
        store.add_article(article)
    telegram = Entity.actor("Telegram", ActorDetails("media"))
    tag = tagged(store, one, "Telegram", telegram, new=True)
    tagged(store, two, "Telegram", telegram, new=False)
    uses = UseCounts()
    assert uses.left_unused(store, [tag]) == []  # named in the other article
    police = Entity.actor("Police")
    said = tagged(store, one, "a police spokesman", police, new=True)
    attributes = ClaimAttributes(claimant_entity_id=police.id, cue="said", claim_type="other")
    claim = Annotation.create(one, "claim", *span(one, "A post on Telegram showed the fighters near Kunduz"),
                              attributes=attributes)  # fmt: skip
    store.add_annotation(claim)
    assert uses.left_unused(store, [said]) == []  # the claim still names the police as its claimant
    store.delete_annotations(one.id, [claim.id])
    assert uses.left_unused(store, [said]) == [police.id]


def test_a_shared_lists_entity_never_tagged_stays_proposed_after_a_count(store: Store) -> None:
    """The count a deletion starts hid every entity no tag named: a team's imported list of actors
    stopped being proposed for the rest of the session after any last tag was deleted."""
    article = Article.create("Militants attack", TEXT)
    store.add_article(article)
    listed = Entity.actor("Telegram", ActorDetails("media"))
    store.put_entity(listed)  # as `entities import` of a list stores it
    police = Entity.actor("Police")
    tag = tagged(store, article, "a police spokesman", police, new=True)
    uses = UseCounts()
    entry = store.delete_annotations(article.id, [tag.id])  # the police kept (no removal asked)
    uses.after_change(store, entry.changes)
    assert uses.built and uses.stale([police.id, listed.id]) == {police.id}
    assert proposed(store, article, uses) == ["Telegram", "Telegram"]


def test_a_teammates_tag_made_meanwhile_keeps_the_entity(url: str) -> None:
    article = Article.create("Militants attack", TEXT)
    with (
        PostgresStore(url, readonly=False, create=True, annotator="ana") as ana,
        PostgresStore(url, readonly=False, create=True, annotator="bo") as bo,
    ):
        ana.add_article(article)
        telegram = Entity.actor("Telegram", ActorDetails("media"))
        tag = tagged(ana, article, "Telegram", telegram, new=True)
        unused = UseCounts().left_unused(ana, [tag])  # counted before bo's tag
        bo.add_annotation(mention(article, "Kunduz", "actor", "bo").edited(entity_id=telegram.id))
        entry = ana.delete_annotations(article.id, [tag.id], removed_entities=unused)
        assert "Telegram kept: tags made since name it" in entry.label
        assert bo.get_entity(telegram.id) is not None
