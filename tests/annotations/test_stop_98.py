"""Stop 98: what a data manager found with two analysts on one article (helper-365's finding 10)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from annotations.cli import run
from annotations.model import Article
from annotations.store import Store
from annotations.suggest.review import accept, gazetteers_for, suggestions_for

TEXT = (
    "Attack in Djibo\n\nOUAGADOUGOU (Reuters) - Jihadist fighters killed 18 soldiers in Djibo on Sunday, "
    "the army said. A local official said 32 soldiers were killed.\n"
)


def two_analysts(tmp_path: Path) -> Path:
    """One article whose suggestions two analysts accepted alike, not adjudicated."""
    db = tmp_path / "db"
    with Store.open(db) as store:
        article = Article.create("Attack in Djibo", TEXT, published="2024-05-13")
        store.add_article(article)
        found = suggestions_for(store, article.id, gazetteers_for(store))
        for analyst in ("ana", "bo"):
            accept(store, article, found, found, annotator=analyst)
    return db


def fieldmark(db: Path, *args: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    assert run([*args, "--db", str(db)], stdout=out, stderr=err) == 0, err.getvalue()
    return out.getvalue()


def test_a_claim_two_analysts_tagged_alike_counts_once_on_the_board_and_in_the_event_rows(tmp_path: Path) -> None:
    db = two_analysts(tmp_path)
    board = fieldmark(db, "claims")
    assert "1 event from 2 claims" in board  # was 4: each analyst's copy of the two tolls
    assert "18 dead (forces) (1 claim) · 32 dead (forces) (1 claim)" in board
    rows = list(csv.DictReader(io.StringIO(fieldmark(db, "export", "--format", "events", "--per-claim"))))
    assert sorted(r["fatalities"] for r in rows) == ["18", "32"]


def test_the_claims_command_shows_one_analysts_claims(tmp_path: Path) -> None:
    db = two_analysts(tmp_path)
    (event,) = json.loads(fieldmark(db, "claims", "--annotator", "bo", "--json"))
    assert {c["annotator"] for c in event["claims"]} == {"bo"} and len(event["claims"]) == 2
    assert "0 events from 0 claims" in fieldmark(db, "claims", "--annotator", "cy")
