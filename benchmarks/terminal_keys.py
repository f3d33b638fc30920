"""CPU per key of the real app in a pseudo-terminal: `fieldmark` as a user runs it, its keys
written to its terminal one at a time, what it draws read back, its CPU read from the kernel.

The keystroke rows of `app_measures` drive the app with Textual's Pilot, which adds its own work to
every key (it waits for each of the screen's widgets, hidden ones too) and leaves out the driver's
(parsing the terminal's input, writing the frame). Here neither: a key's cost is the CPU every
thread of the app spent from writing the key until the app had drawn nothing for a moment, less
what the app spends idle over the same time (its timers). Linux only (`/proc/PID/task/*/schedstat`,
nanoseconds); elsewhere no rows.
"""

from __future__ import annotations

import glob
import os
import statistics
import tempfile
import time
from pathlib import Path

from annotations.store import Store

from . import corpus
from .measures import Row
from .pty_io import app_in_a_terminal, drain_until_quiet

QUIET = 0.12
"""Seconds with nothing drawn after which a key's work is taken as done (a frame is 1/60 s)."""
STEPS = (
    ("cursor move (w)", b"w"),
    ("select a name (Enter)", b"\r"),
    ("tagging: open the form (d)", b"d"),
    ("tagging: save (Enter in the form)", b"\r"),
)
"""One round of keys, as the Pilot rows press them: the next word, its name selected, tagged, saved."""


def cpu_ns(pid: int) -> int:
    """CPU time every thread of the process has had, in nanoseconds."""
    total = 0
    for path in glob.glob(f"/proc/{pid}/task/*/schedstat"):
        try:
            total += int(Path(path).read_text().split()[0])
        except (OSError, ValueError, IndexError):
            continue  # a thread that ended meanwhile
    return total


def terminal_keys(cases: dict[str, str], rounds: int) -> list[Row]:
    """Medians of CPU per key for each case (an article's text), in the real app."""
    if not Path(f"/proc/{os.getpid()}/schedstat").exists():
        return []
    rows: list[Row] = []
    for name, text in cases.items():
        costs = _costs(text, rounds)
        for step, samples in costs.items():
            median = statistics.median(samples)
            target = "< 16 ms a key"
            rows.append(Row("terminal", f"{step} on {name}", median, target=target, met=median < 16))
    return rows


def _costs(text: str, rounds: int) -> dict[str, list[float]]:
    with tempfile.TemporaryDirectory(prefix="fieldmark-terminal-") as folder:
        db = Path(folder) / "db"
        with Store.open(db) as store:
            corpus.add_keyed_article(store, text)
        config = Path(folder) / "config.toml"
        config.write_text('suggestions = false\nannotator = "bench"\n', encoding="utf-8")
        settings = {
            "FIELDMARK_CONFIG": str(config),
            "XDG_STATE_HOME": f"{folder}/state",
            "XDG_CONFIG_HOME": f"{folder}/config",
        }
        app, primary = app_in_a_terminal(db, env=settings)
        try:
            return _keys(app.pid, primary, rounds)
        finally:
            if app.poll() is None:
                app.kill()
                app.wait(10)
            os.close(primary)


def _keys(pid: int, fd: int, rounds: int) -> dict[str, list[float]]:
    drain_until_quiet(fd, quiet=1.0, limit=60)  # the first frame, the catalog, the start's backup
    started, at = cpu_ns(pid), time.monotonic()
    time.sleep(2.0)
    drain_until_quiet(fd, quiet=0.05, limit=0.5)
    idle = (cpu_ns(pid) - started) / (time.monotonic() - at)  # ns of CPU a second while idle
    _key(pid, fd, b"g", idle)
    costs: dict[str, list[float]] = {step: [] for step, _key_bytes in STEPS}
    for _ in range(rounds):
        for step, key in STEPS:
            costs[step].append(_key(pid, fd, key, idle))
    costs["undo (u)"] = [_key(pid, fd, b"u", idle) for _ in range(rounds)]
    return costs


def _key(pid: int, fd: int, key: bytes, idle: float) -> float:
    """Milliseconds of CPU one key cost, idle work over the same time taken off."""
    before, at = cpu_ns(pid), time.monotonic()
    os.write(fd, key)
    drain_until_quiet(fd, quiet=QUIET, limit=10)
    spent = cpu_ns(pid) - before - idle * (time.monotonic() - at)
    return max(spent, 0.0) / 1e6
