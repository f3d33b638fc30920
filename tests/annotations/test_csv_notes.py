"""The analyst's notes reach the CSV tables: a newcomer's "unverified" on a claim, and notes on
places and actors, were in the JSON export only. A note is outside text like any other: a
formula is made inert, markup stays as written."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from annotations.cli import run
from annotations.model import ActorAttributes, Annotation, Article, ClaimAttributes, DistrictAttributes
from annotations.store import Store

from ..helpers import span

TEXT = "The Taliban said they captured Kunduz on Monday."


def _table(db: Path, table: str) -> list[dict[str, str]]:
    out = io.StringIO()
    assert run(["export", "--db", str(db), "--format", "csv", "--table", table], stdout=out) == 0
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def test_each_table_has_the_analysts_note(tmp_path: Path) -> None:
    db = tmp_path / "db"
    article = Article.create("Kunduz", TEXT)
    with Store.open(db) as store:
        store.add_article(article)
        for kind, words, attributes in (
            ("district", "Kunduz", DistrictAttributes("captured", note="[bold]unverified[/]")),
            ("actor", "Taliban", ActorAttributes(note='=HYPERLINK("x")')),
            ("claim", "they captured Kunduz", ClaimAttributes(cue="said", note="ကျေးရွာ · one source only")),
        ):
            store.add_annotation(Annotation.create(article, kind, *span(article, words), attributes=attributes))
    assert [row["note"] for row in _table(db, "places")] == ["[bold]unverified[/]"]
    assert [row["note"] for row in _table(db, "actors")] == ['\'=HYPERLINK("x")']
    assert [row["note"] for row in _table(db, "claims")] == ["ကျေးရွာ · one source only"]


def test_an_article_imported_from_a_file_is_named_by_the_files_name_only(tmp_path: Path) -> None:
    """A newcomer's tables carried "/work/shared/fixtures/unseen/sudan_el_fasher.txt" to whoever
    they were sent to: a file's path on the analyst's machine (a home folder) is theirs alone."""
    db = tmp_path / "db"
    sources = {"/home/ana/leads/sudan.txt": "sudan.txt", "https://example.org/a/b": "https://example.org/a/b",
               "Reuters / AFP": "Reuters / AFP", "C:\\Users\\ana\\lashio.md": "lashio.md"}  # fmt: skip
    with Store.open(db) as store:
        for n, source in enumerate(sources):
            article = Article.create(f"Kunduz {n}", f"{TEXT} Report {n}.", source=source)
            store.add_article(article)
            for kind, words in (("district", "Kunduz"), ("actor", "Taliban"), ("claim", "they captured Kunduz")):
                store.add_annotation(Annotation.create(article, kind, *span(article, words)))
    for table in ("places", "actors", "claims"):
        assert sorted(row["source"] for row in _table(db, table)) == sorted(sources.values())
