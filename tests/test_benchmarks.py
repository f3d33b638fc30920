"""The benchmark harness runs and writes its results, so it never rots: a smoke run of two
measures by default, every measure in quick mode with --long."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EVERY_MEASURE = {"save", "keystroke", "start", "export", "suggest", "import", "library", "memory", "scale", "gazetteer"}


def run_harness(tmp_path: Path, *only: str) -> dict:  # type: ignore[type-arg]
    target = tmp_path / "results.json"
    command = [sys.executable, "-m", "benchmarks", "--quick", "--json", str(target), "--work", str(tmp_path / "work")]
    if only:
        command += ["--only", *only]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "median" in done.stdout and "baseline" in done.stdout
    return json.loads(target.read_text())  # type: ignore[no-any-return]


def check_rows(results: dict) -> set[str]:  # type: ignore[type-arg]
    for row in results["rows"]:
        assert row["median_ms"] > 0, row
        if row["baseline_ms"] is not None:
            assert row["ratio"] == pytest.approx(row["median_ms"] / row["baseline_ms"], rel=0.01)
    return {row["measure"] for row in results["rows"]}


def test_the_harness_measures_and_writes_json(tmp_path: Path) -> None:
    assert check_rows(run_harness(tmp_path, "save", "suggest")) == {"save", "suggest"}


@pytest.mark.slow
def test_every_measure_runs_in_quick_mode(tmp_path: Path) -> None:
    assert check_rows(run_harness(tmp_path)) == EVERY_MEASURE
