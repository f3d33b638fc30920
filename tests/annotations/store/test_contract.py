"""What every backend of the `Store` interface promises, run on each backend (see `backends`).

Reads return what was stored; every change is one undoable step that survives a reopen; ids
named by annotations must exist; read-only means read-only; merges never overwrite; bulk reads
see every article; rejected suggestions are per article and undoable; gazetteers travel with
the database.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from annotations.errors import NotFoundError, ReadOnlyError, ValidationError
from annotations.model import (
    ActorDetails,
    Annotation,
    Article,
    ClaimAttributes,
    ClaimLink,
    DistrictAttributes,
    Entity,
    PlaceDetails,
)
from annotations.store import Store
from annotations.store.integrity import check_store

from ...conftest import SAMPLE_BODY, SAMPLE_TITLE
from ...helpers import span
from .backends import BACKENDS, Backend

OTHER_TEXT = "Officials in Herat said the Taliban withdrew from two districts overnight."


@pytest.fixture(params=BACKENDS, ids=lambda b: b.name)
def backend(request: pytest.FixtureRequest) -> Backend:
    return request.param  # type: ignore[no-any-return]


@pytest.fixture
def where(backend: Backend, tmp_path: Path) -> str:
    return backend.location(tmp_path)


@pytest.fixture
def reopen(backend: Backend, where: str) -> Callable[..., Store]:
    return lambda readonly=False: backend.open(where, readonly=readonly)


@pytest.fixture
def article() -> Article:
    from annotations.text.normalize import normalize_text

    return Article.create(SAMPLE_TITLE, normalize_text(SAMPLE_BODY), source="test://contract")


@pytest.fixture
def store(reopen: Callable[..., Store], article: Article) -> Iterator[Store]:
    with reopen() as opened:
        opened.add_article(article)
        yield opened


def tag(store: Store, article: Article, kind: str, phrase: str, nth: int = 0, **kwargs: object) -> Annotation:
    start, end = span(article, phrase, nth)
    annotation = Annotation.create(article, kind, start, end, annotator="ana", **kwargs)  # type: ignore[arg-type]
    store.add_annotation(annotation)
    return annotation


# --- articles -----------------------------------------------------------------------------


def test_an_article_is_stored_once_and_found_by_prefix(store: Store, article: Article) -> None:
    assert store.add_article(article) is False
    assert [s.id for s in store.articles()] == [article.id]
    assert store.article(article.id) == article
    assert store.find_article(article.id[:5]).id == article.id
    assert store.has_article(article.id) and not store.has_article("nope")
    with pytest.raises(NotFoundError):
        store.article("nope")
    summary = store.summary(article.id)
    assert (summary.title, summary.chars, summary.status) == (article.title, len(article.text), "todo")


def test_articles_keep_their_import_order(store: Store) -> None:
    later = Article.create("Herat", OTHER_TEXT)
    store.add_article(later)
    assert [s.title for s in store.articles()] == [SAMPLE_TITLE, "Herat"]
    assert len(store) == 2


def test_the_first_article_is_the_first_of_the_list(store: Store, reopen: Callable[..., Store]) -> None:
    first = store.articles()[0].id
    store.add_article(Article.create("Later", OTHER_TEXT))
    assert store.first_article() == first
    store.close()
    with reopen() as again:
        assert again.first_article() == first == again.articles()[0].id


def test_an_article_id_must_match_its_text(store: Store) -> None:
    forged = replace(Article.create("x", "Some text here."), id="0123456789abcdef")
    with pytest.raises(ValidationError):
        store.add_article(forged)


# --- annotations and the undo history -------------------------------------------------------


def test_annotations_come_back_in_text_order_with_counts(store: Store, article: Article) -> None:
    kunduz = tag(store, article, "district", "Kunduz")
    taliban = tag(store, article, "actor", "Taliban")
    assert [a.id for a in store.annotations(article.id)] == [taliban.id, kunduz.id]
    assert store.annotation(article.id, kunduz.id) == kunduz
    assert [a.id for a in store.annotations(article.id, kind="district")] == [kunduz.id]
    summary = store.summary(article.id)
    assert (summary.count("district"), summary.count("actor"), summary.status) == (1, 1, "in_progress")
    with pytest.raises(NotFoundError):
        store.annotation(article.id, "ann_missing")


def test_every_change_is_undone_and_redone_across_a_reopen(
    store: Store, reopen: Callable[..., Store], article: Article
) -> None:
    actor = tag(store, article, "actor", "Taliban")
    edited = actor.edited(attributes=replace(actor.attributes, note="the group"))
    store.update_annotation(edited)
    store.set_status(article.id, "done")
    store.delete_annotation(article.id, actor.id)
    store.close()
    seen = []
    for _ in range(4):
        with reopen() as again:
            seen.append((again.summary(article.id).status, [a.attributes for a in again.annotations(article.id)]))
            assert again.undo() is not None
    assert seen == [
        ("done", []),
        ("done", [edited.attributes]),
        ("in_progress", [edited.attributes]),
        ("in_progress", [actor.attributes]),
    ]
    with reopen() as again:
        assert again.annotations(article.id) == [] and again.summary(article.id).status == "todo"
        assert again.undo() is None
        for _ in range(4):
            assert again.redo() is not None
        assert again.redo() is None
        assert again.summary(article.id).status == "done" and again.annotations(article.id) == []
        assert check_store(again) == []


def test_a_new_change_after_undo_drops_the_redo(store: Store, article: Article) -> None:
    tag(store, article, "actor", "Taliban")
    store.undo()
    tag(store, article, "district", "Kunduz")
    assert store.redo() is None
    assert [a.quote for a in store.annotations(article.id)] == ["Kunduz"]


def test_a_batch_with_the_entities_it_brings_is_one_step(store: Store, article: Article) -> None:
    taliban = Entity.actor("Taliban", ActorDetails("rebel_group"))
    items = []
    for nth in range(2):
        start, end = span(article, "Taliban", nth)
        items.append((Annotation.create(article, "actor", start, end, entity_id=taliban.id), taliban))
    entry = store.add_annotations(items, label="accept actor “Taliban” ×2")
    assert entry.label == "accept actor “Taliban” ×2"
    assert [a.entity_id for a in store.annotations(article.id)] == [taliban.id, taliban.id]
    assert store.entity(taliban.id) == taliban
    store.undo()
    assert store.annotations(article.id) == [] and store.get_entity(taliban.id) is None


def test_a_step_edits_adds_and_removes_records_across_articles_and_undoes_whole(
    store: Store, reopen: Callable[..., Store], article: Article
) -> None:
    """What merging entities is made of: annotations edited in two articles, a new mention, an
    entity edited and one removed, as one step that undoes and redoes whole, across a reopen."""
    other = Article.create("Another", "The Taleban entered Kunduz. The Taleban said so.", source="test://other")
    store.add_article(other)
    keep, gone = Entity.actor("Taliban", ActorDetails("rebel_group")), Entity.actor("Taleban")
    first = Annotation.create(article, "actor", *span(article, "Taliban"), entity_id=keep.id)
    store.add_annotation(first, new_entity=keep)
    theirs = Annotation.create(other, "actor", *span(other, "Taleban"), entity_id=gone.id)
    store.add_annotation(theirs, new_entity=gone)
    fresh = Annotation.create(other, "actor", *span(other, "Taleban", 1), entity_id=keep.id)
    learnt = replace(keep, details=ActorDetails("rebel_group", aliases=("Taleban",)))
    entry = store.record_step(
        "merge Taleban into Taliban",
        annotations=[theirs.edited(entity_id=keep.id), fresh],
        entities=[learnt],
        removed_entities=[gone.id],
    )
    assert entry.article_ids == [other.id]
    assert [a.entity_id for a in store.annotations(other.id)] == [keep.id, keep.id]
    assert store.get_entity(gone.id) is None and store.entity(keep.id).details.aliases == ("Taleban",)
    assert check_store(store) == []
    store.close()
    with reopen() as again:
        again.undo()
        assert [a.entity_id for a in again.annotations(other.id)] == [gone.id]
        assert again.entity(gone.id).name == "Taleban" and again.entity(keep.id).details.aliases == ()
        again.redo()
        assert [a.entity_id for a in again.annotations(other.id)] == [keep.id, keep.id]
        assert check_store(again) == []
    with reopen() as again, pytest.raises(ValidationError):
        again.record_step("dangling", annotations=[fresh.edited(entity_id="actor_nowhere")])


def test_ids_an_annotation_names_must_exist(store: Store, article: Article) -> None:
    start, end = span(article, "Taliban")
    with pytest.raises(ValidationError, match="unknown entity"):
        store.add_annotation(Annotation.create(article, "actor", start, end, entity_id="actor_nope"))
    orphan = ClaimAttributes(claimant_annotation_id="ann_nope")
    with pytest.raises(ValidationError, match="claimant"):
        store.add_annotation(Annotation.create(article, "claim", start, end, attributes=orphan))
    actor = tag(store, article, "actor", "Taliban")
    to_actor = ClaimAttributes(links=(ClaimLink("corroborates", article.id, actor.id),))
    quote = span(article, "Dozens of districts")
    with pytest.raises(ValidationError, match="not a claim"):
        store.add_annotation(Annotation.create(article, "claim", *quote, attributes=to_actor))
    nowhere = ClaimAttributes(links=(ClaimLink("contradicts", article.id, "ann_gone"),))
    with pytest.raises(ValidationError, match="does not exist"):
        store.add_annotation(Annotation.create(article, "claim", *quote, attributes=nowhere))
    misplaced = replace(
        Annotation.create(Article.create("Other", "Some other text."), "actor", 0, 4), article_id=article.id
    )
    with pytest.raises(ValidationError, match="does not match the text"):
        store.add_annotation(misplaced)
    assert [a.id for a in store.annotations(article.id)] == [actor.id]


def test_claims_link_to_claims_in_other_articles(store: Store, article: Article) -> None:
    other = Article.create("Herat", OTHER_TEXT)
    store.add_article(other)
    there = tag(store, other, "claim", "the Taliban withdrew from two districts")
    links = (ClaimLink("contradicts", other.id, there.id),)
    here = tag(store, article, "claim", "Dozens of districts", attributes=ClaimAttributes(links=links))
    stored = store.annotation(article.id, here.id).attributes
    assert isinstance(stored, ClaimAttributes) and stored.links == links


def test_deleting_a_claimant_leaves_the_claim_its_entity(store: Store, article: Article) -> None:
    agency = Entity.actor("Tasnim News Agency", ActorDetails("media"))
    start, end = span(article, "Tasnim News Agency")
    source = Annotation.create(article, "actor", start, end, entity_id=agency.id)
    store.add_annotation(source, new_entity=agency)
    claim = tag(
        store, article, "claim", "Dozens of districts", attributes=ClaimAttributes(claimant_annotation_id=source.id)
    )
    store.delete_annotation(article.id, source.id)
    kept = store.annotation(article.id, claim.id).attributes
    assert isinstance(kept, ClaimAttributes)
    assert (kept.claimant_annotation_id, kept.claimant_entity_id) == (None, agency.id)
    store.undo()
    restored = store.annotation(article.id, claim.id).attributes
    assert isinstance(restored, ClaimAttributes) and restored.claimant_annotation_id == source.id


def test_every_mention_of_an_actor_is_deleted_in_one_step(store: Store, article: Article) -> None:
    taliban = Entity.actor("Taliban", ActorDetails("rebel_group"))
    first = Annotation.create(article, "actor", *span(article, "Taliban", 0), entity_id=taliban.id)
    store.add_annotation(first, new_entity=taliban)
    second = tag(store, article, "actor", "Taliban", 1, entity_id=taliban.id)
    claim = tag(
        store, article, "claim", "Dozens of districts", attributes=ClaimAttributes(claimant_annotation_id=second.id)
    )
    entry = store.delete_annotations(article.id, [first.id, second.id])
    assert entry.label == "delete 2 mentions of “Taliban”"
    assert [a.id for a in store.annotations(article.id)] == [claim.id]
    kept = store.annotation(article.id, claim.id).attributes
    assert isinstance(kept, ClaimAttributes) and (kept.claimant_annotation_id, kept.claimant_entity_id) == (
        None,
        taliban.id,
    )
    store.undo()
    assert {a.id for a in store.annotations(article.id)} == {first.id, second.id, claim.id}
    restored = store.annotation(article.id, claim.id).attributes
    assert isinstance(restored, ClaimAttributes) and restored.claimant_annotation_id == second.id


def test_rejections_are_counted_across_the_corpus_and_follow_undo(store: Store, article: Article) -> None:
    other = Article.create("Other", "Police said the Taliban withdrew from two districts of Kabul.")
    store.add_article(other)
    store.set_rejections(article.id, {"district:Kabul", "actor:police"}, label="reject")
    store.set_rejections(other.id, {"district:Kabul"}, label="reject")
    assert store.rejection_counts() == {"district:Kabul": 2, "actor:police": 1}
    store.undo()
    assert store.rejection_counts() == {"district:Kabul": 1, "actor:police": 1}


def test_an_articles_date_and_source_are_set_undone_and_kept(store: Store, article: Article, reopen) -> None:
    entry = store.set_details(article.id, published="2021-06-22", source="https://example.org/a")
    assert entry is not None
    assert (store.article(article.id).published, store.summary(article.id).source) == (
        "2021-06-22",
        "https://example.org/a",
    )
    assert store.set_details(article.id, published="2021-06-22", source="https://example.org/a") is None
    with pytest.raises(ValidationError):
        store.set_details(article.id, published="June", source="")
    store.undo()
    assert store.article(article.id).published is None
    store.redo()
    store.close()
    with reopen() as again:
        assert again.article(article.id).published == "2021-06-22"


# --- entities -------------------------------------------------------------------------------


def test_entities_are_listed_by_kind_and_name_and_undoable(store: Store) -> None:
    kunduz = Entity.place("Kunduz", PlaceDetails("province", country="Afghanistan"))
    taliban = Entity.actor("Taliban", ActorDetails("rebel_group"))
    army = Entity.actor("afghan army", ActorDetails("state_forces"))
    for entity in (kunduz, taliban, army):
        store.put_entity(entity)
    assert [e.name for e in store.entities()] == ["afghan army", "Taliban", "Kunduz"]
    assert [e.id for e in store.entities("place")] == [kunduz.id]
    renamed = replace(taliban, name="Taliban movement")
    store.put_entity(renamed)
    assert store.entity(taliban.id).name == "Taliban movement"
    store.undo()
    assert store.entity(taliban.id) == taliban
    assert store.get_entity(None) is None and store.get_entity("nope") is None


# --- rejected suggestions -----------------------------------------------------------------


def test_rejections_are_per_article_undoable_and_kept(
    store: Store, reopen: Callable[..., Store], article: Article
) -> None:
    other = Article.create("Herat", OTHER_TEXT)
    store.add_article(other)
    store.set_rejections(article.id, {"district:Kabul"}, label="reject district “Kabul”")
    store.set_rejections(article.id, store.rejections(article.id) | {"actor:officials"}, label="reject actor")
    assert store.rejections(article.id) == {"district:Kabul", "actor:officials"}
    assert store.rejections(other.id) == frozenset()
    store.undo()
    assert store.rejections(article.id) == {"district:Kabul"}
    store.close()
    with reopen() as again:
        assert again.rejections(article.id) == {"district:Kabul"}
        again.redo()
        assert again.rejections(article.id) == {"district:Kabul", "actor:officials"}


# --- read-only, snapshots, release ---------------------------------------------------------


def test_read_only_refuses_every_change(store: Store, reopen: Callable[..., Store], article: Article) -> None:
    tag(store, article, "actor", "Taliban")
    store.close()
    with reopen(readonly=True) as reader:
        assert reader.readonly and len(reader.annotations(article.id)) == 1
        changes: list[Callable[[], object]] = [
            lambda: reader.set_status(article.id, "done"),
            lambda: tag(reader, article, "district", "Kunduz"),
            lambda: reader.put_entity(Entity.actor("X")),
            lambda: reader.set_rejections(article.id, {"a:b"}, label="x"),
            lambda: reader.undo(),
            lambda: reader.add_article(Article.create("Herat", OTHER_TEXT)),
            lambda: reader.save_gazetteer("g", lambda path: path.write_bytes(b"x")),
        ]
        for change in changes:
            with pytest.raises(ReadOnlyError):
                change()


def test_a_snapshot_shows_what_is_saved(store: Store, article: Article) -> None:
    tag(store, article, "district", "Kunduz")
    assert store.flush()
    with store.snapshot() as snapshot:
        assert snapshot.readonly
        assert [a.quote for a in snapshot.annotations(article.id)] == ["Kunduz"]


def test_bulk_reads_see_every_article_and_let_go_of_them(store: Store, article: Article) -> None:
    others = [Article.create(f"Report {n}", f"{OTHER_TEXT} Report {n}.") for n in range(5)]
    for other in others:
        store.add_article(other)
    tag(store, others[2], "district", "Herat")
    assert store.flush()
    store.release([a.id for a in others])
    seen = [(a.title, len(rows)) for a, rows in store.iter_articles()]
    assert seen == [(SAMPLE_TITLE, 0)] + [(f"Report {n}", 1 if n == 2 else 0) for n in range(5)]
    assert not any(store.is_loaded(a.id) for a in others)


def test_an_unsaved_article_is_never_let_go(store: Store, article: Article) -> None:
    tag(store, article, "district", "Kunduz")
    store.release([article.id])  # whether or not the change is saved yet, it must not be lost
    assert [a.quote for a in store.annotations(article.id)] == ["Kunduz"]


# --- merging imports -------------------------------------------------------------------------


def test_merging_never_overwrites_anyones_work(store: Store, article: Article) -> None:
    ours = tag(store, article, "district", "Kunduz")
    theirs = replace(ours, annotator="bo", attributes=DistrictAttributes("captured"))
    mine_changed = replace(ours, attributes=DistrictAttributes("retaken"))
    new = Annotation.create(article, "actor", *span(article, "Taliban"), annotator="bo")
    counts = store.merge_annotations(article.id, [ours, theirs, mine_changed, new])
    assert counts == {"same": 1, "renamed": 1, "kept": 1, "added": 1}
    assert len(store.annotations(article.id)) == 3
    assert store.annotation(article.id, ours.id) == ours
    assert store.merge_annotations(article.id, [theirs]) == {"same": 1, "renamed": 0, "kept": 0, "added": 0}
    entity = Entity.actor("Taliban")
    assert store.merge_entity(entity) == "added"
    assert store.merge_entity(entity) == "same"
    assert store.merge_entity(replace(entity, name="Other")) == "kept"


# --- gazetteers ----------------------------------------------------------------------------


def writes(content: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(content)


def test_gazetteers_travel_with_the_database(store: Store, reopen: Callable[..., Store]) -> None:
    before = store.gazetteer_stamp()
    stored = store.save_gazetteer("my districts", writes(b"an index"))
    assert store.gazetteers() == [stored]
    assert store.gazetteer_path(stored).read_bytes() == b"an index"
    assert store.gazetteer_stamp() != before
    again = store.gazetteer_stamp()
    store.save_gazetteer("my districts", writes(b"another index"))  # replaced, the stamp says so
    assert store.gazetteers() == [stored] and store.gazetteer_stamp() != again
    store.close()
    with reopen(readonly=True) as reader:
        assert reader.gazetteer_path(stored).read_bytes() == b"another index"


def test_a_gazetteer_whose_writing_fails_is_not_kept(store: Store) -> None:
    stored = store.save_gazetteer("districts", writes(b"kept"))

    def fails(path: Path) -> None:
        path.write_bytes(b"half")
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        store.save_gazetteer("districts", fails)
    with pytest.raises(OSError):
        store.save_gazetteer("other", fails)
    assert store.gazetteers() == [stored]
    assert store.gazetteer_path(stored).read_bytes() == b"kept"


# --- the history's own health ----------------------------------------------------------------


def test_a_healthy_history_has_no_problems_and_a_reset_forgets_it(store: Store, article: Article) -> None:
    tag(store, article, "district", "Kunduz")
    assert store.history_problems() == []
    store.reset_history()
    assert store.undo() is None and store.history_problems() == []
    assert [a.quote for a in store.annotations(article.id)] == ["Kunduz"]


def test_gazetteer_names_in_any_script_are_kept_apart(store: Store) -> None:
    first = store.save_gazetteer("ولایات", writes(b"Alpha"))
    second = store.save_gazetteer("ولسوالی", writes(b"Beta"))
    odd = store.save_gazetteer("places (2024)", writes(b"Gamma"))
    assert len({first, second, odd}) == 3
    assert sorted(store.gazetteers()) == sorted([first, second, odd])
    assert [store.gazetteer_path(name).read_bytes() for name in (first, second, odd)] == [b"Alpha", b"Beta", b"Gamma"]
