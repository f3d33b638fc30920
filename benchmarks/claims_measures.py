"""The claims board at the size the claims issue names: 10,000 claims over 1,000 articles, each
claim about one of 50 places with a control status, dated by a weekday in its sentence.

`fieldmark claims` is measured as the command a user types (in-process `run`, output discarded),
and the core grouping alone (read every claim, group into events, find contradictions), with the
claims index current (every reading after the first) and without it (the first reading). The
board is measured from B to its rows on screen: the first opening in a process (the index read
from its file) and the openings after it (the index already in memory)."""

from __future__ import annotations

import io
import re
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from annotations.claims.board import board_claims, events
from annotations.claims.index import INDEX_FILE, forget_kept_indexes
from annotations.cli import run
from annotations.model import (
    ActorDetails,
    Annotation,
    Article,
    ClaimAttributes,
    DistrictAttributes,
    Entity,
    PlaceDetails,
)
from annotations.store import Store

from .measures import Row, median_ms

STATUSES = ("captured", "government_held", "contested", "encircled")
SENTENCE = "On {day} officials in {place} said the fighters {verb} the town after a long battle near the river."


def build(path: Path, articles: int, per_article: int) -> Path:
    """A database of `articles` articles with `per_article` claims each (built once)."""
    marker = path / ".bench-built"
    if marker.exists():
        return path
    places = [Entity.place(f"Place{n:02d}", PlaceDetails("city", country="Testland")) for n in range(50)]
    speakers = [Entity.actor(f"Speaker {n}", ActorDetails("government_officials")) for n in range(20)]
    with Store.open(path) as store:
        for entity in (*places, *speakers):
            store.put_entity(entity)
        for number in range(articles):
            _article(store, number, per_article, places, speakers)
        store.flush(None)
        assert len(store) == articles
    marker.write_text(f"{articles} {per_article}\n")
    return path


def _article(store: Store, number: int, per_article: int, places: list[Entity], speakers: list[Entity]) -> None:
    published = date(2024, 1, 1) + timedelta(days=number % 300)
    days = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
    sentences = [
        SENTENCE.format(day=days[i % 5], place=places[(number + i) % 50].name, verb=("took", "lost", "held")[i % 3])
        for i in range(per_article)
    ]
    text = f"Report {number}. " + " ".join(sentences)  # each text its own article (ids come from texts)
    article = Article.create(f"Report {number}", text, published=published.isoformat())
    store.add_article(article)
    items: list[tuple[Annotation, Entity | None]] = []
    for i, sentence in enumerate(sentences):
        offset = article.text.index(sentence)
        place = places[(number + i) % 50]
        at = offset + sentence.index(place.name)
        status = STATUSES[(number + i) % 4]
        items.append(
            (
                Annotation.create(
                    article,
                    "district",
                    at,
                    at + len(place.name),
                    entity_id=place.id,
                    attributes=DistrictAttributes(control_status=status),  # type: ignore[arg-type]
                ),
                None,
            )
        )
        content = re.search(r"the fighters .*", sentence)
        assert content is not None
        claim = ClaimAttributes(
            claimant_entity_id=speakers[(number + i) % 20].id,
            cue="said",
            claim_type="territorial_control",
            places=(place.id,),
        )
        items.append(
            (
                Annotation.create(
                    article, "claim", offset + content.start(), offset + len(sentence) - 1, attributes=claim
                ),
                None,
            )
        )
    store.add_annotations(items, label=f"bench {number}")


def claims(work: Path, articles: int, per_article: int, reps: int) -> list[Row]:
    db = build(work / f"claims-{articles}x{per_article}", articles, per_article)
    total = articles * per_article
    cold = []
    for _ in range(min(reps, 3)):  # every article derived again: the index removed first
        (db / "derived" / INDEX_FILE).unlink(missing_ok=True)
        forget_kept_indexes()
        started = time.perf_counter()
        assert run(["claims", "--json", "--db", str(db)], stdout=io.StringIO()) == 0
        cold.append(time.perf_counter() - started)
    command = []
    for _ in range(reps):
        started = time.perf_counter()
        assert run(["claims", "--json", "--db", str(db)], stdout=io.StringIO()) == 0
        command.append(time.perf_counter() - started)
    core = []
    with Store.open(db, readonly=True) as store:
        for _ in range(reps):
            started = time.perf_counter()
            grouped = events(board_claims(store))
            for event in grouped:
                event.contradictions()
            core.append(time.perf_counter() - started)
    shown, filled = _board(db, reps)
    return [
        Row("claims", f"claims board (B): first frame, {total:,} claims", median_ms(shown), target="reported"),
        Row("claims", f"claims board (B): rows on screen, first opening, {total:,} claims", filled[0] * 1000,
            target="< 200 ms", met=filled[0] < 0.2),
        Row("claims", f"claims board (B): rows on screen, {total:,} claims", median_ms(filled[1:]),
            target="< 200 ms", met=median_ms(filled[1:]) < 200),
        Row("claims", f"`fieldmark claims --json`, {total:,} claims", median_ms(command), target="< 1 s",
            met=median_ms(command) < 1000),
        Row("claims", f"`fieldmark claims --json`, first reading (no index), {total:,} claims", median_ms(cold),
            target="reported"),
        Row("claims", f"group into events and contradictions, {total:,} claims", median_ms(core), target="reported",
            extra={"events": len(grouped)}),
    ]  # fmt: skip


def _board(db: Path, reps: int) -> tuple[list[float], list[float]]:
    """Wall time from B to the board's first frame, and to the first frame showing its rows (the
    claims are read on another thread meanwhile), in a new app: its first opening comes first."""
    import asyncio

    from annotations.settings import Settings
    from tui.app import FieldmarkApp
    from tui.screens.claims_board import ClaimsBoard

    shown: list[float] = []
    filled: list[float] = []
    painted: list[float] = []
    mounted = ClaimsBoard.on_mount
    loaded = ClaimsBoard._loaded

    def on_mount(self: ClaimsBoard) -> None:
        mounted(self)
        self.call_after_refresh(lambda: painted.append(time.perf_counter()))

    def _loaded(self: ClaimsBoard, *args: Any) -> None:
        loaded(self, *args)
        self.call_after_refresh(lambda: painted.append(time.perf_counter()))

    ClaimsBoard.on_mount = on_mount  # type: ignore[method-assign]
    ClaimsBoard._loaded = _loaded  # type: ignore[method-assign]

    async def measure() -> None:
        with Store.open(db, readonly=True) as store:
            app = FieldmarkApp(store, Settings(db=store.location, annotator="bench", suggestions=False))
            async with app.run_test(size=(120, 40)) as pilot:
                await pilot.pause()
                for _ in range(reps + 1):
                    painted.clear()
                    started = time.perf_counter()
                    await pilot.press("B")
                    board = app.screen
                    assert isinstance(board, ClaimsBoard)
                    await board.loaded.wait()
                    while len(painted) < 2:
                        await asyncio.sleep(0.001)
                    shown.append(painted[0] - started)
                    filled.append(painted[1] - started)
                    await pilot.press("escape")
                    await pilot.pause()

    forget_kept_indexes()  # the first opening reads the index file, as in a new process
    try:
        asyncio.run(measure())
    finally:
        ClaimsBoard.on_mount = mounted  # type: ignore[method-assign]
        ClaimsBoard._loaded = loaded  # type: ignore[method-assign]
    return shown, filled
