"""`export -o PATH`: a regular file is replaced atomically, a FIFO, a device or a descriptor's
name (/dev/stdout) is written through, never replaced by a file."""

from __future__ import annotations

import json
import os
import stat
import threading
from pathlib import Path

import pytest

from annotations.errors import FieldmarkError
from annotations.exchange.export import export
from annotations.store import Store


def read_all(path: Path, into: list[bytes]) -> threading.Thread:
    """A reader of a FIFO, as `cat` would be, on a thread of its own."""

    def read() -> None:
        with open(path, "rb") as handle:
            into.append(handle.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    return reader


@pytest.mark.parametrize("force", [False, True])
def test_a_fifo_is_written_through_and_stays_a_fifo(loaded_store: Store, tmp_path: Path, force: bool) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []
    reader = read_all(fifo, received)

    assert export(loaded_store, "json", fifo, force=force) == 1

    reader.join(10)
    assert json.loads(received[0])["format"] == "fieldmark"
    assert stat.S_ISFIFO(fifo.stat().st_mode)


def test_a_character_device_is_written_through_not_replaced(loaded_store: Store, tmp_path: Path) -> None:
    null = tmp_path / "null"
    try:
        os.mknod(null, stat.S_IFCHR | 0o666, os.makedev(1, 3))  # /dev/null's numbers, in a folder of the test's
    except (PermissionError, OSError):
        pytest.skip("making a device needs root")

    assert export(loaded_store, "csv", null, force=True) == 1

    assert stat.S_ISCHR(null.stat().st_mode)


def test_a_descriptors_name_is_written_through_without_force(loaded_store: Store) -> None:
    read_end, write_end = os.pipe()
    try:
        export(loaded_store, "jsonl", Path(f"/dev/fd/{write_end}"))
        os.close(write_end)
        with os.fdopen(read_end, "rb") as handle:
            lines = handle.read().splitlines()
    finally:
        for descriptor in (read_end, write_end):
            try:
                os.close(descriptor)
            except OSError:
                pass
    assert len(lines) == 2 and json.loads(lines[-1])["format"] == "fieldmark"


def test_a_regular_file_still_needs_force_and_is_replaced_whole(loaded_store: Store, tmp_path: Path) -> None:
    (tmp_path / "out").mkdir()
    target = tmp_path / "out" / "out.json"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(FieldmarkError, match="already exists"):
        export(loaded_store, "json", target)
    export(loaded_store, "json", target, force=True)
    assert json.loads(target.read_text(encoding="utf-8"))["format"] == "fieldmark"
    assert [p.name for p in target.parent.iterdir()] == ["out.json"]


def test_a_place_no_file_can_be_made_is_named_as_the_user_gave_it(loaded_store: Store) -> None:
    with pytest.raises(FieldmarkError) as refused:
        export(loaded_store, "json", Path("/proc/fieldmark-export.json"))
    assert str(refused.value).startswith("/proc/fieldmark-export.json: ")
    assert "fieldmark-tmp" not in str(refused.value)
