"""Snapshots at 120x40: the main screen, the claim form, the library and help."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from annotations.model import ActorDetails, Annotation, DistrictAttributes, Entity, PlaceDetails
from annotations.settings import Settings
from annotations.store import Store
from tui.app import FieldmarkApp
from tui.widgets.article_view import ArticleView

from .conftest import SIZE

STAMP = "2021-06-21T10:41:00.000+00:00"


def annotate(store: Store) -> None:
    """A fixed, timestamped set of annotations so the pictures never drift."""
    article = store.article(store.articles()[0].id)
    text = article.text

    def span(phrase: str, nth: int = 0) -> tuple[int, int]:
        start = -1
        for _ in range(nth + 1):
            start = text.index(phrase, start + 1)
        return start, start + len(phrase)

    kunduz = Entity(
        "place_kunduz",
        "place",
        "Kunduz",
        PlaceDetails("province", "Kunduz", "Afghanistan", {"iso3166_2": "AF-KDZ"}),
        STAMP,
        STAMP,
    )
    imam = Entity("place_imam", "place", "Imam Sahib", PlaceDetails("district", "Kunduz", "Afghanistan"), STAMP, STAMP)
    taliban = Entity("actor_taliban", "actor", "Taliban", ActorDetails("rebel_group"), STAMP, STAMP)
    for entity in (kunduz, imam, taliban):
        store.put_entity(entity)
    rows = [
        ("district", span("Kunduz"), kunduz.id, DistrictAttributes("encircled")),
        ("district", span("Imam Sahib", 1), imam.id, DistrictAttributes("captured")),
        ("actor", span("Taliban"), taliban.id, None),
        ("actor", span("Islamist extremists"), taliban.id, None),
        ("actor", span("Taliban", 1), taliban.id, None),
    ]
    for n, (kind, (start, end), entity_id, attributes) in enumerate(rows):
        annotation = Annotation.create(
            article, kind, start, end, entity_id=entity_id, attributes=attributes, annotator="ana", id=f"ann_{n}"
        )  # type: ignore[arg-type]
        store.add_annotation(Annotation.from_dict({**annotation.to_dict(), "created": STAMP, "modified": STAMP}))


@pytest.fixture
def snapshot_app(seed_db: Path, tmp_path: Path):
    store = Store.open(seed_db)
    annotate(store)
    app = FieldmarkApp(store, Settings(db=store.location, annotator="ana", suggestions=False))
    yield app
    store.close()


async def settled(pilot: Pilot) -> None:
    """Suggestions are computed in the background: wait for them so pictures never race."""
    await pilot.pause()
    screen = pilot.app.screen if hasattr(pilot.app.screen, "suggestions_current") else pilot.app.main
    await asyncio.wait_for(screen.suggestions_current.wait(), timeout=60)
    await pilot.pause()


async def no_blink(pilot: Pilot) -> None:
    await settled(pilot)
    for field in pilot.app.screen.query(Input):
        field.cursor_blink = False
    await pilot.pause()


def test_main_screen(snap_compare, snapshot_app: FieldmarkApp) -> None:
    assert snap_compare(snapshot_app, terminal_size=SIZE, run_before=no_blink)


def test_claim_form(snap_compare, snapshot_app: FieldmarkApp) -> None:
    async def open_claim_form(pilot: Pilot) -> None:
        await settled(pilot)
        reader = pilot.app.screen.query_one(ArticleView)
        start = reader.text.index("“Dozens")
        reader.move_cursor(reader.location_of(start + 3))
        await pilot.press("c")
        await no_blink(pilot)

    assert snap_compare(snapshot_app, terminal_size=SIZE, run_before=open_claim_form)


def test_library(snap_compare, snapshot_app: FieldmarkApp) -> None:
    async def open_library(pilot: Pilot) -> None:
        await settled(pilot)
        await pilot.press("L")
        await no_blink(pilot)

    assert snap_compare(snapshot_app, terminal_size=SIZE, run_before=open_library)


def test_help(snap_compare, snapshot_app: FieldmarkApp) -> None:
    async def open_help(pilot: Pilot) -> None:
        await settled(pilot)
        await pilot.press("question_mark")
        await no_blink(pilot)

    assert snap_compare(snapshot_app, terminal_size=SIZE, run_before=open_help)


def test_main_screen_with_suggestions(snap_compare, snapshot_app: FieldmarkApp) -> None:
    """A new user's view: suggestions drawn dim, the detail says what one proposes and why."""
    snapshot_app.settings = replace(snapshot_app.settings, suggestions=True)

    async def on_a_suggestion(pilot: Pilot) -> None:
        await settled(pilot)
        reader = pilot.app.screen.query_one(ArticleView)
        reader.move_cursor(reader.location_of(reader.text.index("Tajikistan") + 2))
        await no_blink(pilot)

    assert snap_compare(snapshot_app, terminal_size=SIZE, run_before=on_a_suggestion)
