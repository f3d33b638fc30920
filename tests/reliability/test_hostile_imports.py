"""Imports from outside: every string normalised on every path, a refused file stores nothing, and
bad files are one line naming the file, never a traceback."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import pytest

from annotations.cli import run
from annotations.model import Annotation, Article
from annotations.store import Store
from annotations.suggest.stored_gazetteers import places_of
from annotations.text.normalize import BIDI_CONTROLS

HOSTILE = "\x1b]0;owned\x07\x1b[2J\x00\u202e"
"""A terminal title change, a screen clear, NUL and a right-to-left override."""


def clean(value: str) -> bool:
    return not any(c in value for c in "\x1b\x07\x00") and not BIDI_CONTROLS & set(value)


def cli(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(args), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def export_record(text: str, annotations: list[dict[str, Any]], **fields: Any) -> dict[str, Any]:
    from annotations.model import text_sha256

    return {
        "id": text_sha256(text)[:16], "title": "t", "source": "", "published": None, "text": text,
        "sha256": text_sha256(text), "status": "todo", "metadata": {}, "annotations": annotations, **fields,
    }  # fmt: skip


def annotation_record(text: str, quote: str, **fields: Any) -> dict[str, Any]:
    article = Article.create("x", text.replace("\x1b", "").replace("\x00", "") or "x")
    start = text.index(quote)
    record = Annotation.create(article, "actor", 0, 1).to_dict() | {
        "start": start, "end": start + len(quote), "quote": quote,
        "prefix": text[max(0, start - 32) : start], "suffix": text[start + len(quote) : start + len(quote) + 32],
    }  # fmt: skip
    del record["article_id"]
    return record | fields


def write_export(path: Path, articles: list[dict[str, Any]], entities: list[dict[str, Any]] | None = None) -> Path:
    document = {
        "format": "fieldmark",
        "version": 1,
        "exported_at": "",
        "articles": articles,
        "entities": entities or [],
    }
    path.write_text(json.dumps(document), encoding="utf-8")
    return path


def everything(db: Path) -> list[str]:
    """Every string the database hands out: titles, sources, texts, quotes, names, annotators."""
    found: list[str] = []
    with Store.open(db, readonly=True) as store:
        for summary in store.articles():
            article = store.article(summary.id)
            found += [summary.title, summary.source, article.title, article.source, article.text]
            for annotation in store.annotations(summary.id):
                found += [annotation.quote, annotation.annotator, annotation.prefix, annotation.suffix]
        for entity in store.entities():
            found += [entity.name, *entity.names()]
    return found


def test_an_export_with_escape_sequences_is_stored_clean_and_its_annotations_found_again(tmp_path: Path) -> None:
    text = f"Taliban{HOSTILE} fighters entered Kunduz, officials said."
    annotation = annotation_record(text, "Kunduz", annotator=f"ana{HOSTILE}", entity_id="actor_x")
    details = {"actor_type": "media", "affiliation": "", "aliases": [f"E{HOSTILE}"]}
    entity = {"id": "actor_x", "kind": "actor", "name": f"Evil{HOSTILE} Corp", "details": details}
    article = export_record(text, [annotation], title=f"Title{HOSTILE}", source=f"http://x{HOSTILE}")
    path = write_export(tmp_path / "in.json", [article], [entity])
    code, _out, err = cli("import", str(path), "--db", str(tmp_path / "db"))
    assert code == 0, err
    strings = everything(tmp_path / "db")
    assert all(clean(s) for s in strings), [s for s in strings if not clean(s)]
    with Store.open(tmp_path / "db", readonly=True) as store:
        (summary,) = store.articles()
        (stored,) = store.annotations(summary.id)
        assert store.article(summary.id).text[stored.start : stored.end] == "Kunduz"
        assert stored.annotator == "ana]0;owned[2J" and summary.title == "Title]0;owned[2J"
    code, listed, _ = cli("list", "--db", str(tmp_path / "db"))
    assert code == 0 and clean(listed)


def test_a_brat_folder_with_escape_sequences_in_text_and_file_name_is_stored_clean(tmp_path: Path) -> None:
    folder = tmp_path / "brat"
    folder.mkdir()
    name = "report\x1b]0;x\x07"
    text = f"The Taliban{HOSTILE} took Kunduz.\r\n"
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    start = text.index("Kunduz")
    (folder / f"{name}.ann").write_text(f"T1\tDistrict {start} {start + 6}\tKunduz\n", encoding="utf-8")
    code, _out, err = cli("import", str(folder), "--db", str(tmp_path / "db"))
    assert code == 0, err
    assert all(clean(s) for s in everything(tmp_path / "db"))
    with Store.open(tmp_path / "db", readonly=True) as store:
        (summary,) = store.articles()
        (district,) = store.annotations(summary.id)
        assert district.quote == "Kunduz" and "\r" not in store.article(summary.id).text


def test_json_ingest_stores_url_and_source_normalised(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(
        json.dumps({"title": f"T{HOSTILE}", "text": "Kunduz fell.", "url": f"http://x.test/\x1b[2J{HOSTILE}"})
    )
    assert cli("import", str(tmp_path / "a.json"), "--db", str(tmp_path / "db"))[0] == 0
    assert all(clean(s) for s in everything(tmp_path / "db"))


def test_a_gazetteer_file_with_escape_sequences_is_stored_and_printed_clean(tmp_path: Path) -> None:
    (tmp_path / "g.csv").write_text(
        f"name,province,alternates\nImam Sahib,Kun{HOSTILE}duz,Imam{HOSTILE}\nQala{HOSTILE},x,y\n", encoding="utf-8"
    )
    db = str(tmp_path / "db")
    assert cli("gazetteer", "import", str(tmp_path / "g.csv"), "--db", db)[0] == 0
    code, out, _ = cli("gazetteer", "search", "Imam Sahib", "--db", db)
    assert code == 0 and "Kun]0;owned[2Jduz" in out and clean(out)
    with Store.open(db, readonly=True) as store:
        records = [p.to_dict() for name in store.gazetteers() for p in places_of(store, name)]
    assert all(clean(str(value)) for record in records for value in record.values())


def test_the_annotator_given_on_the_command_line_is_stored_clean(tmp_path: Path) -> None:
    db = tmp_path / "db"
    seen: list[str] = []
    assert (
        run(
            ["--db", str(db), "--annotator", f"ana{HOSTILE}"],
            open_app=lambda s, settings: seen.append(settings.annotator) or 0,
            stderr=io.StringIO(),
        )
        == 0
    )
    with Store.open(db) as store:
        summary = store.articles()[0]
        article = store.article(summary.id)
        store.add_annotation(Annotation.create(article, "actor", 0, 3, annotator=seen[0]))
        assert clean(store.annotations(summary.id)[0].annotator)


# --- a refused file stores nothing ------------------------------------------------------------


def existing_database(location: Path) -> None:
    """An empty database made before the import (into a new one, a refused import makes none)."""
    with Store.open(location):
        pass


def test_a_brat_folder_with_one_bad_file_is_refused_whole_and_names_it(tmp_path: Path) -> None:
    folder = tmp_path / "brat"
    folder.mkdir()
    for name, status in (("a", "captured"), ("b", "conquered")):
        (folder / f"{name}.txt").write_text(f"Kunduz fell ({name}).", encoding="utf-8")
        (folder / f"{name}.ann").write_text(
            f"T1\tDistrict 0 6\tKunduz\nA1\tControlStatus T1 {status}\n", encoding="utf-8"
        )
    existing_database(tmp_path / "db")
    code, _out, err = cli("import", str(folder), "--db", str(tmp_path / "db"))
    assert code == 1 and "b.ann" in err and "control_status" in err and "Traceback" not in err
    with Store.open(tmp_path / "db", readonly=True) as store:
        assert len(store) == 0


def test_an_export_with_a_fractional_offset_is_refused_before_anything_is_stored(tmp_path: Path) -> None:
    good = export_record("Kunduz fell.", [annotation_record("Kunduz fell.", "Kunduz")])
    text = "Herat held."
    bad = export_record(text, [annotation_record(text, "Herat") | {"start": 0.0}])
    path = write_export(tmp_path / "in.json", [good, good | {}, bad])
    existing_database(tmp_path / "db")
    code, _out, err = cli("import", str(path), "--db", str(tmp_path / "db"))
    assert code == 1 and "in.json" in err and "start must be a whole number" in err and "Traceback" not in err
    with Store.open(tmp_path / "db", readonly=True) as store:
        assert len(store) == 0


def test_an_entity_that_does_not_validate_refuses_the_export_before_any_entity_is_stored(tmp_path: Path) -> None:
    def place(ident: str, name: str, code: str) -> dict[str, Any]:
        details = {"place_kind": "province", "province": None, "country": None, "codes": {"iso3166_2": code},
                   "latitude": None, "longitude": None, "source": ""}  # fmt: skip
        return {"id": ident, "kind": "place", "name": name, "details": details}

    good, bad = place("place_a", "Kunduz", "AF-KDZ"), place("place_b", "Herat", "")
    path = write_export(tmp_path / "in.json", [export_record("Kunduz fell.", [])], [good, bad])
    existing_database(tmp_path / "db")
    code, _out, err = cli("import", str(path), "--db", str(tmp_path / "db"))
    assert code == 1 and "place_b" in err and "must not be empty" in err
    with Store.open(tmp_path / "db", readonly=True) as store:
        assert len(store) == 0 and store.entities() == []


# --- bad brat files: one line, no traceback -----------------------------------------------------


@pytest.mark.parametrize(
    ("ann", "says"),
    [
        ("T1\tDistrict\tKunduz\n", "not a brat T line"),
        ("T1\tClaim 0 6\tKunduz\nA1\tGrade T1 AX\n", "not an Admiralty grade"),
        ("T1\tDistrict 0 600\tKunduz\n", "outside the text"),
    ],
)
def test_a_bad_brat_line_is_one_line_naming_the_file(tmp_path: Path, ann: str, says: str) -> None:
    folder = tmp_path / "brat"
    folder.mkdir()
    (folder / "a.txt").write_text("Kunduz fell.", encoding="utf-8")
    (folder / "a.ann").write_text(ann, encoding="utf-8")
    code, _out, err = cli("import", str(folder), "--db", str(tmp_path / "db"))
    assert code == 1 and "a.ann" in err and says in err and "Traceback" not in err
    assert len(err.strip().splitlines()) <= 2


def test_the_size_limit_holds_for_the_text_of_a_brat_folder(tmp_path: Path) -> None:
    folder = tmp_path / "brat"
    folder.mkdir()
    (folder / "a.txt").write_text("Kunduz fell. " * 2000, encoding="utf-8")
    (folder / "a.ann").write_text("T1\tDistrict 0 6\tKunduz\n", encoding="utf-8")
    existing_database(tmp_path / "db")
    code, _out, err = cli("import", str(folder), "--max-size", "0.01", "--db", str(tmp_path / "db"))
    assert code == 1 and "a.txt" in err and "limit" in err
    with Store.open(tmp_path / "db", readonly=True) as store:
        assert len(store) == 0


def test_a_folder_of_exports_imports_each_export(tmp_path: Path) -> None:
    """A lead's folder of analysts' exports: each file is recognised by its content."""
    folder = tmp_path / "exports"
    folder.mkdir()
    for name, text in (("ana", "Kunduz fell."), ("bob", "Herat held.")):
        write_export(folder / f"{name}.json", [export_record(text, [])])
    code, out, err = cli("import", str(folder), "--db", str(tmp_path / "db"))
    assert code == 0, err
    assert "imported 2" in out
