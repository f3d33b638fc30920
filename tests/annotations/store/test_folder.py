"""The folder backend: durable, single-writer, and it never overwrites what it cannot read.

What every backend promises is in `test_contract.py`; this file holds what is particular to a
folder of files: locks and PIDs, corrupt files, the journal, the disk, the bytes each save writes.
"""

from __future__ import annotations

import errno
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import orjson
import pytest

from annotations.errors import (
    CorruptDatabaseError,
    DatabaseLockedError,
    SchemaTooNewError,
    StoreError,
)
from annotations.model import (
    ActorDetails,
    Annotation,
    Article,
    Entity,
)
from annotations.store import Store, atomic, tinyfiles
from annotations.store.integrity import check_store
from annotations.store.layout import HISTORY_BLOCK as BLOCK_SIZE
from annotations.store.migrations import SCHEMA_VERSION

from ...helpers import span
from .old_layouts import downgrade_to_schema_4


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
    meta.write_text(re.sub(r'"version":\d+', '"version":99', meta.read_text()))
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


def test_a_reader_sees_an_interrupted_round_whole_without_writing_it(
    db_path: Path, sample_article: Article, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(db_path) as store:
        store.add_article(sample_article)
    store = Store.open(db_path)
    monkeypatch.setattr(tinyfiles.FileSet, "commit", _fail)
    taliban = Entity.actor("Taliban", ActorDetails("rebel_group"))
    actor = add(store, sample_article, "actor", "Taliban", new_entity=taliban, entity_id=taliban.id)
    assert not store.flush(timeout=0.3)  # the entity's shard file is new: only the journal has it
    store._writer._closing = True  # type: ignore[union-attr]
    store._lock.release()  # type: ignore[union-attr]
    monkeypatch.undo()
    with Store.open(db_path, readonly=True) as reader:
        assert reader.annotations(sample_article.id) == [actor]
        assert reader.entities() == [taliban]  # from the journal, in memory
        assert check_store(reader) == []
    assert (db_path / "journal.json").exists()  # a reader writes nothing; the next writer finishes it


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


def test_a_journal_naming_a_path_outside_the_layout_is_refused_and_kept(db_path: Path, sample_article: Article) -> None:
    with Store.open(db_path) as store:
        store.add_article(sample_article)
    outside = db_path.parent / "outside.json"
    for crafted in (
        [["../outside.json", "t", "k", {"x": 1}]],
        [[str(outside), "t", "k", {"x": 1}]],
        [["articles/../../outside.json", None, None, None]],
    ):
        journal = db_path / "journal.json"
        journal.write_bytes(orjson.dumps({"ops": crafted}))
        with pytest.raises(CorruptDatabaseError, match="not a file of a database"):
            Store.open(db_path)
        assert journal.exists() and not outside.exists()
        journal.unlink()


def test_rejections_live_with_their_article_not_in_the_state(db_path: Path, sample_article: Article) -> None:
    """Each rejection rewrites only its article's first block: the state file each change rewrites does
    not grow with the number of articles that have rejections."""
    with Store.open(db_path) as store:
        articles = [Article.create(f"A {n}", f"{sample_article.text} {n}") for n in range(30)]
        for article in articles:
            store.add_article(article)
            store.set_rejections(article.id, {f"district:Place {n}" for n in range(20)}, label="reject")
    state = (db_path / "state.json").read_bytes()
    assert b"Place" not in state and len(state) < 300
    stored = orjson.loads((db_path / "annotations" / articles[0].id / "0000.json").read_bytes())
    assert len(stored["rejections"]["keys"]["keys"]) == 20


def test_a_schema_1_database_is_migrated_after_a_backup(db_path: Path, sample_article: Article) -> None:
    """Schema 1 kept rejections, the position and the suggestions toggle in state.json, and its
    undo entries changed them as "setting" records."""
    with Store.open(db_path) as store:
        store.add_article(sample_article)
        store.set_rejections(sample_article.id, {"district:Kabul"}, label="reject district “Kabul”")
    _downgrade_to_schema_1(db_path, sample_article.id)
    with Store.open(db_path, readonly=True) as reader:  # read-only: migrated in memory only
        assert reader.rejections(sample_article.id) == {"district:Kabul"}
    assert b'"version":1' in (db_path / "fieldmark.json").read_bytes()
    with Store.open(db_path) as store:
        assert store.rejections(sample_article.id) == {"district:Kabul"}
        undone = store.undo()
        assert undone is not None and undone.changes[0].record == "rejections"
        assert store.rejections(sample_article.id) == frozenset()
        store.redo()
    state = orjson.loads((db_path / "state.json").read_bytes())
    assert "settings" not in state or state["settings"] == {}
    assert f'"version":{SCHEMA_VERSION}'.encode() in (db_path / "fieldmark.json").read_bytes()
    from annotations.store.backup import list_backups

    assert [b.reason for b in list_backups(db_path)] == [f"before-schema-{SCHEMA_VERSION}"]
    with Store.open(db_path) as again:
        assert again.rejections(sample_article.id) == {"district:Kabul"}
        assert again.rejection_counts() == {"district:Kabul": 1}
        assert check_store(again) == []


def test_a_schema_2_database_gets_its_rejections_counted_in_the_catalog(db_path: Path, sample_article: Article) -> None:
    with Store.open(db_path) as store:
        store.add_article(sample_article)
        store.set_rejections(sample_article.id, {"district:Kabul", "actor:police"}, label="reject")
        assert store.rejection_counts() == {"district:Kabul": 1, "actor:police": 1}
    _downgrade_to_schema_2(db_path)
    with Store.open(db_path, readonly=True) as reader:
        assert reader.rejection_counts() == {"district:Kabul": 1, "actor:police": 1}
    with Store.open(db_path) as store:
        assert store.rejection_counts() == {"district:Kabul": 1, "actor:police": 1}
        assert store.summary(sample_article.id).revision
        store.undo()
        assert store.rejection_counts() == {}


def test_a_damaged_article_file_does_not_keep_a_schema_2_database_from_opening(
    db_path: Path, sample_article: Article
) -> None:
    with Store.open(db_path) as store:
        store.add_article(sample_article)
        store.set_rejections(sample_article.id, {"district:Kabul"}, label="reject")
    _downgrade_to_schema_2(db_path)
    (db_path / "articles" / f"{sample_article.id}.json").write_bytes(b"{not json")
    with Store.open(db_path, readonly=True) as reader:  # opens; the article's damage is found when it is read
        assert len(reader) == 1 and reader.rejection_counts() == {}


def _downgrade_catalog(db: Path, version: int, field: str) -> None:
    """Take `field` out of every catalog entry and mark the database as of schema `version`."""
    for shard in (db / "catalog").glob("*.json"):
        catalog = orjson.loads(shard.read_bytes())
        for entry in catalog["articles"].values():
            entry.pop(field, None)
        shard.write_bytes(orjson.dumps(catalog))
    meta = db / "fieldmark.json"
    meta.write_text(re.sub(r'"version":\d+', f'"version":{version}', meta.read_text()))


def _downgrade_to_schema_3(db: Path) -> None:
    """Rewrite a database the way schema 3 held the same data: no revisions in the catalog."""
    downgrade_to_schema_4(db)
    _downgrade_catalog(db, 3, "revision")


def _downgrade_to_schema_2(db: Path) -> None:
    """Rewrite a database the way schema 2 held the same data: no rejections in the catalog."""
    _downgrade_to_schema_3(db)
    _downgrade_catalog(db, 2, "rejected")


def test_a_schema_3_database_gets_a_revision_for_each_article(db_path: Path, sample_article: Article) -> None:
    with Store.open(db_path) as store:
        store.add_article(sample_article)
        store.set_rejections(sample_article.id, {"district:Kabul"}, label="reject")
    _downgrade_to_schema_3(db_path)
    with Store.open(db_path, readonly=True) as reader:
        assert reader.summary(sample_article.id).revision  # in memory only
    assert b"revision" not in b"".join(p.read_bytes() for p in (db_path / "catalog").glob("*.json"))
    with Store.open(db_path) as store:
        migrated = store.summary(sample_article.id)
        assert migrated.revision and migrated.rejected == ("district:Kabul",)
        store.set_status(sample_article.id, "done")
        assert store.summary(sample_article.id).revision == migrated.revision  # annotations unchanged
        at = sample_article.text.index("Taliban")
        store.add_annotation(Annotation.create(sample_article, "actor", at, at + len("Taliban")))
        assert store.summary(sample_article.id).revision != migrated.revision
    with Store.open(db_path) as again:
        assert again.summary(sample_article.id).revision not in ("", migrated.revision)


def _downgrade_to_schema_1(db: Path, article_id: str) -> None:
    """Rewrite a database the way schema 1 held the same data."""
    _downgrade_to_schema_2(db)
    article = db / "articles" / f"{article_id}.json"
    data = orjson.loads(article.read_bytes())
    keys = data.pop("rejections", {}).get("keys", {}).get("keys", [])
    article.write_bytes(orjson.dumps(data))
    state = orjson.loads((db / "state.json").read_bytes()) if (db / "state.json").exists() else {}
    state["settings"] = {
        f"rejected:{article_id}": {"value": keys},
        "position": {"value": {"article": article_id, "offset": 3}},
        "suggestions.visible": {"value": False},
    }
    (db / "state.json").write_bytes(orjson.dumps(state))
    for block in (db / "history").glob("*.json"):
        _downgrade_history(block, article_id)
    meta = db / "fieldmark.json"
    meta.write_bytes(meta.read_bytes().replace(b'"version":2', b'"version":1'))


def _downgrade_history(block: Path, article_id: str) -> None:
    history = orjson.loads(block.read_bytes())
    for entry in history["entries"].values():
        for change in entry["changes"]:
            if change["record"] == "rejections":
                change.update(
                    record="setting",
                    id=f"rejected:{article_id}",
                    before=None if change["before"] is None else {"value": change["before"]["keys"]},
                    after=None if change["after"] is None else {"value": change["after"]["keys"]},
                )
    block.write_bytes(orjson.dumps(history))


def test_a_migration_keeps_every_backup_and_the_creation_date(db_path: Path, sample_article: Article) -> None:
    from annotations.store.backup import list_backups, make_backup

    with Store.open(db_path) as store:
        store.add_article(sample_article)
    created = orjson.loads((db_path / "fieldmark.json").read_bytes())["meta"]["schema"]["created"]
    for n in range(7):
        make_backup(db_path, f"b{n}")
    _downgrade_to_schema_1(db_path, sample_article.id)
    Store.open(db_path).close()
    assert len(list_backups(db_path)) == 8  # seven of the analyst's, one before the migration
    schema = orjson.loads((db_path / "fieldmark.json").read_bytes())["meta"]["schema"]
    assert (schema["version"], schema["created"]) == (SCHEMA_VERSION, created)


def test_strings_stored_unclean_are_found_at_the_top_of_a_record_and_inside_it(
    db_path: Path, sample_article: Article
) -> None:
    """A catalog file edited by hand (an escape sequence in a title, a bidi override in the
    metadata) is read clean and reported; the same file untouched reports nothing. Opening
    compares each stored record with its clean form, quickly when they are equal."""
    with Store.open(db_path) as store:
        store.add_article(sample_article)
    with Store.open(db_path, readonly=True) as reader:
        assert reader.damage() == []
    (shard,) = (db_path / "catalog").glob("*.json")
    stored = orjson.loads(shard.read_bytes())
    record = stored["articles"][sample_article.id]
    record["title"] = "\x1b[31mRed title"
    shard.write_bytes(orjson.dumps(stored))
    with Store.open(db_path, readonly=True) as reader:
        assert reader.articles()[0].title == "[31mRed title"
        assert [what for _where, what in reader.damage()] == [
            "stored text is not clean (control characters, bidi overrides, line breaks or spacing)"
        ]
    record["title"] = sample_article.title
    record["metadata"] = {"byline": "Reporter\u202e"}
    shard.write_bytes(orjson.dumps(stored))
    with Store.open(db_path, readonly=True) as reader:
        assert reader.articles()[0].metadata["byline"] == "Reporter"
        assert len(reader.damage()) == 1
    record["metadata"] = {"by\u202eline": "Reporter", "byline": "Other"}  # a key unclean, and two that clean to one
    shard.write_bytes(orjson.dumps(stored))
    with Store.open(db_path, readonly=True) as reader:
        assert reader.articles()[0].metadata == {"byline": "Reporter"}  # the first kept
        assert len(reader.damage()) == 1
