"""The benchmark harness runs and writes its results, so it never rots: a smoke run of two
measures by default, every measure in quick mode with --long."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EVERY_MEASURE = {
    "save", "keystroke", "start", "export", "suggest", "import", "library", "memory", "scale", "gazetteer", "claims",
    "derive", "terminal",
}  # fmt: skip


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
    assert check_rows(run_harness(tmp_path, "save")) == {"save"}  # every measure: with --long


@pytest.mark.slow
def test_every_measure_runs_in_quick_mode(tmp_path: Path) -> None:
    assert check_rows(run_harness(tmp_path)) == EVERY_MEASURE


ARTICLE = """Rebels Take Village Near Bhamo

Fighters of the Kachin Independence Army seized Nam Lim Pa on Friday, residents said.

The army said in a statement that its troops had retaken the hills near Bhamo.
"""

GOLD = {
    "places": [{"surface": "Nam Lim Pa"}, {"surface": "Bhamo"}],
    "actors": [
        {"surface": "Kachin Independence Army", "canonical": "Kachin Independence Army"},
        {"surface": "residents", "canonical": "Civilians (Kachin)"},
        {"surface": "The army", "canonical": "Myanmar Armed Forces"},
    ],
    "claims": [
        {"claimant": "residents", "cue": "said", "content_start": "Fighters of the Kachin"},
        {"claimant": "The army", "cue": "said", "content_start": "its troops had retaken"},
    ],
}


def test_the_simulated_analyst_reaches_every_gold_item_and_counts_its_keys(tmp_path: Path) -> None:
    """The keystroke benchmark drives the real app to every item of a gold file (a village no
    gazetteer knows is tagged by hand) and reports the keys it pressed."""
    article, gold = tmp_path / "village.txt", tmp_path / "village.json"
    article.write_text(ARTICLE, encoding="utf-8")
    gold.write_text(json.dumps(GOLD), encoding="utf-8")
    command = [sys.executable, "-m", "benchmarks.keystrokes", "--article", str(article), "--gold", str(gold), "--json"]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    result = json.loads(done.stdout)
    assert (result["gold_items"], result["reached"], result["missing"]) == (7, 7, [])
    assert result["keys_reviewing_suggestions"] <= result["keys"]
    assert result["keys_per_item"] == round(result["keys"] / 7, 2)
    # Every item costs at least one key, and none costs more than a name typed in full would.
    assert 7 <= result["keys"] <= 7 * 40


def test_gold_note_after_a_name_is_no_name_to_type(tmp_path: Path) -> None:
    """ "National Unity Government (NUG)" is reached by an entity named without the note, as an
    analyst names it; "Civilians (Faryab)" is not reached by "Civilians" while "Civilians
    (Kunduz)" is another actor of the file; --strict-names asks for the whole name."""
    from benchmarks.analyst_gold import Gold

    actors = [
        {"surface": "NUG", "canonical": "National Unity Government (NUG)"},
        {"surface": "civilians", "canonical": "Civilians (Faryab)"},
        {"surface": "residents", "canonical": "Civilians (Kunduz)"},
        {"surface": "Taliban", "canonical": "Taliban"},
    ]
    path = tmp_path / "gold.json"
    path.write_text(json.dumps({"places": [], "actors": actors, "claims": []}), encoding="utf-8")
    gold, strict = Gold.read(path), Gold.read(path, strict=True)
    assert gold.is_named(["National Unity Government", "NUG"], "National Unity Government (NUG)")
    assert gold.shortest_name("National Unity Government (NUG)") == "National Unity Government"
    assert not gold.is_named(["Civilians"], "Civilians (Faryab)")
    assert gold.is_named(["civilians (faryab)"], "Civilians (Faryab)")
    assert gold.shortest_name("Civilians (Kunduz)") == "Civilians (Kunduz)"
    assert gold.is_named(["Taliban"], "Taliban") and not gold.is_named(["Taliban"], "Talib")
    assert not strict.is_named(["National Unity Government"], "National Unity Government (NUG)")
    assert strict.shortest_name("National Unity Government (NUG)") == "National Unity Government (NUG)"


def test_a_claimant_named_by_words_of_one_actors_surface_is_that_actor(tmp_path: Path) -> None:
    """The unseen articles' gold names some claimants by words of an actor's surface ("Residents"
    of "Residents fleeing to Hsipaw"): the simulated analyst never reached those claims. A claimant
    is that actor when one actor's surface holds its words, none when two do."""
    from benchmarks.analyst_gold import Gold

    actors = [
        {"surface": "a shopkeeper in Suárez", "canonical": "Civilians (Suárez)"},
        {"surface": "Indigenous leaders in Toribío", "canonical": "Indigenous leaders"},
        {"surface": "leaders of the council", "canonical": "Council"},
    ]
    claims = [
        {"claimant": "shopkeeper", "cue": "said", "content_start": "They attacked"},
        {"claimant": "leaders", "cue": "said", "content_start": "the government"},
    ]
    path = tmp_path / "gold.json"
    path.write_text(json.dumps({"places": [], "actors": actors, "claims": claims}), encoding="utf-8")
    gold = Gold.read(path)
    assert gold.canonical["shopkeeper"] == "Civilians (Suárez)"
    assert "leaders" not in gold.canonical  # the words of two actors: neither
