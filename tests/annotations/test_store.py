"""The store: durable, undoable, single-writer, and it never overwrites what it cannot read."""

from __future__ import annotations

import errno
import subprocess
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest

from annotations.errors import (
    CorruptDatabaseError,
    DatabaseLockedError,
    ReadOnlyError,
    SchemaTooNewError,
    StoreError,
    ValidationError,
)
from annotations.model import (
    ActorDetails,
    Annotation,
    Article,
    ClaimAttributes,
    DistrictAttributes,
    Entity,
)
from annotations.store import Store, atomic, tinyfiles
from annotations.store.integrity import check_store
from annotations.store.layout import HISTORY_BLOCK as BLOCK_SIZE

from ..helpers import span


def add(
    store: Store,
    article: Article,
    kind: str,
    phrase: str,
    new_entity: Entity | None = None,
    **kwargs: object,
) -> Annotation:
    start, end = span(article, phrase)
    annotation = Annotation.create(article, kind, start, end, annotator="ana", **kwargs)  # type: ignore[arg-type]
    store.add_annotation(annotation, new_entity=new_entity)
    return annotation


def test_articles_are_stored_once(store: Store, sample_article: Article) -> None:
    assert store.add_article(sample_article) is True
    assert store.add_article(sample_article) is False
    assert [a.id for a in store.articles()] == [sample_article.id]
    assert store.article(sample_article.id) == sample_article
    assert store.find_article(sample_article.id[:6]).id == sample_article.id


def test_changes_survive_reopen(db_path: Path, sample_article: Article) -> None:
    taliban = Entity.actor("Taliban", ActorDetails("rebel_group"))
    with Store.open(db_path) as store:
        store.add_article(sample_article)
        start, end = span(sample_article, "Taliban")
        actor = Annotation.create(sample_article, "actor", start, end, entity_id=taliban.id)
        store.add_annotation(actor, new_entity=taliban)
        start, end = span(sample_article, "Imam Sahib")
        district = Annotation.create(sample_article, "district", start, end, attributes=DistrictAttributes("captured"))
        store.add_annotation(district)
    with Store.open(db_path) as store:
        assert [a.quote for a in store.annotations(sample_article.id)] == ["Taliban", "Imam Sahib"]
        assert store.annotation(sample_article.id, district.id) == district
        assert store.entity(taliban.id) == taliban
        summary = store.summary(sample_article.id)
        assert summary.count("actor") == 1 and summary.count("district") == 1
        assert summary.status == "in_progress"
        assert check_store(store) == []


def test_undo_and_redo_every_kind_of_change_across_restarts(db_path: Path, sample_article: Article) -> None:
    with Store.open(db_path) as store:
        store.add_article(sample_article)
        actor = add(store, sample_article, "actor", "Taliban")
        edited = actor.edited(attributes=replace(actor.attributes, note="the group"))
        store.update_annotation(edited)
        store.set_status(sample_article.id, "done")
        store.delete_annotation(sample_article.id, actor.id)
    states = []
    for _ in range(4):
        with Store.open(db_path) as store:
            states.append(
                (
                    store.summary(sample_article.id).status,
                    [a.attributes for a in store.annotations(sample_article.id)],
                )
            )
            assert store.undo() is not None
    with Store.open(db_path) as store:
        assert store.annotations(sample_article.id) == []
        assert store.summary(sample_article.id).status == "todo"
        assert store.undo() is None
    assert states == [
        ("done", []),
        ("done", [edited.attributes]),
        ("in_progress", [edited.attributes]),
        ("in_progress", [actor.attributes]),
    ]
    for _ in range(4):
        with Store.open(db_path) as store:
            assert store.redo() is not None
    with Store.open(db_path) as store:
        assert store.redo() is None
        assert store.annotations(sample_article.id) == []
        assert store.summary(sample_article.id).status == "done"
        assert check_store(store) == []


def test_a_new_change_after_undo_drops_the_redo(loaded_store: Store, sample_article: Article) -> None:
    add(loaded_store, sample_article, "actor", "Taliban")
    loaded_store.undo()
    add(loaded_store, sample_article, "district", "Kunduz")
    assert loaded_store.redo() is None
    assert [a.quote for a in loaded_store.annotations(sample_article.id)] == ["Kunduz"]


def test_deleting_a_claimant_keeps_the_claim_pointing_at_its_entity(
    loaded_store: Store, sample_article: Article
) -> None:
    agency = Entity.actor("Tasnim News Agency", ActorDetails("media"))
    source = add(
        loaded_store,
        sample_article,
        "actor",
        "Tasnim News Agency",
        entity_id=agency.id,
        new_entity=agency,
    )
    start, end = span(sample_article, "“Dozens of districts have fallen to the Taliban since May 1,”")
    claim = Annotation.create(
        sample_article,
        "claim",
        start,
        end,
        attributes=ClaimAttributes(claimant_annotation_id=source.id, cue="noted"),
    )
    loaded_store.add_annotation(claim)
    loaded_store.delete_annotation(sample_article.id, source.id)
    kept = loaded_store.annotation(sample_article.id, claim.id).attributes
    assert isinstance(kept, ClaimAttributes)
    assert kept.claimant_annotation_id is None and kept.claimant_entity_id == agency.id
    loaded_store.undo()
    restored = loaded_store.annotation(sample_article.id, claim.id).attributes
    assert isinstance(restored, ClaimAttributes) and restored.claimant_annotation_id == source.id


def test_references_must_exist(loaded_store: Store, sample_article: Article) -> None:
    start, end = span(sample_article, "Taliban")
    with pytest.raises(ValidationError, match="unknown entity"):
        loaded_store.add_annotation(Annotation.create(sample_article, "actor", start, end, entity_id="actor_nope"))
    claim = Annotation.create(
        sample_article,
        "claim",
        start,
        end,
        attributes=ClaimAttributes(claimant_annotation_id="ann_nope"),
    )
    with pytest.raises(ValidationError, match="claimant"):
        loaded_store.add_annotation(claim)
    other = Article.create("Other", "Some other text entirely.")
    misplaced = replace(Annotation.create(other, "actor", 0, 4), article_id=sample_article.id)
    with pytest.raises(ValidationError, match="does not match the text"):
        loaded_store.add_annotation(misplaced)
    assert loaded_store.annotations(sample_article.id) == []


def test_readonly_store_refuses_changes(db_path: Path, sample_article: Article) -> None:
    with Store.open(db_path) as store:
        store.add_article(sample_article)
    with Store.open(db_path, readonly=True) as store:
        assert store.article(sample_article.id) == sample_article
        with pytest.raises(ReadOnlyError):
            store.set_status(sample_article.id, "done")
        with pytest.raises(ReadOnlyError):
            add(store, sample_article, "actor", "Taliban")


def test_readonly_open_of_a_missing_database_fails_clearly(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no database here"):
        Store.open(tmp_path / "missing", readonly=True)
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="is a file"):
        Store.open(tmp_path / "file")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "notes.txt").write_text("mine")
    with pytest.raises(StoreError, match="not a Fieldmark database"):
        Store.open(tmp_path / "other")


HOLDER = textwrap.dedent(
    """
    import sys, time
    from annotations.store import Store
    store = Store.open(sys.argv[1])
    print("ready", flush=True)
    sys.stdin.readline()
    store.close()
    """
)


def test_a_second_writer_is_told_the_pid_and_can_still_read(db_path: Path, sample_article: Article) -> None:
    with Store.open(db_path) as store:
        store.add_article(sample_article)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        with pytest.raises(DatabaseLockedError, match=f"in use by PID {holder.pid}"):
            Store.open(db_path)
        with Store.open(db_path, readonly=True) as reader:
            assert reader.article(sample_article.id).title == sample_article.title
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(10)
    with Store.open(db_path) as store:  # free again once the holder is gone
        assert len(store) == 1


def test_a_lock_left_by_a_killed_process_is_taken_over(db_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
    holder.kill()
    holder.wait(10)
    with Store.open(db_path) as store:
        assert len(store) == 0


@pytest.mark.parametrize("damage", [b'{"articles": {"x": ', b"", b"[1, 2, 3]", b"\x00\xff garbage"])
def test_a_corrupt_file_is_reported_and_left_untouched(db_path: Path, sample_article: Article, damage: bytes) -> None:
    with Store.open(db_path) as store:
        store.add_article(sample_article)
    (shard,) = (db_path / "catalog").glob("*.json")
    shard.write_bytes(damage)
    before = {p: p.read_bytes() for p in db_path.rglob("*") if p.is_file()}
    with pytest.raises(CorruptDatabaseError) as caught:
        Store.open(db_path)
    assert str(shard) in str(caught.value) and "left untouched" in str(caught.value)
    with pytest.raises(CorruptDatabaseError):
        Store.open(db_path, readonly=True)
    after = {p: p.read_bytes() for p in db_path.rglob("*") if p.is_file() and p.name != "writer.pid"}
    assert after == {p: b for p, b in before.items() if p.name != "writer.pid"}


def test_a_corrupt_article_file_is_reported_when_read(db_path: Path, sample_article: Article) -> None:
    with Store.open(db_path) as store:
        store.add_article(sample_article)
    (db_path / "articles" / f"{sample_article.id}.json").write_text("{broken")
    with (
        Store.open(db_path, readonly=True) as store,
        pytest.raises(CorruptDatabaseError, match="articles"),
    ):
        store.annotations(sample_article.id)


def test_a_newer_schema_is_refused(db_path: Path) -> None:
    Store.open(db_path).close()
    meta = db_path / "fieldmark.json"
    meta.write_text(meta.read_text().replace('"version":2', '"version":99'))
    with pytest.raises(SchemaTooNewError, match="newer than this Fieldmark"):
        Store.open(db_path)


def test_an_interrupted_round_is_finished_from_the_journal(
    db_path: Path, sample_article: Article, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(db_path) as store:
        store.add_article(sample_article)
    store = Store.open(db_path)
    monkeypatch.setattr(tinyfiles.FileSet, "commit", _fail)
    actor = add(store, sample_article, "actor", "Taliban")
    assert not store.flush(timeout=0.3)
    assert (db_path / "journal.json").exists()
    # The process "dies" here: the writer never commits; the lock goes with the process.
    store._writer._closing = True  # type: ignore[union-attr]
    store._lock.release()  # type: ignore[union-attr]
    monkeypatch.undo()
    with Store.open(db_path) as again:
        assert again.annotations(sample_article.id) == [actor]
        assert check_store(again) == []
    assert not (db_path / "journal.json").exists()


def _fail(self: tinyfiles.FileSet) -> None:
    raise OSError(errno.EIO, "simulated crash before commit")


def test_a_full_disk_is_reported_retried_and_nothing_is_lost(
    db_path: Path, sample_article: Article, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[BaseException | None] = []
    real_write_temp = atomic.write_temp
    failures = {"left": 0}

    def flaky_write_temp(path: Path, data: bytes, **options: bool) -> Path:
        if failures["left"] > 0:
            failures["left"] -= 1
            raise OSError(errno.ENOSPC, "No space left on device")
        return real_write_temp(path, data, **options)

    monkeypatch.setattr("annotations.store.atomic.write_temp", flaky_write_temp)
    monkeypatch.setattr("annotations.store.tinyfiles.write_temp", flaky_write_temp)
    with Store.open(db_path, on_error=errors.append) as store:
        failures["left"] = 3
        store.add_article(sample_article)
        actor = add(store, sample_article, "actor", "Taliban")
        assert store.flush(timeout=10)
        assert store.write_error is None
    assert any(isinstance(e, OSError) and e.errno == errno.ENOSPC for e in errors)
    assert errors[-1] is None  # the app is told when saving works again
    assert not list(db_path.rglob("*.fieldmark-tmp"))
    with Store.open(db_path) as store:
        assert store.annotations(sample_article.id) == [actor]


def test_saving_one_annotation_writes_the_same_whatever_the_corpus_size(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The bytes written for one change do not grow with the corpus (500 articles, 10,000 annotations)."""
    written: list[tuple[str, int]] = []
    real_write_temp = atomic.write_temp

    def counting_write_temp(path: Path, data: bytes, **options: bool) -> Path:
        written.append((path.parent.name, len(data)))
        return real_write_temp(path, data, **options)

    monkeypatch.setattr("annotations.store.tinyfiles.write_temp", counting_write_temp)
    monkeypatch.setattr("annotations.store.atomic.write_temp", counting_write_temp)

    def cost_of_one_add(store: Store, article: Article) -> float:
        """Mean bytes per add over a full cycle of history blocks, each add flushed."""
        store.flush()
        written.clear()
        for n in range(BLOCK_SIZE):
            start = article.text.index("Taliban", n * 41)
            store.add_annotation(Annotation.create(article, "actor", start, start + 7))
            store.flush()
        return sum(size for _folder, size in written) / BLOCK_SIZE

    body = "The Taliban said Kunduz is under attack. " * 30
    with Store.open(tmp_path / "small") as small:
        first = Article.create("Only", body + "0")
        small.add_article(first)
        empty_cost = cost_of_one_add(small, first)
    with Store.open(tmp_path / "large") as large:
        for n in range(500):
            article = Article.create(f"Article {n}", body + str(n))
            large.add_article(article)
            for i in range(20):
                start = i * 41
                large.add_annotation(Annotation.create(article, "district", start + 17, start + 23))
        large.flush(timeout=120)
        target = Article.create("Target", body + "target")
        large.add_article(target)
        large_cost = cost_of_one_add(large, target)
        assert sum(s.count("district") for s in large.articles()) == 10_000
    assert large_cost < empty_cost * 1.5, (empty_cost, large_cost)
    assert large_cost < 64_000


def test_stale_temp_files_are_cleaned_on_open(db_path: Path) -> None:
    Store.open(db_path).close()
    stray = db_path / "catalog" / f".00.json.123{atomic.TEMP_SUFFIX}"
    stray.parent.mkdir(exist_ok=True)
    stray.write_bytes(b"half")
    Store.open(db_path).close()
    assert not stray.exists()
