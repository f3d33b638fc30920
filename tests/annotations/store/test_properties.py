"""Any sequence of add/edit/delete/status/undo/redo on the store equals a plain in-memory model."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import replace
from pathlib import Path

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from annotations.model import Annotation, Article, DistrictAttributes
from annotations.store import Store
from annotations.store.integrity import check_store

TEXT = "Kunduz fell. The Taliban took Imam Sahib. Tasnim noted it. Официальные лица 😀 говорят."
ARTICLE = Article.create("Property", TEXT)


class PlainModel:
    """The reference: a dict of annotations, the status, and two stacks of snapshots."""

    def __init__(self) -> None:
        self.rows: dict[str, Annotation] = {}
        self.status = "todo"
        self.undo_stack: list[tuple[dict[str, Annotation], str]] = []
        self.redo_stack: list[tuple[dict[str, Annotation], str]] = []

    def change(self, rows: dict[str, Annotation], status: str) -> None:
        self.undo_stack.append((dict(self.rows), self.status))
        self.redo_stack.clear()
        self.rows, self.status = rows, status

    def undo(self) -> None:
        if self.undo_stack:
            self.redo_stack.append((dict(self.rows), self.status))
            self.rows, self.status = self.undo_stack.pop()

    def redo(self) -> None:
        if self.redo_stack:
            self.undo_stack.append((dict(self.rows), self.status))
            self.rows, self.status = self.redo_stack.pop()


class StoreMatchesModel(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="fieldmark-prop-"))
        self.store = Store.open(self.folder / "db")
        self.store.add_article(ARTICLE)
        self.model = PlainModel()

    def teardown(self) -> None:
        self.store.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    @rule(
        start=st.integers(0, len(TEXT) - 1),
        length=st.integers(1, 30),
        kind=st.sampled_from(["district", "actor", "claim"]),
    )
    def add(self, start: int, length: int, kind: str) -> None:
        end = min(len(TEXT), start + length)
        annotation = Annotation.create(ARTICLE, kind, start, end)  # type: ignore[arg-type]
        self.store.add_annotation(annotation)
        rows = {**self.model.rows, annotation.id: annotation}
        status = "in_progress" if self.model.status == "todo" else self.model.status
        self.model.change(rows, status)

    @precondition(lambda self: any(a.kind == "district" for a in self.model.rows.values()))
    @rule(data=st.data(), control=st.sampled_from(["captured", "contested", "retaken"]))
    def edit(self, data: st.DataObject, control: str) -> None:
        districts = [a.id for a in self.model.rows.values() if a.kind == "district"]  # insertion order: replayable
        target = self.model.rows[data.draw(st.sampled_from(districts))]
        edited = replace(target, attributes=DistrictAttributes(control))  # type: ignore[arg-type]
        self.store.update_annotation(edited)
        self.model.change({**self.model.rows, edited.id: edited}, self.model.status)

    @precondition(lambda self: bool(self.model.rows))
    @rule(data=st.data())
    def delete(self, data: st.DataObject) -> None:
        target = data.draw(st.sampled_from(list(self.model.rows)))
        self.store.delete_annotation(ARTICLE.id, target)
        rows = dict(self.model.rows)
        del rows[target]
        self.model.change(rows, self.model.status)

    @rule(status=st.sampled_from(["todo", "in_progress", "done"]))
    def set_status(self, status: str) -> None:
        entry = self.store.set_status(ARTICLE.id, status)  # type: ignore[arg-type]
        if status != self.model.status:
            assert entry is not None
            self.model.change(dict(self.model.rows), status)

    @rule()
    def undo(self) -> None:
        self.store.undo()
        self.model.undo()

    @rule()
    def redo(self) -> None:
        self.store.redo()
        self.model.redo()

    @rule()
    def reopen(self) -> None:
        self.store.close()
        self.store = Store.open(self.folder / "db")

    @invariant()
    def same_as_model(self) -> None:
        stored = {a.id: a for a in self.store.annotations(ARTICLE.id)}
        assert stored == self.model.rows
        assert self.store.summary(ARTICLE.id).status == self.model.status

    @invariant()
    def consistent(self) -> None:
        assert check_store(self.store) == []


StoreMatchesModel.TestCase.settings = settings(max_examples=40, stateful_step_count=25, deadline=None)
test_store_matches_plain_model = StoreMatchesModel.TestCase
