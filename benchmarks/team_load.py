"""A team at work on one server: N analyst processes tag, edit, undo and fight over shared records
for S seconds, then every change any of them was told was saved is looked for in the database.

    python -m benchmarks.team_load [--analysts 20] [--seconds 60] [--kill] [--url URL] [--json]

Without --url it starts its own PostgreSQL server (as the tests do). Each analyst, in a loop, adds
a mention (55 %), edits one of its own (20 %), undoes its last step (10 %) or edits the article's
shared "hot" record that everyone edits (15 %: conflicts are refused, never overwritten). Every
change it is told was saved goes to its log first (flushed), so a killed analyst's work can still be
checked. With --kill, a third of the analysts are SIGKILLed at random moments and the server is
crashed and started again half way (meanwhile an analyst's steps wait on its machine and are sent
when the server is back: not acknowledged until then). At the end each analyst's own mentions must be in the database
exactly as its last acknowledged change left them (a change in flight when a process or the server
died may have landed or not: both are accepted); anything else is counted as lost.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import random
import signal
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

WORDS = "Officials in the province said fighters attacked checkpoints near the river before dawn".split()
ARTICLES = 30


def setup(url: str) -> list[str]:
    """The corpus: articles, each with one record everyone edits."""
    from annotations.model import Annotation, Article
    from annotations.store.postgres.store import PostgresStore

    with PostgresStore(url, readonly=False, create=True, annotator="lead") as lead:
        ids = []
        for n in range(ARTICLES):
            article = Article.create(f"Report {n}", " ".join(random.Random(n).sample(WORDS, len(WORDS))) + f" {n}.")
            lead.add_article(article)
            lead.add_annotation(Annotation.create(article, "actor", 0, len(article.text.split()[0]), annotator="lead"))
            ids.append(article.id)
    return ids


def analyst(url: str, name: str, articles: list[str], deadline: float, log_path: str, seed: int) -> None:
    """One analyst's loop (a process of its own); acknowledged changes go to `log_path`."""
    from annotations.errors import ConflictError, StoreError
    from annotations.model import ActorAttributes, Annotation, DistrictAttributes
    from annotations.store.postgres.store import PostgresStore

    rng = random.Random(seed)
    log = open(log_path, "a", buffering=1)

    def write(**entry: Any) -> None:
        log.write(json.dumps(entry) + "\n")
        log.flush()
        os.fsync(log.fileno())

    store = None
    own: dict[str, Annotation] = {}
    made_here: set[str] = set()
    while time.time() < deadline:
        try:
            if store is None:
                store = PostgresStore(url, readonly=False, create=False, annotator=name)
            roll = rng.random()
            started = time.perf_counter()
            if roll < 0.55 or not own:
                article = store.article(rng.choice(articles))
                words = article.text.split()
                k = rng.randrange(1, len(words) - 1)
                start = len(" ".join(words[:k])) + 1
                kind = rng.choice(["district", "actor"])
                made = Annotation.create(article, kind, start, start + len(words[k]), annotator=name)  # type: ignore[arg-type]
                write(t="intent", id=made.id, record=made.to_dict())
                saved = store.add_annotation(made)
                own[made.id] = made
                made_here.add(made.id)
                _acknowledge(write, saved.seq, "add", made.id, made.to_dict(), started)
            elif roll < 0.75:
                mine = own[rng.choice(sorted(own))]
                attributes = DistrictAttributes(note=str(rng.random())) if mine.kind == "district" else ActorAttributes(
                    note=str(rng.random()))  # fmt: skip
                edited = mine.edited(attributes=attributes)
                write(t="intent", id=edited.id, record=edited.to_dict())
                saved = store.update_annotation(edited)
                own[edited.id] = edited
                _acknowledge(write, saved.seq, "edit", edited.id, edited.to_dict(), started)
            elif roll < 0.85:
                entry = store.undo()
                for change in entry.changes if entry is not None else ():
                    if change.record == "annotation" and change.id in made_here:  # its own mention, as before
                        if change.before is None:
                            own.pop(change.id, None)
                        else:
                            own[change.id] = Annotation.from_dict(change.before)
                        _acknowledge(write, entry.seq, "undo", change.id, change.before, started)
            else:
                article_id = rng.choice(articles)
                hot = next(a for a in store.annotations(article_id) if a.annotator == "lead")
                time.sleep(rng.random() * 0.01)  # others edit it meanwhile
                store.update_annotation(replace(hot, attributes=ActorAttributes(note=f"{name} {rng.random()}")))
                write(t="hot", ms=_ms(started), at=time.time())
        except ConflictError:
            write(t="conflict")
        except StoreError:
            write(t="unreachable")  # the change in flight (its intent) may or may not have landed
            if store is not None:
                store.close()
            store = None
            time.sleep(0.2)
    if store is not None:
        store.close()
    write(t="done")


def _acknowledge(write: Any, seq: int, op: str, ident: str, record: Any, started: float) -> None:
    """A step the server took (seq > 0) is acknowledged; one kept on this machine while the server
    was away (seq < 0) is in flight: it is sent when the server is back, if the process lives."""
    if seq > 0:
        write(t="ack", op=op, id=ident, record=record, ms=_ms(started), at=time.time())
    else:
        write(t="intent", id=ident, record=record)


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def notify_latency(url: str, articles: list[str], samples: int = 30) -> list[float]:
    """Milliseconds from one analyst starting a save to another's store hearing of it (an upper
    bound of the delay: it includes the save itself), on an idle server."""
    import threading

    from annotations.model import Annotation
    from annotations.store.postgres.store import PostgresStore

    heard = threading.Event()
    delays: list[float] = []
    with (
        PostgresStore(url, readonly=False, create=False, annotator="listener") as listener,
        PostgresStore(url, readonly=False, create=False, annotator="writer") as writer,
    ):
        listener.watch(lambda _articles: heard.set())
        time.sleep(0.5)  # the listener's connection is up
        article = writer.article(articles[0])
        for n in range(samples):
            heard.clear()
            start = n % (len(article.text) - 3)
            saving = time.perf_counter()  # the notification may arrive before the save returns
            writer.add_annotation(Annotation.create(article, "actor", start, start + 1, annotator="writer"))
            if heard.wait(5):
                delays.append((time.perf_counter() - saving) * 1000)
        listener.watch(None)
        for _ in range(samples):
            writer.undo()  # leave the article as it was
    return delays


def run(url: str, analysts: int, seconds: float, kill: bool, server: Any = None) -> dict[str, Any]:
    articles = setup(url)
    heard = sorted(notify_latency(url, articles))
    with tempfile.TemporaryDirectory(prefix="fieldmark-load-") as logs:  # each run left 20 MB behind
        folder = Path(logs)
        context = multiprocessing.get_context("spawn")
        deadline = time.time() + seconds + 3  # the processes take a moment to start
        processes = []
        for n in range(analysts):
            log = folder / f"analyst{n}.jsonl"
            process = context.Process(target=analyst, args=(url, f"analyst{n}", articles, deadline, str(log), n))
            process.start()
            processes.append(process)
        killed = _disturb(processes, server, seconds, deadline) if kill else 0
        for process in processes:
            process.join(timeout=seconds + 60)
        result = _verify(url, folder, analysts, seconds, killed)
    result["notified_ms_p50"] = round(statistics.median(heard), 1) if heard else None
    result["notified_ms_max"] = round(heard[-1], 1) if heard else None
    return result


def _disturb(processes: list[Any], server: Any, seconds: float, deadline: float) -> int:
    """SIGKILL a third of the analysts at random moments; crash and restart the server half way."""
    rng = random.Random(7)
    victims = rng.sample(processes, max(1, len(processes) // 3))
    moments = sorted((rng.uniform(0.2, 0.9) * seconds, p) for p in victims)
    start = deadline - seconds
    crashed = False
    for moment, victim in moments:
        if not crashed and server is not None and moment > seconds / 2:
            time.sleep(max(0.0, start + seconds / 2 - time.time()))
            server.crash()
            time.sleep(1.0)
            server.start_again()
            crashed = True
        time.sleep(max(0.0, start + moment - time.time()))
        os.kill(victim.pid, signal.SIGKILL)
    return len(victims)


def _verify(url: str, folder: Path, analysts: int, seconds: float, killed: int) -> dict[str, Any]:
    """Every analyst's own mentions as its last acknowledged change left them."""
    import psycopg

    with psycopg.connect(url) as connection:
        stored = {
            row[0]: row[1] for row in connection.execute("SELECT id, record FROM annotations WHERE annotator <> 'lead'")
        }
    latencies: list[float] = []
    times: list[float] = []
    conflicts = acknowledged = lost = in_flight = 0
    for n in range(analysts):
        expected: dict[str, Any] = {}
        allowed: dict[str, list[Any]] = {}
        for line in (folder / f"analyst{n}.jsonl").read_text().splitlines():
            entry = json.loads(line)
            if entry["t"] == "intent":
                allowed.setdefault(entry["id"], []).append(entry["record"])
            elif entry["t"] == "ack":
                expected[entry["id"]] = entry["record"]
                allowed.pop(entry["id"], None)
                acknowledged += 1
                latencies.append(entry["ms"])
                times.append(entry["at"])
            elif entry["t"] == "hot":
                acknowledged += 1
                latencies.append(entry["ms"])
                times.append(entry["at"])
            elif entry["t"] == "conflict":
                conflicts += 1
        for ident, record in expected.items():
            found = stored.get(ident)
            if found != record:
                if found in allowed.get(ident, []):
                    in_flight += 1  # a change in flight when its process or the server died: it landed
                else:
                    lost += 1
    ordered = sorted(latencies)
    return {
        "analysts": analysts,
        "seconds": seconds,
        "acknowledged_changes": acknowledged,
        "changes_per_second": round(acknowledged / (max(times) - min(times)), 1) if len(times) > 1 else None,
        "save_ms_p50": round(statistics.median(ordered), 1) if ordered else None,
        "save_ms_p95": round(ordered[int(len(ordered) * 0.95)], 1) if ordered else None,
        "conflicts_refused": conflicts,
        "analysts_killed": killed,
        "in_flight_landed": in_flight,
        "lost": lost,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.team_load", description=__doc__.split("\n")[0])
    parser.add_argument("--analysts", type=int, default=20)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--kill", action="store_true", help="SIGKILL analysts and crash the server mid-run")
    parser.add_argument("--url", help="a server database to use (default: start a server here)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    server = None
    url = args.url
    if url is None:
        sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
        from tests.postgres_server import shared_server

        server = shared_server()
        if server is None:
            print("no PostgreSQL server programs here; give --url", file=sys.stderr)
            return 2
        url = server.database()
    elif args.kill:
        print("--kill crashes the server: only with the server this command starts (no --url)", file=sys.stderr)
        return 2
    result = run(url, args.analysts, args.seconds, args.kill, server)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for key, value in result.items():
            print(f"{key:22} {value}")
    return 0 if result["lost"] == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
