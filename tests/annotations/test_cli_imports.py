"""`fieldmark import` through the command line, in process: what it counts, says and exits with."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from annotations.cli import run
from annotations.model import Annotation, Article
from annotations.store import Store

from ..helpers import span


def fieldmark(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = run(list(args), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def an_export(tmp_path: Path, sample_article: Article) -> dict[str, object]:
    """An export of the sample article with two actor mentions."""
    db = tmp_path / "source"
    with Store.open(db) as store:
        store.add_article(sample_article)
        for words in ("Tasnim News Agency", "Afghan Defense Ministry"):
            store.add_annotation(Annotation.create(sample_article, "actor", *span(sample_article, words)))
    path = tmp_path / "all.json"
    assert fieldmark("export", "--db", str(db), "-o", str(path))[0] == 0
    document: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return document


def test_an_annotation_left_out_of_an_import_is_counted_as_failed(tmp_path: Path, sample_article: Article) -> None:
    document = an_export(tmp_path, sample_article)
    articles = document["articles"]
    assert isinstance(articles, list)
    lost = articles[0]["annotations"][0]
    lost.update(quote="words the text never held", prefix="", suffix="")
    path = tmp_path / "lost.json"
    path.write_text(json.dumps(document), encoding="utf-8")

    code, out, err = fieldmark("import", "--db", str(tmp_path / "new"), str(path))

    assert out.strip() == "imported 1, annotations added 1, skipped 0 duplicates, failed 1"
    assert code == 1
    assert f"annotation {lost['id']} ('words the text never held') not found in the text" in err
    assert "not found in the text, left out 1" in err


def test_an_import_with_nothing_to_store_makes_no_database(tmp_path: Path) -> None:
    binary = tmp_path / "b.txt"
    binary.write_bytes(b"\x7fELF\x00\x01")
    new = tmp_path / "folder" / "new"

    code, out, err = fieldmark("import", "--db", str(new), str(tmp_path / "missing.txt"), str(binary))

    assert (code, out.strip()) == (1, "imported 0, skipped 0 duplicates, failed 2")
    assert "missing.txt: no such file or folder" in err and "b.txt: binary file" in err
    assert f"nothing imported, so no database was made at {new}" in err
    assert not (tmp_path / "folder").exists()

    article = tmp_path / "a.txt"
    article.write_text("Kunduz falls\nThe Taliban took Imam Sahib district.\n", encoding="utf-8")
    assert fieldmark("import", "--db", str(new), str(article), str(binary))[:2] == (
        1,
        "imported 1, skipped 0 duplicates, failed 1; it has no date (--published DATE, or I in the app: claims are dated from it)\n",
    )
    with Store.open(new, readonly=True) as store:
        assert len(store) == 1


def test_import_help_says_exports_and_brat_folders_are_merged(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        run(["import", "--help"])
    said = " ".join(capsys.readouterr().out.split())
    assert "A Fieldmark export (.json or .jsonl" in said and "or a brat folder is merged" in said


def test_an_export_for_an_annotator_with_no_annotation_says_so(tmp_path: Path, sample_article: Article) -> None:
    an_export(tmp_path, sample_article)  # the source database: two mentions by no one named
    target = tmp_path / "nobody.csv"

    code, _out, err = fieldmark("export", "--db", str(tmp_path / "source"), "--annotator", "nobody", "-o", str(target))

    assert code == 1 and not target.exists()
    assert "no annotations by nobody in this corpus (annotators with annotations: (no name))" in err
    assert fieldmark("export", "--db", str(tmp_path / "source"), "--annotator", "", "--format", "csv")[0] == 0
