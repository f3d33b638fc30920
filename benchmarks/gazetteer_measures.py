"""A gazetteer as large as a national one (a million places): importing it, counting it, and
suggestions beside it, each against its size or against no gazetteer at all.

Import and `gazetteer list` run as the command a user types, in a child process, so the peak
memory (VmHWM) is theirs alone. The gazetteer is synthetic: place names from syllables of
Afghan place names, a third with an alternate name, each with a province, code and coordinates.
"""

from __future__ import annotations

import csv
import random
import subprocess
import sys
import time
from pathlib import Path

from annotations.suggest import Knowledge, suggest
from annotations.suggest.builtin_places import builtin_gazetteer
from annotations.suggest.place_index import PlaceIndex

from .measures import Row, _growth, _reported, median_ms

SYLLABLES = (
    "ka bul her at kun duz mai ma na sar pul ba dakh shan ga zni jal al abad khost pak tia far yab nim roz "
    "zar anj tal qan bagh lan war dak mir chak"
).split()

_COMMAND = """
import sys, time
started = time.perf_counter()
from annotations.cli import run
code = run(sys.argv[1:])
elapsed = time.perf_counter() - started
peak = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:"))
print("MEASURED", elapsed, peak, file=sys.stderr)
sys.exit(code)
"""


def gazetteer(sizes: list[int], seed_text: str, reps: int, work: Path) -> list[Row]:
    """Import at each size (time linear, memory flat), `gazetteer list` and suggestions on the
    seed at the largest size (against none imported)."""
    rows: list[Row] = []
    timings, peaks = [], []
    for size in sizes:
        path = write_places(work / f"places-{size}.csv", size)
        db = work / f"gazetteer-db-{size}"
        _fieldmark(["import", str(work / "seed.txt"), "--db", str(db)], work, seed_text)
        seconds, peak_kb = _fieldmark(["gazetteer", "import", str(path), "--db", str(db)], work, seed_text)
        timings.append((size, seconds * 1000))
        peaks.append((size, peak_kb / 1024))
    rows += _growth("gazetteer", "import {:,} places", timings, "linear")
    (small, small_mb), (large, large_mb) = peaks[0], peaks[-1]
    rows.append(
        Row(
            "gazetteer",
            f"import peak memory, {large:,} places (MB)",
            large_mb,
            f"{small:,} places",
            small_mb,
            "flat: within 1.2x of the small import",
            large_mb <= 1.2 * small_mb,
        )
    )
    empty = work / "gazetteer-db-none"
    _fieldmark(["import", str(work / "seed.txt"), "--db", str(empty)], work, seed_text)
    listed = median_ms([_fieldmark(["gazetteer", "list", "--db", str(db)], work, seed_text)[0] for _ in range(reps)])
    bare = median_ms([_fieldmark(["gazetteer", "list", "--db", str(empty)], work, seed_text)[0] for _ in range(reps)])
    rows.append(
        Row(
            "gazetteer",
            f"gazetteer list, {large:,} places",
            listed,
            "none imported",
            bare,
            "within 1.2x",
            listed <= 1.2 * bare,
        )
    )
    rows += _suggest_beside(db / "gazetteer" / f"places-{large}.sqlite", large, seed_text, reps)
    return rows


def _suggest_beside(index_path: Path, size: int, text: str, reps: int) -> list[Row]:
    """Suggestions on the seed with the big gazetteer: on a freshly opened index (an article
    opened, nothing looked up yet) and again (after a change: the index keeps what it read)."""
    builtin = builtin_gazetteer()
    _timed_suggest(text, Knowledge([builtin]))  # the text's own caches warm for every case
    alone = median_ms([_timed_suggest(text, Knowledge([builtin])) for _ in range(reps)])
    fresh, again = [], []
    for _ in range(reps):
        index = PlaceIndex(index_path)
        fresh.append(_timed_suggest(text, Knowledge([index, builtin])))
        again.append(_timed_suggest(text, Knowledge([index, builtin])))
        index.close()
    first, second = median_ms(fresh), median_ms(again)
    case = f"suggest on the seed beside {size:,} places"
    return [
        Row(
            "gazetteer",
            f"{case}, index just opened",
            first,
            "built-in places only",
            alone,
            "< 1 s (background)",
            first < 1000,
        ),
        Row("gazetteer", f"{case}, again", second, "built-in places only", alone, "< 100 ms", second < 100),
    ]


def _timed_suggest(text: str, knowledge: Knowledge) -> float:
    started = time.perf_counter()
    suggest(text, knowledge)
    return time.perf_counter() - started


def _fieldmark(args: list[str], work: Path, seed_text: str) -> tuple[float, int]:
    """Run a fieldmark command in a child process: its own seconds (from its first line of
    Python) and its peak memory in KB."""
    seed = work / "seed.txt"
    if not seed.exists():
        seed.write_text(f"Seed article\n{seed_text}", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", _COMMAND, *args], check=True, capture_output=True, text=True, timeout=900
    )
    line = next(line for line in done.stderr.splitlines() if line.startswith("MEASURED"))
    _, seconds, peak = line.split()
    return float(seconds), int(peak)


def write_places(path: Path, count: int) -> Path:
    """A CSV gazetteer of `count` synthetic places (made once per size and kept in the work folder)."""
    if path.exists():
        return path
    rng = random.Random(count)

    def name() -> str:
        word = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()
        return word if rng.random() < 0.7 else f"{word} {''.join(rng.choice(SYLLABLES) for _ in range(2)).capitalize()}"

    temp = path.with_suffix(".partial")
    with temp.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["name", "alternates", "kind", "province", "country", "code", "latitude", "longitude"])
        for n in range(count):
            alternate = name() if rng.random() < 0.3 else ""
            kind = rng.choice(["district", "village", "city"])
            latitude, longitude = f"{rng.uniform(29, 38):.4f}", f"{rng.uniform(60, 75):.4f}"
            writer.writerow([name(), alternate, kind, name(), "Afghanistan", f"AF{n:07d}", latitude, longitude])
    temp.rename(path)
    return path


_DERIVE = """
import pathlib, sys, time
from annotations.suggest.builtin_places import derive_and_cache
started = time.perf_counter()
assert derive_and_cache(pathlib.Path(sys.argv[1]))
print("DERIVED", time.perf_counter() - started, flush=True)
"""


def derivation(reps: int, work: Path) -> list[Row]:
    """The built-in places derived and their index written, as on an app's first start after an
    install (in a child process of its own, as the app does): the wait the header shows as
    "preparing places"."""
    samples = []
    for n in range(reps):
        target = work / f"derived-{n}.sqlite"
        target.unlink(missing_ok=True)
        samples.append(_reported([sys.executable, "-c", _DERIVE, str(target)], "DERIVED", timeout=600))
        target.unlink(missing_ok=True)
    return [Row("derive", "built-in places, first start (240,000)", median_ms(samples), target="reported")]
