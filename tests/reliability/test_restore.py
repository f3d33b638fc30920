"""Restore: whole or not at all, never losing the backup it restores, never nesting backups."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from annotations.cli import run
from annotations.model import Article
from annotations.store import Store
from annotations.store.backup import list_backups, make_backup
from annotations.store.integrity import check_store
from annotations.store.restoring import restore

TEXT = "The Taliban captured Imam Sahib district in Kunduz, Tasnim News Agency said."


def cli(*args: str, cwd: Path | None = None) -> tuple[int, str]:
    out = io.StringIO()
    here = Path.cwd()
    if cwd is not None:
        os.chdir(cwd)
    try:
        code = run(list(args), stdout=out, stderr=out)
    finally:
        os.chdir(here)
    return code, out.getvalue()


def articles(db: Path) -> list[str]:
    with Store.open(db, readonly=True) as store:
        return [s.title for s in store.articles()]


def add(db: Path, title: str) -> None:
    with Store.open(db) as store:
        store.add_article(Article.create(title, f"{TEXT} ({title})"))


def test_restoring_the_oldest_backup_keeps_it_and_the_database(tmp_path: Path) -> None:
    db = tmp_path / "db"
    add(db, "first")
    oldest = make_backup(db, "start", keep=3)
    for n in range(1, 4):
        add(db, f"later {n}")
        make_backup(db, "start", keep=3)
    assert oldest.path not in [b.path for b in list_backups(db)]  # pruned by the rolling keep
    kept = list_backups(db)[-1]  # the oldest still there
    before = restore(db, kept.path, keep=3)
    assert articles(db) == ["first", "later 1"]
    assert kept.path.exists() and before.path.exists()
    with Store.open(db) as store:
        assert check_store(store) == []
    restore(db, before.path, keep=3)  # and the restore itself can be undone
    assert articles(db) == ["first", "later 1", "later 2", "later 3"]


def test_a_restored_database_has_no_backup_markers(tmp_path: Path) -> None:
    db = tmp_path / "db"
    add(db, "first")
    backup = make_backup(db, "manual")
    assert (backup.path / ".detached").exists()
    restore(db, backup.path)
    assert not list(db.rglob(".detached"))


def test_a_prune_killed_half_way_leaves_no_partial_backup_to_restore(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "db"
    add(db, "first")
    make_backup(db, "start")
    add(db, "second")
    new = make_backup(db, "start")

    def killed_while_deleting(path: Path, ignore_errors: bool = False) -> None:
        next(p for p in Path(path).rglob("*.json") if p.is_file()).unlink()  # one file gone, then death
        raise KeyboardInterrupt

    from annotations.store import backup as backup_module

    monkeypatch.setattr(backup_module.shutil, "rmtree", killed_while_deleting)
    with pytest.raises(KeyboardInterrupt):
        backup_module.prune(db, keep=1)
    monkeypatch.undo()
    assert [b.path for b in list_backups(db)] == [new.path]  # the half-deleted one is not listed
    backup_module.prune(db, keep=1)
    assert not [p for p in (tmp_path / "db.backups").iterdir() if p.name.startswith(".")]  # and goes next time


def test_a_detach_killed_half_way_leaves_nothing_a_restore_takes_for_data(tmp_path: Path) -> None:
    db = tmp_path / "db"
    add(db, "first")
    made = make_backup(db, "manual", detached=False)
    shard = next(p for p in made.path.rglob("*.json"))
    (shard.parent / f".{shard.name}.fieldmark-tmp").write_bytes(b"half a copy")  # as a killed detach leaves it
    restore(db, made.path)
    assert not [p for p in db.rglob("*tmp*")]
    with Store.open(db) as store:
        assert check_store(store) == []


def test_backups_of_dot_live_beside_the_database_never_inside(tmp_path: Path) -> None:
    db = tmp_path / "db"
    add(db, "first")
    code, said = cli("backup", "--db", ".", cwd=db)
    assert code == 0, said
    assert not (db / ".backups").exists() and (tmp_path / "db.backups").is_dir()
    code, said = cli("backup", "--db", ".", cwd=db)
    assert code == 0 and not list(db.rglob("*backups*"))
    code, listing = cli("restore", "--db", ".", cwd=db)
    name = listing.split()[0]
    add(db, "second")
    assert cli("restore", name, "--db", ".", cwd=db)[0] == 0
    assert articles(db) == ["first"] and len(list_backups(db)) == 3


RESTORER = """
import os, shutil, sys
from pathlib import Path
import annotations.store.restoring as restoring

db, point, copies = sys.argv[1], sys.argv[3], {"n": 0}
real_replace, real_copy = os.replace, shutil.copyfile

def die_if(here):
    if here == point:
        os._exit(9)  # the process is gone here, as under SIGKILL: no clean-up runs

def replace(src, dst):
    src, dst = str(src), str(dst)
    if dst.endswith(".restore.json"):
        die_if("before the marker")
    elif src == db:
        die_if("before the database goes aside")
    elif src.endswith(".restoring"):
        die_if("before the restored one takes its place")
    elif src.endswith(".replaced"):
        die_if("before the old one becomes a backup")
    return real_replace(src, dst)

def copyfile(*args, **kwargs):
    copies["n"] += 1
    if copies["n"] == 3:
        die_if("in the middle of the copy")
    return real_copy(*args, **kwargs)

restoring.os.replace = replace
restoring.shutil.copyfile = copyfile
restoring.restore(Path(db), Path(sys.argv[2]))
"""

ROLLED_BACK = ("in the middle of the copy", "before the marker")
ROLLED_FORWARD = (
    "before the database goes aside",
    "before the restored one takes its place",
    "before the old one becomes a backup",
    "nowhere",
)


@pytest.mark.parametrize("point", ROLLED_BACK + ROLLED_FORWARD)
def test_a_restore_killed_at_any_step_leaves_the_old_database_or_the_restored_one(tmp_path: Path, point: str) -> None:
    db = (tmp_path / "db").resolve()
    add(db, "kept")
    for n in range(3):
        add(db, f"backed up {n}")  # a few files, so that the copy has a middle
    backup = make_backup(db, "target")
    add(db, "newer")
    child = subprocess.run([sys.executable, "-c", RESTORER, str(db), str(backup.path), point], check=False)
    assert child.returncode == (0 if point == "nowhere" else 9)
    titles = articles(db)  # the next open finishes or rolls back what the restore left
    restored = ["kept", "backed up 0", "backed up 1", "backed up 2"]
    assert titles == ([*restored, "newer"] if point in ROLLED_BACK else restored), (point, titles)
    with Store.open(db) as store:
        assert check_store(store) == []
    assert backup.path.exists()
    assert not any(p.name.endswith((".restoring", ".replaced", ".restore.json")) for p in tmp_path.iterdir())
