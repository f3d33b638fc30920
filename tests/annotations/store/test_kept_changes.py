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
    queue = OfflineQueue(path)
    assert len(queue) == 0 and queue.set_aside is not None
    assert queue.set_aside.read_bytes().startswith(b'[{"label"') and queue.set_aside.parent == path.parent
    queue.add("add district “Kabul”", [Change("annotation", "ann_1", "art_1", None, {"id": "ann_1"})])
    assert len(OfflineQueue(path)) == 1 and queue.set_aside.exists()
