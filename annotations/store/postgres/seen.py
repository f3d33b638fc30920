"""The records as this analyst last read or wrote them: a change starts from these, so one made
on a record someone else changed since is refused (see `records`)."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from typing import Any

from annotations.model import Annotation, Entity
from annotations.store.changes import Change
from annotations.store.postgres.told_here import ToldHere

SEEN_LIMIT = 50_000
"""Records remembered as last seen (older ones: a change starts from the server's current record)."""


class SeenRecords:
    """Mixed into `PostgresStore`, which reads through `_saw_annotation` and `_saw_entity`."""

    _seen_records: OrderedDict[tuple[str, str], dict[str, Any]] | None = None
    _gone_records: set[tuple[str, str]] | None = None
    _told_here: ToldHere | None = None

    def _find(self, article_id: str, annotation_id: str) -> Annotation | None:
        raise NotImplementedError

    def get_entity(self, entity_id: str | None) -> Entity | None:
        raise NotImplementedError

    @property
    def _seen(self) -> OrderedDict[tuple[str, str], dict[str, Any]]:
        if self._seen_records is None:
            self._seen_records = OrderedDict()
        return self._seen_records

    @property
    def _told(self) -> ToldHere:
        """What own steps changed of articles' rows since they were read (`ToldHere`)."""
        if self._told_here is None:
            self._told_here = ToldHere()
        return self._told_here

    @property
    def _gone(self) -> set[tuple[str, str]]:
        """The records this analyst's own steps deleted (not made again since): while the server is
        away, rows read before them must not bring them back."""
        if self._gone_records is None:
            self._gone_records = set()
        return self._gone_records

    def _seen_annotation(self, article_id: str, annotation_id: str) -> Annotation | None:
        seen = self._seen.get((article_id, annotation_id))
        return Annotation.from_dict(seen) if seen is not None else self._find(article_id, annotation_id)

    def _seen_entity(self, entity_id: str) -> Entity | None:
        seen = self._seen.get(("entity", entity_id))
        return Entity.from_dict(seen) if seen is not None else self.get_entity(entity_id)

    def _saw_annotation(self, record: dict[str, Any]) -> Annotation:
        self._saw((record["article_id"], record["id"]), record)
        return Annotation.from_dict(record)

    def _saw_entity(self, record: dict[str, Any]) -> Entity:
        self._saw(("entity", record["id"]), record)
        return Entity.from_dict(record)

    def _saw(self, key: tuple[str, str], record: dict[str, Any] | None, *, own: bool = False) -> None:
        if record is None:
            self._seen.pop(key, None)
            if own:
                self._gone.add(key)
            return
        self._gone.discard(key)
        self._seen[key] = record
        self._seen.move_to_end(key)
        if len(self._seen) > SEEN_LIMIT:
            self._seen.popitem(last=False)

    def _saw_changes(self, changes: Iterable[Change]) -> None:
        """What this analyst's own step left: the next change starts from it."""
        for change in changes:
            self._told.saw(change)
            if change.record == "annotation" and change.article_id is not None:
                self._saw((change.article_id, change.id), change.after, own=True)
            elif change.record == "entity":
                self._saw(("entity", change.id), change.after, own=True)
