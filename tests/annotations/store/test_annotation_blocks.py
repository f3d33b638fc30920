"""An article's annotations kept in blocks of their own: a save rewrites one block, never the
article's text nor its other annotations, and a database of the older layout is moved over."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from annotations.errors import CorruptDatabaseError
from annotations.model import Annotation, Article
from annotations.store import Store, atomic
from annotations.store.backup import list_backups
from annotations.store.changes import Change
from annotations.store.integrity import check_store
from annotations.store.layout import ANNOTATION_BLOCK, is_layout_path
from annotations.store.migrations import SCHEMA_VERSION

from .old_layouts import downgrade_to_schema_4

WORD = "Kunduz "


def long_article(words: int, title: str = "Long") -> Article:
    return Article.create(title, (WORD * words).strip())


def mentions(article: Article, count: int, first: int = 0) -> list[Annotation]:
    """`count` place mentions, one per word, from word `first` on."""
    step = len(WORD)
    return [
        Annotation.create(article, "district", n * step, n * step + len(WORD) - 1, annotator="ana")
        for n in range(first, first + count)
    ]


def stored_article(db: Path, count: int, words: int = 700) -> tuple[Article, list[Annotation]]:
    """A database with one article of `words` words and `count` place mentions in it."""
    article = long_article(words)
    made = mentions(article, count)
    with Store.open(db) as store:
        store.add_article(article)
        store.add_annotations([(a, None) for a in made], label="tag")
    return article, made


def blocks_of(db: Path, article: Article) -> dict[str, dict[str, object]]:
    folder = db / "annotations" / article.id
    return {path.name: orjson.loads(path.read_bytes()) for path in sorted(folder.glob("*.json"))}


def test_an_article_s_annotations_fill_blocks_in_order_and_read_back_whole(db_path: Path) -> None:
    article, made = stored_article(db_path, 600)
    blocks = blocks_of(db_path, article)
    assert list(blocks) == ["0000.json", "0001.json", "0002.json"]
    sizes = [len(block["annotations"]) for block in blocks.values()]  # type: ignore[arg-type]
    assert sizes == [ANNOTATION_BLOCK, ANNOTATION_BLOCK, 600 - 2 * ANNOTATION_BLOCK]
    text_file = orjson.loads((db_path / "articles" / f"{article.id}.json").read_bytes())
    assert list(text_file) == ["article"]  # the text alone
    with Store.open(db_path) as store:
        assert {a.id for a in store.annotations(article.id)} == {a.id for a in made}
        assert check_store(store) == []


def test_a_change_rewrites_only_the_block_that_holds_it(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    article, made = stored_article(db_path, 600)
    written: list[str] = []
    real = atomic.write_temp

    def noted(path: Path, data: bytes, **options: bool) -> Path:
        written.append(path.relative_to(db_path).as_posix())
        return real(path, data, **options)

    monkeypatch.setattr("annotations.store.tinyfiles.write_temp", noted)
    folder = f"annotations/{article.id}"
    with Store.open(db_path) as store:
        store.delete_annotation(article.id, made[3].id)  # in the first block
        store.flush()
        assert [w for w in written if w.startswith(("annotations/", "articles/"))] == [f"{folder}/0000.json"]
        written.clear()
        (new,) = mentions(article, 1, first=650)
        store.add_annotation(new)  # to the last block, which has room
        store.flush()
        assert [w for w in written if w.startswith(("annotations/", "articles/"))] == [f"{folder}/0002.json"]
        written.clear()
        store.undo()
        store.undo()  # the deleted one comes back, into the last block
        store.flush()
        assert {w for w in written if w.startswith(("annotations/", "articles/"))} == {f"{folder}/0002.json"}
        assert {a.id for a in store.annotations(article.id)} == {a.id for a in made}
    with Store.open(db_path) as store:
        assert {a.id for a in store.annotations(article.id)} == {a.id for a in made}
        assert check_store(store) == []


def test_the_bytes_of_a_save_do_not_grow_with_the_article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Saving one annotation in an article of 4,000 annotations and 28,000 words writes no more than
    in one of 40 annotations plus one full block (the text was rewritten with every save)."""
    written: list[int] = []
    real = atomic.write_temp

    def counted(path: Path, data: bytes, **options: bool) -> Path:
        written.append(len(data))
        return real(path, data, **options)

    monkeypatch.setattr("annotations.store.tinyfiles.write_temp", counted)
    monkeypatch.setattr("annotations.store.atomic.write_temp", counted)

    def cost_of_one_add(db: Path, words: int, count: int) -> tuple[int, int]:
        article = long_article(words, title=f"{words}")
        with Store.open(db) as store:
            store.add_article(article)
            store.add_annotations([(a, None) for a in mentions(article, count)], label="tag")
            store.flush()
            written.clear()
            store.add_annotation(mentions(article, 1, first=count + 1)[0])
            store.flush()
        stored = sum(p.stat().st_size for p in db.rglob("*.json") if "history" not in p.parts)
        return sum(written), stored

    small, _ = cost_of_one_add(tmp_path / "small", 60, 40)
    large, whole = cost_of_one_add(tmp_path / "large", 28_000, 4_000)
    one_record = len(orjson.dumps(mentions(long_article(2), 1)[0].to_dict()))
    assert large <= small + (ANNOTATION_BLOCK + 1) * one_record, (small, large)
    assert large * 8 < whole, (large, whole)


def test_a_schema_4_database_has_its_annotations_moved_into_blocks(db_path: Path) -> None:
    article = long_article(400)
    made = mentions(article, 300)
    with Store.open(db_path) as store:
        store.add_article(article)
        store.add_annotations([(a, None) for a in made], label="tag")
        store.set_rejections(article.id, {"district:Herat"}, label="reject")
    downgrade_to_schema_4(db_path)
    old = orjson.loads((db_path / "articles" / f"{article.id}.json").read_bytes())
    assert len(old["annotations"]) == 300 and not (db_path / "annotations").exists()
    with Store.open(db_path, readonly=True) as reader:  # in memory only
        assert len(reader.annotations(article.id)) == 300
        assert reader.rejections(article.id) == {"district:Herat"}
    assert not (db_path / "annotations").exists()
    with Store.open(db_path) as store:
        assert {a.id for a in store.annotations(article.id)} == {a.id for a in made}
        assert store.rejections(article.id) == {"district:Herat"}
        assert check_store(store) == []
        store.undo()  # the history still names the same records
        assert store.rejections(article.id) == frozenset()
    blocks = blocks_of(db_path, article)
    assert [len(b["annotations"]) for b in blocks.values()] == [ANNOTATION_BLOCK, 300 - ANNOTATION_BLOCK]  # type: ignore[arg-type]
    text_file = orjson.loads((db_path / "articles" / f"{article.id}.json").read_bytes())
    assert list(text_file) == ["article"]
    assert f'"version":{SCHEMA_VERSION}'.encode() in (db_path / "fieldmark.json").read_bytes()
    assert [b.reason for b in list_backups(db_path)] == [f"before-schema-{SCHEMA_VERSION}"]


def test_a_damaged_block_names_its_file_and_repair_keeps_the_article(db_path: Path) -> None:
    article, _made = stored_article(db_path, 300)
    (db_path / "annotations" / article.id / "0001.json").write_bytes(b'{"annotations": {')
    with Store.open(db_path, readonly=True) as reader, pytest.raises(CorruptDatabaseError, match=r"0001\.json"):
        reader.annotations(article.id)
    from annotations.store.repair import repair

    with Store.open(db_path, salvage=True) as store:
        report = repair(store)
        assert any("0001.json" in action for action in report.actions), report.actions
    with Store.open(db_path) as store:
        assert len(store.annotations(article.id)) == ANNOTATION_BLOCK  # the first block's
        assert check_store(store) == []


@pytest.mark.parametrize(
    ("path", "produced"),
    [
        ("annotations/abc123/0000.json", True),
        ("annotations/abc123/00012345.json", True),
        ("annotations/abc123/1.json", False),
        ("annotations/../0000.json", False),
        ("annotations/../../x/0000.json", False),
        ("annotations/abc123/0000.json/x", False),
    ],
)
def test_a_journal_may_name_a_block_and_nothing_like_one(path: str, produced: bool) -> None:
    assert is_layout_path(path) is produced


def history_files(db: Path) -> list[str]:
    return sorted(path.name for path in (db / "history").glob("*.json"))


def test_an_entry_of_many_changes_is_kept_apart_and_dropped_with_its_entry(db_path: Path) -> None:
    """A large entry in its own file: the entries after it do not rewrite it; undoing it and
    recording another drops its file; its undo still works after a restart."""
    article = long_article(700)
    made = mentions(article, 300)
    with Store.open(db_path) as store:
        store.add_article(article)
        store.add_annotations([(a, None) for a in made], label="tag all")
        store.add_annotation(mentions(article, 1, first=400)[0])
    assert history_files(db_path) == ["00000000.json", "entry-0000000001.json"]
    block = orjson.loads((db_path / "history" / "00000000.json").read_bytes())
    assert block["entries"]["1"] == {"apart": True} and len(orjson.dumps(block)) < 4000
    with Store.open(db_path) as store:
        store.undo()
        undone = store.undo()
        assert undone is not None and undone.label == "tag all" and store.annotations(article.id) == []
        store.add_annotation(made[0])  # the redo branch, and the file kept apart, are dropped
        assert check_store(store) == []
    assert history_files(db_path) == ["00000000.json"]
    with Store.open(db_path) as store:
        assert [a.id for a in store.annotations(article.id)] == [made[0].id]


def test_resetting_or_trimming_the_history_drops_entries_kept_apart(db_path: Path) -> None:
    from annotations.store.history import History
    from annotations.store.tinyfiles import FileSet

    article = long_article(700)
    with Store.open(db_path) as store:
        store.add_article(article)
        store.add_annotations([(a, None) for a in mentions(article, 100)], label="tag")
        store.reset_history()
    assert history_files(db_path) == []
    with Store.open(db_path) as store:
        store.add_annotations([(a, None) for a in mentions(article, 100, first=200)], label="tag")
    files = FileSet(db_path)
    history = History(files, limit=1)
    ops = []
    for n in range(20):  # past the limit and a block: the first block, and its entry kept apart, go
        annotation = mentions(article, 1, first=500 + n)[0]
        change = Change("annotation", annotation.id, article.id, None, annotation.to_dict())
        ops += history.record("tag", [change])[1]
    dropped = {op.file for op in ops if op.table is None}
    assert dropped == {"history/00000000.json", "history/entry-0000000001.json"}


def test_a_copy_left_by_a_sync_tool_in_a_block_folder_is_no_block(db_path: Path) -> None:
    """Found by a review: "0000 (copy).json" beside the blocks kept the article from opening."""
    article, _made = stored_article(db_path, 3)
    folder = db_path / "annotations" / article.id
    (folder / "0000 (copy).json").write_bytes((folder / "0000.json").read_bytes())
    (db_path / "history" / "00000000 (conflicted copy).json").write_bytes(b"{}")
    with Store.open(db_path) as store:
        assert len(store.annotations(article.id)) == 3 and check_store(store) == []
        store.reset_history()  # its journal names no file a journal may not name
    with Store.open(db_path) as store:
        assert len(store.annotations(article.id)) == 3


def test_repair_rebuilds_a_first_block_it_meets_while_rebuilding_the_catalog(db_path: Path) -> None:
    """Found by a review: a damaged catalog shard and a damaged first block took two repairs."""
    from annotations.store.layout import catalog_file
    from annotations.store.repair import repair

    article, _made = stored_article(db_path, 300)
    (db_path / catalog_file(article.id)).write_bytes(b'{"articles": {')
    (db_path / "annotations" / article.id / "0000.json").write_bytes(b'{"annotations": {')
    with Store.open(db_path, salvage=True) as store:
        repair(store)
    with Store.open(db_path) as store:
        assert len(store.annotations(article.id)) == 300 - ANNOTATION_BLOCK and check_store(store) == []


def test_a_lost_first_block_takes_the_catalog_s_copy_of_its_rejections_with_it(db_path: Path) -> None:
    from annotations.store.repair import repair

    article = long_article(400)
    with Store.open(db_path) as store:
        store.add_article(article)
        store.add_annotations([(a, None) for a in mentions(article, 10)], label="tag")
        store.set_rejections(article.id, {"district:Herat"}, label="reject")
    (db_path / "annotations" / article.id / "0000.json").write_bytes(b'{"annotations": {')
    with Store.open(db_path, salvage=True) as store:
        repair(store)
    with Store.open(db_path) as store:
        assert store.rejections(article.id) == frozenset() and store.rejection_counts() == {}
        assert store.summary(article.id).rejected == () and check_store(store) == []


def test_an_article_imported_again_does_not_bring_back_annotations_left_on_disk(tmp_path: Path) -> None:
    """Blocks left without their article (a removal whose last round was lost) are not read
    into the article when it is imported again."""
    import shutil

    article, _made = stored_article(tmp_path / "old", 3)
    with Store.open(tmp_path / "new") as store:
        store.add_article(long_article(10, title="another"))
    shutil.copytree(tmp_path / "old" / "annotations" / article.id, tmp_path / "new" / "annotations" / article.id)
    with Store.open(tmp_path / "new") as store:
        store.add_article(article)
    with Store.open(tmp_path / "new") as store:
        assert store.annotations(article.id) == [] and check_store(store) == []


_SLOW_WRITER = """
import os, sys, time
from pathlib import Path
from annotations.store import Store, tinyfiles
from annotations.model import Annotation, Article

article = Article.create("Long", ("Kunduz " * 400).strip())
go = Path(sys.argv[2])

def one_by_one(pairs, sync=True):
    for temp, final in sorted(pairs, key=lambda pair: str(pair[1])):
        os.replace(temp, final)
        if final.name == "0000.json":
            print("first block written", flush=True)
            deadline = time.monotonic() + 60
            while not go.exists() and time.monotonic() < deadline:
                time.sleep(0.01)

tinyfiles.publish = one_by_one
with Store.open(sys.argv[1]) as store:
    made = [Annotation.create(article, "district", n * 7, n * 7 + 6, annotator="a") for n in range(300)]
    store.add_annotations([(a, None) for a in made], label="tag")
"""


def test_a_reader_of_the_live_folder_reads_an_article_between_two_rounds(db_path: Path, tmp_path: Path) -> None:
    """Found by a review: a reader that opened with no writer, then read an article while a
    writer's round had renamed one of its blocks and not the next, saw 256 of 300 annotations."""
    import subprocess
    import sys
    import threading
    import time

    article = long_article(400)
    with Store.open(db_path) as store:
        store.add_article(article)
    reader = Store.open(db_path, readonly=True)  # no writer now: it reads the folder itself
    go = tmp_path / "go"
    root = Path(__file__).resolve().parents[3]
    writer = subprocess.Popen(
        [sys.executable, "-c", _SLOW_WRITER, str(db_path), str(go)], stdout=subprocess.PIPE, text=True, cwd=root
    )
    try:
        assert writer.stdout is not None and "first block" in writer.stdout.readline()
        seen: list[int] = []
        thread = threading.Thread(target=lambda: seen.append(len(reader.annotations(article.id))))
        thread.start()
        time.sleep(0.3)  # the reader asks mid-round (on a slow machine it may ask later: then it proves less)
        go.touch()
        thread.join(60)
        assert seen == [300]
    finally:
        go.touch()
        writer.wait(60)
        reader.close()


def test_an_article_s_counts_follow_each_change_without_counting_it_all_again(db_path: Path) -> None:
    """The catalog's counts are moved by what a change did (a save no longer counts 20,000
    annotations again): accepting a suggestion, deleting, undoing and redoing keep them right."""
    from dataclasses import replace

    article = long_article(700)
    made = mentions(article, 300)
    suggested = [replace(a, status="suggested") for a in mentions(article, 20, first=400)]
    with Store.open(db_path) as store:
        store.add_article(article)
        store.add_annotations([(a, None) for a in [*made, *suggested]], label="tag")
        assert (store.summary(article.id).count("district"), store.summary(article.id).count("suggested")) == (300, 20)
        store.update_annotation(replace(suggested[0], status="accepted"))
        store.delete_annotation(article.id, made[0].id)
        assert (store.summary(article.id).count("district"), store.summary(article.id).count("suggested")) == (300, 19)
        store.undo()
        store.undo()
        assert (store.summary(article.id).count("district"), store.summary(article.id).count("suggested")) == (300, 20)
        store.redo()
        assert store.summary(article.id).count("district") == 301 and check_store(store) == []
    with Store.open(db_path) as store:
        assert store.summary(article.id).count("district") == 301 and check_store(store) == []
