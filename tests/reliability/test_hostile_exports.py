"""What leaves Fieldmark cannot attack what reads it: spreadsheets, brat, the file system."""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from annotations.exchange.brat_read import read_brat_folder
from annotations.exchange.export import export
from annotations.model import ActorDetails, Annotation, Article, ClaimAttributes, Entity, PlaceDetails
from annotations.store import Store
from annotations.store.atomic import TEMP_SUFFIX

TEXT = "Taliban fighters entered Kunduz, officials said. Residents fled."


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "db"
    article = Article.create('=HYPERLINK("http://evil.test","click")', TEXT, source="@SUM(A1:A9)")
    with Store.open(path) as store:
        store.add_article(article)
        taliban = Entity.actor("-2+3+cmd|' /C calc'!A0", ActorDetails("rebel_group"))
        actor = Annotation.create(article, "actor", 0, 7, entity_id=taliban.id, annotator="+ana")
        store.add_annotation(actor, new_entity=taliban)
        kunduz = Entity.place("Kunduz", PlaceDetails("province", latitude=-36.7, longitude=68.8))
        place = Annotation.create(article, "district", 25, 31, entity_id=kunduz.id)
        store.add_annotation(place, new_entity=kunduz)
        claim = ClaimAttributes(
            claimant_annotation_id=actor.id, claimant_entity_id=taliban.id, cue="said", places=(kunduz.id,)
        )
        store.add_annotation(Annotation.create(article, "claim", 0, 31, attributes=claim, annotator="@ana"))
    return path


def test_csv_cells_that_would_run_as_formulas_are_neutralised(db: Path, tmp_path: Path) -> None:
    with Store.open(db, readonly=True) as store:
        export(store, "csv", tmp_path / "out.csv")
    (row,) = list(csv.DictReader(io.StringIO((tmp_path / "out.csv").read_text(encoding="utf-8"))))
    assert row["article_title"] == '\'=HYPERLINK("http://evil.test","click")'
    assert row["source"] == "'@SUM(A1:A9)" and row["annotator"] == "'@ana"
    assert row["claimant"] == "'-2+3+cmd|' /C calc'!A0"
    assert row["latitude"] == "-36.7"  # a negative number stays a number
    assert not any(v.startswith(("=", "+", "@")) for v in row.values())


def test_csv_of_districts_only_is_refused_not_an_empty_table(db: Path, tmp_path: Path) -> None:
    from annotations.cli import run

    err = io.StringIO()
    code = run(
        ["export", "--format", "csv", "--kind", "district", "-o", str(tmp_path / "x.csv"), "--db", str(db)], stderr=err
    )
    assert code == 1 and "lists claim annotations" in err.getvalue() and not (tmp_path / "x.csv").exists()
    assert "--table" in err.getvalue()  # and says which table holds districts


def test_a_tab_or_line_break_in_a_name_cannot_forge_brat_lines(tmp_path: Path) -> None:
    """Names are cleaned when stored; the brat writer also escapes what reaches it raw."""
    from annotations.exchange.brat_write import brat_ann

    article = Article.create("t", TEXT)
    entity = Entity.actor("Taliban", ActorDetails())
    object.__setattr__(entity, "name", "Taliban\nT9\tDistrict 0 3\tTal")  # as if stored by an older version
    annotation = Annotation.create(article, "actor", 0, 7, entity_id=entity.id)
    object.__setattr__(annotation, "annotator", "ana\tR1\tClaimant Arg1:T1 Arg2:T1")

    class OneEntity:
        def get_entity(self, _id: str | None) -> Entity:
            return entity

    ann = brat_ann(OneEntity(), article, [annotation])  # type: ignore[arg-type]
    assert [line.split("\t")[0] for line in ann.splitlines()] == ["T1", "#1", "N1"]
    folder = tmp_path / "brat"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT)
    (folder / "a.ann").write_text(ann)
    (record,) = read_brat_folder(folder)["articles"]
    assert len(record["annotations"]) == 1


def test_export_temporaries_never_follow_a_planted_link(db: Path, tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    target = tmp_path / "out.json"
    for guess in (f".out.json.{os.getpid()}{TEMP_SUFFIX}", f".out.json{TEMP_SUFFIX}"):
        (tmp_path / guess).symlink_to(victim)
    with Store.open(db, readonly=True) as store:
        export(store, "json", target)
        export(store, "brat", tmp_path / "brat")
        (tmp_path / "brat" / f".{store.articles()[0].id}.ann{TEMP_SUFFIX}").symlink_to(victim)
        export(store, "brat", tmp_path / "brat", force=True)
    assert victim.read_text() == "keep me" and target.read_text().startswith('{"format":"fieldmark"')


def test_a_killed_export_leaves_a_temporary_that_the_next_export_removes(db: Path, tmp_path: Path) -> None:
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    stale = tmp_path / f".out.json.{dead.stdout.strip()}.abc123{TEMP_SUFFIX}"
    stale.write_text("half an export")
    with Store.open(db, readonly=True) as store:
        export(store, "json", tmp_path / "out.json")
    assert not stale.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ("-12.24667; ; -12.97395", "-12.24667; ; -12.97395"),  # a claim's places, one coordinate each
        ("-1.57386; ", "-1.57386; "),  # the last place has none (a newcomer's: "'-1.57386; " read as text)
        ("-36.7", "-36.7"),
        ("-1; =cmd", "'-1; =cmd"),
        ("-1; -2+3", "'-1; -2+3"),
        ("-inf", "'-inf"),
        ("- 1", "'- 1"),
        ("; ", "; "),
        ("-", "'-"),
    ],
)
def test_a_list_of_negative_coordinates_stays_numbers_and_anything_else_is_neutralised(cell: str, written: str) -> None:
    from annotations.text.cells import inert

    assert inert(cell) == written


def test_event_rows_and_entity_lists_neutralise_formulas_and_read_them_back(tmp_path: Path) -> None:
    """A newcomer's actor renamed '=HYPERLINK(…)' reached the events CSV and the entity list raw
    (only the claims table was neutralised); the list read back keeps the name as it was."""
    from annotations.entities.lists import read_list, write_list

    path = tmp_path / "events-db"
    article = Article.create("Kunduz", "Taliban fighters captured Kunduz, officials said.", published="2021-08-08")
    with Store.open(path) as store:
        store.add_article(article)
        taliban = Entity.actor("-2+3+cmd|' /C calc'!A0", ActorDetails("rebel_group"))
        store.add_annotation(Annotation.create(article, "actor", 0, 16, entity_id=taliban.id), new_entity=taliban)
        details = PlaceDetails(
            "province", country="Afghanistan", codes={"iso3166_1": "AF"}, latitude=36.7, longitude=68.8
        )
        kunduz = Entity.place("=Kunduz", details)
        store.add_annotation(Annotation.create(article, "district", 26, 32, entity_id=kunduz.id), new_entity=kunduz)
        claim = ClaimAttributes(cue="said", claim_type="territorial_control", places=(kunduz.id,))
        store.add_annotation(Annotation.create(article, "claim", 0, 32, attributes=claim))
        export(store, "events", tmp_path / "events.csv")
        entities = list(store.entities())
    (row,) = list(csv.DictReader(io.StringIO((tmp_path / "events.csv").read_text(encoding="utf-8"))))
    assert row["actor1"] == "'-2+3+cmd|' /C calc'!A0" and row["location"] == "'=Kunduz"
    assert not any(v.startswith(("=", "+", "@")) for v in row.values())
    listed = tmp_path / "entities.csv"
    listed.write_text(write_list(entities, "csv"), encoding="utf-8")
    assert "\n'-2+3+cmd" in listed.read_text(encoding="utf-8")
    assert {e.name for e in read_list(listed)} == {e.name for e in entities}


def test_an_entity_list_reads_back_a_name_that_starts_with_a_quote() -> None:
    """A reviewer's: "'-Ndrangheta" was written as it is and read back as "-Ndrangheta"."""
    from annotations.text.cells import as_written, inert_to_read_back

    for name in ("'-Ndrangheta", "=SAA", "'=x", "Ndrangheta", "-12.5"):
        assert as_written(inert_to_read_back(name)) == name
