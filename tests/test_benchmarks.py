"""The benchmark harness runs (quick mode) and writes its results, so it never rots."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def test_quick_benchmarks_run_and_write_json(tmp_path: Path) -> None:
    target = tmp_path / "results.json"
    done = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--json", str(target), "--work", str(tmp_path / "work")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    results = json.loads(target.read_text())
    measures = {row["measure"] for row in results["rows"]}
    assert measures == {"save", "keystroke", "start", "export", "suggest", "import", "library", "memory"}
    for row in results["rows"]:
        assert row["median_ms"] > 0, row
        if row["baseline_ms"] is not None:
            assert row["ratio"] == pytest.approx(row["median_ms"] / row["baseline_ms"], rel=0.01)
    assert "median" in done.stdout and "baseline" in done.stdout
