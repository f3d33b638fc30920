"""Each measure with its baseline, run in the same process so the ratio survives a noisy machine.

A measure returns rows: what was measured, the case, the median, the baseline's median, their
ratio and the target. Times are milliseconds; CPU time where the guide says so (keystrokes),
wall time to durable or to the first frame elsewhere.
"""

from __future__ import annotations

import gc
import io
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import orjson

from annotations.exchange.export import FORMATS, export
from annotations.model import ActorDetails, Annotation, Article, DistrictAttributes, Entity
from annotations.settings import Settings
from annotations.store import Store

from . import corpus


@dataclass
class Row:
    measure: str
    case: str
    median_ms: float
    baseline: str = ""
    baseline_ms: float | None = None
    target: str = ""
    met: bool | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        if not self.baseline_ms:
            return None
        return self.median_ms / self.baseline_ms

    def to_dict(self) -> dict[str, Any]:
        return {
            "measure": self.measure,
            "case": self.case,
            "median_ms": round(self.median_ms, 3),
            "baseline": self.baseline,
            "baseline_ms": None if self.baseline_ms is None else round(self.baseline_ms, 3),
            "ratio": None if self.ratio is None else round(self.ratio, 3),
            "target": self.target,
            "met": self.met,
            **self.extra,
        }


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


# --- save -------------------------------------------------------------------------------------


def save(sizes: list[int], reps: int, work: Path, base: str) -> list[Row]:
    """Time to make one add, edit or delete durable, by corpus size; baseline: TinyDB insert."""
    rows: list[Row] = []
    empty_add: float | None = None
    for size in sizes:
        articles, per = (0, 0) if size == 0 else (max(1, size // 20), 20)
        db = corpus.build_db(work / f"save-{size}", articles, per, base)
        with Store.open(db) as store:
            article = Article.create("target", base + f"\n\nsize {size}")
            store.add_article(article)
            store.flush(None)
            times: dict[str, list[float]] = {"add": [], "edit": [], "delete": []}
            for n in range(reps):
                annotation = Annotation.create(article, "district", n, n + 5, annotator="bench")
                started = time.perf_counter()
                store.add_annotation(annotation)
                store.flush(None)
                times["add"].append(time.perf_counter() - started)
                edited = annotation.edited(attributes=DistrictAttributes("captured"))
                started = time.perf_counter()
                store.update_annotation(edited)
                store.flush(None)
                times["edit"].append(time.perf_counter() - started)
                started = time.perf_counter()
                store.delete_annotation(article.id, annotation.id)
                store.flush(None)
                times["delete"].append(time.perf_counter() - started)
        baseline = _tinydb_insert(work / f"tinydb-{size}.json", size, reps)
        for action, samples in times.items():
            value = median_ms(samples)
            if action == "add" and size == 0:
                empty_add = value
            flat = empty_add is None or action != "add" or value <= 1.5 * empty_add
            rows.append(
                Row(
                    "save",
                    f"{action} at {size:,} annotations",
                    value,
                    "TinyDB insert into a file of the same size",
                    baseline,
                    "< 10 ms, flat (within 1.5x of empty)",
                    value < 10 and flat,
                )
            )
    return rows


def _tinydb_insert(path: Path, size: int, reps: int) -> float:
    from tinydb import TinyDB

    path.unlink(missing_ok=True)
    document = {"kind": "actor", "start": 1, "end": 8, "quote": "Taliban", "annotator": "bench", "status": "accepted"}
    with TinyDB(path) as db:
        if size:
            db.insert_multiple(dict(document, n=n) for n in range(size))
        samples = []
        for n in range(reps):
            started = time.perf_counter()
            db.insert(dict(document, n=-n))
            samples.append(time.perf_counter() - started)
    return median_ms(samples)


def _reported(
    command: list[str], marker: str, *, timeout: float = 120, environment: dict[str, str] | None = None
) -> float:
    """The number a child process prints on its line that begins with `marker`."""
    done = subprocess.run(command, check=True, capture_output=True, text=True, timeout=timeout, env=environment)
    return float(next(line.split()[1] for line in done.stdout.splitlines() if line.split()[:1] == [marker]))


# --- corpus-scale work ------------------------------------------------------------------------


def exports(db: Path, reps: int) -> list[Row]:
    """Each export format vs a single orjson dump of the same records."""
    rows = []
    with Store.open(db, readonly=True) as store:
        records = [
            {"article": a.to_dict(), "annotations": [x.to_dict() for x in anns]} for a, anns in store.iter_articles()
        ]
        count = sum(len(r["annotations"]) for r in records)
        dump = median_ms([_timed(lambda records=records: orjson.dumps(records)) for _ in range(reps)])
        del records
        with tempfile.TemporaryDirectory() as folder:
            for fmt in FORMATS:
                target = Path(folder) / f"out-{fmt}"

                def run(fmt: str = fmt, target: Path = target) -> None:
                    if fmt == "brat":
                        export(store, fmt, target, force=True)
                    else:
                        export(store, fmt, io.BytesIO())

                value = median_ms([_timed(run) for _ in range(reps)])
                rows.append(
                    Row(
                        "export",
                        f"{fmt}, {count:,} annotations",
                        value,
                        "one orjson dump",
                        dump,
                        "within 5x",
                        value <= 5 * dump,
                    )
                )
    return rows


def suggestions(text: str, before: str, reps: int) -> list[Row]:
    """Suggestions for one long article of varied text: the first time (as on opening it: a new
    process that has made suggestions for another article, `before`, so the index is open; the
    median of `reps` processes); again with nothing changed; after a tag of an actor the corpus
    knows (each run one tag more, in another part of the text); after an edit (the text changed by
    one paragraph, another each run); and after a tag that taught the corpus a new entity (which
    any part of the text may name: every piece is read again)."""
    from annotations.suggest import Knowledge, suggest
    from annotations.suggest.builtin_places import builtin_gazetteer

    first = median_ms([_first_suggestions(text, before) for _ in range(reps)])
    gazetteer = builtin_gazetteer()
    suggest(before, Knowledge([gazetteer]))
    found = suggest(text, Knowledge([gazetteer]))
    again = median_ms([_collected_then_timed(lambda: suggest(text, Knowledge([gazetteer]))) for _ in range(reps)])
    entities, tags = _tags_spread(text, found, reps)
    known = Knowledge([gazetteer], entities=entities)
    suggest(text, known)
    tagged = median_ms(
        [_collected_then_timed(lambda n=n: suggest(text, replace(known, accepted=tags[: n + 1]))) for n in range(reps)]
    )
    edits = [text.replace("\n\n", f"\n\nAn edit, number {n}.\n\n", 1) for n in range(reps)]
    edited = median_ms([_collected_then_timed(lambda e=edit: suggest(e, Knowledge([gazetteer]))) for edit in edits])
    brigades = [Entity.actor(f"Bench Brigade {n}", ActorDetails("rebel_group")) for n in range(reps)]
    taught = [replace(known, entities=[*entities, brigade]) for brigade in brigades]
    new = median_ms([_collected_then_timed(lambda k=k: suggest(text, k)) for k in taught])
    words = f"{len(text.split()):,}-word article"
    cases = [
        ("first time", first),
        ("again, nothing changed", again),
        ("after a tag of a known actor", tagged),
        ("after an edit", edited),
        ("after a tag that made a new entity", new),
    ]
    return [Row("suggest", f"{words}, {case}", ms, target="< 100 ms", met=ms < 100) for case, ms in cases]


def _tags_spread(text: str, found: list[Any], count: int) -> tuple[list[Entity], list[Annotation]]:
    """`count` of the actors suggested, spread over the text, as entities the corpus knows and
    tags of them."""
    actors = [s for s in found if s.kind == "actor" and s.entity is not None]
    chosen = [actors[i * len(actors) // count] for i in range(count)]
    article = Article.create("bench", text)
    tags = [Annotation.create(article, "actor", s.start, s.end, entity_id=s.entity.id) for s in chosen]
    return list({s.entity.id: s.entity for s in chosen}.values()), tags


_FIRST_SUGGESTIONS = """
import gc, sys, time
from annotations.suggest import Knowledge, suggest
from annotations.suggest.builtin_places import builtin_gazetteer
text, before = open(sys.argv[1], encoding="utf-8").read(), open(sys.argv[2], encoding="utf-8").read()
gazetteer = builtin_gazetteer()
suggest(before, Knowledge([gazetteer]))
gc.collect()
started = time.perf_counter()
suggest(text, Knowledge([gazetteer]))
print("FIRST", time.perf_counter() - started, flush=True)
"""


def _first_suggestions(text: str, before: str) -> float:
    """Seconds a new process takes to suggest for `text`, once `before` has opened the index."""
    with tempfile.TemporaryDirectory() as folder:
        paths = [Path(folder) / "text.txt", Path(folder) / "before.txt"]
        for path, content in zip(paths, (text, before), strict=True):
            path.write_text(content, encoding="utf-8")
        return _reported([sys.executable, "-c", _FIRST_SUGGESTIONS, *map(str, paths)], "FIRST", timeout=300)


def import_articles(count: int, base: str, work: Path) -> list[Row]:
    """Import `count` plain-text articles from a folder through the CLI's path."""
    from annotations.exchange.intake import import_paths

    folder = work / f"import-{count}"
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        (folder / f"{number:05}.txt").write_text(f"Report {number}\n{corpus.variant(number, base)}\n", encoding="utf-8")
    target = work / f"import-db-{count}"
    import shutil

    shutil.rmtree(target, ignore_errors=True)  # a fresh database each run
    started = time.perf_counter()
    with Store.open(target) as store:
        summary = import_paths(store, [folder])
        store.flush(None)
    seconds = time.perf_counter() - started
    return [Row("import", f"{summary.imported:,} articles from a folder", seconds * 1000, target="seconds")]


def library(db: Path, presses: int) -> list[Row]:
    """Opening the library over a large corpus, and CPU per scroll key in it."""
    import asyncio

    async def run() -> tuple[float, float]:
        from tui.app import FieldmarkApp

        with Store.open(db, readonly=True) as store:
            app = FieldmarkApp(store, Settings(db=store.location, annotator="bench"))
            async with app.run_test(size=(120, 40)) as pilot:
                await pilot.pause()
                await asyncio.wait_for(app.main.suggestions_current.wait(), 120)
                started = time.perf_counter()
                await pilot.press("L")
                await asyncio.wait_for(app.screen.shown.wait(), 60)  # type: ignore[attr-defined]
                opened = time.perf_counter() - started
                samples = []
                for n in range(presses):
                    begun = time.process_time()
                    await pilot.press("pagedown" if n % 2 == 0 else "down")
                    samples.append(time.process_time() - begun)
        return opened * 1000, median_ms(samples)

    opened, per_key = asyncio.run(run())
    articles = len(list((db / "articles").glob("*.json")))
    return [
        Row("library", f"first rows shown, {articles:,} articles", opened, target="< 200 ms", met=opened < 200),
        Row("library", f"scroll key with {articles:,} articles (CPU)", per_key, target="< 16 ms", met=per_key < 16),
    ]


_MEMORY = """
import asyncio, resource, sys
from pathlib import Path
from annotations.store import Store
from annotations.settings import Settings
from tui.app import FieldmarkApp
store = Store.open(Path(sys.argv[1]), readonly=True)
app = FieldmarkApp(store, Settings(db=store.location, annotator="bench"))
async def work(pilot):
    await pilot.pause()
    await asyncio.wait_for(app.main.suggestions_current.wait(), 120)
    await pilot.press("L")
    await pilot.pause()
    await pilot.press("escape")
    await pilot.pause()
    app.exit(0)
app.run(headless=True, size=(120, 40), auto_pilot=work)
store.close()
# VmHWM belongs to this address space; ru_maxrss would carry the parent's size over the fork.
try:
    peak = next(int(l.split()[1]) for l in open("/proc/self/status") if l.startswith("VmHWM:"))
except (OSError, StopIteration):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(peak)
"""


def memory(db: Path) -> list[Row]:
    """Peak RSS of the app on a large database: article shown, suggestions loaded, library opened."""
    done = subprocess.run(
        [sys.executable, "-c", _MEMORY, str(db)], check=True, capture_output=True, text=True, timeout=300
    )
    kilobytes = int(done.stdout.strip().splitlines()[-1])
    articles = len(list((db / "articles").glob("*.json")))
    return [Row("memory", f"peak RSS of the app, {articles:,} articles", kilobytes / 1024, target="MB, reported")]


def _collected_then_timed(work: Callable[[], object]) -> float:
    """`_timed`, after a full collection: the work pays for the garbage it makes, not for a
    collection the work before it left due (which run one lands in is chance)."""
    gc.collect()
    return _timed(work)


def _timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


# --- cost against the size of one article -------------------------------------------------------


def scale(import_sizes: list[int], suggest_sizes: list[int], base: str, work: Path) -> list[Row]:
    """Import of one article with N annotations, and suggestions on an article of N characters,
    at two sizes: the larger must cost no more than its share (linear), not its square."""
    rows: list[Row] = []
    timings = [(n, _import_one_article(n, work)) for n in import_sizes]
    rows += _growth("scale", "import one article, {:,} annotations", timings, "linear")
    timings = [(n, _suggest_long(n)) for n in suggest_sizes]
    rows += _growth("scale", "suggest on {:,} characters, many speakers", timings, "linear")
    return rows


def _growth(measure: str, case: str, timings: list[tuple[int, float]], target: str) -> list[Row]:
    """A row per size; the larger sizes compared with the smallest: time ratio over size ratio."""
    (small, small_ms), rows = timings[0], []
    for size, value in timings:
        growth = (value / small_ms) / (size / small) if size != small else 1.0
        rows.append(
            Row(
                measure,
                case.format(size),
                value,
                f"{small:,} scaled by size" if size != small else "",
                small_ms * size / small if size != small else None,
                f"{target} (time grows at most 1.5x the size)",
                growth <= 1.5,
                extra={"growth_over_size": round(growth, 3)},
            )
        )
    return rows


def _import_one_article(count: int, work: Path) -> float:
    import shutil

    from annotations.exchange.imports import import_file

    text = " ".join(f"Kunduz{i}" for i in range(count))
    article = Article.create("big", text)
    records, position = [], 0
    for i in range(count):
        start = text.index(f"Kunduz{i}", position)
        position = start + len(f"Kunduz{i}")
        record = Annotation.create(article, "district", start, position, annotator="bench").to_dict()
        del record["article_id"]
        records.append(record)
    document = {
        "format": "fieldmark", "version": 1, "exported_at": "", "entities": [],
        "articles": [{"id": article.id, "title": "big", "source": "", "published": None, "text": text,
                      "sha256": article.sha256, "status": "todo", "metadata": {}, "annotations": records}],
    }  # fmt: skip
    folder = work / f"one-article-{count}"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    path = folder / "export.json"
    path.write_bytes(orjson.dumps(document))
    started = time.perf_counter()
    with Store.open(folder / "db") as store:
        import_file(store, path)
        store.flush(None)
    return (time.perf_counter() - started) * 1000


def _suggest_long(chars: int) -> float:
    from annotations.suggest import Knowledge, suggest
    from annotations.suggest.builtin_places import builtin_gazetteer

    gazetteer = builtin_gazetteer()
    text = corpus.many_voices(chars)
    return _timed(lambda: suggest(text, Knowledge([gazetteer]))) * 1000
