"""`python -m benchmarks [--quick] [--json PATH]`: every measure beside its baseline, as a table.

The full run builds corpora up to 5,000 articles and 100,000 annotations (a few minutes the
first time; `--work DIR` keeps them for the next run). `--quick` uses small sizes and few
repetitions, runs in well under a minute, and is what the test suite runs so the harness
never rots. Quality of suggestions is scored separately: `python -m benchmarks.suggestion_quality`.
"""

from __future__ import annotations

import argparse
import platform
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import orjson

from . import app_measures, claims_measures, corpus, gazetteer_measures, measures, terminal_keys
from .measures import Row

MEASURES = (
    "save", "keystroke", "start", "export", "suggest", "import", "library", "memory", "scale", "gazetteer", "claims",
    "derive", "terminal",
)  # fmt: skip


def run(quick: bool, work: Path, only: Sequence[str] = MEASURES) -> list[Row]:
    base = corpus.seed_text()
    rows: list[Row] = []
    big_articles, per = (50, 20) if quick else (5000, 20)
    big_db = (
        corpus.build_db(work / f"corpus-{big_articles}x{per}", big_articles, per, base)
        if set(only)
        & {
            "export",
            "library",
            "memory",
            "start",
        }
        else None
    )
    if "save" in only:
        rows += measures.save([0, 1000] if quick else [0, 1000, 10_000, 100_000], 5 if quick else 30, work, base)
    if "keystroke" in only:
        cases = {"the seed": base, "a 5,000-word article, 500 annotations": corpus.long_article(5000, base)}
        if not quick:
            cases["a 2 MB article"] = corpus.long_article(330_000, base)
        rows += app_measures.keystrokes(cases, 20 if quick else 60)
    if "start" in only and big_db is not None:
        seed_db = corpus.build_db(work / "corpus-1x0", 1, 0, base)
        seed_file = work / "seed.txt"
        seed_file.write_text(base, encoding="utf-8")
        rows += app_measures.start(
            {"the seed": seed_db, f"{big_articles:,} articles": big_db}, 2 if quick else 9, seed_file
        )
        rows += app_measures.suggestions_after_start(seed_db, 2 if quick else 5)
    if "export" in only and big_db is not None:
        rows += measures.exports(big_db, 1 if quick else 3)
    if "suggest" in only:
        rows += measures.suggestions(corpus.varied_article(), base, 3 if quick else 10)
    if "import" in only:
        rows += measures.import_articles(50 if quick else 5000, base, work)
    if "library" in only and big_db is not None:
        rows += measures.library(big_db, 10 if quick else 40)
    if "memory" in only and big_db is not None:
        rows += measures.memory(big_db)
    if "scale" in only:
        imports, texts = ([500, 2000], [27_500, 110_000]) if quick else ([5000, 20_000], [110_000, 440_000])
        rows += measures.scale(imports, texts, base, work)
    if "gazetteer" in only:
        sizes = [20_000, 80_000] if quick else [250_000, 1_000_000]
        rows += gazetteer_measures.gazetteer(sizes, base, 2 if quick else 5, work)
    if "claims" in only:
        rows += claims_measures.claims(work, 20 if quick else 1000, 10, 2 if quick else 5)
    if "derive" in only:
        rows += gazetteer_measures.derivation(1 if quick else 3, work)
    if "terminal" in only:
        cases = {"the seed": base}
        if not quick:
            cases["a 5,000-word article, 500 annotations"] = corpus.long_article(5000, base)
        rows += terminal_keys.terminal_keys(cases, 4 if quick else 30)
    return rows


def table(rows: Sequence[Row]) -> str:
    lines = [f"{'measure':<10} {'case':<44} {'median':>10} {'baseline':>10} {'ratio':>6}  target"]
    for row in rows:
        baseline = f"{row.baseline_ms:10.2f}" if row.baseline_ms is not None else f"{'':>10}"
        ratio = f"{row.ratio:6.2f}" if row.ratio is not None else f"{'':>6}"
        verdict = "" if row.met is None else ("  ok" if row.met else "  MISSED")
        unit = "MB" if row.measure == "memory" or "(MB)" in row.case else "ms"
        lines.append(
            f"{row.measure:<10} {row.case:<44} {row.median_ms:8.2f}{unit} {baseline} {ratio}  {row.target}{verdict}"
        )
    return "\n".join(lines)


def machine() -> dict[str, Any]:
    import os

    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "cpus": os.cpu_count(),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, few repetitions (under a minute)")
    parser.add_argument("--json", type=Path, metavar="PATH", help="write the results here")
    parser.add_argument("--work", type=Path, metavar="DIR", help="keep generated corpora here (default: a temp dir)")
    parser.add_argument("--only", nargs="+", choices=MEASURES, default=list(MEASURES), help="run only these measures")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    if args.work is not None:
        args.work.mkdir(parents=True, exist_ok=True)
        rows = run(args.quick, args.work, args.only)
    else:
        with tempfile.TemporaryDirectory(prefix="fieldmark-bench-") as folder:
            rows = run(args.quick, Path(folder), args.only)
    print(table(rows))
    seconds = time.perf_counter() - started
    print(f"\n{len(rows)} rows in {seconds:.1f} s on {machine()['cpus']} cpus, Python {machine()['python']}")
    if args.json:
        payload = {
            "quick": args.quick,
            "seconds": round(seconds, 1),
            "machine": machine(),
            "rows": [r.to_dict() for r in rows],
        }
        args.json.write_bytes(orjson.dumps(payload, option=orjson.OPT_INDENT_2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
