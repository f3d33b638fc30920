"""The JSON Lines export reads back whatever it holds, none of its articles included."""

from __future__ import annotations

from pathlib import Path

from annotations.exchange.export import export
from annotations.exchange.export_file import export_kind
from annotations.exchange.imports import import_file
from annotations.model import ActorDetails, Entity
from annotations.store import Store


def test_a_jsonl_export_of_no_article_imports_back(tmp_path: Path) -> None:
    path = tmp_path / "none.jsonl"
    with Store.open(tmp_path / "empty") as empty:
        empty.put_entity(Entity.actor("Taliban", ActorDetails("rebel_group")))
        assert export(empty, "jsonl", path) == 0
    assert path.read_text(encoding="utf-8").count("\n") == 1  # the entities line alone

    assert export_kind(path) == "jsonl"
    with Store.open(tmp_path / "new") as store:
        report = import_file(store, path)
        assert (report.articles_added, report.entities["added"]) == (0, 1)
        assert [e.name for e in store.entities()] == ["Taliban"]


def test_a_json_document_on_one_line_is_still_json(tmp_path: Path) -> None:
    path = tmp_path / "one-line.json"
    path.write_text('{"format":"fieldmark","version":1,"exported_at":"","articles":[],"entities":[]}\n')
    assert export_kind(path) == "json"
