"""Work that must grow no faster than its input: counted in operations, never timed (timings
live in `benchmarks/`, beside a baseline)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from annotations.exchange.imports import import_file
from annotations.model import Annotation, Article
from annotations.store import Store
from annotations.store.tinyfiles import KeyedTable
from annotations.suggest import Knowledge, suggest
from annotations.suggest.engine import Cancelled
from annotations.suggest.pieces import LONGEST as LONGEST_PIECE
from annotations.suggest.pieces import pieces
from annotations.text.navigation import LONGEST, quotation_at, sentence_at


def export_of_one_article(path: Path, count: int) -> Path:
    text = " ".join(f"Kunduz{i}" for i in range(count))
    article = Article.create("big", text)
    records, position = [], 0
    for i in range(count):
        start = text.index(f"Kunduz{i}", position)
        position = start + len(f"Kunduz{i}")
        record = Annotation.create(article, "district", start, position, annotator="x").to_dict()
        del record["article_id"]
        records.append(record)
    article_record = {
        "id": article.id, "title": "big", "source": "", "published": None, "text": text,
        "sha256": article.sha256, "status": "todo", "metadata": {}, "annotations": records,
    }  # fmt: skip
    document = {"format": "fieldmark", "version": 1, "exported_at": "", "entities": [], "articles": [article_record]}
    path.write_text(json.dumps(document))
    return path


@pytest.mark.parametrize("count", [200, 2000])
def test_importing_one_article_passes_over_its_table_a_fixed_number_of_times(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, count: int
) -> None:
    """One pass per table per write round, whatever the number of annotations (a pass per
    annotation made importing 20,000 annotations take 160 s)."""
    passes = {"n": 0}
    real = KeyedTable._update_table

    def counted(self: KeyedTable, updater):  # type: ignore[no-untyped-def]
        passes["n"] += 1
        return real(self, updater)

    monkeypatch.setattr(KeyedTable, "_update_table", counted)
    path = export_of_one_article(tmp_path / "export.json", count)
    with Store.open(tmp_path / "db") as store:
        report = import_file(store, path)
        assert store.flush(None)
    assert report.annotations["added"] == count
    assert passes["n"] <= 12, passes


def test_a_text_without_full_stops_is_read_in_windows() -> None:
    text = "fighting went on near the road and officials said the town held " * 400
    start, end = sentence_at(text, len(text) // 2)
    assert end - start <= LONGEST and start <= len(text) // 2 <= end
    assert text[start - 1] == " " and text[end] == " "  # whole words
    flat = "“" + "no paragraph breaks here " * 2000
    assert quotation_at(flat, len(flat) - 10) is None  # not searched back to the start


def test_long_texts_are_worked_through_in_pieces_that_can_be_cancelled() -> None:
    paragraph = "Taliban fighters entered Kunduz, officials said. Residents of Kunduz fled to Imam Sahib."
    text = "\n\n".join(f"({n}) {paragraph}" for n in range(3 * LONGEST_PIECE // len(paragraph)))
    cut = pieces(text)
    assert len(cut) >= 3 and "".join(p for _, p in cut) == text
    assert all(text[o : o + len(p)] == p for o, p in cut)
    assert all(p.startswith("\n\n(") for _, p in cut[1:])  # cut at paragraph breaks
    asked = []

    def cancelled() -> bool:
        asked.append(True)
        return len(asked) > 1

    with pytest.raises(Cancelled):
        suggest(text, Knowledge([]), cancelled=cancelled)
    found = suggest(text, Knowledge([]))
    last = [s for s in found if s.start >= cut[-1][0]]
    assert last and all(text[s.start : s.end] == s.quote for s in found)
    officials = {s.entity.id for s in found if s.kind == "actor" and s.quote == "officials" and s.entity}
    assert len(officials) == 1  # one new entity for the name, across pieces
