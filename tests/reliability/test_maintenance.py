"""fieldmark check/--repair, rolling backups and restore, and several processes on one database."""

from __future__ import annotations

import errno
import io
import json
import os
import signal
import subprocess
import sys
import time
from dataclasses import replace
from pathlib import Path

import pytest

from annotations.cli import run
from annotations.model import Annotation, Article, ClaimAttributes
from annotations.store import Store
from annotations.store.backup import list_backups, make_backup
from annotations.store.integrity import check_store
from annotations.store.layout import backups_dir
from annotations.store.restoring import restore

ROOT = Path(__file__).resolve().parents[2]
TEXT = "The Taliban captured Imam Sahib district in Kunduz, Tasnim News Agency said."


def cli(*args: str) -> tuple[int, str]:
    out = io.StringIO()
    code = run(list(args), stdout=out, stderr=io.StringIO())
    return code, out.getvalue()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "db"
    with Store.open(path) as store:
        article = Article.create("T", TEXT)
        store.add_article(article)
        at = TEXT.index
        store.add_annotation(Annotation.create(article, "district", at("Kunduz"), at("Kunduz") + 6, id="ann_place"))
        store.add_annotation(Annotation.create(article, "actor", at("Tasnim"), at("Tasnim") + 18, id="ann_actor"))
        claim = Annotation.create(
            article,
            "claim",
            0,
            at(","),
            id="ann_claim",
            attributes=ClaimAttributes(claimant_annotation_id="ann_actor", cue="said"),
        )
        store.add_annotation(claim)
    return path


def damage(db: Path, change) -> None:  # type: ignore[no-untyped-def]
    (path,) = list((db / "annotations").glob("*/*.json"))
    document = json.loads(path.read_text())
    change(document["annotations"])
    path.write_text(json.dumps(document))


def test_check_is_clean_then_names_each_problem_and_repair_fixes_them(db: Path) -> None:
    assert cli("check", "--db", str(db)) == (0, "no problems found\n")

    def break_things(rows: dict) -> None:  # type: ignore[type-arg]
        rows["ann_place"]["start"] += 2  # offsets no longer fit the quote
        rows["ann_place"]["end"] += 2
        rows["ann_actor"]["quote"] = "Tasnim News Agenxy"  # a quote that is nowhere in the text
        rows["ann_claim"]["attributes"]["links"] = [{"type": "contradicts", "article_id": "x", "annotation_id": "gone"}]

    damage(db, break_things)
    code, report = cli("check", "--db", str(db), "--json")
    problems = json.loads(report)
    assert code == 1
    wheres = {p["where"].split()[1] for p in problems}
    assert {"ann_place", "ann_actor", "ann_claim"} <= wheres
    code, report = cli("check", "--db", str(db), "--repair")
    assert code == 0 and report.endswith("no problems found\n")
    assert "re-anchored" in report and "removed" in report and "link(s) to missing claims dropped" in report
    assert "backed up to" in report
    with Store.open(db, readonly=True) as store:
        (summary,) = store.articles()
        rows = {a.id: a for a in store.annotations(summary.id)}
        assert rows["ann_place"].quote == "Kunduz" and TEXT[rows["ann_place"].start : rows["ann_place"].end] == "Kunduz"
        assert "ann_actor" not in rows  # kept in the backup
        claim = rows["ann_claim"].attributes
        assert isinstance(claim, ClaimAttributes) and claim.links == () and claim.claimant_annotation_id is None
        assert check_store(store) == []
    (backup,) = list_backups(db)
    assert backup.reason == "before-repair"


def test_repair_drops_records_that_do_not_validate_and_keeps_the_rest(db: Path) -> None:
    damage(db, lambda rows: rows["ann_actor"].update(kind="weapon"))
    code, report = cli("check", "--db", str(db))
    assert code == 1 and "record ann_actor: annotation kind must be one of" in report
    code, report = cli("check", "--db", str(db), "--repair")
    assert code == 0 and "annotation ann_actor" in report and "does not validate removed" in report, report
    with Store.open(db, readonly=True) as store:
        (summary,) = store.articles()
        assert {a.id for a in store.annotations(summary.id)} == {"ann_place", "ann_claim"}


def test_an_unreadable_database_is_reported_with_its_backups(db: Path) -> None:
    make_backup(db, "manual")
    shard = next((db / "catalog").glob("*.json"))
    shard.write_text("{not json")
    code, report = cli("check", "--db", str(db))
    assert code == 1 and f"catalog/{shard.name}: does not parse" in report and "restore" in report
    code, listing = cli("restore", "--db", str(db))
    name = listing.split()[0]
    code, said = cli("restore", name, "--db", str(db))
    assert code == 0 and "before-restore" in said
    assert cli("check", "--db", str(db)) == (0, "no problems found\n")
    # the damaged state was kept too: a restore can be undone
    assert any(b.reason == "before-restore" for b in list_backups(db))


def test_a_folder_that_never_was_a_database_is_not_offered_a_repair(tmp_path: Path) -> None:
    """Found by a newcomer: `check --repair` on a folder of notes advised `check --repair` (just run)
    and `restore`; a database that lost its metadata file (its backups beside it) still is."""
    notes = tmp_path / "notes"
    notes.mkdir()
    (notes / "notes.txt").write_text("hi")
    code, said = cli("check", "--repair", "--db", str(notes))
    assert code == 1 and "check --db" in said and "restore" not in said and "--repair" not in said
    assert (notes / "notes.txt").read_text() == "hi"


def test_rolling_backups_keep_the_newest(db: Path) -> None:
    for n in range(5):
        make_backup(db, "start" if n % 2 else "before-repair", keep=3)
    kept = list_backups(db)
    assert [b.reason for b in kept] == ["before-repair", "start", "before-repair"]
    assert all((b.path / "fieldmark.json").exists() for b in kept)
    assert not list(backups_dir(db).glob(".partial-*"))


def test_a_backup_made_by_hand_outlives_any_number_of_rolling_ones(db: Path) -> None:
    """Found by a newcomer: `fieldmark backup --reason nctest`, then five starts of the app, and the
    backup asked for was gone (pruned with the start backups); so was one made before a migration."""
    assert cli("backup", "--reason", "nctest", "--db", str(db))[0] == 0
    make_backup(db, "before-schema-9")
    for _ in range(7):
        make_backup(db, "start", keep=5)
    reasons = [b.reason for b in list_backups(db)]
    assert reasons.count("start") == 5 and "nctest" in reasons and "before-schema-9" in reasons


def test_a_servers_archives_made_by_hand_are_kept_too(tmp_path: Path) -> None:
    from annotations.store.postgres.dumps import prune_dumps

    names = [f"2026-12-0{day}T010000-000000+0000-{reason}.dump" for day, reason in
             [(1, "nctest"), (2, "start"), (3, "start"), (4, "before-repair"), (5, "manual"), (6, "start")]]  # fmt: skip
    for name in names:
        (tmp_path / name).write_bytes(b"archive")
    prune_dumps(tmp_path, 2)
    assert sorted(p.name for p in tmp_path.iterdir()) == [names[0], names[3], names[4], names[5]]


def test_a_backup_is_a_snapshot_later_writes_do_not_reach(db: Path) -> None:
    backup = make_backup(db, "snap")
    with Store.open(db) as store:
        (summary,) = store.articles()
        store.delete_annotation(summary.id, "ann_place")
    restore(db, backup.path)
    with Store.open(db, readonly=True) as store:
        (summary,) = store.articles()
        assert "ann_place" in {a.id for a in store.annotations(summary.id)}


def test_restore_refuses_while_another_process_writes(db: Path) -> None:
    backup = make_backup(db, "x")
    with Store.open(db):
        with pytest.raises(Exception, match="in use by PID"):
            restore(db, backup.path)


def test_opening_the_app_makes_a_rolling_backup(db: Path) -> None:
    code = run(["--db", str(db)], open_app=lambda store, settings: 0, stderr=io.StringIO())
    assert code == 0
    assert [b.reason for b in list_backups(db)] == ["start"]


HOLDER = """
import sys, time
from annotations.store import Store
store = Store.open(sys.argv[1])
print("holding", flush=True)
time.sleep(120)
"""


def test_one_writer_others_read_only_and_a_killed_writer_leaves_no_stale_lock(db: Path, tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    source = tmp_path / "a.txt"
    source.write_text("Title\nFighting in Herat.\n")

    def import_by_cli() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "annotations", "import", str(source), "--db", str(db)],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=60,
        )

    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(db)], stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        # a second app opens read-only and says so; a CLI import is refused in one line
        err = io.StringIO()
        seen: list[bool] = []
        run(["--db", str(db)], open_app=lambda store, settings: seen.append(store.readonly) or 0, stderr=err)
        assert seen == [True] and f"in use by PID {holder.pid}" in err.getvalue()
        done = import_by_cli()
        assert done.returncode == 1 and f"in use by PID {holder.pid}" in done.stderr
        assert "Traceback" not in done.stderr
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(10)
    time.sleep(0.05)
    # the kernel dropped the killed holder's lock: the next writer takes over at once
    done = import_by_cli()
    assert done.returncode == 0, done.stderr
    with Store.open(db, readonly=True) as store:
        assert len(store.articles()) == 2 and check_store(store) == []


def test_a_backup_that_cannot_be_made_leaves_no_half_backup(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On a full disk a failed backup left its half-made folder behind, taking more of the room
    the analyst's saves need."""
    from annotations.store import backup as backups

    with Store.open(db) as store:
        store.add_article(Article.create("Report", "Fighting in Herat."))
    made: list[Path] = []

    def full(source: Path, target: Path) -> None:
        if made:
            raise OSError(errno.ENOSPC, "No space left on device")
        made.append(Path(target))
        Path(target).write_bytes(Path(source).read_bytes())

    monkeypatch.setattr(backups.os, "link", full)
    monkeypatch.setattr(backups.shutil, "copy2", full)
    with pytest.raises(OSError, match="No space left"):
        backups.make_backup(db, "x")
    assert made and list(backups_dir(db).iterdir()) == []


def test_changes_that_cannot_be_saved_are_said_lost_and_fieldmark_fails(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from annotations.cli import opening

    monkeypatch.setattr(opening, "CLOSE_WAIT_SECONDS", 0.3)
    with Store.open(db) as store:
        store.add_article(Article.create("Report", "Fighting in Herat."))

    def write_temp(path: Path, data: bytes, **options: bool) -> Path:
        raise OSError(errno.ENOSPC, "No space left on device")

    def app(store: Store, settings: object) -> int:
        monkeypatch.setattr("annotations.store.atomic.write_temp", write_temp)
        monkeypatch.setattr("annotations.store.tinyfiles.write_temp", write_temp)
        store.add_article(Article.create("Late", "Fighting in Kunduz."))
        for _ in range(500):  # the app has shown "Save failed" by the time the analyst quits
            if store.write_error is not None:
                break
            time.sleep(0.01)
        return 0

    err = io.StringIO()
    assert run(["--db", str(db)], open_app=app, stderr=err) == 1
    said = err.getvalue()
    assert "fieldmark: saving the last changes ([Errno 28] No space left on device" in said
    assert "fieldmark: the last changes may not be saved ([Errno 28] No space left on device" in said
    assert said.rstrip().endswith("open the database to see what was kept")


def test_changes_saved_late_are_waited_for_not_said_lost(db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A reviewer's: with the writer held for a slow startup backup (files copied, not linked),
    fieldmark said the last changes were lost and exited 1; they were saved a moment later."""
    from annotations.cli import opening
    from annotations.store import backup as backups

    monkeypatch.setattr(opening, "CLOSE_WAIT_SECONDS", 0.3)
    make_backup = backups.make_backup

    def slow(*args: object, **kwargs: object) -> object:
        time.sleep(1.5)
        return make_backup(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(backups, "make_backup", slow)
    with Store.open(db) as store:
        store.add_article(Article.create("Report", "Fighting in Herat."))
    late = Article.create("Late", "Fighting in Kunduz.")

    def app(store: Store, settings: object) -> int:
        store.articles()
        store.add_article(late)
        return 0

    err = io.StringIO()
    assert run(["--db", str(db)], open_app=app, stderr=err) == 0
    assert "may not be saved" not in err.getvalue() and "saving the last changes" not in err.getvalue()
    with Store.open(db, readonly=True) as store:
        assert store.has_article(late.id)


def test_a_servers_refusal_after_the_app_is_said_on_the_terminal() -> None:
    """A reviewer's: steps a server refused once the app had ended went to the app's handler,
    whose loop was closed, and were dropped without a word."""
    from annotations.cli.opening import _said_at_exit
    from annotations.errors import ConflictError

    class Context:
        err = io.StringIO()

    _said_at_exit(Context, ConflictError("not sent, others' changes came first: tag Kunduz"))  # type: ignore[arg-type]
    _said_at_exit(Context, OSError("No space left on device"))  # type: ignore[arg-type]  # _all_saved says these
    _said_at_exit(Context, None)  # type: ignore[arg-type]
    assert Context.err.getvalue() == "fieldmark: not sent, others' changes came first: tag Kunduz\n"


def test_a_claim_on_another_entity_than_its_speakers_mention_is_found_and_repaired(db: Path) -> None:
    """A claim said by a mention names the mention's entity (a newcomer's relinked speaker left
    its claim on the old one, unseen by check): check names it, repair takes the mention's."""
    from annotations.model import Entity

    with Store.open(db) as store:
        (summary,) = store.articles()
        tasnim, other = Entity.actor("Tasnim News Agency"), Entity.actor("Fars News Agency")
        store.put_entity(tasnim)
        store.put_entity(other)
        rows = {a.id: a for a in store.annotations(summary.id)}
        store.update_annotation(rows["ann_actor"].edited(entity_id=tasnim.id))
        claim = rows["ann_claim"]
        assert isinstance(claim.attributes, ClaimAttributes)
        store.update_annotation(claim.edited(attributes=replace(claim.attributes, claimant_entity_id=other.id)))
    code, report = cli("check", "--db", str(db))
    assert code == 1 and "claimant's entity" in report and "ann_claim" in report
    code, report = cli("check", "--db", str(db), "--repair")
    assert code == 0 and "claimant entity set to its mention's" in report
    with Store.open(db, readonly=True) as store:
        (summary,) = store.articles()
        repaired = next(a for a in store.annotations(summary.id) if a.id == "ann_claim").attributes
        assert isinstance(repaired, ClaimAttributes) and repaired.claimant_entity_id == tasnim.id
