"""SIGKILL at random moments never breaks the database nor loses an acknowledged change."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

import pytest

from annotations.store import Store
from annotations.store.integrity import check_store
from annotations.suggest.stored_gazetteers import open_stored

from ..helpers import validate_export

CHILD = Path(__file__).with_name("crash_child.py")
SHORT_KILLS = 12
LONG_KILLS = 400


Delta = tuple[str, str, str | None, str | None]
"""(record, key, before, after): an annotation id with its note, or the status."""


@dataclass
class Model:
    """What the database must hold: annotations (id -> note), the status, and the undo and redo
    stacks as the changes they would reverse. Imports merge without entering the history."""

    rows: dict[str, str] = field(default_factory=dict)
    status: str = "todo"
    undo_stack: list[list[Delta]] = field(default_factory=list)
    redo_stack: list[list[Delta]] = field(default_factory=list)
    gazetteer: int = 0
    """Places in the gazetteer file (0: none imported yet)."""
    backups: dict[str, Model] = field(default_factory=dict)
    """What each backup the children made holds, shared by every copy (a backup, once made, is
    what it is whichever way later changes go)."""

    def copy(self) -> Model:
        return Model(
            dict(self.rows),
            self.status,
            [list(d) for d in self.undo_stack],
            [list(d) for d in self.redo_stack],
            self.gazetteer,
            self.backups,
        )

    def apply(self, line: str) -> None:
        op, *args = line.split()[1:]
        if op == "add":
            deltas: list[Delta] = [("row", args[0], None, "n0")]
            if self.status == "todo":
                deltas.append(("status", "", "todo", "in_progress"))
            self._record(deltas)
        elif op == "edit" and args[0] in self.rows:
            self._record([("row", args[0], self.rows[args[0]], args[1])])
        elif op == "del" and args[0] in self.rows:
            self._record([("row", args[0], self.rows[args[0]], None)])
        elif op == "status":
            if args[0] != self.status:
                self._record([("status", "", self.status, args[0])])
        elif op == "undo" and self.undo_stack:
            deltas = self.undo_stack.pop()
            self._apply([(r, k, a, b) for r, k, b, a in reversed(deltas)])
            self.redo_stack.append(deltas)
        elif op == "redo" and self.redo_stack:
            deltas = self.redo_stack.pop()
            self._apply(deltas)
            self.undo_stack.append(deltas)
        elif op == "import":
            self.rows[args[0]] = "n0"  # merged, not an undoable step
        elif op == "backup":
            self.backups[args[0]] = self.copy()  # made after a flush: it holds every change before it
        elif op == "restore":
            restored = self.backups[args[0]]
            self.rows, self.status, self.gazetteer = dict(restored.rows), restored.status, restored.gazetteer
            self.undo_stack = [list(d) for d in restored.undo_stack]
            self.redo_stack = [list(d) for d in restored.redo_stack]
        elif op == "gazetteer":
            self.gazetteer = int(args[0])
        # "repair" of a healthy database changes nothing

    def _record(self, deltas: list[Delta]) -> None:
        self._apply(deltas)
        self.undo_stack.append(deltas)
        self.redo_stack.clear()

    def _apply(self, deltas: list[Delta]) -> None:
        for record, key, _before, after in deltas:
            if record == "status":
                self.status = after or "todo"
            elif after is None:
                self.rows.pop(key, None)
            else:
                self.rows[key] = after

    def signature(self) -> Signature:
        return (
            frozenset(self.rows.items()),
            self.status,
            len(self.undo_stack),
            len(self.undo_stack) + len(self.redo_stack),
            self.gazetteer,
        )


Signature = tuple[frozenset[tuple[str, str]], str, int, int, int]


def observed(db: Path) -> Signature:
    with Store.open(db) as store:
        assert check_store(store) == [], check_store(store)
        (summary,) = store.articles()
        rows = frozenset((a.id, a.attributes.note) for a in store.annotations(summary.id))  # type: ignore[union-attr]
        history = store.history  # type: ignore[attr-defined]
        exported = db.parent / "export.json"
        if exported.exists():  # written atomically: absent, or a whole valid export
            validate_export(json.loads(exported.read_text(encoding="utf-8")))
        places = len(open_stored(store.gazetteer_path("crash"))) if "crash" in store.gazetteers() else 0
        return rows, summary.status, history.pos, history.top, places


def run_kills(tmp_path: Path, kills: int, seed: int) -> dict[str, int]:
    rng = random.Random(seed)
    db = tmp_path / "db"
    model = Model()
    stats = {"kills": 0, "acknowledged": 0, "in_flight_kept": 0, "in_flight_lost": 0}
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    for cycle in range(kills):
        child = subprocess.Popen(
            [sys.executable, str(CHILD), str(db), str(rng.randrange(1 << 30))],
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready", f"cycle {cycle}: child did not start"
        lines = _until_first_acknowledgement(child.stdout)
        time.sleep(rng.uniform(0.002, 0.12))
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        lines += child.stdout.read().splitlines()
        child.stdout.close()
        stats["kills"] += 1
        last_ack = max((i for i, line in enumerate(lines) if line == "A"), default=-1)
        acked = [line for line in lines[: last_ack + 1] if line.startswith("I ")]
        in_flight = [line for line in lines[last_ack + 1 :] if line.startswith("I ")]
        for line in acked:
            model.apply(line)
        stats["acknowledged"] += len(acked)
        candidates = [model.copy()]
        for line in in_flight:
            candidates.append(candidates[-1].copy())
            candidates[-1].apply(line)
        actual = observed(db)
        matches = [c for c in candidates if c.signature() == actual]
        assert matches, (
            f"cycle {cycle}: database holds {actual}, expected {candidates[0].signature()} plus some of {in_flight}"
        )
        kept = candidates.index(matches[-1])
        stats["in_flight_kept"] += kept
        stats["in_flight_lost"] += len(in_flight) - kept
        model = matches[-1]
    return stats


def _until_first_acknowledgement(stream: IO[str]) -> list[str]:
    """The child's lines up to its first "A": every cycle kills a child that has saved something,
    however busy the machine is (a fixed sleep alone may kill it before it did anything)."""
    lines: list[str] = []
    for line in stream:
        lines.append(line.rstrip("\n"))
        if lines[-1] == "A":
            break
    return lines


def test_sigkill_during_writes_loses_nothing_acknowledged(tmp_path: Path) -> None:
    stats = run_kills(tmp_path, SHORT_KILLS, seed=20211)
    assert stats["kills"] == SHORT_KILLS
    assert stats["acknowledged"] >= SHORT_KILLS  # each child saved at least one change before it died


@pytest.mark.slow
def test_sigkill_long_run(tmp_path: Path) -> None:
    stats = run_kills(tmp_path, LONG_KILLS, seed=7)
    print(f"\ncrash suite: {stats}")
    assert stats["kills"] == LONG_KILLS
