"""The file of changes kept while a server is away: never read as none and written over."""

from __future__ import annotations

from pathlib import Path

from annotations.store.changes import Change
from annotations.store.postgres.offline import OfflineQueue


def test_a_file_of_kept_changes_that_cannot_be_read_is_set_aside_not_written_over(tmp_path: Path) -> None:
    """Found by a newcomer: an unreadable file was loaded as no changes, and the next change kept
    replaced it: whatever it held was gone without a word."""
    path = tmp_path / "queued" / "ana.json"
    path.parent.mkdir()
    path.write_bytes(b'[{"label": "add district \xe2\x80\x9cKunduz')  # cut short by a full disk
    reader = OfflineQueue(path, readonly=True)  # a command that reads leaves it for a writer to say
    assert len(reader) == 0 and reader.set_aside is None and path.exists()
    queue = OfflineQueue(path)
    assert len(queue) == 0 and queue.set_aside is not None
    assert queue.set_aside.read_bytes().startswith(b'[{"label"') and queue.set_aside.parent == path.parent
    queue.add("add district “Kabul”", [Change("annotation", "ann_1", "art_1", None, {"id": "ann_1"})])
    assert len(OfflineQueue(path)) == 1 and queue.set_aside.exists()


def test_kept_changes_of_an_earlier_version_are_joined_before_this_ones(tmp_path: Path) -> None:
    """A reviewer's: the earlier version's file was left in the cache when this version's folder
    existed already; found in both, an analyst's kept changes are joined, the earlier first."""
    from annotations.store.postgres.extras import move_kept

    old, new = tmp_path / "cache", tmp_path / "data"
    step = [Change("annotation", "ann_1", "art_1", None, {"id": "ann_1"})]
    for folder, label in ((old, "earlier"), (new, "later")):
        (folder / "queued").mkdir(parents=True)
        OfflineQueue(folder / "queued" / "ana.json").add(label, step)
    OfflineQueue(old / "queued" / "bo.json").add("bo's", step)
    (old / "backups").mkdir()
    (old / "backups" / "one.dump").write_bytes(b"archive")
    move_kept(old, new)
    assert [label for label, _changes in OfflineQueue(new / "queued" / "ana.json").steps] == ["earlier", "later"]
    assert len(OfflineQueue(new / "queued" / "bo.json")) == 1 and (new / "backups" / "one.dump").exists()
    assert not (old / "queued").exists() and not (old / "backups").exists()


def test_a_start_that_cannot_reach_the_server_says_what_waits_in_a_sentence_of_its_own(tmp_path: Path) -> None:
    """A newcomer read "…accepting TCP/IP connections?; 1 change kept on this machine wait for it"."""
    from annotations.store.postgres.offline import waiting_here

    queue = OfflineQueue(tmp_path / "kept.json")
    asked = 'connection to server at "db" failed: is the server running and accepting TCP/IP connections?'
    assert waiting_here(asked, tmp_path / "kept.json") == asked  # nothing kept: the error alone
    queue.add("add district “Kunduz”", [Change("annotation", "ann_1", "art_1", None, {"id": "ann_1"})])
    assert waiting_here(asked, tmp_path / "kept.json") == (
        f"{asked} 1 change kept on this machine waits for it, sent when it is back"
    )
    queue.add("add district “Kabul”", [Change("annotation", "ann_2", "art_1", None, {"id": "ann_2"})])
    assert waiting_here("timeout expired", tmp_path / "kept.json") == (
        "timeout expired; 2 changes kept on this machine wait for it, sent when it is back"
    )
