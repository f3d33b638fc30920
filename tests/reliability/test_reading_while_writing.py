"""A reader beside a writer sees one finished round: a read-only check finds no false mismatch,
and an export holds no reference to an entity it does not list."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

from annotations.cli import run
from annotations.model import Article
from annotations.store import Store

WRITER = textwrap.dedent(
    """
    import sys
    from annotations.model import ActorDetails, Annotation, Article, Entity
    from annotations.store import Store
    store = Store.open(sys.argv[1])
    article = store.article(store.articles()[0].id)
    print("writing", flush=True)
    n = 0
    while True:
        n += 1
        entity = Entity.actor(f"Group {n}", ActorDetails("rebel_group"))
        annotation = Annotation.create(article, "actor", 0, 7, entity_id=entity.id)
        store.add_annotation(annotation, new_entity=entity)  # an entity and its mention in one step
        if n % 7 == 0:
            store.undo()
        store.flush()
    """
)


def test_reads_beside_a_busy_writer_see_whole_rounds(tmp_path: Path) -> None:
    db = tmp_path / "db"
    with Store.open(db) as store:
        for n in range(3):
            store.add_article(Article.create(f"A {n}", f"Taliban fighters entered Kunduz, report {n}."))
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "writing"
        for attempt in range(12):
            out = io.StringIO()
            assert run(["check", "--db", str(db)], stdout=out, stderr=io.StringIO()) == 0, out.getvalue()
            target = tmp_path / f"export-{attempt}.json"
            assert run(["export", "-o", str(target), "--db", str(db)], stderr=io.StringIO()) == 0
            document = json.loads(target.read_text())
            listed = {e["id"] for e in document["entities"]}
            used = {a["entity_id"] for art in document["articles"] for a in art["annotations"] if a["entity_id"]}
            assert used <= listed, used - listed
    finally:
        writer.kill()
        writer.wait(10)
    assert not list(tmp_path.glob(".db.reading-*"))  # every reader let go of its snapshot


def test_a_killed_readers_snapshot_is_removed_by_the_next_reader(tmp_path: Path) -> None:
    db = tmp_path / "db"
    with Store.open(db) as store:
        store.add_article(Article.create("A", "Taliban fighters entered Kunduz."))
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    left = tmp_path / f".db.reading-{gone.stdout.strip()}-0000abcd"
    (left / "catalog").mkdir(parents=True)
    with Store.open(db) as writer, Store.open(db, readonly=True) as reader:
        assert writer.articles() == reader.articles()
        assert not left.exists()
        assert len(list(tmp_path.glob(".db.reading-*"))) == 1  # the reader's own
    assert not list(tmp_path.glob(".db.reading-*"))


def test_a_backup_beside_a_busy_writer_holds_whole_rounds(tmp_path: Path) -> None:
    """`fieldmark backup` while the app has the database open backs up what it has saved, between
    two of its rounds: every backup, restored to a folder of its own, checks clean."""
    db = tmp_path / "db"
    with Store.open(db) as store:
        store.add_article(Article.create("A", "Taliban fighters entered Kunduz."))
    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout is not None and writer.stdout.readline().strip() == "writing"
        for attempt in range(4):
            out, err = io.StringIO(), io.StringIO()
            assert run(["backup", "--reason", f"by-hand-{attempt}", "--db", str(db)], stdout=out, stderr=err) == 0
            assert "has it open: backing up what it has saved" in err.getvalue()
            made = Path(out.getvalue().split(" to ", 1)[1].strip())
            copy = tmp_path / f"restored-{attempt}"
            shutil.copytree(made, copy)
            checked = io.StringIO()
            assert run(["check", "--db", str(copy)], stdout=checked, stderr=io.StringIO()) == 0, checked.getvalue()
            assert "no problems" in checked.getvalue()
            assert not [p for p in made.rglob("*") if p.is_file() and p.stat().st_nlink > 1]  # copies, not links
    finally:
        writer.kill()
        writer.wait(10)
    assert len(list((tmp_path / "db.backups").iterdir())) >= 4
