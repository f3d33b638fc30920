"""`fieldmark import` through the command line, in process: what it counts, says and exits with."""

from __future__ import annotations

import io
import json
from pathlib import Path

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

    assert out.strip() == "imported 1, skipped 0 duplicates, failed 1"
    assert code == 1
    assert f"annotation {lost['id']} ('words the text never held') not found in the text" in err
    assert "not found in the text, left out 1" in err
