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
    _gone_records: OrderedDict[tuple[str, str], None] | None = None
    _own_entities: OrderedDict[str, None] | None = None
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
    def _gone(self) -> OrderedDict[tuple[str, str], None]:
        """The records this analyst's own steps deleted (not made again since): while the server is
        away, rows read before them must not bring them back."""
        if self._gone_records is None:
            self._gone_records = OrderedDict()
        return self._gone_records

    @property
    def _made_here(self) -> OrderedDict[str, None]:
        """The entities this analyst's own steps made or changed (not deleted since): while the
        server is away, they exist whatever the ids read before them say (not every entity seen:
        one another analyst deleted since is refused at once)."""
        if self._own_entities is None:
            self._own_entities = OrderedDict()
        return self._own_entities

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
        if own and key[0] == "entity":
            _keep(self._made_here, key[1], record is not None)
        if record is None:
            self._seen.pop(key, None)
            if own:
                _keep(self._gone, key, True)
            return
        self._gone.pop(key, None)
        self._seen[key] = record
        self._seen.move_to_end(key)
        if len(self._seen) > SEEN_LIMIT:
            self._seen.popitem(last=False)

    def _not_as_made(self, changes: Iterable[Change]) -> None:
        """A step kept while away and refused when sent: what it did is not what the server holds
        (a deletion refused kept the tag hidden the next time away: a review)."""
        for change in changes:
            key = ("entity", change.id) if change.record == "entity" else (str(change.article_id), change.id)
            self._seen.pop(key, None)
            self._gone.pop(key, None)
            if change.article_id is not None:
                self._told.forget(change.article_id)

    def _saw_changes(self, changes: Iterable[Change]) -> None:
        """What this analyst's own step left: the next change starts from it."""
        for change in changes:
            self._told.saw(change)
            if change.record == "annotation" and change.article_id is not None:
                self._saw((change.article_id, change.id), change.after, own=True)
            elif change.record == "entity":
                self._saw(("entity", change.id), change.after, own=True)


def _keep(kept: OrderedDict[Any, None], key: Any, present: bool) -> None:
    """Add `key` last (at most `SEEN_LIMIT` kept) or drop it."""
    if not present:
        kept.pop(key, None)
        return
    kept[key] = None
    kept.move_to_end(key)
    if len(kept) > SEEN_LIMIT:
        kept.popitem(last=False)
