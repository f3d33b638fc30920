"""SIGKILL at random moments never breaks the database nor loses an acknowledged change."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from annotations.integrity import check_store
from annotations.store import Store

CHILD = Path(__file__).with_name("crash_child.py")
SHORT_KILLS = 25
LONG_KILLS = 400


@dataclass
class Model:
    """What the database must hold: annotation ids, status, and the undo/redo stacks."""

    rows: frozenset[str] = frozenset()
    status: str = "todo"
    undo_stack: list[tuple[frozenset[str], str]] = field(default_factory=list)
    redo_stack: list[tuple[frozenset[str], str]] = field(default_factory=list)

    def copy(self) -> Model:
        return Model(self.rows, self.status, list(self.undo_stack), list(self.redo_stack))

    def apply(self, line: str) -> None:
        op, *args = line.split()[1:]
        if op == "add":
            status = "in_progress" if self.status == "todo" else self.status
            self._change(self.rows | {args[0]}, status)
        elif op == "del":
            self._change(self.rows - {args[0]}, self.status)
        elif op == "status":
            if args[0] != self.status:
                self._change(self.rows, args[0])
        elif op == "undo" and self.undo_stack:
            self.redo_stack.append((self.rows, self.status))
            self.rows, self.status = self.undo_stack.pop()
        elif op == "redo" and self.redo_stack:
            self.undo_stack.append((self.rows, self.status))
            self.rows, self.status = self.redo_stack.pop()

    def _change(self, rows: frozenset[str], status: str) -> None:
        self.undo_stack.append((self.rows, self.status))
        self.redo_stack.clear()
        self.rows, self.status = rows, status

    def signature(self) -> tuple[frozenset[str], str, int, int]:
        return (
            self.rows,
            self.status,
            len(self.undo_stack),
            len(self.undo_stack) + len(self.redo_stack),
        )


def observed(db: Path) -> tuple[frozenset[str], str, int, int]:
    with Store.open(db) as store:
        assert check_store(store) == [], check_store(store)
        (summary,) = store.articles()
        rows = frozenset(a.id for a in store.annotations(summary.id))
        history = store.history
        return rows, summary.status, history.pos, history.top


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
        time.sleep(rng.uniform(0.002, 0.12))
        child.send_signal(signal.SIGKILL)
        child.wait(10)
        lines = child.stdout.read().splitlines()
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


def test_sigkill_during_writes_loses_nothing_acknowledged(tmp_path: Path) -> None:
    stats = run_kills(tmp_path, SHORT_KILLS, seed=20211)
    assert stats["kills"] == SHORT_KILLS
    assert stats["acknowledged"] > SHORT_KILLS  # the children really did work before dying


@pytest.mark.slow
def test_sigkill_long_run(tmp_path: Path) -> None:
    stats = run_kills(tmp_path, LONG_KILLS, seed=7)
    print(f"\ncrash suite: {stats}")
    assert stats["kills"] == LONG_KILLS
